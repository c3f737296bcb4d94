"""Lists: envelopes, paging, count, ordering, search and filters."""

from __future__ import annotations

import pytest

from halopsa.testing._resources import RESOURCES

# SDK name -> (path, envelope key or None for a bare array), straight from the notes' table (section 3) and the
# defaults the fake picked for the "unverified" rows.
ENVELOPES = {
    "tickets": ("Tickets", "tickets"), "actions": ("Actions?ticket_id=1", "actions"),
    "clients": ("Client", "clients"), "users": ("Users", "users"), "agents": ("Agent", None),
    "assets": ("Asset", "assets"), "sites": ("Site", "sites"), "invoices": ("Invoice", "invoices"),
    "contracts": ("ClientContract", "contracts"), "opportunities": ("Opportunities", "tickets"),
    "projects": ("Projects", "tickets"), "appointments": ("Appointment", None), "items": ("Item", "items"),
    "kb_articles": ("KBArticle", "articles"), "suppliers": ("Supplier", "suppliers"),
    "attachments": ("Attachment", "attachments"), "statuses": ("Status", None), "teams": ("Team", None),
    "categories": ("Category", None), "priorities": ("Priority", None), "slas": ("SLA", None),
    "ticket_types": ("TicketType", None), "top_levels": ("TopLevel", "tree"), "expenses": ("Expense", None),
    "timesheets": ("Timesheet", None), "releases": ("Release", "releases"), "reports": ("Report", "reports"),
    "webhooks": ("Webhook", None), "workdays": ("Workday", None),
    "software_licences": ("SoftwareLicence", "licences"), "crm_notes": ("CRMNote", None),
    "quotations": ("Quotation", "quotes"),
}


def test_the_table_covers_all_32_resources():
    assert set(ENVELOPES) == set(RESOURCES) and len(RESOURCES) == 32


@pytest.mark.parametrize("name", sorted(ENVELOPES))
def test_every_resource_lists_with_its_envelope(reader, name):
    path, key = ENVELOPES[name]
    reply = reader.session.get(reader.url(path))
    assert reply.status_code == 200, reply.text
    body = reply.json()
    if key is None:
        assert isinstance(body, list)
        rows = body
    else:
        assert isinstance(body, dict)
        rows = body[key]
        assert body["record_count"] == len(rows)
        assert "page_no" not in body  # only paginated replies carry page_no/page_size
    assert rows, f"the demo data should hold some {name}"
    assert all(isinstance(row.get("id"), int) for row in rows)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)  # default order: id ascending


@pytest.mark.parametrize("name", ["appointments", "categories", "slas", "top_levels", "expenses", "workdays",
                                  "crm_notes"])
def test_unverified_envelopes_can_be_switched(halo_fake, halo, name):
    path, key = ENVELOPES[name]
    default_is_array = key is None
    halo_fake.set(envelopes={name: "object" if default_is_array else "array"})
    body = halo.get(path).json()
    if default_is_array:
        assert isinstance(body, dict) and body["record_count"] == len(body[RESOURCES[name].key])
    else:
        assert isinstance(body, list)


def test_envelope_key_can_be_chosen(halo_fake, halo):
    halo_fake.set(envelopes={"appointments": "object:results"})
    body = halo.get("Appointment").json()
    assert set(body) == {"record_count", "results"}
    assert halo_fake.envelopes["appointments"] == "object:results"


def test_bad_envelope_switch_is_refused(halo_fake):
    with pytest.raises(ValueError):
        halo_fake.set(envelopes={"appointments": "dict"})
    with pytest.raises(ValueError):
        halo_fake.set(envelopes={"no_such_thing": "array"})
    with pytest.raises(TypeError):
        halo_fake.set(page_size=5)


# ------------------------------------------------------------------------------------------------ paging

def test_pageinate_pages_are_one_based_and_carry_record_count(reader):
    first = reader.get("Tickets", pageinate=True, page_size=10, page_no=1).json()
    second = reader.get("Tickets", pageinate=True, page_size=10, page_no=2).json()
    assert (first["page_no"], first["page_size"], first["record_count"]) == (1, 10, 200)
    assert [t["id"] for t in first["tickets"]] == list(range(1, 11))
    assert [t["id"] for t in second["tickets"]] == list(range(11, 21))


def test_last_page_is_short_and_beyond_it_empty(reader):
    last = reader.get("Tickets", pageinate=True, page_size=30, page_no=7).json()
    assert len(last["tickets"]) == 20 and last["record_count"] == 200
    beyond = reader.get("Tickets", pageinate=True, page_size=30, page_no=8).json()
    assert beyond["tickets"] == [] and beyond["record_count"] == 200


def test_page_size_is_clamped_to_the_page_cap(halo_fake, halo):
    body = halo.get("Tickets", pageinate=True, page_size=500, page_no=1).json()
    assert len(body["tickets"]) == 100 and body["page_size"] == 100
    halo_fake.set(page_cap=50)
    body = halo.get("Tickets", pageinate=True, page_size=100, page_no=2).json()
    assert [t["id"] for t in body["tickets"]] == list(range(51, 101))
    assert body["page_size"] == 50


def test_default_page_size_is_50(reader):
    body = reader.get("Tickets", pageinate=True).json()
    assert len(body["tickets"]) == 50 and body["page_no"] == 1


def test_ignore_page_no_always_serves_the_first_page(halo_fake_factory):
    fake = halo_fake_factory(ignore_page_no=True)
    from tests._support.plain_http import Halo

    halo = Halo(fake)
    one = halo.get("Tickets", pageinate=True, page_size=10, page_no=1).json()
    three = halo.get("Tickets", pageinate=True, page_size=10, page_no=3).json()
    assert [t["id"] for t in three["tickets"]] == [t["id"] for t in one["tickets"]] == list(range(1, 11))
    assert three["page_no"] == 3  # echoed as asked: never trust it
    halo.close()


def test_without_pageinate_page_params_are_ignored_and_everything_returned(reader):
    body = reader.get("Tickets", page_size=10, page_no=2).json()
    assert len(body["tickets"]) == 200 and "page_no" not in body


def test_count_limits_rows_but_not_record_count(reader):
    body = reader.get("Tickets", count=7).json()
    assert [t["id"] for t in body["tickets"]] == list(range(1, 8))
    assert body["record_count"] == 200


def test_count_cap(halo_fake, halo):
    halo_fake.set(count_cap=25)
    assert len(halo.get("Tickets", count=1000).json()["tickets"]) == 25


def test_pageinate_wins_over_count(reader):
    body = reader.get("Tickets", pageinate=True, page_size=5, count=2).json()
    assert len(body["tickets"]) == 5


def test_unpaged_resource_ignores_pageinate(reader):
    body = reader.get("Agent", pageinate=True, page_size=2).json()
    assert isinstance(body, list) and len(body) == 10


def test_paging_switch_per_resource(halo_fake, halo):
    halo_fake.set(paging={"expenses": True})
    assert len(halo.get("Expense", pageinate=True, page_size=3).json()) == 3
    halo_fake.set(paging={"tickets": False})
    assert len(halo.get("Tickets", pageinate=True, page_size=3).json()["tickets"]) == 200


def test_actions_honour_count(reader):
    body = reader.get("Actions", ticket_id=1, count=1).json()
    assert len(body["actions"]) == 1 and body["record_count"] >= 1


def test_paged_array_envelope_pages_too(reader):
    rows = reader.get("Appointment", pageinate=True, page_size=4, page_no=2).json()
    assert [r["id"] for r in rows] == [5, 6, 7, 8]


# ------------------------------------------------------------------------------------------------ ordering

def test_order_and_orderdesc(reader):
    rows = reader.rows("Tickets", "tickets", order="dateoccurred", orderdesc=True, count=20)
    dates = [r["dateoccurred"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    rows = reader.rows("Client", "clients", order="name")
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=str.lower)


def test_second_order_key_breaks_ties(reader):
    rows = reader.rows("Tickets", "tickets", order="client_id", order2="id", orderdesc2=True)
    keys = [(r["client_id"], -r["id"]) for r in rows]
    assert keys == sorted(keys)


def test_orderdesc_alone_reverses_the_id_order(reader):
    rows = reader.rows("Tickets", "tickets", orderdesc=True, count=3)
    assert [r["id"] for r in rows] == [200, 199, 198]


def test_ordering_applies_before_paging(reader):
    page = reader.get("Tickets", order="id", orderdesc=True, pageinate=True, page_size=10, page_no=2).json()
    assert [t["id"] for t in page["tickets"]] == list(range(190, 180, -1))


# ------------------------------------------------------------------------------------------------ filters

def test_int_filters(reader):
    rows = reader.rows("Tickets", "tickets", client_id=2)
    assert rows and all(r["client_id"] == 2 for r in rows)
    users = reader.rows("Users", "users", site_id=1)
    assert users and all(u["site_id"] == 1 for u in users)


def test_requesttype_id_filters_on_tickettype_id(reader):
    rows = reader.rows("Tickets", "tickets", requesttype_id=2)
    assert rows and all(r["tickettype_id"] == 2 for r in rows)


def test_id_list_filters(reader):
    rows = reader.rows("Tickets", "tickets", status="1,2")
    assert rows and {r["status_id"] for r in rows} <= {1, 2}
    rows = reader.rows("Tickets", "tickets", priority="1")
    assert rows and {r["priority_id"] for r in rows} == {1}
    rows = reader.rows("Tickets", "tickets", client_ids="2,3", agent="1,2,3")
    assert rows and all(r["client_id"] in (2, 3) and r["agent_id"] in (1, 2, 3) for r in rows)


def test_team_filter_takes_team_ids(reader):
    rows = reader.rows("Tickets", "tickets", team="2")
    assert rows and {r["team"] for r in rows} == {"Second Line"}


def test_filters_halo_does_not_have_are_ignored_and_logged(shared_fake, reader):
    # The notes: there is NO priority_id, team_id or tickettype_id filter on /Tickets.
    body = reader.get("Tickets", priority_id=1, tickettype_id=2).json()
    assert body["record_count"] == 200
    logged = shared_fake.api_requests("GET", "/api/Tickets")[-1]
    assert logged.unknown_params == ["priority_id", "tickettype_id"]


def test_excludethese(reader):
    rows = reader.rows("Tickets", "tickets", excludethese="1,2,3", count=3)
    assert [r["id"] for r in rows] == [4, 5, 6]


def test_open_only_and_closed_only_use_the_status_type(reader):
    statuses = {s["id"]: s for s in reader.rows("Status")}
    closed_ids = {sid for sid, s in statuses.items() if s["type"] == 2}
    assert closed_ids == {9, 10}
    open_rows = reader.rows("Tickets", "tickets", open_only=True)
    closed_rows = reader.rows("Tickets", "tickets", closed_only=True)
    assert open_rows and all(r["status_id"] not in closed_ids for r in open_rows)
    assert closed_rows and all(r["status_id"] in closed_ids and r["dateclosed"] for r in closed_rows)
    assert len(open_rows) + len(closed_rows) == 200


def test_toplevel_id_goes_through_the_client(reader):
    clients = {c["id"]: c for c in reader.rows("Client", "clients", includeinactive=True)}
    rows = reader.rows("Tickets", "tickets", toplevel_id=2)
    assert rows and all(clients[r["client_id"]]["toplevel_id"] == 2 for r in rows)


def test_datesearch_with_startdate_and_enddate(reader):
    rows = reader.rows("Tickets", "tickets", datesearch="dateoccured", startdate="2024-01-01T00:00:00Z",
                       enddate="2024-03-31T23:59:59Z")
    assert rows and all("2024-01-01" <= r["dateoccurred"] <= "2024-03-31T23:59:59" for r in rows)
    closed = reader.rows("Tickets", "tickets", datesearch="datecleared", startdate="2025-01-01")
    assert closed and all(r["dateclosed"] >= "2025-01-01" for r in closed)


def test_startdate_without_datesearch_does_not_filter_tickets(reader):
    assert reader.get("Tickets", startdate="2030-01-01").json()["record_count"] == 200


def test_bad_values_are_400(reader):
    reply = reader.get("Tickets", client_id="two")
    assert reply.status_code == 400 and "client_id" in reply.json()
    assert reader.get("Tickets", status="1,x").status_code == 400
    assert reader.get("Tickets", open_only="1").status_code == 400
    assert reader.get("Tickets", datesearch="dateoccured", startdate="yesterday").status_code == 400


def test_boolean_values_are_case_insensitive(reader):
    assert reader.get("Tickets", open_only="True").json()["record_count"] < 200


def test_search_is_a_case_insensitive_substring(reader):
    rows = reader.rows("Tickets", "tickets", search="PRINTER")
    assert rows and all("printer" in (r["summary"] + r.get("details", "")).lower() for r in rows)
    clients = reader.rows("Client", "clients", search="dent")
    assert [c["name"] for c in clients] == ["Brightside Dental"]


def test_search_summary(reader):
    rows = reader.rows("Tickets", "tickets", search_summary="vpn")
    assert rows and all("vpn" in r["summary"].lower() for r in rows)


def test_idonly_rows_hold_only_ids(reader):
    rows = reader.rows("Client", "clients", idonly=True)
    assert rows and all(set(r) == {"id"} for r in rows)


def test_ticketidonly(reader):
    rows = reader.rows("Tickets", "tickets", ticketidonly=True, count=3)
    assert set(rows[0]) == {"id", "sla_id", "status_id", "client_id", "client_name"}


def test_inactive_records_need_includeinactive(reader):
    names = [c["name"] for c in reader.rows("Client", "clients")]
    assert "Kestrel Marketing" not in names
    names = [c["name"] for c in reader.rows("Client", "clients", includeinactive=True)]
    assert "Kestrel Marketing" in names
    inactive_only = reader.rows("Client", "clients", includeinactive=True, includeactive=False)
    assert [c["name"] for c in inactive_only] == ["Kestrel Marketing"]


def test_agents_hide_disabled_and_api_agents_unless_asked(reader):
    ids = {a["id"] for a in reader.rows("Agent")}
    assert ids == set(range(1, 11))
    assert 12 in {a["id"] for a in reader.rows("Agent", includedisabled=True)}
    assert 11 in {a["id"] for a in reader.rows("Agent", includeapiagents=True)}


def test_agents_by_team(reader):
    rows = reader.rows("Agent", team_id=2)
    assert {a["name"] for a in rows} >= {"Dana Brooks", "Alex Morgan"}
    assert all(any(m["team_id"] == 2 for m in a["teams"]) for a in rows)


def test_actions_need_a_ticket_id(reader):
    body = reader.get("Actions").json()
    assert body == {"record_count": 0, "actions": []}
    rows = reader.rows("Actions", "actions", ticket_id=3)
    assert rows and all(a["ticket_id"] == 3 for a in rows)


def test_list_rows_are_abbreviated_unless_includedetails(reader):
    row = reader.rows("Tickets", "tickets", count=1)[0]
    assert "details" not in row and "customfields" not in row
    assert row["summary"] and row["client_name"]
    full = reader.rows("Tickets", "tickets", count=1, includedetails=True)[0]
    assert full["details"] and full["customfields"][0]["name"] == "CFSerial"


def test_status_excludeclosed(reader):
    assert {s["id"] for s in reader.rows("Status", excludeclosed=True)} == {1, 2, 3, 4, 5, 8}


def test_paths_are_case_insensitive(reader):
    assert reader.get("tIcKeTs", count=1).json()["record_count"] == 200
    assert reader.get("client/me").status_code == 200


def test_query_parameter_names_are_case_insensitive(reader):
    body = reader.get("Tickets", Pageinate=True, PAGE_SIZE=3).json()
    assert len(body["tickets"]) == 3


def test_unknown_resource_is_404(reader):
    assert reader.get("NoSuchThing").status_code == 404


def test_repeated_parameters_are_joined_with_commas(shared_fake, reader):
    reader.session.get(reader.url("Tickets") + "?status=1&status=2&count=1")
    assert shared_fake.api_requests("GET", "Tickets")[-1].params["status"] == "1,2"


def test_filtered_lists_are_cached_until_a_write(halo_fake, halo):
    before = halo.get("Tickets", client_id=3).json()["record_count"]
    halo.post("Tickets", [{"summary": "New one", "client_id": 3}])
    assert halo.get("Tickets", client_id=3).json()["record_count"] == before + 1
