"""Names the top-level parser needs without importing the registry (which imports attrs).

``halo --help`` lists the resources from here, so it stays fast; tests/cli/test_parser.py checks that this
tuple matches ``halopsa.resources.REGISTRY`` exactly, so the two cannot drift apart.
"""

from __future__ import annotations

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
    "shell": "a Python shell with a connected client (ptpython)",
    "sandbox": "a local fake HaloPSA with demo data: halo sandbox serve | reset",
    "completion": "print a shell completion script: halo completion bash|zsh|fish",
}

# A hidden command the completion scripts call: halo __complete WORD... (prints candidates, one a line).
COMPLETE_COMMAND = "__complete"

OUTPUT_FORMATS = ("table", "json", "yaml", "csv")
