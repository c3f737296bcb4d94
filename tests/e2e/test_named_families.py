"""The families issue 10 names, by hand: each under the name the rule gives it, listing the sandbox's demo data
with its links intact, and written to where the API allows."""

from __future__ import annotations

import pytest

from tests._support.fakes import fast_client


@pytest.fixture(scope="module")
def fake():
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=8, tickets=40) as server:
        yield server


@pytest.fixture(scope="module")
def client(fake):
    with fast_client(fake) as connected:
        yield connected


def test_recurring_invoices_belong_to_clients(client):
    invoices = list(client.recurring_invoices.all())
    clients = {c.id for c in client.clients.filter(includeinactive=True)}
    assert invoices and all(invoice.client_id in clients for invoice in invoices)
    mine = client.recurring_invoices.filter(client_id=invoices[0].client_id)
    assert {i.client_id for i in mine} == {invoices[0].client_id}


def test_asset_types_are_the_ones_assets_carry(client):
    types = {t.id: t.name for t in client.asset_types.all()}
    for asset in client.assets.all()[:20]:
        assert types[asset.assettype_id] == asset.assettype_name


def test_outcomes_include_the_ones_actions_use(client, fake):
    names = {o.outcome for o in client.outcomes.all()}
    ticket_id = fake.records("tickets")[0]["id"]
    assert {a.outcome for a in client.actions.filter(ticket_id=ticket_id)} <= names


def test_sales_and_purchase_orders_are_linked(client):
    quotes = {q.id for q in client.quotations.all()}
    orders = {o.id: o for o in client.sales_orders.all()}
    assert orders and all(order.quotation_id in quotes for order in orders.values())
    purchases = list(client.purchase_orders.all())
    assert purchases and all(po.salesorder_id in orders for po in purchases)


def test_timesheet_events_field_info_and_lookups(client):
    agents = {a.id for a in client.agents.all()}
    assert all(event.agent_id in agents for event in client.timesheet_events.all())
    assert client.field_info.count() >= 5 and client.field_info.first().name
    groups = client.lookups.values_list("lookupid", flat=True)
    assert len(set(groups)) >= 2


@pytest.mark.parametrize("name, path", [
    ("custom_tables", "/CustomTable"), ("workflows", "/Workflow"), ("roles", "/Roles"), ("services", "/Service"),
    ("webhook_events", "/WebhookEvent"), ("distribution_lists", "/DistributionLists"),
    ("asset_groups", "/AssetGroup"),
])
def test_the_other_named_families_list_and_take_writes(client, name, path):
    manager = getattr(client, name)
    assert manager.resource.path == path
    before = manager.count()
    fields = manager.resource.write_fields or {}
    label = next((field for field in ("name", "description", "title", "subject") if fields.get(field) == "str"),
                 None)
    created = manager.create({label: f"made for {name}"} if label else {})
    assert created.id and manager.count() == before + 1
    if manager.resource.can_delete:
        manager.delete(created.id)
        assert manager.count() == before
