"""The installed `halo` command, run as a user would run it, against FakeHalo."""

from __future__ import annotations

import json
import sys

import pytest

from halopsa import __version__

from .test_errors import closed_port


@pytest.fixture
def connected(fake):
    return fake  # which HALO_* name: os.environ is what the subprocess inherits


def test_version(halo_process):
    result = halo_process("--version")
    assert result.returncode == 0 and result.stdout == f"halo {__version__}\n" and result.stderr == ""
    assert halo_process("-v").stdout == result.stdout


def test_python_dash_m(halo_process):
    import subprocess

    result = subprocess.run([sys.executable, "-m", "halopsa", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == f"halo {__version__}\n"


def test_help(halo_process):
    result = halo_process("--help")
    assert result.returncode == 0
    assert "usage: halo [global options] <resource> <action>" in result.stdout
    for word in ("tickets", "software-licences", "configure", "completion", "--client-id", "after the action",
                 "more, every family of the HaloPSA API: halo resources"):
        assert word in result.stdout


def test_consecutive_commands_share_one_token(halo_process, connected):
    ticket = connected.records("tickets")[0]
    commands = [("tickets", "list", "--limit", "2"), ("tickets", "get", str(ticket["id"])),
                ("tickets", "update", str(ticket["id"]), "--status-id", "2"), ("statuses", "count"),
                ("agents", "me", "--json")]
    for command in commands:
        result = halo_process(*command)
        assert result.returncode == 0, result.stderr
    assert connected.token_requests == 1
    assert len(connected.api_requests()) >= 5


def test_readme_examples(halo_process, connected):
    client_id = connected.records("tickets")[0]["client_id"]
    listed = halo_process("tickets", "list", "--client-id", str(client_id), "--open-only", "--search", "e", "--json")
    assert listed.returncode == 0, listed.stderr
    assert all(row["client_id"] == client_id for row in json.loads(listed.stdout))
    ticket_id = connected.records("tickets")[1]["id"]
    got = halo_process("tickets", "get", str(ticket_id), "--json")
    assert json.loads(got.stdout)["id"] == ticket_id
    requested = halo_process("request", "GET", "/Tickets", "--param", "page_size=5")
    assert requested.returncode == 0 and json.loads(requested.stdout)
    deleted = halo_process("tickets", "delete", str(ticket_id), "--yes")
    assert deleted.returncode == 0 and deleted.stdout == f"deleted Ticket #{ticket_id}\n"


def test_delete_refuses_when_stdin_is_not_a_terminal(halo_process, connected):
    ticket_id = connected.records("tickets")[0]["id"]
    result = halo_process("tickets", "delete", str(ticket_id))  # stdin is /dev/null: never hangs
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"halo: error: refusing to delete Ticket #{ticket_id} without "
                                          "confirmation: standard input is not a terminal; add --yes"]
    assert connected.requests == []


@pytest.mark.parametrize("argv, code, text", [
    (["tickts", "list"], 2, "unknown command 'tickts'; did you mean 'tickets'?"),
    (["tickets", "lst"], 2, "unknown action 'lst' for tickets; did you mean 'list'?"),
    (["tickets", "list", "--filter", "priorty=1"], 2, "unknown filter 'priorty' for tickets; did you mean"),
    (["tickets", "list", "--priorty", "1"], 2, "unknown option '--priorty'; did you mean '--priority'?"),
    (["tickets", "create", "--data", "{bad"], 2, "--data is not valid JSON"),
    (["tickets", "get", "abc"], 2, "'abc' is not a Ticket id (a whole number from 1 to 2,147,483,647)"),
    (["tickets", "update", "0", "--status-id", "5"], 2, "'0' is not a Ticket id (a whole number from 1 to 2,147,483,647)"),
    (["request", "GET", "https://elsewhere.example/api/Tickets"], 2, "is not on the tenant"),
])
def test_bad_input_one_line(halo_process, connected, argv, code, text):
    result = halo_process(*argv)
    assert result.returncode == code and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and text in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert connected.requests == []


def test_ctrl_c_is_130_and_one_line(halo_process):
    import os
    import signal
    import subprocess
    import time

    from halopsa.testing import FakeHalo

    from tests._support.cli import halo_executable, interruptible

    with FakeHalo(seed=5, tickets=20, latency=3.0) as slow:  # every reply takes 3 s
        env = dict(os.environ, HALO_TENANT_URL=slow.url, HALO_CLIENT_ID=slow.client_id,
                   HALO_CLIENT_SECRET=slow.client_secret)
        process = subprocess.Popen(halo_executable() + ["tickets", "list"], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                   preexec_fn=interruptible)
        time.sleep(1.5)  # started, and waiting for the server
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err.splitlines()[-1] == "halo: interrupted" and "Traceback" not in err and out == ""


def test_missing_credentials_and_unreachable_tenant(halo_process):
    missing = halo_process("tickets", "list")
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1
    assert "missing tenant_url" in missing.stderr
    unreachable = halo_process("--tenant-url", f"http://127.0.0.1:{closed_port()}", "--client-id", "a",
                               "--client-secret", "b", "tickets", "list", env={"HALO_MAX_RETRIES": "0"})
    assert unreachable.returncode == 1 and len(unreachable.stderr.splitlines()) == 1
    assert "cannot reach" in unreachable.stderr


def test_text_the_terminal_cannot_encode_is_escaped_not_a_crash(halo_process, connected):
    created = halo_process("clients", "create", "--data", json.dumps({"name": "Café Zoë"}), "--json",
                           env={"PYTHONIOENCODING": "utf-8"})
    assert created.returncode == 0, created.stderr
    client_id = json.loads(created.stdout)["id"]
    ascii_only = {"PYTHONIOENCODING": "ascii"}
    table = halo_process("clients", "list", "--all", "--fields", "id,name", env=ascii_only)
    assert table.returncode == 0, table.stderr
    assert "Caf\\xe9 Zo\\xeb" in table.stdout and table.stderr == ""
    as_json = halo_process("clients", "get", str(client_id), "--json", env=ascii_only)
    assert as_json.returncode == 0, as_json.stderr
    assert as_json.stdout.isascii() and json.loads(as_json.stdout)["name"] == "Café Zoë"  # still valid JSON
    lines = halo_process("clients", "list", "--all", "-o", "jsonl", env=ascii_only)  # the kept-text export
    assert lines.returncode == 0 and lines.stdout.isascii(), lines.stderr
    listed = halo_process("clients", "list", "--all", "-o", "json", env={"PYTHONIOENCODING": "utf-8"})
    rows = json.loads(listed.stdout)
    assert lines.stdout == "".join(json.dumps(row, separators=(",", ":")) + "\n" for row in rows)
    assert '"name":"Caf\\u00e9 Zo\\u00eb"' in lines.stdout
    as_yaml = halo_process("clients", "get", str(client_id), "-o", "yaml", "--fields", "name", env=ascii_only)
    assert as_yaml.returncode == 0 and as_yaml.stdout.isascii(), as_yaml.stderr
    import yaml

    assert yaml.safe_load(as_yaml.stdout) == {"name": "Café Zoë"}
    error = halo_process("clients", "list", "--filter", "nämé=1", env=ascii_only)  # stderr is ascii too
    assert error.returncode == 2 and len(error.stderr.splitlines()) == 1, error.stderr
    assert "unknown filter 'n\\xe4m\\xe9' for clients" in error.stderr
