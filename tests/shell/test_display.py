"""show(): tables of QuerySets, records, pages and lists; one-line errors; trimmed tracebacks."""

from __future__ import annotations

import io

import pytest

from halopsa import HaloError, HaloNotFoundError
from halopsa.shell import show
from halopsa.shell._display import error_line


def shown(obj, **options):
    out = io.StringIO()
    show(obj, file=out, **options)
    return out.getvalue()


def table_ids(text):
    """The first column of a tabulate "simple" table, below its header rule."""
    lines = text.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("--"))
    return [int(line.split()[0]) for line in lines[rule + 1:] if line and line.split()[0].isdigit()]


def test_queryset_shows_at_most_limit_rows_with_one_request(fresh_fake):
    client = fresh_fake.client()
    client.tickets.count()  # log in first, so the token request is not counted
    fresh_fake.clear_requests()
    text = shown(client.tickets.all(), limit=3)
    assert [r.path for r in fresh_fake.api_requests()] == ["/api/Tickets"]
    header = text.splitlines()[0].split()
    assert header == ["id", "summary", "client_name", "status_id", "agent_id", "dateoccurred"]
    assert table_ids(text) == [t["id"] for t in fresh_fake.records("tickets")][:3]
    assert "(first 3 rows; show(..., limit=100) shows more" in text


def test_queryset_with_fewer_rows_than_limit_has_no_more_hint(fresh_fake):
    client = fresh_fake.client()
    text = shown(client.tickets.all()[:2], limit=5)
    assert len(table_ids(text)) == 2
    assert "first" not in text


def test_manager_and_fields_as_one_string(fake):
    client = fake.client()
    text = shown(client.clients, fields="id name", limit=2)
    first = fake.records("clients")[0]
    assert text.splitlines()[0].split() == ["id", "name"]
    assert f"{first['id']}  " in text and first["name"] in text


def test_record_is_shown_field_by_field(fake):
    client = fake.client()
    ticket = client.tickets.get(3)
    text = shown(ticket)
    stored = fake.record("tickets", 3)
    lines = text.splitlines()
    assert lines[0] == repr(ticket)
    values = dict(line.split(None, 1) for line in lines[1:] if len(line.split(None, 1)) == 2)
    assert values["id"] == "3"
    assert values["summary"] == stored["summary"]
    assert values["client_name"] == stored["client_name"]


def test_partial_record_says_how_to_load_the_rest(fake):
    ticket = fake.client().tickets.first()
    assert "call .refresh() for every field" in shown(ticket).splitlines()[0]


def test_values_and_values_list_and_plain_lists(fake):
    client = fake.client()
    names = [c["name"] for c in fake.records("clients")][:2]
    as_dicts = shown(client.clients.values("id", "name"), limit=2)
    assert as_dicts.splitlines()[0].split() == ["id", "name"] and all(name in as_dicts for name in names)
    as_tuples = shown(client.clients.values_list("id", "name"), limit=2)
    assert all(name in as_tuples for name in names)
    assert shown([{"a": 1, "b": "x"}]).splitlines()[0].split() == ["a", "b"]
    assert shown(client.tickets.filter(search="no ticket has this text zzqx")) == "(no rows)\n"


def test_long_text_is_cut_and_dates_are_short(fresh_fake):
    client = fresh_fake.client()
    record = client.tickets.create(summary="x" * 200, client_id=1)
    text = shown(client.tickets.filter(ticketids=record.id))
    assert "x" * 45 + "..." in text and "x" * 49 not in text
    assert "T" not in text.splitlines()[2].split()[-1]  # 2024-01-11 17:00, not 2024-01-11T17:00:00


def test_limit_must_be_positive(fake):
    with pytest.raises(HaloError, match="limit="):
        show(fake.client().tickets.all(), limit=0)


def test_error_line_is_the_class_and_the_message():
    error = HaloNotFoundError("No Faults record with id 9", status_code=404, method="GET", path="/api/Tickets/9")
    assert error_line(error) == "HaloNotFoundError: GET /api/Tickets/9: 404 No Faults record with id 9"


def test_per_model_exceptions_keep_their_model_name(fake):
    with pytest.raises(HaloNotFoundError) as caught:
        fake.client().tickets.get(99999)
    assert error_line(caught.value) == f"Ticket.DoesNotExist: GET /api/Tickets/99999: 404 {caught.value.message}"



def test_async_manager_shows_like_the_sync_one(fake):
    from halopsa.shell import make_namespace

    namespace = make_namespace(fake.client())
    assert shown(namespace["aclient"].clients, limit=2) == shown(namespace["clients"], limit=2)


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("columns", [60, 80])
def test_show_fits_a_narrow_terminal_numbers_and_dates_whole(fake, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    client = fake.client()
    out = Terminal()
    show(client.tickets.all(), limit=5, file=out)
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines[:7]) <= columns
    records = {r["id"]: r for r in fake.records("tickets")}
    for line in lines[2:7]:
        record = records[int(line.split()[0])]
        assert line.rstrip().endswith(record["dateoccurred"][:16].replace("T", " "))  # the date whole
        assert f"  {record['status_id']}  " in line and "..." in line                  # numbers whole, text cut
    out = Terminal()
    show(client.tickets.get(3), file=out)
    assert max(len(line) for line in out.getvalue().splitlines()[1:]) <= columns
