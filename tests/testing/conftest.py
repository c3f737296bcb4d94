"""Fixtures for testing FakeHalo itself with plain `requests` (never the SDK: the fake must stand on its own).

``halo_fake`` and ``halo_fake_factory`` are the installed plugin's (halopsa/testing/pytest_plugin.py), as users
get them."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from tests._support.plain_http import Halo


@pytest.fixture
def halo(halo_fake: Any) -> Iterator[Halo]:
    client = Halo(halo_fake)
    yield client
    client.close()


@pytest.fixture(scope="module")
def shared_fake() -> Iterator[Any]:
    """One read-only fake for tests that only read (cheaper than one per test)."""
    from halopsa.testing import FakeHalo

    with FakeHalo() as fake:
        yield fake


@pytest.fixture
def reader(shared_fake: Any) -> Iterator[Halo]:
    client = Halo(shared_fake)
    yield client
    client.close()


@pytest.fixture(scope="module")
def fake(request: Any) -> Iterator[Any]:
    """A fake of the test module's own, shared by its tests (which may write); a module-level ``FAKE_SWITCHES``
    dict, if the module has one, gives its switches."""
    from halopsa.testing import FakeHalo

    with FakeHalo(**getattr(request.module, "FAKE_SWITCHES", {})) as running:
        yield running


@pytest.fixture(scope="module")
def fake_halo(fake: Any) -> Iterator[Halo]:
    """A ``Halo`` session on ``fake``, for the module."""
    client = Halo(fake)
    yield client
    client.close()
