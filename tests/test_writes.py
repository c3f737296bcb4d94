"""Writes are checked against Halo's POST schema before anything is sent (SDK side, over HTTP to FakeHalo)."""

from __future__ import annotations

import math

import pytest

from halopsa import HaloQueryError

from tests._support.fakes import fast_client


@pytest.fixture(scope="module")
def fake():
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=4, tickets=40) as server:
        yield server


@pytest.fixture
def client(fake):
    fake.clear_requests()
    with fast_client(fake) as connected:
        yield connected


def _api(fake):
    return [r for r in fake.requests if r.path.startswith("/api/")]


def test_a_misspelt_field_is_refused_with_a_suggestion_and_nothing_is_sent(fake, client):
    with pytest.raises(HaloQueryError, match=r"unknown field 'summry' for tickets; did you mean 'summary'\?"):
        client.tickets.create(summry="typo")
    with pytest.raises(HaloQueryError, match="unknown field 'agnet_id'"):
        client.tickets.update({"id": 3, "agnet_id": 3})
    assert _api(fake) == []


def test_a_bulk_update_with_a_misspelt_field_sends_nothing_at_all(fake, client):
    with pytest.raises(HaloQueryError, match="did you mean 'agent_id'"):
        client.tickets.filter(open_only=True).update(agnet_id=3)
    assert _api(fake) == []  # not even the listing that would collect the ids


@pytest.mark.parametrize("fields, words", [
    ({"status_id": "five"}, "takes a whole number, not 'five'"),
    ({"status_id": True}, "takes a whole number"),
    ({"summary": {"text": "x"}}, "takes text"),
    ({"onhold": "maybe"}, "takes true or false"),
    ({"deadlinedate": "next tuesday"}, "takes an ISO 8601 date"),
    ({"customfields": {"id": 1}}, "takes a list"),
    ({"estimate": math.nan}, "NaN and infinities cannot be sent"),
])
def test_a_value_of_the_wrong_type_is_refused(fake, client, fields, words):
    with pytest.raises(HaloQueryError, match=words):
        client.tickets.create({"summary": "x", **fields})
    assert _api(fake) == []


def test_values_of_the_right_type_go_through(fake, client):
    ticket = client.tickets.create(summary="typed", status_id="2", onhold=False, deadlinedate="2024-05-01",
                                   customfields=[], client_id=None)
    assert ticket.id
    # each value goes out in its field's JSON type: "2" for a whole number is sent as 2
    assert _api(fake)[-1].json == [{"summary": "typed", "status_id": 2, "onhold": False,
                                    "deadlinedate": "2024-05-01", "customfields": [], "client_id": None}]


def test_check_fields_false_is_the_escape_hatch(fake):
    with fast_client(fake, check_fields=False) as client:
        ticket = client.tickets.create(summary="tenant field", my_tenant_field=7)
    assert ticket.id
    assert [r.json for r in _api(fake) if r.method == "POST"][-1] == [{"summary": "tenant field",
                                                                      "my_tenant_field": 7}]


def test_save_accepts_the_fields_the_record_came_with(fake, client):
    ticket = client.tickets.get(fake.records("tickets")[0]["id"])
    ticket._data["tenant_only_field"] = "x"  # a field the server sent that the spec lacks
    ticket.tenant_only_field = "y"
    ticket.save()
    assert [r.json for r in _api(fake) if r.method == "POST"][-1] == [{"id": ticket.id, "tenant_only_field": "y"}]
    ticket.statsu_id = 4
    with pytest.raises(HaloQueryError, match="did you mean 'status_id'"):
        ticket.save()


def test_a_family_without_post_refuses_writes_by_name(fake, client):
    with pytest.raises(AttributeError, match=r"asset_software cannot be created or updated \(create\): the API "
                                             r"has no POST /AssetSoftware"):
        client.asset_software.create(name="x")
    with pytest.raises(HaloQueryError, match="cannot be created or updated"):
        client.asset_software.all().update(name="x")
    assert _api(fake) == []


def test_families_without_a_schema_are_not_checked(fake, client):
    assert client.expenses.resource.write_fields is None  # /Expense is not in this copy of the spec
    client.expenses.create(description="taxi", amount=12.5, agent_id=1, anything_goes=True)
    assert _api(fake)[-1].json[0]["anything_goes"] is True
