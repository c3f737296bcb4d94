"""Every family of the catalog through the SDK, over HTTP against one FakeHalo: each resource lists, gets, creates,
updates and deletes where its API can, each operation sends its method and its path, and no request carries a
query parameter or a body field that Halo's spec (or a documented override) does not allow.

The 32 everyday resources have their own, deeper tests (test_all_resources.py); these are generated over the rest.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List

import pytest

from halopsa import HaloAPIError, HaloQueryError
from halopsa.models import model_for
from halopsa.resources import REGISTRY, Operation

from tests._support.fakes import fast_client

OTHERS = [name for name, resource in REGISTRY.items() if not resource.everyday]
LISTED = [name for name in OTHERS if REGISTRY[name].can_list]
# A round trip needs a create whose body is an array of records (the POST schema) and a get by id.
WRITABLE = [name for name in OTHERS if REGISTRY[name].can_write and REGISTRY[name].schema
            and REGISTRY[name].can_get]
OPERATIONS = [(name, operation) for name, resource in REGISTRY.items() for operation in resource.operations
              if not (resource.has_me and operation.name == "me")]


@pytest.fixture(scope="module")
def fake():
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=5, tickets=30) as server:
        yield server


@pytest.fixture(scope="module")
def client(fake):
    with fast_client(fake, max_retries=0) as connected:
        yield connected


def _sent(fake) -> List[Any]:
    return [request for request in fake.requests if request.path.startswith("/api/")]


def _conforms(request: Any, resource_fields: Any = None) -> None:
    """What reached the server is what the spec allows: no unknown query parameter, no unknown body field."""
    assert request.unknown_params == [], (request.method, request.path, request.unknown_params)
    if resource_fields is not None and isinstance(request.json, list):
        for element in request.json:
            assert set(element) <= set(resource_fields) | {"id", "customfields"}, (request.path, element)


@pytest.mark.parametrize("name", LISTED)
def test_every_family_lists(fake, client, name):
    resource = REGISTRY[name]
    fake.clear_requests()
    page = getattr(client, name).list(page_size=5)
    assert all(isinstance(item, model_for(resource)) for item in page.items)
    sent = _sent(fake)
    assert [(r.method, r.path.lower()) for r in sent] == [("GET", f"/api{resource.path}".lower())]
    _conforms(sent[0])
    if resource.paging == "paged":
        assert sent[0].params["pageinate"] == "true" and sent[0].params["page_size"] == "5"


def _fields_for(resource: Any, label: str) -> Dict[str, Any]:
    """A small body the schema allows: a text field, when the schema has one."""
    fields = resource.write_fields or {}
    for candidate in ("name", "description", "note", "summary", "title", "subject"):
        if fields.get(candidate) == "str":
            return {candidate: label}
    return {}


@pytest.mark.parametrize("name", WRITABLE)
def test_every_writable_family_round_trips(fake, client, name):
    resource = REGISTRY[name]
    manager = getattr(client, name)
    fake.clear_requests()
    body = _fields_for(resource, f"made by the catalog tests ({name})")
    created = manager.create(body)
    assert isinstance(created, model_for(resource)) and created.id not in (None, 0)
    fetched = manager.get(created.id)
    assert fetched.id == created.id
    changed = _fields_for(resource, "renamed")
    if changed:
        updated = manager.update({"id": created.id, **changed})
        assert updated.id == created.id
        field, value = next(iter(changed.items()))
        assert getattr(manager.get(created.id), field) == value
    if resource.can_delete:
        manager.delete(created.id)
        with pytest.raises(model_for(resource).DoesNotExist):
            manager.get(created.id)
    for request in _sent(fake):
        _conforms(request, resource.write_fields)
        assert request.path.lower().startswith(f"/api{resource.path}".lower())


@pytest.mark.parametrize("name", [name for name in OTHERS if not REGISTRY[name].can_write])
def test_a_family_without_post_has_no_writes(name, client):
    manager = getattr(client, name)
    for method in ("create", "update", "new", "batch_create"):
        assert not hasattr(manager, method)
    with pytest.raises(AttributeError, match="cannot be created or updated|has operations only"):
        manager.create({})


def _path_of(operation: Operation, values: List[str]) -> str:
    path = operation.path
    for param, value in zip(operation.path_params, values):
        path = path.replace("{" + param + "}", value, 1)
    return "/api" + path


@pytest.mark.parametrize("name, operation", OPERATIONS, ids=[f"{n}.{op.name}" for n, op in OPERATIONS])
def test_every_operation_sends_its_method_and_path(fake, client, name, operation):
    manager = getattr(client, name)
    values = ["1" if operation.path_types.get(param) == "int" or param.lower().endswith("id") else "acme"
              for param in operation.path_params]
    body = None
    if operation.body and operation.body.startswith("array"):
        body = []
    elif operation.body == "string":
        body = "text"
    elif operation.body:
        body = {}
    fake.clear_requests()
    try:
        getattr(manager, operation.name)(*values, body=body)
    except HaloAPIError as error:  # the fake models four of them; the rest answer 501 (or 404 for a missing id)
        assert error.status_code in (400, 404, 501), error
    sent = _sent(fake)
    assert [(r.method, r.path) for r in sent] == [(operation.method, _path_of(operation, values))]
    _conforms(sent[0])


def test_operations_take_checked_query_parameters(fake, client):
    fake.clear_requests()
    with pytest.raises(HaloQueryError, match="unknown parameter 'agnet_id' for next_tag on assets"):
        client.assets.next_tag(agnet_id=3)
    with pytest.raises(HaloQueryError, match=r"invoices.void\(\) takes id"):
        client.invoices.void()
    with pytest.raises(HaloQueryError, match="sends no body"):
        client.assets.next_tag(body={"x": 1})
    assert _sent(fake) == []


def test_an_on_record_operation_is_a_model_method(fake, client):
    invoice = client.invoices.first()
    fake.clear_requests()
    reply = invoice.void()
    assert reply["id"] == invoice.id and reply.get("voided") in (True, 1)
    assert [(r.method, r.path) for r in _sent(fake)] == [("POST", f"/api/Invoice/{invoice.id}/void")]


def test_operations_have_async_twins(fake, client):
    import asyncio

    from halopsa import AsyncHaloClient

    aclient = AsyncHaloClient.from_client(client)
    reply = asyncio.run(aclient.assets.anext_tag())
    assert "next_tag" in reply


def test_every_family_is_reachable_by_name(client):
    for name, resource in REGISTRY.items():
        manager = getattr(client, name)
        assert manager.resource is resource
        assert client.resource(resource.cli_name) is manager
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name)


def test_threads_touching_a_family_first_share_one_manager_and_one_model(fake):
    import threading

    from halopsa.client import manager_class

    with fast_client(fake) as fresh:
        found = []

        def touch() -> None:
            manager = fresh.purchase_orders
            found.append((manager, type(manager), manager.model, manager_class(manager.resource)))

        threads = [threading.Thread(target=touch) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len({id(item) for row in found for item in row[:1]}) == 1
        assert len({row[1] for row in found}) == len({row[2] for row in found}) == 1


def test_records_of_a_generated_family_pickle():
    import pickle

    import halopsa.models
    from halopsa.resources import REGISTRY

    cls = model_for(REGISTRY["recurring_invoices"])
    record = cls._from_api(None, {"id": 4, "reference": "monthly"})
    copy = pickle.loads(pickle.dumps(record))
    assert type(copy) is cls is halopsa.models.RecurringInvoice and copy.reference == "monthly"


def test_a_secret_in_the_path_is_never_shown(fake, client, caplog):
    import logging

    caplog.set_level(logging.DEBUG, logger="halopsa")
    with pytest.raises(HaloAPIError) as caught:
        client.notify.get_adobe_acrobat(7, "S3CRET-path-value")
    assert "S3CRET" not in str(caught.value) and "{secret}" in str(caught.value)
    assert "S3CRET" not in caplog.text
    assert _sent(fake)[-1].path.endswith("/S3CRET-path-value")  # sent, of course: only never shown


def test_operation_bodies_are_checked(fake, client):
    fake.clear_requests()
    with pytest.raises(HaloQueryError, match=r"tickets.vote\(\) takes body= as a list \(array:Faults"):
        client.tickets.vote(body={"id": 1})
    with pytest.raises(HaloQueryError, match="unknown field 'sumary' for tickets; did you mean 'summary'"):
        client.tickets.vote(body=[{"sumary": 1}])
    with pytest.raises(HaloQueryError, match=r"invoices.pdf\(\)|is not an Invoice id"):
        client.invoices.pdf(0)
    assert _sent(fake) == []


def test_an_async_manager_hands_out_only_awaitable_twins(fake, client):
    from halopsa import AsyncHaloClient

    contracts = AsyncHaloClient.from_client(client).contracts
    with pytest.raises(AttributeError, match="use 'aapproval' \\(awaitable\\)"):
        contracts.approval  # a blocking method whose name starts with "a"
    assert "aapproval" in dir(contracts) and "approval" not in dir(contracts)


def test_schema_fields_starting_with_an_underscore_are_fields(fake, client):
    report = client.reports.new(_loadreportonly=True, name="ad hoc")
    assert report.to_dict() == {"_loadreportonly": True, "name": "ad hoc"}
    email = model_for(REGISTRY["incomingemails"])(delete=True)  # a field named like the method
    assert email.to_dict() == {"delete": True} and callable(email.delete)


def test_an_upload_with_a_field_the_schema_lacks_sends_nothing(fake, client):
    import io

    fake.clear_requests()
    with pytest.raises(HaloQueryError, match="unknown field 'bogus' for attachments"):
        client.attachments.upload(io.BytesIO(b"x"), ticket_id=fake.records("tickets")[0]["id"], bogus=3)
    assert _sent(fake) == []


def test_a_list_envelope_with_an_empty_list_first():
    from halopsa.resources import extract_rows

    assert extract_rows({"record_count": 2, "columns": [], "orders": [{"id": 1}, {"id": 2}]}, None) == (
        [{"id": 1}, {"id": 2}], 2)
    assert extract_rows({"record_count": 0, "columns": []}, None) == ([], 0)


def test_a_file_reply_is_bytes():
    import requests

    from halopsa.transport import decode_body

    response = requests.Response()
    response._content = b"%PDF-1.7 \xe2\x00\xff"
    response.headers["Content-Type"] = "application/pdf"
    assert decode_body(response) == b"%PDF-1.7 \xe2\x00\xff"
    response.headers["Content-Type"] = "text/plain; charset=utf-8"
    response._content = b"plain words"
    assert decode_body(response) == "plain words"


def test_where_does_not_warn_when_only_some_records_lack_the_field(fake, client):
    import warnings

    created = client.outcomes.create(outcome="No button name")  # the demo outcomes all have a buttonname
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            found = [o.id for o in client.outcomes.where(buttonname="Note")]
        assert found and created.id not in found
        assert client.outcomes.with_params(include_everything=True).count() >= len(found)
    finally:
        client.outcomes.delete(created.id)
