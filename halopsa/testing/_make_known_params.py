"""Generate ``_known_params.py``: the query parameters Halo's OpenAPI document lists for each path the fake serves.

The fake records every query parameter a request carries that is not in this set (``RecordedRequest.
unknown_params``) and applies a filter only when the spec lists its parameter for that path, because Halo ignores
parameters it does not know. Run it when the spec changes and commit the output::

    python -m halopsa.testing._make_known_params /path/to/halopsa-openapi.json

The spec is 4 MB, so the package never reads it at run time.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Dict, Iterable, List, Set

from ._resources import RESOURCES

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_known_params.py")

# Sub-paths the fake serves besides /<Resource> and /<Resource>/{id}.
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


def collect(spec: dict) -> Dict[str, Set[str]]:
    paths = spec["paths"]
    lower = {path.lower(): path for path in paths}
    wanted: List[str] = []
    for row in RESOURCES.values():
        wanted += [f"/{row.path}", f"/{row.path}/{{id}}"]
    wanted += list(EXTRA_PATHS)
    known: Dict[str, Set[str]] = {}
    for path in wanted:
        key = path.lower()
        names: Set[str] = set()
        spec_path = lower.get(key)
        if spec_path is not None:
            for operation in paths[spec_path].values():
                if not isinstance(operation, dict):
                    continue
                for parameter in operation.get("parameters", []):
                    if parameter.get("in") == "query":
                        names.add(parameter["name"].lower())
        known[key] = names
    for key, names in HAND_WRITTEN.items():
        known.setdefault(key, set()).update(names)
    return known


def collect_fields(spec: dict) -> Dict[str, List[str]]:
    """The fields of each resource's schema, in the spec's order (POST bodies drop any others)."""
    schemas = spec["components"]["schemas"]
    fields: Dict[str, List[str]] = {}
    for row in RESOURCES.values():
        fields[row.schema] = list(schemas.get(row.schema, {}).get("properties", {}))
    return fields


def collect_roots(spec: dict) -> List[str]:
    """The first path segment of every path in the spec, lower-cased: the endpoints a real Halo has, so that the
    fake can tell "a Halo endpoint it does not model" from "no such endpoint" in its 404s."""
    return sorted({path.strip("/").split("/")[0].lower() for path in spec["paths"] if path.strip("/")})


def render(known: Dict[str, Set[str]], fields: Dict[str, List[str]], source: str,
           roots: Iterable[str] = ()) -> str:
    lines = [
        '"""Query parameters and record fields from Halo\'s OpenAPI document. GENERATED: do not edit.',
        "",
        f"Made by ``halopsa/testing/_make_known_params.py`` from {source}, plus the hand-written entries in",
        "that script (/Expense, /Timesheet). Values are space-separated names, split lazily by the server.",
        "KNOWN_PARAMS: lower-cased query parameter names per lower-cased path.",
        "KNOWN_FIELDS: the properties of each resource's schema, keyed by schema name (Faults for tickets, ...).",
        "SPEC_ROOTS: the lower-cased first segment of every path in the spec (/api/<root>/...).",
        '"""',
        "",
        "KNOWN_PARAMS = {",
    ]
    for key in sorted(known):
        lines += _entry(key, sorted(known[key]))
    lines += ["}", "", "KNOWN_FIELDS = {"]
    for key in sorted(fields):
        lines += _entry(key, fields[key])
    lines.append("}")
    lines += ["", "SPEC_ROOTS = ("] + [f"    {chunk!r}" for chunk in _wrap(list(roots), 104)] + [")"]
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
    text = render(collect(spec), collect_fields(spec), os.path.basename(source), collect_roots(spec))
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
