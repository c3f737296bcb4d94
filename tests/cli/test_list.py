"""`halo <resource> list` and `count`: the request that goes out, the rows that come back, the stderr hint."""

from __future__ import annotations

import json

import pytest

from halopsa.cli._actions import progress_line


def table_rows(out):
    lines = out.splitlines()
    return [line.split()[0] for line in lines[2:]]  # after the header and the ---- line


def test_readme_example_sends_the_filters_in_one_request(halo, shared_fake):
    result = halo("tickets", "list", "--client-id", "4", "--open-only", "--search", "printer")
    assert result.code == 0, result
    (request,) = shared_fake.api_requests("GET", "/Tickets")
    assert request.params == {"client_id": "4", "open_only": "true", "search": "printer", "pageinate": "true",
                              "page_size": "50", "page_no": "1"}
    assert not request.unknown_params
    expected = [str(r["id"]) for r in shared_fake.records("tickets")
                if r["client_id"] == 4 and "printer" in r["summary"].lower() and r["status_id"] != 9][:50]
    assert table_rows(result.out) == expected or set(table_rows(result.out)) <= {
        str(r["id"]) for r in shared_fake.records("tickets") if r["client_id"] == 4}


def test_first_page_says_how_many_there_are_on_stderr(halo, shared_fake):
    result = halo("tickets", "list")
    assert result.code == 0
    assert len(table_rows(result.out)) == 50
    assert result.out.splitlines()[0].split() == ["id", "summary", "client_name", "status_id", "agent_id",
                                                   "dateoccurred"]
    total = len(shared_fake.records("tickets"))
    assert result.err_lines == [f"showing 50 of {total:,}; use --all or --limit N for more"]
    assert len(shared_fake.api_requests()) == 1


def test_no_hint_when_everything_is_shown(halo, shared_fake):
    result = halo("agents", "list")
    assert result.code == 0 and result.err == ""
    served = [str(agent.id) for agent in shared_fake.client().agents.all()]  # enabled agents by default
    assert table_rows(result.out) == served and len(served) < 50


def test_page_size_sets_the_first_page(halo, shared_fake):
    result = halo("tickets", "list", "--page-size", "10")
    assert len(table_rows(result.out)) == 10
    assert shared_fake.api_requests()[0].params["page_size"] == "10"
    assert result.err.startswith("showing 10 of ")


def test_limit(halo, shared_fake):
    result = halo("tickets", "list", "--limit", "7", "--json")
    assert result.code == 0 and result.err == ""
    rows = json.loads(result.out)
    assert [row["id"] for row in rows] == [r["id"] for r in shared_fake.records("tickets")[:7]]
    stored = shared_fake.records("tickets")[0]
    assert rows[0] == {key: stored[key] for key in rows[0]}  # the raw API data: every field the list sent
    assert len(rows[0]) > 20
    assert len(shared_fake.api_requests()) == 1


def test_limit_with_page_size_reads_pages_of_that_size_and_none_past_the_limit(halo, shared_fake):
    result = halo("tickets", "list", "--limit", "70", "--page-size", "30", "--json", "--fields", "id")
    assert result.code == 0 and result.err == ""
    assert json.loads(result.out) == [{"id": r["id"]} for r in shared_fake.records("tickets")[:70]]
    pages = shared_fake.api_requests("GET", "/Tickets")
    # pages after the first are fetched concurrently, so they arrive in any order
    assert sorted((p.params["page_size"], int(p.params["page_no"])) for p in pages) == [("30", 1), ("30", 2), ("30", 3)]


def test_all_fetches_every_page_without_progress_when_stderr_is_not_a_terminal(halo, shared_fake):
    result = halo("tickets", "list", "--all", "--page-size", "40", "-o", "json", "--fields", "id")
    assert result.code == 0 and result.err == ""
    assert json.loads(result.out) == [{"id": r["id"]} for r in shared_fake.records("tickets")]
    pages = shared_fake.api_requests("GET", "/Tickets")
    # 3 full pages; the SDK may check for a 4th when every planned page came back full
    assert {p.params["page_size"] for p in pages} == {"40"} and 3 <= len(pages) <= 4


def test_order_by(halo, shared_fake):
    result = halo("tickets", "list", "--order-by", "-id,summary", "--limit", "3", "--fields", "id")
    (request,) = shared_fake.api_requests("GET", "/Tickets")
    assert request.params["order"] == "id" and request.params["orderdesc"] == "true"
    assert request.params["order2"] == "summary" and "orderdesc2" not in request.params
    ids = sorted((r["id"] for r in shared_fake.records("tickets")), reverse=True)[:3]
    assert table_rows(result.out) == [str(i) for i in ids]


def test_order_by_without_limit_shows_the_first_page_and_the_total(halo, shared_fake):
    result = halo("tickets", "list", "--order-by", "-id", "--page-size", "5", "--fields", "id")
    assert result.code == 0
    assert len(table_rows(result.out)) == 5
    assert result.err_lines == [f"showing 5 of {len(shared_fake.records('tickets')):,}; use --all or --limit N "
                                "for more"]


def test_ordered_first_page_is_one_request_on_a_server_serving_50_a_page(capsys, halo_use_fake):
    from halopsa.cli import main
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=4, tickets=130, page_cap=50) as capped:
        halo_use_fake(capped)
        assert main(["tickets", "list", "--order-by", "-id", "--fields", "id"]) == 0
        out, err = capsys.readouterr()
        ids = sorted((r["id"] for r in capped.records("tickets")), reverse=True)
        assert table_rows(out) == [str(i) for i in ids[:50]]
        assert err.splitlines() == ["showing 50 of 130; use --all or --limit N for more"]
        pages = capped.api_requests("GET", "/Tickets")
        assert [(p.params["page_size"], p.params["page_no"], p.params["order"], p.params["orderdesc"])
                for p in pages] == [("50", "1", "id", "true")]  # the page carries the total: no count request


def test_where_filters_after_fetching_with_typed_values(halo, shared_fake):
    result = halo("tickets", "list", "--all", "--where", "agent_id=2", "--where", "summary__icontains=e",
                  "--json", "--fields", "id,agent_id")
    assert result.code == 0, result
    expected = [{"id": r["id"], "agent_id": 2} for r in shared_fake.records("tickets")
                if r["agent_id"] == 2 and "e" in r["summary"].lower()]
    assert json.loads(result.out) == expected and expected


def test_where_in_and_first_page(halo, shared_fake):
    result = halo("tickets", "list", "--where", "status_id__in=1,2", "--page-size", "3", "--fields", "id,status_id")
    assert result.code == 0
    rows = [line.split() for line in result.out.splitlines()[2:]]
    assert len(rows) == 3 and all(row[1] in ("1", "2") for row in rows)
    assert result.err_lines == ["showing the first 3; use --all or --limit N for more"]


def test_counted_resource_lists_with_count(halo, shared_fake):
    ticket_id = shared_fake.records("actions")[0]["ticket_id"]
    result = halo("actions", "list", "--ticket-id", str(ticket_id), "--json")
    assert result.code == 0
    (request,) = shared_fake.api_requests("GET", "/Actions")
    assert request.params == {"ticket_id": str(ticket_id), "count": "50"}
    assert {row["ticket_id"] for row in json.loads(result.out)} == {ticket_id}


def test_count(halo, shared_fake):
    result = halo("tickets", "count", "--open-only")
    expected = shared_fake.client().tickets.filter(open_only=True).count()
    assert result.code == 0 and result.out == f"{expected}\n"
    request = shared_fake.api_requests("GET", "/Tickets")[0]
    assert request.params["open_only"] == "true" and request.params["page_size"] == "1"


def test_count_json(halo, shared_fake):
    result = halo("agents", "count", "--json")
    assert json.loads(result.out) == len(list(shared_fake.client().agents.all()))


def test_filter_option_reaches_any_server_filter(halo, shared_fake):
    result = halo("tickets", "list", "--filter", "ticketidonly=true", "--filter", "search_summary=printer",
                  "--limit", "2")
    assert result.code == 0, result
    (request,) = shared_fake.api_requests("GET", "/Tickets")
    assert request.params["ticketidonly"] == "true" and request.params["search_summary"] == "printer"


def test_progress_line():
    assert progress_line("tickets", 50, 200, width=10) == "tickets: [##        ] 50 of 200"
    assert progress_line("tickets", 1234, None) == "tickets: 1,234 records"


class _TerminalStderr:
    """A stderr that is a terminal."""

    def __init__(self):
        import io

        class Terminal(io.StringIO):
            def isatty(self):
                return True

        self.stream = Terminal()


def test_all_draws_progress_on_a_terminal_stderr_above_a_table(halo, shared_fake, monkeypatch):
    import sys

    terminal = _TerminalStderr().stream
    monkeypatch.setattr(sys, "stderr", terminal)
    result = halo("tickets", "list", "--all", "--fields", "id")
    assert result.code == 0
    total = len(shared_fake.records("tickets"))
    assert len(result.out.splitlines()) == total + 2  # header, rule, rows
    drawn = terminal.getvalue()
    assert "\rtickets: [" in drawn and f"of {total:,}" in drawn
    assert drawn.endswith("\r\033[K")  # the line is cleared at the end
    counts = [r for r in shared_fake.api_requests("GET", "/Tickets") if r.params.get("page_size") == "1"]
    assert counts == []  # the total for the bar is the listing's own record_count: no request of its own


@pytest.mark.parametrize("fmt", ["csv", "json", "yaml"])
def test_all_draws_no_progress_when_streamed_records_reach_the_screen(halo, shared_fake, monkeypatch, fmt):
    """stdout a terminal or a pipe (`| cat`): the bar would land among the records."""
    import sys

    terminal = _TerminalStderr().stream
    monkeypatch.setattr(sys, "stderr", terminal)
    result = halo("tickets", "list", "--all", "-o", fmt, "--fields", "id")
    assert result.code == 0 and "tickets: [" not in result.out
    assert terminal.getvalue() == ""
    assert not [r for r in shared_fake.api_requests("GET", "/Tickets") if r.params.get("page_size") == "1"]


@pytest.mark.parametrize("fmt, fields, header", [("csv", ["--fields", "id"], 1), ("jsonl", [], 0)])
def test_all_draws_progress_when_streamed_records_go_to_a_file(shared_fake, halo_use_fake, monkeypatch, tmp_path,
                                                               fmt, fields, header):
    import sys

    from halopsa.cli import main

    halo_use_fake(shared_fake)
    terminal = _TerminalStderr().stream
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdin", _TerminalStderr().stream)
    target = tmp_path / f"tickets.{fmt}"
    with target.open("w") as file:
        monkeypatch.setattr(sys, "stdout", file)
        code = main(["tickets", "list", "--all", "-o", fmt, *fields])
    assert code == 0
    lines = target.read_text().splitlines()
    assert len(lines) == len(shared_fake.records("tickets")) + header
    assert lines[0] == "id" if header else all(json.loads(line)["id"] for line in lines)
    drawn = terminal.getvalue()
    assert "\rtickets: [" in drawn and drawn.endswith("\r\033[K")


def test_the_progress_bar_is_cleared_before_an_error(fake, monkeypatch, capsys):
    """A warning or a failure in the middle of --all starts on a clean line, not after the bar."""
    import sys
    import warnings

    from halopsa.cli import main

    terminal = _TerminalStderr().stream
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdin", _TerminalStderr().stream)
    from halopsa.query.queryset import QuerySet

    original = QuerySet.iterator

    def rows(self):
        for number, row in enumerate(original(self)):
            if number == 20:
                warnings.warn("careful")
            if number == 30:
                raise RuntimeError("boom")
            yield row

    monkeypatch.setattr(QuerySet, "iterator", rows)
    monkeypatch.setenv("NO_COLOR", "1")
    code = main(["tickets", "list", "--all", "--page-size", "10"])
    assert code == 1
    drawn = terminal.getvalue()
    assert "\rtickets: [" in drawn
    assert "\r\033[Khalo: warning: careful\n\rtickets: [" in drawn  # cleared, then drawn again
    assert "\r\033[Khalo: error: RuntimeError: boom" in drawn
    assert drawn.endswith("\n")
