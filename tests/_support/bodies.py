"""The smallest valid create body for each resource, shared by the CLI's and the SDK's round-trip tests."""

from __future__ import annotations

from typing import Any, Dict

# The text field each resource's demo record is created with (``name`` unless listed; timesheets have none).
TEXT_FIELD = {"tickets": "summary", "opportunities": "summary", "projects": "summary", "actions": "note",
              "appointments": "subject", "categories": "value", "expenses": "description", "crm_notes": "note",
              "quotations": "title", "attachments": "filename", "timesheets": None, "assets": "inventory_number",
              "contracts": "ref"}


def create_body(name: str, fake: Any, label: str) -> Dict[str, Any]:
    """A body that creates one ``name`` record on ``fake``, its text field saying ``label``."""
    field = TEXT_FIELD.get(name, "name")
    body: Dict[str, Any] = {field: f"{label} ({name})"} if field else {}
    if name in ("tickets", "opportunities", "projects"):
        body["client_id"] = fake.records("clients")[0]["id"]
    if name == "actions":
        body["ticket_id"] = fake.records("tickets")[0]["id"]
    if name == "webhooks":
        body["url"] = "https://hooks.example.com/halo"
    if name == "timesheets":
        body.update(agent_id=fake.records("agents")[0]["id"], date="2026-01-05T00:00:00")
    return body
