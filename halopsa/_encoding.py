"""Python values to HaloPSA's wire forms (query strings and JSON), and ISO 8601 parsing."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Collection, Dict, List, Mapping, Optional, cast

__all__ = ["encode_value", "encode_params", "format_datetime", "parse_datetime", "json_object", "json_array"]

_FRACTION = re.compile(r"\.(\d+)")


def format_datetime(value: dt.datetime) -> str:
    """ISO 8601 as Halo writes it: ``2024-05-01T09:30:00Z`` for UTC, no offset for naive values."""
    if value.tzinfo is not None:
        offset = value.utcoffset()
        if offset == dt.timedelta(0):
            text = value.replace(tzinfo=None).isoformat(timespec="milliseconds" if value.microsecond else "seconds")
            return text + "Z"
        return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")


def parse_datetime(text: str) -> dt.datetime:
    """Parse the ISO 8601 forms Halo sends (``Z`` suffix, 0 to 7 fraction digits, offsets) on Python 3.9+."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    match = _FRACTION.search(value)
    if match and len(match.group(1)) != 6:
        digits = (match.group(1) + "000000")[:6]
        value = value[: match.start(1)] + digits + value[match.end(1):]
    return dt.datetime.fromisoformat(value)


def encode_value(value: Any) -> Optional[str]:
    """One query parameter value: lowercase booleans, comma-separated lists, ISO dates, model ids."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        items = cast("Collection[Any]", value)
        if isinstance(value, (set, frozenset)):
            items = sorted(items, key=str)
        return ",".join(str(encode_value(item)) for item in items)
    record_id = getattr(value, "id", None) if hasattr(value, "_resource") else None
    if record_id is not None:
        return str(record_id)
    return str(value)


def encode_params(params: Mapping[str, Any]) -> Dict[str, str]:
    encoded: Dict[str, str] = {}
    for key, value in params.items():
        text = encode_value(value)
        if text is not None:
            encoded[key] = text
    return encoded


def json_object(value: Any) -> Optional[Dict[str, Any]]:
    """``value`` if it is a JSON object (a dict), typed as one; else None. For reading a decoded reply."""
    return cast(Any, value) if isinstance(value, dict) else None


def json_array(value: Any) -> Optional[List[Any]]:
    """``value`` if it is a JSON array (a list), typed as one; else None. For reading a decoded reply."""
    return cast(Any, value) if isinstance(value, list) else None
