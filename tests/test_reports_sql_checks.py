"""What Halo's report engine refuses is refused before sending: several statements, a trailing semicolon, --
comments, DECLARE and variables; strings, [names] and /* comments */ may hold any of those characters."""

from __future__ import annotations

import re

import pytest

from halopsa import HaloQueryError
from halopsa._reports import check_sql


@pytest.mark.parametrize("sql", [
    "SELECT faultid, symptom FROM faults",
    "  SELECT TOP 5 faultid FROM faults\n",
    "SELECT ';--' AS odd, 'it''s' AS quoted FROM faults",
    "SELECT [a;b] FROM faults /* ; -- DECLARE */",
    "SELECT @@ROWCOUNT",
    "SELECT \"col;--\" FROM faults",
])
def test_sent_as_written(sql):
    assert check_sql(sql) == sql.strip()


@pytest.mark.parametrize("sql, words", [
    ("SELECT 1;", "trailing semicolon"),
    ("SELECT 1; SELECT 2", "one statement a query"),
    ("SELECT 1 -- why", "'--' comments"),
    ("DECLARE @n int SELECT @n", "DECLARE and @variables"),
    ("SELECT * FROM faults WHERE faultid = @id", "DECLARE and @variables"),
    ("", "no SQL to run"),
    ("SELECT 'open", "unclosed string"),
    ("SELECT 1 /* open", "unclosed /* comment"),
])
def test_refused_with_a_reason(sql, words):
    with pytest.raises(HaloQueryError, match=re.escape(words)):
        check_sql(sql)


def test_sql_many_takes_a_list_not_a_string():
    from halopsa import HaloClient

    client = HaloClient(tenant_url="https://example.invalid", client_id="x", client_secret="y")
    with pytest.raises(HaloQueryError, match="takes a list"):
        client.reports.sql_many("SELECT 1")
    with pytest.raises(HaloQueryError, match="trailing semicolon"):
        client.reports.sql("SELECT 1;")
    assert client.requests_sent == 0
