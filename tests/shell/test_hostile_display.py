"""Hostile data is shown, not obeyed, in the shell too: show() tables, records' reprs and one-line errors escape
what a terminal would obey (records made over HTTP in this module's FakeHalo)."""

from __future__ import annotations

import io
import re

import pytest

from halopsa import HaloError
from halopsa.shell import show
from halopsa.shell._display import error_line, format_traceback

SCREEN_ATTACK = "\x1b[2J\x1b]0;pwned\x07Printer \u202egpj.exe\x9b31m"
SCREEN_ATTACK_SHOWN = "\\x1b[2J\\x1b]0;pwned\\x07Printer \\u202egpj.exe\\x9b31m"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile_id(fake) -> int:
    client = fake.client()
    try:
        return client.tickets.create(summary=SCREEN_ATTACK, details="one\ntwo\x1b[0m").id
    finally:
        client.close()


def shown(obj, **options) -> str:
    out = io.StringIO()
    show(obj, file=out, **options)
    return out.getvalue()


def test_show_of_a_queryset_escapes_its_cells(fake, hostile_id):
    client = fake.client()
    text = shown(client.tickets.where(id=hostile_id), fields="id summary")
    assert not RAW_CONTROL.search(text)
    row_id, summary = text.splitlines()[2].split(None, 1)
    assert row_id == str(hostile_id) and summary.startswith(SCREEN_ATTACK_SHOWN[:40])  # cut to CELL_WIDTH


def test_show_of_a_record_escapes_values_and_field_names(fake, hostile_id):
    client = fake.client()
    text = shown(client.tickets.get(hostile_id), fields="summary details")
    assert not RAW_CONTROL.search(text)
    assert f"summary  {SCREEN_ATTACK_SHOWN}" in text and "details  one two\\x1b[0m" in text
    text = shown([{"\x1b[31mred": "\u202eevil"}])  # names and values of plain rows too
    assert text.splitlines()[0] == "\\x1b[31mred" and text.splitlines()[2] == "\\u202eevil"


def test_an_error_that_quotes_the_server_is_escaped(fake):
    client = fake.client()
    with pytest.raises(HaloError) as caught:
        client.request("POST", "/Tickets", json=[{"summary": "x", "status_id": "\x1b[2J"}])
    line = error_line(caught.value)
    assert not RAW_CONTROL.search(line) and "'\\x1b[2J'" in line
    assert not RAW_CONTROL.search(format_traceback(caught.value))


def test_the_repl_prints_a_hostile_record_escaped(fake, hostile_id, drive):
    session = drive(fake, [f"tickets.get({hostile_id})", f"show(tickets.get({hostile_id}), fields='summary')"])
    assert session.exit_code == 0
    assert not RAW_CONTROL.search(session.screen + session.stdout)
    assert repr(SCREEN_ATTACK)[1:-1] in session.screen  # the repr: Python's own escapes
    assert f"summary  {SCREEN_ATTACK_SHOWN}" in session.stdout


def test_a_python_error_quoting_hostile_text_is_shown_escaped(fake, hostile_id, drive):
    session = drive(fake, [f"t = tickets.get({hostile_id})", "raise ValueError(t.summary)", "print('next')"])
    assert not RAW_CONTROL.search(session.screen)
    assert f"ValueError: {SCREEN_ATTACK_SHOWN}" in session.screen
    assert "Traceback (most recent call last)" in session.screen and session.stdout == "next\n"
