"""Fixtures for the CLI tests: a private home folder, FakeHalo servers, and `halo` runners.

`halo(...)` runs `main([...])` in this process (stdout/stderr captured, standard input not a terminal) with
HALO_* pointing at a FakeHalo; `halo_process(...)` runs the installed command in a subprocess.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterator, List, Optional

import pytest

@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and HALO_HOME in a temporary folder of the test's own: nothing reads or writes the real ~/.halopsa
    (config, token cache, sandbox), nor another test's. tests/conftest.py has removed the HALO_* settings."""
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    path = tmp_path / "halo-home"
    monkeypatch.setenv("HALO_HOME", str(path))
    monkeypatch.chdir(tmp_path)
    return path


@pytest.fixture(scope="session")
def shared_fake() -> Iterator[Any]:
    """One FakeHalo for reads (tests that count or write use ``fake``)."""
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=1, tickets=120) as server:
        yield server


@pytest.fixture
def fake() -> Iterator[Any]:
    """A fresh FakeHalo for one test."""
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=2, tickets=60) as server:
        yield server


class Result:
    """What one `halo` run showed."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err

    @property
    def err_lines(self) -> List[str]:
        return self.err.splitlines()

    def __repr__(self) -> str:
        return f"<Result code={self.code} out={self.out[:200]!r} err={self.err!r}>"


class TerminalInput(io.StringIO):
    """Standard input that claims to be a terminal (for delete's question)."""

    def isatty(self) -> bool:
        return True


def connect(monkeypatch: pytest.MonkeyPatch, server: Any) -> None:
    monkeypatch.setenv("HALO_TENANT_URL", server.url)
    monkeypatch.setenv("HALO_CLIENT_ID", server.client_id)
    monkeypatch.setenv("HALO_CLIENT_SECRET", server.client_secret)


Runner = Callable[..., Result]


def _runner(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Runner:
    from halopsa.cli import main

    def run(*args: str, stdin: Optional[io.StringIO] = None) -> Result:
        monkeypatch.setattr(sys, "stdin", stdin if stdin is not None else io.StringIO(""))
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def halo(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, shared_fake: Any) -> Runner:
    """`halo ...` in-process against the shared FakeHalo (reads only)."""
    connect(monkeypatch, shared_fake)
    shared_fake.clear_requests()
    return _runner(capsys, monkeypatch)


@pytest.fixture
def halo_rw(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, fake: Any) -> Runner:
    """`halo ...` in-process against a fresh FakeHalo (``fake``), for tests that write or count."""
    connect(monkeypatch, fake)
    return _runner(capsys, monkeypatch)


@pytest.fixture
def halo_bare(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Runner:
    """`halo ...` in-process with no credentials anywhere."""
    return _runner(capsys, monkeypatch)


def halo_executable() -> List[str]:
    """The installed `halo` script of this interpreter, else `python -m halopsa`."""
    script = Path(sys.executable).with_name("halo")
    return [str(script)] if script.exists() else [sys.executable, "-m", "halopsa"]


def interruptible() -> None:
    """A ``preexec_fn`` for a child the test interrupts with SIGINT: a runner started in the background (``&``
    in a script) ignores SIGINT, and a child inherits that, so Ctrl-C would never reach it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def halo_process() -> Callable[..., subprocess.CompletedProcess]:
    """Run the installed `halo` in a subprocess (standard input: /dev/null, not a terminal)."""

    def run(*args: str, env: Optional[dict] = None, timeout: float = 30) -> subprocess.CompletedProcess:
        environment = dict(os.environ)
        environment.update(env or {})
        return subprocess.run(halo_executable() + list(args), stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, env=environment, timeout=timeout)

    return run
