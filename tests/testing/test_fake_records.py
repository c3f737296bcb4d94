"""One record, the me endpoints, and writes: create, update, batch, echo modes, validation and delete."""

from __future__ import annotations

import pytest


# ------------------------------------------------------------------------------------------------ reads

def test_get_one_is_a_bare_full_object(reader):
    ticket = reader.get("Tickets/5").json()
    assert ticket["id"] == 5
    assert ticket["details"] and ticket["customfields"][0] == {
        "id": 1, "name": "CFSerial", "label": "Serial number", "value": "SN-100005", "display": "SN-100005"}


def test_get_one_unknown_id_is_404_with_halo_error_body(reader):
    reply = reader.get("Tickets/99999")
    assert reply.status_code == 404
    body = reply.json()
    assert set(body) == {"ClassName", "Message"} and "99999" in body["Message"]
    assert reader.get("Client/abc").status_code == 404


def test_includedetails_adds_ticket_attachments(reader):
    ticket = reader.get("Tickets/1", includedetails=True).json()
    assert [a["filename"] for a in ticket["attachments"]] == ["ticket-1-log.txt"]


@pytest.mark.parametrize("path", ["Client/3", "Users/4", "Agent/2", "Asset/1", "Site/2", "Invoice/1",
                                  "ClientContract/1", "Opportunities/1", "Projects/1", "Appointment/1", "Item/1",
                                  "KBArticle/1", "Supplier/1", "Attachment/1", "Status/9", "Team/1", "Category/1",
                                  "Priority/1", "SLA/1", "TicketType/1", "TopLevel/1", "Expense/1", "Timesheet/1",
                                  "Release/1", "Report/1", "Webhook/1", "Workday/1", "SoftwareLicence/1",
                                  "CRMNote/1", "Quotation/1", "Actions/1"])
def test_every_resource_reads_one(reader, path):
    reply = reader.get(path)
    assert reply.status_code == 200, reply.text
    assert reply.json()["id"] == int(path.split("/")[1])


def test_action_read_with_the_wrong_ticket_id_is_404(reader):
    action = reader.get("Actions/1").json()
    assert reader.get("Actions/1", ticket_id=action["ticket_id"]).status_code == 200
    assert reader.get("Actions/1", ticket_id=action["ticket_id"] + 1).status_code == 404


def test_me_endpoints(reader):
    agent = reader.get("Agent/me").json()
    assert (agent["id"], agent["name"]) == (1, "Alex Morgan")
    user = reader.get("Users/me").json()
    assert user["linked_agent_id"] == 1 and user["name"] == "Alex Morgan"
    client = reader.get("Client/me").json()
    assert client["id"] == 1 and "Internal" in client["name"]


def test_denormalised_names_are_consistent(reader):
    clients = {c["id"]: c for c in reader.rows("Client", "clients", includeinactive=True)}
    users = {u["id"]: u for u in reader.rows("Users", "users", includeinactive=True)}
    statuses = {s["id"]: s for s in reader.rows("Status")}
    for t in reader.rows("Tickets", "tickets"):
        user = users[t["user_id"]]
        assert (user["client_id"], user["site_id"]) == (t["client_id"], t["site_id"])
        assert clients[t["client_id"]]["name"] == t["client_name"]
        assert statuses[t["status_id"]]["name"] == t["status_name"]


# ------------------------------------------------------------------------------------------------ creates

def test_create_assigns_the_next_id_fills_defaults_and_answers_201(halo_fake, halo):
    reply = halo.post("Tickets", [{"summary": "Printer offline", "user_id": 5}])
    assert reply.status_code == 201
    [ticket] = reply.json()
    assert ticket["id"] == 201 and ticket["summary"] == "Printer offline"
    user = halo_fake.record("users", 5)
    assert (ticket["client_id"], ticket["site_id"], ticket["user_name"]) == (user["client_id"], user["site_id"],
                                                                            user["name"])
    assert ticket["status_id"] == 1 and ticket["status_name"] == "New"
    assert ticket["dateoccurred"] and ticket["dateclosed"] is None
    assert halo.get("Tickets/201").json()["summary"] == "Printer offline"
    assert halo_fake.records("tickets")[-1]["id"] == 201


def test_id_zero_creates(halo):
    reply = halo.post("Client", [{"id": 0, "name": "Zed Ltd"}])
    assert reply.status_code == 201 and reply.json()[0]["id"] == 13


def test_batch_create_echoes_every_object_by_default(halo):
    reply = halo.post("Tickets", [{"summary": "one"}, {"summary": "two"}, {"summary": "three"}])
    assert reply.status_code == 201
    assert [t["summary"] for t in reply.json()] == ["one", "two", "three"]
    assert [t["id"] for t in reply.json()] == [201, 202, 203]


def test_post_echo_first_answers_one_bare_object(halo_fake, halo):
    halo_fake.set(post_echo="first")
    reply = halo.post("Tickets", [{"summary": "one"}, {"summary": "two"}])
    assert reply.status_code == 201
    assert isinstance(reply.json(), dict) and reply.json()["summary"] == "one"
    assert [t["summary"] for t in halo_fake.records("tickets")[-2:]] == ["one", "two"]


def test_unknown_fields_are_dropped_like_halo_and_logged(halo_fake, halo):
    reply = halo.post("Tickets", [{"summary": "typo", "ticket_type_id": 2, "Details": "mixed case is fine"}])
    ticket = reply.json()[0]
    assert "ticket_type_id" not in ticket and ticket["details"] == "mixed case is fine"
    assert halo_fake.api_requests("POST", "Tickets")[-1].unknown_fields == ["ticket_type_id"]


def test_string_ids_are_coerced(halo):
    ticket = halo.post("Tickets", [{"summary": "s", "client_id": "3"}]).json()[0]
    assert ticket["client_id"] == 3 and ticket["client_name"] == "Brightside Dental"


def test_dates_are_stored_as_naive_utc(halo):
    ticket = halo.post("Tickets", [{"summary": "s", "dateoccurred": "2024-05-01T10:00:00+02:00"}]).json()[0]
    assert ticket["dateoccurred"] == "2024-05-01T08:00:00"


def test_create_without_summary_is_a_field_keyed_400(halo_fake, halo):
    reply = halo.post("Tickets", [{"summary": "fine"}, {"details": "no summary"}])
    assert reply.status_code == 400
    assert reply.json() == {"[1].summary": "The summary field is required."}
    assert len(halo_fake.records("tickets")) == 200  # nothing from the batch was saved


def test_create_with_a_missing_reference_is_400(halo):
    reply = halo.post("Tickets", [{"summary": "s", "client_id": 999, "status_id": 77}])
    assert reply.status_code == 400
    assert set(reply.json()) == {"[0].client_id", "[0].status_id"}


def test_required_fields_of_other_resources(halo):
    assert halo.post("Client", [{"website": "x"}]).json() == {"[0].name": "The name field is required."}
    assert halo.post("Users", [{"firstname": "Ann", "surname": "Lee", "site_id": 2}]).status_code == 201
    assert "[0].ticket_id" in halo.post("Actions", [{"note": "orphan"}]).json()


def test_non_array_body_is_400(halo):
    reply = halo.post("Tickets", {"summary": "not in an array"})
    assert reply.status_code == 400
    assert "array" in reply.json()["Message"]
    assert halo.post("Tickets", []).status_code == 400
    assert halo.post("Tickets", ["text"]).status_code == 400


def test_invalid_json_is_400(halo):
    reply = halo.session.post(halo.url("Tickets"), data=b"[{nope", headers={"Content-Type": "application/json"})
    assert reply.status_code == 400


# ------------------------------------------------------------------------------------------------ updates

def test_update_changes_only_the_given_fields_and_answers_200(halo_fake, halo):
    before = halo_fake.record("tickets", 7)
    reply = halo.post("Tickets", [{"id": 7, "summary": "Renamed"}])
    assert reply.status_code == 200
    after = reply.json()[0]
    assert after["summary"] == "Renamed"
    for field in ("details", "client_id", "status_id", "dateoccurred", "customfields"):
        assert after[field] == before[field]
    assert after["last_update"] != before["last_update"]


def test_update_refreshes_names_and_closing_sets_dateclosed(halo_fake, halo):
    open_ticket = halo.rows("Tickets", "tickets", open_only=True, count=1)[0]
    closed = halo.post("Tickets", [{"id": open_ticket["id"], "status_id": 9, "agent_id": 5}]).json()[0]
    assert closed["status_name"] == "Closed" and closed["dateclosed"]
    assert closed["agent_name"] == "Elliot Shaw"
    reopened = halo.post("Tickets", [{"id": open_ticket["id"], "status_id": 2}]).json()[0]
    assert reopened["dateclosed"] is None and reopened["status_name"] == "In Progress"


def test_customfields_merge_by_id_or_name(halo):
    halo.post("Tickets", [{"id": 3, "customfields": [{"id": 1, "value": "SN-NEW"}, {"name": "CFBillable",
                                                                                    "value": "No"},
                                                     {"id": 7, "name": "CFExtra", "value": "x"}]}])
    fields = {cf["name"]: cf for cf in halo.get("Tickets/3").json()["customfields"]}
    assert fields["CFSerial"]["value"] == "SN-NEW" and fields["CFSerial"]["label"] == "Serial number"
    assert fields["CFBillable"]["value"] == "No"
    assert fields["CFExtra"]["value"] == "x"


def test_update_of_an_unknown_id_is_404(halo_fake, halo):
    reply = halo.post("Tickets", [{"summary": "new"}, {"id": 4242, "summary": "ghost"}])
    assert reply.status_code == 404
    assert len(halo_fake.records("tickets")) == 200


def test_mixed_batch_is_201_and_echoes_in_order(halo):
    reply = halo.post("Tickets", [{"id": 2, "summary": "updated"}, {"summary": "created"}])
    assert reply.status_code == 201
    assert [(t["id"], t["summary"]) for t in reply.json()] == [(2, "updated"), (201, "created")]


def test_update_cannot_blank_a_required_field(halo):
    assert halo.post("Tickets", [{"id": 2, "summary": ""}]).json() == {"[0].summary": "The summary field is required."}


def test_action_creation_adds_to_the_ticket(halo_fake, halo):
    before = len(halo.rows("Actions", "actions", ticket_id=10))
    reply = halo.post("Actions", [{"ticket_id": 10, "note": "Rebooted the router", "outcome": "Remote Session",
                                   "hiddenfromuser": True, "timetaken": 0.5, "new_status": 9}])
    assert reply.status_code == 201
    action = reply.json()[0]
    assert (action["ticket_id"], action["note"], action["hiddenfromuser"]) == (10, "Rebooted the router", True)
    assert len(halo.rows("Actions", "actions", ticket_id=10)) == before + 1
    ticket = halo_fake.record("tickets", 10)
    assert ticket["lastactiondate"] == action["datetime"] and ticket["status_id"] == 9
    assert halo.rows("Actions", "actions", ticket_id=10, excludeprivate=True) == [
        a for a in halo.rows("Actions", "actions", ticket_id=10) if not a["hiddenfromuser"]]


def test_action_for_an_unknown_ticket_is_400(halo):
    assert halo.post("Actions", [{"ticket_id": 99999, "note": "x"}]).status_code == 400


# ------------------------------------------------------------------------------------------------ deletes

def test_delete_ticket_takes_a_reason_and_hides_it(halo_fake, halo):
    reply = halo.delete("Tickets/8", reason="duplicate")
    assert reply.status_code == 200 and reply.content == b""
    assert halo_fake.api_requests("DELETE")[-1].params == {"reason": "duplicate"}
    assert halo.get("Tickets/8").status_code == 404
    assert 8 not in {t["id"] for t in halo.rows("Tickets", "tickets")}
    assert [t["id"] for t in halo.rows("Tickets", "tickets", deleted=True)] == [8]
    assert halo.delete("Tickets/8").status_code == 404


def test_delete_other_resources(halo_fake, halo):
    assert halo.delete("Client/5").status_code == 200
    assert halo.get("Client/5").status_code == 404
    assert halo_fake.record("clients", 5) is None
    assert halo.delete("Client/5").status_code == 404


@pytest.mark.parametrize("path", ["Timesheet/1", "Expense/1"])
def test_timesheets_and_expenses_cannot_be_deleted(halo, path):
    reply = halo.delete(path)
    assert reply.status_code == 405
    assert "cannot be deleted" in reply.json()["Message"]
    assert halo.get(path).status_code == 200


def test_wrong_methods_are_405(halo):
    assert halo.session.put(halo.url("Tickets/1"), json={}).status_code == 405
    assert halo.session.post(halo.url("Tickets/1"), json=[{}]).status_code == 405
    assert halo.session.delete(halo.url("Tickets")).status_code == 405


# ------------------------------------------------------------------------------------------------ direct access

def test_add_remove_and_records(halo_fake, halo):
    added = halo_fake.add("tickets", summary="Drift", client_id=2)
    assert added["id"] == 201 and added["client_name"] == "Acme Manufacturing"
    assert halo.get("Tickets/201").json()["summary"] == "Drift"
    with_id = halo_fake.add("clients", id=500, name="Explicit")
    assert with_id["id"] == 500 and halo.get("Client/500").json()["name"] == "Explicit"
    halo_fake.remove("tickets", 1)
    assert halo.get("Tickets/1").status_code == 404
    with pytest.raises(KeyError):
        halo_fake.remove("tickets", 1)
    records = halo_fake.records("tickets")
    records[0]["summary"] = "changed a copy"
    assert halo_fake.records("tickets")[0]["summary"] != "changed a copy"


def test_records_accepts_paths_too(halo_fake):
    assert len(halo_fake.records("Tickets")) == len(halo_fake.records("tickets")) == 200
    with pytest.raises(ValueError):
        halo_fake.records("nope")
