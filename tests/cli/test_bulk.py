"""Bulk edits from the command line (--filter/--where or ids on standard input), dry runs, and what is said when
one fails part-way: counted on the fake's request log."""

from __future__ import annotations

import io
import json

import pytest

from tests._support.cli import TerminalInput


def _writes(fake):
    return [r for r in fake.requests if r.path.startswith("/api/") and r.method != "GET"]


def _client_tickets(fake, client_id):
    return sorted(r["id"] for r in fake.records("tickets") if r.get("client_id") == client_id and not r.get("deleted"))


def test_update_by_filter_asks_once_then_posts_in_chunks(halo_rw, fake):
    client_id = fake.records("tickets")[0]["client_id"]
    ids = _client_tickets(fake, client_id)
    fake.clear_requests()
    refused = halo_rw("tickets", "update", "--filter", f"client_id={client_id}", "--set", "status_id=2")
    assert refused.code == 2 and f"refusing to update {len(ids)} tickets without confirmation" in refused.err
    assert _writes(fake) == []
    declined = halo_rw("tickets", "update", "--filter", f"client_id={client_id}", "--set", "status_id=2",
                       stdin=TerminalInput("n\n"))
    assert declined.code == 1 and "nothing was updated" in declined.err
    assert f"Update {len(ids)} tickets (#{ids[0]} '" in declined.err
    assert _writes(fake) == []
    done = halo_rw("tickets", "update", "--filter", f"client_id={client_id}", "--set", "status_id=2",
                   stdin=TerminalInput("y\n"))
    assert done.code == 0 and done.out.strip() == f"updated {len(ids)} tickets"
    posted = [element for request in _writes(fake) for element in request.json]
    assert sorted(element["id"] for element in posted) == ids
    assert all(element == {"id": element["id"], "status_id": 2} for element in posted)
    assert all(len(request.json) <= 50 for request in _writes(fake))


def test_ids_from_standard_input_one_a_line_or_a_csv(halo_rw, fake):
    ids = [r["id"] for r in fake.records("tickets")[:3]]
    fake.clear_requests()
    lines = halo_rw("tickets", "update", "-", "--set", "agent_id=2", "--yes",
                    stdin=io.StringIO("\n".join(map(str, ids)) + "\n"))
    assert lines.code == 0 and lines.out.strip() == "updated 3 tickets"
    assert _writes(fake)[0].json == [{"id": record_id, "agent_id": 2} for record_id in ids]
    fake.clear_requests()
    csv = halo_rw("tickets", "update", "-", "--set", "agent_id=3", "--yes",
                  stdin=io.StringIO("summary,ID\nfirst,%d\nsecond,%d\n" % (ids[0], ids[1])))
    assert csv.code == 0
    assert _writes(fake)[0].json == [{"id": ids[0], "agent_id": 3}, {"id": ids[1], "agent_id": 3}]


@pytest.mark.parametrize("stdin, words", [
    ("1\n0\n", "line 2 of standard input: '0' is not a Ticket id"),
    ("name\nx\n", "line 1 of standard input: 'name' is not a Ticket id"),
    ("name,summary\nx,y\n", "the CSV on standard input has no id column (its columns: name, summary)"),
    ("", "no ids on standard input"),
])
def test_bad_ids_on_standard_input_send_nothing(halo_rw, fake, stdin, words):
    fake.clear_requests()
    result = halo_rw("tickets", "update", "-", "--set", "agent_id=2", "--yes", stdin=io.StringIO(stdin))
    assert result.code == 2 and words in result.err
    assert fake.requests == []


def test_a_bulk_delete_and_a_bulk_note(halo_rw, fake):
    ids = [r["id"] for r in fake.records("tickets")[-2:]]
    fake.clear_requests()
    noted = halo_rw("tickets", "note", "-", "--note", "Called back", "--private", "--yes",
                    stdin=io.StringIO(f"{ids[0]}\n{ids[1]}\n"))
    assert noted.code == 0 and noted.out.strip() == "noted 2 tickets"
    (post,) = _writes(fake)
    assert post.path == "/api/Actions" and [a["ticket_id"] for a in post.json] == ids
    assert all(a["note"] == "Called back" and a["hiddenfromuser"] is True for a in post.json)
    fake.clear_requests()
    deleted = halo_rw("tickets", "delete", "-", "--yes", stdin=io.StringIO(f"{ids[0]}\n{ids[1]}\n"))
    assert deleted.code == 0 and deleted.out.strip() == "deleted 2 tickets"
    assert sorted(r.path for r in _writes(fake)) == sorted(f"/api/Tickets/{i}" for i in ids)


def test_a_failure_part_way_says_exactly_which_ids_were_saved(halo_rw, fake):
    ids = [r["id"] for r in fake.records("tickets")]
    assert len(ids) > 50  # two POSTs
    fake.clear_requests()
    fake.fail_next(1, status=400, body={"Message": "status 9 does not exist"}, path="/api/Tickets")
    result = halo_rw("tickets", "update", "-", "--set", "status_id=9", "--yes",
                     stdin=io.StringIO("\n".join(map(str, ids))))
    assert result.code == 1  # an API error
    (line,) = result.err_lines
    assert line.startswith("halo: error: POST /api/Tickets: 400 status 9 does not exist (0 of ")
    assert line.endswith(f"; updated (0): none; not updated ({len(ids)}): " + ",".join(map(str, ids)))
    assert len(_writes(fake)) == 1  # it stopped at the first failure


def test_dry_runs_send_no_write(halo_rw, fake):
    client_id = fake.records("tickets")[0]["client_id"]
    ids = _client_tickets(fake, client_id)
    fake.clear_requests()
    bulk = halo_rw("tickets", "update", "--filter", f"client_id={client_id}", "--set", "status_id=2",
                   "--dry-run")
    assert bulk.code == 0 and bulk.out.startswith("POST /api/Tickets [")
    assert "dry run: nothing was changed" in bulk.err
    one = halo_rw("tickets", "delete", str(ids[0]), "--dry-run", "--json")
    assert json.loads(one.out) == [{"method": "DELETE", "path": f"/api/Tickets/{ids[0]}", "params": {},
                                    "json": None}]
    raw = halo_rw("request", "POST", "/Tickets", "--data", '[{"summary": "x"}]', "--dry-run")
    assert raw.out.strip() == 'POST /api/Tickets [{"summary":"x"}]'
    created = halo_rw("tickets", "create", "--summary", "Planned", "--dry-run")
    assert created.out.strip() == 'POST /api/Tickets [{"summary":"Planned"}]'
    void = halo_rw("invoices", "void", "1", "--dry-run")
    assert void.out.strip() == "POST /api/Invoice/1/void"
    assert _writes(fake) == []
    assert {r.method for r in fake.requests if r.path.startswith("/api/")} <= {"GET"}
