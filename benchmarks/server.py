"""FakeHalo in a separate process, so that the client under test and the server never share a GIL.

Run as ``python -m benchmarks.server --tickets 10000``: the child prints one JSON line with the tenant URL and
credentials, then obeys one JSON command a line on stdin, answering each with one JSON line on stdout:

    {"op": "set", "latency": 0.05}     change FakeHalo switches
    {"op": "clear"}                    empty the request log
    {"op": "log"}                      the request log: [[method, path, params, status, items], ...] and
                                       the number of token requests
    {"op": "quit"}                     stop

:class:`ServerProcess` is the parent's side of that protocol.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

__all__ = ["ServerProcess", "LoggedRequest", "REPO_ROOT", "child_env"]

# method, path, query parameters, status answered, number of records in a JSON array body (else None)
LoggedRequest = Tuple[str, str, Dict[str, str], Optional[int], Optional[int]]
REPO_ROOT = Path(__file__).resolve().parent.parent


def child_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """The environment for a child Python that must import ``benchmarks`` and this checkout's ``halopsa``.

    Bytecode caching is switched back on (some machines set PYTHONDONTWRITEBYTECODE): an installed package has
    its .pyc files, and compiling every module on every start would measure the compiler, not the package.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


class ServerProcess:
    """A FakeHalo served by a child Python process. Use it as a context manager."""

    def __init__(self, tickets: int, latency: float = 0.0, page_cap: int = 100,
                 rate_limit: Optional[Tuple[int, float]] = None, seed: int = 0) -> None:
        self.options = {"tickets": tickets, "latency": latency, "page_cap": page_cap, "seed": seed,
                        "rate_limit": list(rate_limit) if rate_limit else None}
        self._process: Optional[subprocess.Popen] = None
        self.url = ""
        self.client_id = ""
        self.client_secret = ""

    def __enter__(self) -> "ServerProcess":
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def start(self) -> "ServerProcess":
        command = [sys.executable, "-m", "benchmarks.server", "--options", json.dumps(self.options)]
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                         bufsize=1, cwd=REPO_ROOT, env=child_env())
        ready = self._read()
        self.url, self.client_id, self.client_secret = ready["url"], ready["client_id"], ready["client_secret"]
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            self._send(process, {"op": "quit"})
            process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()

    def client(self, **options: Any) -> Any:
        """A HaloClient pointed at this server (rate limiter off unless ``rate_limit`` is given)."""
        from halopsa import HaloClient

        settings: Dict[str, Any] = {"tenant_url": self.url, "client_id": self.client_id,
                                    "client_secret": self.client_secret, "rate_limit": None}
        settings.update(options)
        return HaloClient(**settings)

    def set(self, **switches: Any) -> None:
        self._call({"op": "set", **switches})

    def clear(self) -> None:
        self._call({"op": "clear"})

    def log(self) -> Tuple[List[LoggedRequest], int]:
        """The requests received since the last ``clear()`` and the number of token requests."""
        reply = self._call({"op": "log"})
        return [tuple(entry) for entry in reply["requests"]], reply["token_requests"]  # type: ignore[misc]

    def env(self) -> Dict[str, str]:
        """HALO_* variables that point the ``halo`` command at this server."""
        return {"HALO_TENANT_URL": self.url, "HALO_CLIENT_ID": self.client_id,
                "HALO_CLIENT_SECRET": self.client_secret}

    # -- protocol ---------------------------------------------------------------------------------------------

    def _call(self, command: Dict[str, Any]) -> Dict[str, Any]:
        if self._process is None:
            raise RuntimeError("the server process is not running")
        self._send(self._process, command)
        return self._read()

    @staticmethod
    def _send(process: subprocess.Popen, command: Dict[str, Any]) -> None:
        assert process.stdin is not None
        process.stdin.write(json.dumps(command) + "\n")
        process.stdin.flush()

    def _read(self) -> Dict[str, Any]:
        assert self._process is not None and self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the FakeHalo server process exited; run `python -m benchmarks.server` to see why")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(f"FakeHalo server: {reply['error']}")
        return reply


# ------------------------------------------------------------------------------------------------- the child


def _serve(options: Dict[str, Any]) -> int:
    from halopsa.testing import FakeHalo

    rate_limit = tuple(options["rate_limit"]) if options.get("rate_limit") else None
    fake = FakeHalo(seed=options.get("seed", 0), tickets=options["tickets"], latency=options.get("latency", 0.0),
                    page_cap=options.get("page_cap", 100), rate_limit=rate_limit)
    fake.start()
    _reply({"url": fake.url, "client_id": fake.client_id, "client_secret": fake.client_secret})
    try:
        for line in sys.stdin:
            command = json.loads(line)
            op = command.pop("op")
            if op == "quit":
                break
            try:
                _reply(_obey(fake, op, command))
            except Exception as error:  # noqa: BLE001 - report it to the parent instead of dying
                _reply({"error": f"{op}: {type(error).__name__}: {error}"})
    finally:
        fake.stop()
    return 0


def _obey(fake: Any, op: str, command: Dict[str, Any]) -> Dict[str, Any]:
    if op == "set":
        if command.get("rate_limit") is not None:
            command["rate_limit"] = tuple(command["rate_limit"])
        fake.set(**command)
        return {"ok": True}
    if op == "clear":
        fake.clear_requests()
        return {"ok": True}
    if op == "log":
        requests = [[r.method, r.path, r.params, r.status, len(r.json) if isinstance(r.json, list) else None]
                    for r in fake.requests]
        return {"requests": requests, "token_requests": fake.token_requests}
    raise ValueError(f"unknown op {op!r}")


def _reply(message: Dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server",
                                     description="FakeHalo in its own process, driven by JSON lines on stdin.")
    parser.add_argument("--options", default="{}", help='JSON: {"tickets": 10000, "latency": 0.05, ...}')
    args = parser.parse_args(argv)
    options = {"tickets": 200, **json.loads(args.options)}
    return _serve(options)


if __name__ == "__main__":
    sys.exit(main())
