"""What makes the fake fast enough for big listings, checked as behaviour (the figures themselves are measured by
`python -m benchmarks.fake_speed`, never by a timed test): a large data set serves correct pages, one keep-alive
connection serves many requests, every connection has TCP_NODELAY, a bad switch is refused before any data is
built, and the benchmark itself keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests._support.plain_http import Halo

from halopsa.testing import FakeHalo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `benchmarks` lives at the repository root


def test_pages_of_a_large_listing_are_complete_and_carry_the_total(halo_fake_factory):
    fake = halo_fake_factory(tickets=5000)
    halo = Halo(fake)
    seen = []
    for number in (1, 2, 25, 50, 51):
        body = halo.get("Tickets", pageinate=True, page_size=100, page_no=number).json()
        assert body["record_count"] == 5000
        seen.append([row["id"] for row in body["tickets"]])
    assert [len(ids) for ids in seen] == [100, 100, 100, 100, 0]
    ids = sorted(r["id"] for r in fake.records("tickets"))
    assert seen[2] == ids[2400:2500]
    assert all(r.server_time > 0 for r in fake.api_requests("GET", "/api/Tickets"))


def test_one_keep_alive_connection_serves_many_requests(halo, halo_fake):
    for _ in range(50):
        assert halo.get("Status").status_code == 200
    with halo_fake._server._connections_lock:
        assert len(halo_fake._server._connections) == 1  # one socket for all 50: the connection is kept alive


def test_every_accepted_connection_has_tcp_nodelay(halo_fake):
    import socket

    host, port = halo_fake.url.rsplit("/", 1)[1].split(":")
    with socket.create_connection((host, int(port))) as connection:
        connection.sendall(b"GET /api/authinfo HTTP/1.1\r\nHost: fake\r\n\r\n")
        assert connection.recv(4096).startswith(b"HTTP/1.1 200 OK")
        with halo_fake._server._connections_lock:
            accepted = list(halo_fake._server._connections)
        assert accepted and all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in accepted)


def test_a_bad_switch_is_refused_before_the_data_is_built(monkeypatch):
    import halopsa.testing._fake as fake_module

    def no_store(*args, **kwargs):
        raise AssertionError("the demo data was built before the switches were checked")

    monkeypatch.setattr(fake_module, "Store", no_store)
    with pytest.raises(ValueError, match="REQUESTS/SECONDS"):
        FakeHalo(tickets=200_000, rate_limit="fast")


def test_the_fake_speed_benchmark_runs():
    from benchmarks.fake_speed import BOUNDS, measure

    figures = measure(tickets=2000, pages=5)
    # every figure measured: a number, none beyond reason on any machine; the times of real work are not 0 (a
    # collector pause may be)
    assert set(BOUNDS) <= set(figures)
    assert all(isinstance(value, (int, float)) and 0 <= value < 1e6 for value in figures.values()), figures
    assert figures["start_100k_s"] > 0 and figures["page_first_ms"] > 0 and figures["page_again_ms"] > 0
