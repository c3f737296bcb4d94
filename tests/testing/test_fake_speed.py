"""The fake must stay fast enough for big listings: quick to start with 100k tickets, cheap per page."""

from __future__ import annotations

import gc
import time

import pytest
from fakehalo_helpers import Halo, get_token

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
        pauses, collecting = [], []

        def watch(phase, info):
            if phase == "start":
                collecting.append(time.perf_counter())
            elif collecting:
                pauses.append(time.perf_counter() - collecting.pop())

        gc.callbacks.append(watch)
        try:
            for reading in ("first", "again"):  # first: rows are encoded; again: their cached text is joined
                timings = []
                for n in range(2, 402):
                    # CPU time of this thread: what the fake costs, whatever else the machine is doing
                    begin = time.thread_time()
                    body = page(n)
                    timings.append(time.thread_time() - begin)
                assert b'"record_count":100000' in body
                timings.sort()
                median = timings[len(timings) // 2]
                assert median < (0.005 if reading == "first" else 0.002), f"{reading}: median {median * 1000:.2f} ms"
        finally:
            gc.callbacks.remove(watch)
        # the demo data's million objects were settled at start-up: no collector pause of 0.3 s mid-listing
        assert max(pauses, default=0) < 0.1, f"a garbage collection took {max(pauses) * 1000:.0f} ms"
    finally:
        fake.stop()


def test_server_time_of_a_page_over_http(halo_fake_factory):
    fake = halo_fake_factory(tickets=5000)
    halo = Halo(fake)
    for n in range(1, 51):
        assert halo.get("Tickets", pageinate=True, page_size=100, page_no=n).status_code == 200
    times = sorted(r.server_time for r in fake.api_requests("GET", "/api/Tickets")[1:])
    # wall time, shared with the client in this process and with whatever else runs: a loose bound (the CPU
    # time bound of 5 ms is the test above)
    assert 0 < times[len(times) // 2] < 0.01, f"median server time {times[len(times) // 2] * 1000:.2f} ms"


def test_keep_alive_connection_is_reused_and_fast(halo):
    halo.get("Status")
    started = time.perf_counter()
    for _ in range(50):
        assert halo.get("Status").status_code == 200
    # Without TCP_NODELAY each request would wait ~40 ms for a delayed ACK: 50 requests would take 2 s.
    assert time.perf_counter() - started < 1.0


def test_every_accepted_connection_has_tcp_nodelay(halo_fake):
    import socket

    host, port = halo_fake.url.rsplit("/", 1)[1].split(":")
    with socket.create_connection((host, int(port))) as connection:
        connection.sendall(b"GET /api/authinfo HTTP/1.1\r\nHost: fake\r\n\r\n")
        assert connection.recv(4096).startswith(b"HTTP/1.1 200 OK")
        with halo_fake._server._connections_lock:
            accepted = list(halo_fake._server._connections)
        assert accepted and all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in accepted)


def test_a_bad_switch_is_refused_before_the_data_is_built():
    started = time.perf_counter()
    with pytest.raises(ValueError, match="REQUESTS/SECONDS"):
        FakeHalo(tickets=200_000, rate_limit="fast")
    assert time.perf_counter() - started < 1.0
