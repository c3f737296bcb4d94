"""Names where ids go: ``--agent "Dana Brooks"``, ``--status closed``, ``--team "Second Line"``.

A filter or write field that takes a related record (``Resource.name_keys()``) takes its name as well as its id.
Before connecting, names stand in as a valid id so that the local checks (filter names and types, the write
schema) still run; after connecting, each name is looked up once with the related manager's ``by_name()``
(exact, else a unique prefix, ignoring case) and replaced by the id, or, for a field that holds a name (a
ticket's ``team``), by the record's exact name. Nothing is written until every name resolved: an unknown name
exits 3, an ambiguous one lists the candidates and exits 2.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING, Any, Collection, Dict, List, Mapping, MutableMapping, Optional, Tuple

from ._errors import NOT_FOUND, USAGE, CommandFailed

if TYPE_CHECKING:  # pragma: no cover
    from ..resources import Relation, Resource

__all__ = ["is_name", "with_placeholders", "NameResolver"]

PLACEHOLDER_ID = 1


_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def is_name(value: Any) -> bool:
    """A value that names a record rather than giving its id. Anything that reads as a number (``12``, ``-3``,
    ``1.5``) is an id, right or wrong: the id checks judge it, before connecting."""
    return isinstance(value, str) and bool(value.strip()) and not _NUMBER.match(value.strip())


def _parts(value: Any, several: bool) -> List[Any]:
    return [part.strip() for part in value.split(",")] if several and isinstance(value, str) else [value]


def _several(resource: "Resource", key: str, kind: str) -> bool:
    """Whether the key takes a comma-separated list (an ``int_list`` filter such as ``team`` or ``priority``)."""
    return kind == "filter" and getattr(resource.filters.get(key), "type", "") == "int_list"


def _keys(resource: "Resource", only: Optional[Collection[str]]) -> Dict[str, "Relation"]:
    keys = resource.name_keys()
    return keys if only is None else {key: relation for key, relation in keys.items() if key in only}


def with_placeholders(resource: "Resource", values: Mapping[str, Any], kind: str,
                      only: Optional[Collection[str]] = None) -> Dict[str, Any]:
    """``values`` with each name replaced by a valid stand-in of its key's type, for the checks made before
    connecting (a name is not a wrong type there: it is resolved later). ``only``: the keys that may hold a
    name (a write's typed flags; --set and --data send their values as given)."""
    keys = _keys(resource, only)
    checked = dict(values)
    for key, value in values.items():
        if key not in keys:
            continue
        parts = _parts(value, _several(resource, key, kind))
        if not any(is_name(part) for part in parts):
            continue
        if kind == "field":
            checked[key] = "name" if _holds_name(resource, key) else PLACEHOLDER_ID
        else:  # filters travel as text: "1", or "1,2" for a list
            checked[key] = ",".join(str(PLACEHOLDER_ID) if is_name(part) else part for part in parts)
    return checked


def _holds_name(resource: "Resource", key: str) -> bool:
    """A write field that holds the related record's name, not its id (a ticket's ``team``)."""
    return (resource.write_fields or {}).get(key) == "str"


class NameResolver:
    """Looks names up through ``client`` (each name once a command) and puts ids in their place."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self._found: Dict[Tuple[str, str, Tuple[Tuple[str, Any], ...]], Any] = {}

    def resolve(self, resource: "Resource", values: MutableMapping[str, Any], kind: str,
                only: Optional[Collection[str]] = None) -> None:
        """Replace, in place, every name in ``values`` (filters when ``kind`` is "filter", a write's fields when
        it is "field"; ``only`` as for :func:`with_placeholders`) by what the key takes."""
        keys = _keys(resource, only)
        # a record named within another (a site of the client given, a user of that site) is looked up among
        # that one's: the keys it depends on are resolved first
        ordered = sorted((key for key in values if key in keys), key=lambda key: bool(self._narrowing(keys[key],
                                                                                                    values)))
        for key in ordered:
            relation = keys[key]
            value = values[key]
            parts = _parts(value, _several(resource, key, kind))
            within = {name: values[name] for name in self._narrowing(relation, values)
                      if not is_name(values[name]) and "," not in str(values[name])}
            if kind == "field" and _holds_name(resource, key):
                # a ticket's team: the team's exact name (an id is read to find it)
                values[key] = self._title(relation, key, value) if str(value).strip() else value
            elif any(is_name(part) for part in parts):
                ids = [self._record(relation, key, part, within).id if is_name(part) else part for part in parts]
                values[key] = ids[0] if kind == "field" else ",".join(str(part) for part in ids)

    @staticmethod
    def _narrowing(relation: "Relation", values: Mapping[str, Any]) -> List[str]:
        """The keys among ``values`` that the related resource's listing filters by (a site's ``client_id``)."""
        from ..resources import REGISTRY

        related = REGISTRY[relation.resource]
        return [other.field for other in related.relations
                if other.field in values and other.field in related.filters and other.field != relation.field]

    def _title(self, relation: "Relation", key: str, value: Any) -> str:
        from ..resources import REGISTRY

        record = self._record(relation, key, value)
        return str(record.raw.get(REGISTRY[relation.resource].title) or value)

    def _record(self, relation: "Relation", key: str, name: Any, within: Optional[Mapping[str, Any]] = None) -> Any:
        from .._naming import normalise
        from ..exceptions import HaloNotFoundError, MultipleObjectsReturned

        within = dict(within or {})
        cache_key = (relation.resource, normalise(name), tuple(sorted(within.items())))
        if cache_key not in self._found:
            manager = getattr(self.client, relation.resource)
            try:
                self._found[cache_key] = manager.get(int(name)) if str(name).strip().isdigit() else \
                    manager.by_name(name, **within)
            except MultipleObjectsReturned as error:
                raise CommandFailed(f"{key}: {error}", USAGE) from None
            except HaloNotFoundError as error:
                raise CommandFailed(f"{key}: {str(error).rstrip('.')}; list them with 'halo "
                                    f"{relation.resource.replace('_', '-')} list'", NOT_FOUND) from None
        return self._found[cache_key]
