"""Names the top-level parser needs without importing the registry (which imports attrs).

``halo --help`` lists the everyday resources from here, and every other resource comes from the generated
catalog's index (plain data), so it stays fast; tests/cli/test_parser.py checks that these names match
``halopsa.resources.REGISTRY`` exactly, so the two cannot drift apart. On the command line a resource is written
in kebab-case (``kb-articles``, ``recurring-invoices``); its SDK spelling (``kb_articles``) is accepted too.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Dict, Optional, Tuple

# The 32 everyday resources, in the order `halo --help` shows them (SDK names).
RESOURCE_NAMES = (
    "tickets", "actions", "clients", "users", "agents", "assets", "sites", "invoices", "contracts",
    "opportunities", "projects", "appointments", "items", "kb_articles", "suppliers", "attachments", "statuses",
    "teams", "categories", "priorities", "slas", "ticket_types", "top_levels", "expenses", "timesheets",
    "releases", "reports", "webhooks", "workdays", "software_licences", "crm_notes", "quotations",
)

# The commands that are not resources, with the one line ``halo --help`` shows for each.
COMMANDS = {
    "configure": "write ~/.halopsa/config.yaml (checks the credentials first)",
    "request": "call any API endpoint: halo request GET /Tickets --param count=5",
    "sql": "run SQL through Halo's report engine: halo sql \"SELECT TOP 10 faultid, symptom FROM faults\"",
    "shell": "a Python shell with a connected client (ptpython)",
    "resources": "every resource with its actions and API path: halo resources [WORD] [-o json]",
    "sandbox": "a local fake HaloPSA with demo data: halo sandbox serve | reset",
    "completion": "print a shell completion script: halo completion bash|zsh|fish",
}

# A hidden command the completion scripts call: halo __complete WORD... (prints candidates, one a line).
COMPLETE_COMMAND = "__complete"

OUTPUT_FORMATS = ("table", "json", "yaml", "csv", "jsonl")

_all_names: "Optional[Tuple[str, ...]]" = None
_BY_COMMAND: "Dict[str, str]" = {}


def all_resource_names() -> "Tuple[str, ...]":
    """Every resource's SDK name: the everyday ones first, then the catalog's other families."""
    global _all_names
    if _all_names is None:
        from .._catalog import FAMILIES

        _all_names = RESOURCE_NAMES + tuple(name for name in FAMILIES if name not in RESOURCE_NAMES)
        for name in _all_names:
            _BY_COMMAND[name] = _BY_COMMAND[name.replace("_", "-")] = name
    return _all_names


def cli_names() -> "Tuple[str, ...]":
    """Every resource as the command line spells it (kebab-case)."""
    return tuple(name.replace("_", "-") for name in all_resource_names())


def resource_of(command: str) -> "Optional[str]":
    """The SDK name of the resource ``command`` names (``kb-articles`` or ``kb_articles``), or None."""
    all_resource_names()
    return _BY_COMMAND.get(command)
