"""Turn ``filter()`` keywords and ``order_by()`` keys into HaloPSA query parameters, rejecting bad input locally."""

from __future__ import annotations

# pyright: reportUnnecessaryIsInstance=false

import datetime as dt
import difflib
import re
from typing import Any, Collection, Dict, List, Mapping, Sequence, Tuple, cast

from .._encoding import encode_value, parse_datetime
from ..exceptions import HaloQueryError
from ..resources import Filter, Resource

__all__ = ["compile_filters", "compile_ordering", "coerce_filter_value", "resolve_filter_name", "MAX_ORDER_KEYS"]

MAX_ORDER_KEYS = 5
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INT_TEXT = re.compile(r"^-?\d+$")


def resolve_filter_name(resource: Resource, name: str) -> str:
    """The server filter a keyword names: the filter itself, or a relation (``client=`` -> ``client_id``)."""
    filters = resource.filters
    if name in filters:
        return name
    relation = resource.relation(name)
    if relation is not None:
        for candidate in (relation.filter, relation.field):
            if candidate and candidate in filters:
                return candidate
    lowered = name.lower()
    suggestions: List[str] = []
    if re.fullmatch(r"order(desc)?[2-5]?", lowered):
        reason, hint = "order", "; the order is set with .order_by(\"-id\", \"summary\")"
    elif lowered in _PAGING_PARAMS:
        reason, hint = "paging", "; paging is done for you: slice the QuerySet (qs[:100]) or set .page_size(N)"
    elif "__" in name:
        reason, hint = "lookup", f"; lookups such as '{name}' filter on the client: use .where({name}=...)"
    elif relation is not None:
        reason = "relation"
        hint = (f"; Halo's API cannot filter {resource.name} by {name} on the server: use "
                f".where({relation.field}=...), which filters in Python after fetching")
    else:
        reason = "unknown"
        usable = [r.name for r in resource.relations if (r.filter or r.field) in filters or r.field in filters]
        suggestions = difflib.get_close_matches(name, list(filters) + usable, n=1, cutoff=0.6)
        hint = (f"; did you mean '{suggestions[0]}'?" if suggestions else "") + (
            f" (to filter on a field the server cannot filter on, use .where({name}=...), "
            "which filters in Python after fetching)")
    raise HaloQueryError(f"unknown filter '{name}' for {resource.name}{hint}", kind="unknown_filter",
                         resource=resource.name, name=name, suggestions=suggestions, reason=reason)


def _bad_value(filter_: Filter, resource: Resource, value: Any, message: str) -> HaloQueryError:
    """A filter's value refused, as data: kind ``"bad_value"``, the filter's ``name`` and the ``value``."""
    return HaloQueryError(message, kind="bad_value", resource=resource.name, name=filter_.name, value=value)


_PAGING_PARAMS = frozenset({"pageinate", "paginate", "page_size", "page_no", "count"})


def _as_int(filter_: Filter, resource: Resource, value: Any) -> int:
    if hasattr(value, "_resource") or hasattr(value, "resource_name"):
        value = getattr(value, "id", value)
    if isinstance(value, bool):
        raise _bad_value(filter_, resource, value,
                         f"filter '{filter_.name}' of {resource.name} takes an integer id, not {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INT_TEXT.match(value.strip()):
        return int(value.strip())
    raise _bad_value(filter_, resource, value,
                     f"filter '{filter_.name}' of {resource.name} takes an integer id, not {value!r}")


def check_params(resource: Resource, params: Mapping[str, Any], known: Mapping[str, Mapping[str, str]],
                 what: str) -> Dict[str, str]:
    """The wire form of ``params``, each checked against ``known`` (an operation's query parameters, by name:
    ``{"type": ...}``); an unknown name or a bad value raises :class:`HaloQueryError` naming ``what``."""
    out: Dict[str, str] = {}
    for name, value in params.items():
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else (
                f"; it takes: {', '.join(sorted(known))}" if known else "; it takes none")
            raise HaloQueryError(f"unknown parameter '{name}' for {what} on {resource.name}{hint}")
        out[name] = coerce_filter_value(resource, Filter(name, known[name]["type"]), value)
    return out


def coerce_filter_value(resource: Resource, filter_: Filter, value: Any) -> str:
    """Check ``value`` against the filter's type and return its wire form."""
    kind = filter_.type
    if kind == "int":
        return str(_as_int(filter_, resource, value))
    if kind == "bool":
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", "yes", "no"):
            return "true" if value.strip().lower() in ("true", "1", "yes") else "false"
        if isinstance(value, int) and value in (0, 1):
            return "true" if value else "false"
        raise _bad_value(filter_, resource, value,
                         f"filter '{filter_.name}' of {resource.name} takes true or false, not {value!r}")
    if kind == "int_list":
        if isinstance(value, str):
            items: List[Any] = [part for part in value.split(",") if part.strip()]
        elif isinstance(value, (list, tuple, set, frozenset)):
            items = list(cast("Collection[Any]", value))
        else:
            items = [value]
        if not items:
            raise _bad_value(filter_, resource, value,
                             f"filter '{filter_.name}' of {resource.name} needs at least one id")
        return ",".join(str(_as_int(filter_, resource, item)) for item in items)
    if kind == "str_list":
        if isinstance(value, (list, tuple, set, frozenset)):
            return ",".join(str(item) for item in cast("Collection[Any]", value))
        return str(value)
    if kind == "datetime":
        if isinstance(value, (dt.datetime, dt.date)):
            return str(encode_value(value))
        if isinstance(value, str):
            try:
                parse_datetime(value)
            except ValueError:
                raise _bad_value(filter_, resource, value,
                                 f"filter '{filter_.name}' of {resource.name} takes an ISO 8601 date such as "
                                 f"2024-05-01 or 2024-05-01T09:00:00Z, not {value!r}") from None
            return value.strip()
        raise _bad_value(filter_, resource, value,
                         f"filter '{filter_.name}' of {resource.name} takes a date or datetime, not {value!r}")
    if kind == "float":
        try:
            return repr(float(value)) if not isinstance(value, bool) else _bad_number(filter_, resource, value)
        except (TypeError, ValueError):
            return _bad_number(filter_, resource, value)
    if value is None:
        raise _bad_value(filter_, resource, value,
                         f"filter '{filter_.name}' of {resource.name} needs a value, not None")
    return str(encode_value(value))


def _bad_number(filter_: Filter, resource: Resource, value: Any) -> str:
    raise _bad_value(filter_, resource, value,
                     f"filter '{filter_.name}' of {resource.name} takes a number, not {value!r}")


def compile_filters(resource: Resource, filters: Mapping[str, Any]) -> Dict[str, str]:
    """Validate and encode server filters. Raises :class:`HaloQueryError` before anything is sent."""
    compiled: Dict[str, str] = {}
    for name, value in filters.items():
        target = resolve_filter_name(resource, name)
        compiled[target] = coerce_filter_value(resource, resource.filters[target], value)
    return compiled


def compile_ordering(resource: Resource, keys: Sequence[str]) -> Dict[str, str]:
    """``("-id", "summary")`` -> ``{"order": "id", "orderdesc": "true", "order2": "summary"}``."""
    if not keys:
        return {}
    if not resource.supports_ordering:
        raise HaloQueryError(f"{resource.name} cannot be ordered by the server; sort in Python instead, "
                             f"e.g. sorted(qs, key=lambda r: r.id)")
    if len(keys) > MAX_ORDER_KEYS:
        raise HaloQueryError(f"HaloPSA orders by at most {MAX_ORDER_KEYS} fields; {len(keys)} were given")
    params: Dict[str, str] = {}
    for position, key in enumerate(keys, start=1):
        if not isinstance(key, str):
            raise HaloQueryError(f"order_by() takes field names, not {key!r}")
        descending = key.startswith("-")
        field = key[1:] if descending else key.lstrip("+")
        if not _FIELD_NAME.match(field):
            raise HaloQueryError(f"order_by() takes field names such as 'id' or '-dateoccurred', not {key!r}")
        suffix = "" if position == 1 else str(position)
        params[f"order{suffix}"] = field
        if descending:
            params[f"orderdesc{suffix}"] = "true"
    return params


def reverse_ordering(keys: Sequence[str]) -> Tuple[str, ...]:
    return tuple(key[1:] if key.startswith("-") else f"-{key.lstrip('+')}" for key in keys)
