"""Fixtures for the CLI tests: a private home folder, FakeHalo servers, and `halo` runners.

`halo(...)` runs `main([...])` in this process (stdout/stderr captured, standard input not a terminal) with
HALO_* pointing at a FakeHalo; `halo_process(...)` runs the installed command in a subprocess. The home folder and
the HALO_* variables come from the plugin's fixtures (``halo_environment``, ``halo_use_fake``,
``halo_fake_factory``); the runners from tests/_support/cli.py.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import pytest

from tests._support.cli import Runner, halo_executable, in_process


@pytest.fixture(autouse=True)
def home(halo_environment: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The plugin's ``halo_environment`` (no HALO_* setting of the machine), with the halo home (HALO_HOME) moved
    to a folder of the test's tmp_path that is not made yet and HALO_CONFIG unset, so a test sees halo make the
    folder and look for its config file where it does by default; HOME and the working folder are temporary too.
    Nothing reads or writes the real ~/.halopsa (config, token cache, sandbox), nor another test's."""
    path = tmp_path / "halo-home"
    monkeypatch.setenv("HALO_HOME", str(path))
    monkeypatch.delenv("HALO_CONFIG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.chdir(tmp_path)
    return path


@pytest.fixture(scope="session")
def shared_fake() -> Iterator[Any]:
    """One FakeHalo for reads (tests that count or write use ``fake``)."""
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=1, tickets=120) as server:
        yield server


@pytest.fixture
def fake(halo_fake_factory: Callable[..., Any]) -> Any:
    """A fresh FakeHalo for one test, which HALO_* name."""
    return halo_fake_factory(seed=2, tickets=60)


@pytest.fixture
def halo(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, shared_fake: Any,
         halo_use_fake: Callable[[Any], Any]) -> Runner:
    """`halo ...` in-process against the shared FakeHalo (reads only)."""
    halo_use_fake(shared_fake)
    shared_fake.clear_requests()
    return in_process(capsys, monkeypatch)


@pytest.fixture
def halo_rw(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, fake: Any) -> Runner:
    """`halo ...` in-process against a fresh FakeHalo (``fake``), for tests that write or count."""
    return in_process(capsys, monkeypatch)


@pytest.fixture
def halo_bare(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Runner:
    """`halo ...` in-process with no credentials anywhere."""
    return in_process(capsys, monkeypatch)


@pytest.fixture
def halo_process() -> Callable[..., subprocess.CompletedProcess]:
    """Run the installed `halo` in a subprocess (standard input: /dev/null, not a terminal)."""

    def run(*args: str, env: Optional[dict] = None, timeout: float = 30) -> subprocess.CompletedProcess:
        environment = dict(os.environ)
        environment.update(env or {})
        return subprocess.run(halo_executable() + list(args), stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, env=environment, timeout=timeout)

    return run
