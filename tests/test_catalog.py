"""The generated endpoint catalog (halopsa/_catalog/) and its generator (scripts/generate_catalog.py)."""

from __future__ import annotations

import importlib.util
import json
import re
import runpy
from pathlib import Path
from types import ModuleType
from typing import Any, Dict

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
from tests._support.spec import SPEC_PATH  # noqa: E402 - the one place the spec's path is decided
CATALOG_DIR = REPO_ROOT / "halopsa" / "_catalog"
GENERATOR_PATH = REPO_ROOT / "scripts" / "generate_catalog.py"

EVERYDAY_PATHS = [
    "/Tickets", "/Actions", "/Client", "/Users", "/Agent", "/Asset", "/Site", "/Invoice", "/ClientContract",
    "/Opportunities", "/Projects", "/Appointment", "/Item", "/KBArticle", "/Supplier", "/Attachment", "/Status",
    "/Team", "/Category", "/Priority", "/SLA", "/TicketType", "/TopLevel", "/Expense", "/Timesheet", "/Release",
    "/Report", "/Webhook", "/Workday", "/SoftwareLicence", "/CRMNote", "/Quotation",
]  # fmt: skip
ALLOWED_TYPES = {"int", "bool", "str", "float", "datetime", "int_list", "str_list"}
FIELD_TYPES = {"int", "float", "bool", "str", "datetime", "list", "object", "any"}
ENTRY_KEYS = {"list", "get", "post", "delete", "schema", "fields", "operations"}
OPERATION_KEYS = {"name", "method", "path", "on_record", "path_params", "path_types", "params", "body",
                  "body_family"}

# The index is read from its file rather than imported through the package, so these tests do not depend on
# halopsa/__init__.py (and whatever it imports).
_namespace = runpy.run_path(str(CATALOG_DIR / "__init__.py"))
FAMILIES: Dict[str, Any] = _namespace["FAMILIES"]
MISSING = _namespace["MISSING"]
BY_PATH = {path: name for name, (path, *_rest) in FAMILIES.items()}


def details(path: str) -> Dict[str, Any]:
    return json.loads((CATALOG_DIR / f"{BY_PATH[path]}.json").read_text(encoding="utf-8"))


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_catalog", GENERATOR_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module")
def openapi(generator: ModuleType) -> Dict[str, Any]:
    if not SPEC_PATH.is_file():
        pytest.skip(f"Halo's OpenAPI document is not at {SPEC_PATH}; cannot regenerate the catalog to compare")
    return generator.load_spec(SPEC_PATH)


def test_committed_catalog_matches_a_fresh_generation(generator: ModuleType, openapi: Dict[str, Any]) -> None:
    files, _report = generator.generate(openapi)
    for name, text in files.items():
        assert (CATALOG_DIR / name).read_text(encoding="utf-8") == text, (
            f"halopsa/_catalog/{name} is out of date with the spec; re-run `python scripts/generate_catalog.py`")
    on_disk = {path.name for path in CATALOG_DIR.iterdir() if path.suffix in (".py", ".json")}
    assert on_disk == set(files)


def test_check_flag_reports_a_current_catalog(generator: ModuleType, openapi: Dict[str, Any], capsys) -> None:
    assert generator.main(["--check", "--spec", str(SPEC_PATH)]) == 0


def test_every_family_and_operation_of_the_spec_is_catalogued(openapi: Dict[str, Any]) -> None:
    roots = {"/" + path.strip("/").split("/")[0] for path in openapi["paths"]}
    assert set(BY_PATH) == roots
    spec_operations = {(method.upper(), path) for path, item in openapi["paths"].items() for method in item
                       if method in ("get", "post", "put", "patch", "delete")}
    catalogued = set()
    for path, name in BY_PATH.items():
        entry = details(path)
        flags = FAMILIES[name][3]
        standard = {"l": ("GET", path), "g": ("GET", path + "/{id}"), "p": ("POST", path),
                    "d": ("DELETE", path + "/{id}")}
        catalogued |= {standard[flag] for flag in flags if flag in standard}
        catalogued |= {(op["method"], op["path"]) for op in entry["operations"]}
    assert catalogued == spec_operations
    assert len(spec_operations) == 1331


def test_every_everyday_path_is_catalogued_or_missing() -> None:
    for path in EVERYDAY_PATHS:
        assert (path in BY_PATH) != (path in MISSING), path
    assert MISSING == ["/Expense"]


def test_names_follow_the_rule() -> None:
    for name, (path, model_name, paging, flags) in FAMILIES.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", model_name), model_name
        assert paging in ("paged", "counted", "unpaged")
        assert set(flags) <= set("lgpdoi")
    assert len({model for _p, model, *_r in FAMILIES.values()}) == len(FAMILIES)
    for name, path in [("recurring_invoices", "/RecurringInvoice"), ("timesheet_events", "/TimesheetEvent"),
                       ("asset_types", "/AssetType"), ("asset_groups", "/AssetGroup"), ("field_info", "/FieldInfo"),
                       ("outcomes", "/Outcome"), ("sales_orders", "/SalesOrder"),
                       ("purchase_orders", "/PurchaseOrder"), ("lookups", "/Lookup"),
                       ("custom_tables", "/CustomTable"), ("workflows", "/Workflow"), ("roles", "/Roles"),
                       ("services", "/Service"), ("webhook_events", "/WebhookEvent"),
                       ("distribution_lists", "/DistributionLists"), ("contracts", "/ClientContract"),
                       ("kb_articles", "/KBArticle"), ("notify", "/Notify")]:
        assert BY_PATH[path] == name


def test_entries_have_the_documented_shape() -> None:
    for path in BY_PATH:
        entry = details(path)
        assert set(entry) == ENTRY_KEYS, path
        assert isinstance(entry["post"], bool), path
        assert entry["schema"] is None or isinstance(entry["schema"], str), path
        assert entry["fields"] is None or set(entry["fields"].values()) <= FIELD_TYPES, path
        for operation in ("list", "get", "delete"):
            for name, param in (entry[operation] or {}).items():
                assert set(param) == {"type", "help"}, (path, operation, name)
                assert param["type"] in ALLOWED_TYPES, (path, operation, name, param["type"])
                assert "\n" not in param["help"] and "<" not in param["help"], (path, operation, name)
                assert len(param["help"]) <= 160, (path, operation, name)
        names = [op["name"] for op in entry["operations"]]
        assert len(names) == len(set(names)), path
        for op in entry["operations"]:
            assert set(op) == OPERATION_KEYS, (path, op)
            assert re.fullmatch(r"[a-z][a-z0-9_]*", op["name"]), op["name"]
            assert op["path"].lower().startswith(path.lower()), op


def test_tickets_list_filters() -> None:
    filters = details("/Tickets")["list"]
    assert filters["client_id"]["type"] == "int"
    assert filters["status"]["type"] == "int_list"
    assert filters["open_only"]["type"] == "bool"
    assert "pageinate" in filters
    assert "startdate" in filters
    for absent in ("priority_id", "team_id", "tickettype_id"):
        assert absent not in filters


def test_tickets_write_fields_are_the_faults_schema() -> None:
    entry = details("/Tickets")
    assert entry["schema"] == "Faults"
    assert len(entry["fields"]) == 890
    assert entry["fields"]["summary"] == "str" and entry["fields"]["status_id"] == "int"
    assert entry["fields"]["customfields"] == "list"


def test_tickets_delete_takes_a_reason() -> None:
    assert details("/Tickets")["delete"] == {"reason": {"type": "str", "help": ""}}


def test_timesheet_cannot_be_deleted() -> None:
    assert details("/Timesheet")["delete"] is None
    assert "d" not in FAMILIES["timesheets"][3]


def test_actions_list_takes_ticket_id() -> None:
    assert details("/Actions")["list"]["ticket_id"]["type"] == "int"


def test_spec_quirks_are_fixed() -> None:
    # Date filters typed bool in the spec (API notes, section 6).
    assert details("/Tickets")["list"]["lastupdatefromdate"]["type"] == "datetime"
    assert details("/Invoice")["list"]["invoicedatestart"]["type"] == "datetime"
    # Genuine flags that merely mention a date stay bool.
    assert details("/Tickets")["list"]["startdatetime"]["type"] == "bool"
    assert details("/Tickets")["list"]["includenextactivitydate"]["type"] == "bool"
    # "(bool)" in the description refines a parameter the spec types as string.
    assert details("/Agent")["list"]["includeenabled"]["type"] == "bool"
    # The type prefix is stripped from help; parameter names keep Halo's spelling.
    assert details("/Tickets")["list"]["client_id"]["help"] == "Filters by the specified client."
    assert "pageinate" in details("/Client")["list"]


def test_operations_are_named_by_the_rule() -> None:
    def ops(path: str) -> Dict[str, Any]:
        return {op["name"]: op for op in details(path)["operations"]}

    void = ops("/Invoice")["void"]
    assert (void["method"], void["path"], void["on_record"], void["path_params"]) == (
        "POST", "/Invoice/{id}/void", True, ["id"])
    assert ops("/Asset")["next_tag"]["path"] == "/Asset/NextTag"
    assert ops("/Timesheet")["mine"]["method"] == "GET"
    assert ops("/Agent")["me"]["path"] == "/Agent/me"
    assert {"get_booking", "post_booking"} <= set(ops("/Appointment"))  # one sub-path, two methods
    assert {"get_image", "post_image", "get_image_by_id", "delete_image_by_id"} <= set(ops("/Attachment"))
    presign = ops("/Attachment")["get_s3_presigned_url"]
    assert presign["method"] == "POST" and presign["body"] == "array:PresignedURLRequest"
    assert ops("/Notify")["post"]["path"] == "/Notify"  # a family of operations only: its own path
    assert ops("/Automation")["run_runbook"]["path_params"] == ["runbookId"]  # named by an override


def test_duplicate_parameters_are_dropped_first_wins(generator: ModuleType) -> None:
    operation = {
        "parameters": [
            {"name": "id", "in": "path", "schema": {"type": "integer", "format": "int32"}},
            {"name": "utcoffset", "in": "query", "description": "(double) First.", "schema": {"type": "double"}},
            {"name": "utcoffset", "in": "query", "description": "(int) Second.", "schema": {"type": "int"}},
        ]
    }
    params = generator.query_params("GET /X", operation, generator.Report())
    assert params == {"utcoffset": {"type": "float", "help": "First."}}


@pytest.mark.parametrize(
    "schema, description, expected",
    [
        ({"type": "integer", "format": "int64"}, "", "int"),
        ({"type": "long"}, "", "int"),
        ({"type": "boolean"}, "", "bool"),
        ({"type": "decimal"}, "", "float"),
        ({"type": "number", "format": "double"}, "", "float"),
        ({"type": "DateTime"}, "", "datetime"),
        ({"type": "string", "format": "date-time"}, "", "datetime"),
        ({"type": "List<int>"}, "", "int_list"),
        ({"type": "List<string>"}, "", "str_list"),
        ({"type": "array", "items": {"type": "string"}}, "", "str_list"),
        ({"type": "string"}, "(array of int) Ids.", "int_list"),
        ({"type": "string"}, "(array of string) Names.", "str_list"),
        ({"type": "string"}, "(datetime) When.", "datetime"),
        ({"type": "string"}, "(string) Filter on types, comma seperated ids.", "int_list"),
        ({"type": "int"}, "(bool) A conflicting prefix does not beat a specific declared type.", "int"),
    ],
)
def test_type_mapping(generator: ModuleType, schema: Dict[str, Any], description: str, expected: str) -> None:
    param = {"name": "x", "in": "query", "description": description, "schema": schema}
    assert generator.resolve_type("GET /X", param, generator.Report()) == expected


def test_help_is_one_clean_line(generator: ModuleType) -> None:
    assert generator.clean_help("(bool) Include<br>\r\n\t the  thing &amp; more.") == "Include the thing & more."
    long_help = generator.clean_help("(string) " + "word " * 60)
    assert len(long_help) <= 160 and long_help.endswith("...")
