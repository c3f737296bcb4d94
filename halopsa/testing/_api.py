"""What the fake HaloPSA answers to an authenticated /api request, independent of HTTP.

``Api.handle`` takes the method, the path segments after ``/api``, the query parameters and the decoded body and
returns a ``Reply``. Faults, rate limits, tokens and the request log live in ``_fake``; sockets in ``_server``.

Behaviour follows the API notes (halopsa-api-notes.md) and Halo's OpenAPI document:

* a query parameter acts only when the spec lists it for that path (Halo ignores the others, and so does this);
* lists: envelope per resource, ``pageinate``/``page_size``/``page_no`` paging clamped to ``page_cap``,
  ``count``, ``order``..``order5``/``orderdesc``..``orderdesc5``, ``search``, id and id-list filters,
  ``open_only``/``closed_only``, ``datesearch`` with ``startdate``/``enddate``, ``idonly``, ``includeinactive``;
* POST takes a JSON array; elements without an id create, with an id update only the fields they carry;
  fields the resource's schema does not have are dropped, as Halo's model binding does;
* the 32 resources of ``_resources`` are modelled by hand; every other collection family of the spec is served
  generically (``_resources.family_resource``) with exactly the operations the spec gives it; the spec's other
  operations answer 501, but for the few sub-endpoints in ``_SUB_ENDPOINTS``;
* ``POST /Report`` with ``_loadreportonly`` and ``GET /Report/{id}?loadreport=true`` run report SQL over Halo's
  table names (``_reports``, ``_tsql``); the rest of /Report is the generic resource;
* filtered and sorted lists are cached per query (minus paging) until the next write, and each list row's JSON
  is cached beside the record it was made from, so a page is mostly a join of ready text (``_RowCache``).
"""

from __future__ import annotations

import base64
import binascii
import calendar
import json
import re
import time
import urllib.parse
from collections import OrderedDict
from typing import Any, Callable, Collection, Dict, FrozenSet, Iterable, List, NamedTuple, Optional, Set, Tuple

from . import _demo
from ._reports import Reports
from ._resources import ARRAY, BY_PATH, OBJECT, RESOURCES, ResourceDef, family_resource
from ._spec import ALWAYS_KNOWN, ORDER, ORDER_DESC, PAGING, Endpoint, endpoint, known_params, route_key, schema_fields

__all__ = ["Api", "Reply", "Switches", "Context", "ParamError", "NO_BODY", "known_params", "parse_date",
           "ALWAYS_KNOWN", "DEFAULT_PAGE_SIZE"]

Record = Dict[str, Any]
Predicate = Callable[[Record], bool]

DEFAULT_PAGE_SIZE = 50  # pageinate=true without page_size
JSON_TYPE = "application/json; charset=utf-8"
ROW_CACHE_CHARS = 64_000_000  # encoded list rows kept, at most (about 80 MB); past that no new rows are kept
# Parameters that shape the page or the row, not which rows match: not part of the list cache key.
_NOT_IN_KEY = PAGING | {"count", "idonly", "ticketidonly", "includedetails"}
_TICKET_LIKE = frozenset({"tickets", "opportunities", "projects"})
_WRITES = frozenset({"POST", "DELETE"})
_DEFAULT_TYPE = {"tickets": 1, "opportunities": 5, "projects": 6}
_DEFAULT_TEAM = {"tickets": "Service Desk", "opportunities": "Sales", "projects": "Projects"}
# What a generic family's route serves, by (method, is an /{id} route): the operation letter of ``_spec.Family``.
_GENERIC_OPERATIONS = {("GET", False): "l", ("POST", False): "p", ("GET", True): "g", ("DELETE", True): "d"}


class Reply(NamedTuple):
    status: int
    body: Any = None                       # JSON-able, bytes (sent as is) or None (empty body)
    headers: Tuple[Tuple[str, str], ...] = ()
    content_type: Optional[str] = None      # for bytes bodies


class ParamError(Exception):
    """A query parameter or body value Halo would refuse with 400."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class Switches:
    """The behaviour switches ``_api`` reads (``FakeHalo`` owns and changes them)."""

    def __init__(self) -> None:
        self.page_cap = 100
        self.ignore_page_no = False
        self.post_echo = "all"
        self.envelopes: Dict[str, str] = {}
        self.paging: Dict[str, bool] = {}
        self.count_cap: Optional[int] = None
        self.report_values = "typed"    # "strings": report cells come back as text
        self.report_reply = "object"    # "array": a report run answers an array of one result per element
        self.reporting = True           # False: running reports is refused with 403


def now_iso() -> str:
    return _demo.iso(time.time())


# ------------------------------------------------------------------------------------------- value parsing

_DATE_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$", re.I)


def parse_date(text: str) -> Optional[str]:
    """An ISO 8601 date or date-time -> Halo's naive-UTC form "YYYY-MM-DDTHH:MM:SS"; None if it is not one."""
    match = _DATE_RE.match(text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        ts = calendar.timegm((int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)))
    except (ValueError, OverflowError):
        return None
    if zone and zone.upper() != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        ts -= sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return _demo.iso(ts)


def _bool(params: Dict[str, str], name: str, default: bool = False) -> bool:
    value = params.get(name, "")
    if value == "":
        return default
    lowered = value.strip().lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise ParamError(name, f"The value '{value}' is not valid for {name}: use true or false.")


def _int(params: Dict[str, str], name: str) -> int:
    value = params[name]
    try:
        return int(value.strip())
    except ValueError:
        raise ParamError(name, f"The value '{value}' is not valid for {name}: expected an integer.") from None


def _ints(params: Dict[str, str], name: str) -> Set[int]:
    out: Set[int] = set()
    for part in params[name].split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.add(int(part))
        except ValueError:
            raise ParamError(name, f"The value '{part}' in {name} is not valid: expected comma-separated "
                                   f"integer ids.") from None
    return out


def _date_param(params: Dict[str, str], name: str) -> str:
    value = params[name]
    parsed = parse_date(value)
    if parsed is None:
        raise ParamError(name, f"The value '{value}' is not a valid date for {name}: use ISO 8601, e.g. "
                               f"2024-05-01T00:00:00Z.")
    return parsed


def _sort_key(value: Any) -> Tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, (bool, int, float)):
        return (1, value)
    if isinstance(value, str):
        return (2, value.lower())
    return (3, str(value))


def _not_found(res: ResourceDef, record_id: Any) -> Reply:
    return Reply(404, {"ClassName": "HaloNotFoundException",
                       "Message": f"No {res.schema} record with id {record_id} was found ({res.path}/{record_id})."})


def _bad_request(message: str) -> Reply:
    return Reply(400, {"ClassName": "HaloBadRequestException", "Message": message})


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)  # one instance: json.dumps with options
                                                                       # builds a new encoder on every call


def dumps(value: Any) -> str:
    """JSON as the fake sends it: compact, UTF-8 text (not \\u escapes)."""
    return _ENCODER.encode(value)


class _RowCache:
    """The JSON text of list rows, kept beside the record object it was made from.

    The store never changes a record in place (a write puts a new dict), so a cached text is current exactly while
    its record is still the same object; no other invalidation is needed. Encoding is most of what a page costs,
    so a listing read again (benchmarks, repeated test runs against one fake) costs a join of ready text.
    Texts and owners sit in two plain dicts rather than one dict of (record, text) tuples: a tuple per row would
    be a new object for the cyclic garbage collector, and 100,000 of them trigger a half-second full collection.
    """

    def __init__(self, limit: int = ROW_CACHE_CHARS) -> None:
        self.limit = limit
        self._texts: Dict[Tuple[str, bool], Dict[Any, str]] = {}
        self._owners: Dict[Tuple[str, bool], Dict[Any, Record]] = {}
        self._chars = 0

    def rows(self, name: str, detailed: bool, omit: FrozenSet[str], records: List[Record]) -> List[str]:
        key = (name, detailed)
        texts = self._texts.get(key)
        owners = self._owners.get(key)
        if texts is None or owners is None:
            texts = self._texts[key] = {}
            owners = self._owners[key] = {}
        out: List[str] = []
        added = 0
        for record in records:
            record_id = record["id"]
            if owners.get(record_id) is record:
                out.append(texts[record_id])
                continue
            if detailed:
                text = dumps(record)
            else:
                row = dict(record)  # a C-level copy, then drop the few heavy fields: cheaper than a comprehension
                for field in omit:
                    row.pop(field, None)
                text = dumps(row)
            out.append(text)
            old = texts.get(record_id)
            if old is None and self._chars + added + len(text) > self.limit:
                continue  # full: keep what is cached (a listing read again still finds most of it)
            texts[record_id] = text
            owners[record_id] = record
            added += len(text) - (len(old) if old is not None else 0)
        self._chars += added
        return out

    def clear(self) -> None:
        self._texts = {}
        self._owners = {}
        self._chars = 0


class Context:
    """Per-request notes the API leaves for the request log."""

    __slots__ = ("unknown_params", "unknown_fields", "wrote")

    def __init__(self) -> None:
        self.unknown_params: List[str] = []
        self.unknown_fields: List[str] = []
        self.wrote = False


class Api:
    def __init__(self, store: Any, switches: Switches, base_url: Callable[[], str]) -> None:
        self.store = store
        self.switches = switches
        self.base_url = base_url
        self._cache: "OrderedDict[Tuple[Any, ...], List[Record]]" = OrderedDict()
        self._cache_version = -1
        self._uploads: Dict[str, Dict[str, Any]] = {}  # presigned uploads: tempid -> request + bytes
        self._upload_serial = 0
        self.row_cache = _RowCache()
        self.reports = Reports(store, switches, parse_date, Reply)

    # ======================================================================================= routing

    def handle(self, method: str, segments: List[str], params: Dict[str, str], body: Any,
               ctx: Context) -> Reply:
        """segments: the path after /api split on "/", e.g. ["Tickets", "12"]. params: lower-cased names.

        The 32 resources of ``_resources`` answer as modelled by hand; every other collection family of the spec
        answers generically (``family_resource``), with only the operations the spec gives it; any other path
        of the spec is a modelled sub-endpoint (``_SUB_ENDPOINTS``) or 501, and a path the spec lacks is 404."""
        if not segments or not segments[0]:
            return _no_route(segments)
        root = segments[0].lower()
        res = BY_PATH.get(root) or family_resource(root)
        tail = [s.lower() for s in segments[1:]]
        route = self._resource_route(res, segments, tail) if res is not None else ""
        if not route or res is None or (res.generic and not _generic_serves(res, method, route)):
            return self._endpoint(method, segments, params, body, ctx)
        known = known_params(route)
        ctx.unknown_params = [name for name in params if name not in known]
        return self._guarded(method, lambda: self._route(method, res, route, tail, params, body, known, ctx))

    def _resource_route(self, res: ResourceDef, segments: List[str], tail: List[str]) -> str:
        """The route of a resource a path falls on ("/tickets", "/tickets/{id}", "/agent/me", ...), or "" when
        it is one of the spec's other paths under the resource (or none at all)."""
        base = "/" + res.path.lower()
        if not tail:
            return base
        if len(tail) == 1 and tail[0] == "me" and res.name in ("agents", "users", "clients"):
            return base + "/me"
        if res.name == "attachments" and tail[0] in ("gets3presignedurl", "presignedurluploadcomplete"):
            return base + "/" + tail[0] if len(tail) == 1 else ""
        if res.name == "attachments" and tail[0] == "document" and len(tail) == 2:
            return base + "/document/{id}"
        if len(tail) == 1 and not _is_int(tail[0]):
            # /Asset/NextTag is a path of its own, not asset "NextTag"
            found = endpoint(segments)
            if found is not None and "{" not in found.path.rsplit("/", 1)[-1]:
                return ""
        return base + "/{id}" if len(tail) == 1 else ""

    def _guarded(self, method: str, answer: Callable[[], Reply]) -> Reply:
        """Run a request's answer on current data, with a bad parameter turned into Halo's 400."""
        try:
            if method in _WRITES:
                # The whole write, its checks included, in one transaction: with a sandbox file shared by several
                # processes, that holds SQLite's write lock and starts from every change the others committed.
                with self.store.transaction():
                    return answer()
            self.store.refresh()  # a sandbox file: apply what other processes committed (in memory: nothing)
            return answer()
        except ParamError as error:
            return Reply(400, {error.field: [error.message]})

    def _endpoint(self, method: str, segments: List[str], params: Dict[str, str], body: Any,
                  ctx: Context) -> Reply:
        """A path of the spec outside the resource routes: a modelled sub-endpoint, else 501 (Halo has it, the
        fake does not model it), 405 (the path lacks the method) or 404 (Halo has no such path)."""
        found = endpoint(segments, method)
        if found is None:
            return _no_route(segments)
        known = known_params(route_key(found.path))
        ctx.unknown_params = [name for name in params if name not in known]
        if method not in found.methods:
            return _method_not_allowed(method, allow=found.methods)
        answer = _SUB_ENDPOINTS.get(f"{method} {found.path.lower()}")
        if answer is None:
            return _not_modelled(method, segments, found)
        return self._guarded(method, lambda: answer(self, segments, body, ctx))

    def _route(self, method: str, res: ResourceDef, route: str, tail: List[str], params: Dict[str, str],
               body: Any, known: FrozenSet[str], ctx: Context) -> Reply:
        if res.name == "reports":
            ran: Optional[Reply] = self.reports.answer(method, route, tail, params, body)
            if ran is not None:
                return ran
        if route.endswith("/me"):
            if method != "GET":
                return _method_not_allowed(method)
            return self.me(res)
        if route.endswith("/gets3presignedurl"):
            return self.presign(body) if method == "POST" else _method_not_allowed(method)
        if route.endswith("/presignedurluploadcomplete"):
            return self.upload_complete(body, ctx) if method == "POST" else _method_not_allowed(method)
        if route.endswith("/document/{id}"):
            if method == "GET":
                return self.document(tail[1])
            if method == "DELETE":
                return self.delete(res, tail[1], params, ctx)
            return _method_not_allowed(method)
        if route.endswith("/{id}"):
            if method == "GET":
                return self.get_one(res, tail[0], params)
            if method == "DELETE":
                return self.delete(res, tail[0], params, ctx)
            return _method_not_allowed(method)
        if method == "GET":
            return self.list(res, params, known)
        if method == "POST":
            return self.post(res, body, ctx)
        return _method_not_allowed(method)

    # ======================================================================================= lists

    def list(self, res: ResourceDef, params: Dict[str, str], known: FrozenSet[str]) -> Reply:
        records = self._matching(res, params, known)
        total = len(records)
        switches = self.switches
        paged = switches.paging.get(res.name, res.paged)
        page_no = page_size = None
        if paged and _bool(params, "pageinate"):
            page_size = _int(params, "page_size") if params.get("page_size", "") != "" else DEFAULT_PAGE_SIZE
            if page_size < 1:
                page_size = DEFAULT_PAGE_SIZE
            page_size = min(page_size, switches.page_cap)
            page_no = _int(params, "page_no") if params.get("page_no", "") != "" else 1
            page_no = max(page_no, 1)
            served = 1 if switches.ignore_page_no else page_no
            start = (served - 1) * page_size
            records = records[start:start + page_size]
        elif res.count and "count" in known and params.get("count", "") != "":
            count = max(_int(params, "count"), 0)
            if switches.count_cap is not None:
                count = min(count, switches.count_cap)
            records = records[:count]
        items = "[" + ",".join(self._row_texts(res, records, params, known)) + "]"
        envelope, key = self.envelope(res)
        if envelope == ARRAY:
            return _json_text(items)
        head: Dict[str, Any] = {}
        if page_no is not None:
            head["page_no"] = page_no      # echoed as asked, even when ignore_page_no served page 1
            head["page_size"] = page_size  # the size actually used (after the cap)
        head["record_count"] = total
        return _json_text(dumps(head)[:-1] + "," + dumps(key) + ":" + items + "}")

    def envelope(self, res: ResourceDef) -> Tuple[str, str]:
        choice = self.switches.envelopes.get(res.name, res.envelope)
        if choice.startswith(OBJECT + ":"):
            return OBJECT, choice.split(":", 1)[1]
        return choice, res.key

    def _matching(self, res: ResourceDef, params: Dict[str, str], known: FrozenSet[str]) -> List[Record]:
        """The filtered, sorted records for a query; cached until the store changes."""
        key = (res.name,) + tuple(sorted((k, v) for k, v in params.items() if k not in _NOT_IN_KEY and k in known))
        store = self.store
        with store.lock:
            if self._cache_version != store.version:
                self._cache.clear()
                self._cache_version = store.version
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            predicates = self._predicates(res, params, known)
            table = store.table(res.name)
            if predicates:
                records = [r for r in table.values() if all(p(r) for p in predicates)]
            else:
                records = list(table.values())
            self._sort(records, params)
            self._cache[key] = records
            if len(self._cache) > 64:
                self._cache.popitem(last=False)
            return records

    def _sort(self, records: List[Record], params: Dict[str, str]) -> None:
        records.sort(key=lambda r: r.get("id", 0))
        keys: List[Tuple[str, bool]] = []
        for order, desc in zip(ORDER, ORDER_DESC):
            field = params.get(order, "").strip()
            if field:
                keys.append((field, _bool(params, desc)))
        if not keys:
            if _bool(params, "orderdesc"):
                records.reverse()
            return
        for field, descending in reversed(keys):
            records.sort(key=lambda r: _sort_key(r.get(field)), reverse=descending)

    def _row_texts(self, res: ResourceDef, records: List[Record], params: Dict[str, str],
                   known: FrozenSet[str]) -> List[str]:
        """The JSON text of each list row: ids only, ticket ids only, or the (abbreviated) record."""
        if "idonly" in known and _bool(params, "idonly"):
            return ['{"id":' + dumps(r["id"]) + "}" for r in records]
        if res.name in _TICKET_LIKE and "ticketidonly" in known and _bool(params, "ticketidonly"):
            wanted = ("id", "sla_id", "status_id", "client_id", "client_name", "lastincomingemail")
            return [dumps({k: r[k] for k in wanted if k in r}) for r in records]
        detailed = not res.list_omit or _bool(params, "includedetails")
        return self.row_cache.rows(res.name, detailed, frozenset(res.list_omit), records)

    # ------------------------------------------------------------------------------------ filters

    def _predicates(self, res: ResourceDef, params: Dict[str, str], known: FrozenSet[str]) -> List[Predicate]:
        def given(name: str) -> bool:
            return name in known and params.get(name, "").strip() != ""

        preds: List[Predicate] = []
        name = res.name
        if res.soft_delete:
            want_deleted = _bool(params, "deleted") if "deleted" in known else False
            preds.append(lambda r: bool(r.get("deleted")) == want_deleted)
        if res.inactive_field and "includeinactive" in known:
            flag = res.inactive_field
            if not _bool(params, "includeinactive"):
                preds.append(lambda r: not r.get(flag))
            if "includeactive" in known and not _bool(params, "includeactive", True):
                preds.append(lambda r: bool(r.get(flag)))
        for param, field in res.int_filters.items():
            if given(param):
                value = _int(params, param)
                preds.append(_field_is(field, value))
        for param, field in res.list_filters.items():
            if given(param):
                ids = _ints(params, param)
                if ids:
                    preds.append(_field_in(field, ids))
        for param, field in res.eq_filters.items():
            if given(param):
                preds.append(_equals(field, params[param]))
        if given("excludethese"):
            excluded = _ints(params, "excludethese")
            preds.append(lambda r: r.get("id") not in excluded)
        if given("toplevel_id") and "toplevel_id" not in res.int_filters and "toplevel_id" not in res.eq_filters:
            toplevel = _int(params, "toplevel_id")
            client_ids = {c["id"] for c in self.store.table("clients").values() if c.get("toplevel_id") == toplevel}
            preds.append(lambda r: r.get("client_id") in client_ids)
        if name in _TICKET_LIKE:
            preds += self._ticket_predicates(params, given)
        elif name == "agents":
            preds += self._agent_predicates(params, known, given)
        elif name == "statuses" and "excludeclosed" in known and _bool(params, "excludeclosed"):
            preds.append(lambda r: r.get("type") != _demo.CLOSED_TYPE)
        elif name == "actions":
            if not given("ticket_id"):
                # Halo's /Actions needs ticket_id in practice; without it the fake answers an empty list.
                preds.append(lambda r: False)
            if "excludeprivate" in known and _bool(params, "excludeprivate"):
                preds.append(lambda r: not r.get("hiddenfromuser"))
            if "importantonly" in known and _bool(params, "importantonly"):
                preds.append(lambda r: bool(r.get("important")))
            if "agentonly" in known and _bool(params, "agentonly"):
                preds.append(lambda r: r.get("who_type") == 1)
        elif name == "clients" and given("search_name_only"):
            needle = params["search_name_only"].strip().lower()
            preds.append(lambda r: needle in str(r.get("name") or "").lower())
        if given("search") and (res.search or res.generic):
            preds.append(self._search(res, params["search"]))
        preds += self._date_predicates(res, params, known, given)
        if res.updated:
            low = _date_param(params, "lastupdatefromdate") if given("lastupdatefromdate") else None
            high = _date_param(params, "lastupdatetodate") if given("lastupdatetodate") else None
            if low is not None or high is not None:
                updated = res.updated
                preds.append(lambda r: bool(r.get(updated)) and (low is None or r[updated][:19] >= low)
                             and (high is None or r[updated][:19] <= high))
        return preds

    def _search(self, res: ResourceDef, text: str) -> Predicate:
        needle = text.strip().lower()
        fields = res.search
        by_id = res.name in _TICKET_LIKE and needle.isdigit()

        def match(r: Record) -> bool:
            if by_id and str(r.get("id")) == needle:
                return True
            for field in fields or _text_fields(r):
                value = r.get(field)
                if value and needle in str(value).lower():
                    return True
            return False

        return match

    def _ticket_predicates(self, params: Dict[str, str], given: Callable[[str], bool]) -> List[Predicate]:
        preds: List[Predicate] = []
        if given("team"):
            ids = _ints(params, "team")
            names = {t.get("name") for t in self.store.table("teams").values() if t.get("id") in ids}
            preds.append(lambda r: r.get("team") in names)
        if given("open_only") or given("closed_only"):
            closed_ids = {s["id"] for s in self.store.table("statuses").values()
                          if s.get("type") == _demo.CLOSED_TYPE}
            if given("open_only") and _bool(params, "open_only"):
                preds.append(lambda r: r.get("status_id") not in closed_ids)
            if given("closed_only") and _bool(params, "closed_only"):
                preds.append(lambda r: r.get("status_id") in closed_ids)
        if given("mine") and _bool(params, "mine"):
            preds.append(lambda r: r.get("agent_id") == _demo.ME_AGENT_ID)
        if given("unlinked_only") and _bool(params, "unlinked_only"):
            preds.append(lambda r: not r.get("parent_id"))
        for param, field in (("search_summary", "summary"), ("search_details", "details"),
                             ("search_user_name", "user_name")):
            if given(param):
                needle = params[param].strip().lower()
                preds.append(_field_contains(field, needle))
        return preds

    def _agent_predicates(self, params: Dict[str, str], known: FrozenSet[str],
                          given: Callable[[str], bool]) -> List[Predicate]:
        preds: List[Predicate] = []
        enabled = _bool(params, "includeenabled", True) if "includeenabled" in known else True
        disabled = _bool(params, "includedisabled", False) if "includedisabled" in known else False
        if not enabled:
            preds.append(lambda r: bool(r.get("isdisabled")))
        if not disabled:
            preds.append(lambda r: not r.get("isdisabled"))
        if not (_bool(params, "includeapiagents") if "includeapiagents" in known else False):
            preds.append(lambda r: not r.get("isapiagent"))

        def team_ids(r: Record) -> Set[Any]:
            return {m.get("team_id") for m in r.get("teams") or ()}

        if given("team_id"):
            team_id = _int(params, "team_id")
            preds.append(lambda r: team_id in team_ids(r))
        if given("teams"):
            wanted = _ints(params, "teams")
            preds.append(lambda r: bool(wanted & team_ids(r)))
        if given("team"):
            team_name = params["team"].strip().lower()
            preds.append(lambda r: str(r.get("team") or "").lower() == team_name
                         or any(str(m.get("team_name") or "").lower() == team_name for m in r.get("teams") or ()))
        return preds

    def _date_predicates(self, res: ResourceDef, params: Dict[str, str], known: FrozenSet[str],
                         given: Callable[[str], bool]) -> List[Predicate]:
        if not res.dates:
            return []
        field: Optional[str] = None
        low = high = None
        if given("startdate") or given("enddate"):
            if given("datesearch"):
                field = res.dates.get(params["datesearch"].strip().lower())
            elif res.name not in _TICKET_LIKE:
                field = next(iter(res.dates.values()))  # e.g. actions: the action's date
            if field:
                low = _date_param(params, "startdate") if given("startdate") else None
                high = _date_param(params, "enddate") if given("enddate") else None
        elif given("start_date") or given("end_date"):  # /Appointment spells them this way
            field = next(iter(res.dates.values()))
            low = _date_param(params, "start_date") if given("start_date") else None
            high = _date_param(params, "end_date") if given("end_date") else None
        if not field:
            return []

        # Stored dates share one format ("YYYY-MM-DDTHH:MM:SS"), so strings compare like the times they hold.
        def in_range(r: Record, f: str = field) -> bool:
            value = r.get(f)
            if not value:
                return False
            value = value[:19]
            return (low is None or value >= low) and (high is None or value <= high)

        return [in_range]

    # ======================================================================================= one record

    def visible(self, res: ResourceDef, record_id: Any) -> Optional[Record]:
        record: Optional[Record] = self.store.get(res.name, record_id)
        if record is None or (res.soft_delete and record.get("deleted")):
            return None
        return record

    def get_one(self, res: ResourceDef, raw_id: str, params: Dict[str, str]) -> Reply:
        record = self.visible(res, raw_id) if _is_int(raw_id) else None
        if record is None:
            return _not_found(res, raw_id)
        if res.name == "actions" and params.get("ticket_id", "").strip():
            # Halo numbers actions within their ticket and reads one with ?ticket_id=; the fake's ids are
            # unique, but a ticket_id that does not match is still a miss.
            if record.get("ticket_id") != _int(params, "ticket_id"):
                return _not_found(res, raw_id)
        if _bool(params, "includedetails"):
            record = dict(record)
            if res.name == "tickets":
                with self.store.lock:
                    record["attachments"] = [a for a in self.store.table("attachments").values()
                                             if a.get("ticket_id") == record["id"]]
            elif res.name == "attachments":
                data = self.store.blobs.get(record["id"], b"")
                record["data_base64"] = base64.b64encode(data).decode("ascii")
        return Reply(200, record)

    def me(self, res: ResourceDef) -> Reply:
        if res.name == "agents":
            record = self.store.get("agents", _demo.ME_AGENT_ID)
        elif res.name == "clients":
            record = self.store.get("clients", _demo.ME_CLIENT_ID)
        else:
            with self.store.lock:
                record = next((u for u in self.store.table("users").values()
                               if u.get("linked_agent_id") == _demo.ME_AGENT_ID), None)
        if record is None:
            return _not_found(res, "me")
        return Reply(200, record)

    # ======================================================================================= writes

    def post(self, res: ResourceDef, body: Any, ctx: Context) -> Reply:
        if not isinstance(body, list):
            got = ("a JSON object" if isinstance(body, dict) else "no body" if body is NO_BODY
                   else "a single JSON value")
            return _bad_request(
                f"The request body must be a JSON array of {res.schema} objects, e.g. [{{\"summary\": ...}}]; "
                f"got {got}. Halo creates and updates with POST /api/{res.path} and an array.")
        if res.name == "attachments":
            return self._post_attachments(body, ctx)
        plan: List[Tuple[Optional[int], Record]] = []
        errors: Dict[str, str] = {}
        unknown: Set[str] = set()
        for index, element in enumerate(body):
            prefix = f"[{index}]"
            if not isinstance(element, dict):
                errors[prefix] = f"Each element must be a {res.schema} object."
                continue
            clean = self._clean(res, element, unknown)
            record_id = clean.get("id")
            if record_id in (None, 0):
                self._validate(res, clean, prefix, errors, creating=True)
                plan.append((None, clean))
            else:
                if not isinstance(record_id, int) or self.visible(res, record_id) is None:
                    return _not_found(res, element.get("id"))
                self._validate(res, clean, prefix, errors, creating=False)
                plan.append((record_id, clean))
        ctx.unknown_fields = sorted(unknown)
        if errors:
            return Reply(400, errors)
        if not plan:
            return _bad_request(f"The request body is an empty array: nothing to save in {res.path}.")
        saved: List[Record] = []
        created = False
        with self.store.transaction():
            for record_id, clean in plan:
                if record_id is None:
                    created = True
                    saved.append(self._create(res, clean))
                else:
                    saved.append(self._update(res, record_id, clean))
        ctx.wrote = True
        return self._echo(saved, created)

    def _echo(self, saved: List[Record], created: bool) -> Reply:
        status = 201 if created else 200
        if self.switches.post_echo == "first":
            return Reply(status, saved[0])
        return Reply(status, saved)

    def _clean(self, res: ResourceDef, element: Record, unknown: Set[str]) -> Record:
        """Keep the fields the schema knows (with its spelling), coerce ids, normalise dates."""
        fields = schema_fields(res.schema)
        clean: Record = {}
        for raw_name, value in element.items():
            lowered = raw_name.lower()
            if lowered == "id":  # a few schemas lack `id`, yet an element's id is what makes it an update
                name: Optional[str] = "id"
            else:
                name = fields.get(lowered) if fields else raw_name
            if name is None:
                unknown.add(raw_name)
                continue
            if (name == "id" or name.endswith("_id")) and isinstance(value, str) and value.strip().lstrip("-").isdigit():
                value = int(value)
            elif isinstance(value, str) and ("date" in name or name in ("datetime", "start_date", "end_date")):
                value = parse_date(value) or value
            clean[name] = value
        return clean

    def _validate(self, res: ResourceDef, clean: Record, prefix: str, errors: Dict[str, str],
                  creating: bool) -> None:
        for field in res.required:
            if creating and field not in clean or field in clean and clean[field] in (None, "", 0):
                if res.name == "users" and field == "name" and (clean.get("firstname") or clean.get("surname")):
                    continue
                errors[f"{prefix}.{field}"] = f"The {field} field is required."
        lookups = list(res.lookups)
        if res.name == "actions":
            lookups += [("ticket_id", "", "tickets"), ("new_status", "", "statuses")]
        elif res.name == "timesheets":
            lookups += [("agent_id", "", "agents")]
        for id_field, _name, source in lookups:
            value = clean.get(id_field)
            if value in (None, 0, ""):
                continue
            if not isinstance(value, int) or self.visible(RESOURCES[source], value) is None:
                errors[f"{prefix}.{id_field}"] = f"{RESOURCES[source].path} {value!r} does not exist."

    def _create(self, res: ResourceDef, clean: Record) -> Record:
        now = now_iso()
        record: Record = {"id": self.store.new_id(res.name)}
        record.update(self._defaults(res, clean, now))
        record.update({k: v for k, v in clean.items() if k != "id"})
        if res.name == "users" and not record.get("name"):
            record["name"] = " ".join(p for p in (record.get("firstname"), record.get("surname")) if p)
        self._derive(res, record, set(record), set(clean), now, created=True)
        self.store.put(res.name, record)
        if res.name == "actions":
            self._action_side_effects(record, clean, now)
        return record

    def _update(self, res: ResourceDef, record_id: int, clean: Record) -> Record:
        now = now_iso()
        old = self.store.get(res.name, record_id)
        record = dict(old)
        for key, value in clean.items():
            if key == "customfields" and isinstance(value, list):
                record[key] = _merge_customfields(old.get("customfields") or [], value)
            else:
                record[key] = value
        self._derive(res, record, set(clean), set(clean), now, created=False, old=old)
        self.store.put(res.name, record)
        return record

    def _defaults(self, res: ResourceDef, clean: Record, now: str) -> Record:
        name = res.name
        if name in _TICKET_LIKE:
            defaults: Record = {
                "summary": "", "details": "", "dateoccurred": now, "status_id": 1,
                "tickettype_id": _DEFAULT_TYPE[name], "sla_id": 1, "priority_id": 3, "client_id": 0, "site_id": 0,
                "user_id": 0, "agent_id": 0, "team": _DEFAULT_TEAM[name], "category_1": "", "categoryid_1": 0,
                "lastactiondate": now, "last_update": now, "dateclosed": None, "onhold": False,
                "flagged": False, "inactive": False, "deleted": False, "parent_id": 0, "child_count": 0,
                "attachment_count": 0, "timetaken": 0.0, "estimate": 0.0, "customfields": [],
            }
            user = self.store.get("users", clean.get("user_id")) if clean.get("user_id") else None
            if user is not None:
                defaults["site_id"] = user.get("site_id", 0)
                defaults["client_id"] = user.get("client_id", 0)
            site_id = clean.get("site_id") or defaults["site_id"]
            site = self.store.get("sites", site_id) if site_id else None
            if site is not None and not clean.get("client_id"):
                defaults["client_id"] = site.get("client_id", 0)
            return defaults
        if name == "actions":
            return {"datetime": now, "actiondatecreated": now, "outcome": "Note", "outcome_id": 1, "who_type": 1,
                    "who_agentid": _demo.ME_AGENT_ID, "actionby_agent_id": _demo.ME_AGENT_ID,
                    "hiddenfromuser": False, "important": False, "timetaken": 0.0, "note": ""}
        if name == "users":
            defaults = {"inactive": False, "customfields": [], "notes": "", "datecreated": now, "client_id": 0,
                        "site_id": 0}
            site = self.store.get("sites", clean.get("site_id")) if clean.get("site_id") else None
            if site is not None:
                defaults["client_id"] = site.get("client_id", 0)
            return defaults
        if name == "clients":
            return {"inactive": False, "toplevel_id": 1, "customfields": [], "notes": "", "datecreated": now}
        if name == "sites":
            return {"inactive": False, "client_id": 0, "notes": "", "datecreated": now}
        if name == "agents":
            return {"isdisabled": False, "isapiagent": False, "is_agent": True, "teams": [], "team": "",
                    "datecreated": now}
        if name == "assets":
            return {"inactive": False, "customfields": [], "fields": [], "notes": ""}
        defaults = {}
        if res.inactive_field:
            defaults[res.inactive_field] = False
        return defaults

    def _derive(self, res: ResourceDef, record: Record, changed: Set[str], explicit: Set[str], now: str,
                created: bool, old: Optional[Record] = None) -> None:
        """Keep the denormalised <thing>_name fields and the ticket's status-driven fields in step.

        changed: the fields that may have changed (every field on a create); explicit: the ones the caller sent.
        """
        if res.updated:
            record[res.updated] = now
        for id_field, name_field, source in res.lookups:
            if id_field in changed:
                value = record.get(id_field)
                other = self.store.get(source, value) if value else None
                record[name_field] = other.get(RESOURCES[source].name_field) if other is not None else None
        if res.name not in _TICKET_LIKE:
            return
        if "user_id" in changed and "user_email" not in explicit:
            user = self.store.get("users", record.get("user_id")) if record.get("user_id") else None
            record["user_email"] = user.get("emailaddress") if user is not None else None
        if "status_id" in changed:
            status = self.store.get("statuses", record.get("status_id")) or {}
            record["onhold"] = status.get("type") == 1
            if "dateclosed" not in explicit:
                closed = status.get("type") == _demo.CLOSED_TYPE
                was = self.store.get("statuses", old.get("status_id")) if old is not None else None
                was_closed = was is not None and was.get("type") == _demo.CLOSED_TYPE
                if not closed:
                    record["dateclosed"] = None
                elif not was_closed or not record.get("dateclosed"):
                    record["dateclosed"] = now

    def _action_side_effects(self, action: Record, clean: Record, now: str) -> None:
        ticket = self.store.get("tickets", action.get("ticket_id"))
        if ticket is None:
            return
        changes: Record = {"lastactiondate": action.get("datetime") or now}
        if clean.get("new_status"):
            changes["status_id"] = clean["new_status"]
        if clean.get("new_agent") is not None:
            changes["agent_id"] = clean["new_agent"]
        if action.get("timetaken"):
            changes["timetaken"] = round(float(ticket.get("timetaken") or 0) + float(action["timetaken"]), 4)
        self._update(RESOURCES["tickets"], ticket["id"], changes)

    def delete(self, res: ResourceDef, raw_id: str, params: Dict[str, str], ctx: Context) -> Reply:
        if not res.deletable:
            return _method_not_allowed("DELETE", f"{res.path} records cannot be deleted through the API.")
        record = self.visible(res, raw_id) if _is_int(raw_id) else None
        if record is None:
            return _not_found(res, raw_id)
        with self.store.transaction():
            if res.soft_delete:
                self.store.put(res.name, {**record, "deleted": True, "last_update": now_iso()})
            else:
                self.store.remove(res.name, record["id"])
                if res.name == "attachments":
                    self.store.put_blob(record["id"], None)
                    self._bump_attachment_count(record.get("ticket_id"), -1)
        ctx.wrote = True
        return Reply(200, None)

    # ======================================================================================= sub-endpoints

    def next_tag(self, segments: List[str], body: Any, ctx: Context) -> Reply:
        """GET /Asset/NextTag: the highest inventory number in use and the one after it, ``{"last_tag",
        "next_tag"}`` (the shape one public client recorded from a live tenant; the spec declares no body)."""
        with self.store.lock:
            tags = [str(a.get("inventory_number") or "") for a in self.store.table("assets").values()]
        numbered = [(int(match.group()), tag, match.start())
                    for tag in tags for match in (_TAG_NUMBER.search(tag),) if match]
        if not numbered:
            return Reply(200, {"last_tag": "", "next_tag": "1"})
        number, tag, start = max(numbered)
        return Reply(200, {"last_tag": tag, "next_tag": tag[:start] + str(number + 1).zfill(len(tag) - start)})

    def mine(self, segments: List[str], body: Any, ctx: Context) -> Reply:
        """GET /Timesheet/mine and GET /TimesheetEvent/mine: the rows of the API application's agent (agent 1),
        as a bare array like the lists."""
        res = RESOURCES["timesheets"] if segments[0].lower() == "timesheet" else family_resource(segments[0])
        assert res is not None
        with self.store.lock:
            rows = [r for r in self.store.table(res.name).values() if r.get("agent_id") == _demo.ME_AGENT_ID]
        return Reply(200, sorted(rows, key=lambda r: r["id"]))

    def void_invoice(self, segments: List[str], body: Any, ctx: Context) -> Reply:
        """POST /Invoice/{id}/void: the invoice is marked ``voided`` (it stays listed, as a voided invoice does);
        answers the invoice. Voiding it again changes nothing."""
        res = RESOURCES["invoices"]
        record = self.visible(res, segments[1]) if _is_int(segments[1]) else None
        if record is None:
            return _not_found(res, segments[1])
        saved = self._update(res, record["id"], {"voided": True})
        ctx.wrote = True
        return Reply(200, saved)

    # ======================================================================================= attachments

    def _post_attachments(self, body: List[Any], ctx: Context) -> Reply:
        res = RESOURCES["attachments"]
        errors: Dict[str, str] = {}
        plan: List[Tuple[Optional[int], Record, Optional[bytes]]] = []
        unknown: Set[str] = set()
        for index, element in enumerate(body):
            prefix = f"[{index}]"
            if not isinstance(element, dict):
                errors[prefix] = "Each element must be an Attachment object."
                continue
            clean = self._clean(res, element, unknown)
            data: Optional[bytes] = None
            if "data_base64" in clean:
                try:
                    data = base64.b64decode(str(clean.pop("data_base64") or ""), validate=True)
                except (binascii.Error, ValueError):
                    errors[f"{prefix}.data_base64"] = "The data_base64 field is not valid base64."
            record_id = clean.get("id")
            if record_id in (None, 0):
                if not clean.get("filename"):
                    errors[f"{prefix}.filename"] = "The filename field is required."
                if data is None and f"{prefix}.data_base64" not in errors:
                    errors[f"{prefix}.data_base64"] = "The data_base64 field is required."
                ticket_id = clean.get("ticket_id")
                if not ticket_id:
                    errors[f"{prefix}.ticket_id"] = "The ticket_id field is required."
                elif not isinstance(ticket_id, int) or self.visible(RESOURCES["tickets"], ticket_id) is None:
                    errors[f"{prefix}.ticket_id"] = f"Tickets {ticket_id!r} does not exist."
                plan.append((None, clean, data))
            else:
                if not isinstance(record_id, int) or self.store.get("attachments", record_id) is None:
                    return _not_found(res, element.get("id"))
                plan.append((record_id, clean, data))
        ctx.unknown_fields = sorted(unknown)
        if errors:
            return Reply(400, errors)
        if not plan:
            return _bad_request("The request body is an empty array: nothing to save in Attachment.")
        saved: List[Record] = []
        created = False
        with self.store.transaction():
            for record_id, clean, data in plan:
                if record_id is None:
                    created = True
                    saved.append(self._create_attachment(clean, data or b""))
                else:
                    record = {**self.store.get("attachments", record_id), **{k: v for k, v in clean.items()}}
                    if data is not None:
                        self.store.put_blob(record_id, data)
                        record["filesize"] = len(data)
                    saved.append(self.store.put("attachments", record))
        ctx.wrote = True
        return self._echo(saved, created)

    def _create_attachment(self, clean: Record, data: bytes) -> Record:
        import mimetypes

        filename = str(clean.get("filename") or "file")
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        record: Record = {"id": self.store.new_id("attachments"), "filename": filename, "filesize": len(data),
                          "ticket_id": 0, "action_id": 0, "type": 0, "content_type": content_type,
                          "isimage": content_type.startswith("image/"), "datecreated": now_iso(), "note": "",
                          "desc": ""}
        record.update({k: v for k, v in clean.items() if k not in ("id", "filesize")})
        self.store.put_blob(record["id"], data)
        self.store.put("attachments", record)
        self._bump_attachment_count(record.get("ticket_id"), +1)
        return record

    def _bump_attachment_count(self, ticket_id: Any, delta: int) -> None:
        ticket = self.store.get("tickets", ticket_id) if ticket_id else None
        if ticket is not None:
            count = max(int(ticket.get("attachment_count") or 0) + delta, 0)
            self.store.put("tickets", {**ticket, "attachment_count": count})

    def document(self, raw_id: str) -> Reply:
        record = self.store.get("attachments", raw_id) if _is_int(raw_id) else None
        if record is None:
            return _not_found(RESOURCES["attachments"], raw_id)
        data = self.store.blobs.get(record["id"], b"")
        filename = str(record.get("filename") or "file")
        # RFC 6266: an ASCII name for old readers, the exact one percent-encoded (a header is Latin-1, one line)
        plain = "".join(char if " " <= char <= "~" and char not in '"\\' else "_" for char in filename)
        exact = urllib.parse.quote(filename, safe="")
        disposition = f'attachment; filename="{plain}"' + (f"; filename*=UTF-8''{exact}" if plain != filename else "")
        return Reply(200, data, (("Content-Disposition", disposition),),
                     str(record.get("content_type") or "application/octet-stream"))

    def presign(self, body: Any) -> Reply:
        """POST /Attachment/GetS3PresignedURL: one upload URL (a PUT to the fake itself) per requested file."""
        if not isinstance(body, list):
            return _bad_request("The request body must be a JSON array of PresignedURLRequest objects.")
        errors = {f"[{i}].filename": "The filename field is required."
                  for i, element in enumerate(body) if not isinstance(element, dict) or not element.get("filename")}
        if errors:
            return Reply(400, errors)
        replies = []
        with self.store.lock:
            for element in body:
                self._upload_serial += 1
                temp_id = f"fake-{self._upload_serial:06d}-{int(time.time() * 1000) % 100000:05d}"
                self._uploads[temp_id] = {"request": dict(element), "data": None}
                replies.append({**element, "_tempid": temp_id,
                                "url": f"{self.base_url()}/fake-s3/{temp_id}", "method": "PUT"})
        return Reply(200, replies)

    def forget_uploads(self) -> None:
        with self.store.lock:
            self._uploads.clear()

    def receive_upload(self, temp_id: str, data: bytes) -> Reply:
        """PUT /fake-s3/<tempid>: the presigned upload itself (no token, like S3)."""
        with self.store.lock:
            upload = self._uploads.get(temp_id)
            if upload is None:
                return Reply(403, b"<Error><Code>AccessDenied</Code><Message>Unknown or expired upload URL"
                                  b"</Message></Error>", (), "application/xml")
            upload["data"] = data
        return Reply(200, None)

    def upload_complete(self, body: Any, ctx: Context) -> Reply:
        if not isinstance(body, list):
            return _bad_request("The request body must be a JSON array of PresignedURLRequest objects.")
        with self.store.transaction():
            errors: Dict[str, str] = {}
            for index, element in enumerate(body):
                temp_id = element.get("_tempid") if isinstance(element, dict) else None
                upload = self._uploads.get(str(temp_id)) if temp_id else None
                if upload is None:
                    errors[f"[{index}]._tempid"] = "Unknown _tempid: call GetS3PresignedURL first."
                elif upload["data"] is None:
                    errors[f"[{index}]._tempid"] = "Nothing was uploaded to the presigned URL yet."
            if errors:
                return Reply(400, errors)
            saved = []
            for element in body:
                upload = self._uploads.pop(str(element["_tempid"]))
                meta = {**upload["request"], **element}
                clean = {"filename": meta.get("filename") or meta.get("originalfilename"),
                         "ticket_id": meta.get("ticket_id") or 0, "type": meta.get("type") or 0,
                         "desc": meta.get("atdesc") or "", "note": meta.get("atnote") or ""}
                saved.append(self._create_attachment(clean, upload["data"]))
        ctx.wrote = True
        return self._echo(saved, True)


_TAG_NUMBER = re.compile(r"\d+$")

# The spec's other operations that the fake models, by "<METHOD> <lower-cased spec path>"; every other one
# answers 501 (``_not_modelled``).
_SUB_ENDPOINTS: Dict[str, Callable[[Api, List[str], Any, Context], Reply]] = {
    "GET /asset/nexttag": Api.next_tag,
    "GET /timesheet/mine": Api.mine,
    "GET /timesheetevent/mine": Api.mine,
    "POST /invoice/{id}/void": Api.void_invoice,
}


class _NoBody:
    """Marks a request without a (decodable) body, which is not the same as a JSON null."""

    def __repr__(self) -> str:
        return "<no body>"


NO_BODY = _NoBody()


def _json_text(text: str, status: int = 200) -> Reply:
    return Reply(status, text.encode("utf-8"), (), JSON_TYPE)


def _text_fields(record: Record) -> List[str]:
    """The fields a generic family's ``search`` looks in: every text field but dates (a search for "2025" should
    not match every record of the year)."""
    return [name for name, value in record.items() if isinstance(value, str) and "date" not in name
            and parse_date(value) is None]


def _field_is(field: str, value: Any) -> Predicate:
    return lambda r: r.get(field) == value


def _field_in(field: str, values: Collection[Any]) -> Predicate:
    return lambda r: r.get(field) in values


def _field_contains(field: str, needle: str) -> Predicate:
    """The field's text holds ``needle`` (lower case), case-insensitively."""
    return lambda r: needle in str(r.get(field) or "").lower()


def _equals(field: str, wanted: str) -> Predicate:
    """A generic family's equality filter: the value's text, case-insensitively (true/false for booleans). A
    field holding a list or an object is not comparable, so the filter lets such a record through."""
    needle = wanted.strip().lower()

    def match(r: Record) -> bool:
        value = r.get(field)
        if isinstance(value, (list, dict)):
            return True
        if isinstance(value, bool):
            return ("true" if value else "false") == needle
        return value is not None and str(value).strip().lower() == needle

    return match


def _is_int(text: str) -> bool:
    return text.strip().lstrip("-").isdigit()


def _method_not_allowed(method: str, message: Optional[str] = None,
                        allow: Iterable[str] = ("GET", "POST", "DELETE")) -> Reply:
    return Reply(405, {"Message": message or f"The requested resource does not support http method '{method}'."},
                 (("Allow", ", ".join(allow)),))


def _no_route(segments: List[str]) -> Reply:
    """Halo's own answer for a path it does not have."""
    return Reply(404, {"Message": f"No HTTP resource was found that matches the request URI "
                                  f"'/api/{'/'.join(segments)}'."})


def _not_modelled(method: str, segments: List[str], found: Endpoint) -> Reply:
    """An operation Halo has and the fake does not model: 501, so that a client's author sees at once that the gap
    is the fake's (a 404 would send them hunting for a bug in their client)."""
    asked = f"/api/{'/'.join(segments)}"
    spec = f" ({method} {found.path} in Halo's API)" if found.path.lower() != asked[4:].lower() else ""
    return Reply(501, {"ClassName": "FakeHaloNotModelled",
                       "Message": f"FakeHalo does not model {method} {asked}{spec}, a HaloPSA endpoint the sandbox "
                                  f"only knows by name (docs/testing.md, \"Every other family\")"})


def _generic_serves(res: ResourceDef, method: str, route: str) -> bool:
    """Whether a generic family's route serves the method: only where the spec has that operation."""
    letter = _GENERIC_OPERATIONS.get((method, route.endswith("/{id}")))
    return letter is not None and letter in res.operations


def _merge_customfields(old: List[Any], new: Iterable[Any]) -> List[Any]:
    """Merge custom fields by id (or by name when the incoming one has no id); unknown ones are appended."""
    merged = [dict(cf) if isinstance(cf, dict) else cf for cf in old]
    for incoming in new:
        if not isinstance(incoming, dict):
            continue
        target = None
        for cf in merged:
            if not isinstance(cf, dict):
                continue
            if incoming.get("id") and cf.get("id") == incoming.get("id"):
                target = cf
                break
            if not incoming.get("id") and incoming.get("name") and cf.get("name") == incoming.get("name"):
                target = cf
                break
        if target is None:
            merged.append(dict(incoming))
        else:
            target.update(incoming)
            if "value" in incoming and "display" not in incoming:
                target["display"] = incoming["value"]
    return merged

