"""``python -m benchmarks.fake_speed``: how fast FakeHalo itself is, so that the other benchmarks measure the
client and not the fake (issue: 100,000 tickets generate in under 10 s; a 100-row page takes well under 5 ms of
server time).

It measures, in this process: the start of a fake with 100,000 tickets; the CPU time of serving 400 pages of 100
(straight to the request handler, no sockets), first read and read again; the longest garbage-collector pause
during those pages; the fake's own time for pages over HTTP; and 50 keep-alive requests on one connection
(without TCP_NODELAY each would wait about 40 ms for a delayed ACK). Exits 1 when a bound is missed.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from typing import List, Optional

import requests

from halopsa.testing import FakeHalo
from halopsa.testing._server import HttpRequest

BOUNDS = {"start_100k_s": 10.0, "page_first_ms": 5.0, "page_again_ms": 2.0, "gc_pause_ms": 100.0,
          "keep_alive_50_s": 1.0}


def _token(fake: FakeHalo) -> str:
    reply = requests.post(fake.url + "/auth/token", data={"grant_type": "client_credentials", "scope": "all",
                                                         "client_id": fake.client_id,
                                                         "client_secret": fake.client_secret}, timeout=10)
    return reply.json()["access_token"]


def _median(values: List[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def measure(tickets: int = 100_000, pages: int = 400) -> dict:
    figures = {}
    started = time.perf_counter()
    fake = FakeHalo(tickets=tickets).start()
    figures["start_100k_s"] = time.perf_counter() - started
    try:
        headers = [("Authorization", f"Bearer {_token(fake)}")]

        def page(number: int) -> None:
            target = f"/api/Tickets?pageinate=true&page_size=100&page_no={number}"
            assert fake._handle(HttpRequest("GET", target, headers, b"")).status == 200

        page(1)  # the first request of a query filters and sorts; the others reuse that
        pauses: List[float] = []
        collecting: List[float] = []

        def watch(phase: str, info: dict) -> None:
            if phase == "start":
                collecting.append(time.perf_counter())
            elif collecting:
                pauses.append(time.perf_counter() - collecting.pop())

        gc.callbacks.append(watch)
        try:
            for reading in ("first", "again"):  # first: rows are encoded; again: their cached text is joined
                timings = []
                for number in range(2, pages + 2):
                    begin = time.thread_time()  # CPU time: what the fake costs, whatever else the machine does
                    page(number)
                    timings.append(time.thread_time() - begin)
                figures[f"page_{reading}_ms"] = _median(timings) * 1000
        finally:
            gc.callbacks.remove(watch)
        figures["gc_pause_ms"] = max(pauses, default=0.0) * 1000
        with requests.Session() as session:
            auth = {"Authorization": headers[0][1]}
            for number in range(1, 51):
                session.get(fake.url + "/api/Tickets", params={"pageinate": "true", "page_size": 100,
                                                               "page_no": number}, headers=auth, timeout=10)
            over_http = [r.server_time for r in fake.api_requests("GET", "/api/Tickets")[1:]]
            figures["page_over_http_ms"] = _median(over_http) * 1000
            session.get(fake.url + "/api/Status", headers=auth, timeout=10)
            started = time.perf_counter()
            for _ in range(50):
                session.get(fake.url + "/api/Status", headers=auth, timeout=10)
            figures["keep_alive_50_s"] = time.perf_counter() - started
    finally:
        fake.stop()
    return figures


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fake_speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    args = parser.parse_args(argv)
    figures = measure(args.tickets)
    missed = 0
    for name, value in figures.items():
        bound = BOUNDS.get(name)
        verdict = "" if bound is None else ("met" if value < bound else "MISSED")
        missed += verdict == "MISSED"
        print(f"{name:20} {value:10.2f}   {'< ' + format(bound, 'g') if bound else '':8} {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
