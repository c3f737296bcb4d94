"""Section 2: a listing under a rolling rate limit, with the client's limiter set to the server's.

The server (FakeHalo) accepts at most ``limit`` requests in any ``window`` seconds, the token request included,
and answers 429 past that. The theoretical bound for ``n`` requests is the time at which the last window may
open, ``(ceil(n / limit) - 1) * window``, plus the time the requests of that last window take when nothing
throttles them (measured: the same listing without any limit, scaled to their share of the requests).
"""

from __future__ import annotations

import math
import time
from typing import Optional, Tuple

from .report import Section, format_seconds
from .server import ServerProcess

__all__ = ["theoretical_bound", "run_rate_limit"]


def theoretical_bound(requests: int, limit: int, window: float, unthrottled: float) -> float:
    """The least time ``requests`` requests can take under ``limit`` per rolling ``window`` seconds."""
    full_windows = math.ceil(requests / limit) - 1
    last_window = requests - full_windows * limit
    return full_windows * window + unthrottled * last_window / requests


def _listing(server: ServerProcess, page_size: int, rate_limit: Optional[Tuple[int, float]]) -> Tuple[float, int,
                                                                                                      str]:
    """Time of one cold listing, the rows read, and the error that reached the caller ('' if none)."""
    client = server.client(rate_limit=rate_limit)
    started = time.perf_counter()
    try:
        rows = len(list(client.tickets.all().page_size(page_size)))
        error = ""
    except Exception as exc:  # noqa: BLE001 - the point is to report it
        rows, error = -1, f"{type(exc).__name__}: {exc}"
    elapsed = time.perf_counter() - started
    client.close()
    return elapsed, rows, error


def run_rate_limit(tickets: int, page_size: int, limit: int, window: float) -> Section:
    section = Section("rate_limit")
    with ServerProcess(tickets=tickets) as server:
        _listing(server, page_size, None)  # warm-up
        server.clear()
        unthrottled, _, _ = _listing(server, page_size, None)
        server.set(rate_limit=[limit, window])  # also empties the server's window
        server.clear()
        elapsed, rows, error = _listing(server, page_size, (limit, window))
        log, _ = server.log()
    rejected = sum(1 for entry in log if entry[3] == 429)
    accepted = len(log) - rejected
    bound = theoretical_bound(accepted, limit, window, unthrottled)
    ratio = elapsed / bound
    section.add("errors reaching the caller", error or "none", "none", not error)
    section.add("429 answers from the server (retried by the client)", str(rejected))
    section.add("requests accepted (token included)", str(accepted))
    section.add("theoretical bound", format_seconds(bound),
                note=f"{math.ceil(accepted / limit) - 1} full windows + the last window's share of "
                     f"{format_seconds(unthrottled)} unthrottled")
    section.add("halopsa run time", format_seconds(elapsed), "≤ 1.15x the bound", ratio <= 1.15 and not error,
                f"{ratio:.2f}x the bound")
    section.data.update(elapsed=elapsed, bound=bound, ratio=ratio, requests=accepted, rejected=rejected,
                        rows=rows, error=error, unthrottled=unthrottled, limit=limit, window=window)
    section.notes.append(f"{tickets:,} tickets listed in pages of {page_size} (list(client.tickets.all()"
                         f".page_size({page_size}))) by a new client, at 0 ms latency.")
    section.notes.append(
        "the bound is (ceil(n / limit) - 1) x window + the unthrottled time of the last window's requests; "
        f"client: HaloClient(rate_limit=({limit}, {window:g})), server: FakeHalo(rate_limit=({limit}, {window:g})).")
    return section
