"""SQL through Halo's report engine: POST /Report with _loadreportonly, saved reports, refusals and switches."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any, Dict, Iterator, List

import pytest
from tests._support.plain_http import Halo

from halopsa.testing import FakeHalo

# Every table and column the issue names (and a few more the fake holds), in the order SELECT * gives them.
TABLES = {
    "FAULTS": ["faultid", "symptom", "symptom2", "status", "areaint", "sitenumber", "userid", "username",
               "assignedtoint", "clearwhoint", "dateoccured", "datecleared", "requesttypenew", "seriousness",
               "sectio_", "slaid", "fixbydate", "respondbydate", "fdeleted", "fmergedintofaultid", "slastate"],
    "ACTIONS": ["faultid", "actionnumber", "whoagentid", "timetaken", "actiondatecreated", "note", "outcome"],
    "AREA": ["aarea", "aareadesc"],
    "SITE": ["ssitenum", "sdesc", "sarea"],
    "USERS": ["uid", "uusername", "usite", "uemail"],
    "UNAME": ["unum", "uname", "uemail", "uisdisabled"],
    "TSTATUS": ["tstatus", "tstatusdesc"],
    "REQUESTTYPE": ["rtid", "rtdesc", "rtisproject", "rtisopportunity"],
}
OPEN = "(datecleared IS NULL OR datecleared < '1900-01-01') AND fdeleted = fmergedintofaultid"


FAKE_SWITCHES = {"tickets": 120}  # for conftest's module-scoped `fake`


@pytest.fixture(scope="module")
def halo(fake_halo: Halo) -> Halo:
    return fake_halo


def run(halo: Halo, sql: str, **fields: Any) -> Dict[str, Any]:
    """The reply to one ad hoc SQL run (its status must be 200, whatever the SQL)."""
    reply = halo.post("Report", [{"id": 0, "name": "", "apiquery_id": 0, "_testonly": False, "sql": sql,
                                  "_loadreportonly": True, **fields}])
    assert reply.status_code == 200, reply.text
    return reply.json()


def rows(halo: Halo, sql: str) -> List[Dict[str, Any]]:
    report = run(halo, sql)["report"]
    assert report["load_error"] == "" and report["loaded"] is True, report["load_error"]
    return report["rows"]


def refused(halo: Halo, sql: str) -> str:
    report = run(halo, sql)["report"]
    assert report["loaded"] is False and report["rows"] == []
    assert report["load_error"]
    return report["load_error"]


# ------------------------------------------------------------------------------------------- tables

@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_table_has_halos_columns_in_order(halo, table):
    found = rows(halo, f"SELECT TOP 1 * FROM {table}")
    assert list(found[0]) == TABLES[table]
    named = rows(halo, f"SELECT TOP 1 {', '.join(TABLES[table])} FROM {table.lower()}")
    assert named == found


def test_faults_rows_are_the_rest_tickets(halo, fake):
    ticket = halo.get("Tickets/7").json()
    (row,) = rows(halo, "SELECT * FROM FAULTS WHERE faultid = 7")
    assert (row["symptom"], row["symptom2"], row["status"], row["areaint"], row["sitenumber"], row["userid"],
            row["assignedtoint"], row["dateoccured"], row["requesttypenew"], row["seriousness"], row["sectio_"]) == (
        ticket["summary"], ticket["details"], ticket["status_id"], ticket["client_id"], ticket["site_id"],
        ticket["user_id"], ticket["agent_id"], ticket["dateoccurred"], ticket["tickettype_id"],
        ticket["priority_id"], ticket["team"])
    assert row["fdeleted"] == row["fmergedintofaultid"] == 0 and row["slastate"] in ("I", "O")
    count = rows(halo, "SELECT COUNT(*) AS n FROM FAULTS")[0]["n"]
    assert count == len(fake.records("tickets"))


def test_open_tickets_by_client_match_the_rest_listing(halo):
    listed = halo.rows("Tickets", "tickets", open_only=True)
    expected = Counter(t["client_id"] for t in listed)
    found = rows(halo, f"SELECT areaint AS client, COUNT(*) AS tickets FROM FAULTS WHERE {OPEN} GROUP BY areaint")
    assert {r["client"]: r["tickets"] for r in found} == dict(expected)


def test_datecleared_is_null_or_before_1900_while_open_and_the_close_date_after(halo):
    found = rows(halo, "SELECT f.faultid, f.datecleared, t.tstatus FROM FAULTS f JOIN TSTATUS t "
                       "ON t.tstatus = f.status")
    open_rows = [r for r in found if r["tstatus"] not in (9, 10)]
    assert {r["datecleared"] for r in open_rows} == {None, "1899-12-30T00:00:00"}
    closed = {r["faultid"]: r["datecleared"] for r in found if r["tstatus"] in (9, 10)}
    ticket = halo.get(f"Tickets/{min(closed)}").json()
    assert closed[min(closed)] == ticket["dateclosed"]


def test_lookup_tables_match_their_resources(halo):
    clients = {c["id"]: c["name"] for c in halo.rows("Client", "clients", includeinactive=True)}
    assert {r["aarea"]: r["aareadesc"] for r in rows(halo, "SELECT * FROM AREA")} == clients
    statuses = {s["id"]: s["name"] for s in halo.rows("Status")}
    assert {r["tstatus"]: r["tstatusdesc"] for r in rows(halo, "SELECT * FROM TSTATUS")} == statuses
    types = {r["rtdesc"]: (r["rtisproject"], r["rtisopportunity"]) for r in rows(halo, "SELECT * FROM REQUESTTYPE")}
    assert types["Project"] == (True, False) and types["Opportunity"] == (False, True)
    assert types["Incident"] == (False, False)
    agents = {r["unum"]: r["uname"] for r in rows(halo, "SELECT unum, uname FROM UNAME")}
    assert agents[1] == "Alex Morgan" and len(agents) == 12
    site = halo.get("Site/2").json()
    assert rows(halo, "SELECT sdesc, sarea FROM SITE WHERE ssitenum = 2") == [
        {"sdesc": site["name"], "sarea": site["client_id"]}]
    user = halo.get("Users/3").json()
    assert rows(halo, "SELECT uusername, usite, uemail FROM USERS WHERE uid = 3") == [
        {"uusername": user["name"], "usite": user["site_id"], "uemail": user["emailaddress"]}]


def test_actions_are_numbered_within_their_ticket(halo):
    listed = halo.rows("Actions", "actions", ticket_id=3)
    found = rows(halo, "SELECT actionnumber, whoagentid, timetaken, actiondatecreated FROM ACTIONS "
                       "WHERE faultid = 3 ORDER BY actionnumber")
    assert [r["actionnumber"] for r in found] == list(range(1, len(listed) + 1))
    assert [(r["whoagentid"], r["timetaken"], r["actiondatecreated"]) for r in found] == [
        (a["who_agentid"], a["timetaken"], a["actiondatecreated"]) for a in sorted(listed, key=lambda a: a["id"])]


# ------------------------------------------------------------------------------------------- the T-SQL subset

def test_top_and_order_by(halo):
    assert rows(halo, "SELECT TOP 3 faultid FROM FAULTS ORDER BY faultid DESC") == [
        {"faultid": 120}, {"faultid": 119}, {"faultid": 118}]
    assert rows(halo, "SELECT TOP (2) faultid FROM FAULTS ORDER BY faultid") == [{"faultid": 1}, {"faultid": 2}]
    inner = rows(halo, "SELECT faultid FROM FAULTS WHERE faultid IN (SELECT TOP 2 faultid FROM FAULTS "
                       "ORDER BY faultid DESC) ORDER BY faultid")
    assert inner == [{"faultid": 119}, {"faultid": 120}]


def test_joins_aliases_and_keys_in_select_order(halo):
    found = rows(halo, "SELECT TOP 5 f.faultid AS [Ticket], a.aareadesc AS Client, u.uname 'Agent', "
                       "Status = t.tstatusdesc FROM FAULTS AS f INNER JOIN AREA a ON a.aarea = f.areaint "
                       "LEFT JOIN UNAME u ON u.unum = f.assignedtoint JOIN TSTATUS t ON t.tstatus = f.status "
                       "ORDER BY f.faultid")
    assert list(found[0]) == ["Ticket", "Client", "Agent", "Status"]
    tickets = {t["id"]: t for t in (halo.get(f"Tickets/{n}").json() for n in range(1, 6))}
    assert [(r["Client"], r["Agent"], r["Status"]) for r in found] == [
        (t["client_name"], t["agent_name"], t["status_name"]) for t in tickets.values()]


def test_group_by_having_and_aggregates(halo, fake):
    found = rows(halo, "SELECT status, COUNT(*) AS n, MIN(faultid) AS first, MAX(faultid) AS last "
                       "FROM FAULTS GROUP BY status HAVING COUNT(*) > 1 ORDER BY status")
    expected = Counter(t["status_id"] for t in fake.records("tickets"))
    assert {r["status"]: r["n"] for r in found} == {k: v for k, v in expected.items() if v > 1}
    hours = rows(halo, "SELECT SUM(timetaken) AS total, AVG(actionnumber) AS whole FROM ACTIONS")[0]
    assert hours["total"] == pytest.approx(sum(a["timetaken"] for a in fake.records("actions")))
    assert isinstance(hours["whole"], int)  # AVG of whole numbers is whole, as in SQL Server


def test_date_functions_count_boundaries_like_sql_server(halo):
    (row,) = rows(halo, "SELECT DATEDIFF(year, '2024-12-31 23:59', '2025-01-01 00:00') AS years, "
                        "DATEDIFF(day, '2025-01-01T23:00:00', '2025-01-02T01:00:00') AS days, "
                        "DATEDIFF(minute, '2025-01-01 10:00:59', '2025-01-01 10:01:00') AS minutes, "
                        "DATEDIFF(hh, '2025-01-01 10:00', '2025-01-01 08:30') AS hours, "
                        "DATEDIFF(week, '2025-06-28', '2025-06-29') AS weeks, "
                        "DATEDIFF(month, '2025-01-31', '2025-02-01') AS months, "
                        "DATEADD(month, 1, '2025-01-31') AS next_month, DATEADD(day, -1, '2025-03-01') AS eve, "
                        "DATEPART(quarter, '2025-08-15') AS quarter, YEAR('2025-08-15') AS year")
    assert row == {"years": 1, "days": 1, "minutes": 1, "hours": -2, "weeks": 1, "months": 1,
                   "next_month": "2025-02-28T00:00:00", "eve": "2025-02-28T00:00:00", "quarter": 3,
                   "year": 2025}


def test_getdate_isnull_cast_and_unnamed_columns(halo):
    before = time.time()
    (row,) = rows(halo, "SELECT GETDATE() AS now, ISNULL(NULL, 'none') AS fallback, CAST(3.7 AS int) AS whole, "
                        "CAST(12345 AS varchar(3)) AS text, CAST('2.345' AS decimal(10,2)) AS money, "
                        "CAST('2025-06-30 17:00' AS datetime) AS moment, CAST('2025-06-30T17:00:00' AS date) AS day, "
                        "CONVERT(float, '1.5') AS number, LEN('abc  '), UPPER('x') + '' ")
    now = time.mktime(time.strptime(row["now"], "%Y-%m-%dT%H:%M:%S")) - time.timezone
    assert before - 2 <= now <= time.time() + 2
    assert (row["fallback"], row["whole"], row["text"], row["money"], row["moment"], row["day"], row["number"]) == (
        "none", 3, "123", 2.35, "2025-06-30T17:00:00", "2025-06-30", 1.5)
    assert (row["Column1"], "Column2" in row) == (3, True)  # unnamed columns, as ADO.NET names them


def test_open_ticket_age_in_minutes(halo):
    found = rows(halo, "SELECT TOP 1 faultid, DATEDIFF(minute, dateoccured, GETDATE()) AS age FROM FAULTS "
                       f"WHERE {OPEN} ORDER BY faultid")
    assert found[0]["age"] > 60 * 24 * 365  # the demo's tickets are from 2025 and before


def test_names_are_case_insensitive_and_bracketed_text_compares_without_case(halo):
    found = rows(halo, "SELECT TOP 1 [FaultID], F.Symptom FROM [faults] f WITH (NOLOCK) "
                       "WHERE UPPER(f.symptom) LIKE '%' AND f.symptom = LOWER(f.symptom) OR 1 = 1")
    assert list(found[0]) == ["FaultID", "Symptom"]
    assert rows(halo, "SELECT COUNT(*) AS n FROM AREA WHERE aareadesc = 'ACME MANUFACTURING'") == [{"n": 1}]
    assert rows(halo, "SELECT COUNT(*) AS n FROM dbo.AREA /* a /* nested */ comment */") == [{"n": 12}]


def test_case_iif_coalesce_concat_and_string_functions(halo):
    (row,) = rows(halo, "SELECT CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END AS c, IIF(1 < 2, 'yes', 'no') AS i, "
                        "COALESCE(NULL, NULL, 3) AS co, CONCAT('a', NULL, 1) AS cat, LEFT('abcdef', 2) AS l, "
                        "RIGHT('abcdef', 2) AS r, SUBSTRING('abcdef', 2, 3) AS s, CHARINDEX('c', 'abc') AS ci, "
                        "N'unicode' AS n, 'it''s' AS q, 7 / 2 AS division, 7 % 2 AS remainder")
    assert row == {"c": "b", "i": "yes", "co": 3, "cat": "a1", "l": "ab", "r": "ef", "s": "bcd", "ci": 3,
                   "n": "unicode", "q": "it's", "division": 3, "remainder": 1}


def test_plus_joins_strings_beside_a_literal_and_window_functions(halo):
    found = rows(halo, "SELECT TOP 2 'Ticket ' + CAST(faultid AS varchar(10)) AS label, "
                       "ROW_NUMBER() OVER (ORDER BY faultid DESC) AS position, AVG(faultid) OVER () AS middle "
                       "FROM FAULTS ORDER BY faultid")
    assert found == [{"label": "Ticket 1", "position": 120, "middle": 60},
                     {"label": "Ticket 2", "position": 119, "middle": 60}]


def test_every_supported_function_is_documented():
    from pathlib import Path

    from halopsa.testing._tsql import SUPPORTED_FUNCTIONS

    text = (Path(__file__).resolve().parents[2] / "docs" / "testing.md").read_text(encoding="utf-8")
    section = text[text.index("## SQL and reports in the fake"):text.index("## The request log")]
    assert [name for name in SUPPORTED_FUNCTIONS if f"`{name.upper()}" not in section] == []


def test_with_common_table_expression_and_union(halo):
    found = rows(halo, "WITH open_ones AS (SELECT faultid FROM FAULTS WHERE " + OPEN + ") "
                       "SELECT COUNT(*) AS n FROM open_ones")
    assert found[0]["n"] == len(halo.rows("Tickets", "tickets", open_only=True))
    assert rows(halo, "SELECT 1 AS n UNION ALL SELECT 2") == [{"n": 1}, {"n": 2}]


# ------------------------------------------------------------------------------------------- refusals

@pytest.mark.parametrize("sql, words", [
    ("SELECT faultid FROM FAULTS;", "trailing semicolon"),
    ("SELECT 1; SELECT 2", "one statement"),
    ("SELECT 1 SELECT 2", "one statement"),
    ("SELECT faultid FROM FAULTS -- the tickets", "'--' comments"),
    ("DECLARE @n int", "DECLARE"),
    ("SELECT faultid FROM FAULTS WHERE faultid = @id", "variables"),
    ("INSERT INTO AREA (aarea, aareadesc) VALUES (99, 'x')", "read-only"),
    ("UPDATE FAULTS SET symptom = 'x'", "read-only"),
    ("DELETE FROM FAULTS", "read-only"),
    ("DROP TABLE FAULTS", "read-only"),
    ("EXEC sp_who", "read-only"),
    ("SELECT * INTO copy FROM FAULTS", "read-only"),
    ("SELECT faultid FROM FAULTS LIMIT 5", "Incorrect syntax near 'LIMIT'."),
    ("SELECT 'a' || 'b'", "Incorrect syntax near '||'."),
    ("SELECT nosuch FROM FAULTS", "Invalid column name 'nosuch'."),
    ("SELECT f.nosuch FROM FAULTS f", "Invalid column name 'nosuch'."),
    ("SELECT * FROM TICKETS", "Invalid object name 'TICKETS'."),
    ("SELECT strftime('%Y', 'now')", "'strftime' is not a recognized built-in function name."),
    ("SELECT * FROM sqlite_master", "Invalid object name 'sqlite_master'."),
    ("SELECT TOP 10 PERCENT faultid FROM FAULTS", "TOP ... PERCENT"),
    ("SELECT DATEDIFF(fortnight, GETDATE(), GETDATE())", "is not a recognized datediff option"),
    ("SELECT faultid FROM FAULTS WHERE", "Incorrect syntax near the end of the statement."),
    ("SELECT 'unclosed", "Unclosed quotation mark"),
    ("SELECT CAST('soon' AS datetime) AS d", "Conversion failed"),
    ("", "no SQL"),
])
def test_refused_sql_answers_a_load_error_with_status_200(halo, sql, words):
    assert words in refused(halo, sql)


def test_load_error_shape(halo):
    body = run(halo, "SELECT nosuch FROM FAULTS")
    assert body["report"] == {"loaded": False, "load_error": "Invalid column name 'nosuch'.", "rows": [],
                              "chart_labels": [], "chart_dataset": []}
    assert body["columns"] == [] and body["id"] == 0 and body["sql"] == "SELECT nosuch FROM FAULTS"
    good = run(halo, "SELECT TOP 1 faultid AS id, symptom FROM FAULTS")
    assert [c["name"] for c in good["columns"]] == ["id", "symptom"]
    assert good["report"]["loaded"] is True and good["report"]["load_error"] == ""


def test_nothing_is_saved_by_a_run(halo, fake):
    before = len(fake.records("reports"))
    run(halo, "SELECT 1 AS one", name="Not saved")
    assert len(fake.records("reports")) == before


# ------------------------------------------------------------------------------------------- live data

def test_a_ticket_created_over_rest_is_in_faults_and_closing_it_fills_datecleared(halo):
    created = halo.post("Tickets", [{"summary": "Seen by SQL", "client_id": 3, "agent_id": 2}]).json()[0]
    (row,) = rows(halo, f"SELECT symptom, areaint, assignedtoint, datecleared, fdeleted FROM FAULTS "
                        f"WHERE faultid = {created['id']}")
    assert row["symptom"] == "Seen by SQL" and row["areaint"] == 3 and row["assignedtoint"] == 2
    assert row["datecleared"] in (None, "1899-12-30T00:00:00") and row["fdeleted"] == 0
    closed = halo.post("Tickets", [{"id": created["id"], "status_id": 9}]).json()[0]
    cleared = rows(halo, f"SELECT datecleared, clearwhoint FROM FAULTS WHERE faultid = {created['id']}")[0]
    assert cleared == {"datecleared": closed["dateclosed"], "clearwhoint": 2}
    assert halo.delete(f"Tickets/{created['id']}").status_code == 200
    (gone,) = rows(halo, f"SELECT fdeleted, fmergedintofaultid FROM FAULTS WHERE faultid = {created['id']}")
    assert gone == {"fdeleted": 1, "fmergedintofaultid": 0}
    assert rows(halo, f"SELECT faultid FROM FAULTS WHERE faultid = {created['id']} "
                      f"AND fdeleted = fmergedintofaultid") == []


def test_a_sandbox_file_shared_by_two_fakes_answers_sql_on_the_newest_data(tmp_path):
    db = tmp_path / "sandbox.db"
    with FakeHalo(tickets=20, db_path=db) as writer, FakeHalo(db_path=db) as reporter:
        writer_halo, reporter_halo = Halo(writer), Halo(reporter)
        assert rows(reporter_halo, "SELECT COUNT(*) AS n FROM FAULTS") == [{"n": 20}]
        created = writer_halo.post("Tickets", [{"summary": "From the other process"}]).json()[0]
        assert rows(reporter_halo, f"SELECT symptom FROM FAULTS WHERE faultid = {created['id']}") == [
            {"symptom": "From the other process"}]
        writer_halo.close()
        reporter_halo.close()


# ------------------------------------------------------------------------------------------- saved reports

def test_saved_reports_load_with_their_rows(halo):
    listed = halo.rows("Report", "reports")
    assert {"Open tickets by client", "Hours by agent", "SLA breaches"} <= {r["name"] for r in listed}
    for saved in listed:
        loaded = halo.get(f"Report/{saved['id']}", loadreport=True).json()
        assert loaded["report"]["loaded"] is True, (saved["name"], loaded["report"]["load_error"])
        assert loaded["report"]["rows"], saved["name"]
        assert loaded["report"]["rows"] == rows(halo, loaded["sql"])
    assert "report" not in halo.get(f"Report/{listed[0]['id']}").json()


def test_open_tickets_by_client_report_matches_the_rest_listing(halo):
    by_name = Counter(t["client_name"] for t in halo.rows("Tickets", "tickets", open_only=True))
    report = halo.get("Report/1", loadreport=True).json()
    assert report["name"] == "Open tickets by client"
    assert {r["Client"]: r["Open tickets"] for r in report["report"]["rows"]} == dict(by_name)


def test_rerun_with_a_reporting_period_applies_it_to_the_date_field(halo, fake):
    hours = halo.get("Report/4", loadreport=True).json()
    assert hours["name"] == "Hours by agent" and hours["reportingperioddatefield"] == "actiondatecreated"
    actions = [a for a in fake.records("actions") if "2023-02-01" <= a["actiondatecreated"][:10] <= "2023-03-31"]
    assert actions  # the demo's first tickets are from January 2023
    body = [{"id": 4, "filters": [], "reportingperiodstartdate": "2023-02-01", "reportingperiodenddate": "2023-03-31",
             "reportingperioddatefield": "actiondatecreated", "reportingperiod": 0, "_loadreportonly": True}]
    reply = halo.post("Report", body)
    assert reply.status_code == 200
    rerun = reply.json()
    assert rerun["id"] == 4 and rerun["name"] == "Hours by agent" and rerun["reportingperiodstartdate"] == "2023-02-01"
    total = sum(r["Actions"] for r in rerun["report"]["rows"])
    assert total == len(actions) < sum(r["Actions"] for r in hours["report"]["rows"])
    period = halo.get("Report/4", loadreport=True, reportingperiodstartdate="2023-02-01",
                      reportingperiodenddate="2023-03-31").json()
    assert period["report"]["rows"] == rerun["report"]["rows"]


def test_rerun_with_filters_and_a_bad_period(halo):
    body = {"id": 1, "filters": [{"fieldname": "Client", "stringruletext": "brightside dental"}],
            "_loadreportonly": True}
    (row,) = halo.post("Report", [body]).json()["report"]["rows"]
    assert row["Client"] == "Brightside Dental"
    bad = halo.post("Report", [{**body, "filters": [{"fieldname": "Nope", "numericvalue": 1}]}]).json()
    assert bad["report"]["load_error"] == "Invalid column name 'Nope'."
    wrong_field = halo.post("Report", [{"id": 1, "reportingperiodstartdate": "2024-01-01",
                                        "reportingperioddatefield": "whenever", "_loadreportonly": True}]).json()
    assert wrong_field["report"]["load_error"] == "Invalid column name 'whenever'."
    assert halo.post("Report", [{"id": 999, "_loadreportonly": True}]).status_code == 404
    assert halo.get("Report/999", loadreport=True).status_code == 404


def test_a_post_with_a_name_saves_a_report_that_then_runs(halo, fake):
    saved = halo.post("Report", [{"name": "Tickets per status", "folder_id": 1,
                                  "sql": "SELECT status, COUNT(*) AS n FROM FAULTS "
                                         "WHERE fdeleted = fmergedintofaultid GROUP BY status"}])
    assert saved.status_code == 201, saved.text
    report_id = saved.json()[0]["id"]
    assert fake.record("reports", report_id)["sql"].startswith("SELECT status")
    loaded = halo.get(f"Report/{report_id}", loadreport=True).json()
    assert sum(r["n"] for r in loaded["report"]["rows"]) == len(fake.records("tickets"))


# ------------------------------------------------------------------------------------------- switches

@pytest.fixture
def switched(fake: Any) -> Iterator[Any]:
    yield fake
    fake.set(report_values="typed", report_reply="object", reporting=True)


def test_report_values_as_strings(halo, switched):
    switched.set(report_values="strings")
    (row,) = run(halo, "SELECT TOP 1 faultid, CAST(1.5 AS float) AS half, CAST(2 AS float) AS two, "
                       "NULL AS nothing, rtisproject FROM FAULTS JOIN REQUESTTYPE ON rtid = requesttypenew "
                       "ORDER BY faultid")["report"]["rows"]
    assert row == {"faultid": "1", "half": "1.5", "two": "2", "nothing": None, "rtisproject": "False"}


def test_report_reply_as_an_array_of_one_result_per_element(halo, switched):
    switched.set(report_reply="array")
    body = [{"sql": "SELECT 1 AS n", "_loadreportonly": True}, {"id": 1, "_loadreportonly": True}]
    results = halo.post("Report", body).json()
    assert isinstance(results, list) and len(results) == 2
    assert results[0]["report"]["rows"] == [{"n": 1}] and results[1]["name"] == "Open tickets by client"
    switched.set(report_reply="object")
    assert halo.post("Report", body).json()["report"]["rows"] == [{"n": 1}]


def test_reporting_permission_refused_is_403(halo, switched):
    switched.set(reporting=False)
    reply = halo.post("Report", [{"sql": "SELECT 1 AS n", "_loadreportonly": True}])
    assert reply.status_code == 403 and "reporting" in reply.json()["Message"]
    assert halo.get("Report/1", loadreport=True).status_code == 403
    assert halo.get("Report/1").status_code == 200  # reading the saved report itself is still allowed


def test_bad_switch_values_are_refused(fake):
    with pytest.raises(ValueError):
        fake.set(report_values="numbers")
    with pytest.raises(ValueError):
        fake.set(report_reply="list")


def test_sandbox_serve_flags_reach_the_fake(monkeypatch):
    import halopsa.testing
    from halopsa.cli import main
    from halopsa.testing._sandbox import describe_switches

    seen: Dict[str, Any] = {}
    monkeypatch.setattr(halopsa.testing, "serve", lambda **switches: seen.update(switches) or 0)
    assert main(["sandbox", "serve", "--report-values", "strings", "--report-reply", "array",
                 "--no-reporting"]) == 0
    assert (seen["report_values"], seen["report_reply"], seen["reporting"]) == ("strings", "array", False)
    with FakeHalo(tickets=0, report_values="strings", report_reply="array", reporting=False) as fake:
        assert describe_switches(fake).endswith("report cells as text, report runs answer arrays, "
                                                "reports refused (403)")


def test_ten_thousand_tickets_answer_fast_after_the_first_run():
    with FakeHalo(tickets=10_000) as big:
        halo = Halo(big)
        sql = f"SELECT areaint, COUNT(*) AS n FROM FAULTS WHERE {OPEN} GROUP BY areaint"
        run(halo, sql)
        began = time.perf_counter()
        report = run(halo, sql)["report"]
        assert time.perf_counter() - began < 0.5
        assert sum(r["n"] for r in report["rows"]) == len(halo.rows("Tickets", "tickets", open_only=True))
        halo.close()
