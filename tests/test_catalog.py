"""The generated endpoint catalog (halopsa/_catalog.py) and its generator (scripts/generate_catalog.py)."""

from __future__ import annotations

import importlib.util
import runpy
from pathlib import Path
from types import ModuleType
from typing import Any, Dict

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO_ROOT.parent / "shared" / "halopsa-openapi.json"
CATALOG_PATH = REPO_ROOT / "halopsa" / "_catalog.py"
GENERATOR_PATH = REPO_ROOT / "scripts" / "generate_catalog.py"

RESOURCE_PATHS = [
    "/Tickets", "/Actions", "/Client", "/Users", "/Agent", "/Asset", "/Site", "/Invoice", "/ClientContract",
    "/Opportunities", "/Projects", "/Appointment", "/Item", "/KBArticle", "/Supplier", "/Attachment", "/Status",
    "/Team", "/Category", "/Priority", "/SLA", "/TicketType", "/TopLevel", "/Expense", "/Timesheet", "/Release",
    "/Report", "/Webhook", "/Workday", "/SoftwareLicence", "/CRMNote", "/Quotation",
]  # fmt: skip
ALLOWED_TYPES = {"int", "bool", "str", "float", "datetime", "int_list", "str_list"}
ENTRY_KEYS = {"list", "get", "post", "delete", "schema"}

# The catalog is read from its file rather than imported through the package, so these tests do not depend
# on halopsa/__init__.py (and whatever it imports).
_namespace = runpy.run_path(str(CATALOG_PATH))
CATALOG: Dict[str, Dict[str, Any]] = _namespace["CATALOG"]
MISSING = _namespace["MISSING"]


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


def _operations(entry: Dict[str, Any]):
    for operation in ("list", "get", "delete"):
        yield operation, entry[operation] or {}


def test_committed_catalog_matches_a_fresh_generation(generator: ModuleType, openapi: Dict[str, Any]) -> None:
    text, _report = generator.generate(openapi)
    assert CATALOG_PATH.read_text(encoding="utf-8") == text, (
        "halopsa/_catalog.py is out of date with the spec; re-run `python scripts/generate_catalog.py`"
    )


def test_check_flag_reports_a_current_catalog(generator: ModuleType, openapi: Dict[str, Any], capsys) -> None:
    assert generator.main(["--check", "--spec", str(SPEC_PATH)]) == 0


def test_every_resource_path_is_catalogued_or_missing() -> None:
    for path in RESOURCE_PATHS:
        assert (path in CATALOG) != (path in MISSING), path
    assert MISSING == ["/Expense"]


def test_entries_have_the_documented_shape() -> None:
    for path, entry in CATALOG.items():
        assert set(entry) == ENTRY_KEYS, path
        assert isinstance(entry["post"], bool), path
        assert entry["schema"] is None or isinstance(entry["schema"], str), path
        for operation, params in _operations(entry):
            for name, param in params.items():
                assert set(param) == {"type", "help"}, (path, operation, name)
                assert param["type"] in ALLOWED_TYPES, (path, operation, name, param["type"])
                assert "\n" not in param["help"] and "<" not in param["help"], (path, operation, name)
                assert len(param["help"]) <= 160, (path, operation, name)


def test_tickets_list_filters() -> None:
    filters = CATALOG["/Tickets"]["list"]
    assert filters["client_id"]["type"] == "int"
    assert filters["status"]["type"] == "int_list"
    assert filters["open_only"]["type"] == "bool"
    assert "pageinate" in filters
    assert "startdate" in filters
    for absent in ("priority_id", "team_id", "tickettype_id"):
        assert absent not in filters


def test_tickets_delete_takes_a_reason() -> None:
    assert CATALOG["/Tickets"]["delete"] == {"reason": {"type": "str", "help": ""}}


def test_timesheet_and_expense_cannot_be_deleted() -> None:
    assert CATALOG["/Timesheet"]["delete"] is None
    assert "/Expense" not in CATALOG or CATALOG["/Expense"]["delete"] is None


def test_actions_list_takes_ticket_id() -> None:
    assert CATALOG["/Actions"]["list"]["ticket_id"]["type"] == "int"


def test_spec_quirks_are_fixed() -> None:
    # Date filters typed bool in the spec (API notes, section 6).
    assert CATALOG["/Tickets"]["list"]["lastupdatefromdate"]["type"] == "datetime"
    assert CATALOG["/Invoice"]["list"]["invoicedatestart"]["type"] == "datetime"
    # Genuine flags that merely mention a date stay bool.
    assert CATALOG["/Tickets"]["list"]["startdatetime"]["type"] == "bool"
    assert CATALOG["/Tickets"]["list"]["includenextactivitydate"]["type"] == "bool"
    # "(bool)" in the description refines a parameter the spec types as string.
    assert CATALOG["/Agent"]["list"]["includeenabled"]["type"] == "bool"
    # The type prefix is stripped from help; parameter names keep Halo's spelling.
    assert CATALOG["/Tickets"]["list"]["client_id"]["help"] == "Filters by the specified client."
    assert "pageinate" in CATALOG["/Client"]["list"]


def test_extra_paths_are_recorded() -> None:
    for path in ("/Agent/me", "/Users/me", "/Client/me"):
        assert CATALOG[path]["list"] == {}, path
    for path in ("/Attachment/GetS3PresignedURL", "/Attachment/PresignedURLUploadComplete"):
        assert CATALOG[path]["post"] is True, path
        assert CATALOG[path]["schema"] == "PresignedURLRequest", path


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
