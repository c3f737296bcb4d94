"""Records by name: ``client.agents.by_name("Dana Brooks")``, and the CLI's ``--agent "Dana Brooks"``.

A name is compared with the record's title field (``Resource.title``: an agent's, client's or status's ``name``)
ignoring case and runs of spaces: an exact match wins; otherwise the name must be the start of exactly one
title. No match raises the model's ``DoesNotExist`` (a :class:`~halopsa.exceptions.HaloNotFoundError`); several
raise its ``MultipleObjectsReturned`` carrying the candidates as ``(id, title)`` pairs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, List

from .exceptions import HaloQueryError

if TYPE_CHECKING:  # pragma: no cover
    from .resources import Resource

__all__ = ["normalise", "choose", "candidates_query"]

SHOWN_CANDIDATES = 8  # candidates an ambiguous name lists before "and N more"


def normalise(text: Any) -> str:
    """How names compare: case-folded, with runs of white space as one space and none at the ends."""
    return " ".join(str(text).split()).casefold()


def candidates_query(manager: Any, name: str, **filters: Any) -> Any:
    """The QuerySet that holds every record ``name`` could name: the whole listing of a lookup table (one
    request), or the server's text search where the listing is paged (a prefix is a substring, so the search
    returns every candidate; the match itself is made here, whatever the server's search compares)."""
    resource: "Resource" = manager.resource
    query = manager.filter(**filters) if filters else manager.all()
    if resource.paging != "unpaged" and "search" in resource.filters:
        query = query.filter(search=" ".join(str(name).split()))
    return query


def choose(resource: "Resource", name: Any, records: Iterable[Any]) -> Any:
    """The one record of ``records`` that ``name`` names (exactly, else by a unique prefix)."""
    wanted = normalise(name)
    if not wanted:
        raise HaloQueryError(f"an empty name names no {resource.model_name}: give a name or an id")
    exact: List[Any] = []
    prefixed: List[Any] = []
    for record in records:
        title = normalise(record.raw.get(resource.title) or "")
        if title == wanted:
            exact.append(record)
        elif title.startswith(wanted):
            prefixed.append(record)
    found = exact or prefixed
    if len(found) == 1:
        return found[0]
    from .models import model_for

    shown = " ".join(str(name).split())
    if not found:
        error = model_for(resource).DoesNotExist(f"no {resource.model_name} is named {shown!r} ({resource.name} compared by "
                                  f"{resource.title}, exactly or by the start, ignoring case)")
        error.resource, error.name = resource.name, shown  # type: ignore[attr-defined]
        raise error
    pairs = [(record.id, str(record.raw.get(resource.title) or "")) for record in found]
    owners = [_owner(resource, record) for record in found]  # a site's client: which "Head Office" is which
    listed = ", ".join(f"{title} (#{record_id}{', ' + owner if owner else ''})"
                       for (record_id, title), owner in zip(pairs[:SHOWN_CANDIDATES], owners))
    more = f" and {len(pairs) - SHOWN_CANDIDATES} more" if len(pairs) > SHOWN_CANDIDATES else ""
    how = "exactly" if exact else "by the start of their " + resource.title
    if any(owners):
        how += " (narrow them with the " + resource.relations[0].name.replace("_", " ") + ")"
    raise model_for(resource).MultipleObjectsReturned(f"{shown!r} names {len(pairs)} {resource.name} {how}: {listed}{more}; give more "
                                  "of the name, or the id", candidates=pairs, resource=resource.name, name=shown)



def _owner(resource: "Resource", record: Any) -> str:
    """The name of the record a candidate belongs to (its first relation's ``<name>_name``: a site's client)."""
    if not resource.relations:
        return ""
    return str(record.raw.get(f"{resource.relations[0].name}_name") or "")
