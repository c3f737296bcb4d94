"""A user's script, type-checked (never run) by tests/typing/test_types.py under mypy and pyright.

Every line whose comment reads ``E: <fragment>`` must get an error whose message contains the fragment
(``a | b``: either); no other line may get one. The unmarked lines are the SDK used correctly; ``assert_type``
pins what a type checker infers for them.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any, Dict, List, Optional, Tuple

from typing_extensions import assert_type

import halopsa
from halopsa import AsyncHaloClient, HaloClient, Page, QuerySet
from halopsa.models import Action, Agent, Client, Invoice, Site, Ticket


def correct(client: HaloClient) -> None:
    # managers, get(), filter() and the QuerySet chain
    ticket = client.tickets.get(5)
    assert_type(ticket, Ticket)
    recent = client.tickets.filter(agent_id=3, open_only=True, agent=[1, 2]).order_by("-id")
    top: QuerySet[Ticket] = recent[:10]
    for row in recent.where(status_id__in=[1, 2])[:10]:
        assert_type(row, Ticket)
    first: Optional[Ticket] = client.tickets.filter(client_id=12).first()
    assert_type(client.tickets.first(), Optional[Ticket])
    assert_type(client.tickets.all()[0], Ticket)
    by_id: Dict[Any, Ticket] = client.tickets.in_bulk([1, 2])
    page: Page[Ticket] = client.tickets.list(page_size=10)
    assert_type(page.items, List[Ticket])
    assert_type(client.clients.by_name("Acme"), Client)
    assert_type(client.agents.me(), Agent)
    since: QuerySet[Ticket] = client.tickets.filter(datesearch="dateoccurred", startdate=datetime(2026, 1, 1))
    assert_type(client.tickets.count(), int)

    # get(), list(), list_all() and by_name() take the family's parameters and filters as typed keywords
    assert_type(client.tickets.get(5, includedetails=True), Ticket)
    assert_type(client.tickets.get(summary="Printer jammed"), Ticket)  # no id: QuerySet lookups
    assert_type(client.tickets.list(page_size=10, client_id=12, open_only=True), Page[Ticket])
    for listed in client.tickets.list_all(agent_id=3):
        assert_type(listed, Ticket)
    assert_type(client.sites.by_name("Head Office", client_id=2), Site)

    # values() and values_list()
    for values in client.tickets.values("id", "summary"):
        assert_type(values, Dict[str, Any])
    for pair in client.tickets.filter(open_only=True).values_list("id", "summary"):
        assert_type(pair, Tuple[Any, ...])
    ids: List[Any] = list(client.tickets.values_list("id", flat=True))

    # fields: declared in the schema, with their types
    assert_type(ticket.status_id, Optional[int])
    assert_type(ticket.dateoccurred, Optional[datetime])
    assert_type(ticket.summary, Optional[str])
    ticket.status_id = 5
    ticket.summary = "Printer on fire"
    # custom fields and fields beyond the schema: reachable, typed Any
    serial = ticket.custom_fields["CFSerial"]
    ticket.custom_fields["CFSerial"] = "SN-1"
    extra = ticket["anything_the_server_sent"]

    # relations, hand-written methods, record methods
    assert_type(ticket.client, Optional[Client])
    for action in ticket.actions:
        assert_type(action, Action)
    note: Action = ticket.add_note("Called the user", private=True)
    assert_type(ticket.save(), Ticket)
    assert_type(ticket.refresh(), Ticket)

    # writes, deletes, operations
    created = client.tickets.create(summary="New", client_id=12, dateoccurred=datetime(2026, 1, 5))
    assert_type(created, Ticket)
    client.tickets.update(id=created.id, status_id=9, dateoccurred="2026-01-05T09:00:00")
    client.tickets.bulk_update([1, 2], status_id=9)
    client.tickets.filter(open_only=True).update(agent_id=3)
    draft = Ticket(summary="Drafted here", client_id=12)
    planned_data: Dict[str, Any] = {"summary": "From a mapping", "customfield_x": 1}
    client.tickets.create(planned_data)
    made, was_new = client.clients.get_or_create(name="Acme")
    assert_type(made, Client)
    client.tickets.delete(created.id, reason="duplicate")
    invoice = client.invoices.get(7)
    assert_type(invoice, Invoice)
    invoice.void()
    client.attachments.get_image(nonce="abc")
    client.attachments.upload("report.pdf", ticket_id=5)
    rows = client.reports.sql("SELECT 1")

    # the escape hatches stay open
    anything: Any = client.resource("recurring-invoices").get(1)
    reply = client.request("GET", "/Tickets", params={"count": 5})
    try:
        client.tickets.get(99999)
    except Ticket.DoesNotExist:
        pass
    model: halopsa.Model = ticket

    # a record stands for its id in an id filter; a bulk call's error says how far it got; dry runs plan
    acme = client.clients.by_name("Acme")
    client.tickets.filter(client_id=acme, agent_id=3)
    try:
        client.tickets.bulk_delete([1, 2, 3])
    except halopsa.HaloNotFoundError as error:
        assert_type(error.missing, Optional[List[Any]])
        assert_type(error.done, Optional[List[Any]])
    with client.dry_run() as planned:
        client.tickets.filter(open_only=True).update(status_id=9)
    assert_type(planned[0].method, str)
    report_rows = client.reports.get(3).run(start="2026-01-01", period=2)
    assert_type(report_rows.columns, List[str])


async def correct_async(client: AsyncHaloClient) -> None:
    ticket = await client.tickets.aget(5)
    assert_type(ticket, Ticket)
    async for row in client.tickets.filter(agent_id=3):
        assert_type(row, Ticket)
    assert_type(await client.tickets.filter(open_only=True).afirst(), Optional[Ticket])
    assert_type(await client.tickets.acount(), int)
    created = await client.tickets.acreate(summary="New")
    assert_type(created, Ticket)
    await client.tickets.adelete(created.id)
    assert_type(await client.agents.ame(), Agent)
    await client.invoices.avoid(7)
    assert_type(await ticket.asave(), Ticket)
    assert_type(await ticket.aadd_note("Called back", private=True), Action)
    reply = await client.arequest("POST", "/Tickets", json=[{"summary": "x"}], idempotent=False)
    rows = await client.reports.arun(3, start="2026-01-01")
    assert_type(rows.columns, List[str])


def wrong(client: HaloClient, aclient: AsyncHaloClient) -> None:
    client.ticket.get(5)  # E: ticket
    ticket = client.tickets.get(5)
    ticket.status_id = "five"  # E: "str" | status_id
    ticket.statsu_id  # E: statsu_id
    ticket.statsu_id = 5  # E: statsu_id
    client.tickets.filter(agnt_id=3)  # E: agnt_id
    client.tickets.filter(agent_id="three")  # E: agent_id
    client.tickets.filter(open_only=True).filter(open_ony=True)  # E: open_ony
    client.tickets.all().order_by("-id")[:5].filter(client_id="Acme")  # E: client_id
    client.timesheets.delete(4)  # E: delete
    client.timesheets.filter(agent_id=3).delete()  # E: NoDeleteEndpoint
    client.asset_software.all().update(name="x")  # E: NoWriteEndpoint
    client.expenses.adelete(4)  # E: adelete
    client.statuses.me()  # E: me
    first: Ticket = client.tickets.first()  # E: None
    text: str = ticket.dateoccurred  # E: datetime
    client.invoices.void("seven")  # E: "str" | "Literal['seven']"
    client.attachments.get_image(body={})  # E: body
    client.attachments.get_image(nonce=1)  # E: nonce
    not_awaited: Ticket = aclient.tickets.aget(5)  # E: Coroutine | CoroutineType
    aclient.tickets.get(5)  # E: get
    aclient.tickets.filter(agnt_id=3)  # E: agnt_id
    for pair in client.tickets.values_list("id", "summary"):
        pair.upper()  # E: upper
    client.reports.get(3).run(strat="2026-01-01")  # E: strat
    # writes take the schema's fields as typed keywords
    client.tickets.create(summry="Printer jammed")  # E: summry
    client.tickets.create(summary="Printer jammed", client_id="Acme")  # E: client_id
    client.tickets.filter(open_only=True).update(agnt_id=3)  # E: agnt_id
    client.tickets.bulk_update([1, 2], status_id="nine")  # E: status_id
    Ticket(summry="Printer jammed")  # E: summry
    client.tickets.new(statsu_id=1)  # E: statsu_id
    client.tickets.get(5, includedetalis=True)  # E: overload
    client.tickets.list(agnt_id=3)  # E: agnt_id
    client.tickets.list(agent_id="three")  # E: agent_id
    client.sites.by_name("Head Office", clientid=2)  # E: clientid
    client.tickets.filter(count=client.clients.get(1))  # E: count
    with client.dry_run() as planned:
        planned[0].metod  # E: metod


def misspelt_import() -> None:
    from halopsa import HaloClent  # E: HaloClent


if __name__ == "__main__":  # pragma: no cover - this file is type-checked, not run
    from halopsa.testing import async_sandbox_client

    asyncio.run(correct_async(async_sandbox_client()))
