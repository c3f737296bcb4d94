"""The base model: typed fields over the raw record, dirty tracking, save/delete/refresh, relations.

A model instance wraps the JSON object the server sent (``_data``) without copying it, so building one costs
about a microsecond and every field the server sent survives a round trip unchanged. Declared fields are attrs
fields; reading one converts the raw value with the cattrs converter (ints, bools, ISO 8601 datetimes) and
caches it. Assigning a field records the change; list and dict values are copied (deeply) on first read so
that in-place mutation (``ticket.tags.append(...)``, ``ticket.customfields[0]["value"] = ...``) is noticed
too and never reaches the raw record.

Reading never changes anything: ``to_dict()`` is the raw record with only the *changed* fields replaced, and
``save()`` sends only those. A field is changed when it was assigned a value that differs from what the server
sent (assigning the same value is no change), or when the copy of a list or dict read from it no longer equals
the raw value. Unchanged fields keep their raw wire form, so a ``deadlinedate`` of ``2024-05-03T17:00:00.1234567``
is never rewritten as ``...17:00:00.123`` just because it was read.

Records that came from a list are *partial*: Halo abbreviates list rows. A declared field the server did not
send reads as ``None``; an undeclared one raises ``AttributeError`` naming ``refresh()``.
"""

from __future__ import annotations

import copy
import datetime as dt
import sys
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Dict, FrozenSet, Iterator, List, Mapping, MutableMapping,
                    Optional, Set, Tuple, Type, TypeVar)

import attrs

from .._encoding import format_datetime, parse_datetime
from .._aio import to_thread, with_twins
from ..exceptions import HaloError, HaloNotFoundError, HaloQueryError

if TYPE_CHECKING:  # pragma: no cover
    import cattrs

    from .._source import RecordClient, RecordSource
    from ..resources import Resource

__all__ = ["Model", "model", "declare_fields", "CustomFields", "converter", "structure_value", "unstructure_value"]

_MISSING = object()
_converter: "Optional[cattrs.Converter]" = None
_C = TypeVar("_C", bound=type)


def converter() -> "cattrs.Converter":
    """The cattrs converter used for field values (created on first use: cattrs is a heavy import)."""
    global _converter
    if _converter is None:
        import cattrs

        conv = cattrs.Converter()
        conv.register_structure_hook(dt.datetime, lambda value, _: value if isinstance(value, dt.datetime)
                                     else parse_datetime(value))
        conv.register_unstructure_hook(dt.datetime, format_datetime)
        conv.register_structure_hook(Any, lambda value, _: value)
        _converter = conv
    return _converter


_SIMPLE = {int: int, str: str, float: float}


def structure_value(raw: Any, kind: Any) -> Any:
    """Raw JSON value -> Python value of the declared type (None stays None; odd values stay as sent).

    The result never shares a list or dict with ``raw``, so mutating it cannot edit the raw record."""
    if raw is None:
        return None
    if isinstance(raw, (list, dict)):
        raw = copy.deepcopy(raw)
        if kind is Any:
            return raw
    elif kind is Any:
        return raw
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("true", "1", "yes")
        return bool(raw)
    simple = _SIMPLE.get(kind)
    if simple is not None:
        if type(raw) is simple:
            return raw
        try:
            return simple(raw)
        except (TypeError, ValueError):
            return raw
    if kind is dt.datetime:
        if isinstance(raw, str) and raw.strip():
            try:
                return parse_datetime(raw)
            except ValueError:
                return raw
        return raw
    try:
        return converter().structure(raw, kind)
    except Exception:  # noqa: BLE001 - keep what the server sent rather than fail a read
        return raw  # already a private copy when it is a list or dict


def unstructure_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Model):
        return value.id
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, CustomFields):
        return unstructure_value(value._entries)
    if isinstance(value, list):
        return [unstructure_value(item) for item in value]
    if isinstance(value, dict):
        return {key: unstructure_value(item) for key, item in value.items()}
    return converter().unstructure(value)


class _Field:
    """Descriptor for a declared field: converts the raw value on first read, records assignments."""

    __slots__ = ("name", "kind")

    def __init__(self, name: str, kind: Any) -> None:
        self.name = name
        self.kind = kind

    def __get__(self, obj: Optional["Model"], owner: type) -> Any:
        if obj is None:
            return self
        values = obj._values
        name = self.name
        if name in values:
            return values[name]
        raw = obj._data.get(name, _MISSING)
        if raw is _MISSING or raw is None:
            return None
        value = structure_value(raw, self.kind)
        values[name] = value
        return value

    def __set__(self, obj: "Model", value: Any) -> None:
        obj._values[self.name] = value
        obj._assigned.add(self.name)


class _ForwardRelation:
    """``ticket.client``: loads the related record by id on first access, then caches it."""

    def __init__(self, name: str, resource: str, field: str) -> None:
        self.name = name
        self.resource = resource
        self.field = field

    def __get__(self, obj: Optional["Model"], owner: type) -> Any:
        if obj is None:
            return self
        cache = obj.__dict__.setdefault("_related", {})
        related_id = getattr(obj, self.field)
        cached = cache.get(self.name)
        if cached is not None and cached.id == related_id:
            return cached
        if related_id in (None, 0, -1):
            return None
        record = obj._bound_client()._manager(self.resource).get(related_id)
        cache[self.name] = record
        return record

    def __set__(self, obj: "Model", value: Any) -> None:
        setattr(obj, self.field, value.id if isinstance(value, Model) else value)
        if isinstance(value, Model):
            obj.__dict__.setdefault("_related", {})[self.name] = value


class _ReverseRelation:
    """``ticket.actions``: a QuerySet of the records that point at this one."""

    def __init__(self, name: str, resource: str, filter_name: str) -> None:
        self.name = name
        self.resource = resource
        self.filter_name = filter_name

    def __get__(self, obj: Optional["Model"], owner: type) -> Any:
        if obj is None:
            return self
        if obj.id in (None, 0):
            raise HaloError(f"{obj!r} is not saved yet, so it has no {self.name}")
        return obj._bound_client()._manager(self.resource).filter(**{self.filter_name: obj.id})


class CustomFields(MutableMapping[str, Any]):
    """``ticket.custom_fields["CFSerial"]``: custom field values by name (or by numeric id)."""

    def __init__(self, owner: "Model") -> None:
        self._owner = owner
        entries = owner._field_value("customfields")
        if entries is None:
            entries = []
            owner._values["customfields"] = entries
        self._entries: List[Dict[str, Any]] = entries

    def _find(self, key: Any) -> Optional[Dict[str, Any]]:
        for entry in self._entries:
            if isinstance(entry, dict) and (entry.get("name") == key or (isinstance(key, int) and entry.get("id") == key)):
                return entry
        return None

    def __getitem__(self, key: Any) -> Any:
        entry = self._find(key)
        if entry is None:
            hint = " (records from a list omit custom fields; call refresh() first)" if self._owner.is_partial else ""
            known = ", ".join(str(e.get("name")) for e in self._entries if isinstance(e, dict)) or "none"
            raise KeyError(f"no custom field {key!r} on {self._owner!r}{hint}; fields: {known}")
        return entry.get("value")

    def __setitem__(self, key: Any, value: Any) -> None:
        entry = self._find(key)
        wire = unstructure_value(value)
        if entry is None:
            entry = {"id": key} if isinstance(key, int) else {"name": key}
            self._entries.append(entry)
        entry["value"] = wire

    def __delitem__(self, key: Any) -> None:
        self[key] = None

    def __iter__(self) -> Iterator[Any]:
        return iter([e.get("name", e.get("id")) for e in self._entries if isinstance(e, dict)])

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


@with_twins("save", "delete", "refresh")
class Model:
    """Base class of the 32 resource models. Instances come from a client; see the module docstring."""

    resource_name: ClassVar[str] = ""
    _title: ClassVar[str] = "name"
    _fields: ClassVar[Dict[str, Any]] = {}
    _schema_field_names: ClassVar[FrozenSet[str]]  # set on each class when first read (see _schema_names)
    DoesNotExist: ClassVar[type] = HaloNotFoundError
    MultipleObjectsReturned: ClassVar[type]

    # instance state: _data (raw record), _values (converted/assigned values), _assigned, _client, _partial,
    # _new (made here, never saved: the only state in which save() creates); set through __dict__, typed here
    _data: Dict[str, Any]
    _values: Dict[str, Any]
    _assigned: Set[str]
    _client: Any  # a RecordClient (halopsa._source), or None
    _partial: bool
    _new: bool

    def __init__(self, **fields: Any) -> None:
        """A new, unsaved record: ``Ticket(summary="Printer jammed", client_id=12)``."""
        object.__setattr__(self, "__dict__", {"_data": {}, "_values": {}, "_assigned": set(), "_client": None,
                                              "_partial": False, "_new": True})
        for name, value in fields.items():
            setattr(self, name, value)

    @classmethod
    def _from_api(cls, client: Any, data: Dict[str, Any], partial: bool = False) -> "Model":
        obj = object.__new__(cls)
        object.__setattr__(obj, "__dict__", {"_data": data, "_values": {}, "_assigned": set(), "_client": client,
                                             "_partial": partial, "_new": False})
        return obj

    # -- attribute access for fields the model does not declare ------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_data", "_values", "_assigned", "_client", "_partial", "_new"):
            raise AttributeError(name)
        values = self._values
        if name in values:
            return values[name]
        raw = self._data.get(name, _MISSING)
        if raw is _MISSING:
            import difflib

            close = [] if name.startswith("_") else difflib.get_close_matches(  # not for probes: hasattr(r, "_x")
                name, list(self._data) + list(self._fields), n=1, cutoff=0.75)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            if self._partial:
                hint += "; this record came from a list, which Halo abbreviates: call refresh() to load it in full"
            raise AttributeError(f"{type(self).__name__} has no field '{name}'{hint}")
        if isinstance(raw, (list, dict)):
            raw = copy.deepcopy(raw)
            values[name] = raw
        return raw

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        schema_field = name not in _STATE and name in cls._schema_names()
        if not schema_field and (name.startswith("_") or isinstance(getattr(cls, name, None),
                                                                     (_Field, property, _ForwardRelation))):
            object.__setattr__(self, name, value)
            return
        if not schema_field and (isinstance(getattr(cls, name, None), _ReverseRelation)
                                 or callable(getattr(cls, name, None))):
            raise AttributeError(f"'{name}' is a method or relation of {cls.__name__}, not a field")
        # a field: declared or not; also one of the schema's that starts with "_" (_loadreportonly) or has the
        # name of a method (an incoming email's "delete"), which then reads back through record["delete"]
        self._values[name] = value
        self._assigned.add(name)

    @classmethod
    def _schema_names(cls) -> FrozenSet[str]:
        """The field names of the family's POST schema (read once a class)."""
        names: Optional[FrozenSet[str]] = cls.__dict__.get("_schema_field_names")
        if names is None:
            names = frozenset()
            if cls.resource_name:
                from ..resources import REGISTRY

                resource = REGISTRY.get(cls.resource_name)
                names = frozenset((resource.write_fields or ()) if resource is not None else ())
            cls._schema_field_names = names
        return names

    def __getitem__(self, key: str) -> Any:
        """Raw access to any field by its wire name, including ones shadowed by a relation."""
        return self.to_dict()[key]

    def _lookup_value(self, name: str, absent: Any) -> Any:
        """What a client-side lookup (``where()``) compares: a field the server sent (as read, with any unsaved
        change), else a custom field by name; else ``None`` for a declared field of a full record, and
        ``absent`` otherwise (a partial record may simply not carry it: the caller can ``refresh()`` it)."""
        if name in self._values or name in self._data:
            return self._field_value(name)
        for entry in self._data.get("customfields") or ():
            if isinstance(entry, dict) and entry.get("name") == name:
                return entry.get("value")
        if not self._partial and isinstance(getattr(type(self), name, None), _Field):
            return None
        return absent

    def _field_value(self, name: str) -> Any:
        descriptor = type(self).__dict__.get(name) or getattr(type(self), name, None)
        if isinstance(descriptor, _Field):
            return descriptor.__get__(self, type(self))
        try:
            return self.__getattr__(name)
        except AttributeError:
            return None

    # -- state ---------------------------------------------------------------------------------------------

    @property
    def is_partial(self) -> bool:
        """True for a record from a list reply (Halo abbreviates those); ``refresh()`` loads the full record."""
        return self._partial

    @property
    def custom_fields(self) -> CustomFields:
        return CustomFields(self)

    @property
    def raw(self) -> Dict[str, Any]:
        """The record as the server last sent it (do not mutate)."""
        return self._data

    def _changed_fields(self) -> Dict[str, Any]:
        """Wire-format values (whole values, custom fields included) of the fields that differ from the raw record."""
        data = self._data
        fields = self._fields
        assigned = self._assigned
        changed: Dict[str, Any] = {}
        for name, value in self._values.items():
            raw = data.get(name, _MISSING)
            if name in assigned:
                if raw is _MISSING or not _same(value, raw, fields.get(name, Any)):
                    changed[name] = unstructure_value(value)
            elif isinstance(value, _IMMUTABLE):
                continue  # a cached read: reading cannot change it
            elif raw is _MISSING or raw is None:
                if value:  # e.g. custom_fields written on a record that had none
                    changed[name] = unstructure_value(value)
            elif not _same(value, raw, fields.get(name, Any)):
                changed[name] = unstructure_value(value)  # mutated in place
        return changed

    def changes(self) -> Dict[str, Any]:
        """Wire-format values that differ from what the server last sent: what ``save()`` would send.

        Custom fields are narrowed to the entries whose value changed, in Halo's ``customfields`` shape."""
        return self._narrow(self._changed_fields())

    def _narrow(self, changed: Dict[str, Any]) -> Dict[str, Any]:
        if "customfields" not in changed:
            return changed
        narrowed = dict(changed)
        entries = _changed_custom_fields(self._data.get("customfields"), changed["customfields"])
        if entries:
            narrowed["customfields"] = entries
        else:
            del narrowed["customfields"]
        return narrowed

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def to_dict(self) -> Dict[str, Any]:
        """The record in wire form: what the server sent, with unsaved changes applied (and nothing else)."""
        merged = dict(self._data)
        if self._values:
            merged.update(self._changed_fields())
        return merged

    def _apply_reply(self, reply: Mapping[str, Any], sent: Mapping[str, Any]) -> None:
        """After a save: the raw record becomes what it was plus the saved values (``sent``, whole values) plus
        whatever the server echoed. A new dict, so a record shared with other code is never edited in place."""
        data = dict(self._data)
        data.update(sent)
        for key, value in reply.items():
            if key == "customfields" and isinstance(value, list) and isinstance(data.get(key), list):
                # a reply may echo only the entries that were sent: merge them, never drop the others
                data[key] = _merge_custom_fields(data[key], value)
            else:
                data[key] = value
        object.__setattr__(self, "_data", data)
        self._values.clear()
        self._assigned.clear()
        self.__dict__.pop("_related", None)

    # -- persistence -----------------------------------------------------------------------------------------

    def _bound_client(self) -> "RecordClient":
        """The client the record came through (whatever provides :class:`~halopsa._source.RecordClient`)."""
        client: Optional["RecordClient"] = self._client
        if client is None:
            raise HaloError(f"{self!r} is not attached to a client; create it with "
                            f"client.{self.resource_name}.new(...) or save it with client.{self.resource_name}.create(record)")
        return client

    def _manager(self) -> "RecordSource":
        return self._bound_client()._manager(self.resource_name)

    def save(self) -> "Model":
        """Create the record (one made here with ``new()`` or the class, never saved, and given no id), or send
        only the changed fields of an existing one. Returns self. A record from the server always saves as an
        update: an id changed to something that is not an id (``0``, ``None``, ``"abc"``) is refused before
        anything is sent, never turned into a create."""
        manager = self._manager()
        if self._new and self.id in (None, 0):
            body = {key: value for key, value in self.to_dict().items() if key != "id"}
            saved = manager._post_one(body)
            self._apply_reply(saved, body)
            self._partial = False
            self._new = False
            return self
        record_id = manager._check_id(self.id)
        changed = self._changed_fields()
        changed.pop("id", None)
        changes = self._narrow(changed)
        if not changes:
            return self
        saved = manager._post_one({"id": record_id, **changes}, known=self._data.keys())
        self._new = False
        self._apply_reply(saved, changed)
        return self

    def delete(self, **params: Any) -> None:
        """Delete the record on the server (``reason=`` for tickets)."""
        if self._new:
            raise HaloError(f"{self!r} was never saved, so there is nothing to delete")
        manager = self._manager()
        if not manager.resource.can_delete:
            raise HaloQueryError(f"{manager.resource.name} cannot be deleted through the HaloPSA API")
        manager.delete(self.id, **params)

    def refresh(self) -> "Model":
        """Re-read the full record (with ``includedetails=true`` where the resource takes it), discarding
        unsaved changes. Returns self."""
        if self._new:
            raise HaloError(f"{self!r} was never saved, so it cannot be refreshed")
        manager = self._manager()
        details = {"includedetails": True} if "includedetails" in manager.resource.get_params else {}
        fresh = manager._get_raw(self.id, **details)  # timesheets and expenses take no includedetails
        object.__setattr__(self, "_data", fresh)
        self._values.clear()
        self._assigned.clear()
        self._partial = False
        self.__dict__.pop("_related", None)
        return self

    # -- display and identity ------------------------------------------------------------------------------

    def __repr__(self) -> str:
        title_field = type(self)._title
        title = self._values.get(title_field, self._data.get(title_field))
        if not title and title_field == "name":  # a family without a hand-picked title: the first it has
            title = next((self._data[key] for key in _TITLE_FALLBACKS if isinstance(self._data.get(key), str)
                          and self._data[key]), None)
        record_id = self._values.get("id", self._data.get("id"))
        ident = f"#{record_id}" if record_id not in (None, 0) else "(unsaved)"
        if isinstance(title, str) and title:
            shown = title if len(title) <= 60 else title[:57] + "..."
            return f"<{type(self).__name__} {ident} {shown!r}>"
        return f"<{type(self).__name__} {ident}>"

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, Model) or type(other) is not type(self):
            return NotImplemented
        if self.id in (None, 0) or other.id in (None, 0):
            return self is other
        return bool(self.id == other.id)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id)) if self.id not in (None, 0) else id(self)

    def __dir__(self) -> List[str]:
        names = set(super().__dir__())
        names.update(key for key in self._data if key.isidentifier())
        return sorted(names)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_rebuild, (type(self), self.to_dict()))


def _rebuild(cls: Type[Model], data: Dict[str, Any]) -> Model:
    return cls._from_api(None, data)


# What names a record of a family whose title field is not hand-picked, in order of preference.
_TITLE_FALLBACKS = ("name", "title", "subject", "summary", "description", "reference", "outcome", "note")

# Instance state, never a field (see Model.__init__).
_STATE = frozenset({"_data", "_values", "_assigned", "_client", "_partial", "_new", "_related"})

_IMMUTABLE = (str, int, float, bool, type(None), bytes, dt.date, dt.time, dt.timedelta, frozenset)


def _same(value: Any, raw: Any, kind: Any) -> bool:
    """Whether a field's Python value still says what the raw wire value said."""
    if value is None or raw is None:
        return value is None and raw is None
    if value == raw if kind is Any else value == structure_value(raw, kind):
        return True
    return bool(unstructure_value(value) == raw)  # e.g. the wire string itself, or a related record with the same id


def _entry_key(entry: Dict[str, Any]) -> Any:
    return entry["id"] if entry.get("id") not in (None, 0) else ("name", entry.get("name"))


def _merge_custom_fields(current: List[Any], echoed: List[Any]) -> List[Any]:
    """``current`` with the echoed entries merged in by id (or by name); unknown echoed entries are appended."""
    merged = [dict(entry) if isinstance(entry, dict) else entry for entry in current]
    for incoming in echoed:
        if not isinstance(incoming, dict):
            continue
        target = None
        for entry in merged:
            if isinstance(entry, dict) and (_entry_key(entry) == _entry_key(incoming) or (
                    incoming.get("name") is not None and entry.get("name") == incoming.get("name"))):
                target = entry
                break
        if target is None:
            merged.append(dict(incoming))
        else:
            target.update(incoming)
    return merged


def _changed_custom_fields(original: Any, current: Any) -> List[Dict[str, Any]]:
    """Only the custom field entries whose value changed, in Halo's ``customfields`` shape."""
    before: Dict[Any, Any] = {}
    for entry in original or []:
        if isinstance(entry, dict):
            before[entry.get("id", entry.get("name"))] = entry.get("value")
            if "name" in entry:
                before[entry["name"]] = entry.get("value")
    changed = []
    for entry in current or []:
        if not isinstance(entry, dict):
            continue
        key = entry.get("id", entry.get("name"))
        if key not in before or before[key] != entry.get("value"):
            changed.append({k: entry[k] for k in ("id", "name", "value") if k in entry})
    return changed


def declare_fields(cls: _C) -> _C:
    """Make ``cls`` an attrs class of its annotated fields and install the lazy field descriptors."""
    cls = attrs.define(slots=False, init=False, repr=False, eq=False, on_setattr=attrs.setters.NO_OP)(cls)
    attrs.resolve_types(cls)
    fields: Dict[str, Any] = {}
    for base in reversed(cls.__mro__[1:]):
        fields.update(getattr(base, "_fields", {}))
    for field in attrs.fields(cls):
        kind = _unwrap_optional(field.type)
        fields[field.name] = kind
        setattr(cls, field.name, _Field(field.name, kind))
    setattr(cls, "_fields", fields)
    return cls


def model(resource_name: str, title: str = "name") -> Callable[[_C], _C]:
    """Class decorator for a resource model: declared fields (see :func:`declare_fields`), names, exceptions."""

    def decorate(cls: _C) -> _C:
        cls = declare_fields(cls)
        setattr(cls, "resource_name", resource_name)
        setattr(cls, "_title", title)
        setattr(cls, "DoesNotExist", type("DoesNotExist", (HaloNotFoundError,), {
            "__module__": cls.__module__, "__qualname__": f"{cls.__name__}.DoesNotExist",
            "__doc__": f"No {cls.__name__} matched the query."}))
        setattr(cls, "MultipleObjectsReturned", type("MultipleObjectsReturned", (_multiple(),), {
            "__module__": cls.__module__, "__qualname__": f"{cls.__name__}.MultipleObjectsReturned"}))
        return cls

    return decorate


def _multiple() -> type:
    from ..exceptions import MultipleObjectsReturned

    return MultipleObjectsReturned


def _unwrap_optional(kind: Any) -> Any:
    """The type a field's raw value is structured to: ``Optional[X]`` -> ``X``; a list of ``Any``, a dict of
    anything to ``Any`` (or a bare ``list``/``dict``) -> ``Any``, which reads as a deep copy without cattrs."""
    args = getattr(kind, "__args__", None)
    if args and type(None) in args:
        rest = [arg for arg in args if arg is not type(None)]
        if len(rest) == 1:
            kind = rest[0]
    if kind in (list, dict, List, Dict):
        return Any
    origin, params = getattr(kind, "__origin__", None), getattr(kind, "__args__", ())
    if (origin is list and all(arg is Any for arg in params)) or (origin is dict and params[-1:] in ((), (Any,))):
        return Any  # JSON containers of anything: a deep copy is the structured value
    return kind


def install_relations(cls: type, resource: "Resource") -> None:
    for relation in resource.relations:
        if relation.name not in cls.__dict__:
            setattr(cls, relation.name, _ForwardRelation(relation.name, relation.resource, relation.field))
    for reverse in resource.reverse:
        if reverse.name not in cls.__dict__:
            setattr(cls, reverse.name, _ReverseRelation(reverse.name, reverse.resource, reverse.filter))
