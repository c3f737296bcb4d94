"""The managers: ``client.tickets`` and every other family's, made from its registry row.

:func:`manager_class` composes a family's class from what its API can do: :class:`ResourceManager` (list, get, the
QuerySet entry points), :class:`WriteMixin` (create, update, bulk writes), :class:`DeleteMixin`, :class:`MeMixin`,
``ReportsMixin`` (``halopsa._reports``), ``AttachmentMixin`` (``halopsa._attachments``), and a method per
sub-endpoint (``halopsa._operations``); :class:`OperationsManager` serves a family of operations only. A manager
is the :class:`~halopsa._source.RecordSource` its QuerySets and records talk to; its model class comes from
``halopsa.models.model_for``. :func:`async_manager_class` gives each class its async face. The clients
(``halopsa.client``) hold one manager a family; ``halopsa.client`` re-exports the public names.
"""

from __future__ import annotations

import threading
import types
import warnings
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Collection, Dict, Iterable, Iterator, List, Mapping,
                    Optional, Tuple, Type, Union)

import attrs

from ._aio import is_twin, with_twins
from ._attachments import AttachmentMixin
from ._ids import record_id
from ._operations import operation_methods, record_method
from ._writes import check_write
from .exceptions import HaloError, HaloQueryError
from .models import Model, model_for
from .query.compiler import check_params
from .query.queryset import DEFAULT_CHUNK_SIZE, QuerySet, _annotate, _bounded_map, make_filter_signature
from .resources import Resource, extract_rows

if TYPE_CHECKING:  # pragma: no cover
    from ._source import RecordClient

__all__ = ["Page", "ResourceManager", "WriteMixin", "MeMixin", "DeleteMixin", "OperationsManager", "manager_class",
           "AsyncResourceManager", "async_manager_class"]


@attrs.frozen
class Page:
    """One page of a listing: ``items`` (models), ``record_count`` (the total, when reported), paging."""

    __class_getitem__: ClassVar[Any] = classmethod(types.GenericAlias)  # Page[Ticket] in annotations read at run time

    items: List[Model]
    record_count: Optional[int]
    page_no: int
    page_size: int

    def __iter__(self) -> Iterator[Model]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


_NO_ID: Any = type("NoId", (), {"__repr__": lambda self: "<no id>"})()  # get() called without an id
_WRITE_METHODS = frozenset({"new", "create", "update", "batch_create", "bulk_create", "get_or_create",
                            "update_or_create"})


@with_twins("list", "get", "count", "by_name", "first", "last", "exists", "in_bulk")
class ResourceManager:
    """``client.tickets`` and friends: CRUD calls plus the entry points of the QuerySet API."""

    resource: Resource
    _queryset_class: Type[QuerySet[Any]] = QuerySet

    def __init__(self, client: "RecordClient", resource: Resource) -> None:
        self._client = client
        self.resource = resource
        self.model: Type[Model] = model_for(resource)  # the model class of its records: bound in halopsa.models, once
        self._paging_memo: Dict[str, Any] = {}  # what listings learnt of the server's paging (see PageReader)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.resource.path}>"

    def __getattr__(self, name: str) -> Any:
        # only reached for a missing attribute: say why a write method is absent rather than just that it is
        resource = self.__dict__.get("resource")
        if resource is not None and name.lstrip("a") in _WRITE_METHODS and not resource.can_write:
            raise AttributeError(f"{resource.name} cannot be created or updated ({name}): the API has no "
                                 f"POST {resource.path}")
        if resource is not None and name in ("me", "ame") and not resource.has_me:
            raise AttributeError(f"{resource.name} has no {name}(): only agents, users and clients have a /me "
                                 "endpoint")
        if resource is not None and name.lstrip("a") == "delete" and not resource.can_delete:
            raise AttributeError(f"{resource.name} cannot be deleted: the API has no DELETE {resource.path}/{{id}}")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    # -- QuerySet entry points ------------------------------------------------------------------------------

    def all(self) -> QuerySet[Any]:
        """Every record (lazy)."""
        return self._queryset_class(self)

    def filter(self, **filters: Any) -> QuerySet[Any]:
        """Server-side filters; see ``help(client.<resource>.filter)`` for the names this resource takes."""
        return self._queryset_class(self).filter(**filters)

    def where(self, **lookups: Any) -> QuerySet[Any]:
        return self._queryset_class(self).where(**lookups)

    def with_params(self, **params: Any) -> QuerySet[Any]:
        """Query parameters the spec does not list, sent as given (see :meth:`QuerySet.with_params`)."""
        return self._queryset_class(self).with_params(**params)

    def order_by(self, *keys: str) -> QuerySet[Any]:
        return self._queryset_class(self).order_by(*keys)

    def concurrency(self, workers: int) -> QuerySet[Any]:
        return self._queryset_class(self).concurrency(workers)

    def count(self) -> int:
        return self._queryset_class(self).count()

    def exists(self) -> bool:
        return self._queryset_class(self).exists()

    def first(self) -> Optional[Model]:
        return self._queryset_class(self).first()

    def last(self) -> Optional[Model]:
        return self._queryset_class(self).last()

    def iterator(self) -> Iterator[Model]:
        return self._queryset_class(self).iterator()

    def values(self, *fields: str) -> QuerySet[Any]:
        return self._queryset_class(self).values(*fields)

    def values_list(self, *fields: str, flat: bool = False) -> QuerySet[Any]:
        query = self._queryset_class(self)
        return query.values_list(*fields, flat=True) if flat else query.values_list(*fields)

    def in_bulk(self, ids: Iterable[Any]) -> Dict[Any, Model]:
        return self._queryset_class(self).in_bulk(ids)

    def __iter__(self) -> Iterator[Model]:
        return iter(self._queryset_class(self))

    # -- the original client's calls -----------------------------------------------------------------------

    def list(self, page_size: int = 50, page_no: int = 1, order_by: Union[str, Iterable[str], None] = None,
             **filters: Any) -> Page:
        """One page: ``Page(items, record_count, page_no, page_size)``, in the order of ``order_by`` (``"-id"``
        or ``["-id", "summary"]``) when given: the rows ``[(page_no - 1) * page_size, page_no * page_size)`` of the
        listing. One request (two, once per resource, to check that the server honours a ``page_no`` above 1;
        more if it serves smaller pages or ignores ``page_no``: see docs/querysets.md)."""
        if page_size < 1 or page_no < 1:
            raise HaloQueryError("page_size and page_no start at 1")
        query: Any = self._queryset_class(self).filter(**filters) if filters else self._queryset_class(self)
        if order_by:
            query = query.order_by(*([order_by] if isinstance(order_by, str) else order_by))
        params = dict(query.query_params)
        from .resources import COUNTED, PAGED

        if self.resource.paging == PAGED:
            # one request where the server pages as asked; the right rows (or an error) where it does not
            rows, record_count = query._reader().page(page_no, page_size)
        else:
            if self.resource.paging == COUNTED:
                params["count"] = str(page_size * page_no)
            rows, record_count = self._list_raw(params)
            if record_count is None:
                record_count = len(rows) if self.resource.paging != COUNTED else None
            rows = rows[(page_no - 1) * page_size: page_no * page_size]
        build = self.model._from_api
        return Page([build(self._client, row, True) for row in rows], record_count, page_no, page_size)

    def list_all(self, **filters: Any) -> Iterator[Model]:
        """Every matching record, lazily, page by page."""
        return (self._queryset_class(self).filter(**filters) if filters else self._queryset_class(self)).iterator()

    def get(self, id: Any = _NO_ID, **params: Any) -> Model:
        """``get(1234, includedetails=True)`` reads one record (one request). ``get(**lookups)`` with no id
        finds exactly one record through the QuerySet API. An id that names no record (``0``, ``None``,
        ``1.5``...) is refused before any request."""
        if id is _NO_ID:
            found: Model = self._queryset_class(self).get(**params)
            return found
        return self._get_record(id, **params)

    def by_name(self, name: str, **filters: Any) -> Model:
        """The record called ``name``: ``client.agents.by_name("Dana Brooks")``, ``client.statuses.by_name("closed")``.
        Its title field (``resource.title``) equals ``name`` ignoring case and spacing, or else starts with it and
        no other does. ``filters`` narrow the candidates (``client.sites.by_name("Head Office", client_id=2)``).
        None: the model's ``DoesNotExist``; several: its ``MultipleObjectsReturned``, whose ``candidates`` are
        ``(id, title)`` pairs. One listing request for a lookup table; a text search (``search=name``) where the
        list is paged."""
        from ._naming import candidates_query, choose

        self._require("list")
        named: Model = choose(self.resource, name, candidates_query(self, name, **filters))
        return named

    # -- plumbing used by QuerySets and models ---------------------------------------------------------------

    def _check_id(self, id: Any) -> Any:
        return record_id(self.resource, id)

    def _checked_params(self, params: Mapping[str, Any], known: Mapping[str, Any], what: str) -> Dict[str, str]:
        return check_params(self.resource, params, known, what)

    def _require(self, capability: str) -> None:
        """Refuse, before sending anything, what Halo's API has no endpoint for."""
        resource = self.resource
        if capability == "list" and not resource.can_list:
            raise HaloQueryError(f"{resource.name} cannot be listed: the API has no GET {resource.path}"
                                 + ("; read one record with get(id)" if resource.can_get else ""))
        if capability == "get" and not resource.can_get:
            raise HaloQueryError(f"{resource.name} records cannot be read one by one: the API has no "
                                 f"GET {resource.path}/{{id}}" + ("; list them instead" if resource.can_list else ""))
        if capability == "write" and not resource.can_write:
            raise HaloQueryError(f"{resource.name} cannot be created or updated: the API has no POST {resource.path}")

    def _get_raw(self, id: Any, **params: Any) -> Dict[str, Any]:
        self._require("get")
        record_id = self._check_id(id)
        query = self._checked_params(params, self.resource.get_params, "get")
        data = self._client.request("GET", f"{self.resource.path}/{record_id}", params=query or None)
        if not isinstance(data, dict):
            raise HaloError(f"GET {self.resource.path}/{record_id} returned {type(data).__name__}, not a record")
        return data

    def _get_record(self, id: Any, **params: Any) -> Model:
        from .exceptions import HaloNotFoundError

        try:
            data = self._get_raw(id, **params)
        except HaloNotFoundError as exc:
            raise self.model.DoesNotExist(
                exc.message or f"{self.model_name} #{id} not found", status_code=404, body=exc.body,
                method=exc.method, path=exc.path) from None
        return self.model._from_api(self._client, data)

    def _list_raw(self, params: Dict[str, str],
                  loads: Optional[Callable[[bytes], Any]] = None) -> Tuple[List[Dict[str, Any]], Optional[int]]:
        """One list request: its rows and record_count. ``loads`` decodes the reply in place of ``json.loads``."""
        self._require("list")
        if loads is not None:
            body = self._client.transport.request("GET", self.resource.path, params=params, loads=loads)
        else:
            body = self._client.request("GET", self.resource.path, params=params)
        return extract_rows(body, self.resource.envelope)

    def _body(self, data: Union[Mapping[str, Any], Model, None], fields: Mapping[str, Any]) -> Dict[str, Any]:
        from .models.base import unstructure_value

        if isinstance(data, Model):
            body = data.to_dict()
        elif data is None:
            body = {}
        elif isinstance(data, Mapping):
            body = dict(data)
        else:
            raise HaloQueryError(f"expected a dict or a {self.model_name}, not {type(data).__name__}")
        body.update(fields)
        return {key: unstructure_value(value) for key, value in body.items()}

    def _check_write(self, body: Mapping[str, Any], known: Collection[str] = ()) -> Dict[str, Any]:
        """``body`` as it is sent, each value in its field's JSON type; refuses a write the API cannot take, or
        a field or value the schema does not allow (unless the client was made with ``check_fields=False``).
        Nothing has been sent when this raises."""
        self._require("write")
        if self._client.check_fields:
            return check_write(self.resource, body, known)
        return dict(body)

    def _post(self, bodies: List[Dict[str, Any]], known: Collection[str] = ()) -> Any:
        """POST ``bodies``, each checked against the schema first (``known``: further field names to accept,
        those of the record being saved); nothing is sent when one is refused."""
        bodies = [self._check_write(body, known) for body in bodies]
        # never retried once the body went out (only on 429, or a connection that failed before sending): the
        # server may have acted on it, and a retried create would duplicate the record
        return self._client.request("POST", self.resource.path, json=bodies)

    def _post_one(self, body: Dict[str, Any], known: Collection[str] = ()) -> Dict[str, Any]:
        """POST one element; return the saved record from whichever of the four reply shapes came back."""
        reply = self._post([body], known)
        if isinstance(reply, list):
            rows = [row for row in reply if isinstance(row, dict)]
            wanted = body.get("id")
            for row in rows:
                if wanted not in (None, 0) and row.get("id") == wanted:
                    return row
            return rows[0] if rows else dict(body)
        if isinstance(reply, dict):
            rows, _ = extract_rows(reply, self.resource.envelope) if "id" not in reply else ([reply], None)
            return rows[0] if rows else dict(body)
        return dict(body)


@with_twins("create", "update", "batch_create", "bulk_create", "bulk_update", "get_or_create", "update_or_create")
class WriteMixin:
    """``new``, ``create``, ``update``, ``batch_create`` and friends, for the managers of families the API can
    write (``POST {path}``); a read-only family's manager has no such methods at all."""

    resource: Resource
    model: Type[Model]
    _client: "RecordClient"
    _queryset_class: Type[QuerySet[Any]]

    if TYPE_CHECKING:  # pragma: no cover - what the ResourceManager it is mixed into provides
        def _check_id(self, id: Any) -> Any: ...

        def _body(self, data: Union[Mapping[str, Any], Model, None], fields: Mapping[str, Any]) -> Dict[str, Any]:
            ...

        def _post(self, bodies: List[Dict[str, Any]], known: Collection[str] = ()) -> Any: ...

        def _post_one(self, body: Dict[str, Any], known: Collection[str] = ()) -> Dict[str, Any]: ...

        def _check_write(self, body: Mapping[str, Any], known: Collection[str] = ()) -> Dict[str, Any]: ...

    def new(self, **fields: Any) -> Model:
        """An unsaved record bound to this client: ``t = client.tickets.new(summary=...); t.save()``."""
        record = self.model(**fields)
        record._client = self._client
        return record

    def create(self, data: Union[Mapping[str, Any], Model, None] = None, **fields: Any) -> Model:
        """Create one record from a dict, a model or keywords. One POST. Returns the saved record."""
        body = self._body(data, fields)
        if body.get("id") not in (None, 0):
            raise HaloQueryError(f"create() got an id ({body['id']}); use update() to change an existing record")
        body.pop("id", None)
        saved = self._post_one(body)
        return self.model._from_api(self._client, saved)

    def update(self, data: Union[Mapping[str, Any], Model, None] = None, **fields: Any) -> Model:
        """Update one record: the body must carry its ``id``; only the fields given are sent. One POST."""
        body = self._body(data, fields)
        if "id" not in body:
            raise HaloQueryError("update() needs the record's id, e.g. update({'id': 1234, 'status_id': 5})")
        body["id"] = self._check_id(body["id"])  # never 0 or its like: Halo would create a record
        saved = self._post_one(body)
        return self.model._from_api(self._client, saved)

    def batch_create(self, items: Iterable[Union[Mapping[str, Any], Model]],
                     chunk_size: int = DEFAULT_CHUNK_SIZE) -> List[Model]:
        """Create many records, one POST per ``chunk_size`` items. Returns what the server echoed back."""
        if chunk_size < 1:
            raise HaloQueryError("chunk_size must be 1 or more")
        items = list(items)
        bodies = [self._body(item, {}) for item in items]
        for body in bodies:
            body.pop("id", None)
        created: List[Model] = []
        build = self.model._from_api
        for start in range(0, len(bodies), chunk_size):
            chunk = bodies[start: start + chunk_size]
            reply = self._post(chunk)
            rows = reply if isinstance(reply, list) else [reply] if isinstance(reply, dict) else []
            rows = [row for row in rows if isinstance(row, dict)]
            if len(rows) == len(chunk):
                for item, body, row in zip(items[start: start + chunk_size], chunk, rows):
                    if isinstance(item, Model):  # the objects given become the saved records, ids and all
                        item._apply_reply(row, body)
                        item._client = self._client
                        item._partial = False
                        item._new = False
            elif self._client.transport.plan is None:  # in a dry run nothing was sent, so nothing came back
                warnings.warn(f"the server answered a POST of {len(chunk)} {self.resource.name} with {len(rows)} "
                              f"saved record(s): all {len(chunk)} were sent, but the ids of the others are "
                              f"unknown; find them with e.g. client.{self.resource.name}.order_by('-id')"
                              f"[:{len(chunk)}]", UserWarning, stacklevel=2)
            created.extend(build(self._client, row) for row in rows)
        return created

    bulk_create = batch_create

    def get_or_create(self, defaults: Optional[Mapping[str, Any]] = None, **lookups: Any) -> Tuple[Model, bool]:
        return self._queryset_class(self).get_or_create(defaults, **lookups)

    def update_or_create(self, defaults: Optional[Mapping[str, Any]] = None, **lookups: Any) -> Tuple[Model, bool]:
        return self._queryset_class(self).update_or_create(defaults, **lookups)

    # -- async twins ----------------------------------------------------------------------------------------

    def bulk_update(self, ids: Iterable[Any], chunk_size: int = DEFAULT_CHUNK_SIZE,
                    progress: Optional[Callable[[int], None]] = None, **fields: Any) -> int:
        """Set ``fields`` on the records ``ids``: POSTs of ``chunk_size`` records (``[{"id": ..., **fields}]``),
        after checking the fields against the schema and every id by the id rule (nothing is sent when one is
        refused). Returns the number updated. On an error, the error says how far it got; its ``done`` and
        ``not_done`` hold exactly which ids were and were not updated. ``progress(count)`` after each chunk."""
        from .models.base import unstructure_value

        if not fields:
            raise HaloQueryError("an update needs at least one field to set, e.g. status_id=5")
        if chunk_size < 1:
            raise HaloQueryError("chunk_size must be 1 or more")
        values = self._check_write({key: unstructure_value(value) for key, value in fields.items()})
        wanted = [self._check_id(record_id) for record_id in ids]
        for start in range(0, len(wanted), chunk_size):
            chunk = wanted[start: start + chunk_size]
            try:
                self._post([{"id": record_id, **values} for record_id in chunk])
            except HaloError as error:
                _record_progress(error, wanted[:start], wanted[start:])
                _annotate(error, f"{start} of {len(wanted)} {self.resource.name} were updated before this failure, "
                                 f"the rest were not (the first not updated: #{wanted[start]}); updating them "
                                 "again is safe")
                raise
            if progress is not None:
                progress(start + len(chunk))
        return len(wanted)



@with_twins("me")
class MeMixin:
    """``me()``: the record of the authenticated identity, for agents, users and clients (the families with a
    ``/me`` endpoint); other managers have no such method."""

    resource: Resource
    model: Type[Model]
    _client: "RecordClient"

    def me(self) -> Model:
        """The record of the authenticated identity (GET {path}/me)."""
        data = self._client.request("GET", f"{self.resource.path}/me")
        return self.model._from_api(self._client, data)



@with_twins("delete", "bulk_delete")
class DeleteMixin:
    """``delete`` and ``adelete``, for the managers of resources the API can delete (not timesheets and
    expenses: their managers have no such method at all)."""

    resource: Resource
    _client: "RecordClient"

    def delete(self, id: Any, **params: Any) -> None:
        """Delete one record (``reason=`` for tickets). One request."""
        record_id = self._check_id(id)  # type: ignore[attr-defined]
        query = self._checked_params(params, self.resource.delete_params, "delete")  # type: ignore[attr-defined]
        self._client.request("DELETE", f"{self.resource.path}/{record_id}", params=query or None)

    def bulk_delete(self, ids: Iterable[Any], concurrency: Optional[int] = None,
                    progress: Optional[Callable[[int], None]] = None, **params: Any) -> int:
        """Delete the records ``ids`` (each by the id rule, all checked before the first request), at most
        ``concurrency`` at once (the client's by default). Returns the number deleted. On an error the calls
        running are waited for, and the error says how many were deleted; its ``done`` and ``not_done`` hold
        exactly which ids were and were not. An id that answers 404 (deleted already, say by an earlier run)
        does not stop the others: once all are done, ``HaloNotFoundError`` lists them in ``missing`` (``done``:
        the ids deleted), so running it again is safe. ``progress(count)`` is called after each."""
        from .exceptions import HaloNotFoundError

        wanted = [self._check_id(record_id) for record_id in ids]  # type: ignore[attr-defined]
        self._checked_params(params, self.resource.delete_params, "delete")  # type: ignore[attr-defined]
        deleted: List[Any] = []
        missing: List[Any] = []  # a 404: gone already (a rerun) or never there; the others go on

        def delete_one(record_id: Any) -> None:
            try:
                self.delete(record_id, **params)
            except HaloNotFoundError:
                missing.append(record_id)
            else:
                deleted.append(record_id)
            if progress is not None:
                progress(len(deleted) + len(missing))

        try:
            for _ in _bounded_map(delete_one, wanted, concurrency or self._client.concurrency,
                                  self._client._executor()):
                pass
        except HaloError as error:
            _record_progress(error, deleted, [i for i in wanted if i not in set(deleted)])
            _annotate(error, f"{len(deleted)} of {len(wanted)} {self.resource.name} were deleted before this "
                             "failure; deleting again removes the rest")
            raise
        if missing:
            order = {record_id: index for index, record_id in enumerate(wanted)}
            missing.sort(key=order.__getitem__)
            not_found = HaloNotFoundError(
                f"{len(deleted)} of {len(wanted)} {self.resource.name} deleted; {len(missing)} not found (deleted "
                f"already, or never there): {', '.join(map(str, missing[:20]))}"
                + (" ..." if len(missing) > 20 else ""))
            _record_progress(not_found, sorted(deleted, key=order.__getitem__), [])
            not_found.missing = missing
            raise not_found
        return len(wanted)


def _record_progress(error: HaloError, done: List[Any], not_done: List[Any]) -> None:
    """What a bulk call had done when ``error`` stopped it, as data: which ids were, and were not, written."""
    error.done = list(done)
    error.not_done = list(not_done)


class OperationsManager:
    """The manager of a family that has operations only (``client.notify``, ``client.integration_data``): no list,
    get or writes, a method per operation."""

    resource: Resource

    def __init__(self, client: "RecordClient", resource: Resource) -> None:
        self._client = client
        self.resource = resource

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.resource.path}>"

    def __getattr__(self, name: str) -> Any:
        resource = self.__dict__.get("resource")
        if resource is not None and not name.startswith("_"):
            methods = ", ".join(operation.name for operation in resource.operations)
            raise AttributeError(f"{resource.name} has operations only ({resource.path} cannot be listed, read, "
                                 f"created or updated as records), and none named '{name}'; its methods: {methods}")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def _checked_params(self, params: Mapping[str, Any], known: Mapping[str, Any], what: str) -> Dict[str, str]:
        return check_params(self.resource, params, known, what)


_MANAGER_CLASSES: Dict[str, type] = {}


def manager_class(resource: Resource) -> type:
    """The manager class of one resource: the mixins of what its API can do (write, delete), its filters'
    keyword-only signature, and a method (with its ``a``-twin) per sub-endpoint. On-record operations become
    methods of the model class too. This is the one place registry rows are bound to classes."""
    cls = _MANAGER_CLASSES.get(resource.name)
    if cls is not None:
        return cls
    with _MAKING_MANAGERS:  # one class a resource, however many threads touch it first at once
        cls = _MANAGER_CLASSES.get(resource.name)
        if cls is None:
            cls = _MANAGER_CLASSES[resource.name] = _make_manager_class(resource)
    return cls


_MAKING_MANAGERS = threading.RLock()


def _make_manager_class(resource: Resource) -> type:
    namespace: Dict[str, Any] = {"__module__": __name__}
    if not resource.is_collection:
        base: Tuple[type, ...] = (OperationsManager,)
    else:
        base = (ResourceManager,)
        if resource.transfers_files:
            base = (AttachmentMixin,) + base
        if resource.can_write:
            base = (WriteMixin,) + base
        if resource.can_delete:
            base = (DeleteMixin,) + base
        if resource.has_me:
            base = (MeMixin,) + base
        if resource.runs_reports:
            from ._reports import ReportsMixin

            base = (ReportsMixin,) + base
        signature = make_filter_signature(resource)

        def filter(self: ResourceManager, **filters: Any) -> QuerySet[Any]:
            return self._queryset_class(self).filter(**filters)

        filter.__signature__ = signature  # type: ignore[attr-defined]
        filter.__doc__ = (f"Server-side filters for {resource.name}: "
                          + ", ".join(resource.filters) + ".")
        namespace["filter"] = filter
        namespace["_queryset_class"] = type(f"{resource.model_name}QuerySet", (QuerySet,), {
            "filter": _queryset_filter(signature), "__module__": __name__})
    model = model_for(resource) if resource.is_collection else None
    for operation in resource.operations:
        if any(hasattr(klass, operation.name) for klass in base):
            continue  # a hand-written method serves it (agents.me())
        namespace.update(operation_methods(operation))
        if model is not None and operation.on_record and not _taken_on_model(model, resource, operation.name):
            for name, method in record_method(operation).items():
                setattr(model, name, method)
    return type(f"{resource.model_name}Manager", base, namespace)


def _taken_on_model(model: Type[Model], resource: Resource, name: str) -> bool:
    """Whether ``name`` on the model would hide a field or an existing attribute."""
    return hasattr(model, name) or name in (resource.write_fields or {}) or name in model._fields


def _queryset_filter(signature: Any) -> Any:
    def filter(self: QuerySet[Any], **filters: Any) -> QuerySet[Any]:
        return QuerySet.filter(self, **filters)

    filter.__signature__ = signature  # type: ignore[attr-defined]
    return filter


class AsyncResourceManager:
    """The async face of a manager: ``await client.tickets.aget(1)``; QuerySets support ``async for``."""

    def __init__(self, manager: ResourceManager) -> None:
        self._sync = manager
        self.resource = manager.resource
        self.model = manager.model

    def __repr__(self) -> str:
        return f"<Async{type(self._sync).__name__} {self.resource.path}>"

    def all(self) -> QuerySet[Any]:
        return self._sync.all()

    def filter(self, **filters: Any) -> QuerySet[Any]:
        return self._sync.filter(**filters)

    def where(self, **lookups: Any) -> QuerySet[Any]:
        return self._sync.where(**lookups)

    def order_by(self, *keys: str) -> QuerySet[Any]:
        return self._sync.order_by(*keys)

    def new(self, **fields: Any) -> Model:
        record: Model = self._sync.new(**fields)
        return record

    def __aiter__(self) -> Any:
        return self._sync.all().__aiter__()

    def __getattr__(self, name: str) -> Any:
        # reached only for a name the class lacks (its twins are real attributes): say what to use instead
        raise AttributeError(f"{type(self).__name__} has no attribute '{name}'"
                             + (f"; use 'a{name}' (awaitable)" if hasattr(self._sync, f"a{name}") else ""))


_ASYNC_MANAGER_CLASSES: Dict[type, type] = {}


def async_manager_class(sync_class: type) -> type:
    """The async face of a manager class: a method for each of its awaitable twins (``aget`` forwards to the
    sync manager's ``aget``), as real attributes that editors and type checkers see; no blocking method."""
    cls = _ASYNC_MANAGER_CLASSES.get(sync_class)
    if cls is None:
        namespace: Dict[str, Any] = {"__module__": __name__}
        for name in dir(sync_class):
            if is_twin(sync_class, name):
                namespace[name] = _forwarded(name, getattr(sync_class, name).__doc__)
        cls = _ASYNC_MANAGER_CLASSES[sync_class] = type(f"Async{sync_class.__name__}", (AsyncResourceManager,),
                                                         namespace)
    return cls


def _forwarded(name: str, doc: Optional[str]) -> Any:
    async def method(self: AsyncResourceManager, *args: Any, **kwargs: Any) -> Any:
        return await getattr(self._sync, name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__doc__ = doc
    return method
