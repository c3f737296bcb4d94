"""Lazy QuerySets over a HaloPSA resource, modelled on Django's.

Building a query sends nothing: ``filter()``, ``where()``, ``order_by()``, slicing and ``concurrency()`` each
return a new QuerySet. Requests go out when the QuerySet is evaluated; see docs/querysets.md for what each
method costs in requests.
"""

from __future__ import annotations

import itertools
import types
from difflib import get_close_matches
import threading
import warnings
from collections import deque
from typing import (TYPE_CHECKING, Any, AsyncIterator, Callable, ClassVar, Dict, Iterable, Iterator, List, Mapping,
                    Optional, Sequence, Set, Tuple, Union)

from ..exceptions import HaloError, HaloNotFoundError, HaloQueryError
from .._encoding import encode_value
from ..resources import PAGED, PAGING_PARAMS, Resource
from .._aio import to_thread, with_twins
from .compiler import compile_filters, compile_ordering, resolve_filter_name, reverse_ordering
from .lookups import Predicate, absent_fields, compile_predicates, field_value, lacks_fields, matches
from .pagination import PageReader, settle

if TYPE_CHECKING:  # pragma: no cover
    from ..models import Model
    from .._source import RecordSource

__all__ = ["QuerySet", "REPR_OUTPUT_SIZE", "DEFAULT_CHUNK_SIZE"]

REPR_OUTPUT_SIZE = 20
DEFAULT_CHUNK_SIZE = 50
_VALUES, _VALUES_LIST, _FLAT = "values", "values_list", "flat"


@with_twins("count", "exists", "first", "last", "get", "update", "delete", "in_bulk", "get_or_create",
            "update_or_create")
class QuerySet:
    """A lazy query over one resource. Obtain one from ``client.<resource>``: ``client.tickets.filter(...)``."""

    __class_getitem__: ClassVar[Any] = classmethod(types.GenericAlias)  # QuerySet[Ticket] in annotations read at run time

    def __init__(self, manager: "RecordSource", filters: Optional[Dict[str, Any]] = None,
                 compiled: Optional[Dict[str, str]] = None, ordering: Tuple[str, ...] = (),
                 predicates: Tuple[Predicate, ...] = (), low: int = 0, high: Optional[int] = None,
                 concurrency: Optional[int] = None, page_size: Optional[int] = None,
                 mode: Optional[Tuple[str, Tuple[str, ...]]] = None,
                 details: Union[bool, Tuple[str, ...]] = False,
                 loads: Optional[Callable[[bytes], Any]] = None) -> None:
        self._manager = manager
        self._details = details
        self._loads = loads  # what decodes each page in place of json.loads (see _keeping_json_text)
        self._resource: Resource = manager.resource
        self._filters: Dict[str, Any] = dict(filters or {})
        self._compiled: Dict[str, str] = dict(compiled or {})
        self._ordering = ordering
        self._predicates = predicates
        self._low = low
        self._high = high
        self._concurrency = concurrency
        self._page_size = page_size
        self._mode = mode
        self._result_cache: Optional[List[Any]] = None
        self.requests_sent = 0
        self._listing: Optional[PageReader] = None  # the reader of the latest evaluation (see record_count)

    # -- building (every call returns a clone) ----------------------------------------------------------------

    def _clone(self, **changes: Any) -> "QuerySet":
        state: Dict[str, Any] = dict(
            filters=self._filters, compiled=self._compiled, ordering=self._ordering, predicates=self._predicates,
            low=self._low, high=self._high, concurrency=self._concurrency, page_size=self._page_size,
            mode=self._mode, details=self._details, loads=self._loads)
        state.update(changes)
        return type(self)(self._manager, **state)

    def _check_unsliced(self, what: str) -> None:
        if self._low or self._high is not None:
            raise HaloQueryError(f"cannot call {what}() on a sliced QuerySet; slice after building the query")

    def all(self) -> "QuerySet":
        """A copy of this QuerySet (with an empty result cache)."""
        return self._clone()

    def filter(self, **filters: Any) -> "QuerySet":
        """Add server-side filters (the resource's query parameters). Unknown names raise HaloQueryError."""
        self._check_unsliced("filter")
        compiled = compile_filters(self._resource, filters)
        merged = {**self._filters, **{resolve_filter_name(self._resource, k): v for k, v in filters.items()}}
        return self._clone(filters=merged, compiled={**self._compiled, **compiled})

    def updated_since(self, when: Any) -> "QuerySet":
        """Only the records changed since ``when``: a ``datetime`` (naive means UTC), a ``date`` (its midnight,
        UTC), an ISO 8601 text, or a ``timedelta`` (that long before now). Halo's ``lastupdatefromdate`` filter,
        which the resources whose listing takes it have (``since.SINCE_RESOURCES``); elsewhere HaloQueryError."""
        from .since import since_value

        return self.filter(lastupdatefromdate=since_value(self._resource, when))

    def with_params(self, **params: Any) -> "QuerySet":
        """Send query parameters Halo's spec does not list for this resource (``include_custom_fields=True``),
        as given and unchecked: ``True``/``False`` go as ``true``/``false``, lists comma-separated, anything else
        as text. A parameter the spec lists goes through :meth:`filter` instead, which checks it."""
        self._check_unsliced("with_params")
        extra: Dict[str, str] = {}
        for name, value in params.items():
            if name in self._resource.filters:
                raise HaloQueryError(f"'{name}' is a filter of {self._resource.name}: pass it to filter(), which "
                                     "checks its value")
            if name in PAGING_PARAMS:
                raise HaloQueryError(f"'{name}' is set by the QuerySet itself: use order_by(), slicing or "
                                     "page_size()")
            close = get_close_matches(name, list(self._resource.filters), n=1, cutoff=0.8)
            if close:  # likely a typo of a filter, which would be checked: say so, then send it as asked
                warnings.warn(f"'{name}' is not a filter of {self._resource.name} (did you mean '{close[0]}'?); "
                              "it is sent as given, unchecked", UserWarning, stacklevel=2)
            encoded = encode_value(value)
            if encoded is not None:
                extra[name] = encoded
        return self._clone(compiled={**self._compiled, **extra})

    def where(self, **lookups: Any) -> "QuerySet":
        """Add client-side lookups (``summary__icontains="vpn"``), applied to every row fetched."""
        self._check_unsliced("where")
        return self._clone(predicates=self._predicates + tuple(compile_predicates(lookups,
                                                                                 self._manager.model._fields)))

    def order_by(self, *keys: str) -> "QuerySet":
        """Server-side ordering: ``order_by("-id", "summary")``; replaces any earlier ordering."""
        self._check_unsliced("order_by")
        compile_ordering(self._resource, keys)  # validate now, before anything is sent
        return self._clone(ordering=tuple(keys))

    def concurrency(self, workers: int) -> "QuerySet":
        """How many pages may be fetched at once once the total is known (default: the client's, 4)."""
        if not isinstance(workers, int) or workers < 1:
            raise HaloQueryError("concurrency() takes a whole number of 1 or more")
        return self._clone(concurrency=workers)

    def page_size(self, size: int) -> "QuerySet":
        """Rows requested a page (default 100, Halo's documented maximum; servers may serve fewer)."""
        if not isinstance(size, int) or size < 1:
            raise HaloQueryError("page_size() takes a whole number of 1 or more")
        return self._clone(page_size=size)

    def details(self, *fields: str) -> "QuerySet":
        """Records read in full (``GET /{path}/{id}?includedetails=true``: list rows are abbreviated), a few at a
        time, concurrently, within the rate limit. With no ``fields``, every record (one extra request a record);
        with ``fields``, only the records whose list row lacks one of them (a detail-only field, or a custom field
        by its name), which costs nothing when the rows carry them. ``values()`` and ``values_list()`` do the
        latter by themselves."""
        if not self._resource.can_get:
            raise HaloQueryError(f"{self._resource.name} records cannot be read in full: the API has no "
                                 f"GET {self._resource.path}/{{id}}")
        return self._clone(details=tuple(fields) if fields else True)

    def values(self, *fields: str) -> "QuerySet":
        """Rows as dicts of the named fields (all fields, in wire form, when none are named). A field a list row
        lacks (a detail-only field, a custom field by its name) is read from the full record."""
        return self._clone(mode=(_VALUES, fields))

    def values_list(self, *fields: str, flat: bool = False) -> "QuerySet":
        """Rows as tuples of the named fields; ``flat=True`` with one field gives plain values."""
        if flat and len(fields) != 1:
            raise HaloQueryError("values_list(flat=True) takes exactly one field")
        if not fields:
            raise HaloQueryError("values_list() needs at least one field name")
        return self._clone(mode=(_FLAT if flat else _VALUES_LIST, fields))

    # -- introspection ------------------------------------------------------------------------------------------

    @property
    def resource(self) -> Resource:
        return self._resource

    @property
    def query_params(self) -> Dict[str, str]:
        """The query parameters every request of this QuerySet carries (besides paging)."""
        return {**self._compiled, **compile_ordering(self._resource, self._ordering)}

    def explain(self) -> Dict[str, Any]:
        """What evaluating this QuerySet will send: path, parameters, paging strategy, client-side lookups."""
        return {
            "resource": self._resource.name,
            "method": "GET",
            "path": f"/api{self._resource.path}",
            "params": self.query_params,
            "paging": self._resource.paging,
            "envelope": self._resource.envelope or "bare array",
            "slice": (self._low, self._high),
            "client_side": [key for key, *_ in self._predicates],
            "concurrency": self._workers(),
        }

    def _workers(self) -> int:
        return self._concurrency or self._manager._client.concurrency

    def _reader(self) -> PageReader:
        client = self._manager._client
        return PageReader(self._resource, self._fetch, self.query_params, self._workers(), self._page_size,
                          client._executor, self._manager._paging_memo)

    def _fetch(self, params: Dict[str, str]) -> Tuple[List[Dict[str, Any]], Optional[int]]:
        self.requests_sent += 1
        if self._loads is not None:
            return self._manager._list_raw(params, loads=self._loads)
        return self._manager._list_raw(params)

    def _keeping_json_text(self) -> "QuerySet":
        """The same QuerySet, its pages decoded so that each row keeps its JSON text where that is what json.dumps
        writes (``halopsa._json_text``): an export writes it instead of encoding the row again (see
        :meth:`_text_pages`). The decoding happens where the page is read, in the listing's worker threads."""
        from .._json_text import loads_keeping_text

        return self._clone(loads=loads_keeping_text)

    def _text_pages(self, size: int = 100) -> Iterator[List[Dict[str, Any]]]:
        """The rows of :meth:`iterator` a page at a time: for ``values()`` with every field (no ``where()``, no
        details) read by :meth:`_keeping_json_text`, the pages as read, each a ``halopsa._json_text.KeptRows``
        with its rows' JSON texts; otherwise lists of ``size`` rows."""
        if self._mode == (_VALUES, ()) and not self._predicates and self._details is False:
            yield from self._raw_pages()
            return
        rows = self._rows()
        while True:
            chunk = list(itertools.islice(rows, size))
            if not chunk:
                return
            yield chunk

    # -- evaluation ---------------------------------------------------------------------------------------------

    @property
    def record_count(self) -> Optional[int]:
        """The total the server reported while this QuerySet was last evaluated (read without a request of its
        own; None before, or when the resource reports none). With ``where()``, the rows read before matching."""
        return None if self._listing is None else self._listing.record_count

    @property
    def rows_read(self) -> int:
        """The rows the latest evaluation has read from the server so far (before any ``where()`` matching)."""
        return 0 if self._listing is None else self._listing.rows_read

    def _raw_pages(self) -> Iterator[List[Dict[str, Any]]]:
        reader = self._listing = self._reader()
        if self._predicates:
            yield from reader.pages()
        else:
            yield from reader.pages(self._low, self._high)

    def _records(self) -> Iterator["Model"]:
        build = self._manager.model._from_api
        client = self._manager._client
        predicates = list(self._predicates)
        if not predicates:
            for page in self._raw_pages():
                for row in page:
                    yield build(client, row, True)
            return
        yield from itertools.islice(self._matching(predicates), self._low, self._high)

    def _matching(self, predicates: List[Predicate]) -> Iterator["Model"]:
        """The records that pass the client-side predicates. A list row that lacks a compared field (a custom
        field, a detail-only field) is read in full first, a few rows at a time, concurrently; a field that even
        a full record lacks is reported once and not read for again."""
        build = self._manager.model._from_api
        client = self._manager._client
        batch = self._workers()
        unknown: Set[str] = set()   # fields a full record lacked: not read for again
        present: Set[str] = set()   # fields some record had: no warning, whatever others lack
        fields = {field for _, field, _, _ in predicates}
        for page in self._raw_pages():
            for start in range(0, len(page), batch):
                records = [build(client, row, True) for row in page[start: start + batch]]
                wanted = [field for field in fields if field not in unknown]
                lacking = [record for record in records if lacks_fields(record, wanted)]
                if lacking:
                    list(client._executor().map(lambda record: record.refresh(), lacking))
                    unknown |= set(absent_fields(lacking[0], wanted))
                for record in records:
                    present |= set(fields - present) - set(absent_fields(record, fields - present))
                    if matches(record, predicates):
                        yield record
        never = unknown - present
        if never:
            warnings.warn(f"where(): {self._resource.model_name} records have no field "
                          f"{', '.join(repr(name) for name in sorted(never))} (not in the list rows, the full "
                          "record or its custom fields), so the lookup matched nothing; check the name",
                          UserWarning, stacklevel=4)

    def _in_full(self, records: Iterator["Model"], fields: Sequence[str] = ()) -> Iterator["Model"]:
        """``records``, each read in full when ``details()`` asked for it or it lacks one of ``fields``."""
        every = self._details is True
        wanted = list(fields) + list(self._details if isinstance(self._details, tuple) else ())
        if not every and not wanted:
            return records
        return read_in_full(records, wanted, every, self._workers())

    def _rows(self) -> Iterator[Any]:
        if self._mode == (_VALUES, ()) and not self._predicates and self._details is False:
            # every field of every row, as sent: the rows themselves (fresh dicts of the decoded page), no record
            # built and copied back (an export's fast path)
            return (row for page in self._raw_pages() for row in page)
        records = self._records()
        if self._mode is None:
            return self._in_full(records)
        kind, fields = self._mode
        records = self._in_full(records, fields)
        if kind == _VALUES:
            if not fields:
                return (record.to_dict() for record in records)
            return ({name: _value(record, name) for name in fields} for record in records)
        if kind == _FLAT:
            return (_value(record, fields[0]) for record in records)
        return (tuple(_value(record, name) for name in fields) for record in records)

    def iterator(self) -> Iterator[Any]:
        """Stream the rows page by page without caching them."""
        return self._rows()

    def __iter__(self) -> Iterator[Any]:
        """Streams page by page (memory stays bounded); uses the result cache once one exists."""
        # A generator, so the cache is checked at the first next(): list(qs) calls __iter__ and then
        # __len__ (which fills the cache) before it starts iterating.
        if self._result_cache is not None:
            yield from self._result_cache
            return
        yield from self._rows()

    def _fetch_all(self) -> List[Any]:
        if self._result_cache is None:
            self._result_cache = list(self._rows())
        return self._result_cache

    def __len__(self) -> int:
        """Fetches every row (and caches them). For a count, use count(): one request."""
        return len(self._fetch_all())

    def __bool__(self) -> bool:
        if self._result_cache is not None:
            return bool(self._result_cache)
        return self.exists()

    def __repr__(self) -> str:
        if self._result_cache is not None:
            data = self._result_cache[: REPR_OUTPUT_SIZE + 1]
        else:
            data = list(self[: REPR_OUTPUT_SIZE + 1]) if self._high is None or \
                self._high - self._low > REPR_OUTPUT_SIZE else list(self._clone())
        shown = [repr(item) for item in data[:REPR_OUTPUT_SIZE]]
        if len(data) > REPR_OUTPUT_SIZE:
            shown.append("...(remaining elements truncated)...")
        return f"<QuerySet [{', '.join(shown)}]>"

    def __getitem__(self, key: Union[int, slice]) -> Any:
        if isinstance(key, slice):
            if key.step not in (None, 1):
                raise HaloQueryError("QuerySet slices do not support a step")
            start, stop = key.start, key.stop
            if (start is not None and start < 0) or (stop is not None and stop < 0):
                raise HaloQueryError("negative indexing is not supported; use order_by() to reverse the order")
            if self._result_cache is not None:
                return self._result_cache[key]
            low, high = self._low, self._high
            new_low = low + (start or 0)
            new_high = high if stop is None else (low + stop if high is None else min(high, low + stop))
            if new_high is not None and new_high < new_low:
                new_high = new_low
            return self._clone(low=new_low, high=new_high)
        if not isinstance(key, int):
            raise TypeError(f"QuerySet indices must be integers or slices, not {type(key).__name__}")
        if key < 0:
            raise HaloQueryError("negative indexing is not supported; use order_by() to reverse the order")
        if self._result_cache is not None:
            return self._result_cache[key]
        rows = list(self[key: key + 1])
        if not rows:
            raise IndexError(f"QuerySet index {key} out of range")
        return rows[0]

    # -- terminal methods ---------------------------------------------------------------------------------------

    def count(self) -> int:
        """One request (page_size=1, reading record_count) where the resource reports a total."""
        if self._result_cache is not None:
            return len(self._result_cache)
        if not self._predicates and self._resource.paging == PAGED:
            reader = self._reader()
            total = reader.count()
            if total is not None:
                total = max(0, total - self._low)
                return total if self._high is None else min(total, self._high - self._low)
        return sum(1 for _ in self._rows())

    def exists(self) -> bool:
        """One request for one row (more with client-side lookups)."""
        if self._result_cache is not None:
            return bool(self._result_cache)
        return next(iter(self._clone(mode=None)[:1]), None) is not None

    def first(self) -> Optional["Model"]:
        """The first row in the current order, or None. One request."""
        if self._result_cache is not None:
            return self._result_cache[0] if self._result_cache else None
        return next(iter(self[:1]), None)

    def last(self) -> Optional["Model"]:
        """The last row: one request with the ordering reversed (``-id`` when unordered) where the server
        can order; otherwise the whole listing is read."""
        if self._result_cache is not None:
            return self._result_cache[-1] if self._result_cache else None
        if self._resource.supports_ordering and self._high is None and not self._low:
            ordering = reverse_ordering(self._ordering) if self._ordering else ("-id",)
            return next(iter(self._clone(ordering=ordering)[:1]), None)
        last = None
        for last in self:
            pass
        return last

    def get(self, pk: Any = None, **lookups: Any) -> "Model":
        """``get(1234)`` reads one record by id (one request); id filters of the QuerySet that name a field
        (``filter(client_id=5)``) are checked against it, flags and text filters are not.
        ``get(**lookups)`` routes server filter names to ``filter()`` and the rest to ``where()`` and expects
        exactly one match, raising ``<Model>.DoesNotExist`` or ``MultipleObjectsReturned``."""
        model = self._manager.model
        if pk is None and set(lookups) == {"id"}:
            pk = lookups.pop("id")
        if pk is not None:
            if lookups:
                raise HaloQueryError("get() takes an id or lookups, not both")
            record: "Model" = self._manager._get_record(pk)
            mismatch = self._filter_mismatch(record)
            if mismatch or (self._predicates and not matches(record, list(self._predicates))):
                raise model.DoesNotExist(f"{model.__name__} #{pk} does not match the query"
                                         + (f" ({mismatch})" if mismatch else ""), status_code=404)
            return record
        query = self._narrowed(lookups)
        found = list(query[:2]) if not query._predicates else list(itertools.islice(iter(query), 2))
        if not found:
            raise model.DoesNotExist(f"{model.__name__} matching query does not exist", status_code=404)
        if len(found) > 1:
            total = query.count() if not query._predicates else None
            how_many = f"it returned {total}!" if total else "it matched at least 2"
            raise model.MultipleObjectsReturned(f"get() returned more than one {model.__name__} -- {how_many}; "
                                                "narrow the lookups, or use filter() for several")
        first: "Model" = found[0]
        return first

    def _filter_mismatch(self, record: "Model") -> Optional[str]:
        """The first id filter of the QuerySet that names a field of ``record`` and disagrees with it
        (``client_id=5`` against a ticket of client 9). Flags and text filters (``open_only``, ``search``)
        have no field to compare, and are not re-checked."""
        fields = self._manager.model._fields
        for name, wanted in self._compiled.items():
            if name in fields and self._resource.filters[name].type == "int":
                value = record._lookup_value(name, None)
                if value is not None and str(value) != wanted:
                    return f"its {name} is {value}, the query asks for {wanted}"
        return None

    def _narrowed(self, lookups: Mapping[str, Any]) -> "QuerySet":
        """Exact lookups the server can apply (ids, flags, dates) go to filter(); the rest to where()."""
        server: Dict[str, Any] = {}
        client: Dict[str, Any] = {}
        for key, value in lookups.items():
            target = None
            if "__" not in key:
                try:
                    target = resolve_filter_name(self._resource, key)
                except HaloQueryError:
                    target = None
            if target is None:
                client[key] = value
            elif self._resource.filters[target].type in ("int", "bool", "int_list"):
                server[key] = value  # the server applies these exactly
            else:
                server[key] = value  # text and dates: the server narrows (search=, startdate=, ...) ...
                if key in self._manager.model._fields:
                    client[key] = value  # ... and a field of that name is then matched exactly
        query = self.filter(**server) if server else self
        return query.where(**client) if client else query

    def in_bulk(self, ids: Iterable[Any]) -> Dict[Any, "Model"]:
        """Records by id, read concurrently with one request each; ids that do not exist are left out."""
        unique = list(dict.fromkeys(ids))
        executor = self._manager._client._executor()

        def read(record_id: Any) -> Optional["Model"]:
            try:
                record: "Model" = self._manager._get_record(record_id)
                return record
            except HaloNotFoundError:
                return None

        results = {}
        for record_id, record in zip(unique, _bounded_map(read, unique, self._workers(), executor)):
            if record is not None and (not self._predicates or matches(record, list(self._predicates))):
                results[record_id] = record
        return results

    # -- writes ------------------------------------------------------------------------------------------------

    def _collect_ids(self) -> List[Any]:
        query = self._clone(mode=None)
        flag = self._resource.id_only_param
        if flag and not self._predicates and flag not in query._compiled:
            query._compiled = {**query._compiled, flag: "true"}
        return [record.id for record in query if record.id is not None]

    def update(self, chunk_size: int = DEFAULT_CHUNK_SIZE, **fields: Any) -> int:
        """Set fields on every matching record: ids are collected first, then POSTed in chunks of
        ``chunk_size`` (default 50). Returns the number of records updated."""
        if not fields:
            raise HaloQueryError("update() needs at least one field to set, e.g. update(status_id=5)")
        from ..models.base import unstructure_value

        values = {key: unstructure_value(value) for key, value in fields.items()}
        self._manager._check_write(values)  # before the ids are collected: a refused field sends nothing
        ids = self._collect_ids()
        self._result_cache = None
        return self._manager.bulk_update(ids, chunk_size, **fields)

    def delete(self, **params: Any) -> int:
        """Delete every matching record: ids are collected first (deleting while paging by page number skips
        records), then deleted with bounded concurrency. Returns the number deleted."""
        if not self._resource.can_delete:
            raise HaloQueryError(f"{self._resource.name} cannot be deleted through the API")
        ids = self._collect_ids()
        self._result_cache = None
        return self._manager.bulk_delete(ids, self._workers(), **params)

    def get_or_create(self, defaults: Optional[Mapping[str, Any]] = None, **lookups: Any) -> Tuple["Model", bool]:
        """``(record, created)``: the one record matching ``lookups`` (exact values), else a new one made from
        the lookups and ``defaults``."""
        self._manager._require("write")
        try:
            return self.get(**lookups), False
        except self._manager.model.DoesNotExist:
            return self._manager.create(self._creation_data(lookups, defaults)), True

    def _creation_data(self, lookups: Mapping[str, Any], defaults: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
        """The fields of a record made by get_or_create(): exact lookups on fields, then ``defaults``. Names
        that only filter (``search``, ``open_only``, ...) and lookups such as ``__icontains`` are not fields."""
        fields = self._manager.model._fields
        data = {key: value for key, value in lookups.items()
                if "__" not in key and (key in fields or not _is_filter(self._resource, key))}
        data.update(defaults or {})
        if not data:
            raise HaloQueryError(f"nothing to create a {self._resource.model_name} from: "
                                 f"{', '.join(sorted(lookups))} only filter; pass the fields in defaults={{...}}")
        return data

    def update_or_create(self, defaults: Optional[Mapping[str, Any]] = None,
                         **lookups: Any) -> Tuple["Model", bool]:
        """Like get_or_create(), but sets ``defaults`` on a found record and saves it (changed fields only)."""
        self._manager._require("write")
        try:
            record = self.get(**lookups)
        except self._manager.model.DoesNotExist:
            return self._manager.create(self._creation_data(lookups, defaults)), True
        for key, value in (defaults or {}).items():
            setattr(record, key, value)
        record.save()
        return record, False

    # -- async -------------------------------------------------------------------------------------------------

    async def __aiter__(self) -> AsyncIterator[Any]:
        """``async for t in qs``: pages are fetched in a worker thread, never blocking the event loop."""
        if self._result_cache is not None:
            for item in self._result_cache:
                yield item
            return
        rows = self._rows()
        sentinel = object()
        # A batch is read in a worker thread that goes on when the task is cancelled; the generator is closed
        # only once that batch is done (closing a running generator raises), under this lock.
        running = threading.Lock()

        def take() -> List[Any]:
            with running:
                return _take(rows, 100, sentinel)

        def close() -> None:
            with running:
                closing = getattr(rows, "close", None)  # a generator's: waits for the pages in flight
                if closing is not None:
                    closing()

        try:
            while True:
                batch = await to_thread(take)
                for item in batch:
                    if item is sentinel:
                        return
                    yield item
        except (GeneratorExit, Exception):
            # closed early (aclose()) or failed: wait for the pages in flight, in a worker thread so that the
            # event loop goes on meanwhile; a failure to close never hides what is propagating
            try:
                await to_thread(close)
            except Exception:  # noqa: BLE001
                pass
            raise
        except BaseException:
            # cancelled (or Ctrl-C): nothing waits; the listing is closed in the background once its batch ends
            threading.Thread(target=close, name="halopsa-close", daemon=True).start()
            raise


def _take(rows: Iterator[Any], size: int, sentinel: Any) -> List[Any]:
    batch = list(itertools.islice(rows, size))
    if len(batch) < size:
        batch.append(sentinel)
    return batch


def read_in_full(records: Iterable["Model"], fields: Sequence[str] = (), every: bool = False,
                 workers: int = 4) -> Iterator["Model"]:
    """``records`` in order, list rows read in full (``refresh()``) where ``every`` or where one of ``fields`` is
    missing from the row; ``workers`` at a time, through each record's client (its executor and rate limit)."""
    records = iter(records)
    wanted = list(fields)
    present: Set[str] = set()  # fields some record had: a record lacking one is simply empty there
    while True:
        batch = list(itertools.islice(records, workers))
        if not batch:
            return
        lacking = [record for record in batch if record.is_partial and (every or lacks_fields(record, wanted))]
        if lacking:
            executor = lacking[0]._bound_client()._executor()
            list(executor.map(lambda record: record.refresh(), lacking))
        for record in batch:
            present.update(field for field in wanted if field not in absent_fields(record, [field]))
        never = [field for field in wanted if field not in present and all(
            field in absent_fields(record, [field]) for record in lacking)] if lacking else []
        if never:  # even a full record lacks it: a misspelt name, most likely; not read for again
            wanted = [field for field in wanted if field not in never]
            model = type(lacking[0]).__name__
            warnings.warn(f"{model} records have no field {', '.join(repr(name) for name in never)} (not in the "
                          "list rows, the full record or its custom fields); check the name", UserWarning,
                          stacklevel=2)
        yield from batch


def _value(record: Any, name: str) -> Any:
    value = field_value(record, name)
    return None if type(value) is object else value


def make_filter_signature(resource: Resource) -> Any:
    """A keyword-only ``inspect.Signature`` of the resource's server filters, for editors and the shell."""
    import datetime as dt
    import inspect
    import keyword

    kinds = {"int": int, "bool": bool, "str": str, "float": float, "datetime": Union[dt.datetime, str],
             "int_list": Union[int, Sequence[int], str], "str_list": Union[str, Sequence[str]]}
    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)]
    names = set()
    for name, filter_ in resource.filters.items():
        if name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_"):  # filter(**{"global": 1})
            names.add(name)
            parameters.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None,
                                                annotation=Optional[kinds.get(filter_.type, Any)]))
    for relation in resource.relations:
        target = relation.filter or relation.field
        if target in resource.filters and relation.name not in names:
            parameters.append(inspect.Parameter(relation.name, inspect.Parameter.KEYWORD_ONLY, default=None,
                                                annotation=Any))
    return inspect.Signature(parameters, return_annotation="QuerySet")


def _is_filter(resource: Resource, name: str) -> bool:
    try:
        resolve_filter_name(resource, name)
    except HaloQueryError:
        return False
    return True


def _annotate(error: HaloError, text: str) -> None:
    """Add what a bulk operation had done to the message of the error that stopped it."""
    if hasattr(error, "message"):
        setattr(error, "message", f"{getattr(error, 'message')} ({text})")
    error.args = (f"{error.args[0]} ({text})",) + error.args[1:] if error.args else (text,)


def _bounded_map(func: Any, items: Sequence[Any], workers: int, executor: Any) -> Iterator[Any]:
    """``func`` over ``items`` in ``executor``, at most ``workers`` calls at once, results in order. On an error,
    nothing more is started and the calls already running are waited for before it is raised, so that what
    was done is known (and nothing goes on behind the caller's back)."""
    pending: "deque[Any]" = deque()
    queue = iter(items)
    try:
        for item in queue:
            pending.append(executor.submit(func, item))
            if len(pending) >= workers:
                break
        while pending:
            future = pending.popleft()
            try:
                result = future.result()
            except BaseException:
                settle(pending)
                pending.clear()
                raise
            following = next(queue, _DONE)
            if following is not _DONE:
                pending.append(executor.submit(func, following))
            yield result
    finally:
        for other in pending:
            other.cancel()


_DONE = object()
