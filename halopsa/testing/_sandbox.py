"""The sandbox: a FakeHalo whose data lives in a SQLite file, for ``halo --sandbox`` and ``halo sandbox ...``.

``start_sandbox()`` starts one in-process (seeded with modest demo data the first time, loaded from the file
afterwards); ``reset_sandbox()`` throws the file away; ``serve()`` runs one in the foreground until Ctrl-C.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any, Optional, TextIO, Union

from ._fake import FakeHalo

__all__ = ["sandbox_path", "start_sandbox", "reset_sandbox", "serve", "SANDBOX_TICKETS"]

SANDBOX_TICKETS = 500
PathLike = Union[str, "os.PathLike[str]"]


def sandbox_path() -> Path:
    """Where the sandbox database lives: $HALO_SANDBOX_DB, else ~/.halopsa/sandbox.db. A missing folder is
    created with mode 0700; an existing one is left as it is."""
    configured = os.environ.get("HALO_SANDBOX_DB")
    path = Path(configured).expanduser() if configured else Path.home() / ".halopsa" / "sandbox.db"
    directory = path.parent
    if not directory.exists():
        directory.mkdir(parents=True, exist_ok=True)
        os.chmod(directory, 0o700)  # the file holds a copy of whatever you put in the sandbox
    return path


def start_sandbox(path: Optional[PathLike] = None, **switches: Any) -> FakeHalo:
    """A started FakeHalo backed by the sandbox database (``path`` or ``sandbox_path()``).

    The first start seeds 500 demo tickets (``tickets=`` changes that) and writes them to the file; later
    starts load the file, keeping every change made since. Stop it with ``.stop()`` (or use ``with``).
    """
    db_path = Path(path) if path is not None else sandbox_path()
    switches.setdefault("tickets", SANDBOX_TICKETS)
    fake = FakeHalo(db_path=db_path, **switches)
    return fake.start()


def reset_sandbox(path: Optional[PathLike] = None) -> Path:
    """Delete the sandbox database so the next start seeds fresh demo data. Returns the path."""
    db_path = Path(path) if path is not None else sandbox_path()
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(str(db_path) + suffix)
        if candidate.exists():
            candidate.unlink()
    return db_path


def serve(port: int = 0, tickets: int = SANDBOX_TICKETS, latency_ms: float = 0.0, page_cap: int = 100,
          rate_limit: Optional[str] = None, fault_rate: float = 0.0, db_path: Optional[PathLike] = None,
          out: Optional[TextIO] = None, host: str = "127.0.0.1", seed: int = 0,
          stop_event: Optional[threading.Event] = None) -> int:
    """Run a FakeHalo in the foreground until Ctrl-C (or ``stop_event`` is set); returns an exit code.

    ``rate_limit`` is "REQUESTS/SECONDS" (e.g. "700/300"). Without ``db_path`` the data lives in memory and is
    gone when it stops; with one, it persists like the sandbox (pass ``sandbox_path()`` to share it).
    """
    out = out if out is not None else sys.stdout
    fake = FakeHalo(seed=seed, tickets=tickets, latency=latency_ms / 1000.0, page_cap=page_cap,
                    rate_limit=rate_limit, fault_rate=fault_rate, db_path=db_path, host=host, port=port)
    fake.start()
    try:
        lines = [
            f"FakeHalo is serving a demo HaloPSA tenant at {fake.url}",
            f"  API:           {fake.url}/api",
            f"  token URL:     {fake.url}/auth/token",
            f"  client id:     {fake.client_id}",
            f"  client secret: {fake.client_secret}",
            f"  data:          {db_path if db_path is not None else 'in memory (lost on exit)'}",
            "",
            "Point halo at it:",
            f"  halo --tenant-url {fake.url} --client-id {fake.client_id} --client-secret {fake.client_secret} "
            f"tickets list",
            "",
            "Press Ctrl-C to stop.",
        ]
        out.write("\n".join(lines) + "\n")
        out.flush()
        waiter = stop_event if stop_event is not None else threading.Event()
        try:
            while not waiter.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    finally:
        fake.stop()
    out.write("FakeHalo stopped.\n")
    out.flush()
    return 0
