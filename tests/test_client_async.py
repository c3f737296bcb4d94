"""AsyncHaloClient: the a-prefixed calls, async with, and an event loop that is never blocked."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tests._support.mocked_tenant import API_URL, CLIENT_ID, CLIENT_SECRET, TENANT_URL, api_requests
from halopsa import AsyncHaloClient, HaloNotFoundError, Page
from halopsa.models import Agent, Ticket
from halopsa.transport import RateLimiter

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)


@pytest.fixture
def make_async(clock):
    def make(**kwargs):
        kwargs.setdefault("rate_limit", None)
        client = AsyncHaloClient(TENANT_URL, CLIENT_ID, CLIENT_SECRET, **kwargs)
        client.sync.transport._sleep = clock.sleep
        client.sync.transport.rate_limiter = RateLimiter(None, 1.0, clock=clock.monotonic, sleep=clock.sleep)
        return client

    return make


def test_async_calls(halo_mock, make_async):
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 1, "tickets": [{"id": 1, "summary": "one"}]})
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1, "summary": "one"})
    halo_mock.post(API_URL + "/Tickets", json=lambda request, context: {"id": 2, **request.json()[0]})
    halo_mock.delete(API_URL + "/Tickets/2", text="")
    halo_mock.get(API_URL + "/Agent/me", json={"id": 7, "name": "Me"})
    halo_mock.get(API_URL + "/Status", json=[{"id": 1, "name": "New"}])

    async def main():
        async with make_async() as client:
            page = await client.tickets.alist(page_size=10)
            one = await client.tickets.aget(1)
            made = await client.tickets.acreate({"summary": "two"})
            changed = await client.tickets.aupdate({"id": 2, "status_id": 4})
            await client.tickets.adelete(2)
            me = await client.agents.ame()
            raw = await client.arequest("GET", "/api/Status")
            return page, one, made, changed, me, raw

    page, one, made, changed, me, raw = asyncio.run(main())
    assert isinstance(page, Page) and [t.id for t in page] == [1]
    assert isinstance(one, Ticket) and one.summary == "one"
    assert made.id == 2 and made.summary == "two"
    assert changed.status_id == 4
    assert isinstance(me, Agent) and me.id == 7
    assert raw == [{"id": 1, "name": "New"}]
    calls = [(r.method, r.path) for r in api_requests(halo_mock)]
    assert calls == [("GET", "/api/tickets"), ("GET", "/api/tickets/1"), ("POST", "/api/tickets"),
                     ("POST", "/api/tickets"), ("DELETE", "/api/tickets/2"), ("GET", "/api/agent/me"),
                     ("GET", "/api/status")]
    assert [r.json() for r in api_requests(halo_mock, "POST")] == [[{"summary": "two"}], [{"id": 2, "status_id": 4}]]


def test_async_errors_propagate(halo_mock, make_async):
    halo_mock.get(API_URL + "/Tickets/9", status_code=404, json={"Message": "no ticket 9"})

    async def main():
        async with make_async() as client:
            await client.tickets.aget(9)

    with pytest.raises(HaloNotFoundError):
        asyncio.run(main())


def test_sync_names_point_to_the_async_ones(make_async):
    client = make_async()
    with pytest.raises(AttributeError) as caught:
        client.tickets.get
    assert "aget" in str(caught.value)
    asyncio.run(client.close())


def test_event_loop_keeps_running_during_a_slow_request(halo_mock, make_async):
    """The mocked request only finishes once a concurrent task has ticked: impossible if the loop were blocked."""
    ticks = []
    released = threading.Event()
    seen_by_request = {}

    def slow_reply(request, context):
        seen_by_request["released"] = released.wait(timeout=5)
        seen_by_request["ticks"] = len(ticks)
        return {"id": 1, "summary": "slow"}

    halo_mock.get(API_URL + "/Tickets/1", json=slow_reply)

    async def ticker():
        for _ in range(5):
            ticks.append(1)
            await asyncio.sleep(0.001)
        released.set()

    async def main():
        async with make_async() as client:
            ticket, _ = await asyncio.gather(client.tickets.aget(1), ticker())
            return ticket

    ticket = asyncio.run(main())
    assert ticket.summary == "slow"
    assert seen_by_request == {"released": True, "ticks": 5}


def test_every_twin_comes_from_one_place_and_forwards_everything():
    """Each a-method of a manager, QuerySet or model is made by halopsa._aio.twin from its method's name."""
    from halopsa import HaloClient
    from halopsa._aio import is_twin
    from halopsa.client import async_manager_class
    from halopsa.query.queryset import QuerySet

    client = HaloClient(tenant_url="https://example.invalid", client_id="x", client_secret="y")
    for name in ("tickets", "invoices", "reports", "attachments", "timesheets", "agents"):
        manager = client.resource(name)
        cls = type(manager)
        twins = [n for n in dir(cls) if n.startswith("a") and callable(getattr(cls, n)) and
                 getattr(getattr(cls, n), "__code__", None) is not None and
                 __import__("inspect").iscoroutinefunction(getattr(cls, n))]
        assert twins and all(is_twin(cls, n) for n in twins), (name, [n for n in twins if not is_twin(cls, n)])
        facade = async_manager_class(cls)
        assert {n for n in dir(facade) if is_twin(cls, n)} == set(twins)
        assert not hasattr(facade, "get") and not hasattr(facade, "list")  # nothing that blocks
    assert all(is_twin(QuerySet, "a" + n) for n in ("count", "first", "get", "update", "delete", "in_bulk"))
    assert not hasattr(QuerySet, "alist")  # one meaning: alist is a page, as list is; a QuerySet's rows: async for
    client.close()


def test_arequest_forwards_every_argument(monkeypatch):
    import asyncio

    from halopsa import AsyncHaloClient

    seen = {}

    async def run():
        async with AsyncHaloClient(tenant_url="https://example.invalid", client_id="x", client_secret="y") as client:
            monkeypatch.setattr(client.sync, "request", lambda *args, **kwargs: seen.update(args=args, **kwargs))
            await client.arequest("POST", "/Tickets", params={"a": 1}, json=[{}], data=b"x", headers={"H": "v"},
                                  idempotent=True)

    asyncio.run(run())
    assert seen == {"args": ("POST", "/Tickets"), "params": {"a": 1}, "json": [{}], "data": b"x",
                    "headers": {"H": "v"}, "idempotent": True}
