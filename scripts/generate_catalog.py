#!/usr/bin/env python3
"""Generate ``halopsa/_catalog/`` from Halo's OpenAPI document.

The package never reads the 4 MB spec at run time: this script distils what the SDK needs of every family (the
first segment of a path: ``/Tickets``, ``/RecurringInvoice``, ``/Notify``...) into committed files: a small index
(``__init__.py``: names, path, paging, which operations exist) read at start-up, and one JSON file a family
(query parameters of its list, get and delete; its POST schema's fields and their types; its other operations
with their parameters) read when that family is first used.

Usage (from anywhere)::

    python scripts/generate_catalog.py                 # write halopsa/_catalog/
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
OUTPUT = REPO_ROOT / "halopsa" / "_catalog"

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
KNOWN_DATE_FLAGS = frozenset({"startdatetime", "enddatetime", "validate", "update_shown"})

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


# ---------------------------------------------------------------------------------------------------------
# Names. The SDK name of a family is the snake_case plural of its path's first segment (`/RecurringInvoice` ->
# `recurring_invoices`); a family with no list and no get (only operations, e.g. `/Notify`) keeps its snake_case
# singular (`notify`). Its CLI name is the SDK name in kebab-case; its model class the CamelCase singular. The
# overrides below are the only exceptions, each with its reason.
# ---------------------------------------------------------------------------------------------------------
NAME_OVERRIDES: Dict[str, Tuple[str, str]] = {
    # path: (SDK name, model class name)
    "/ClientContract": ("contracts", "Contract"),  # the name the 32-resource SDK has always used
    "/Notification": ("notification_settings", "NotificationSetting"),  # the rule's name is /Notifications'
    "/azureadmapping": ("azure_ad_mappings", "AzureADMapping"),  # lower-case path: the rule cannot split it
    "/pagerdutymapping": ("pager_duty_mappings", "PagerDutyMapping"),  # likewise
    "/workflowstep": ("workflow_steps", "WorkflowStep"),  # likewise
    "/MYOBDetails": ("myob_details", "MYOBDetail"),  # an acronym before "Details"
}

# Words whose plural is the word itself.
UNCOUNTABLE = frozenset({"info", "data", "health", "software", "feedback", "information", "news", "details",
                         "settings", "status_history"})

# Operations (sub-endpoints) are named after the path's literal segments after the family (`/Asset/NextTag` ->
# `next_tag`, `/Invoice/{id}/void` -> `void`); where one sub-path takes several methods each name is prefixed with
# its verb (`get_booking`, `post_booking`), and so is a name the manager already uses for something else (`get`).
# Paths with no literal segment after the family are named here.
OPERATION_NAME_OVERRIDES: Dict[Tuple[str, str], str] = {
    ("POST", "/Automation/{runbookId}"): "run_runbook",
    ("GET", "/TicketApproval/{id}&{seq}"): "get_step",
    ("DELETE", "/TicketApproval/{id}&{seq}"): "delete_step",
    ("POST", "/TicketApproval/{id}&{seq}"): "post_step",
    ("GET", "/ReportData/{publishedid}"): "published",
}

# Names of the manager API that an operation may not take (it gets its verb as a prefix instead).
RESERVED_NAMES = frozenset({
    "all", "filter", "where", "order_by", "concurrency", "count", "exists", "first", "last", "iterator", "values",
    "values_list", "in_bulk", "get_or_create", "update_or_create", "list", "list_all", "get", "new", "create",
    "update", "delete", "batch_create", "bulk_create", "resource", "operations", "request", "upload", "download",
    "call",
})

# Families grouped apart in listings and help: integration settings and mappings.
_INTEGRATION_RE = re.compile(r"(Details|Detail|Mapping|Mappings)$|^Integrat|Integration", re.I)

# A family's paging, from its list's parameters (the registry's PAGED, COUNTED, UNPAGED).
PAGED, COUNTED, UNPAGED = "paged", "counted", "unpaged"

# Write-field types, from the POST schema's property types.
FIELD_TYPES = ("int", "float", "bool", "str", "datetime", "list", "object", "any")


def snake_case(text: str) -> str:
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def plural(word: str) -> str:
    if word in UNCOUNTABLE or word.endswith(("info", "data")):
        return word
    if word.endswith(("us", "ss", "is", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("s"):
        return word  # already plural: Tickets, Users, Roles, DistributionLists
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def singular_class(root: str) -> str:
    name = root[:1].upper() + root[1:]
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith(("us", "ss", "is")):
        return name[:-1]
    return name


def family_names(path: str, collection: bool) -> Tuple[str, str]:
    """(SDK name, model class name) of the family at ``path``."""
    if path in NAME_OVERRIDES:
        return NAME_OVERRIDES[path]
    root = path.strip("/")
    words = snake_case(root).split("_")
    if collection:
        words[-1] = plural(words[-1])
    return "_".join(words), singular_class(root)


def field_type(prop: Dict[str, Any]) -> str:
    if "$ref" in prop or prop.get("type") == "object":
        return "object"
    kind = prop.get("type")
    if kind == "array":
        return "list"
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "string":
        return "datetime" if prop.get("format") in ("date-time", "date") else "str"
    return "any"


def _body(operation: Dict[str, Any]) -> Tuple[Optional[str], Optional[str]]:
    """(shape, schema) of an operation's request body: shape "array", "object", "string" or None."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    if media is None:
        return None, None
    schema = media.get("schema") or {}
    if schema.get("type") == "array":
        ref = (schema.get("items") or {}).get("$ref", "")
        return "array", ref.rsplit("/", 1)[-1] or None
    if "$ref" in schema:
        return "object", schema["$ref"].rsplit("/", 1)[-1]
    return (schema.get("type") or "object"), None


def post_schema(operation: Optional[Dict[str, Any]]) -> Optional[str]:
    """The component schema named by the items of the POST body array, or None."""
    if operation is None:
        return None
    shape, schema = _body(operation)
    return schema if shape == "array" else None


def write_fields(spec: Dict[str, Any], schema: Optional[str]) -> Optional[Dict[str, str]]:
    if schema is None:
        return None
    props = (((spec.get("components") or {}).get("schemas") or {}).get(schema) or {}).get("properties") or {}
    return {name: field_type(prop) for name, prop in sorted(props.items())}


def _paging(list_params: Optional[Dict[str, Any]]) -> str:
    if list_params and "pageinate" in list_params:
        return PAGED
    if list_params and "count" in list_params:
        return COUNTED
    return UNPAGED


_VERBS = ("get", "post", "put", "patch", "delete")


def _name_operations(found: List[Dict[str, Any]]) -> None:
    """Final names: where sub-paths share a name, a trailing path parameter adds ``_by_<param>`` (same method),
    then the verb goes in front (different methods); a reserved name gets its verb too; overrides win."""
    def groups() -> Dict[str, List[Dict[str, Any]]]:
        out: Dict[str, List[Dict[str, Any]]] = {}
        for op in found:
            out.setdefault(op["name"], []).append(op)
        return out

    for name, ops in groups().items():
        methods = [op["method"] for op in ops]
        if name and len(set(methods)) < len(methods):
            for op in ops:
                trailing = re.findall(r"\{([^}]+)\}$", op["path"])
                if trailing:
                    op["name"] = f"{name}_by_{snake_case(trailing[0])}"
    for name, ops in groups().items():
        if name and (len(ops) > 1 or name in RESERVED_NAMES) and len({op["method"] for op in ops}) == len(ops):
            for op in ops:
                if not (op["root"] and len(ops) == 1):
                    op["name"] = f"{op['method'].lower()}_{name}"
    for op in found:
        key = (op["method"], op["path"])
        if key in OPERATION_NAME_OVERRIDES:
            op["name"] = OPERATION_NAME_OVERRIDES[key]
        elif not op["name"]:
            raise SystemExit(f"{op['method']} {op['path']}: no literal segment to name it by; add it to "
                             "OPERATION_NAME_OVERRIDES")


def operations(root_path: str, items: Dict[str, Dict[str, Any]], collection: bool,
               report: Report) -> List[Dict[str, Any]]:
    """The family's sub-endpoints: every operation but list, create/update, get and delete. A family without
    list and get (``/Notify``) has only operations: a GET or POST on its own path is named ``get`` or ``post``."""
    standard = {("get", root_path), ("post", root_path), ("get", root_path + "/{id}"),
                ("delete", root_path + "/{id}")} if collection else set()
    found: List[Dict[str, Any]] = []
    for path, item in items.items():
        for method in _VERBS:
            operation = item.get(method)
            if not isinstance(operation, dict) or (method, path) in standard:
                continue
            rest = path[len(root_path):].strip("/").split("/") if path != root_path else []
            on_record = bool(rest) and rest[0] == "{id}"
            literal = [segment for segment in (rest[1:] if on_record else rest) if "{" not in segment]
            path_params = re.findall(r"\{([^}]+)\}", path)
            declared = {param["name"]: param.get("schema") or {} for param in operation.get("parameters") or []
                        if param.get("in") == "path"}
            shape, schema = _body(operation)
            found.append({
                "name": "_".join(snake_case(segment) for segment in literal) or (method if not collection else ""),
                "root": not literal,  # named by its verb alone (POST /Notify is notify.post); dropped below
                "method": method.upper(),
                "path": path,
                "on_record": on_record,
                "path_params": path_params,
                "path_types": {name: "int" if (declared.get(name) or {}).get("type") == "integer" else "str"
                               for name in path_params},
                "params": query_params(f"{method.upper()} {path}", operation, report) or {},
                "body": None if shape is None else (f"{shape}:{schema}" if schema else shape),
            })
    _name_operations(found)
    for op in found:
        del op["root"]
    names = [op["name"] for op in found]
    clash = sorted({name for name in names if names.count(name) > 1})
    if clash:
        raise SystemExit(f"{root_path}: operations share the names {clash}; add OPERATION_NAME_OVERRIDES")
    return sorted(found, key=lambda op: (op["name"], op["method"]))


def build_catalog(spec: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Dict[str, Any]], Report]:
    """(index, details by SDK name, report). The index: SDK name -> [path, model, paging, flags]."""
    paths = spec.get("paths") or {}
    report = Report()
    by_root: Dict[str, Dict[str, Dict[str, Any]]] = {}
    for path, item in paths.items():
        by_root.setdefault("/" + path.strip("/").split("/")[0], {})[path] = item
    index: Dict[str, Any] = {}
    details: Dict[str, Dict[str, Any]] = {}
    models: Dict[str, str] = {}
    for root_path, items in sorted(by_root.items(), key=lambda pair: pair[0].lower()):
        collection = items.get(root_path) or {}
        single = items.get(root_path + "/{id}") or {}
        list_params = query_params(f"GET {root_path}", collection.get("get"), report)
        get_params = query_params(f"GET {root_path}/{{id}}", single.get("get"), report)
        is_collection = list_params is not None or get_params is not None
        name, model_name = family_names(root_path, is_collection)
        if name in index or model_name in models:
            raise SystemExit(f"{root_path}: the name {name} (model {model_name}) is taken by "
                             f"{index.get(name, [models.get(model_name)])[0]}; add it to NAME_OVERRIDES")
        schema = post_schema(collection.get("post"))
        entry = {
            "list": list_params,
            "get": get_params,
            "post": is_collection and "post" in collection,
            "delete": query_params(f"DELETE {root_path}/{{id}}", single.get("delete"), report),
            "schema": schema,
            "fields": write_fields(spec, schema),
            "operations": operations(root_path, items, is_collection, report),
        }
        flags = "".join(letter for letter, present in (
            ("l", list_params is not None), ("g", get_params is not None), ("p", entry["post"]),
            ("d", entry["delete"] is not None), ("o", bool(entry["operations"])),
            ("i", bool(_INTEGRATION_RE.search(root_path.strip("/"))))) if present)
        index[name] = [root_path, model_name, _paging(list_params), flags]
        models[model_name] = root_path
        details[name] = entry
    # An operation whose body is a family's own POST schema ("array:Faults") is checked as that family's writes.
    by_schema = {entry["schema"]: name for name, entry in details.items() if entry["schema"] and entry["post"]}
    for entry in details.values():
        for op in entry["operations"]:
            schema = (op["body"] or "").partition(":")[2]
            op["body_family"] = by_schema.get(schema)
    return index, details, report


HEADER = '''\
# Generated by scripts/generate_catalog.py from Halo's OpenAPI document; do not edit.
# Regenerate with `python scripts/generate_catalog.py`; `--check` tells whether these files are current.
"""The HaloPSA endpoint catalog: every family (first path segment) of Halo's OpenAPI document.

``FAMILIES`` is the index, small enough for the start-up path: SDK name -> ``(path, model class name, paging,
flags)``; paging is "paged" (pageinate/page_size/page_no), "counted" (count=N) or "unpaged"; the flags say
which operations exist: ``l`` list (GET path), ``g`` get (GET path/{id}), ``p`` create and update (POST path),
``d`` delete (DELETE path/{id}), ``o`` other operations, ``i`` an integration's settings.

The rest of a family is read from ``<name>.json`` beside this file, one family at a time, by :func:`load`::

    {
        "list": {name: {"type": ..., "help": ...}} or None,  # GET {path}'s query parameters; None: no list
        "get": {...} or None,     # GET {path}/{id}
        "post": bool,             # POST {path} (create and update)
        "delete": {...} or None,  # DELETE {path}/{id}
        "schema": str or None,    # component schema of the POST body's array items
        "fields": {name: type} or None,  # that schema's properties: %(field_types)s
        "operations": [{"name", "method", "path", "on_record", "path_params", "path_types", "params", "body",
                        "body_family"}, ...],
    }

A parameter's "type" is one of %(types)s. Every parameter is listed, paging and ordering ones included (the
registry decides which are filters). An operation's "body" is None, "array:<Schema>", "object:<Schema>",
"array", "object" or "string"; "body_family" names the family whose POST schema that is (its elements are
checked as that family's writes), or None; "path_types" says whether each path parameter is "int" or "str".
"""

from __future__ import annotations

import json
import os

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, Dict, Tuple

_HERE = os.path.dirname(os.path.abspath(__file__))
_LOADED: "Dict[str, Dict[str, Any]]" = {}


def load(name: str) -> "Dict[str, Any]":
    """The details of one family (read once, on first use); an empty dict for a name the spec lacks."""
    entry = _LOADED.get(name)
    if entry is None:
        if name not in FAMILIES:
            return {}
        with open(os.path.join(_HERE, name + ".json"), encoding="utf-8") as handle:
            entry = _LOADED[name] = json.load(handle)
    return entry


'''


def render_index(index: Dict[str, Any], missing: List[str]) -> str:
    out = [(HEADER % {"types": ", ".join(f'"{name}"' for name in TYPES),
                      "field_types": ", ".join(f'"{name}"' for name in FIELD_TYPES)}).rstrip("\n"), ""]
    out.append('FAMILIES: "Dict[str, Tuple[str, str, str, str]]" = {')
    for name, (path, model_name, paging, flags) in index.items():
        out.append(f"    {_literal(name)}: ({_literal(path)}, {_literal(model_name)}, {_literal(paging)}, "
                   f"{_literal(flags)}),")
    out.append("}")
    out.append("")
    out.extend(_lines(missing, 0, 'MISSING = ', ""))
    out.append("")
    return "\n".join(out)


def render_details(entry: Dict[str, Any]) -> str:
    return json.dumps(entry, indent=1, sort_keys=False, ensure_ascii=False) + "\n"


# The paths of the 32 everyday resources that this copy of the spec lacks (the registry declares them by hand).
EVERYDAY_PATHS_NOT_IN_SPEC = ("/Expense",)


def generate(spec: Dict[str, Any]) -> Tuple[Dict[str, str], Report]:
    """Every output file's text by its file name (``__init__.py`` and one ``<name>.json`` a family)."""
    index, details, report = build_catalog(spec)
    known = {path.lower() for path, *_ in index.values()}
    missing = [path for path in EVERYDAY_PATHS_NOT_IN_SPEC if path.lower() not in known]
    files = {"__init__.py": render_index(index, missing)}
    for name, entry in details.items():
        files[f"{name}.json"] = render_details(entry)
    return files, report


def load_spec(path: Path) -> Dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def stale_files(files: Dict[str, str]) -> List[str]:
    """The output files that differ from ``files`` (or exist without being generated)."""
    stale = [name for name, text in files.items()
             if not (OUTPUT / name).is_file() or (OUTPUT / name).read_text(encoding="utf-8") != text]
    if OUTPUT.is_dir():
        stale += sorted(path.name for path in OUTPUT.iterdir()
                        if path.suffix in (".json", ".py") and path.name not in files)
    return sorted(stale)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Generate halopsa/_catalog/ from Halo's OpenAPI document.")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help=f"OpenAPI JSON (default: {DEFAULT_SPEC})")
    parser.add_argument("--check", action="store_true", help="exit 1 if halopsa/_catalog/ is not current")
    args = parser.parse_args(argv)

    if not args.spec.is_file():
        print(f"error: spec not found at {args.spec}; pass --spec PATH", file=sys.stderr)
        return 2
    files, report = generate(load_spec(args.spec))
    relative = OUTPUT.relative_to(REPO_ROOT)

    if args.check:
        stale = stale_files(files)
        if stale:
            print(f"{relative} is out of date with the spec ({', '.join(stale[:5])}"
                  f"{', ...' if len(stale) > 5 else ''}); re-run `python scripts/generate_catalog.py`.",
                  file=sys.stderr)
            return 1
        print(f"{relative} is up to date.")
        return 0

    for line in report.lines():
        print(line)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for path in OUTPUT.iterdir():
        if path.suffix in (".json", ".py") and path.name not in files:
            path.unlink()
    for name, text in files.items():
        target = OUTPUT / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    size = sum(len(text.encode()) for text in files.values())
    print(f"wrote {relative}: {len(files)} files, {size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
