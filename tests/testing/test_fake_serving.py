"""How list replies are built (the cached JSON of each row), the server-time stamp, the request observer and
the bounded request log."""

from __future__ import annotations

import json
import time

import pytest
from tests._support.plain_http import Halo

from halopsa.testing import FakeHalo
from halopsa.testing._demo import iso


def _abbreviated(record, omit=("details", "customfields")):
    return {k: v for k, v in record.items() if k not in omit}


def test_a_page_is_exactly_the_json_of_its_rows(halo_fake, halo):
    reply = halo.get("Tickets", pageinate=True, page_size=10, page_no=2)
    assert reply.headers["Content-Type"] == "application/json; charset=utf-8"
    body = reply.json()
    assert list(body) == ["page_no", "page_size", "record_count", "tickets"]
    assert body["tickets"] == [_abbreviated(r) for r in halo_fake.records("tickets")[10:20]]
    detailed = halo.get("Tickets", pageinate=True, page_size=10, page_no=2, includedetails=True).json()
    assert detailed["tickets"] == halo_fake.records("tickets")[10:20]
    assert halo.rows("Status") == halo_fake.records("statuses")


def test_cached_rows_follow_every_kind_of_write(halo_fake, halo):
    def row(ticket_id):
        rows = halo.rows("Tickets", "tickets", ticketids=ticket_id)
        return rows[0] if rows else None

    assert row(3)["summary"] != "renamed"          # cached now
    assert halo.post("Tickets", [{"id": 3, "summary": "renamed"}]).status_code == 200
    assert row(3)["summary"] == "renamed"          # a POST replaced the record
    halo_fake.add("tickets", id=3, summary="put back by the test")
    assert row(3)["summary"] == "put back by the test"
    assert halo.post("Actions", [{"ticket_id": 3, "note": "x", "new_status": 9}]).status_code == 201
    assert row(3)["status_name"] == "Closed"       # a side effect of another resource's write
    assert halo.delete("Tickets/3").status_code == 200
    assert row(3) is None
    assert halo.rows("Tickets", "tickets", ticketids=3, deleted=True)[0]["deleted"] is True
    halo_fake.reset()
    assert row(3) == _abbreviated(halo_fake.record("tickets", 3))


def test_the_row_cache_is_bounded(halo_fake, halo):
    cache = halo_fake.api.row_cache
    cache.limit = 20_000   # characters: a few dozen ticket rows
    first = halo.rows("Tickets", "tickets")
    assert 15_000 < cache._chars <= 20_000
    assert halo.post("Tickets", [{"id": 1, "summary": "changed while the cache is full"}]).status_code == 200
    again = halo.rows("Tickets", "tickets")
    assert again == [_abbreviated(r) for r in halo_fake.records("tickets")] and again[1:] == first[1:]
    assert again[0]["summary"] == "changed while the cache is full"
    assert cache._chars <= 20_000 + 100


def test_text_is_sent_as_utf8_not_escaped(halo_fake, halo):
    created = halo.post("Client", [{"name": "Café Ørsted – 東京"}]).json()[0]
    reply = halo.get("Client", search="Ørsted")
    assert "Café Ørsted – 東京".encode("utf-8") in reply.content
    assert reply.json()["clients"][0]["id"] == created["id"]


def test_iso_dates_match_strftime():
    for ts in range(0, 2_000_000_000, 7_654_321):
        for offset in (0, 0.999, 59, 3599, 86399):
            value = ts + offset
            assert iso(value) == time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(int(value)))


def test_server_time_is_recorded_without_the_latency_switch(halo_fake_factory):
    fake = halo_fake_factory(tickets=300, latency=0.5)
    halo = Halo(fake)
    started = time.perf_counter()
    assert halo.get("Tickets", pageinate=True, page_size=100, page_no=2).status_code == 200
    assert time.perf_counter() - started >= 0.5
    logged = fake.api_requests("GET", "/api/Tickets")[-1]
    assert 0 < logged.server_time < 0.25  # milliseconds of work, not the half second of latency


def test_on_request_sees_every_answered_request_and_cannot_break_one(halo_fake):
    seen = []
    halo_fake.on_request = lambda request: seen.append((request.method, request.path, request.status))
    halo = Halo(halo_fake)
    halo.get("Tickets/1")
    halo.get("Tickets/999999")
    assert seen == [("POST", "/auth/token", 200), ("GET", "/api/Tickets/1", 200), ("GET", "/api/Tickets/999999", 404)]

    def broken(request):
        raise RuntimeError("observer bug")

    halo_fake.on_request = broken
    assert halo.get("Tickets/1").status_code == 200


def test_log_limit_keeps_only_the_newest_requests():
    with FakeHalo(tickets=5, log_limit=3) as fake:
        halo = Halo(fake)
        for ticket_id in (1, 2, 3, 4, 5):
            halo.get(f"Tickets/{ticket_id}")
        assert [r.path for r in fake.requests] == ["/api/Tickets/3", "/api/Tickets/4", "/api/Tickets/5"]


@pytest.mark.parametrize("name", ["tickets", "statuses", "appointments"])
def test_idonly_and_ticketidonly_rows_are_still_json(reader, name):
    path = {"tickets": "Tickets", "statuses": "Status", "appointments": "Appointment"}[name]
    reply = reader.get(path, idonly=True, ticketidonly=True)
    assert reply.status_code == 200
    json.loads(reply.text)
