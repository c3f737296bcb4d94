from __future__ import annotations

import pytest


@pytest.fixture
def fake_factory():
    """Start FakeHalo servers with the given switches; all are stopped at the end of the test."""
    from halopsa.testing import FakeHalo

    started = []

    def make(**switches):
        fake = FakeHalo(**switches)
        fake.start()
        started.append(fake)
        return fake

    yield make
    for fake in started:
        fake.stop()


def fast_client(fake, **kwargs):
    """A client that retries quickly, so fault tests take milliseconds."""
    kwargs.setdefault("backoff_factor", 0.001)
    kwargs.setdefault("rate_limit", None)
    return fake.client(**kwargs)


def api_calls(fake, method=None, path=None):
    return [r for r in fake.requests if r.path.startswith("/api/")
            and (method is None or r.method == method)
            and (path is None or r.path.lower() == path.lower())]
