"""What every command gets: the global options, the client they describe, and the output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from ._errors import LOCAL, CommandFailed, UsageError
from ._output import Output, clear_progress, color_wanted
from ._waits import announce_wait

__all__ = ["Context", "sandbox_db_path", "sandbox_unusable"]


def sandbox_db_path() -> Path:
    """The sandbox database: the rule is the fake's own (``halopsa.testing.sandbox_path``), imported only here,
    so that ``halo --help`` never loads the fake."""
    from ..testing import sandbox_path

    return sandbox_path()


def sandbox_unusable(path: Any, error: Exception,
                     advice: str = "run 'halo sandbox reset' to start afresh, or set HALO_SANDBOX_DB to a file in a "
                                   "folder you can write") -> CommandFailed:
    """The sandbox database at ``path`` cannot be opened or read (a damaged file, a folder that cannot be
    written)."""
    return CommandFailed(f"cannot use the sandbox database {path}: {error}; {advice}", LOCAL)


class Context:
    """The global options of one ``halo`` run. ``client()`` connects on first use; ``close()`` cleans up."""

    def __init__(self, options: argparse.Namespace) -> None:
        self.options = options
        self._client: Any = None
        self._cleanups: List[Callable[[], None]] = []

    # -- output -------------------------------------------------------------------------------------------

    def output(self, command_options: Optional[argparse.Namespace] = None) -> Output:
        """The output chosen after the action (``--json``, ``-o``, ``--no-csv-guard``) or else before the resource
        (the CSV guard: also $HALO_CSV_GUARD)."""
        fmt = getattr(command_options, "output", None) or self.options.output or "table"
        csv_guard = getattr(command_options, "csv_guard", None)
        if csv_guard is None:
            from ..config import csv_guard_from_env  # HALO_* are read in one place

            csv_guard = csv_guard_from_env() if self.options.csv_guard is None else self.options.csv_guard
        stream = sys.stdout
        return Output(fmt, stream, color=color_wanted(stream, self.options.no_color), csv_guard=csv_guard)

    def note(self, text: str) -> None:
        """A line for the person at the terminal (never on standard output, which may be piped)."""
        clear_progress()
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    # -- the client -----------------------------------------------------------------------------------------

    def client(self) -> Any:
        if self._client is None:
            self._client = self.make_client()
            self._cleanups.append(self._client.close)
        return self._client

    def make_client(self) -> Any:
        """A new HaloClient from the global options (the caller closes it). The token cache is on, so
        consecutive commands share one token. With --sandbox, a local sandbox is started (and stopped by
        ``close()``)."""
        from ..client import HaloClient
        from ..config import max_retries_from_env

        options = self.options
        kwargs: Dict[str, Any] = {"on_wait": announce_wait}  # every wait of 2 s or more: one line on stderr
        retries = max_retries_from_env()
        if retries is not None:
            kwargs["max_retries"] = retries
        if options.timeout:
            kwargs["timeout"] = options.timeout
        if options.sandbox:
            given = [flag for flag, value in (("--tenant-url", options.tenant_url), ("--client-id", options.client_id),
                                              ("--client-secret", options.client_secret),
                                              ("--profile", options.profile)) if value]
            if given:
                raise UsageError(f"--sandbox connects to the local sandbox; leave out {', '.join(given)}")
            import sqlite3

            from ..testing import start_sandbox

            path = sandbox_db_path()
            try:
                fake = start_sandbox(path)  # its folder is made private (0700): it keeps your data
            except sqlite3.Error as error:
                raise sandbox_unusable(path, error) from None
            self._cleanups.append(fake.stop)
            # auth_url and scope are explicit so that nothing from HALO_* or the config file (such as a real
            # tenant's auth server) applies to the sandbox. Its tokens die with it: no cache.
            # It has no rate limit either, so the client keeps none (HALO_RATE_LIMIT is a real tenant's).
            return HaloClient(tenant_url=fake.url, client_id=fake.client_id, client_secret=fake.client_secret,
                              auth_url=fake.auth_url, scope="all", token_cache=False, rate_limit=fake.rate_limit,
                              **kwargs)
        return HaloClient(tenant_url=options.tenant_url, client_id=options.client_id,
                          client_secret=options.client_secret, profile=options.profile, token_cache=True, **kwargs)

    def close(self) -> None:
        while self._cleanups:
            cleanup = self._cleanups.pop()
            try:
                cleanup()
            except Exception:  # noqa: BLE001 - cleaning up must not hide the command's own result
                pass
