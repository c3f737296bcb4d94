"""pytest fixtures for code that talks to HaloPSA (registered through the ``pytest11`` entry point).

``halo_fake``          a running FakeHalo with the default demo data, fresh for each test
``halo_fake_factory``  build custom ones: ``fake = halo_fake_factory(tickets=5000, page_cap=50)``
``halo_client``        ``halo_fake.client()``: a HaloClient pointed at the fake

Importing this module costs next to nothing: FakeHalo is imported when a fixture is first used.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, List

import pytest


@pytest.fixture
def halo_fake_factory() -> Iterator[Callable[..., Any]]:
    """A function that starts a FakeHalo with the given switches; every one is stopped after the test."""
    from halopsa.testing import FakeHalo

    started: List[Any] = []

    def factory(**switches: Any) -> Any:
        fake = FakeHalo(**switches).start()
        started.append(fake)
        return fake

    yield factory
    for fake in reversed(started):
        fake.stop()


@pytest.fixture
def halo_fake(halo_fake_factory: Callable[..., Any]) -> Any:
    """A running FakeHalo with the default demo data (seed 0, 200 tickets)."""
    return halo_fake_factory()


@pytest.fixture
def halo_client(halo_fake: Any) -> Iterator[Any]:
    """A halopsa.HaloClient for ``halo_fake``."""
    client = halo_fake.client()
    yield client
    close = getattr(client, "close", None)
    if callable(close):
        close()
