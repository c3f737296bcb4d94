"""Client-side lookups for ``QuerySet.where()``: ``summary__icontains="printer"``, ``status_id__in=[1, 2]``.

A lookup names a model field (declared or not) or, failing that, a custom field by name. These run in Python
over every fetched record, so a ``where()`` query reads every page the server filters leave.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable, Collection, Dict, Iterable, List, Mapping, Optional, Tuple, cast

from .._encoding import parse_datetime
from ..exceptions import HaloQueryError

__all__ = ["compile_predicates", "LOOKUPS", "Predicate", "lacks_fields", "absent_fields"]

_ABSENT = object()


def _comparable(left: Any, right: Any) -> Tuple[Any, Any]:
    if isinstance(left, dt.datetime) and isinstance(right, str):
        right = parse_datetime(right)
    elif isinstance(left, dt.datetime) and isinstance(right, dt.date) and not isinstance(right, dt.datetime):
        right = dt.datetime(right.year, right.month, right.day, tzinfo=left.tzinfo)
    if isinstance(left, dt.datetime) and isinstance(right, dt.datetime):
        if (left.tzinfo is None) != (right.tzinfo is None):
            left, right = left.replace(tzinfo=None), right.replace(tzinfo=None)
    return left, right


def _ordered(op: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def compare(left: Any, right: Any) -> bool:
        if left is None or left is _ABSENT:
            return False
        left, right = _comparable(left, right)
        try:
            return op(left, right)
        except TypeError:
            return False

    return compare


def _exact(left: Any, right: Any) -> bool:
    if left is _ABSENT:
        return False
    if left is not None and right is not None:
        left, right = _comparable(left, right)
    return bool(left == right)


def _text(left: Any) -> str:
    return "" if left is None or left is _ABSENT else str(left)


LOOKUPS: Dict[str, Callable[[Any, Any], bool]] = {
    "exact": _exact,
    "ne": lambda left, right: not _exact(left, right),
    "gt": _ordered(lambda a, b: a > b),
    "gte": _ordered(lambda a, b: a >= b),
    "lt": _ordered(lambda a, b: a < b),
    "lte": _ordered(lambda a, b: a <= b),
    "in": lambda left, right: any(_exact(left, item) for item in right),
    "contains": lambda left, right: str(right) in _text(left),
    "icontains": lambda left, right: str(right).lower() in _text(left).lower(),
    "startswith": lambda left, right: _text(left).startswith(str(right)),
    "istartswith": lambda left, right: _text(left).lower().startswith(str(right).lower()),
    "endswith": lambda left, right: _text(left).endswith(str(right)),
    "iendswith": lambda left, right: _text(left).lower().endswith(str(right).lower()),
    "isnull": lambda left, right: (left is None or left is _ABSENT) == bool(right),
    "regex": lambda left, right: right.search(_text(left)) is not None,
    "iregex": lambda left, right: right.search(_text(left)) is not None,
}

Predicate = Tuple[str, str, Any, Callable[[Any, Any], bool]]


def compile_predicates(lookups: Dict[str, Any], fields: Optional[Mapping[str, Any]] = None) -> List[Predicate]:
    """``where()`` lookups as predicates. ``fields`` (a model's declared fields and their types) lets a date
    given as text be checked now, before anything is sent."""
    predicates: List[Predicate] = []
    for key, value in lookups.items():
        field, _, op = key.partition("__")
        op = op or "exact"
        if op not in LOOKUPS or not field:
            known = ", ".join(sorted(LOOKUPS))
            raise HaloQueryError(f"unknown lookup '{key}' in where(); use field__op with op one of: {known}",
                                 kind="unknown_lookup", name=key, suggestions=sorted(LOOKUPS))
        if fields is not None and fields.get(field) is dt.datetime and op in _COMPARING:
            value = _as_datetime(key, value)  # the text lookups (startswith="2024-05", ...) compare text
        if op in ("regex", "iregex"):
            try:
                value = re.compile(value, re.IGNORECASE if op == "iregex" else 0)
            except (re.error, TypeError) as exc:
                raise HaloQueryError(f"where({key}=...) needs a valid regular expression: {exc}") from None
        if op == "in" and (isinstance(value, (str, bytes)) or not hasattr(value, "__iter__")):
            raise HaloQueryError(f"where({key}=...) needs a list of values")
        predicates.append((key, field, value, LOOKUPS[op]))
    return predicates


_COMPARING = frozenset({"exact", "ne", "gt", "gte", "lt", "lte", "in"})


def _as_datetime(key: str, value: Any) -> Any:
    """A date lookup's value, with text parsed as ISO 8601 (lists element by element)."""
    if isinstance(value, (list, tuple, set, frozenset)):
        rebuild = cast("Callable[[Iterable[Any]], Any]", type(cast(Any, value)))
        return rebuild(_as_datetime(key, item) for item in cast("Collection[Any]", value))
    if not isinstance(value, str):
        return value
    try:
        return parse_datetime(value)
    except ValueError:
        raise HaloQueryError(f"where({key}={value!r}): not a date; give it in ISO 8601, e.g. 2024-05-01 or "
                             "2024-05-01T09:00:00") from None


def field_value(record: Any, field: str) -> Any:
    """A record's value for a lookup: a field (declared or sent by the server), else a custom field by name."""
    return record._lookup_value(field, _ABSENT)


def matches(record: Any, predicates: List[Predicate]) -> bool:
    for _, field, value, test in predicates:
        if not test(field_value(record, field), value):
            return False
    return True


def lacks_fields(record: Any, fields: Iterable[str]) -> bool:
    """True for a partial record (a list row) that does not carry one of ``fields``: custom fields and
    detail-only fields come with the full record only."""
    return record.is_partial and any(field_value(record, field) is _ABSENT for field in fields)


def absent_fields(record: Any, fields: Iterable[str]) -> List[str]:
    """The ``fields`` a record has no value for at all (not sent, not declared, not a custom field)."""
    return [field for field in fields if field_value(record, field) is _ABSENT]
