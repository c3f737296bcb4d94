"""pytest fixtures for code that talks to HaloPSA (registered through the ``pytest11`` entry point).

``halo_fake``          a running FakeHalo with the default demo data, fresh for each test
``halo_fake_factory``  build custom ones: ``fake = halo_fake_factory(tickets=5000, page_cap=50)``
``halo_client``        ``halo_fake.client()``: a HaloClient pointed at the fake
``halo_use_fake``      point ``HALO_*`` at a fake you started yourself: ``halo_use_fake(module_fake)``
``halo_environment``   the machine's HaloPSA settings out of the way (the fixtures above use it)

While a test runs, the ``HALO_*`` variables name the fake (the latest one the test started) and nothing else of
the machine's applies: every other ``HALO_*`` variable is removed and the halo home folder (config file, token
cache, sandbox) is an empty temporary one. So a ``HaloClient()`` built by the code under test, with no
arguments, reaches the fake and can never reach a real tenant. All is put back after the test.

Importing this module costs next to nothing: FakeHalo is imported when a fixture is first used.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, List

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from ..client import HaloClient
    from ._fake import FakeHalo

_LOOPBACK = ("127.0.0.1", "localhost")


@pytest.fixture
def halo_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Remove every ``HALO_*`` variable and point the halo home folder (``HALO_HOME``: config file, token cache,
    sandbox) and ``HALO_CONFIG`` at an empty temporary folder, which it returns; the fake on 127.0.0.1 bypasses any
    proxy. ``monkeypatch`` undoes it all after the test (and keeps a test's own changes in order)."""
    for name in list(os.environ):
        if name.upper().startswith("HALO_"):
            monkeypatch.delenv(name)
    home = tmp_path_factory.mktemp("halo-home")
    monkeypatch.setenv("HALO_HOME", str(home))
    monkeypatch.setenv("HALO_CONFIG", str(home / "config.yaml"))
    for name in ("NO_PROXY", "no_proxy"):
        listed = [host for host in os.environ.get(name, "").split(",") if host.strip()]
        monkeypatch.setenv(name, ",".join(listed + [host for host in _LOOPBACK if host not in listed]))
    return home


@pytest.fixture
def halo_use_fake(halo_environment: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], Any]:
    """A function that points ``HALO_*`` at a running FakeHalo and returns it: for a fake the test did not start,
    such as one a module-scoped fixture of yours shares between a module's tests (faster than one per test). The
    machine's settings are out of the way as with ``halo_environment``, and all is put back after the test."""

    def use(fake: Any) -> Any:
        for name, value in (("HALO_TENANT_URL", fake.url), ("HALO_CLIENT_ID", fake.client_id),
                            ("HALO_CLIENT_SECRET", fake.client_secret), ("HALO_AUTH_URL", fake.auth_url)):
            monkeypatch.setenv(name, value)
        return fake

    return use


@pytest.fixture
def halo_fake_factory(halo_use_fake: Callable[[Any], Any]) -> Iterator[Callable[..., Any]]:
    """A function that starts a FakeHalo with the given switches and points ``HALO_*`` at it; every one is stopped
    after the test."""
    from halopsa.testing import FakeHalo

    started: List[Any] = []

    def factory(**switches: Any) -> Any:
        fake = FakeHalo(**switches).start()
        started.append(fake)
        return halo_use_fake(fake)

    yield factory
    for fake in reversed(started):
        fake.stop()


@pytest.fixture
def halo_fake(halo_fake_factory: Callable[..., Any]) -> "FakeHalo":
    """A running FakeHalo with the default demo data (seed 0, 200 tickets); ``HALO_*`` name it."""
    fake: "FakeHalo" = halo_fake_factory()
    return fake


@pytest.fixture
def halo_client(halo_fake: "FakeHalo") -> Iterator["HaloClient"]:
    """A halopsa.HaloClient for ``halo_fake``."""
    client = halo_fake.client()
    yield client
    client.close()
