"""Hostile data is shown, not obeyed: records whose text carries terminal controls, bidi overrides or spreadsheet
formulas, created over HTTP in one FakeHalo, then listed with `halo` in each output format, piped and on a
terminal."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from typing import Any, Dict, Iterator

import pytest
import yaml

from tests._support.cli import Result, in_process

# Clears the screen, sets the window title, rings the bell; then a right-to-left override and a one-byte CSI.
SCREEN_ATTACK = "\x1b[2J\x1b]0;pwned\x07Printer \u202egpj.exe\x9b31m red"
SCREEN_ATTACK_SHOWN = "\\x1b[2J\\x1b]0;pwned\\x07Printer \\u202egpj.exe\\x9b31m red"
FORMULA = '=HYPERLINK("http://x","y")'
# Every character a terminal obeys (tab and newline aside): none may reach it raw.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class Terminal(io.StringIO):
    encoding = "utf-8"

    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def hostile() -> Iterator[Dict[str, Any]]:
    """One FakeHalo for the module, with hostile tickets made through the SDK (POST /api/Tickets)."""
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=5, tickets=3) as server:
        client = server.client()
        made = {
            "screen": client.tickets.create(summary=SCREEN_ATTACK, details="line one\nline two\r\n\tend"),
            "formula": client.tickets.create(summary=FORMULA, estimate=-2.5),
            "at": client.tickets.create(summary="@SUM(1+1)*cmd|' /C calc'!A0"),
            "minus": client.tickets.create(summary="-2+3"),
            "number_text": client.tickets.create(summary="-12.5"),
            "tab": client.tickets.create(summary="\t=1+1"),
            "multiline": client.tickets.create(summary="Printer\nis\r\nbroken\tagain"),
        }
        client.close()
        yield {"server": server, "ids": {name: record.id for name, record in made.items()}}


@pytest.fixture
def halo(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, hostile: Dict[str, Any],
         halo_use_fake: Any) -> Any:
    """`halo ...` in-process against the hostile fake; ``terminal=True`` makes standard output a terminal."""
    halo_use_fake(hostile["server"])
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")  # the bold headers' own escapes would hide any that leak
    piped = in_process(capsys, monkeypatch)

    def run(*args: str, terminal: bool = False) -> Result:
        if not terminal:
            return piped(*args)
        screen = Terminal()
        with monkeypatch.context() as patch:
            patch.setattr(sys, "stdout", screen)
            result = piped(*args)
        return Result(result.code, screen.getvalue(), result.err)

    return run


def ids(hostile: Dict[str, Any], *names: str) -> str:
    return ",".join(str(hostile["ids"][name]) for name in names)


def listing(halo: Any, hostile: Dict[str, Any], *names: str, fields: str = "id,summary",
            **options: Any) -> Any:
    """`halo tickets list` of the named hostile tickets (by --where on their ids)."""
    def run(*extra: str) -> Result:
        result = halo("tickets", "list", "--fields", fields, "--where", f"id__in={ids(hostile, *names)}",
                      "--order-by", "id", *extra, **options)
        assert result.code == 0, result
        return result

    return run


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "piped"])
def test_a_table_escapes_controls_and_bidi_marks_on_a_terminal_and_piped(halo, hostile, terminal):
    result = listing(halo, hostile, "screen", terminal=terminal)()
    assert not RAW_CONTROL.search(result.out + result.err)
    lines = result.out.splitlines()
    assert lines[2].split(None, 1) == [ids(hostile, "screen"), SCREEN_ATTACK_SHOWN]


def test_one_record_escapes_its_values_and_keeps_each_field_on_one_line(halo, hostile):
    result = halo("tickets", "get", ids(hostile, "screen"), "--fields", "id,summary,details", terminal=True)
    assert result.code == 0 and not RAW_CONTROL.search(result.out)
    assert result.out.splitlines() == [f"id       {ids(hostile, 'screen')}", f"summary  {SCREEN_ATTACK_SHOWN}",
                                       "details  line one line two end"]


def test_newlines_and_tabs_in_a_cell_do_not_break_the_table(halo, hostile):
    result = listing(halo, hostile, "multiline", "formula", fields="id,summary,estimate", terminal=True)()
    lines = result.out.splitlines()
    assert len(lines) == 4  # header, rule, two rows
    assert lines[3].split() == [ids(hostile, "multiline"), "Printer", "is", "broken", "again", "0.0"]


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "piped"])
def test_json_keeps_the_data_exact_and_escapes_what_a_terminal_obeys(halo, hostile, terminal):
    result = listing(halo, hostile, "screen", terminal=terminal)("-o", "json")
    assert not RAW_CONTROL.search(result.out)
    assert '"\\u001b[2J\\u001b]0;pwned\\u0007Printer \\u202egpj.exe\\u009b31m red"' in result.out
    assert json.loads(result.out)[0]["summary"] == SCREEN_ATTACK


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "piped"])
def test_yaml_keeps_the_data_exact_and_escapes_what_a_terminal_obeys(halo, hostile, terminal):
    result = listing(halo, hostile, "screen", "formula", terminal=terminal)("-o", "yaml")
    assert not RAW_CONTROL.search(result.out)
    assert '"\\e[2J\\e]0;pwned\\aPrinter \\u202Egpj.exe\\x9B31m red"' in result.out
    assert [row["summary"] for row in yaml.safe_load(result.out)] == [SCREEN_ATTACK, FORMULA]


def test_halo_request_and_get_follow_the_same_rules(halo, hostile):
    record_id = ids(hostile, "screen")
    for args in (("request", "GET", f"/Tickets/{record_id}"), ("tickets", "get", record_id, "--json")):
        result = halo(*args, terminal=True)
        assert result.code == 0 and not RAW_CONTROL.search(result.out)
        assert json.loads(result.out)["summary"] == SCREEN_ATTACK
    result = halo("request", "GET", f"/Tickets/{record_id}", "-o", "yaml", terminal=True)
    assert not RAW_CONTROL.search(result.out) and yaml.safe_load(result.out)["summary"] == SCREEN_ATTACK


def csv_rows(text: str) -> Dict[str, Dict[str, str]]:
    return {row["id"]: row for row in csv.DictReader(io.StringIO(text))}


def test_csv_guards_formulas_but_not_numbers(halo, hostile):
    result = listing(halo, hostile, "formula", "at", "minus", "number_text", "tab",
                     fields="id,summary,estimate")("-o", "csv")
    rows = csv_rows(result.out)
    summary = {name: rows[ids(hostile, name)]["summary"] for name in ("formula", "at", "minus", "number_text", "tab")}
    assert summary == {"formula": "'" + FORMULA, "at": "'@SUM(1+1)*cmd|' /C calc'!A0", "minus": "'-2+3",
                       "number_text": "-12.5", "tab": "'\t=1+1"}
    assert rows[ids(hostile, "formula")]["estimate"] == "-2.5"  # a number from the server is left alone


@pytest.mark.parametrize("turn_off", [("--no-csv-guard",), ("before", "--no-csv-guard"), ("env", "0")],
                         ids=["after the action", "before the resource", "HALO_CSV_GUARD=0"])
def test_the_csv_guard_can_be_turned_off(halo, hostile, monkeypatch, turn_off):
    extra = []
    if turn_off[0] == "env":
        monkeypatch.setenv("HALO_CSV_GUARD", "0")
    elif turn_off[0] == "before":
        result = halo("--no-csv-guard", "tickets", "get", ids(hostile, "formula"), "-o", "csv")
        assert csv_rows(result.out)[ids(hostile, "formula")]["summary"] == FORMULA
        return
    else:
        extra = list(turn_off)
    result = listing(halo, hostile, "formula", "screen")("-o", "csv", *extra)
    rows = csv_rows(result.out)
    assert rows[ids(hostile, "formula")]["summary"] == FORMULA
    assert rows[ids(hostile, "screen")]["summary"] == SCREEN_ATTACK  # piped: the exact data


def test_a_wrong_halo_csv_guard_is_a_usage_error(halo, hostile, monkeypatch):
    monkeypatch.setenv("HALO_CSV_GUARD", "maybe")
    result = halo("tickets", "list", "-o", "csv")
    assert result.code == 2 and result.out == ""
    assert result.err == "halo: error: HALO_CSV_GUARD must be 1 or 0 (on or off), not 'maybe'\n"


def test_csv_on_a_terminal_escapes_controls_and_still_guards(halo, hostile):
    result = listing(halo, hostile, "screen", "formula", terminal=True)("-o", "csv")
    assert not RAW_CONTROL.search(result.out)
    rows = csv_rows(result.out)
    assert rows[ids(hostile, "screen")]["summary"] == SCREEN_ATTACK_SHOWN
    assert rows[ids(hostile, "formula")]["summary"] == "'" + FORMULA


def test_an_error_that_quotes_the_server_is_escaped(halo, hostile):
    body = json.dumps([{"summary": "x", "status_id": "\x1b[2J\u202e"}])
    result = halo("request", "POST", "/Tickets", "--data", body)
    assert result.code == 1 and not RAW_CONTROL.search(result.err)
    assert result.err.startswith("halo: error: POST /api/Tickets: 400 ")
    assert "'\\x1b[2J\\u202e'" in result.err and result.err.count("\n") == 1


def test_field_names_from_the_server_are_escaped_too():
    """The fake keeps only the fields it knows, so a hostile field name is handed to the renderer directly."""
    from halopsa.cli._output import Output

    row = {"id": 1, "\x1b[31mred\u202e": "x"}
    for fmt, check in (("table", lambda text: "\\x1b[31mred\\u202e" in text),
                       ("json", lambda text: json.loads(text) == [row]),
                       ("yaml", lambda text: yaml.safe_load(text) == [row]),
                       ("csv", lambda text: text.splitlines()[0] == "id,\\x1b[31mred\\u202e")):
        stream = Terminal()
        Output(fmt, stream, width=80).records([row], list(row), narrow=False)
        assert not RAW_CONTROL.search(stream.getvalue()) and check(stream.getvalue()), (fmt, stream.getvalue())
    stream = Terminal()
    Output("table", stream, width=80).record(row, ["id"], None)
    assert not RAW_CONTROL.search(stream.getvalue()) and "\\x1b[31mred\\u202e  x" in stream.getvalue()


def test_a_downloaded_attachment_named_by_the_server_is_reported_escaped(halo, hostile, tmp_path):
    upload = tmp_path / "report.txt"
    upload.write_bytes(b"hello")
    client = hostile["server"].client()
    attachment = client.attachments.upload(upload, ticket_id=hostile["ids"]["screen"],
                                           filename="\x1b]0;pwned\x07\u202etxt.exe")
    client.close()
    result = halo("attachments", "download", str(attachment.id), terminal=True)
    assert result.code == 0 and not RAW_CONTROL.search(result.out)
    assert result.out == f"saved attachment #{attachment.id} to \\x1b]0;pwned\\x07\\u202etxt.exe (5 bytes)\n"
    assert (tmp_path / "\x1b]0;pwned\x07\u202etxt.exe").read_bytes() == b"hello"  # the name itself is kept


@pytest.mark.parametrize("fmt", ["table", "json", "yaml", "csv", "jsonl"])
def test_a_real_terminal_receives_no_control_from_the_data(hostile, tmp_path, fmt):
    """The installed `halo`, in a pseudo-terminal 60 columns wide: every byte it writes, the data's included."""
    import os

    from tests._support.cli import halo_executable
    from tests._support.terminal import Terminal as PseudoTerminal

    server = hostile["server"]
    env = dict(os.environ, HALO_HOME=str(tmp_path / "halo-home"), HALO_TENANT_URL=server.url,
               HALO_CLIENT_ID=server.client_id, HALO_CLIENT_SECRET=server.client_secret, NO_COLOR="1", TERM="xterm")
    env.pop("COLUMNS", None)
    terminal = PseudoTerminal(halo_executable() + ["tickets", "list", "--fields", "id,summary,estimate", "--where",
                                                   f"id__in={ids(hostile, 'screen', 'formula')}", "-o", fmt],
                              env, columns=60)
    try:
        assert terminal.wait() == 0
        shown = terminal.output.replace("\r\n", "\n")
    finally:
        terminal.close()
    assert not RAW_CONTROL.search(shown), shown
    if fmt == "table":
        assert max(len(line) for line in shown.splitlines()) <= 60
        assert "\\x1b[2J\\x1b]0;pwned" in shown and " -2.5" in shown
