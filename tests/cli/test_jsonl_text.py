"""`halo -o jsonl tickets list --all` writes a row's text as the server sent it where that is json's own compact
text, and encodes the row otherwise: either way the bytes are those of encoding every row (controls escaped as
ever), and the rows are `-o json`'s. Against a tenant sending tricky text (requests-mock) and a FakeHalo over HTTP."""

from __future__ import annotations

import json
import sys

import pytest
import requests_mock

import halopsa._json_text
from halopsa._render import json_safe

TENANT = "https://jsonl.halopsa.example"

# One page: escapes json writes otherwise (\u00e9, \/), numbers it writes otherwise (1e5, 1.50, -0), big ints,
# nested objects, raw Unicode, raw C1 and bidi characters, spaces between tokens, a name given twice, and text in
# strings that looks like structure.
TRICKY_PAGE = ('{"page_no":1,"page_size":100,"record_count":6,"tickets":['
               '{"id":1,"summary":"caf\\u00e9 \\/ \\"quoted\\"","n":1e5,"f":1.50,"z":-0,"big":123456789012345678901234567890},'
               '{"id":2,"summary":"plain \u2713 \u4e2d\u6587 \U0001f600","nested":{"a":[1,2.0,{"b":null}],"c":{}},"f":1.0},'
               '{"id":3, "summary" : "spaced",  "estimate":-2.5},'
               '{"id":4,"summary":"\u009b31m \u202egpj.exe \u007f","e":1E-7,"g":0.30000000000000004},'
               '{"id":5,"summary":"Leaver: a, b },{ [c]","dup":1,"dup":2},'
               '{"id":6,"summary":"\\u001b[2J\\u0007","t":true,"u":null}]}')


def expected_lines(rows):
    """What -o jsonl wrote before it kept the server's text: every row encoded, then the controls escaped."""
    return "".join(json_safe(json.dumps(row, separators=(",", ":"), ensure_ascii=False)) + "\n" for row in rows)


def listed_as(capsys, monkeypatch, tickets, *formats):
    """`halo tickets list --all -o FORMAT` for each of ``formats``, against a tenant whose /Tickets answers
    ``tickets`` (a reply's text, or a requests-mock callback)."""
    from tests._support.cli import in_process

    monkeypatch.setenv("HALO_TENANT_URL", TENANT)
    monkeypatch.setenv("HALO_CLIENT_ID", "id")
    monkeypatch.setenv("HALO_CLIENT_SECRET", "secret")
    halo = in_process(capsys, monkeypatch)
    with requests_mock.Mocker() as tenant:
        tenant.post(TENANT + "/auth/token", json={"access_token": "t", "token_type": "Bearer", "expires_in": 3600})
        tenant.get(TENANT + "/api/Tickets", text=tickets, headers={"Content-Type": "application/json"})
        return [halo("tickets", "list", "--all", "-o", fmt) for fmt in formats]


def jsonl_and_json(capsys, monkeypatch, tickets):
    """-o jsonl's result, and the rows -o json printed."""
    lines, listed = listed_as(capsys, monkeypatch, tickets, "jsonl", "json")
    assert lines.code == listed.code == 0, lines.err + listed.err
    return lines, json.loads(listed.out)


@pytest.fixture
def keeping(monkeypatch):
    """Counts the pages decoded with their text (the path under test is taken)."""
    calls = []
    real = halopsa._json_text.loads_keeping_text

    def counted(content):
        calls.append(len(content))
        return real(content)

    monkeypatch.setattr(halopsa._json_text, "loads_keeping_text", counted)
    return calls


def test_tricky_text_from_the_server_gives_the_bytes_of_encoding_every_row(capsys, monkeypatch, keeping):
    lines, rows = jsonl_and_json(capsys, monkeypatch, TRICKY_PAGE)
    assert keeping
    assert [row["id"] for row in rows] == [1, 2, 3, 4, 5, 6]
    assert lines.out == expected_lines(rows)
    assert [json.loads(line) for line in lines.out.splitlines()] == rows
    assert '"n":100000.0,"f":1.5,"z":0,"big":123456789012345678901234567890' in lines.out  # as json writes them
    assert '"summary":"\\u009b31m \\u202egpj.exe \\u007f","e":1e-07' in lines.out  # controls escaped as ever
    assert '"dup":2}' in lines.out and '"dup":1' not in lines.out


def test_fake_halo_rows_with_tricky_values_are_the_json_rows(halo_rw, fake, keeping):
    client = fake.client()
    client.tickets.create(summary="caf\u00e9 \u2713 \x1b[2J \u202egpj.exe \x9b", estimate=1e5, details='say "hi"\n')
    client.tickets.create(summary="Leaver: a, b },{ -0,", estimate=1.0)
    client.close()
    lines = halo_rw("tickets", "list", "--all", "-o", "jsonl")
    listed = halo_rw("tickets", "list", "--all", "-o", "json")
    assert lines.code == listed.code == 0, lines.err + listed.err
    assert keeping
    rows = json.loads(listed.out)
    assert len(rows) > 60
    assert lines.out == expected_lines(rows)
    assert "\x1b" not in lines.out and "\u202e" not in lines.out and "\x9b" not in lines.out


def test_a_row_repeated_on_the_next_page_is_written_once_and_the_others_keep_their_text(capsys, monkeypatch,
                                                                                       keeping):
    """Page 2 repeats the last row of page 1 (a record added while listing): it is dropped, and the other rows of
    page 2 are still written as the server sent them, each in its place."""

    def row(number):  # on page 1, every other row's text is not json's own (an escape): it is encoded instead
        return (f'{{"id":{number},"summary":"row {number}"}}' if number % 2 or number >= 100 else
                f'{{"id":{number},"summary":"row\\u0020{number}"}}')

    def page(request, context):
        number = int(request.qs["page_no"][0])
        ids = range(1, 101) if number == 1 else range(100, 150) if number == 2 else []
        return ('{"record_count":149,"tickets":[' + ",".join(row(n) for n in ids) + "]}")

    lines, rows = jsonl_and_json(capsys, monkeypatch, page)
    assert len(keeping) == 2
    assert [row["id"] for row in rows] == list(range(1, 150))
    assert lines.out == expected_lines(rows)
    assert '{"id":98,"summary":"row 98"}\n{"id":99,"summary":"row 99"}\n{"id":100,"summary":"row 100"}\n' \
           '{"id":101,"summary":"row 101"}\n' in lines.out


@pytest.mark.parametrize("options", [["--where", "status_id=1"], ["--details"], ["--where", "status_id__gt=1",
                                                                                  "--details"]])
def test_a_listing_read_record_by_record_writes_the_json_rows_too(halo, options):
    """--where and --details read records (no page's text to keep): their lines are the -o json rows encoded."""
    lines = halo("tickets", "list", "--all", *options, "-o", "jsonl")
    listed = halo("tickets", "list", "--all", *options, "-o", "json")
    assert lines.code == listed.code == 0, lines.err + listed.err
    rows = json.loads(listed.out)
    assert rows and lines.out == expected_lines(rows)


def test_a_lone_surrogate_from_the_server_is_written_as_its_escape_in_every_format(capsys, monkeypatch):
    """"\\ud800" decodes to a character no encoding can write: it is shown as the escape, not a crash."""
    body = '{"record_count":2,"tickets":[{"id":1,"summary":"ok"},{"id":2,"summary":"a\\ud800b"}]}'
    results = listed_as(capsys, monkeypatch, body, "table", "json", "jsonl", "yaml", "csv")
    for result in results:
        assert result.code == 0 and result.err == "", result.err
        assert "a\\ud800b" in result.out.lower() and "\ud800" not in result.out  # YAML writes \uD800
    assert json.loads(results[1].out)[1]["summary"] == "a\ud800b"  # the JSON formats keep the data
    assert json.loads(results[2].out.splitlines()[1])["summary"] == "a\ud800b"


def test_ids_a_server_sends_as_lists_do_not_stop_a_listing(capsys, monkeypatch):
    lines, rows = jsonl_and_json(capsys, monkeypatch, '{"record_count":3,"tickets":[{"id":1},{"id":[2]},{"id":{}}]}')
    assert rows == [{"id": 1}, {"id": [2]}, {"id": {}}] and lines.out == expected_lines(rows)


def test_a_reply_nested_deeper_than_python_reads_is_one_line_and_exit_1(capsys, monkeypatch):
    body = '{"record_count":1,"tickets":[{"id":1,"a":' + "[" * 5000 + "]" * 5000 + "}]}"
    for result in listed_as(capsys, monkeypatch, body, "jsonl", "json"):
        assert result.code == 1 and result.out == ""
        assert result.err_lines == ["halo: error: the reply from /api/Tickets nests its JSON more deeply than "
                                    f"Python can read (about {sys.getrecursionlimit()} levels); nothing was read "
                                    "from it"]
