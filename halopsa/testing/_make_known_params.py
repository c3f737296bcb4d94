"""Generate ``_known_params.py``: what the fake needs from Halo's OpenAPI document, without the 4 MB document.

* the query parameters the spec lists for each path: the fake records every parameter a request carries that is
  not in that set (``RecordedRequest.unknown_params``) and applies a filter only when the spec lists it for that
  path, because Halo ignores parameters it does not know;
* the fields of the record schemas (POST bodies drop any others, as Halo's model binding does);
* every collection family (a first path segment with ``GET /X`` or ``GET /X/{id}``): its spelling, which of list,
  get, create-or-update and delete the spec has, and the schema its POST takes, so that the fake serves every
  family generically beside the 32 it models by hand;
* every path with its methods, so that another operation answers "not modelled" (501), a method the path lacks
  405, and a path Halo does not have 404.

Run it when the spec changes and commit the output::

    python -m halopsa.testing._make_known_params /path/to/halopsa-openapi.json
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any, Dict, Iterable, List, Optional, Set

from ._resources import RESOURCES
from ._spec import route_key

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_known_params.py")

# Sub-paths the fake serves besides /<Resource> and /<Resource>/{id} (all in the spec; listed so that a spec
# without them still gives the fake an entry).
EXTRA_PATHS = (
    "/Agent/me", "/Users/me", "/Client/me",
    "/Attachment/document/{id}", "/Attachment/GetS3PresignedURL", "/Attachment/PresignedURLUploadComplete",
)

# Added by hand. /Expense is absent from the spec copy (newer builds have it); /Timesheet's list lists no
# parameters at all in the spec although Halo's UI filters it by agent and date. These are guesses: say so.
HAND_WRITTEN: Dict[str, List[str]] = {
    "/expense": ["agent_id", "ticket_id", "fault_id", "startdate", "enddate", "datesearch", "includedetails",
                 "count", "search"],
    "/expense/{id}": ["includedetails"],
    "/timesheet": ["agent_id", "date", "start_date", "end_date"],
}

_METHODS = ("get", "post", "put", "patch", "delete")
_ONE_TEMPLATE = re.compile(r"^\{[^{}]+\}$")  # a segment that is one path parameter, e.g. {id}


def collect(spec: Dict[str, Any]) -> Dict[str, Set[str]]:
    """``route_key`` of each path -> the lower-cased query parameters the spec lists for it (all its operations)."""
    paths = spec["paths"]
    known: Dict[str, Set[str]] = {}
    for path, item in paths.items():
        names = known.setdefault(route_key(path), set())
        for operation in item.values():
            if isinstance(operation, dict):
                names.update(p["name"].lower() for p in operation.get("parameters", []) if p.get("in") == "query")
    wanted = [f"/{row.path}" for row in RESOURCES.values()] + [f"/{row.path}/{{id}}" for row in RESOURCES.values()]
    for path in wanted + list(EXTRA_PATHS):
        known.setdefault(path.lower(), set())
    for key, hand_names in HAND_WRITTEN.items():
        known.setdefault(key, set()).update(hand_names)
    return known


def collect_fields(spec: Dict[str, Any]) -> Dict[str, List[str]]:
    """The fields of each record schema the fake stores (the 32's and every family's POST body), in the spec's
    order."""
    schemas = spec["components"]["schemas"]
    names = {row.schema for row in RESOURCES.values()}
    names.update(family["schema"] for family in collect_families(spec).values() if family["schema"] != "-")
    return {name: list(schemas.get(name, {}).get("properties", {})) for name in names}


def collect_families(spec: Dict[str, Any]) -> Dict[str, Dict[str, str]]:
    """Every collection family: lower-cased first segment -> its spelling, its operations as letters (l: GET /X,
    g: GET /X/{id}, p: POST /X of an array of records, d: DELETE /X/{id}) and the POST body's schema ("-": none).

    A POST whose body is not an array of records (ids, a single object, nothing) is not a create-or-update: the
    fake leaves it to the "not modelled" answer rather than guess what it does."""
    paths = spec["paths"]
    families: Dict[str, Dict[str, str]] = {}
    for path, item in paths.items():
        segments = path.strip("/").split("/")
        if not segments[0]:
            continue
        letters = ""
        schema: Optional[str] = None
        if len(segments) == 1:
            letters += "l" if "get" in item else ""
            if "post" in item:
                schema = _array_schema(item["post"])
                letters += "p" if schema else ""
        elif len(segments) == 2 and _ONE_TEMPLATE.match(segments[1]):
            letters += ("g" if "get" in item else "") + ("d" if "delete" in item else "")
        else:
            continue
        family = families.setdefault(segments[0].lower(), {"path": segments[0], "ops": "", "schema": "-"})
        family["ops"] += letters
        if schema:
            family["schema"] = schema
    collections = {}
    for root, family in families.items():
        if "l" in family["ops"] or "g" in family["ops"]:
            family["ops"] = "".join(letter for letter in "lgpd" if letter in family["ops"])
            collections[root] = family
    taken = set(RESOURCES) & {root for root in collections if root not in _hand_roots()}
    assert not taken, f"generic families would share a table name with the 32: {sorted(taken)}"
    return collections


def collect_paths(spec: Dict[str, Any]) -> Dict[str, str]:
    """Every path, spelled as in the spec -> its methods, upper-cased, e.g. "GET DELETE"."""
    return {path: " ".join(m.upper() for m in _METHODS if m in item) for path, item in spec["paths"].items()
            if path.strip("/")}


def _hand_roots() -> Set[str]:
    return {row.path.lower() for row in RESOURCES.values()}


def _array_schema(operation: Dict[str, Any]) -> Optional[str]:
    """The schema name of a body that is a JSON array of records, else None."""
    content = operation.get("requestBody", {}).get("content", {})
    body = content.get("application/json", {}).get("schema") or {}
    if body.get("type") != "array":
        return None
    ref = body.get("items", {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None


def generate(spec: Dict[str, Any], source: str) -> str:
    """The text of ``_known_params.py`` for a spec (what ``main`` writes and what a test compares)."""
    return render(collect(spec), collect_fields(spec), source, collect_families(spec), collect_paths(spec))


def render(known: Dict[str, Set[str]], fields: Dict[str, List[str]], source: str,
           families: Dict[str, Dict[str, str]], paths: Dict[str, str]) -> str:
    lines = [
        '"""What the fake reads from Halo\'s OpenAPI document. GENERATED: do not edit.',
        "",
        f"Made by ``halopsa/testing/_make_known_params.py`` from {source}, plus the hand-written entries in",
        "that script (/Expense, /Timesheet). Values are space-separated names, split lazily by the server.",
        "KNOWN_PARAMS: lower-cased query parameter names per lower-cased path (each whole-segment parameter {id}).",
        "KNOWN_FIELDS: the properties of each record schema, keyed by schema name (Faults for tickets, ...).",
        "FAMILIES: every collection family, by lower-cased first segment: \"<spelling> <operations> <POST schema>\";",
        "operations are letters: l GET /X, g GET /X/{id}, p POST /X (an array of records), d DELETE /X/{id}.",
        "SPEC_PATHS: every path as the spec spells it, with its methods.",
        '"""',
        "",
        "KNOWN_PARAMS = {",
    ]
    for key in sorted(known):
        lines += _entry(key, sorted(known[key]))
    lines += ["}", "", "KNOWN_FIELDS = {"]
    for key in sorted(fields):
        lines += _entry(key, fields[key])
    lines += ["}", "", "FAMILIES = {"]
    for key in sorted(families):
        family = families[key]
        lines.append(f"    {key!r}: {' '.join((family['path'], family['ops'], family['schema']))!r},")
    lines += ["}", "", "SPEC_PATHS = {"]
    for path in sorted(paths, key=str.lower):
        lines.append(f"    {path!r}: {paths[path]!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _entry(key: str, words: List[str]) -> List[str]:
    chunks = _wrap(words, 100)
    if len(chunks) <= 1:
        return [f"    {key!r}: {' '.join(words)!r},"]
    return [f"    {key!r}: ("] + [f"        {chunk!r}" for chunk in chunks] + ["    ),"]


def _wrap(words: Iterable[str], width: int) -> List[str]:
    chunks: List[str] = []
    current = ""
    for word in words:
        piece = word if not current else " " + word
        if current and len(current) + len(piece) > width:
            chunks.append(current + " ")
            current = word
        else:
            current += piece
    if current:
        chunks.append(current)
    return chunks


def main(argv: List[str]) -> int:
    source = argv[1] if len(argv) > 1 else os.environ.get("HALO_OPENAPI", "halopsa-openapi.json")
    with open(source, encoding="utf-8") as handle:
        spec = json.load(handle)
    text = generate(spec, os.path.basename(source))
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
