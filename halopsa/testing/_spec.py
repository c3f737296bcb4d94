"""What Halo's OpenAPI document says, as the fake reads it from the generated ``_known_params`` module.

That module is large (every path, parameter and schema field of the spec), so it is imported on first use: a fake
that only starts and stops never pays for it. Everything here is cached after the first call.
"""

from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Tuple, Union

__all__ = ["PAGING", "ORDER", "ORDER_DESC", "ALWAYS_KNOWN", "Family", "Endpoint", "known_params", "schema_fields",
           "spec_roots", "families", "endpoint", "route_key", "listed_params"]

PAGING = frozenset({"pageinate", "page_size", "page_no"})
ORDER = ("order", "order2", "order3", "order4", "order5")
ORDER_DESC = ("orderdesc", "orderdesc2", "orderdesc3", "orderdesc4", "orderdesc5")
ALWAYS_KNOWN = PAGING | frozenset(ORDER) | frozenset(ORDER_DESC)


class Family(NamedTuple):
    """A collection family of the spec: a first path segment with ``GET /X`` or ``GET /X/{id}``."""

    path: str        # Halo's spelling, e.g. "RecurringInvoice"
    operations: str  # letters: l GET /X, g GET /X/{id}, p POST /X (an array of records), d DELETE /X/{id}
    schema: str      # the schema of the POST body's records; "" when the family has no such POST


class Endpoint(NamedTuple):
    """A path of the spec and the methods it has."""

    path: str                   # as the spec spells it, e.g. "/Invoice/{id}/void"
    methods: Tuple[str, ...]    # upper-cased, e.g. ("POST",)


def _generated() -> Any:
    from . import _known_params  # large: imported on first use

    return _known_params


_listed_cache: Dict[str, FrozenSet[str]] = {}
_known_cache: Dict[str, FrozenSet[str]] = {}


def listed_params(route: str) -> FrozenSet[str]:
    """The lower-cased query parameters the spec lists for a route such as "/tickets" or "/tickets/{id}"
    (``route_key`` of a spec path): what tells a list that pages (``pageinate``) or counts (``count``)."""
    listed = _listed_cache.get(route)
    if listed is None:
        listed = _listed_cache[route] = frozenset(_generated().KNOWN_PARAMS.get(route, "").split())
    return listed


def known_params(route: str) -> FrozenSet[str]:
    """The parameters a request to the route may carry without being logged as unknown: those the spec lists,
    plus paging and ordering, which every list takes."""
    known = _known_cache.get(route)
    if known is None:
        known = _known_cache[route] = listed_params(route) | ALWAYS_KNOWN
    return known


_field_cache: Dict[str, Dict[str, str]] = {}


def schema_fields(schema: str) -> Dict[str, str]:
    """lower-cased field name -> the schema's spelling; empty when the spec has no such schema."""
    fields = _field_cache.get(schema)
    if fields is None:
        text = _generated().KNOWN_FIELDS.get(schema, "")
        fields = _field_cache[schema] = {name.lower(): name for name in text.split()}
    return fields


# Tables built on first use are built whole and only then published (one assignment): the server's threads may
# ask for them at the same moment, and none may see one half filled.
_families: Optional[Dict[str, Family]] = None


def families() -> Dict[str, Family]:
    """Every collection family of the spec, by lower-cased first segment (the 32 hand-modelled ones included)."""
    global _families
    if _families is None:
        built = {}
        for root, text in _generated().FAMILIES.items():
            path, operations, schema = text.split()
            built[root] = Family(path, operations, "" if schema == "-" else schema)
        _families = built
    return _families


_TEMPLATE = re.compile(r"\{[^{}]*\}")
_WHOLE_TEMPLATE = re.compile(r"^\{[^{}]*\}$")
# (lower-cased first segment, number of segments) -> [(matchers, endpoint)]; a matcher is a lower-cased literal
# or, for a segment with a path parameter in it, a compiled pattern
_Matcher = Union[str, "re.Pattern[str]"]
_Index = Dict[Tuple[str, int], List[Tuple[Tuple[_Matcher, ...], Endpoint]]]
_index: Optional[_Index] = None


def _endpoint_index() -> _Index:
    global _index
    if _index is None:
        built: _Index = {}
        for path, methods in _generated().SPEC_PATHS.items():
            segments = path.strip("/").split("/")
            matchers = tuple(_matcher(segment) for segment in segments)
            key = (segments[0].lower(), len(segments))
            built.setdefault(key, []).append((matchers, Endpoint(path, tuple(methods.split()))))
        _index = built
    return _index


def _matcher(segment: str) -> _Matcher:
    if "{" not in segment:
        return segment.lower()
    literals = _TEMPLATE.split(segment)
    return re.compile(".+".join(re.escape(part) for part in literals), re.IGNORECASE)


def spec_roots() -> FrozenSet[str]:
    """The lower-cased first path segment of every path in Halo's OpenAPI document."""
    return frozenset(root for root, _count in _endpoint_index())


def endpoint(segments: Sequence[str], method: str = "") -> Optional[Endpoint]:
    """The spec path a request path (segments after /api) falls on, case-insensitively, or None.

    Literal segments beat path parameters, leftmost first: /Asset/NextTag is not /Asset/{id}. Between equally good
    matches, one that has ``method`` wins (the spec has /Automation/{id} for GET and /Automation/{runbookId} for
    POST)."""
    candidates = _endpoint_index().get((segments[0].lower(), len(segments)), ())
    best: Optional[Tuple[Tuple[int, ...], Endpoint]] = None
    for matchers, found in candidates:
        score: List[int] = []
        for matcher, segment in zip(matchers, segments):
            if isinstance(matcher, str):
                if matcher != segment.lower():
                    break
                score.append(2)
            elif matcher.fullmatch(segment):
                score.append(0 if matcher.pattern == ".+" else 1)  # {id} alone, or {id} with literal text
            else:
                break
        else:
            ranked = tuple(score) + (int(method in found.methods),)
            if best is None or ranked > best[0]:
                best = (ranked, found)
    return best[1] if best is not None else None


def route_key(path: str) -> str:
    """A spec path as ``KNOWN_PARAMS`` keys it: lower-cased, each whole-segment parameter written ``{id}``
    ("/Automation/{runbookId}" -> "/automation/{id}"), so a resource's ``/{id}`` route finds its parameters."""
    return "/".join("{id}" if _WHOLE_TEMPLATE.match(segment) else segment
                    for segment in path.lower().split("/"))
