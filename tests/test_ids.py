"""One id rule (halopsa/_ids.py): ids that name no record are refused before any request, an update never
becomes a create, and a string of digits (an id read from a CSV file) is normalised."""

from __future__ import annotations

import pytest

from halopsa import HaloQueryError

from tests._support.fakes import fast_client


@pytest.fixture(scope="module")
def fake():
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=6, tickets=20) as server:
        yield server


@pytest.fixture
def client(fake):
    with fast_client(fake) as connected:
        connected.tickets.count()  # the token and one read, before the log is cleared
        fake.clear_requests()
        yield connected


def _api(fake):
    return [r for r in fake.requests if r.path.startswith("/api/")]


BAD_IDS = [0, "0", " 0", "00", -1, "-1", 1.5, 31.0, True, False, None, "", "abc", 2_147_483_648,
           "99999999999999999999", "１２"]


@pytest.mark.parametrize("bad", BAD_IDS, ids=repr)
def test_a_bad_id_is_refused_before_any_request(fake, client, bad):
    with pytest.raises(HaloQueryError, match=r"is not a Ticket id \(a whole number from 1 to 2,147,483,647\)"):
        client.tickets.get(bad)
    with pytest.raises(HaloQueryError, match="is not a Ticket id"):
        client.tickets.update({"id": bad, "summary": "renamed from CSV row"})
    with pytest.raises(HaloQueryError, match="is not a Ticket id"):
        client.tickets.delete(bad)
    assert _api(fake) == []


def test_digits_are_normalised(fake, client):
    ticket_id = fake.records("tickets")[0]["id"]
    client.tickets.update({"id": f" {ticket_id} ", "summary": "from a CSV row"})
    assert _api(fake)[-1].json == [{"id": ticket_id, "summary": "from a CSV row"}]
    assert client.tickets.get(str(ticket_id)).id == ticket_id


def test_save_of_a_record_from_the_server_never_creates(fake, client):
    ticket = client.tickets.get(fake.records("tickets")[1]["id"])
    before = len(fake.records("tickets"))
    ticket.id = 0
    ticket.summary = "a copy?"
    with pytest.raises(HaloQueryError, match="'0'|0 is not a Ticket id"):
        ticket.save()
    ticket.id = None
    with pytest.raises(HaloQueryError, match="None is not a Ticket id"):
        ticket.save()
    assert [r for r in _api(fake) if r.method == "POST"] == []
    assert len(fake.records("tickets")) == before


def test_a_new_record_saves_as_a_create_and_then_as_updates(fake, client):
    ticket = client.tickets.new(summary="made here")
    ticket.save()
    assert ticket.id and _api(fake)[-1].json == [{"summary": "made here"}]
    ticket.summary = "renamed"
    ticket.save()
    assert _api(fake)[-1].json == [{"id": ticket.id, "summary": "renamed"}]


def test_a_new_record_given_an_id_updates_that_record(fake, client):
    ticket_id = fake.records("tickets")[2]["id"]
    before = len(fake.records("tickets"))
    client.tickets.new(id=ticket_id, summary="set by id").save()
    assert _api(fake)[-1].json == [{"id": ticket_id, "summary": "set by id"}]
    assert len(fake.records("tickets")) == before


def test_get_with_no_id_finds_one_record_by_lookups(fake, client):
    ticket_id = fake.records("tickets")[3]["id"]
    assert client.tickets.get(id=ticket_id).id == ticket_id
    with pytest.raises(HaloQueryError, match="None is not a Ticket id"):
        client.tickets.get(None)
