"""Section 1: listing every ticket with halopsa against a plain ``requests`` loop, at 0 ms and at 50 ms a request.

Both sides start cold the way a script would: a new HTTP session, a token request, then the pages. The plain
loop is what a user writes without an SDK: pages of 100 one after the other until a short page, JSON decoding
only (no objects built). halopsa is ``list(client.tickets.all())``: QuerySet iteration with the default
concurrency (4), building a ``Ticket`` per row.
"""

from __future__ import annotations

import gc
import time
from typing import Callable, Dict, List, Tuple

import requests

from .report import Section, format_seconds, median
from .server import ServerProcess

__all__ = ["plain_requests_loop", "halopsa_listing", "run_listing"]

PAGE_SIZE = 100


def plain_requests_loop(server: ServerProcess) -> int:
    """A sequential page loop with ``requests``; returns the number of rows read."""
    with requests.Session() as session:
        token = session.post(f"{server.url}/auth/token", data={
            "grant_type": "client_credentials", "client_id": server.client_id,
            "client_secret": server.client_secret, "scope": "all"}).json()["access_token"]
        session.headers["Authorization"] = f"Bearer {token}"
        rows = 0
        page_no = 1
        while True:
            response = session.get(f"{server.url}/api/Tickets", params={
                "pageinate": "true", "page_size": PAGE_SIZE, "page_no": page_no})
            response.raise_for_status()
            page = response.json()["tickets"]
            rows += len(page)
            if len(page) < PAGE_SIZE:
                return rows
            page_no += 1


def halopsa_listing(server: ServerProcess, concurrency: int = 0) -> int:
    """``list(client.tickets.all())`` with a new client (``concurrency`` 0: the client's default)."""
    client = server.client()
    try:
        query = client.tickets.all()
        if concurrency:
            query = query.concurrency(concurrency)
        return len(list(query))
    finally:
        client.close()


def _time(run: Callable[[], int]) -> Tuple[float, int]:
    gc.collect()
    started = time.perf_counter()
    rows = run()
    return time.perf_counter() - started, rows


def _measure(server: ServerProcess, approaches: Dict[str, Callable[[], int]], repeat: int,
             expected: int) -> Dict[str, List[float]]:
    """Times of each approach, repetitions interleaved so that drift in the machine hits all of them alike."""
    times: Dict[str, List[float]] = {name: [] for name in approaches}
    for _ in range(repeat):
        for name, run in approaches.items():
            elapsed, rows = _time(run)
            if rows != expected:
                raise RuntimeError(f"{name} read {rows} rows, expected {expected}")
            times[name].append(elapsed)
    return times


def run_listing(tickets: int, latencies: Tuple[float, ...] = (0.0, 0.05), repeat: int = 5) -> Section:
    section = Section("listing")
    count = f"{tickets:,}"
    with ServerProcess(tickets=tickets) as server:
        halopsa_listing(server)  # warm-up: first imports, first connections
        for latency in latencies:
            server.set(latency=latency)
            approaches = {
                "plain": lambda: plain_requests_loop(server),
                "halopsa": lambda: halopsa_listing(server),
            }
            if latency:
                approaches["halopsa_c8"] = lambda: halopsa_listing(server, concurrency=8)
            else:
                approaches["halopsa_c1"] = lambda: halopsa_listing(server, concurrency=1)
            times = _measure(server, approaches, repeat, tickets)
            medians = {name: median(values) for name, values in times.items()}
            ms = f"{latency * 1000:g} ms"
            plain, sdk = medians["plain"], medians["halopsa"]
            section.add(f"{count} tickets at {ms}: plain requests loop (sequential)", format_seconds(plain))
            if latency:
                speedup = plain / sdk
                section.add(f"{count} tickets at {ms}: halopsa list(qs), concurrency 4", format_seconds(sdk),
                            "≥ 3x faster than the loop", speedup >= 3.0, f"{speedup:.2f}x faster")
                c8 = medians["halopsa_c8"]
                section.add(f"{count} tickets at {ms}: halopsa, .concurrency(8)", format_seconds(c8),
                            note=f"{plain / c8:.2f}x faster")
            else:
                ratio = sdk / plain
                section.add(f"{count} tickets at {ms}: halopsa list(qs), concurrency 4", format_seconds(sdk),
                            "≤ 1.3x the loop's time", ratio <= 1.3, f"{ratio:.2f}x the loop's time")
                c1 = medians["halopsa_c1"]
                section.add(f"{count} tickets at {ms}: halopsa, .concurrency(1)", format_seconds(c1),
                            note=f"{c1 / plain:.2f}x the loop's time")
            section.data[f"latency_{latency * 1000:g}ms"] = {name: {"median": medians[name], "runs": values}
                                                             for name, values in times.items()}
    section.notes.append(
        f"medians of {repeat} runs each, interleaved; every run starts cold (new session, token request). "
        "The server (FakeHalo, pages of 100) runs in its own process.")
    return section
