"""Incremental reads: ``qs.updated_since(when)`` and the CLI's ``--since 2h``, through Halo's
``lastupdatefromdate`` list filter (the catalog says which resources take it)."""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, List, Optional

from ..exceptions import HaloQueryError

if TYPE_CHECKING:  # pragma: no cover
    from ..resources import Resource

__all__ = ["SINCE_FILTER", "since_value", "since_resources", "parse_since"]

from ..resources import SINCE_FILTER  # noqa: E402 - the registry's name for it (the CLI reads it from there)
_AGO = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def since_resources() -> List[str]:
    """The resources whose listing takes ``lastupdatefromdate``."""
    from ..resources import REGISTRY

    return [name for name, resource in REGISTRY.items() if resource.can_list and SINCE_FILTER in resource.filters]


def _utc_text(moment: _dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def since_value(resource: "Resource", when: Any, now: Optional[_dt.datetime] = None) -> str:
    """``when`` as the ISO 8601 UTC text Halo's filter takes, or HaloQueryError when ``resource`` cannot be
    read by last update or ``when`` is no moment."""
    if SINCE_FILTER not in resource.filters:
        able = ", ".join(since_resources())
        raise HaloQueryError(f"{resource.name} cannot be read by last update: its listing has no "
                             f"{SINCE_FILTER} filter (these can: {able})")
    now = now or _dt.datetime.now(_dt.timezone.utc)
    if isinstance(when, _dt.timedelta):
        if when < _dt.timedelta(0):
            raise HaloQueryError(f"updated_since() takes a time in the past; a negative timedelta is {when}")
        return _utc_text(now - when)
    if isinstance(when, _dt.datetime):
        return _utc_text(when)
    if isinstance(when, _dt.date):
        return _utc_text(_dt.datetime(when.year, when.month, when.day))
    if isinstance(when, str):
        return parse_since(when, now)
    raise HaloQueryError(f"updated_since() takes a datetime, a date, an ISO 8601 text or a timedelta, not "
                         f"{type(when).__name__}")


def parse_since(text: str, now: Optional[_dt.datetime] = None) -> str:
    """``2h``, ``7d``, ``30m``, ``90s``, ``2w`` (that long before now) or an ISO 8601 date or time (naive means
    UTC) as Halo's UTC text."""
    now = now or _dt.datetime.now(_dt.timezone.utc)
    ago = _AGO.match(text)
    if ago:
        return _utc_text(now - _dt.timedelta(**{_UNITS[ago.group(2).lower()]: int(ago.group(1))}))
    try:
        moment = _dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise HaloQueryError(f"expected a time such as 2024-05-01, 2024-05-01T08:00:00Z, 2h, 7d or 30m, not "
                             f"{text!r}") from None
    if moment > (now if moment.tzinfo else now.replace(tzinfo=None)):
        raise HaloQueryError(f"since {text!r} is in the future")
    return _utc_text(moment)
