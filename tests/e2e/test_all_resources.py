"""list / get / create / update / delete for the 32 everyday resources, over HTTP against FakeHalo (every other
family: tests/e2e/test_catalog_e2e.py)."""

from __future__ import annotations

import io

import pytest

from halopsa import HaloQueryError
from halopsa.resources import EVERYDAY, REGISTRY

from tests._support.bodies import TEXT_FIELD, create_body

from tests._support.fakes import api_calls, fast_client

@pytest.fixture(scope="module")
def fake():
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=3, tickets=60) as server:
        yield server


@pytest.mark.parametrize("name", sorted(EVERYDAY))
def test_resource_round_trip(fake, name):
    client = fast_client(fake)
    manager = getattr(client, name)
    model = manager.model
    params = {"ticket_id": fake.records("tickets")[0]["id"]} if name == "actions" else {}
    page = manager.list(page_size=5, **params)
    assert page.items, f"no demo {name}"
    assert all(isinstance(item, model) for item in page.items)
    if name != "timesheets":  # GET /Timesheet/{id} addresses an agent's day, not a record id
        first = manager.get(page.items[0].id)
        assert first.id == page.items[0].id

    if name == "attachments":
        created = manager.upload(io.BytesIO(b"e2e"), ticket_id=fake.records("tickets")[0]["id"], filename="e2e.txt")
    else:
        created = manager.create(create_body(name, fake, "Created by e2e"))
    assert created.id not in (None, 0)
    stored = {r["id"]: r for r in fake.records(name)}
    assert created.id in stored

    field = TEXT_FIELD.get(name, "name") or "actual_hours"
    new_value = 7.5 if field == "actual_hours" else f"Renamed ({name})"
    fake.clear_requests()
    manager.update({"id": created.id, field: new_value})
    (post,) = api_calls(fake, "POST")
    assert post.json == [{"id": created.id, field: new_value}]
    assert {r["id"]: r for r in fake.records(name)}[created.id][field] == new_value

    if manager.resource.can_delete:
        manager.delete(created.id)
        assert created.id not in {r["id"] for r in fake.records(name)}
    else:
        assert not hasattr(manager, "delete")
        fake.clear_requests()
        (record,) = [r for r in manager.all() if r.id == created.id]
        with pytest.raises(HaloQueryError, match="cannot be deleted"):
            record.delete()
        with pytest.raises(HaloQueryError, match="cannot be deleted"):
            manager.filter().delete()
        assert api_calls(fake, "DELETE") == []


def test_me_endpoints(fake):
    client = fast_client(fake)
    assert client.agents.me().id
    assert client.users.me().id
    assert client.clients.me().id
    with pytest.raises(AttributeError, match=r"tickets has no me\(\)"):
        client.tickets.me()


def test_a_failed_sandbox_client_leaves_no_server_running(tmp_path, monkeypatch):
    import threading

    from halopsa import HaloError
    from halopsa.testing import sandbox_client

    monkeypatch.setenv("HALO_SANDBOX_DB", str(tmp_path / "sandbox.db"))
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(HaloError, match="concurrency"):
        sandbox_client(concurrency=0)
    assert {t.name for t in threading.enumerate()} - before == set()


def test_an_async_face_of_a_client_shares_it_and_leaves_it_open(fake):
    import asyncio

    from halopsa import AsyncHaloClient

    client = fast_client(fake)
    tokens_before = fake.token_requests

    async def use():
        twin = AsyncHaloClient.from_client(client)
        count = await twin.tickets.acount()
        await twin.close()
        return count

    assert asyncio.run(use()) == client.tickets.count()  # still open after the twin's close()
    assert fake.token_requests == tokens_before + 1  # one token for both faces
    assert not hasattr(client.tickets, "aupload") and callable(client.attachments.aupload)
