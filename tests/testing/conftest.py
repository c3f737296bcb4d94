"""Fixtures for testing FakeHalo itself with plain `requests` (never the SDK: the fake must stand on its own)."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from fakehalo_helpers import Halo

# The plugin's fixtures, so these tests work whether or not the package's pytest11 entry point is installed.
from halopsa.testing.pytest_plugin import (halo_client, halo_environment, halo_fake,  # noqa: F401
                                            halo_fake_factory)


@pytest.fixture
def halo(halo_fake: Any) -> Iterator[Halo]:  # noqa: F811 - the fixture imported above
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
