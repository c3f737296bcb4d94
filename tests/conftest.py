"""What every test runs inside: none of the machine's settings leak in.

The HALO_* variables, a proxy, a CA bundle, NO_COLOR or the real HOME (and with it ~/.halopsa's config, token
cache and sandbox) would change what the SDK, the CLI and the shell do, so each is removed or pointed at a
temporary folder for the whole session, before any fixture builds a client; and a child process imports the
same halopsa as the tests. The suites of tests/core and tests/cli also give each test its own HOME.
"""

from __future__ import annotations

import os
import time as _time
from pathlib import Path
from typing import Iterator

import pytest

import halopsa

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
OTHER_VARIABLES = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "NO_COLOR", "FORCE_COLOR", "NETRC")


@pytest.fixture(scope="session", autouse=True)
def clean_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("HALO_") or name.lower() in PROXY_VARIABLES or name in OTHER_VARIABLES:
                patch.delenv(name)
        # jedi and parso keep their caches under ~/.cache: keep using the real one, so the shell's tests do
        # not parse the standard library's stubs again on every run
        patch.setenv("XDG_CACHE_HOME", os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache"))
        patch.setenv("HOME", str(home))
        patch.setenv("USERPROFILE", str(home))
        patch.setenv("HALO_HOME", str(home / ".halopsa"))
        # the `halo` and `python -m halopsa` that tests start import the halopsa these tests import (an
        # installed one they find anyway: site-packages on PYTHONPATH would go before the standard library)
        source = Path(halopsa.__file__).resolve().parent.parent
        if source.name not in ("site-packages", "dist-packages"):
            patch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(source), os.environ.get("PYTHONPATH")])))
        yield home


class ShiftedClock:
    """The ``time`` module, with ``time()`` and ``monotonic()`` moved on by ``advance()`` instead of by
    sleeping: a test of a window or a lifetime then waits for nothing and cannot be outrun by a slow machine."""

    def __init__(self) -> None:
        self.offset = 0.0

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def time(self) -> float:
        return _time.time() + self.offset

    def monotonic(self) -> float:
        return _time.monotonic() + self.offset

    def __getattr__(self, name: str) -> object:
        return getattr(_time, name)


@pytest.fixture
def shifted_clock(monkeypatch: pytest.MonkeyPatch) -> ShiftedClock:
    """One ShiftedClock, installed as ``time`` in the SDK's auth and in the fake server."""
    import halopsa.auth
    import halopsa.testing._fake

    clock = ShiftedClock()
    monkeypatch.setattr(halopsa.auth, "time", clock)
    monkeypatch.setattr(halopsa.testing._fake, "time", clock)
    return clock


@pytest.fixture(scope="module")
def module_fake(request: pytest.FixtureRequest) -> Iterator[object]:
    """A FakeHalo of the test module's own, shared by its tests (which may write): one server per module, never
    one per test. A module-level ``FAKE_OPTIONS`` dict gives its options (seed, tickets, switches)."""
    from halopsa.testing import FakeHalo

    with FakeHalo(**getattr(request.module, "FAKE_OPTIONS", {})) as running:
        yield running


@pytest.fixture
def fake(module_fake: object) -> object:
    """The module's fake with an empty request log (tests/cli, tests/shell and tests/testing have their own)."""
    module_fake.clear_requests()  # type: ignore[attr-defined]
    return module_fake


@pytest.fixture
def client(fake: object) -> Iterator[object]:
    """An SDK client connected to ``fake``, closed after the test."""
    with fake.client() as connected:  # type: ignore[attr-defined]
        yield connected
