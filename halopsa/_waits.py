"""Waits the client makes, announced: every wait of ``wait_threshold`` seconds or more (2 s by default) is logged
and handed to the client's ``on_wait`` hook as a :class:`WaitEvent`, before it starts (or, for a reply that is
slow to come, once it has lasted that long).

The four kinds:

* ``"client_rate_limit"``: the client's own rate limiter holds a request back (``seconds``: how long).
* ``"server_rate_limit"``: the server answered 429; the client retries after ``seconds`` (its ``Retry-After``,
  or a backoff long enough to outlast a rolling window).
* ``"backoff"``: a request failed (5xx, a timeout, a dropped connection); it is retried after ``seconds``.
* ``"slow_reply"``: a request (an API call or the token request) has had no reply for ``seconds``; the client
  gives up after ``limit`` seconds (its timeout).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from typing import Any, Callable, List, Optional

import attrs

__all__ = ["WaitEvent", "WAIT_THRESHOLD", "CLIENT_RATE_LIMIT", "SERVER_RATE_LIMIT", "BACKOFF", "SLOW_REPLY",
           "WAIT_KINDS"]

logger = logging.getLogger("halopsa")

WAIT_THRESHOLD = 2.0  # seconds: shorter waits are neither announced nor logged
CLIENT_RATE_LIMIT = "client_rate_limit"
SERVER_RATE_LIMIT = "server_rate_limit"
BACKOFF = "backoff"
SLOW_REPLY = "slow_reply"
WAIT_KINDS = (CLIENT_RATE_LIMIT, SERVER_RATE_LIMIT, BACKOFF, SLOW_REPLY)

OnWait = Callable[["WaitEvent"], Any]


def seconds_text(seconds: float) -> str:
    """``120 s``, ``2.5 s``: whole seconds from 10 up, one decimal below."""
    if seconds >= 10 or float(seconds).is_integer():
        return f"{seconds:.0f} s"
    return f"{seconds:.1f} s"


@attrs.frozen
class WaitEvent:
    """One wait of the client, as data. ``message`` is the line the CLI and the shell print for it.

    ``kind``: one of ``WAIT_KINDS``; ``seconds``: how long the wait lasts (for ``"slow_reply"``: how long the
    reply has been awaited so far); ``reason``: why, in words; ``url``: the request's URL (without its query)
    when the wait concerns one request; ``attempt``: the retry the wait comes before (0 when it is not a retry);
    ``limit``: for ``"slow_reply"``, the seconds after which the client gives up (None: no timeout).
    """

    kind: str
    seconds: float
    reason: str
    url: Optional[str] = None
    attempt: int = 0
    limit: Optional[float] = None

    @property
    def message(self) -> str:
        wait = seconds_text(self.seconds)
        if self.kind == SLOW_REPLY:
            bound = f"; giving up after {seconds_text(self.limit)}" if self.limit is not None else ""
            return f"still waiting for {self.url} ({wait} so far{bound})..."
        if self.kind == CLIENT_RATE_LIMIT:
            return f"waiting {wait} for {self.reason}; Ctrl-C to stop"
        if self.kind == SERVER_RATE_LIMIT:
            return f"rate limited by the server: retrying in {wait}; Ctrl-C to stop"
        return f"{self.reason}: retrying in {wait} (retry {self.attempt}); Ctrl-C to stop"

    def __str__(self) -> str:
        return self.message


class Announcer:
    """Logs a wait of ``threshold`` seconds or more and hands it to ``on_wait``. An exception raised by
    ``on_wait`` propagates to the waiting request, which then does not wait (except for ``"slow_reply"``
    events, which come from a watching thread: there it is logged and the request goes on)."""

    def __init__(self, on_wait: Optional[OnWait] = None, threshold: Optional[float] = None) -> None:
        self.on_wait = on_wait
        self.threshold = WAIT_THRESHOLD if threshold is None else float(threshold)

    def __call__(self, event: WaitEvent) -> None:
        if event.seconds < self.threshold:
            return
        logger.info("%s", event.message)
        if self.on_wait is not None:
            self.on_wait(event)


class SlowReplyWatch:
    """Announces a request still unanswered ``threshold`` seconds after it was sent, once per request and at most
    once every ``interval`` seconds (so that a slow server does not print a line for every page).

    One daemon thread does the watching while requests are in flight (it ends when none is left), so watching
    a request costs a lock and a heap push, never a thread of its own."""

    def __init__(self, announcer: Announcer, interval: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.announcer = announcer
        self.interval = interval
        self._clock = clock
        self._heap: List[List[Any]] = []  # [deadline, sequence, url, started, limit, done]
        self._sequence = itertools.count()
        self._condition = threading.Condition()
        self._thread: Optional[threading.Thread] = None
        self._last_announced = float("-inf")
        self._closed = False

    def start(self, url: str, limit: Optional[float]) -> List[Any]:
        """Watch one request; hand what this returns to :meth:`done` once it is answered (or failed)."""
        now = self._clock()
        entry = [now + self.announcer.threshold, next(self._sequence), url, now, limit, False]
        with self._condition:
            heapq.heappush(self._heap, entry)
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name="halopsa-slow-replies", daemon=True)
                self._thread.start()
            elif self._heap[0] is entry:
                self._condition.notify()
        return entry

    @staticmethod
    def done(entry: List[Any]) -> None:
        entry[5] = True  # dropped from the heap when its deadline comes

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._heap.clear()
            self._condition.notify()

    def _run(self) -> None:
        while True:
            with self._condition:
                while True:
                    if not self._heap or self._closed:
                        self._thread = None
                        return
                    deadline = self._heap[0][0]
                    now = self._clock()
                    if now >= deadline:
                        entry = heapq.heappop(self._heap)
                        break
                    self._condition.wait(deadline - now)
            _, _, url, started, limit, done = entry
            if done or now - self._last_announced < self.interval:
                continue
            self._last_announced = now
            waited = max(now - started, self.announcer.threshold)
            event = WaitEvent(SLOW_REPLY, waited, f"no reply from {url} yet", url=url, limit=limit)
            try:
                self.announcer(event)
            except Exception:  # noqa: BLE001 - a hook failing in this thread must not stop the watching
                logger.debug("on_wait raised for %s", event.message, exc_info=True)
