"""What a new user's walk-through found, fixed: each case as the user sees it, counted on the fake's log."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests._support.cli import TerminalInput


def _writes(fake):
    return [r for r in fake.requests if r.path.startswith("/api/") and r.method != "GET"]


def test_a_carriage_return_in_a_csv_cell_stays_in_its_cell(halo_rw, fake):
    client = fake.client()
    ticket = client.tickets.create(summary="Printer broken\r=cmd|' /C calc'!A0", client_id=1)
    result = halo_rw("tickets", "list", "--where", f"id={ticket.id}", "--fields", "id,summary", "-o", "csv")
    rows = list(csv.reader(io.StringIO(result.out, newline="")))
    assert rows == [["id", "summary"], [str(ticket.id), "Printer broken\r=cmd|' /C calc'!A0"]]
    client.close()


def test_the_bulk_question_says_what_is_set(halo_rw, fake):
    client_id = fake.records("tickets")[0]["client_id"]
    result = halo_rw("tickets", "update", "--filter", f"client_id={client_id}", "--agent", "dana", "--set",
                     "status_id=2", stdin=TerminalInput("n\n"))
    assert result.code == 1 and ", setting status_id=2, agent_id=4? [y/N]" in result.err  # --set, then the flags
    assert _writes(fake) == []


def test_filters_that_match_everything_are_pointed_out(halo_rw, fake):
    everything = len([t for t in fake.records("tickets") if not t.get("deleted")])
    result = halo_rw("tickets", "delete", "--filter", "ticketarea_id=999", "--dry-run")
    assert result.code == 0
    assert f"matched every one of the {everything} tickets, as if the server ignored them" in result.err
    assert _writes(fake) == []


@pytest.mark.parametrize("argv", [
    ["tickets", "create", "--summary", "Caf\udce9 printer", "--client-id", "2"],
    ["tickets", "list", "--search", "\udcff"],
    ["tickets", "update", "3", "--summary", "bad\udcff", "--dry-run"],
])
def test_text_that_is_not_unicode_is_refused_before_sending(halo_rw, fake, argv):
    result = halo_rw(*argv)
    assert result.code == 2 and "not valid Unicode" in result.err and len(result.err_lines) == 1
    assert [r for r in fake.requests if r.path.startswith("/api/")] == []


def test_a_dry_run_of_several_creates_warns_of_nothing(halo_rw, fake):
    result = halo_rw("tickets", "note", "20", "--note", "hi", "--dry-run")
    assert result.code == 0 and "warning" not in result.err
    result = halo_rw("clients", "create", "--data", '[{"name": "a"}, {"name": "b"}]', "--dry-run")
    assert result.code == 0 and "warning" not in result.err and _writes(fake) == []


def test_a_note_on_one_id_needs_no_question(halo_rw, fake):
    ticket_id = fake.records("tickets")[0]["id"]
    result = halo_rw("tickets", "note", str(ticket_id), "--note", "from a script")
    assert result.code == 0 and result.out == f"noted Ticket #{ticket_id}\n"
    assert halo_rw("tickets", "note", str(ticket_id), "--note", "  ").code == 2


def test_bulk_delete_goes_on_past_a_missing_id_and_a_rerun_is_safe(halo_rw, fake):
    first, second = [t["id"] for t in fake.records("tickets")[:2]]
    ids = f"{first}\n99999\n{second}\n"
    result = halo_rw("tickets", "delete", "-", "--yes", stdin=io.StringIO(ids))
    assert result.code == 3 and result.err_lines == [
        f"halo: error: 2 of 3 tickets deleted; 1 not found (deleted already, or never there): 99999; deleted (2): "
        f"{first},{second}"]
    again = halo_rw("tickets", "delete", "-", "--yes", stdin=io.StringIO(ids))
    assert again.code == 3 and "0 of 3 tickets deleted; 3 not found" in again.err
    assert len([r for r in _writes(fake) if r.method == "DELETE"]) == 6


def test_a_misspelt_field_costs_one_batch_and_a_warning(halo_rw, fake):
    fake.clear_requests()
    result = halo_rw("tickets", "list", "--all", "--fields", "id,sumary")
    assert result.code == 0 and "Ticket records have no field 'sumary'" in result.err
    reads = [r for r in fake.api_requests("GET") if r.path.startswith("/api/Tickets/")]
    assert 0 < len(reads) <= 8  # one concurrent batch, not one a record (60)


@pytest.mark.parametrize("value", ["inf", "1e308", "nan", "0"])
def test_timeouts_beyond_reason_are_refused(halo_bare, value):
    result = halo_bare("--sandbox", "--timeout", value, "tickets", "count")
    assert result.code == 2 and "argument --timeout" in result.err and "bug" not in result.err


@pytest.mark.parametrize("stdin", ["\ufeffid,summary\n{id},x\n", '{{"id": {id}, "summary": "x"}}\n'])
def test_ids_from_a_spreadsheet_or_json_lines(halo_rw, fake, stdin):
    ticket_id = fake.records("tickets")[0]["id"]
    result = halo_rw("tickets", "update", "-", "--set", "agent_id=4", "--yes",
                     stdin=io.StringIO(stdin.format(id=ticket_id)))
    assert result.code == 0 and _writes(fake)[0].json == [{"id": ticket_id, "agent_id": 4}]
    header_only = halo_rw("tickets", "update", "-", "--set", "agent_id=4", "--yes", stdin=io.StringIO("id\n"))
    assert header_only.code == 2 and "no ids to act on" in header_only.err


def test_a_site_is_named_within_its_client(halo_rw, fake):
    client = fake.records("clients")[1]
    site = next(s for s in fake.records("sites") if s["client_id"] == client["id"])
    same_name = [s for s in fake.records("sites") if s["name"] == site["name"]]
    alone = halo_rw("tickets", "create", "--summary", "x", "--site", site["name"], "--dry-run")
    if len(same_name) > 1:
        assert alone.code == 2 and "(narrow them with the client)" in alone.err
        assert f"(#{site['id']}, {client['name']})" in alone.err
    within = halo_rw("tickets", "create", "--summary", "x", "--client", client["name"], "--site", site["name"],
                     "--dry-run")
    assert within.code == 0
    assert json.loads(within.out.split(" ", 2)[2]) == [{"summary": "x", "client_id": client["id"],
                                                        "site_id": site["id"]}]


def test_halo_request_delete_asks_first(halo_rw, fake):
    ticket_id = fake.records("tickets")[0]["id"]
    refused = halo_rw("request", "DELETE", f"/Tickets/{ticket_id}")
    assert refused.code == 2 and "refusing to send DELETE" in refused.err and _writes(fake) == []
    declined = halo_rw("request", "DELETE", f"/Tickets/{ticket_id}", stdin=TerminalInput("n\n"))
    assert declined.code == 1 and _writes(fake) == []
    done = halo_rw("request", "DELETE", f"/Tickets/{ticket_id}", "--yes")
    assert done.code == 0 and [r.method for r in _writes(fake)] == ["DELETE"]


def test_set_with_a_name_points_to_the_name_flag(halo_rw, fake):
    result = halo_rw("tickets", "update", "3", "--set", "agent_id=dana")
    assert result.code == 2 and result.err.rstrip().endswith("to give its name, use --agent NAME")
    assert fake.requests == []


def test_an_unknown_option_is_named_not_blamed_on_the_id(halo_rw, fake):
    result = halo_rw("tickets", "update", "--filter", "client_id=3", "--since", "2h", "--set", "agent_id=4")
    assert result.code == 2 and result.err_lines[0].startswith("halo: error: unknown option '--since'")
    assert fake.requests == []
