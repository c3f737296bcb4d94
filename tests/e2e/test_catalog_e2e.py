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
from halopsa.resources import REGISTRY, Operation

from .conftest import fast_client

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
    assert all(isinstance(item, resource.model) for item in page.items)
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
    assert isinstance(created, resource.model) and created.id not in (None, 0)
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
        with pytest.raises(resource.model.DoesNotExist):
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
    values = ["1" if param.lower().endswith("id") or param == "seq" else "acme" for param in operation.path_params]
    body = None
    if operation.body and operation.body.startswith("array"):
        body = []
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
            found.append((manager, type(manager), manager.resource.model, manager_class(manager.resource)))

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

    cls = REGISTRY["recurring_invoices"].model
    record = cls._from_api(None, {"id": 4, "reference": "monthly"})
    copy = pickle.loads(pickle.dumps(record))
    assert type(copy) is cls is halopsa.models.RecurringInvoice and copy.reference == "monthly"
