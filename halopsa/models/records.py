"""The 32 resource models. Commonly used fields are declared and typed; every other field the server sends
is kept and readable as an attribute (see :mod:`halopsa.models.base`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from .._aio import with_twins
from .base import Model, declare_fields, model

if TYPE_CHECKING:  # pragma: no cover
    from .._report_rows import ReportRows

__all__ = [
    "Ticket", "Action", "Client", "User", "Agent", "Asset", "Site", "Invoice", "Contract", "Opportunity",
    "Project", "Appointment", "Item", "KBArticle", "Supplier", "Attachment", "Status", "Team", "Category",
    "Priority", "SLA", "TicketType", "TopLevel", "Expense", "Timesheet", "Release", "Report", "Webhook",
    "Workday", "SoftwareLicence", "CRMNote", "Quotation",
]


@declare_fields
@with_twins("add_note", "attach")
class _TicketLike(Model):
    """Fields shared by tickets, opportunities and projects (one Halo schema, "Faults")."""

    id: Optional[int] = None
    summary: Optional[str] = None
    details: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    site_id: Optional[int] = None
    site_name: Optional[str] = None
    user_id: Optional[int] = None
    user_name: Optional[str] = None
    agent_id: Optional[int] = None
    agent_name: Optional[str] = None
    team: Optional[str] = None
    status_id: Optional[int] = None
    status_name: Optional[str] = None
    priority_id: Optional[int] = None
    tickettype_id: Optional[int] = None
    tickettype_name: Optional[str] = None
    sla_id: Optional[int] = None
    category_1: Optional[str] = None
    category_2: Optional[str] = None
    parent_id: Optional[int] = None
    dateoccurred: Optional[datetime] = None
    dateclosed: Optional[datetime] = None
    deadlinedate: Optional[datetime] = None
    lastactiondate: Optional[datetime] = None
    onhold: Optional[bool] = None
    customfields: Optional[List[Any]] = None

    def add_note(self, note: str, private: bool = False, outcome: str = "Note", **fields: Any) -> "Action":
        """Post an action (a note) on this ticket and return it."""
        body = {"ticket_id": self.id, "note": note, "outcome": outcome, "hiddenfromuser": private, **fields}
        action: Action = self._bound_client()._manager("actions").create(body)
        return action

    def attach(self, path_or_file: Any, filename: Optional[str] = None, action_id: Optional[int] = None) -> "Attachment":
        """Upload a file as an attachment of this ticket."""
        attachment: Attachment = self._bound_client().attachments.upload(
            path_or_file, ticket_id=self.id, action_id=action_id, filename=filename)
        return attachment


@model("tickets", title="summary")
class Ticket(_TicketLike):
    pass


@model("opportunities", title="summary")
class Opportunity(_TicketLike):
    pass


@model("projects", title="summary")
class Project(_TicketLike):
    pass


@model("actions", title="outcome")
class Action(Model):
    id: Optional[int] = None
    ticket_id: Optional[int] = None
    outcome: Optional[str] = None
    note: Optional[str] = None
    who: Optional[str] = None
    who_agentid: Optional[int] = None
    datetime: Optional[datetime] = None
    hiddenfromuser: Optional[bool] = None
    timetaken: Optional[float] = None


@model("clients")
class Client(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    toplevel_id: Optional[int] = None
    toplevel_name: Optional[str] = None
    inactive: Optional[bool] = None
    colour: Optional[str] = None
    notes: Optional[str] = None
    datecreated: Optional[datetime] = None
    customfields: Optional[List[Any]] = None


@model("users")
class User(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    firstname: Optional[str] = None
    surname: Optional[str] = None
    emailaddress: Optional[str] = None
    phonenumber: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    site_id: Optional[int] = None
    site_name: Optional[str] = None
    inactive: Optional[bool] = None
    customfields: Optional[List[Any]] = None


@model("agents")
class Agent(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    email: Optional[str] = None
    team: Optional[str] = None
    isdisabled: Optional[bool] = None
    is_agent: Optional[bool] = None
    initials: Optional[str] = None
    jobtitle: Optional[str] = None


@model("assets", title="inventory_number")
class Asset(Model):
    id: Optional[int] = None
    inventory_number: Optional[str] = None
    key_field: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    site_id: Optional[int] = None
    site_name: Optional[str] = None
    user_id: Optional[int] = None
    assettype_id: Optional[int] = None
    assettype_name: Optional[str] = None
    inactive: Optional[bool] = None
    warranty_end: Optional[datetime] = None
    customfields: Optional[List[Any]] = None


@model("sites")
class Site(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    inactive: Optional[bool] = None
    phonenumber: Optional[str] = None
    timezone: Optional[str] = None


@model("invoices", title="invoicenumber")
class Invoice(Model):
    id: Optional[int] = None
    invoicenumber: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    site_id: Optional[int] = None
    invoice_date: Optional[datetime] = None
    due_date: Optional[datetime] = None
    total: Optional[float] = None
    posted: Optional[bool] = None
    customfields: Optional[List[Any]] = None


@model("contracts", title="ref")
class Contract(Model):
    id: Optional[int] = None
    ref: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    site_id: Optional[int] = None
    start_date: Optional[datetime] = None
    end_date: Optional[datetime] = None
    expired: Optional[bool] = None
    status: Optional[int] = None


@model("appointments", title="subject")
class Appointment(Model):
    id: Optional[int] = None
    subject: Optional[str] = None
    start_date: Optional[datetime] = None
    end_date: Optional[datetime] = None
    agent_id: Optional[int] = None
    ticket_id: Optional[int] = None
    note: Optional[str] = None
    complete_status: Optional[int] = None


@model("items")
class Item(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    description: Optional[str] = None
    baseprice: Optional[float] = None
    costprice: Optional[float] = None
    quantity_in_stock: Optional[float] = None
    assetgroup_id: Optional[int] = None


@model("kb_articles")
class KBArticle(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    description: Optional[str] = None
    resolution: Optional[str] = None
    type: Optional[int] = None
    inactive: Optional[bool] = None
    date_created: Optional[datetime] = None
    view_count: Optional[int] = None


@model("suppliers")
class Supplier(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    email_address: Optional[str] = None
    phone_number: Optional[str] = None
    inactive: Optional[bool] = None
    toplevel_id: Optional[int] = None


@model("attachments", title="filename")
class Attachment(Model):
    id: Optional[int] = None
    filename: Optional[str] = None
    filesize: Optional[int] = None
    ticket_id: Optional[int] = None
    action_id: Optional[int] = None
    content_type: Optional[str] = None
    datecreated: Optional[datetime] = None
    note: Optional[str] = None

    def download(self, destination: Any = None) -> Any:
        """Save the file (to a path or a binary file object); with no destination, return its bytes."""
        return self._bound_client().attachments.download(self.id, destination)


@model("statuses")
class Status(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    shortname: Optional[str] = None
    type: Optional[int] = None
    colour: Optional[str] = None
    sequence: Optional[int] = None


@model("teams")
class Team(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    department_id: Optional[int] = None
    department_name: Optional[str] = None
    inactive: Optional[bool] = None


@model("categories", title="value")
class Category(Model):
    id: Optional[int] = None
    value: Optional[str] = None
    type_id: Optional[int] = None
    category_name: Optional[str] = None


@model("priorities")
class Priority(Model):
    id: Optional[Any] = None
    priorityid: Optional[int] = None
    name: Optional[str] = None
    slaid: Optional[int] = None
    fixtime: Optional[float] = None
    responsetime: Optional[float] = None
    colour: Optional[str] = None


@model("slas")
class SLA(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    workday_id: Optional[int] = None


@model("ticket_types")
class TicketType(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    group_id: Optional[int] = None
    cancreate: Optional[bool] = None


@model("top_levels")
class TopLevel(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    notes: Optional[str] = None


@model("expenses", title="note")
class Expense(Model):
    id: Optional[int] = None
    ticket_id: Optional[int] = None
    agent_id: Optional[int] = None
    amount: Optional[float] = None
    date: Optional[datetime] = None
    note: Optional[str] = None


@model("timesheets", title="agent_name")
class Timesheet(Model):
    id: Optional[int] = None
    agent_id: Optional[int] = None
    agent_name: Optional[str] = None
    date: Optional[datetime] = None
    start_time: Optional[datetime] = None
    end_time: Optional[datetime] = None
    actual_hours: Optional[float] = None
    target_hours: Optional[float] = None


@model("releases")
class Release(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    releasedate: Optional[datetime] = None
    product_id: Optional[int] = None
    note: Optional[str] = None


@with_twins("run")
@model("reports")
class Report(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    category: Optional[str] = None
    sql: Optional[str] = None

    def run(self, start: Union[str, date, None] = None, end: Union[str, date, None] = None,
            period: Optional[int] = None, date_field: Optional[str] = None,
            filters: Union[List[Any], Dict[str, Any], None] = None) -> "ReportRows":
        """This saved report's rows; ``start``, ``end``, ``period``, ``date_field`` and ``filters`` as
        ``client.reports.run()`` takes them."""
        rows: "ReportRows" = self._bound_client()._manager("reports").run(
            self.id, start=start, end=end, period=period, date_field=date_field, filters=filters)
        return rows


@model("webhooks")
class Webhook(Model):
    id: Optional[Any] = None
    name: Optional[str] = None
    url: Optional[str] = None
    active: Optional[bool] = None
    events: Optional[List[Any]] = None


@model("workdays")
class Workday(Model):
    id: Optional[int] = None
    name: Optional[str] = None


@model("software_licences")
class SoftwareLicence(Model):
    id: Optional[int] = None
    name: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    count: Optional[int] = None
    start_date: Optional[datetime] = None
    end_date: Optional[datetime] = None
    vendor: Optional[str] = None


@model("crm_notes", title="note")
class CRMNote(Model):
    id: Optional[int] = None
    client_id: Optional[int] = None
    note: Optional[str] = None
    datetime: Optional[datetime] = None
    who_agentid: Optional[int] = None


@model("quotations", title="title")
class Quotation(Model):
    id: Optional[int] = None
    title: Optional[str] = None
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    ticket_id: Optional[int] = None
    date: Optional[datetime] = None
    total: Optional[float] = None
    status: Optional[int] = None
