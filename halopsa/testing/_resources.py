"""The fake server's own table of the 32 HaloPSA resources, and the generic rows of every other family.

Written from the API notes (section 3) and Halo's OpenAPI document, deliberately NOT from the SDK's registry: if
both were built from one table, a wrong assumption in it could never be caught by a test against the fake.

Each row says where the resource lives, how its list reply is wrapped, whether it pages, which query parameters
filter it (and onto which record field), which fields list rows leave out, what a create must carry and which
``<thing>_id`` fields have a denormalised ``<thing>_name`` beside them. The other families of the spec get rows
of the same shape, made from the spec's facts alone (``family_resource``).
"""

from __future__ import annotations

from typing import Dict, FrozenSet, Mapping, NamedTuple, Optional, Tuple

from ._spec import ALWAYS_KNOWN, Family, families, listed_params, schema_fields

__all__ = ["ResourceDef", "RESOURCES", "BY_PATH", "resource", "UNVERIFIED_ENVELOPES", "OBJECT", "ARRAY",
           "family_resource", "generic_resources", "generic_key"]

OBJECT = "object"
ARRAY = "array"


class ResourceDef(NamedTuple):
    name: str                      # SDK name, e.g. "tickets"
    path: str                      # path under /api with Halo's spelling, e.g. "Tickets"
    key: str                       # the list key when the envelope is an object
    envelope: str                  # OBJECT or ARRAY (the default; FakeHalo(envelopes=...) can override)
    paged: bool                    # honours pageinate/page_size/page_no
    # honours count=N (without pageinate); the field's name (part of the API) hides tuple.count
    count: bool  # type: ignore[assignment]
    deletable: bool                # DELETE /api/<path>/{id} exists
    schema: str                    # the spec's component schema for the record
    search: Tuple[str, ...] = ()   # text fields `search` looks in (case-insensitive substring)
    name_field: str = "name"       # the field other records copy as <thing>_name
    int_filters: Mapping[str, str] = {}    # query param -> record field, integer equality
    list_filters: Mapping[str, str] = {}   # query param -> record field, comma-separated id list
    dates: Mapping[str, str] = {}          # datesearch value -> record field
    list_omit: Tuple[str, ...] = ()        # fields left out of list rows unless includedetails=true
    required: Tuple[str, ...] = ()         # fields a create must carry (non-empty)
    lookups: Tuple[Tuple[str, str, str], ...] = ()  # (id field, name field, resource) kept in step on writes
    soft_delete: bool = False              # DELETE flags the record `deleted` (tickets) instead of removing it
    inactive_field: Optional[str] = None   # records with this truthy are hidden unless includeinactive=true
    unverified: bool = False               # the notes mark the envelope unverified
    eq_filters: Mapping[str, str] = {}     # query param -> record field, equality of the value's text
    operations: str = ""                   # a generic family's operations (``_spec.Family``); "" for the 32
    updated: Optional[str] = None          # the field holding the last update (lastupdatefromdate/-todate filter it)

    @property
    def generic(self) -> bool:
        """Served from the spec's facts alone (``family_resource``), not modelled by hand."""
        return bool(self.operations)


_TICKET_INTS = {
    "client_id": "client_id", "site_id": "site_id", "user_id": "user_id", "agent_id": "agent_id",
    "status_id": "status_id", "requesttype_id": "tickettype_id", "supplier_id": "supplier_id",
    "parent_id": "parent_id", "contract_id": "contract_id", "sla_id": "sla_id", "priority_id": "priority_id",
    "release_id": "release_id", "product_id": "product_id", "organisation_id": "organisation_id",
}
_TICKET_LISTS = {
    "status": "status_id", "agent": "agent_id", "priority": "priority_id", "requesttype": "tickettype_id",
    "category_1": "categoryid_1", "category_2": "categoryid_2", "category_3": "categoryid_3",
    "category_4": "categoryid_4", "client_ids": "client_id", "sla": "sla_id", "ticketids": "id",
}
_TICKET_DATES = {
    # Halo's own spelling is `dateoccured` (sic); accept the correct spelling too.
    "dateoccured": "dateoccurred", "dateoccurred": "dateoccurred", "datecleared": "dateclosed",
    "dateclosed": "dateclosed", "lastactiondate": "lastactiondate", "last_update": "last_update",
    "lastupdate": "last_update", "fixbydate": "fixbydate", "respondbydate": "respondbydate",
    "deadlinedate": "deadlinedate", "startdate": "startdate", "targetdate": "targetdate",
    "dateassigned": "dateassigned",
}
_TICKET_LOOKUPS = (
    ("client_id", "client_name", "clients"), ("site_id", "site_name", "sites"), ("user_id", "user_name", "users"),
    ("agent_id", "agent_name", "agents"), ("status_id", "status_name", "statuses"),
    ("tickettype_id", "tickettype_name", "ticket_types"), ("priority_id", "priority_name", "priorities"),
    ("sla_id", "sla_name", "slas"),
)


def _ticket_like(name: str, path: str, key: str = "tickets") -> ResourceDef:
    return ResourceDef(
        name, path, key, OBJECT, paged=True, count=True, deletable=True, schema="Faults",
        search=("summary", "details"), name_field="summary", int_filters=_TICKET_INTS, list_filters=_TICKET_LISTS,
        dates=_TICKET_DATES, list_omit=("details", "customfields"), required=("summary",),
        lookups=_TICKET_LOOKUPS, soft_delete=True, updated="last_update")


_ROWS = (
    _ticket_like("tickets", "Tickets"),
    ResourceDef(
        "actions", "Actions", "actions", OBJECT, paged=False, count=True, deletable=True, schema="Actions",
        search=("note",), name_field="outcome", int_filters={"ticket_id": "ticket_id"},
        dates={"datetime": "datetime", "actiondatecreated": "actiondatecreated"},
        required=("ticket_id",)),
    ResourceDef(
        "clients", "Client", "clients", OBJECT, paged=True, count=True, deletable=True, schema="Area",
        search=("name",), int_filters={"toplevel_id": "toplevel_id"},
        list_omit=("customfields", "notes"), required=("name",),
        lookups=(("toplevel_id", "toplevel_name", "top_levels"),), inactive_field="inactive",
        updated="alastupdate"),  # the Area schema's name for it
    ResourceDef(
        "users", "Users", "users", OBJECT, paged=True, count=True, deletable=True, schema="Users",
        search=("name", "emailaddress"), int_filters={"client_id": "client_id", "site_id": "site_id"},
        list_omit=("customfields", "notes"), required=("name",),
        lookups=(("client_id", "client_name", "clients"), ("site_id", "site_name", "sites")),
        inactive_field="inactive", updated="ulastupdate"),  # the Users schema's
    ResourceDef(
        "agents", "Agent", "agents", ARRAY, paged=False, count=False, deletable=True, schema="Uname",
        search=("name", "email"), required=("name",)),
    ResourceDef(
        "assets", "Asset", "assets", OBJECT, paged=True, count=True, deletable=True, schema="Device",
        search=("inventory_number", "key_field", "assettype_name"),
        name_field="inventory_number",
        int_filters={"client_id": "client_id", "site_id": "site_id", "assettype_id": "assettype_id",
                     "assettype": "assettype_id", "supplier_id": "supplier_id", "contract_id": "contract_id"},
        list_filters={"assettypes": "assettype_id", "assets": "id"},
        list_omit=("customfields", "fields", "notes"),
        lookups=(("client_id", "client_name", "clients"), ("site_id", "site_name", "sites")),
        inactive_field="inactive", updated="dlastupdate"),  # the Device schema's
    ResourceDef(
        "sites", "Site", "sites", OBJECT, paged=True, count=True, deletable=True, schema="Site",
        search=("name",), int_filters={"client_id": "client_id"}, list_omit=("notes",),
        required=("name",), lookups=(("client_id", "client_name", "clients"),), inactive_field="inactive",
        updated="slastupdate"),  # the Site schema's
    ResourceDef(
        "invoices", "Invoice", "invoices", OBJECT, paged=True, count=True, deletable=True, schema="InvoiceHeader",
        search=("invoicenumber", "client_name"), name_field="invoicenumber",
        int_filters={"client_id": "client_id", "site_id": "sitenumber", "ticket_id": "ticket_id",
                     "contract_id": "contract_id", "salesorder_id": "salesorder_id"},
        list_filters={"client_ids": "client_id"},
        dates={"invoice_date": "invoice_date"}, list_omit=("lines",),
        lookups=(("client_id", "client_name", "clients"), ("sitenumber", "site_name", "sites"))),
    ResourceDef(
        "contracts", "ClientContract", "contracts", OBJECT, paged=True, count=True, deletable=True,
        schema="ContractHeader", search=("ref", "client_name"), name_field="ref",
        int_filters={"client_id": "client_id", "site_id": "site_id"},
        lookups=(("client_id", "client_name", "clients"), ("site_id", "site_name", "sites"),
                 ("sla_id", "sla_name", "slas")),
        inactive_field="expired"),
    _ticket_like("opportunities", "Opportunities"),
    _ticket_like("projects", "Projects"),
    ResourceDef(
        "appointments", "Appointment", "appointments", ARRAY, paged=True, count=False, deletable=True,
        schema="Appointment", search=("subject", "note"), name_field="subject",
        int_filters={"client_id": "client_id", "ticket_id": "ticket_id"},
        list_filters={"agents": "agent_id"}, dates={"start_date": "start_date"},
        required=("subject",),
        lookups=(("agent_id", "agent_name", "agents"), ("client_id", "client_name", "clients")),
        unverified=True),
    ResourceDef(
        "items", "Item", "items", OBJECT, paged=True, count=True, deletable=True, schema="Item",
        search=("name", "description"), int_filters={"supplier_id": "supplier_id", "assetgroup_id": "assetgroup_id"},
        required=("name",), lookups=(("supplier_id", "supplier_name", "suppliers"),)),
    ResourceDef(
        "kb_articles", "KBArticle", "articles", OBJECT, paged=True, count=True, deletable=True, schema="KBEntry",
        search=("name", "description", "tag_string"), int_filters={"type": "type"},
        list_omit=("resolution",), required=("name",), inactive_field="inactive"),
    ResourceDef(
        "suppliers", "Supplier", "suppliers", OBJECT, paged=True, count=True, deletable=True, schema="Company",
        search=("name",), int_filters={"toplevel_id": "toplevel_id"}, required=("name",),
        inactive_field="inactive"),
    ResourceDef(
        "attachments", "Attachment", "attachments", OBJECT, paged=False, count=False, deletable=True,
        schema="Attachment", search=("filename",), name_field="filename",
        int_filters={"ticket_id": "ticket_id", "action_id": "action_id", "type": "type",
                     "one_attachment_id": "id"}),
    ResourceDef(
        "statuses", "Status", "statuses", ARRAY, paged=False, count=False, deletable=True, schema="TStatus",
        required=("name",)),
    ResourceDef(
        "teams", "Team", "teams", ARRAY, paged=False, count=False, deletable=True, schema="SectionDetail",
        int_filters={"department_id": "department_id"}, list_filters={"ids": "id"}, required=("name",)),
    ResourceDef(
        "categories", "Category", "categories", ARRAY, paged=False, count=False, deletable=True,
        schema="CategoryDetail", name_field="value", int_filters={"type_id": "type_id"}, required=("value",),
        unverified=True),
    ResourceDef(
        "priorities", "Priority", "priorities", ARRAY, paged=False, count=False, deletable=True, schema="Policy",
        int_filters={"slaid": "slaid"}, required=("name",)),
    ResourceDef(
        "slas", "SLA", "slas", ARRAY, paged=False, count=False, deletable=True, schema="SlaHead",
        required=("name",), unverified=True),
    ResourceDef(
        "ticket_types", "TicketType", "tickettypes", ARRAY, paged=False, count=False, deletable=True,
        schema="RequestType", required=("name",)),
    ResourceDef(
        "top_levels", "TopLevel", "tree", OBJECT, paged=True, count=True, deletable=True, schema="Tree",
        search=("name",), required=("name",), unverified=True),
    ResourceDef(
        "expenses", "Expense", "expenses", ARRAY, paged=False, count=True, deletable=False, schema="Expense",
        search=("description",), name_field="description",
        int_filters={"agent_id": "agent_id", "ticket_id": "fault_id", "fault_id": "fault_id"},
        dates={"date_added": "date_added"}, required=("description",), unverified=True),
    ResourceDef(
        "timesheets", "Timesheet", "timesheets", ARRAY, paged=False, count=False, deletable=False,
        schema="Timesheet", name_field="date", int_filters={"agent_id": "agent_id"},
        dates={"date": "date"}, required=("agent_id", "date"),
        lookups=(("agent_id", "agent_name", "agents"),)),
    ResourceDef(
        "releases", "Release", "releases", OBJECT, paged=True, count=True, deletable=True, schema="Release",
        search=("name", "note"), int_filters={"product_id": "product_id"}, required=("name",)),
    ResourceDef(
        "reports", "Report", "reports", OBJECT, paged=True, count=True, deletable=True, schema="AnalyzerProfile",
        search=("name",), int_filters={"type": "type", "reportgroup_id": "reportgroup_id"}, required=("name",)),
    ResourceDef(
        "webhooks", "Webhook", "webhooks", ARRAY, paged=False, count=False, deletable=True, schema="Webhook",
        int_filters={"type": "type"}, required=("name", "url")),
    ResourceDef(
        "workdays", "Workday", "workdays", ARRAY, paged=False, count=False, deletable=True, schema="Workdays",
        required=("name",), unverified=True),
    ResourceDef(
        "software_licences", "SoftwareLicence", "licences", OBJECT, paged=True, count=True, deletable=True,
        schema="Licence_List", search=("name", "vendor", "manufacturer"),
        int_filters={"client_id": "client_id", "site_id": "site_id", "licence_type": "type"},
        required=("name",),
        lookups=(("client_id", "client_name", "clients"), ("site_id", "site_name", "sites"),
                 ("supplier_id", "supplier_name", "suppliers"))),
    ResourceDef(
        "crm_notes", "CRMNote", "notes", ARRAY, paged=False, count=True, deletable=True, schema="AreaNote",
        search=("note", "detail"), name_field="note",
        int_filters={"client_id": "client_id", "supplier_id": "supplier_id"}, dates={"datetime": "datetime"},
        required=("note",), unverified=True),
    ResourceDef(
        "quotations", "Quotation", "quotes", OBJECT, paged=True, count=True, deletable=True,
        schema="QuotationHeader", search=("title", "client_name"), name_field="title",
        int_filters={"client_id": "client_id", "site_id": "site_id", "ticket_id": "ticket_id",
                     "user_id": "user_id"},
        list_omit=("lines",), required=("title",),
        lookups=(("client_id", "client_name", "clients"), ("site_id", "site_name", "sites"),
                 ("user_id", "user_name", "users"))),
)

RESOURCES: Dict[str, ResourceDef] = {row.name: row for row in _ROWS}
BY_PATH: Dict[str, ResourceDef] = {row.path.lower(): row for row in _ROWS}

# The notes' "unverified" envelopes (section 3) and the default chosen for each here.
UNVERIFIED_ENVELOPES: Dict[str, str] = {row.name: row.envelope for row in _ROWS if row.unverified}

assert len(RESOURCES) == 32, len(RESOURCES)


def resource(name: str) -> ResourceDef:
    """The row for an SDK name ("tickets"), a path ("Tickets", "/api/tickets") or any other collection family of
    the spec ("RecurringInvoice"); ValueError if unknown."""
    row = RESOURCES.get(name)
    if row is None:
        row = BY_PATH.get(name.lower().rsplit("/", 1)[-1])
    if row is None:
        row = family_resource(name)
    if row is None:
        known = ", ".join(sorted(RESOURCES))
        raise ValueError(f"unknown resource {name!r}; the fake knows: {known}, and every collection path of "
                         f"Halo's API by its path (e.g. 'RecurringInvoice')")
    return row


# ============================================================================ every other family, generically
#
# A family outside the 32 is served from the spec's facts alone (``_spec.families``): its operations, its list
# parameters and its POST schema. Its table in the store is named by its lower-cased path ("recurringinvoice"),
# which never clashes with the 32's SDK names (the generator checks).

# <thing>_id fields whose <thing>_name beside them names a record of one of the 32 (kept in step on writes)
_NAMED_BY = (("client", "clients"), ("site", "sites"), ("user", "users"), ("agent", "agents"),
             ("supplier", "suppliers"))
# list parameters that shape the reply or are handled by every list, never field filters
_NOT_FILTERS = frozenset({"count", "search", "idonly", "includedetails", "includeinactive", "includeactive"})

_generic_cache: Dict[str, Optional[ResourceDef]] = {}


def generic_key(path: str) -> str:
    """The list key of a generic family that pages: its lower-cased path, made plural the simplest way
    ("SalesOrder" -> "salesorders", "Notifications" -> "notifications"). Halo's own keys are mostly such plurals
    (``tickets``, ``invoices``, ``assets``); which key each of these families really uses is not recorded."""
    lowered = path.lower()
    return lowered if lowered.endswith("s") else lowered + "s"


def family_resource(name: str) -> Optional[ResourceDef]:
    """The generic row of a collection family outside the 32 ("RecurringInvoice", "salesorder",
    "/api/Lookup"), or None when the spec has no such family or the family is one of the 32."""
    root = name.strip("/").rsplit("/", 1)[-1].lower()
    if root in _generic_cache:
        return _generic_cache[root]
    family = families().get(root)
    row = _generic_row(root, family) if family is not None and root not in BY_PATH else None
    _generic_cache[root] = row
    return row


def generic_resources() -> Dict[str, ResourceDef]:
    """Every generically served family, by name (its lower-cased path)."""
    rows = (family_resource(root) for root in families())
    return {row.name: row for row in rows if row is not None}


def _generic_row(root: str, family: Family) -> ResourceDef:
    listed: FrozenSet[str] = listed_params("/" + root) if "l" in family.operations else frozenset()
    params = listed - ALWAYS_KNOWN - _NOT_FILTERS
    fields = schema_fields(family.schema) if family.schema else {}
    int_filters: Dict[str, str] = {}
    list_filters: Dict[str, str] = {}
    eq_filters: Dict[str, str] = {}
    dates: Dict[str, str] = {}
    if {"start_date", "end_date"} & params and "start_date" in fields:
        dates["start_date"] = fields["start_date"]  # a range on the record's start, as /Appointment has it
    for param in sorted(params):
        field = _filter_field(param, fields)
        if field is None or "date" in param:  # a date parameter bounds a range; equality would match nothing
            continue
        if param.endswith("_ids"):
            list_filters[param] = field
        elif param.endswith("_id"):
            int_filters[param] = field
        else:
            eq_filters[param] = field
    lookups = tuple((f"{thing}_id", f"{thing}_name", source) for thing, source in _NAMED_BY
                    if f"{thing}_id" in fields and f"{thing}_name" in fields)
    paged = "pageinate" in listed
    return ResourceDef(
        root, family.path, generic_key(family.path), OBJECT if paged else ARRAY, paged=paged,
        count="count" in listed, deletable="d" in family.operations, schema=family.schema or family.path,
        int_filters=int_filters, list_filters=list_filters, eq_filters=eq_filters, dates=dates, lookups=lookups,
        inactive_field="inactive" if "inactive" in fields and "includeinactive" in listed else None,
        operations=family.operations)


def _filter_field(param: str, fields: Mapping[str, str]) -> Optional[str]:
    """The record field a list parameter filters on: the field of that name; for ``<x>_ids`` (comma-separated)
    the field ``<x>_id``; for ``<x>_id`` also ``<x>id`` or ``<x>`` (Halo spells ids both ways)."""
    if param.endswith("_ids"):
        candidates: Tuple[str, ...] = (param[:-1],)
    elif param.endswith("_id"):
        candidates = (param, param[:-3] + "id", param[:-3])
    else:
        candidates = (param,)
    for candidate in candidates:
        if candidate in fields:
            return fields[candidate]
    return None
