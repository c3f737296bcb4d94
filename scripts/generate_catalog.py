#!/usr/bin/env python3
"""Generate ``halopsa/_catalog.py`` from Halo's OpenAPI document.

The package never reads the 4 MB spec at run time: this script distils the parts the SDK needs (the query
parameters of each resource's list, get and delete operations, whether the collection takes POST, and the
component schema of the POST body) into a small, committed, plain-Python module.

Usage (from anywhere)::

    python scripts/generate_catalog.py                 # write halopsa/_catalog.py
    python scripts/generate_catalog.py --check         # exit 1 if the committed file is stale
    python scripts/generate_catalog.py --spec PATH     # use another copy of the spec

The spec is advisory (see the API notes, section 6): parameter types use .NET names, some date filters are
typed ``bool`` by mistake and some parameters are declared twice. The fixes are made here, visibly: type names
are mapped by ``_SCHEMA_TYPES``, description prefixes such as ``(array of int)`` refine a generic ``string``,
and everything else goes through the explicit ``TYPE_OVERRIDES`` table, whose every use is printed.

Standard library only, Python 3.9+.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO_ROOT.parent / "shared" / "halopsa-openapi.json"
OUTPUT = REPO_ROOT / "halopsa" / "_catalog.py"

# SDK name -> resource path, as the registry names them. The order is the notes' table order; the output is
# sorted by path regardless.
RESOURCES: Dict[str, str] = {
    "tickets": "/Tickets",
    "actions": "/Actions",
    "clients": "/Client",
    "users": "/Users",
    "agents": "/Agent",
    "assets": "/Asset",
    "sites": "/Site",
    "invoices": "/Invoice",
    "contracts": "/ClientContract",
    "opportunities": "/Opportunities",
    "projects": "/Projects",
    "appointments": "/Appointment",
    "items": "/Item",
    "kb_articles": "/KBArticle",
    "suppliers": "/Supplier",
    "attachments": "/Attachment",
    "statuses": "/Status",
    "teams": "/Team",
    "categories": "/Category",
    "priorities": "/Priority",
    "slas": "/SLA",
    "ticket_types": "/TicketType",
    "top_levels": "/TopLevel",
    "expenses": "/Expense",
    "timesheets": "/Timesheet",
    "releases": "/Release",
    "reports": "/Report",
    "webhooks": "/Webhook",
    "workdays": "/Workday",
    "software_licences": "/SoftwareLicence",
    "crm_notes": "/CRMNote",
    "quotations": "/Quotation",
}

# Non-collection paths recorded when the spec has them. They use the same entry shape; "list" then holds the
# query parameters of GET on the path itself (there is no "{id}" form, so "get" and "delete" are None).
EXTRA_PATHS: Tuple[str, ...] = (
    "/Agent/me",
    "/Users/me",
    "/Client/me",
    "/Attachment/GetS3PresignedURL",
    "/Attachment/PresignedURLUploadComplete",
)

TYPES = ("int", "bool", "str", "float", "datetime", "int_list", "str_list")

HELP_MAX = 160

# Declared schema types (.NET names and OpenAPI names) -> catalog types. Keys are lower-cased.
_SCHEMA_TYPES: Dict[str, str] = {
    "int": "int",
    "int32": "int",
    "int64": "int",
    "long": "int",
    "integer": "int",
    "short": "int",
    "bool": "bool",
    "boolean": "bool",
    "double": "float",
    "decimal": "float",
    "float": "float",
    "number": "float",
    "string": "str",
    "guid": "str",
    "datetime": "datetime",
    "date": "datetime",
    "list<int>": "int_list",
    "list<int32>": "int_list",
    "list<long>": "int_list",
    "list<integer>": "int_list",
    "list<string>": "str_list",
    "int[]": "int_list",
    "string[]": "str_list",
}

# Type prefixes Halo writes at the start of a description, "(array of int) Returns tickets ...".
_PREFIX_TYPES: Dict[str, str] = {
    "array of int": "int_list",
    "array of integer": "int_list",
    "array of long": "int_list",
    "list of int": "int_list",
    "list<int>": "int_list",
    "array of string": "str_list",
    "list of string": "str_list",
    "list<string>": "str_list",
    "int": "int",
    "integer": "int",
    "long": "int",
    "bool": "bool",
    "boolean": "bool",
    "double": "float",
    "decimal": "float",
    "float": "float",
    "number": "float",
    "datetime": "datetime",
    "date": "datetime",
    "string": "str",
}
_PREFIX_ALTERNATIVES = "|".join(sorted(map(re.escape, _PREFIX_TYPES), key=len, reverse=True))
_PREFIX_RE = re.compile(r"^\s*\(\s*(" + _PREFIX_ALTERNATIVES + r")\s*\)\s*", re.I)

# "(string) Filter Assets on asset types, comma seperated ids." -- Halo's own spelling varies.
_COMMA_LIST_RE = re.compile(r"comma[\s-]*sep[ae]r[ae]ted", re.I)
_MENTIONS_IDS_RE = re.compile(r"\bids\b|\bID's|\bIDs\b", re.I)

# ---------------------------------------------------------------------------------------------------------
# Explicit type fixes, applied by parameter name on every recorded operation, after the rules above.
# Each entry: name -> (catalog type, why). Every application is printed when the script runs.
# ---------------------------------------------------------------------------------------------------------
TYPE_OVERRIDES: Dict[str, Tuple[str, str]] = {
    # Date filters the spec types as bool by mistake (API notes, section 6). Their descriptions repeat the
    # mistake ("(bool) Include the field lastupdatefromdate in the response."), so only the name is reliable.
    "lastupdatefromdate": ("datetime", "date filter typed bool in the spec"),
    "lastupdatetodate": ("datetime", "date filter typed bool in the spec"),
    "invoicedatestart": ("datetime", "date filter typed bool in the spec"),
    "invoicedateend": ("datetime", "date filter typed bool in the spec"),
    # Date filters the spec types as a plain string; typing them datetime lets callers pass date objects
    # (sent as ISO 8601, API notes section 2). Strings still pass through unchanged.
    "startdate": ("datetime", "date filter typed string in the spec"),
    "enddate": ("datetime", "date filter typed string in the spec"),
    "start_date": ("datetime", "date filter typed string in the spec"),
    "end_date": ("datetime", "date filter typed string in the spec"),
    "calendar_startdate": ("datetime", "date filter typed string in the spec"),
    "calendar_enddate": ("datetime", "date filter typed string in the spec"),
    "billing_date": ("datetime", "date filter typed string in the spec"),
    "reportingperiodstartdate": ("datetime", "date filter typed string in the spec"),
    "reportingperiodenddate": ("datetime", "date filter typed string in the spec"),
    "date": ("datetime", "date filter typed string in the spec"),
    # Described as "two comma separated values" (include active, include inactive): a fixed pair such as
    # "true,false", not an open-ended list, so it must not become str_list by the comma rule.
    "activeinactive": ("str", "a fixed 'true,false' pair, not a list"),
}

# Names that look like dates but are genuine flags, checked so that the bool-date detector below stays quiet.
# "startdatetime"/"enddatetime" are "(bool) Include project start/end date and time details in the response."
KNOWN_DATE_FLAGS = frozenset({"startdatetime", "enddatetime"})

# A bool-typed parameter whose name names a date ("date" in it, not an include/use/show/... flag) is almost
# certainly one of the section-6 mistakes: the generator warns about any not settled by the tables above.
_DATE_NAME_RE = re.compile(r"date", re.I)
_FLAG_PREFIX_RE = re.compile(r"^(include|use|show|is|has|exclude|hide|only|get)", re.I)


class Report:
    """What the generator changed relative to the spec, for printing."""

    def __init__(self) -> None:
        self.overrides: Dict[Tuple[str, str, str], List[str]] = {}
        self.inferred_lists: List[str] = []
        self.prefix_overrides: List[str] = []
        self.duplicates: List[str] = []
        self.warnings: List[str] = []

    def lines(self) -> List[str]:
        out: List[str] = []
        for (name, old, new), where in sorted(self.overrides.items()):
            reason = TYPE_OVERRIDES[name][1]
            out.append(f"override {name}: {old} -> {new} ({reason}) on {', '.join(where)}")
        for line in self.prefix_overrides:
            out.append(f"description prefix: {line}")
        for line in self.inferred_lists:
            out.append(f"comma-separated list: {line}")
        for line in self.duplicates:
            out.append(f"duplicate dropped (first wins): {line}")
        return out


def _schema_type(schema: Dict[str, Any]) -> Optional[str]:
    """Map a parameter's declared schema to a catalog type, or None when it is not recognised."""
    declared = str(schema.get("type") or "").strip().lower()
    fmt = str(schema.get("format") or "").strip().lower()
    if declared == "array":
        items = _schema_type(schema.get("items") or {})
        return {"int": "int_list", "str": "str_list"}.get(items or "")
    if declared == "string" and fmt in ("date-time", "date"):
        return "datetime"
    if declared in ("integer", "number") and fmt in _SCHEMA_TYPES:
        return _SCHEMA_TYPES[fmt]
    return _SCHEMA_TYPES.get(declared)


def clean_help(description: str) -> str:
    """One line of help: no type prefix, no HTML, no runs of whitespace, at most HELP_MAX characters."""
    text = _PREFIX_RE.sub("", description or "", count=1)
    text = re.sub(r"<[^>]*>", " ", text)
    text = html.unescape(text)
    text = " ".join(text.split())
    if len(text) > HELP_MAX:
        cut = text[: HELP_MAX - 3].rsplit(" ", 1)[0].rstrip(" ,;:.")
        text = cut + "..."
    return text


def resolve_type(where: str, param: Dict[str, Any], report: Report) -> str:
    name = param["name"]
    description = param.get("description") or ""
    declared = _schema_type(param.get("schema") or {})
    if declared is None:
        report.warnings.append(f"{where} {name}: unrecognised schema {param.get('schema')!r}; typed str")
        declared = "str"
    prefix_match = _PREFIX_RE.match(description)
    prefixed = _PREFIX_TYPES[prefix_match.group(1).lower()] if prefix_match else None

    result = declared
    if prefixed in ("int_list", "str_list"):
        # "(array of int)" means a list even where the schema says string (it is sent comma-separated).
        result = prefixed
    elif declared == "str" and prefixed in (None, "str") and _COMMA_LIST_RE.search(description):
        result = "int_list" if (name.endswith("ids") or _MENTIONS_IDS_RE.search(description)) else "str_list"
        if name not in TYPE_OVERRIDES:
            report.inferred_lists.append(f"{where} {name}: str -> {result}")
    elif declared == "str" and prefixed not in (None, "str"):
        # A specific prefix refines a generic string. A specific declared type (int, bool) is kept: it is
        # what the server binds, and the conflicting prefixes in this spec are the less credible side.
        result = prefixed
        if name not in TYPE_OVERRIDES:
            report.prefix_overrides.append(f"{where} {name}: str -> {result}")

    if name in TYPE_OVERRIDES:
        forced = TYPE_OVERRIDES[name][0]
        if forced != result:
            report.overrides.setdefault((name, result, forced), []).append(where)
        result = forced
    elif (
        result == "bool"
        and _DATE_NAME_RE.search(name)
        and not _FLAG_PREFIX_RE.match(name)
        and name not in KNOWN_DATE_FLAGS
    ):
        report.warnings.append(
            f"{where} {name}: typed bool but named like a date; add it to TYPE_OVERRIDES or KNOWN_DATE_FLAGS"
        )
    return result


def query_params(
    where: str, operation: Optional[Dict[str, Any]], report: Report
) -> Optional[Dict[str, Dict[str, str]]]:
    """The query parameters of one operation, sorted by name, or None when the operation does not exist."""
    if operation is None:
        return None
    params: Dict[str, Dict[str, str]] = {}
    for param in operation.get("parameters") or []:
        if param.get("in") != "query":
            continue  # path parameters ({id}) are the SDK's business; the spec declares no headers
        name = param["name"]
        if name in params:
            report.duplicates.append(f"{where} {name}")
            continue
        params[name] = {
            "type": resolve_type(where, param, report),
            "help": clean_help(param.get("description") or ""),
        }
    return dict(sorted(params.items()))


def post_schema(operation: Optional[Dict[str, Any]]) -> Optional[str]:
    """The component schema named by the items of the POST body array, or None."""
    if operation is None:
        return None
    content = (operation.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), {})
    schema = media.get("schema") or {}
    if schema.get("type") != "array":
        return None
    ref = (schema.get("items") or {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None


def _find_path(paths: Dict[str, Any], path: str) -> Optional[Dict[str, Any]]:
    """A path item; Halo's server is case-insensitive on paths, so a differently cased spelling also counts."""
    if path in paths:
        return paths[path]
    for key, item in paths.items():
        if key.lower() == path.lower():
            return item
    return None


def build_catalog(spec: Dict[str, Any]) -> Tuple[Dict[str, Any], List[str], Report]:
    paths = spec.get("paths") or {}
    report = Report()
    catalog: Dict[str, Any] = {}
    missing: List[str] = []

    for path in RESOURCES.values():
        collection = _find_path(paths, path)
        if collection is None:
            missing.append(path)
            continue
        single = _find_path(paths, path + "/{id}") or {}
        catalog[path] = {
            "list": query_params(f"GET {path}", collection.get("get"), report),
            "get": query_params(f"GET {path}/{{id}}", single.get("get"), report),
            "post": "post" in collection,
            "delete": query_params(f"DELETE {path}/{{id}}", single.get("delete"), report),
            "schema": post_schema(collection.get("post")),
        }

    for path in EXTRA_PATHS:
        item = _find_path(paths, path)
        if item is None:
            report.warnings.append(f"{path} is not in the spec; not recorded")
            continue
        catalog[path] = {
            "list": query_params(f"GET {path}", item.get("get"), report),
            "get": None,
            "post": "post" in item,
            "delete": query_params(f"DELETE {path}", item.get("delete"), report),
            "schema": post_schema(item.get("post")),
        }
    return dict(sorted(catalog.items())), sorted(missing), report


# --- writer: black-style layout (double quotes, trailing commas, one item per line when a line is too long) ---
# Dicts are written in insertion order: build_catalog sorts the data keys (paths, parameter names) and keeps
# the fixed keys of an entry ("list", "get", ...) and of a parameter ("type", "help") in their documented order.

LINE_LENGTH = 120


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value)  # double-quoted; JSON escapes are valid Python escapes
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} values")


def _lines(value: Any, indent: int, lead: str, trail: str) -> Iterable[str]:
    """``lead`` + value + ``trail`` at ``indent`` spaces, split one item per line when it does not fit."""
    pad = " " * indent
    flat = _literal(value)
    fits = len(pad) + len(lead) + len(flat) + len(trail) <= LINE_LENGTH
    if fits or not isinstance(value, (dict, list)) or not value:
        yield pad + lead + flat + trail
        return
    if isinstance(value, dict):
        yield pad + lead + "{"
        for key, item in value.items():
            yield from _lines(item, indent + 4, _literal(key) + ": ", ",")
        yield pad + "}" + trail
    else:
        yield pad + lead + "["
        for item in value:
            yield from _lines(item, indent + 4, "", ",")
        yield pad + "]" + trail


HEADER = '''\
# Generated by scripts/generate_catalog.py from Halo's OpenAPI document; do not edit.
# Regenerate with `python scripts/generate_catalog.py`; `--check` tells whether this file is current.
"""The HaloPSA endpoint catalog: query parameters and operations of each resource path, from the spec.

``CATALOG`` maps a resource path to::

    {
        "list": {name: {"type": ..., "help": ...}} or None,  # GET {path}; None when there is no GET
        "get": {...} or None,     # GET {path}/{id}, the path parameter excluded
        "post": bool,             # whether {path} takes POST (create and update)
        "delete": {...} or None,  # DELETE {path}/{id}; None when there is no DELETE
        "schema": str or None,    # component schema of the POST body's array items
    }

For the non-collection paths (``/Agent/me``, ``/Attachment/GetS3PresignedURL``, ...) "list" holds GET on
the path itself and "get" is None. Each parameter's "type" is one of
%(types)s.
Every parameter is listed, paging and ordering ones included (the registry decides which are filters).
``MISSING`` holds the resource paths this copy of the spec lacks.
"""

from __future__ import annotations

from typing import Any, Dict, List

'''


def render(catalog: Dict[str, Any], missing: List[str]) -> str:
    types = ", ".join(f'"{name}"' for name in TYPES)
    out = [(HEADER % {"types": types}).rstrip("\n"), ""]
    out.extend(_lines(catalog, 0, "CATALOG: Dict[str, Dict[str, Any]] = ", ""))
    out.append("")
    out.extend(_lines(missing, 0, "MISSING: List[str] = ", ""))
    return "\n".join(out) + "\n"


def generate(spec: Dict[str, Any]) -> Tuple[str, Report]:
    catalog, missing, report = build_catalog(spec)
    return render(catalog, missing), report


def load_spec(path: Path) -> Dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Generate halopsa/_catalog.py from Halo's OpenAPI document.")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help=f"OpenAPI JSON (default: {DEFAULT_SPEC})")
    parser.add_argument("--check", action="store_true", help="exit 1 if halopsa/_catalog.py is not current")
    args = parser.parse_args(argv)

    if not args.spec.is_file():
        print(f"error: spec not found at {args.spec}; pass --spec PATH", file=sys.stderr)
        return 2
    text, report = generate(load_spec(args.spec))
    relative = OUTPUT.relative_to(REPO_ROOT)

    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.is_file() else None
        if current != text:
            message = f"{relative} is out of date with the spec; re-run `python scripts/generate_catalog.py`."
            print(message, file=sys.stderr)
            return 1
        print(f"{relative} is up to date.")
        return 0

    for line in report.lines():
        print(line)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {relative} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
