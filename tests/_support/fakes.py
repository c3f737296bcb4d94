"""SDK clients on a FakeHalo for the tests over HTTP: quick to give up, and the API requests they sent."""

from __future__ import annotations


def fast_client(fake, **kwargs):
    """A client that retries quickly, so fault tests take milliseconds."""
    kwargs.setdefault("backoff_factor", 0.001)
    kwargs.setdefault("rate_limit", None)
    return fake.client(**kwargs)


def api_calls(fake, method=None, path=None):
    return [r for r in fake.requests if r.path.startswith("/api/")
            and (method is None or r.method == method)
            and (path is None or r.path.lower() == path.lower())]
