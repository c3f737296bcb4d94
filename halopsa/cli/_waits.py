"""What the person at the terminal sees while the client waits: one line on stderr a wait (the client's
:class:`~halopsa.WaitEvent` message), and a progress bar that says it is waiting. The CLI and the shell install
:func:`announce_wait` as their clients' ``on_wait``."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, Optional

from ._output import ProgressBar, clear_progress

__all__ = ["announce_wait", "waiting_note"]

_lock = threading.Lock()
_until = 0.0        # when the wait announced last ends (time.monotonic())
_what = ""          # what it waits for, in the few words a progress bar has room for

_SHORT = {"client_rate_limit": "for the client's rate limit", "server_rate_limit": "for the server's rate limit",
          "backoff": "to retry", "slow_reply": "for the server"}


def announce_wait(event: Any, stream: Optional[Any] = None) -> None:
    """Print ``event.message`` on stderr (erasing the progress bar first, then drawing it again, saying it
    waits). Called from whichever thread waits, so the lines never interleave."""
    global _until, _what
    out: Any = stream if stream is not None else sys.stderr
    with _lock:
        bar = ProgressBar.active
        clear_progress()
        now = time.monotonic()
        _until = now + (0.0 if event.kind == "slow_reply" else event.seconds)
        _what = _SHORT.get(event.kind, "")
        try:
            out.write(event.message + "\n")
            out.flush()
            if bar is not None and bar.line:
                bar.draw(bar.line.split(" - waiting", 1)[0] + waiting_note(now))
        except (OSError, ValueError):  # stderr gone: the wait goes on all the same
            pass


def waiting_note(now: Optional[float] = None) -> str:
    """`` - waiting 40 s for the client's rate limit`` while an announced wait lasts, else nothing."""
    left = _until - (time.monotonic() if now is None else now)
    if left < 0:
        return ""
    from .._waits import seconds_text

    return f" - waiting {seconds_text(left)} {_what}" if left >= 1 else f" - waiting {_what}"
