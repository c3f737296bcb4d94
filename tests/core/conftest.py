"""Fixtures for the core SDK tests: an isolated environment, a mocked tenant, a fake clock, quick clients."""

from __future__ import annotations

import pytest
import requests_mock

from core_support import CLIENT_ID, CLIENT_SECRET, TENANT_URL, TOKEN_URL, FakeClock, token_reply


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """A HOME of the test's own, so no config file or token cache of another test leaks in (tests/conftest.py
    has removed the machine's HALO_* settings)."""
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
