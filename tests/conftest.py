"""What every test runs inside: none of the machine's settings leak in.

The HALO_* variables, a proxy, a CA bundle, NO_COLOR or the real HOME (and with it ~/.halopsa's config, token
cache and sandbox) would change what the SDK, the CLI and the shell do, so each is removed or pointed at a
temporary folder for the whole session, before any fixture builds a client; and a child process imports the
same halopsa as the tests. The SDK's tests against a mocked tenant (``isolated_env``) and tests/cli also give
each test its own HOME.

The fixtures of the installed pytest plugin (halopsa/testing/pytest_plugin.py: ``halo_environment``,
``halo_fake``, ``halo_fake_factory``, ``halo_client``, ...) are what users get; tests use them where they need what
users need. The fixtures here add what the plugin does not offer: one fake server per test module, a clock moved
by hand, and requests-mock's tenant (tests/_support/mocked_tenant.py) for the SDK's unit tests.
"""

from __future__ import annotations

import os
import sys
import time as _time
from pathlib import Path
from typing import Iterator

import pytest
import requests_mock

import halopsa
from tests._support.mocked_tenant import CLIENT_ID, CLIENT_SECRET, TENANT_URL, TOKEN_URL, FakeClock, token_reply

# The plugin is loaded by its ``pytest11`` entry point once halopsa is installed; from a checkout that is not (or
# with PYTEST_DISABLE_PLUGIN_AUTOLOAD), here. Naming it here as well would register it twice, which pytest refuses.
pytest_plugins = [] if "halopsa.testing.pytest_plugin" in sys.modules else ["halopsa.testing.pytest_plugin"]

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
    """The module's fake with an empty request log (tests/cli and tests/testing have their own; tests/shell shares
    ``module_fake`` as it is)."""
    module_fake.clear_requests()  # type: ignore[attr-defined]
    return module_fake


@pytest.fixture
def client(fake: object) -> Iterator[object]:
    """An SDK client connected to ``fake``, closed after the test."""
    with fake.client() as connected:  # type: ignore[attr-defined]
        yield connected

# -- the SDK's unit tests, against requests-mock's tenant (tests/_support/mocked_tenant.py) ---------------------


@pytest.fixture
def isolated_env(tmp_path, monkeypatch):
    """A HOME of the test's own, so no config file or token cache of another test leaks in (clean_environment
    has removed the machine's HALO_* settings). Unlike the plugin's ``halo_environment``, it leaves HALO_HOME
    unset, so the tests of the default home (``~/.halopsa``) see it; modules ask for it with ``pytestmark``."""
    monkeypatch.delenv("HALO_HOME", raising=False)  # the session's: these tests read HOME's ~/.halopsa
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    return home


@pytest.fixture
def halo_mock():
    """requests-mock with a token endpoint that issues ACCESS_TOKEN."""
    with requests_mock.Mocker() as mocker:
        mocker.post(TOKEN_URL, json=token_reply())
        yield mocker


@pytest.fixture
def clock(monkeypatch):
    """A fake clock installed as ``time`` in halopsa.transport and halopsa.auth."""
    import halopsa.auth
    import halopsa.transport

    fake = FakeClock()
    monkeypatch.setattr(halopsa.transport, "time", fake)
    monkeypatch.setattr(halopsa.auth, "time", fake)
    return fake


@pytest.fixture
def make_transport(clock):
    """Build a Transport whose sleeps (backoff and rate limiter) go to the fake clock."""
    from halopsa.config import Settings
    from halopsa.transport import RateLimiter, Transport

    made = []

    def make(rate_limit=None, settings=None, **kwargs):
        settings = settings or Settings(tenant_url=TENANT_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
        kwargs.setdefault("backoff_factor", 0.5)
        transport = Transport(settings, rate_limit=rate_limit, sleep=clock.sleep, **kwargs)
        limit, period = rate_limit if rate_limit is not None else (None, 1.0)
        # The transport builds its limiter on the real monotonic clock; swap in one on the fake clock so a
        # pause after a 429 is "waited" instantly.
        transport.rate_limiter = RateLimiter(limit, period, clock=clock.monotonic, sleep=clock.sleep)
        made.append(transport)
        return transport

    yield make
    for transport in made:
        transport.close()


@pytest.fixture
def make_client(clock):
    """Build a HaloClient for the mocked tenant: no client-side rate limit, no real sleeps."""
    from halopsa import HaloClient
    from halopsa.transport import RateLimiter

    made = []

    def make(**kwargs):
        kwargs.setdefault("rate_limit", None)
        kwargs.setdefault("backoff_factor", 0.001)
        client = HaloClient(TENANT_URL, CLIENT_ID, CLIENT_SECRET, **kwargs)
        client.transport._sleep = clock.sleep  # no real sleep in a unit test, whatever a test provokes
        limit, period = kwargs["rate_limit"] if kwargs["rate_limit"] is not None else (None, 1.0)
        client.transport.rate_limiter = RateLimiter(limit, period, clock=clock.monotonic, sleep=clock.sleep)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
