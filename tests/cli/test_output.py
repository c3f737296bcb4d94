"""Output formats: table (fitted, coloured only on a terminal), JSON (raw API data), YAML, CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from halopsa.cli._output import Output, cell_text, color_wanted, fit_widths


class Terminal(io.StringIO):
    encoding = "utf-8"

    def isatty(self):
        return True


@pytest.mark.parametrize("fmt", ["table", "json", "yaml", "csv", "jsonl"])
def test_each_format_shows_the_same_records(fmt, halo, shared_fake):
    wanted = shared_fake.records("tickets")[:4]
    result = halo("-o", fmt, "tickets", "list", "--limit", "4", "--fields", "id,summary,status_id")
    assert result.code == 0 and result.err == ""
    if fmt == "json":
        rows = json.loads(result.out)
    elif fmt == "jsonl":
        assert result.out.endswith("\n") and len(result.out.splitlines()) == 4
        rows = [json.loads(line) for line in result.out.splitlines()]
    elif fmt == "yaml":
        rows = yaml.safe_load(result.out)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.out)))
        rows = [{"id": int(r["id"]), "summary": r["summary"], "status_id": int(r["status_id"])} for r in rows]
    else:
        lines = result.out.splitlines()
        assert lines[0].split() == ["id", "summary", "status_id"] and set(lines[1]) == {"-", " "}
        assert [line.split()[0] for line in lines[2:]] == [str(r["id"]) for r in wanted]
        assert all(r["summary"] in result.out for r in wanted)
        return
    assert rows == [{"id": r["id"], "summary": r["summary"], "status_id": r["status_id"]} for r in wanted]


@pytest.mark.parametrize("fmt", ["json", "yaml", "csv", "table"])
def test_one_record_in_each_format(fmt, halo, shared_fake):
    record = shared_fake.records("clients")[0]
    result = halo("clients", "get", str(record["id"]), "-o", fmt)
    assert result.code == 0
    if fmt == "json":
        assert json.loads(result.out) == record  # the raw API data
    elif fmt == "yaml":
        assert yaml.safe_load(result.out) == record
    elif fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(result.out)))
        assert row["id"] == str(record["id"]) and row["name"] == record["name"]
    else:
        pairs = dict(line.split(None, 1) for line in result.out.splitlines() if len(line.split(None, 1)) == 2)
        assert pairs["id"] == str(record["id"]) and pairs["name"] == record["name"]
        assert "\033[" not in result.out  # not a terminal: no colour


def test_json_flag_before_the_resource_and_after_the_action(halo, shared_fake):
    before = halo("--json", "statuses", "list")
    after = halo("statuses", "list", "--json")
    assert before.out == after.out and json.loads(after.out)[0]["id"]
    assert halo("-o", "yaml", "statuses", "list", "-o", "json").out == after.out  # after the action wins


def test_output_options_between_the_resource_and_the_action(halo, shared_fake):
    ticket_id = shared_fake.records("tickets")[0]["id"]
    assert halo("tickets", "--json", "get", str(ticket_id)).out == halo("tickets", "get", str(ticket_id), "--json").out
    assert halo("tickets", "-o", "csv", "list", "--limit", "2", "--fields", "id").out.splitlines()[0] == "id"
    assert halo("tickets", "--output=yaml", "list", "--limit", "1", "--fields", "id").out == f"- id: {ticket_id}\n"


def test_a_lone_value_in_yaml_has_no_document_end_marker(halo, shared_fake):
    result = halo("statuses", "count", "-o", "yaml")
    assert result.code == 0
    assert result.out == f"{len(shared_fake.records('statuses'))}\n"  # not "8\n...\n"
    assert yaml.safe_load(result.out) == len(shared_fake.records("statuses"))


def test_empty_listing(halo):
    assert halo("tickets", "list", "--search", "no such ticket anywhere").out == "(no records)\n"
    assert halo("tickets", "list", "--search", "no such ticket anywhere", "--json").out == "[]\n"


def test_table_is_fitted_to_the_terminal_width():
    stream = Terminal()
    out = Output("table", stream, width=40)
    rows = [{"id": 1, "summary": "A very long summary that would never fit in forty columns", "x": "yes"}]
    out.records(rows, ["id", "summary", "x"], narrow=False)
    lines = stream.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 40
    assert lines[2].startswith("1") and "\u2026" in lines[2] and lines[2].rstrip().endswith("yes")


def test_piped_tables_keep_every_character():
    stream = io.StringIO()
    Output("table", stream).records([{"summary": "x" * 300}], ["summary"], narrow=False)
    assert "x" * 300 in stream.getvalue()


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    assert color_wanted(Terminal(), no_color=False)
    assert not color_wanted(io.StringIO(), no_color=False)
    assert not color_wanted(Terminal(), no_color=True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not color_wanted(Terminal(), no_color=False)
    stream = Terminal()
    Output("table", stream, color=True, width=80).records([{"id": 1}], ["id"], narrow=False)
    assert "\033[1mid\033[0m" in stream.getvalue()


def test_no_color_flag_end_to_end(monkeypatch, halo):
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    from halopsa.cli import main

    assert main(["--no-color", "statuses", "list"]) == 0
    assert "\033[" not in terminal.getvalue() and terminal.getvalue()
    terminal.seek(0)
    terminal.truncate()
    assert main(["statuses", "list"]) == 0
    assert "\033[1m" in terminal.getvalue()


@pytest.mark.parametrize("natural, minimum, width, expected", [
    ([4, 50, 10], [4, 7, 6], 40, [4, 22, 10]),
    ([4, 50, 40], [4, 7, 6], 40, [4, 16, 16]),
    ([10, 10], [10, 10], 5, [10, 10]),       # minimums do not fit: left at the minimums
    ([3, 3], [3, 3], 80, [3, 3]),
])
def test_fit_widths(natural, minimum, width, expected):
    widths = fit_widths(natural, minimum, width)
    assert widths == expected
    assert all(w >= m for w, m in zip(widths, minimum))


@pytest.mark.parametrize("value, text", [
    (None, ""), (True, "true"), ("2024-05-01T09:30:00Z", "2024-05-01 09:30"), ("two\nlines", "two lines"),
    ([1, 2], "1, 2"), ([{"a": 1}], "[1 item]"), ({"a": 1}, '{"a":1}'), (1.5, "1.5"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


# -- halopsa._render: the pieces the CLI and the shell share -------------------------------------------------


def test_the_cli_renders_cells_with_the_shared_module():
    from halopsa import _render
    from halopsa.cli import _output

    assert _output.cell_text is _render.cell_text


def test_cell_text_of_python_datetimes_matches_their_wire_text():
    from datetime import datetime, timezone

    from halopsa._render import cell_text

    moment = datetime(2024, 5, 1, 9, 30, 12, tzinfo=timezone.utc)
    assert cell_text(moment) == cell_text("2024-05-01T09:30:12Z") == "2024-05-01 09:30"
    assert cell_text([moment]) == "2024-05-01 09:30"


def test_record_fields_puts_the_default_columns_first_then_the_non_empty_rest():
    from halopsa._render import is_empty, record_fields

    data = {"status_id": 2, "notes": "", "id": 7, "tags": [], "summary": "Printer", "extra": {}, "agent_id": None,
            "zero": 0, "off": False}
    assert record_fields(data, ("id", "summary", "client_name")) == ["id", "summary", "status_id", "zero", "off"]
    assert [is_empty(value) for value in (None, "", [], {}, 0, False, " ")] == [True] * 4 + [False] * 3


@pytest.mark.parametrize("text, width, ellipsis, expected", [
    ("abcdef", 10, "...", "abcdef"), ("abcdefghij", 6, "...", "abc..."), ("abcdefghij", 6, "\u2026", "abcde\u2026"),
    ("abcdef", 2, "...", "ab"),
])
def test_truncate(text, width, ellipsis, expected):
    from halopsa._render import truncate

    assert truncate(text, width, ellipsis) == expected


def test_the_shared_render_module_imports_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys, json; import halopsa._render\n"
            "print(json.dumps(sorted(m for m in ('tabulate', 'yaml', 'requests', 'attrs', 'cattrs', 'halopsa.client',"
            " 'halopsa.resources') if m in sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("columns", [60, 70, 80])
@pytest.mark.parametrize("resource", ["tickets", "invoices", "agents"])
def test_tables_fit_narrow_terminals_numbers_and_dates_whole_text_cut(halo, shared_fake, monkeypatch, columns,
                                                                      resource):
    from halopsa.cli import main
    from halopsa.resources import REGISTRY

    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["--no-color", resource, "list", "--limit", "5"]) == 0
    lines = terminal.getvalue().splitlines()
    assert max(len(line) for line in lines) <= columns
    records = {record["id"]: record for record in shared_fake.records(resource)}
    rule = [len(dashes) for dashes in lines[1].split()]
    for line in lines[2:]:
        starts = [sum(rule[:i]) + 2 * i for i in range(len(rule))]
        cells = [line[start:start + width].strip() for start, width in zip(starts, rule)]
        record = records[int(cells[0])]
        for name, cell in zip(REGISTRY[resource].columns, cells):
            value = record.get(name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                assert cell == str(value), (name, line)                  # numbers whole
            elif isinstance(value, str) and value[:4].isdigit() and value[4:5] == "-":
                assert cell == value[:16].replace("T", " "), (name, line)  # dates whole, to the minute
            elif isinstance(value, str) and cell != value:
                assert cell.endswith("\u2026") and value.startswith(cell[:-1]), (name, line)  # text cut
