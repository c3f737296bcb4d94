"""Writes checked against Halo's schema before anything is sent.

A create or update body may carry only the fields of its family's POST schema (the registry's ``write_fields``),
each with a value of the field's type. ``id`` and ``customfields`` always pass; so does any field the record
itself came back from the server with (the tenant has it, whatever the spec says). Families whose spec has no
schema are not checked. ``HaloClient(check_fields=False)`` (or ``halo <resource> create|update --unchecked``)
turns the check off for fields a tenant has beyond the spec.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any, Collection, Dict, Mapping, Optional, cast

from .exceptions import HaloFieldError

if TYPE_CHECKING:  # pragma: no cover
    from .resources import Resource

__all__ = ["check_write", "field_type_error", "HaloFieldError"]

ALWAYS_ALLOWED = frozenset({"id", "customfields"})

_TYPE_WORDS = {
    "int": "a whole number", "float": "a number", "bool": "true or false", "str": "text",
    "datetime": "an ISO 8601 date such as 2024-05-01T09:00:00Z", "list": "a list", "object": "an object (a dict)",
}


def check_write(resource: "Resource", body: Mapping[str, Any], known: Collection[str] = ()) -> Dict[str, Any]:
    """``body`` as it is sent: each value in its field's JSON type (``"2"`` for a whole number becomes ``2``,
    ``123`` for text ``"123"``, ``"true"`` for a flag ``True``, a datetime ISO 8601 text). Raises
    :class:`HaloFieldError` (a :class:`HaloQueryError`) for a field ``resource``'s schema lacks (with a
    suggestion) or a value of the wrong type. ``known``: further field names to accept (those of the record
    being saved)."""
    fields = resource.write_fields
    if fields is None:
        return dict(body)
    sent: Dict[str, Any] = {}
    for name, value in body.items():
        kind = fields.get(name)
        if name == "id":  # checked and normalised by the id rule (halopsa/_ids.py), whatever the schema says
            sent[name] = value
            continue
        if kind is None:
            if name in ALWAYS_ALLOWED or name in known:
                sent[name] = value
                continue
            import difflib

            close = difflib.get_close_matches(name, list(fields), n=1, cutoff=0.7)
            suggestion = close[0] if close else None
            raise HaloFieldError(
                unknown_field_message(resource.name, name, suggestion, resource.schema,
                                      "HaloClient(check_fields=False) sends it anyway"),
                resource.name, name, suggestion, schema=resource.schema)
        problem = field_type_error(kind, value)
        if problem:
            raise HaloFieldError(wrong_type_message(resource.name, name, problem, value), resource.name, name,
                                 expected=problem, value=value, schema=resource.schema)
        sent[name] = _as_json_type(kind, value)
    return sent


def _as_json_type(kind: str, value: Any) -> Any:
    """A value that passed ``field_type_error``, in the JSON type of its field."""
    if value is None:
        return None
    if kind == "int" and isinstance(value, str):
        return int(value.strip())
    if kind == "float" and isinstance(value, str):
        return float(value)
    if kind == "bool" and isinstance(value, str):
        return value.strip().lower() == "true"
    if kind == "str" and isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.datetime):
        from ._encoding import format_datetime

        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(cast(Any, value))
    return value


def unknown_field_message(resource: str, name: str, suggestion: Optional[str], schema: Optional[str],
                          escape: str) -> str:
    """The words for an unknown field; ``escape`` says how to send it anyway, in the caller's terms."""
    hint = f"; did you mean '{suggestion}'?" if suggestion else ""
    return (f"unknown field '{name}' for {resource}{hint} (Halo's {schema} schema has no such field; for a field "
            f"your tenant has beyond the spec, {escape})")


def wrong_type_message(resource: str, name: str, expected: str, value: Any) -> str:
    return f"field '{name}' of {resource} takes {expected}, not {_shown(value)}"


def field_type_error(kind: str, value: Any) -> Optional[str]:
    """What ``value`` should have been for a field of ``kind``, or None when it fits. None always fits (it
    clears the field)."""
    if value is None or kind == "any":
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return _TYPE_WORDS.get(kind, "a value") + " (NaN and infinities cannot be sent as JSON)"
    ok: bool
    if kind == "int":
        ok = (isinstance(value, int) and not isinstance(value, bool)) or _is_whole_text(value)
    elif kind == "float":
        ok = (isinstance(value, (int, float)) and not isinstance(value, bool)) or _is_number_text(value)
    elif kind == "bool":
        ok = isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in ("true", "false"))
    elif kind == "str":
        ok = isinstance(value, (str, int, float)) and not isinstance(value, bool)
    elif kind == "datetime":
        ok = isinstance(value, (dt.date, dt.datetime)) or (isinstance(value, str) and _is_date_text(value))
    elif kind == "list":
        ok = isinstance(value, (list, tuple))
    elif kind == "object":
        ok = isinstance(value, Mapping)
    else:
        ok = True
    return None if ok else _TYPE_WORDS.get(kind, kind)


def _is_whole_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip()
    return text.lstrip("-").isdigit() and text.count("-") <= 1


def _is_number_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return math.isfinite(float(value))
    except ValueError:
        return False


def _is_date_text(value: str) -> bool:
    if not value.strip():
        return True  # Halo takes an empty string as "no date"
    from ._encoding import parse_datetime

    try:
        parse_datetime(value)
    except ValueError:
        return False
    return True


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
