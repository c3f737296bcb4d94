"""list / get / create / update / delete for every resource, and the write options, against FakeHalo."""

from __future__ import annotations

import io
import json

import pytest

from halopsa.resources import EVERYDAY, REGISTRY

from tests._support.bodies import TEXT_FIELD, create_body

from tests._support.cli import TerminalInput


@pytest.mark.parametrize("name", sorted(EVERYDAY))
def test_every_resource_round_trip(name, halo_rw, fake, tmp_path):
    resource = REGISTRY[name]
    filters = ["--ticket-id", str(fake.records("tickets")[0]["id"])] if name == "actions" else []
    listed = halo_rw(name, "list", "--limit", "3", "--json", *filters)
    assert listed.code == 0, listed
    rows = json.loads(listed.out)
    assert rows and all(row["id"] for row in rows)

    if name != "timesheets":  # GET /Timesheet/{id} addresses an agent's day, not a record id
        got = halo_rw(name, "get", str(rows[0]["id"]), "--json")
        assert got.code == 0, got
        assert json.loads(got.out)["id"] == rows[0]["id"]

    if name == "attachments":
        upload = tmp_path / "notes.txt"
        upload.write_bytes(b"uploaded by the CLI")
        created = halo_rw(name, "upload", str(upload), "--ticket-id", str(fake.records("tickets")[0]["id"]),
                          "--json")
    else:
        created = halo_rw(name, "create", "--data", json.dumps(create_body(name, fake, "Created by the CLI")), "--json")
    assert created.code == 0, created
    new_id = json.loads(created.out)["id"]
    assert new_id in {r["id"] for r in fake.records(name)}

    field = TEXT_FIELD.get(name, "name") or "actual_hours"
    value = 7.5 if field == "actual_hours" else f"Renamed ({name})"
    fake.clear_requests()
    updated = halo_rw(name, "update", str(new_id), "--set", f"{field}={json.dumps(value)}")
    assert updated.code == 0, updated
    assert [(r.method, r.json) for r in fake.api_requests()] == [("POST", [{"id": new_id, field: value}])]
    assert fake.record(name, new_id)[field] == value

    deleted = halo_rw(name, "delete", str(new_id), "--yes")
    if resource.can_delete:
        assert deleted.code == 0, deleted
        assert deleted.out == f"deleted {resource.model_name} #{new_id}\n"
        assert new_id not in {r["id"] for r in fake.records(name)}
    else:
        assert deleted.code == 2 and len(deleted.err_lines) == 1
        assert f"{name} has no delete action" in deleted.err


def test_readme_update_sends_only_the_fields_given_in_one_request(halo_rw, fake):
    ticket = fake.records("tickets")[0]
    result = halo_rw("tickets", "update", str(ticket["id"]), "--status-id", "5")
    assert result.code == 0, result
    assert [(r.method, r.path, r.json) for r in fake.api_requests()] == [
        ("POST", "/api/Tickets", [{"id": ticket["id"], "status_id": 5}])]
    assert "status_id" in result.out and fake.record("tickets", ticket["id"])["status_id"] == 5


def test_ticket_typed_flags_create(halo_rw, fake):
    client_id = fake.records("clients")[1]["id"]
    result = halo_rw("tickets", "create", "--summary", "Printer jammed", "--details", "Third floor",
                     "--client-id", str(client_id), "--priority-id", "2", "--tickettype-id", "1", "--json")
    assert result.code == 0, result
    (post,) = fake.api_requests("POST")
    assert post.json == [{"summary": "Printer jammed", "details": "Third floor", "client_id": client_id,
                          "priority_id": 2, "tickettype_id": 1}]
    assert json.loads(result.out)["summary"] == "Printer jammed"


def test_action_typed_flags_create_a_private_note(halo_rw, fake):
    ticket_id = fake.records("tickets")[2]["id"]
    result = halo_rw("actions", "create", "--ticket-id", str(ticket_id), "--note", "Called back",
                     "--outcome", "Note", "--private")
    assert result.code == 0, result
    (post,) = fake.api_requests("POST")
    assert post.json == [{"ticket_id": ticket_id, "note": "Called back", "outcome": "Note", "hiddenfromuser": True}]


def test_flags_win_over_set_and_set_over_data(halo_rw, fake):
    result = halo_rw("tickets", "create", "--data", '{"summary": "from data", "impact": 1, "client_id": 1}',
                     "--set", "impact=2", "--set", "summary=from set", "--summary", "from flag")
    assert result.code == 0, result
    (post,) = fake.api_requests("POST")
    assert post.json == [{"summary": "from flag", "impact": 2, "client_id": 1}]


def test_data_from_a_file_and_from_stdin(halo_rw, fake, tmp_path):
    path = tmp_path / "client.json"
    path.write_text('{"name": "Acme Rockets"}')
    assert halo_rw("clients", "create", "--data", f"@{path}").code == 0
    assert halo_rw("clients", "create", "--data", "-", stdin=io.StringIO('{"name": "Beta Boats"}')).code == 0
    assert [r.json for r in fake.api_requests("POST")] == [[{"name": "Acme Rockets"}], [{"name": "Beta Boats"}]]


def test_create_many_from_a_json_list(halo_rw, fake):
    result = halo_rw("clients", "create", "--data", '[{"name": "One"}, {"name": "Two"}]', "--json")
    assert result.code == 0, result
    assert [row["name"] for row in json.loads(result.out)] == ["One", "Two"]
    (post,) = fake.api_requests("POST")
    assert post.json == [{"name": "One"}, {"name": "Two"}]


def test_update_refuses_a_different_id_in_data(halo_rw, fake):
    result = halo_rw("tickets", "update", "3", "--data", '{"id": 4, "summary": "x"}')
    assert result.code == 2 and "another id" in result.err
    assert fake.api_requests() == []


def test_delete_with_reason(halo_rw, fake):
    ticket_id = fake.records("tickets")[-1]["id"]
    result = halo_rw("tickets", "delete", str(ticket_id), "--yes", "--reason", "duplicate")
    assert result.code == 0, result
    (request,) = fake.api_requests("DELETE")
    assert request.path == f"/api/Tickets/{ticket_id}" and request.params == {"reason": "duplicate"}


def test_delete_refuses_without_a_terminal_and_sends_nothing(halo_rw, fake):
    ticket_id = fake.records("tickets")[0]["id"]
    result = halo_rw("tickets", "delete", str(ticket_id))
    assert result.code == 2
    assert result.err_lines == [f"halo: error: refusing to delete Ticket #{ticket_id} without confirmation: "
                                "standard input is not a terminal; add --yes"]
    assert fake.requests == [] and fake.record("tickets", ticket_id) is not None


def test_delete_asks_on_a_terminal(halo_rw, fake):
    (first, first_name), (second, second_name) = [(r["id"], r["name"]) for r in fake.records("clients")[:2]]
    asked = f"Delete Client #{first} {first_name!r}? [y/N] "
    declined = halo_rw("clients", "delete", str(first), stdin=TerminalInput("n\n"))
    assert declined.code == 1
    assert declined.err == f"{asked}Client #{first} was not deleted\n"
    assert [r.method for r in fake.api_requests()] == ["GET"]  # the record's name, read to show it
    enter = halo_rw("clients", "delete", str(first), stdin=TerminalInput("\n"))
    assert (enter.code, enter.err) == (1, f"{asked}Client #{first} was not deleted\n")
    # Ctrl-D: the terminal echoes no newline, so halo ends the question's line itself
    end_of_input = halo_rw("clients", "delete", str(first), stdin=TerminalInput(""))
    assert end_of_input.code == 1
    assert end_of_input.err == f"{asked}\nClient #{first} was not deleted\n"
    assert [r.method for r in fake.api_requests()] == ["GET"] * 3
    accepted = halo_rw("clients", "delete", str(second), stdin=TerminalInput("y\n"))
    assert accepted.code == 0 and accepted.out == f"deleted Client #{second}\n"
    assert accepted.err == f"Delete Client #{second} {second_name!r}? [y/N] "
    assert [r.method for r in fake.api_requests()][3:] == ["GET", "DELETE"]


def test_delete_of_a_missing_record_fails_before_asking(halo_rw, fake):
    result = halo_rw("tickets", "delete", "987654", stdin=TerminalInput("y\n"))
    assert result.code == 3 and "Delete" not in result.err
    assert result.err_lines[-1].startswith("halo: error: GET /api/Tickets/987654: 404")
    assert [r.method for r in fake.api_requests()] == ["GET"]


def test_delete_json_output(halo_rw, fake):
    site_id = fake.records("sites")[0]["id"]
    result = halo_rw("sites", "delete", str(site_id), "--yes", "--json")
    assert json.loads(result.out) == {"deleted": True, "resource": "sites", "id": site_id}


@pytest.mark.parametrize("name", ["agents", "users", "clients"])
def test_me(name, halo, shared_fake):
    result = halo(name, "me", "--json")
    assert result.code == 0, result
    assert json.loads(result.out)["id"]
    (request,) = shared_fake.api_requests("GET")
    assert request.path.lower() == f"/api{REGISTRY[name].path}/me".lower()


def test_get_details(halo, shared_fake):
    ticket_id = shared_fake.records("tickets")[0]["id"]
    result = halo("tickets", "get", str(ticket_id), "--details", "--fields", "id,summary")
    assert result.code == 0
    assert shared_fake.api_requests()[0].params == {"includedetails": "true"}
    assert [line.split()[0] for line in result.out.splitlines()] == ["id", "summary"]


def test_attachment_download(halo_rw, fake, tmp_path):
    attachment = fake.records("attachments")[0]
    saved = halo_rw("attachments", "download", str(attachment["id"]))
    assert saved.code == 0, saved
    target = tmp_path / attachment["filename"]
    assert target.read_bytes() == fake.attachment_data(attachment["id"])
    assert saved.out == f"saved attachment #{attachment['id']} to {attachment['filename']} " \
                        f"({target.stat().st_size:,} bytes)\n"

    again = halo_rw("attachments", "download", str(attachment["id"]))
    assert again.code == 2 and "--force" in again.err

    chosen = halo_rw("attachments", "download", str(attachment["id"]), "-o", "copy.bin")
    assert chosen.code == 0 and (tmp_path / "copy.bin").read_bytes() == target.read_bytes()


def test_upload_needs_a_file_and_a_ticket(halo_rw, fake):
    missing = halo_rw("attachments", "upload", "nothing-here.txt", "--ticket-id", "1")
    assert missing.code == 2 and missing.err_lines == ["halo: error: cannot read nothing-here.txt: no such file"]
    no_ticket = halo_rw("attachments", "upload", "nothing-here.txt")
    assert no_ticket.code == 2 and "--ticket-id" in no_ticket.err
    assert fake.requests == []


def test_ticket_team_flag_sets_the_team_by_name(halo_rw, fake):
    client_id = fake.records("clients")[0]["id"]
    first, second = [(team["id"], team["name"]) for team in fake.records("teams")[:2]]
    # by its name in any case (sent as the team's own spelling), then by its id (sent as its name)
    created = halo_rw("tickets", "create", "--summary", "Printer jammed", "--client-id", str(client_id),
                      "--team", first[1].upper(), "--json")
    assert created.code == 0, created
    ticket_id = json.loads(created.out)["id"]
    updated = halo_rw("tickets", "update", str(ticket_id), "--team", str(second[0]))
    assert updated.code == 0, updated
    posts = fake.api_requests("POST")
    assert [post.json[0].get("team") for post in posts] == [first[1], second[1]]
    assert [post.unknown_fields for post in posts] == [[], []]  # the schema's own field: nothing dropped
    assert fake.record("tickets", ticket_id)["team"] == second[1]


def test_ticket_team_id_is_not_a_write_flag(halo_rw, fake):
    result = halo_rw("tickets", "update", "1", "--team-id", "3")
    assert result.code == 2 and result.err_lines == [
        "halo: error: halo tickets update takes --team NAME: a Ticket's team is set by its name (the record has no "
        "team_id field); see 'halo tickets update --help'"]
    assert fake.requests == []


# -- download: where the file goes ---------------------------------------------------------------------------


def test_download_into_a_missing_folder_is_one_line_and_sends_nothing(halo_rw, fake, tmp_path):
    attachment = fake.records("attachments")[0]
    result = halo_rw("attachments", "download", str(attachment["id"]), "-o", "nonexistent/dir/x.bin")
    assert result.code == 2, result
    assert result.err_lines == ["halo: error: cannot write nonexistent/dir/x.bin: No such file or directory"]
    assert fake.requests == [] and not (tmp_path / "nonexistent").exists()


def test_download_into_a_folder_that_is_a_file(halo_rw, fake, tmp_path):
    (tmp_path / "plain.txt").write_text("not a folder")
    result = halo_rw("attachments", "download", "1", "-o", "plain.txt/x.bin")
    assert result.code == 2, result
    assert result.err_lines == ["halo: error: cannot write plain.txt/x.bin: plain.txt is not a folder"]
    assert fake.requests == []


def test_a_failed_download_leaves_no_file_behind(halo_rw, fake, tmp_path, monkeypatch):
    attachment = fake.records("attachments")[0]
    before = sorted({path.name for path in tmp_path.iterdir()} | {"halo-home"})  # (the token cache's folder)
    monkeypatch.setenv("HALO_MAX_RETRIES", "0")
    fake.fail_next(1, status=500, path=f"/api/Attachment/document/{attachment['id']}")
    failed = halo_rw("attachments", "download", str(attachment["id"]), "-o", "copy.bin")
    assert failed.code == 1 and len(failed.err_lines) == 1, failed
    assert sorted(path.name for path in tmp_path.iterdir()) == before


def test_a_write_error_mid_download_keeps_the_old_file_and_leaves_no_partial_one(halo_rw, fake, tmp_path,
                                                                                 monkeypatch):
    import errno

    import halopsa.transport

    attachment = fake.records("attachments")[0]
    (tmp_path / "copy.bin").write_bytes(b"the old copy")
    (tmp_path / "halo-home").mkdir(exist_ok=True)  # where the real download's token cache goes
    before = sorted(path.name for path in tmp_path.iterdir())

    def disk_full(response, what):  # half of the file is written, then the disk is full
        yield b"half of it"
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(halopsa.transport, "_body_chunks", disk_full)
    result = halo_rw("attachments", "download", str(attachment["id"]), "-o", "copy.bin", "--force")
    assert result.code == 1, result
    assert result.err_lines == ["halo: error: cannot write copy.bin: No space left on device"]
    assert (tmp_path / "copy.bin").read_bytes() == b"the old copy"
    assert sorted(path.name for path in tmp_path.iterdir()) == before  # no partial file anywhere


def test_a_downloaded_file_gets_the_usual_permissions(halo_rw, fake, tmp_path):
    import os
    import stat

    attachment = fake.records("attachments")[0]
    umask = os.umask(0o022)
    try:
        result = halo_rw("attachments", "download", str(attachment["id"]), "-o", "copy.bin")
    finally:
        os.umask(umask)
    assert result.code == 0, result
    assert stat.S_IMODE((tmp_path / "copy.bin").stat().st_mode) == 0o644
    assert (tmp_path / "copy.bin").read_bytes() == fake.attachment_data(attachment["id"])
