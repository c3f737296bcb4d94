"""The registry: one declarative row for every HaloPSA resource family.

Every family of Halo's OpenAPI document (the first segment of a path: ``/Tickets``, ``/RecurringInvoice``,
``/Notify``...) is a row. The rows come from the generated index ``halopsa/_catalog/__init__.py`` (names, path,
paging, which operations exist), written by ``scripts/generate_catalog.py`` from the spec; the hand-written rows
below override what the spec cannot say for the 32 everyday resources (envelope key, relations, CLI columns,
title). A row's details (filters, write fields and their types, sub-endpoint operations) are read from the
family's own catalog file the first time they are needed, so start-up never loads the catalog whole. The SDK's
managers and their methods, the typed filters, the CLI's sub-commands and actions, the shell's namespace and the
docs tables are all built from this table: adding a resource is adding (or regenerating) a row.

A row is plain data: this module imports no model, QuerySet or client. ``halopsa.models.model_for(resource)`` is
the one place a row is bound to its model class (see docs/architecture.md).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, TypedDict

import attrs

__all__ = ["Resource", "Filter", "Relation", "Reverse", "Operation", "REGISTRY", "EVERYDAY", "get_resource",
           "in_listing_order",
           "resource_names", "cli_name", "PAGED", "COUNTED", "UNPAGED", "PAGING_PARAMS", "extract_rows"]

SINCE_FILTER = "lastupdatefromdate"  # the list filter of incremental reads (updated_since(), --since)
PAGED = "paged"        # pageinate=true&page_size=N&page_no=N, record_count in the envelope
COUNTED = "counted"    # no paging; count=N limits the rows
UNPAGED = "unpaged"    # one request returns everything

# Query parameters the SDK sets itself; they are not filters a user passes to filter().
PAGING_PARAMS = frozenset(
    {"pageinate", "page_size", "page_no", "count"}
    | {"order", "orderdesc"} | {f"order{i}" for i in range(2, 6)} | {f"orderdesc{i}" for i in range(2, 6)})

FILTER_TYPES = ("int", "bool", "str", "float", "datetime", "int_list", "str_list")


@attrs.frozen
class Filter:
    """A server-side filter: a query parameter of the resource's list endpoint."""

    name: str
    type: str
    help: str = ""


@attrs.frozen
class Relation:
    """A forward relation: ``ticket.client`` reads ``client_id`` and loads that record from ``clients``."""

    name: str
    resource: str
    field: str
    filter: Optional[str] = None  # the server filter that takes this relation's id, when it differs from field


@attrs.frozen
class Reverse:
    """A reverse relation: ``ticket.actions`` is ``client.actions.filter(ticket_id=ticket.id)``."""

    name: str
    resource: str
    filter: str


@attrs.frozen
class Operation:
    """A sub-endpoint of a family (``POST /Invoice/{id}/void``): a method of its manager (``client.invoices.void(12)``)
    and, when ``on_record`` (the record's id comes first in the path), of its model (``invoice.void()``)."""

    name: str                       # method name: void, next_tag, get_booking
    method: str                     # GET, POST, DELETE...
    path: str                       # /Invoice/{id}/void
    on_record: bool                 # the path's first parameter is the family's record id
    path_params: Tuple[str, ...]    # every {parameter} of the path, in order
    params: Mapping[str, Mapping[str, str]]  # query parameters: name -> {"type", "help"}
    body: Optional[str]             # None, "array:<Schema>", "object:<Schema>", "array", "object" or "string"
    path_types: Mapping[str, str] = {}  # each path parameter: "int" or "str"
    body_family: Optional[str] = None   # the family whose POST schema the body is (its elements are checked so)

    @property
    def cli_name(self) -> str:
        return self.name.replace("_", "-")


@attrs.frozen
class Resource:
    name: str                      # SDK name: client.tickets
    path: str                      # API path: /Tickets
    model_name: str                # model class name: Ticket
    envelope: Optional[str]        # key of the rows in an object reply; None: a bare array or any list in it
    paging: str                    # PAGED, COUNTED or UNPAGED
    columns: Tuple[str, ...] = ()  # default CLI columns (none: the first keys of the rows)
    title: str = "name"            # the field that names a record in reprs and tables
    can_list: bool = True          # GET {path}
    can_get: bool = True           # GET {path}/{id}
    can_write: bool = True         # POST {path}: create and update
    can_delete: bool = True        # DELETE {path}/{id}
    has_me: bool = False
    integration: bool = False      # an integration's settings or mappings: grouped apart in listings and help
    everyday: bool = False         # one of the 32 resources built and tuned by hand
    relations: Tuple[Relation, ...] = ()
    reverse: Tuple[Reverse, ...] = ()
    named_by: Tuple[Relation, ...] = ()  # keys naming a related record that are no relation of the model (a
    #                                      ticket's `team` is the team's name; its filter `team` takes team ids)
    extra_filters: Tuple[Filter, ...] = ()  # hand-declared filters where the spec lists none (each says its source)
    write_flags: Tuple[Tuple[str, str, str], ...] = ()  # the CLI's typed create/update flags: (field, kind, help)
    transfers_files: bool = False  # upload and download (attachments)
    needs_filter: Optional[str] = None  # a filter Halo wants on every listing (actions: ticket_id)
    runs_reports: bool = False     # SQL and saved reports' rows through Halo's report engine (reports)
    takes_notes: bool = False      # its model has add_note() (an action on the record): the CLI's `note`
    note: str = ""
    verified_envelope: bool = True

    @property
    def singular(self) -> str:
        return self.model_name

    @property
    def cli_name(self) -> str:
        return cli_name(self.name)

    @property
    def is_collection(self) -> bool:
        """False for a family with operations only (``/Notify``): its manager has no list, get or writes."""
        return self.can_list or self.can_get

    @property
    def catalog(self) -> Mapping[str, Any]:
        from ._catalog import load

        return load(self.name)

    @property
    def list_params(self) -> Mapping[str, Mapping[str, str]]:
        return self.catalog.get("list") or {}

    @property
    def filters(self) -> Dict[str, Filter]:
        """Server-side filters by name (the list endpoint's query parameters less paging and ordering)."""
        cached = _FILTER_CACHE.get(self.name)
        if cached is None:
            cached = {name: Filter(name, spec["type"], spec.get("help", ""))
                      for name, spec in sorted(self.list_params.items()) if name not in PAGING_PARAMS}
            for extra in self.extra_filters:
                cached[extra.name] = extra
            _FILTER_CACHE[self.name] = cached
        return cached

    @property
    def get_params(self) -> Mapping[str, Mapping[str, str]]:
        return self.catalog.get("get") or {}

    @property
    def delete_params(self) -> Mapping[str, Mapping[str, str]]:
        return self.catalog.get("delete") or {}

    @property
    def write_fields(self) -> Optional[Mapping[str, str]]:
        """The fields a create or update may carry, with their types (the POST schema's properties), or None
        where the spec has no schema (then writes are not checked)."""
        return self.catalog.get("fields")

    @property
    def schema(self) -> Optional[str]:
        return self.catalog.get("schema")

    @property
    def operations(self) -> Tuple[Operation, ...]:
        """The family's sub-endpoints, each a method of its manager (see :class:`Operation`)."""
        cached = _OPERATION_CACHE.get(self.name)
        if cached is None:
            cached = _OPERATION_CACHE[self.name] = tuple(
                Operation(op["name"], op["method"], op["path"], op["on_record"], tuple(op["path_params"]),
                          op["params"], op["body"], op["path_types"], op["body_family"])
                for op in self.catalog.get("operations") or ())
        return cached

    def endpoints(self) -> List[Tuple[str, str, str]]:
        """``(name, method, path)`` of every endpoint the resource reaches: its standard methods (list, get,
        create, update, delete, as the API has them), then its operations."""
        standard = [("list", "GET", self.path)] if self.can_list else []
        if self.can_get:
            standard.append(("get", "GET", self.path + "/{id}"))
        if self.can_write:
            standard += [("create", "POST", self.path), ("update", "POST", self.path)]
        if self.can_delete:
            standard.append(("delete", "DELETE", self.path + "/{id}"))
        return standard + [(op.name, op.method, op.path) for op in self.operations]

    def operation(self, name: str) -> Optional[Operation]:
        for operation in self.operations:
            if operation.name == name:
                return operation
        return None

    @property
    def supports_ordering(self) -> bool:
        return "order" in self.list_params

    @property
    def id_only_param(self) -> Optional[str]:
        """The flag that makes list rows carry only ids (cheap), when the resource has one."""
        for name in ("idonly", "ticketidonly"):
            if name in self.list_params:
                return name
        return None

    def name_keys(self) -> Dict[str, Relation]:
        """The filters and write fields whose value is a related record that has a name (``agent_id``,
        ``client_id``, ``status_id``, ``team``...): key -> the relation. The CLI takes the record's name there
        too (``--agent "Dana Brooks"``), resolved with the related manager's ``by_name()``."""
        keys: Dict[str, Relation] = {}
        for relation in self.relations + self.named_by:
            related = REGISTRY.get(relation.resource)
            if related is None or related.title != "name" or not related.can_list:
                continue
            for key in (relation.field, relation.filter):
                if key:
                    keys.setdefault(key, relation)
        return keys

    def relation(self, name: str) -> Optional[Relation]:
        for relation in self.relations:
            if relation.name == name:
                return relation
        return None


def cli_name(name: str) -> str:
    """The CLI's spelling of a resource or action name: kebab-case (``kb_articles`` -> ``kb-articles``)."""
    return name.replace("_", "-")


_OPERATION_CACHE: Dict[str, Tuple[Operation, ...]] = {}
_FILTER_CACHE: Dict[str, Dict[str, Filter]] = {}


def _rel(name: str, resource: str, field: Optional[str] = None, filter: Optional[str] = None) -> Relation:
    return Relation(name, resource, field or f"{name}_id", filter)


_TICKET_RELATIONS = (
    _rel("client", "clients"), _rel("site", "sites"), _rel("user", "users"), _rel("agent", "agents"),
    _rel("status", "statuses"), _rel("priority", "priorities", filter="priority"),
    _rel("ticket_type", "ticket_types", "tickettype_id", filter="requesttype_id"), _rel("sla", "slas", filter="sla"),
)
_TICKET_REVERSE = (Reverse("actions", "actions", "ticket_id"), Reverse("attachments", "attachments", "ticket_id"))
_TICKET_NAMED_BY = (Relation("team", "teams", "team", "team"),)
# Typed flags of the CLI's create and update: (field, kind, help). kind "flag" sends true when given. Each field
# is one of the POST body's schema in Halo's spec (Faults for tickets, projects and opportunities; Actions), of
# that type: tests/cli/test_parser.py checks it. A ticket's team is its NAME (Faults has `team`, a string, and no
# `team_id`), whereas the list filter --team takes team ids.
_TICKET_FIELDS = (
    ("summary", "str", "the ticket's summary"), ("details", "str", "the ticket's details (HTML allowed)"),
    ("client_id", "int", "the client, by id or name"), ("site_id", "int", "the site, by id or name"),
    ("user_id", "int", "the end user, by id or name"), ("agent_id", "int", "the assigned agent, by id or name"),
    ("team", "str", "the team, by name (e.g. 'Second Line') or id; sent as its name"),
    ("priority_id", "int", "the priority, by id or name"), ("status_id", "int", "the status, by id or name"),
    ("tickettype_id", "int", "the ticket type, by id or name"),
)
_ACTION_FIELDS = (
    ("ticket_id", "int", "the ticket the action belongs to"), ("note", "str", "the note's text"),
    ("outcome", "str", "the outcome, e.g. Note or 'Email Sent'"),
    ("hiddenfromuser", "flag", "hide the action from the end user (a private note)"),
)
_TICKET_COLUMNS = ("id", "summary", "client_name", "status_id", "agent_id", "dateoccurred")


# Filters where the spec is silent. /Timesheet's list declares no parameter at all in Halo's spec, and /Expense is
# not in this copy of it (newer builds have it). These are the parameters public clients that ran against live
# tenants send (the PowerShell module's Get-HaloTimesheet and Get-HaloExpense; Halo's own web app filters the
# timesheet screen by agent and date the same way); Halo ignores a parameter it does not know, so a wrong guess
# filters nothing rather than failing.
_TIMESHEET_FILTERS = (
    Filter("agents", "int_list", "Agents whose timesheets to return (comma-separated ids) [not in the spec]"),
    Filter("agent_id", "int", "The agent whose timesheet to return [not in the spec]"),
    Filter("start_date", "datetime", "Timesheet days from this date [not in the spec]"),
    Filter("end_date", "datetime", "Timesheet days up to this date [not in the spec]"),
    Filter("date", "datetime", "One timesheet day [not in the spec]"),
)
_EXPENSE_FILTERS = (
    Filter("agent_id", "int", "Expenses of this agent [/Expense is not in this copy of the spec]"),
    Filter("ticket_id", "int", "Expenses of this ticket [/Expense is not in this copy of the spec]"),
    Filter("startdate", "datetime", "Expenses from this date [/Expense is not in this copy of the spec]"),
    Filter("enddate", "datetime", "Expenses up to this date [/Expense is not in this copy of the spec]"),
    Filter("search", "str", "Text search [/Expense is not in this copy of the spec]"),
)


def _everyday_rows() -> Iterator[Resource]:
    """The 32 everyday resources: what the spec cannot say of them (envelope key, columns, relations, title)."""
    R = Resource
    yield R("tickets", "/Tickets", "Ticket", "tickets", PAGED, _TICKET_COLUMNS, title="summary",
            relations=_TICKET_RELATIONS, reverse=_TICKET_REVERSE, write_flags=_TICKET_FIELDS,
            named_by=_TICKET_NAMED_BY, takes_notes=True)
    yield R("actions", "/Actions", "Action", "actions", COUNTED,
            ("id", "ticket_id", "outcome", "who", "datetime", "note"), title="outcome",
            relations=(_rel("ticket", "tickets"), _rel("agent", "agents", "who_agentid")), write_flags=_ACTION_FIELDS,
            note="Halo wants ticket_id on every listing: filter(ticket_id=...) or ticket.actions",
            needs_filter="ticket_id")
    yield R("clients", "/Client", "Client", "clients", PAGED, ("id", "name", "toplevel_name", "inactive"),
            has_me=True, relations=(_rel("top_level", "top_levels", "toplevel_id"),),
            reverse=(Reverse("sites", "sites", "client_id"), Reverse("users", "users", "client_id"),
                     Reverse("tickets", "tickets", "client_id"), Reverse("assets", "assets", "client_id"),
                     Reverse("invoices", "invoices", "client_id"), Reverse("contracts", "contracts", "client_id")))
    yield R("users", "/Users", "User", "users", PAGED, ("id", "name", "emailaddress", "client_name", "site_name"),
            has_me=True, relations=(_rel("client", "clients"), _rel("site", "sites")),
            reverse=(Reverse("tickets", "tickets", "user_id"), Reverse("assets", "assets", "user_id")))
    yield R("agents", "/Agent", "Agent", None, UNPAGED, ("id", "name", "email", "team", "isdisabled"), has_me=True,
            reverse=(Reverse("tickets", "tickets", "agent_id"),))
    yield R("assets", "/Asset", "Asset", "assets", PAGED,
            ("id", "inventory_number", "assettype_name", "client_name", "site_name"), title="inventory_number",
            relations=(_rel("client", "clients"), _rel("site", "sites"), _rel("user", "users")),
            reverse=(Reverse("tickets", "tickets", "asset_id"),))
    yield R("sites", "/Site", "Site", "sites", PAGED, ("id", "name", "client_name", "inactive"),
            relations=(_rel("client", "clients"),),
            reverse=(Reverse("assets", "assets", "site_id"), Reverse("users", "users", "site_id"),
                     Reverse("tickets", "tickets", "site_id")))
    yield R("invoices", "/Invoice", "Invoice", "invoices", PAGED,
            ("id", "invoicenumber", "client_name", "invoice_date", "total"), title="invoicenumber",
            relations=(_rel("client", "clients"), _rel("site", "sites")))
    yield R("contracts", "/ClientContract", "Contract", "contracts", PAGED,
            ("id", "ref", "client_name", "start_date", "end_date"), title="ref",
            relations=(_rel("client", "clients"),))
    yield R("opportunities", "/Opportunities", "Opportunity", "tickets", PAGED, _TICKET_COLUMNS, title="summary",
            relations=_TICKET_RELATIONS, reverse=_TICKET_REVERSE, write_flags=_TICKET_FIELDS,
            named_by=_TICKET_NAMED_BY, takes_notes=True)
    yield R("projects", "/Projects", "Project", "tickets", PAGED, _TICKET_COLUMNS, title="summary",
            relations=_TICKET_RELATIONS, reverse=_TICKET_REVERSE, write_flags=_TICKET_FIELDS,
            named_by=_TICKET_NAMED_BY, takes_notes=True)
    yield R("appointments", "/Appointment", "Appointment", "appointments", PAGED,
            ("id", "subject", "start_date", "end_date", "agent_id"), title="subject",
            relations=(_rel("agent", "agents", filter="agents"), _rel("ticket", "tickets")), verified_envelope=False)
    yield R("items", "/Item", "Item", "items", PAGED, ("id", "name", "baseprice", "costprice"))
    yield R("kb_articles", "/KBArticle", "KBArticle", "articles", PAGED, ("id", "name", "type"))
    yield R("suppliers", "/Supplier", "Supplier", "suppliers", PAGED, ("id", "name", "inactive"))
    yield R("attachments", "/Attachment", "Attachment", "attachments", UNPAGED,
            ("id", "filename", "filesize", "ticket_id", "datecreated"), title="filename", transfers_files=True,
            relations=(_rel("ticket", "tickets"),))
    yield R("statuses", "/Status", "Status", None, UNPAGED, ("id", "name", "type"))
    yield R("teams", "/Team", "Team", None, UNPAGED, ("id", "name", "department_name"), verified_envelope=False)
    yield R("categories", "/Category", "Category", None, UNPAGED, ("id", "value", "type_id"), title="value",
            verified_envelope=False)
    yield R("priorities", "/Priority", "Priority", None, UNPAGED, ("id", "name", "slaid"))
    yield R("slas", "/SLA", "SLA", None, UNPAGED, ("id", "name"), verified_envelope=False)
    yield R("ticket_types", "/TicketType", "TicketType", None, UNPAGED, ("id", "name"))
    yield R("top_levels", "/TopLevel", "TopLevel", "tree", PAGED, ("id", "name"), verified_envelope=False)
    yield R("expenses", "/Expense", "Expense", "expenses", UNPAGED, ("id", "ticket_id", "agent_id", "amount", "date"),
            title="note", can_delete=False, verified_envelope=False,
            relations=(_rel("ticket", "tickets"), _rel("agent", "agents")), extra_filters=_EXPENSE_FILTERS,
            note="newer Halo builds only; list and create, no delete")
    yield R("timesheets", "/Timesheet", "Timesheet", None, UNPAGED,
            ("id", "agent_name", "date", "actual_hours", "target_hours"), title="agent_name", can_delete=False,
            relations=(_rel("agent", "agents"),), extra_filters=_TIMESHEET_FILTERS)
    yield R("releases", "/Release", "Release", "releases", PAGED, ("id", "name", "releasedate"))
    yield R("reports", "/Report", "Report", "reports", PAGED, ("id", "name", "category"), runs_reports=True)
    yield R("webhooks", "/Webhook", "Webhook", None, UNPAGED, ("id", "name", "url"))
    yield R("workdays", "/Workday", "Workday", None, UNPAGED, ("id", "name"), verified_envelope=False)
    yield R("software_licences", "/SoftwareLicence", "SoftwareLicence", "licences", PAGED,
            ("id", "name", "client_name", "count", "end_date"), relations=(_rel("client", "clients"),))
    yield R("crm_notes", "/CRMNote", "CRMNote", None, COUNTED, ("id", "client_id", "note", "datetime"),
            title="note", relations=(_rel("client", "clients"),), verified_envelope=False)
    yield R("quotations", "/Quotation", "Quotation", "quotes", PAGED, ("id", "title", "client_name", "date", "total"),
            title="title", relations=(_rel("client", "clients"), _rel("ticket", "tickets")))


class _Capabilities(TypedDict):
    """What a family of the generated index can do (its flags), as the keywords of a Resource."""

    can_list: bool
    can_get: bool
    can_write: bool
    can_delete: bool
    integration: bool


def _build_registry() -> Dict[str, Resource]:
    """Every family of the generated index, the 32 everyday rows laid over their families (what an operation
    exists for always comes from the spec), then the everyday resources this copy of the spec lacks."""
    from ._catalog import FAMILIES

    hand = {row.path.lower(): row for row in _everyday_rows()}
    everyday: Dict[str, Resource] = {}
    others: Dict[str, Resource] = {}
    for name, (path, model_name, paging, flags) in FAMILIES.items():
        capabilities: _Capabilities = {"can_list": "l" in flags, "can_get": "g" in flags,
                                       "can_write": "p" in flags, "can_delete": "d" in flags,
                                       "integration": "i" in flags}
        row = hand.pop(path.lower(), None)
        if row is None:
            others[name] = Resource(name, path, model_name, None, paging, **capabilities)
        else:
            everyday[row.name] = attrs.evolve(row, everyday=True, **capabilities)
    for row in hand.values():  # /Expense: newer Halo builds only
        everyday[row.name] = attrs.evolve(row, everyday=True)
    ordered = {row.name: everyday[row.name] for row in _everyday_rows()}
    ordered.update(others)
    return ordered


REGISTRY: Dict[str, Resource] = _build_registry()
EVERYDAY: Tuple[str, ...] = tuple(name for name, row in REGISTRY.items() if row.everyday)


def in_listing_order() -> List[Resource]:
    """Every row as listings show them: the everyday resources, then the other families, then integration
    settings and mappings."""
    rows = list(REGISTRY.values())
    return sorted(rows, key=lambda row: (not row.everyday) + row.integration)  # a stable sort keeps each group


def resource_names() -> List[str]:
    return list(REGISTRY)


def get_resource(name: str) -> Resource:
    """The row of an SDK name (``recurring_invoices``), also written in kebab-case (``recurring-invoices``)."""
    row = REGISTRY.get(name) or REGISTRY.get(name.replace("-", "_"))
    if row is not None:
        return row
    import difflib

    close = difflib.get_close_matches(name.replace("-", "_"), REGISTRY, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else "; halopsa.resources.resource_names() lists them all"
    from .exceptions import HaloQueryError

    raise HaloQueryError(f"unknown resource '{name}'{hint}", kind="unknown_resource", name=name,
                         suggestions=close) from None


def extract_rows(body: Any, key: Optional[str]) -> Tuple[List[Any], Optional[int]]:
    """Rows and record_count from a list reply, whichever envelope the server chose (API notes section 2)."""
    if body is None:
        return [], None
    if isinstance(body, list):
        return body, None
    if isinstance(body, dict):
        record_count = body.get("record_count")
        if not isinstance(record_count, int):
            record_count = None
        if key is not None and isinstance(body.get(key), list):
            return body[key], record_count
        # the key is not known (most families): the list of records, preferring one that holds records over
        # an empty one ("columns": [] before "orders": [...]); an empty list when that is all there is
        lists = [value for value in body.values() if isinstance(value, list)]
        for value in lists:
            if value and isinstance(value[0], dict):
                return value, record_count
        for value in lists:
            if not value:
                return value, record_count
        if "id" in body:  # a single record where a list was expected
            return [body], record_count
        return [], record_count
    return [], None
