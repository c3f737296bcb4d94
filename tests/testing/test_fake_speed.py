"""The fake must stay fast enough for big listings: quick to start with 100k tickets, cheap per page."""

from __future__ import annotations

import time

import pytest
from fakehalo_helpers import get_token

from halopsa.testing import FakeHalo
from halopsa.testing._server import HttpRequest


@pytest.mark.slow
def test_100k_tickets_start_quickly_and_pages_are_cheap():
    started = time.perf_counter()
    fake = FakeHalo(tickets=100_000).start()
    try:
        assert time.perf_counter() - started < 10
        token = get_token(fake)
        headers = [("Authorization", f"Bearer {token}")]

        def page(n: int) -> bytes:
            target = f"/api/Tickets?pageinate=true&page_size=100&page_no={n}"
            reply = fake._handle(HttpRequest("GET", target, headers, b""))  # server time only, no sockets
            assert reply.status == 200
            return reply.body

        page(1)  # the first request of a query filters and sorts; the rest reuse that
        timings = []
        for n in range(2, 52):
            begin = time.perf_counter()
            body = page(n)
            timings.append(time.perf_counter() - begin)
        assert b'"record_count":100000' in body
        timings.sort()
        assert timings[len(timings) // 2] < 0.005, f"median page time {timings[len(timings) // 2] * 1000:.2f} ms"
    finally:
        fake.stop()


def test_keep_alive_connection_is_reused_and_fast(halo):
    halo.get("Status")
    started = time.perf_counter()
    for _ in range(50):
        assert halo.get("Status").status_code == 200
    # Without TCP_NODELAY each request would wait ~40 ms for a delayed ACK: 50 requests would take 2 s.
    assert time.perf_counter() - started < 1.0
