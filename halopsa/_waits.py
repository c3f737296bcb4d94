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

import itertools
import logging
import threading
import time
from typing import Any, Callable, Dict, Optional, Tuple

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
    """``120 s``, ``2.5 s``, ``2 s``: whole seconds from 10 up, one decimal below (none when it is 0)."""
    text = f"{seconds:.0f}" if seconds >= 10 else f"{seconds:.1f}".replace(".0", "")
    return f"{text} s"


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

    Watching a request costs a dict entry; one daemon thread looks at the oldest requests in flight a few times
    in each ``threshold`` (never once per request), and ends when none is left."""

    def __init__(self, announcer: Announcer, interval: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.announcer = announcer
        self.interval = interval
        self._clock = clock
        self._in_flight: Dict[int, Tuple[str, float, Optional[float]]] = {}  # oldest first: url, sent, limit
        self._keys = itertools.count()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._last_announced = float("-inf")

    def start(self, url: str, limit: Optional[float]) -> int:
        """Watch one request; hand what this returns to :meth:`done` once it is answered (or failed)."""
        key = next(self._keys)
        self._in_flight[key] = (url, self._clock(), limit)
        with self._lock:
            if self._thread is None and not self._closed.is_set():
                self._thread = threading.Thread(target=self._run, name="halopsa-slow-replies", daemon=True)
                self._thread.start()
        return key

    def done(self, key: int) -> None:
        self._in_flight.pop(key, None)

    def close(self) -> None:
        self._closed.set()

    def _run(self) -> None:
        threshold = self.announcer.threshold
        while not self._closed.wait(max(threshold / 4, 0.01)):
            with self._lock:
                if not self._in_flight:
                    self._thread = None
                    return
            now = self._clock()
            for key, (url, sent, limit) in self._in_flight.copy().items():
                if now - sent < threshold:
                    break  # the others were sent later still
                self._in_flight.pop(key, None)  # announced (or passed over) once
                if now - self._last_announced < self.interval:
                    continue
                self._last_announced = now
                event = WaitEvent(SLOW_REPLY, now - sent, f"no reply from {url} yet", url=url, limit=limit)
                try:
                    self.announcer(event)
                except Exception:  # noqa: BLE001 - a hook failing in this thread must not stop the watching
                    logger.debug("on_wait raised for %s", event.message, exc_info=True)
        with self._lock:
            self._thread = None
