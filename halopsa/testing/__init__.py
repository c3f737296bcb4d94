"""A fake HaloPSA tenant over real HTTP, for tests and the sandbox.

    from halopsa.testing import FakeHalo

    with FakeHalo(tickets=500, page_cap=50) as fake:
        client = fake.client()
        ...
        assert fake.api_requests("GET", "/api/Tickets")

Standard library only; nothing here imports the rest of halopsa until ``FakeHalo.client()`` is called.
See docs/testing.md.
"""

from __future__ import annotations

from ._fake import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, FakeHalo, RecordedRequest
from ._sandbox import async_sandbox_client, reset_sandbox, sandbox_client, sandbox_path, serve, start_sandbox

__all__ = [
    "FakeHalo",
    "RecordedRequest",
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "sandbox_path",
    "start_sandbox",
    "sandbox_client",
    "async_sandbox_client",
    "reset_sandbox",
    "serve",
]
