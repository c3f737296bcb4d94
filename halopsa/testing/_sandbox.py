"""The sandbox: a FakeHalo whose data lives in a SQLite file, for ``halo --sandbox`` and ``halo sandbox ...``.

``start_sandbox()`` starts one in-process (seeded with modest demo data the first time, loaded from the file
afterwards); ``reset_sandbox()`` throws the file away; ``serve()`` runs one in the foreground until Ctrl-C.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, TextIO, Union

from ._fake import FakeHalo, RecordedRequest

if TYPE_CHECKING:  # pragma: no cover
    from ..client import AsyncHaloClient, HaloClient

__all__ = ["sandbox_path", "start_sandbox", "sandbox_client", "async_sandbox_client", "reset_sandbox", "serve",
           "describe_switches", "SANDBOX_TICKETS"]

SANDBOX_TICKETS = 500
PathLike = Union[str, "os.PathLike[str]"]


def sandbox_path() -> Path:
    """Where the sandbox database lives: $HALO_SANDBOX_DB, else sandbox.db in the halo home folder ($HALO_HOME,
    else ~/.halopsa), the same file `halo --sandbox` uses. A missing folder is created with mode 0700; an
    existing one is left as it is."""
    configured = os.environ.get("HALO_SANDBOX_DB")
    home = os.environ.get("HALO_HOME")
    if configured:
        path = Path(configured).expanduser()
    else:
        path = (Path(home).expanduser() if home else Path.home() / ".halopsa") / "sandbox.db"
    directory = path.parent
    if not directory.exists():
        directory.mkdir(parents=True, exist_ok=True)
        os.chmod(directory, 0o700)  # the file holds a copy of whatever you put in the sandbox
    return path


def start_sandbox(path: Optional[PathLike] = None, **switches: Any) -> FakeHalo:
    """A started FakeHalo backed by the sandbox database (``path`` or ``sandbox_path()``).

    The first start seeds 500 demo tickets (``tickets=`` changes that) and writes them to the file; later
    starts load the file, keeping every change made since. Several may run on one file at once (the shell in one
    terminal, ``halo --sandbox`` commands in another): they share its data. Stop it with ``.stop()`` (or use
    ``with``).
    """
    db_path = Path(path) if path is not None else sandbox_path()
    switches.setdefault("tickets", SANDBOX_TICKETS)
    fake = FakeHalo(db_path=db_path, **switches)
    return fake.start()


def sandbox_client(path: Optional[PathLike] = None, **client_options: Any) -> "HaloClient":
    """A ``HaloClient`` connected to a started sandbox (``start_sandbox(path)``): no tenant, no credentials, and no
    client-side rate limit (the sandbox has none) unless ``rate_limit=`` says otherwise. ``close()`` stops the
    sandbox too. The SDK never starts a sandbox itself: its callers do, from here."""
    from ..client import HaloClient

    fake = start_sandbox(path)
    client_options.setdefault("rate_limit", fake.rate_limit)
    try:
        client = HaloClient(tenant_url=fake.url, client_id=fake.client_id, client_secret=fake.client_secret,
                            **client_options)
    except BaseException:
        fake.stop()
        raise
    client.on_close(fake.stop)
    return client


def async_sandbox_client(path: Optional[PathLike] = None, **client_options: Any) -> "AsyncHaloClient":
    """The ``AsyncHaloClient`` of :func:`sandbox_client` (closing it stops the sandbox)."""
    from ..client import AsyncHaloClient

    return AsyncHaloClient.from_client(sandbox_client(path, **client_options), owns=True)


def reset_sandbox(path: Optional[PathLike] = None) -> Path:
    """Delete the sandbox database so the next start seeds fresh demo data. Returns the path.

    Meant for when no sandbox runs; one that does notices the file is gone at its next request and starts afresh
    too. The main file goes last, so that a sandbox opening it meanwhile never pairs a new file with the old
    write-ahead log."""
    db_path = Path(path) if path is not None else sandbox_path()
    for suffix in ("-wal", "-shm", "-journal", ""):
        candidate = Path(str(db_path) + suffix)
        if candidate.exists():
            candidate.unlink()
    return db_path


def serve(port: int = 0, tickets: int = SANDBOX_TICKETS, latency_ms: float = 0.0, page_cap: int = 100,
          rate_limit: Optional[str] = None, fault_rate: float = 0.0, db_path: Optional[PathLike] = None,
          out: Optional[TextIO] = None, host: str = "127.0.0.1", seed: int = 0,
          stop_event: Optional[threading.Event] = None, log: Optional[TextIO] = None,
          log_requests: bool = True, **switches: Any) -> int:
    """Run a FakeHalo in the foreground until Ctrl-C (or ``stop_event`` is set); returns an exit code.

    ``rate_limit`` is "REQUESTS/SECONDS" (e.g. "700/300"). Without ``db_path`` the data lives in memory and is
    gone when it stops; with one, it persists like the sandbox (pass ``sandbox_path()`` to share it).
    Prints the URL, the credentials and the switches in force to ``out`` (stdout), then one line per request to
    ``log`` (stderr) unless ``log_requests`` is false: method, path and query, status, the fake's own time, and
    any query parameters the spec does not list for that path (accepted and ignored, as Halo does). Any other
    FakeHalo switch (``retry_after``, ``token_lifetime``, ``ignore_page_no``, ``post_echo``, ``drop_rate``, ...)
    passes through as a keyword.
    """
    stream: TextIO = out if out is not None else sys.stdout
    fake = FakeHalo(seed=seed, tickets=tickets, latency=latency_ms / 1000.0, page_cap=page_cap,
                    rate_limit=rate_limit, fault_rate=fault_rate, db_path=db_path, host=host, port=port,
                    log_limit=_SERVE_LOG_LIMIT, **switches)
    if log_requests:
        fake.on_request = _request_printer(log if log is not None else sys.stderr)
    fake.start()
    try:
        lines = [
            f"FakeHalo is serving a demo HaloPSA tenant at {fake.url}",
            f"  API:           {fake.url}/api",
            f"  token URL:     {fake.url}/auth/token   (POST, form-encoded, grant_type=client_credentials)",
            f"  client id:     {fake.client_id}",
            f"  client secret: {fake.client_secret}",
            f"  data:          {db_path if db_path is not None else 'in memory (lost on exit)'}; "
            f"{len(fake.store.table('tickets')):,} tickets",
            f"  switches:      {describe_switches(fake)}",
            "",
            "Point halo at it:",
            f"  halo --tenant-url {fake.url} --client-id {fake.client_id} --client-secret {fake.client_secret} "
            f"tickets list",
            "",
            "Press Ctrl-C to stop." + (" Requests are logged to stderr." if log_requests else ""),
        ]
        stream.write("\n".join(lines) + "\n")
        stream.flush()
        waiter = stop_event if stop_event is not None else threading.Event()
        restore = _stop_on_sigterm(waiter)
        try:
            while not waiter.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            restore()
    finally:
        fake.stop()
    stream.write("FakeHalo stopped.\n")
    stream.flush()
    return 0


def _stop_on_sigterm(waiter: threading.Event) -> Callable[[], None]:
    """Make SIGTERM (kill, timeout, a container stopping) end the loop like Ctrl-C does, so the server stops
    cleanly and the database is closed. Returns what puts the old handler back. Only the main thread can."""
    import signal

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return lambda: None
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: waiter.set())

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


_SERVE_LOG_LIMIT = 10_000  # a server left running keeps only its newest requests in memory


def describe_switches(fake: FakeHalo) -> str:
    """The behaviour switches of a FakeHalo in one line, e.g. "page cap 100, no latency, no rate limit, ..."."""
    parts = [f"page cap {fake.page_cap}"]
    if fake.ignore_page_no:
        parts.append("page_no ignored")
    parts.append(f"latency {fake.latency * 1000:g} ms" if fake.latency else "no latency")
    if fake.rate_limit is None:
        parts.append("no rate limit")
    else:
        count, seconds = fake.rate_limit
        parts.append(f"rate limit {count} requests per {seconds:g} s (429 "
                     f"{'with' if fake.retry_after else 'without'} Retry-After)")
    parts.append(f"fault rate {fake.fault_rate:g}" if fake.fault_rate else "no faults")
    if fake.drop_rate:
        parts.append(f"drop rate {fake.drop_rate:g}")
    parts.append(f"tokens last {fake.token_lifetime:g} s")
    parts.append("POST echoes " + ("every saved object" if fake.post_echo == "all" else "the first saved object"))
    if fake.report_values == "strings":
        parts.append("report cells as text")
    if fake.report_reply == "array":
        parts.append("report runs answer arrays")
    if not fake.reporting:
        parts.append("reports refused (403)")
    return ", ".join(parts)


def _request_printer(stream: TextIO) -> Callable[[RecordedRequest], None]:
    lock = threading.Lock()

    def show(request: RecordedRequest) -> None:
        query = "&".join(f"{name}={value}" for name, value in request.params.items())
        status = "dropped" if request.dropped else str(request.status)
        line = (f"{time.strftime('%H:%M:%S')} {request.method} {request.path}{'?' + query if query else ''} "
                f"-> {status} ({request.server_time * 1000:.1f} ms)")
        if request.unknown_params:
            line += f"  [not in the spec for this path, ignored: {', '.join(request.unknown_params)}]"
        if request.unknown_fields:
            line += f"  [fields the schema lacks, dropped: {', '.join(request.unknown_fields)}]"
        with lock:
            try:
                stream.write(line + "\n")
                stream.flush()
            except (OSError, ValueError):  # a closed or broken stream: stop logging, keep serving
                pass

    return show
