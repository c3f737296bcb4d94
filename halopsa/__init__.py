"""halopsa: the Python SDK, command line and shell for the HaloPSA REST API.

    from halopsa import HaloClient

    with HaloClient() as client:            # settings from arguments, HALO_* variables or ~/.halopsa/config.yaml
        for ticket in client.tickets.filter(open_only=True).order_by("-id")[:10]:
            print(ticket.id, ticket.summary)

Names are imported on first use, so ``import halopsa`` (and ``halo --version``) stays fast.
"""

from __future__ import annotations

from importlib import import_module

from ._version import __version__

TYPE_CHECKING = False  # typing costs ~5 ms of `halo --version`: it is imported only by type checkers

__all__ = [
    "__version__",
    "HaloClient",
    "AsyncHaloClient",
    "Page",
    "QuerySet",
    "Model",
    "Settings",
    "WaitEvent",
    "HaloDriftWarning",
    "HaloError",
    "HaloConfigError",
    "HaloQueryError",
    "HaloConnectionError",
    "HaloTimeoutError",
    "HaloTokenError",
    "HaloPaginationError",
    "HaloAPIError",
    "HaloValidationError",
    "HaloAuthenticationError",
    "HaloForbiddenError",
    "HaloNotFoundError",
    "HaloRateLimitError",
    "HaloServerError",
    "MultipleObjectsReturned",
    "HaloReportError",
    "models",
]

_LAZY = {
    "HaloClient": "client",
    "AsyncHaloClient": "client",
    "Page": "client",
    "QuerySet": "query.queryset",
    "Model": "models.base",
    "Settings": "config",
    "WaitEvent": "_waits",
    "HaloDriftWarning": "query.pagination",
    "models": None,
}
_EXCEPTIONS = {name for name in __all__ if name.startswith("Halo") and name not in _LAZY} | {"MultipleObjectsReturned"}

if TYPE_CHECKING:  # pragma: no cover
    from . import models
    from .client import AsyncHaloClient, HaloClient, Page
    from .config import Settings
    from ._waits import WaitEvent
    from .exceptions import (HaloAPIError, HaloAuthenticationError, HaloConfigError, HaloConnectionError,
                             HaloError, HaloForbiddenError, HaloNotFoundError, HaloPaginationError,
                             HaloQueryError, HaloRateLimitError, HaloReportError, HaloServerError,
                             HaloTimeoutError, HaloTokenError, HaloValidationError, MultipleObjectsReturned)
    from .models.base import Model
    from .query.pagination import HaloDriftWarning
    from .query.queryset import QuerySet
    from typing import Any, List


def _load(name: str) -> "Any":
    if name in _EXCEPTIONS:
        value = getattr(import_module(".exceptions", __name__), name)
    elif name in _LAZY:
        module = _LAZY[name]
        value = import_module(f".{name}" if module is None else f".{module}", __name__)
        if module is not None:
            value = getattr(value, name)
    else:
        raise AttributeError(f"module 'halopsa' has no attribute '{name}'")
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(__all__)


if not TYPE_CHECKING:  # type checkers see the names above only, so a misspelt import is an error in the editor
    __getattr__ = _load
