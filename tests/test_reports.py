"""SQL through Halo's report engine and saved reports, over HTTP to the fake: the SDK (reports.sql, sql_many,
run, Report.run) and the CLI (halo sql, halo reports run), with what the request log shows."""

from __future__ import annotations

import io
import json

import pytest

from halopsa import HaloClient, HaloForbiddenError, HaloQueryError, HaloReportError


FAKE_OPTIONS = dict(seed=3, tickets=80)


@pytest.fixture(autouse=True)
def default_switches(module_fake):
    module_fake.set(report_values="typed", report_reply="object", reporting=True)


def _live_tickets(fake):
    return [t for t in fake.records("tickets") if not t.get("deleted")]


# -- the SDK --------------------------------------------------------------------------------------------------------


def test_sql_returns_rows_in_column_order_with_the_columns(client, fake):
    rows = client.reports.sql("SELECT TOP 5 symptom, faultid FROM faults ORDER BY faultid")
    assert rows.columns == ["symptom", "faultid"]
    assert [list(row) for row in rows] == [["symptom", "faultid"]] * 5
    expected = sorted(_live_tickets(fake), key=lambda t: t["id"])[:5]
    assert [(row["faultid"], row["symptom"]) for row in rows] == [(t["id"], t["summary"]) for t in expected]
    posts = fake.api_requests("POST", "/api/Report")
    assert len(fake.api_requests()) == 1 and posts[0].json[0]["_loadreportonly"] is True
    assert posts[0].json[0]["sql"] == "SELECT TOP 5 symptom, faultid FROM faults ORDER BY faultid"


def test_sql_answers_what_the_rest_listing_answers(client, fake):
    """Open tickets by client: the SQL's counts are the REST listing's."""
    rows = client.reports.sql(
        "SELECT areaint AS client_id, COUNT(*) AS open_tickets FROM faults JOIN tstatus ON tstatus = status "
        "WHERE fdeleted = fmergedintofaultid AND (datecleared IS NULL OR datecleared < '1900-01-01') "
        "GROUP BY areaint")
    by_sql = {row["client_id"]: row["open_tickets"] for row in rows}
    by_rest = {}
    for ticket in client.tickets.filter(open_only=True):
        by_rest[ticket.client_id] = by_rest.get(ticket.client_id, 0) + 1
    assert by_sql == by_rest and sum(by_sql.values()) > 0


def test_an_empty_result_still_has_its_columns(client):
    rows = client.reports.sql("SELECT faultid, symptom FROM faults WHERE faultid < 0")
    assert list(rows) == [] and rows.columns == ["faultid", "symptom"]


def test_an_engine_failure_is_a_report_error_with_the_servers_words(client, fake):
    with pytest.raises(HaloReportError) as failed:
        client.reports.sql("SELECT nope FROM faults")
    assert failed.value.message == "Invalid column name 'nope'."
    assert failed.value.sql == "SELECT nope FROM faults" and failed.value.report_id is None
    assert str(failed.value) == "Halo's report engine failed the SQL: Invalid column name 'nope'."


@pytest.mark.parametrize("sql", ["SELECT 1;", "SELECT 1; SELECT 2", "SELECT 1 -- x", "DECLARE @a int"])
def test_what_halo_refuses_is_refused_before_sending(client, fake, sql):
    with pytest.raises(HaloQueryError):
        client.reports.sql(sql)
    assert fake.requests == []


def test_several_queries_in_one_request(client, fake):
    fake.set(report_reply="array")
    first, second = client.reports.sql_many(["SELECT COUNT(*) AS n FROM faults", "SELECT uname FROM uname"])
    assert first.columns == ["n"] and second.columns == ["uname"]
    assert len(fake.api_requests()) == 1 and len(fake.api_requests()[0].json) == 2
    fake.set(report_reply="object")  # a server answering the first query only: the others go one a request
    fake.clear_requests()
    first, second = client.reports.sql_many(["SELECT 1 AS a", "SELECT 2 AS b"])
    assert (first[0], second[0]) == ({"a": 1}, {"b": 2}) and len(fake.api_requests()) == 2
    third, fourth = client.reports.sql_many(["SELECT 3 AS c", "SELECT 4 AS d"])  # remembered: one a request
    assert (third[0], fourth[0]) == ({"c": 3}, {"d": 4}) and len(fake.api_requests()) == 4
    assert all(len(request.json) == 1 for request in fake.api_requests()[2:])


def test_values_as_the_server_sent_them(client, fake):
    fake.set(report_values="strings")
    rows = client.reports.sql("SELECT TOP 1 faultid FROM faults ORDER BY faultid")
    assert isinstance(rows[0]["faultid"], str)


def test_without_the_reporting_permission(client, fake):
    fake.set(reporting=False)
    with pytest.raises(HaloForbiddenError):
        client.reports.sql("SELECT 1 AS a")


def test_sql_is_retried_like_a_read(client, fake):
    fake.fail_next(1, status=503)
    assert client.reports.sql("SELECT TOP 1 faultid FROM faults").columns == ["faultid"]
    assert [r.status for r in fake.api_requests()] == [503, 200]


def test_saved_reports_run_as_saved_and_for_a_period(client, fake):
    report = client.reports.filter(search="Tickets closed").first()
    assert report is not None and report.name == "Tickets closed"
    every = client.reports.run(report.id)
    assert fake.api_requests()[-1].method == "GET" and fake.api_requests()[-1].params.get("loadreport") == "true"
    january = report.run(start="2023-01-01", end="2023-01-31")
    posted = fake.api_requests("POST")[-1].json[0]
    assert posted == {"id": report.id, "_loadreportonly": True, "reportingperiodstartdate": "2023-01-01",
                      "reportingperiodenddate": "2023-01-31"}
    assert 0 < len(january) < len(every) and january.columns == every.columns
    with pytest.raises(HaloQueryError):
        client.reports.run(report.id, start="next tuesday")


def test_async_twins(fake):
    import asyncio

    from halopsa import AsyncHaloClient

    async def run():
        async with AsyncHaloClient.from_client(fake.client(), owns=True) as client:
            return await client.reports.asql("SELECT TOP 2 faultid FROM faults")

    assert len(asyncio.run(run())) == 2


# -- the CLI --------------------------------------------------------------------------------------------------------


@pytest.fixture
def halo(fake, capsys, monkeypatch):
    from halopsa.cli import main

    monkeypatch.setenv("HALO_TENANT_URL", fake.url)
    monkeypatch.setenv("HALO_CLIENT_ID", fake.client_id)
    monkeypatch.setenv("HALO_CLIENT_SECRET", fake.client_secret)

    def run(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_halo_sql_in_every_format(halo, fake):
    sql = "SELECT TOP 3 faultid, symptom FROM faults ORDER BY faultid"
    code, out, _ = halo("sql", sql, "-o", "jsonl")
    assert code == 0 and [list(json.loads(line)) for line in out.splitlines()] == [["faultid", "symptom"]] * 3
    code, out, _ = halo("sql", sql, "-o", "csv", "--fields", "symptom")
    assert code == 0 and out.splitlines()[0] == "symptom" and len(out.splitlines()) == 4
    code, out, _ = halo("sql", sql)
    assert code == 0 and out.splitlines()[0].split() == ["faultid", "symptom"]
    code, out, _ = halo("sql", "-o", "json", stdin=sql + "\n")
    assert code == 0 and len(json.loads(out)) == 3


def test_halo_sql_from_a_file(halo, tmp_path):
    query = tmp_path / "q.sql"
    query.write_text("SELECT COUNT(*) AS n\nFROM faults\n", encoding="utf-8")
    code, out, _ = halo("sql", "--file", str(query), "-o", "json")
    assert code == 0 and list(json.loads(out)[0]) == ["n"]
    code, _, err = halo("sql", "--file", str(tmp_path / "missing.sql"))
    assert code == 2 and err.startswith("halo: error: cannot read the SQL in")


@pytest.mark.parametrize("argv, code, words", [
    (["sql", "SELECT 1;"], 2, "halo: error: Halo's report engine refuses a trailing semicolon: leave it out"),
    (["sql", "SELECT nope FROM faults"], 1, "halo: error: Halo's report engine failed the SQL: Invalid column name "
                                            "'nope'."),
    (["sql", "SELECT faultid FROM faults", "--fields", "nope"], 2,
     "halo: error: no column 'nope' in the result; its columns: faultid"),
    (["reports", "run", "1", "--start", "soon"], 2,
     "halo: error: --start takes an ISO 8601 date such as 2024-05-01, not 'soon'"),
])
def test_halo_sql_errors_are_one_line(halo, fake, argv, code, words):
    result = halo(*argv)
    assert (result[0], result[2].splitlines()) == (code, [words])


def test_halo_reports_run(halo, fake):
    report = next(r for r in fake.records("reports") if r["name"] == "Hours by agent")
    code, out, _ = halo("reports", "run", str(report["id"]), "-o", "json")
    assert code == 0 and json.loads(out) and fake.api_requests()[-1].method == "GET"
    code, out, _ = halo("reports", "run", str(report["id"]), "--start", "2023-01-01", "--end", "2023-03-31", "-o",
                        "csv")
    assert code == 0 and fake.api_requests()[-1].method == "POST" and out.count("\n") >= 2
