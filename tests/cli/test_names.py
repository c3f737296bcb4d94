"""Names where ids go (--agent "Dana Brooks"), in filters and writes, and the SDK's by_name(): exact, prefix,
ambiguous and unknown, counted on the fake's request log (nothing is written until every name resolved)."""

from __future__ import annotations

import json

import pytest

from halopsa import HaloNotFoundError, MultipleObjectsReturned


def _writes(fake):
    return [r for r in fake.requests if r.path.startswith("/api/") and r.method != "GET"]


def _name(fake, resource, record_id):
    return next(r["name"] for r in fake.records(resource) if r["id"] == record_id)


# -- the SDK ------------------------------------------------------------------------------------------------------


def test_by_name_exact_prefix_case_and_spacing(fake):
    client = fake.client()
    agent = fake.records("agents")[3]
    assert client.agents.by_name(agent["name"]).id == agent["id"]
    assert client.agents.by_name("  " + agent["name"].upper().replace(" ", "   ")).id == agent["id"]
    first_word = agent["name"].split()[0]
    assert client.agents.by_name(first_word.lower()).id == agent["id"]  # a unique prefix
    # an exact match wins over longer names that start with it
    fake.add("teams", name="Projects Europe")
    assert client.teams.by_name("projects").name == "Projects"


def test_by_name_ambiguous_and_unknown(fake):
    client = fake.client()
    with pytest.raises(MultipleObjectsReturned) as ambiguous:
        client.statuses.by_name("waiting")
    assert ambiguous.value.candidates == [(4, "Waiting on Customer"), (5, "Waiting on Supplier")]
    assert isinstance(ambiguous.value, client.statuses.model.MultipleObjectsReturned)
    assert str(ambiguous.value) == ("'waiting' names 2 statuses by the start of their name: Waiting on Customer "
                                    "(#4), Waiting on Supplier (#5); give more of the name, or the id")
    with pytest.raises(HaloNotFoundError) as unknown:
        client.agents.by_name("Nobody Here")
    assert isinstance(unknown.value, client.agents.model.DoesNotExist)
    assert "no Agent is named 'Nobody Here'" in str(unknown.value)


def test_by_name_on_a_paged_resource_searches(fake):
    client = fake.client()
    target = fake.records("clients")[2]
    fake.clear_requests()
    assert client.clients.by_name(target["name"]).id == target["id"]
    lists = fake.api_requests("GET", "/api/Client")
    assert len(lists) == 1 and lists[0].params.get("search") == target["name"]


def test_by_name_async(fake):
    import asyncio

    from halopsa import AsyncHaloClient

    async def run():
        async with AsyncHaloClient.from_client(fake.client(), owns=True) as client:
            return await client.agents.aby_name("dana")

    assert asyncio.run(run()).name == "Dana Brooks"


# -- the CLI: filters -----------------------------------------------------------------------------------------------


def test_filter_flags_take_names(halo_rw, fake):
    dana = next(a["id"] for a in fake.records("agents") if a["name"] == "Dana Brooks")
    result = halo_rw("tickets", "list", "--agent", "dana", "--status", "CLOSED", "--all", "--json")
    assert result.code == 0, result
    rows = json.loads(result.out)
    assert rows and {(row["agent_id"], row["status_id"]) for row in rows} == {(dana, 9)}
    listing = fake.api_requests("GET", "/api/Tickets")[-1]
    assert listing.params["agent_id"] == str(dana) and listing.params["status_id"] == "9"
    # the -id spellings and --filter take names too; a list filter takes several, names and ids mixed
    fake.clear_requests()
    assert halo_rw("tickets", "count", "--agent-id", "Dana Brooks", "--team", "service desk,2").code == 0
    assert halo_rw("tickets", "count", "--filter", "agent_id=dana").code == 0
    counted = fake.api_requests("GET", "/api/Tickets")
    assert counted[0].params["team"] == "1,2" and counted[-1].params["agent_id"] == str(dana)


@pytest.mark.parametrize("argv, code, words", [
    (["tickets", "list", "--status", "waiting"], 2,
     "status_id: 'waiting' names 2 statuses by the start of their name: Waiting on Customer (#4), Waiting on "
     "Supplier (#5); give more of the name, or the id"),
    (["tickets", "list", "--agent", "Zed Nobody"], 3,
     "agent_id: no Agent is named 'Zed Nobody' (agents compared by name, exactly or by the start, ignoring case); "
     "list them with 'halo agents list'"),
])
def test_ambiguous_and_unknown_names_in_filters(halo_rw, fake, argv, code, words):
    result = halo_rw(*argv)
    assert (result.code, result.err_lines) == (code, [f"halo: error: {words}"])
    assert [r.path for r in fake.api_requests()] in (["/api/Status"], ["/api/Agent"])  # the lookup only


def test_a_wrong_filter_name_is_refused_before_any_name_is_looked_up(halo_rw, fake):
    result = halo_rw("tickets", "list", "--agent", "dana", "--filter", "priorty=2")
    assert result.code == 2 and "did you mean 'priority'" in result.err
    assert fake.requests == []


# -- the CLI: writes ------------------------------------------------------------------------------------------------


def test_write_flags_take_names(halo_rw, fake):
    ticket_id = fake.records("tickets")[0]["id"]
    result = halo_rw("tickets", "update", str(ticket_id), "--agent", "dana brooks", "--status", "closed",
                     "--client", "acme", "--team", "second", "--priority", "crit", "--ticket-type", "incident",
                     "--fields", "id,agent_id,status_id")
    assert result.code == 0, result
    posted = _writes(fake)[0].json
    acme = next(c["id"] for c in fake.records("clients") if c["name"].startswith("Acme"))
    assert posted == [{"id": ticket_id, "agent_id": 4, "status_id": 9, "client_id": acme, "team": "Second Line",
                       "priority_id": 1, "tickettype_id": 1}]
    assert result.out.split() == ["id", str(ticket_id), "agent_id", "4", "status_id", "9"]  # --fields, in order


@pytest.mark.parametrize("flag, value, code", [("--agent", "Zed Nobody", 3), ("--status", "waiting", 2),
                                               ("--team", "Nowhere", 3)])
def test_nothing_is_written_until_every_name_resolved(halo_rw, fake, flag, value, code):
    ticket_id = fake.records("tickets")[0]["id"]
    result = halo_rw("tickets", "update", str(ticket_id), "--status", "closed", flag, value)
    assert result.code == code and len(result.err_lines) == 1
    assert _writes(fake) == []
    created = halo_rw("tickets", "create", "--summary", "x", "--client-id", "1", flag, value)
    assert created.code == code and _writes(fake) == []


def test_bulk_update_by_filter_with_names(halo_rw, fake):
    dana = 4
    ids = sorted(t["id"] for t in fake.records("tickets") if t.get("agent_id") == dana)
    result = halo_rw("tickets", "update", "--filter", "agent_id=dana", "--agent", "callum", "--yes")
    assert result.code == 0 and result.out.strip() == f"updated {len(ids)} tickets"
    posted = [element for request in _writes(fake) for element in request.json]
    assert sorted(element["id"] for element in posted) == ids and {e["agent_id"] for e in posted} == {3}


def test_dry_run_resolves_names_but_writes_nothing(halo_rw, fake):
    result = halo_rw("tickets", "update", "12", "--agent", "Dana Brooks", "--team", "2", "--dry-run")
    assert result.code == 0
    assert result.out == 'POST /api/Tickets [{"id":12,"agent_id":4,"team":"Second Line"}]\n'
    assert _writes(fake) == []


def test_set_and_data_take_values_as_sent(halo_rw, fake):
    result = halo_rw("tickets", "update", "12", "--set", "status_id=abc")
    assert result.code == 2 and result.err_lines == [
        "halo: error: field 'status_id' of tickets takes a whole number, not 'abc'; to give its name, use --status "
        "NAME"]
    assert fake.requests == []


def test_number_like_text_is_an_id_and_checked_as_one(halo_rw, fake):
    result = halo_rw("tickets", "update", "12", "--status", "2.5")
    assert result.code == 2 and "expected a whole number, not '2.5'" in result.err
    listing = halo_rw("tickets", "list", "--client-id", "1.5")
    assert listing.code == 2 and "takes an integer id, not '1.5'" in listing.err
    assert fake.requests == []


def test_help_shows_names(halo_bare):
    result = halo_bare("tickets", "update", "--help")
    text = " ".join(result.out.split())
    assert "--agent-id ID|NAME, --agent ID|NAME the assigned agent, by id or name" in text
    assert "--team NAME|ID the team, by name" in text


# -- the smaller points of the same walk-through ---------------------------------------------------------------------


def test_actions_get_takes_the_ticket_id_and_list_wants_one(halo_rw, fake):
    action = fake.records("actions")[0]
    result = halo_rw("actions", "get", str(action["id"]), "--ticket-id", str(action["ticket_id"]), "--json")
    assert result.code == 0 and json.loads(result.out)["id"] == action["id"]
    assert fake.api_requests("GET")[-1].params == {"ticket_id": str(action["ticket_id"])}
    fake.clear_requests()
    for action_name in ("list", "count"):
        refused = halo_rw("actions", action_name)
        assert refused.code == 2 and refused.err_lines == [
            "halo: error: Halo lists actions one ticket at a time: add --ticket-id ID (or --filter ticket_id=ID)"]
    wrong = halo_rw("actions", "get", "6", "--ticket-id", "x")
    assert wrong.code == 2 and "'x'" in wrong.err
    assert fake.requests == []


@pytest.mark.parametrize("argv", [
    ["tickets", "update", "12", "--data", '{"summary": NaN}'],
    ["tickets", "update", "12", "--data", '{"foo": Infinity}', "--unchecked"],
    ["tickets", "create", "--data", '[{"summary": "x", "client_id": -Infinity}]'],
    ["request", "POST", "/Tickets", "--data", '[{"id": 12, "summary": NaN}]'],
])
def test_nan_and_infinity_are_refused(halo_rw, fake, argv):
    result = halo_rw(*argv)
    assert result.code == 2 and len(result.err_lines) == 1
    assert "which is not a JSON number" in result.err
    assert fake.requests == []


def test_the_sdk_refuses_nan_in_a_body(fake):
    from halopsa import HaloQueryError

    client = fake.client()
    with pytest.raises(HaloQueryError, match="NaN or an infinity"):
        client.request("POST", "/Tickets", json=[{"id": 12, "foo": float("nan")}])
    assert fake.requests == []


def test_set_keeps_nan_as_text(halo_rw, fake):
    result = halo_rw("tickets", "update", "12", "--set", "summary=NaN", "--dry-run")
    assert result.out == 'POST /api/Tickets [{"id":12,"summary":"NaN"}]\n'


def test_create_takes_fields(halo_rw, fake):
    result = halo_rw("tickets", "create", "--summary", "Printer jammed", "--client", "acme", "--fields",
                     "summary,client_id", "--json")
    assert result.code == 0
    assert json.loads(result.out) == {"summary": "Printer jammed", "client_id": 2}


@pytest.mark.parametrize("argv", [["request", "GET", "/Status", "-o", "csv"], ["-o", "csv", "request", "GET", "/Status"],
                                  ["request", "GET", "/Status", "-o", "table"]])
def test_request_says_which_formats_it_has(halo_rw, fake, argv):
    result = halo_rw(*argv)
    fmt = argv[argv.index("-o") + 1]
    assert result.code == 2 and result.err_lines == [
        f"halo: error: halo request prints the reply as JSON (the default), YAML (-o yaml) or JSON lines (-o "
        f"jsonl: a list one element a line), not {fmt}; for records as a table or CSV use 'halo <resource> list "
        f"-o {fmt}'"]
    assert fake.requests == []
