"""SQL through Halo's report engine, and saved reports: ``client.reports.sql(...)``, ``client.reports.run(id)``.

Halo runs a report's SQL (T-SQL over its own database: FAULTS, ACTIONS, AREA, UNAME...) when a POST to /Report
carries an element with ``sql`` and ``_loadreportonly: true``; nothing is saved. The rows come back under
``report.rows`` (objects keyed by column name), and a failed query under ``report.load_error`` with a 200 status.
One request answers what paging the REST listings would take hundreds of requests for.

Halo refuses some SQL that SQL Server takes: several statements, a trailing semicolon, ``--`` comments (use
``/* */``), ``DECLARE`` and variables. :func:`check_sql` finds those before anything is sent.
"""

from __future__ import annotations

# pyright: reportUnnecessaryIsInstance=false

import datetime as _dt
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union, cast

from ._aio import with_twins
from ._encoding import json_array, json_object
from ._report_rows import ReportRows
from .exceptions import HaloError, HaloQueryError, HaloReportError

__all__ = ["ReportRows", "ReportsMixin", "check_sql"]

_TOKENS = re.compile(r"""'(?:[^']|'')*'?|"(?:[^"]|"")*"?|\[[^\]]*\]?|/\*.*?(?:\*/|$)|--|;|@@?\w+|\w+|\s+|.""",
                     re.DOTALL)


def check_sql(sql: str) -> str:
    """The statement as it will be sent (only surrounding white space removed), or :class:`HaloQueryError`
    saying what Halo's report engine would refuse in it."""
    if not isinstance(sql, str):
        raise HaloQueryError(f"SQL must be text, not {type(sql).__name__}")
    text = sql.strip()
    if not text:
        raise HaloQueryError("no SQL to run: give a statement such as SELECT TOP 10 faultid, symptom FROM faults")
    code: List[str] = []  # the tokens outside strings and comments
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] in "'\"[" and (len(token) == 1 or token[-1] != {"'": "'", '"': '"', "[": "]"}[token[0]]):
            raise HaloQueryError(f"the SQL has an unclosed {'string' if token[0] != '[' else 'bracketed name'} "
                                 f"starting {token[:20]!r}")
        if token.startswith("/*") and not token.endswith("*/"):
            raise HaloQueryError("the SQL has an unclosed /* comment")
        if token[0] in "'\"[" or token.startswith("/*") or token.isspace():
            continue
        code.append(token)
    if "--" in code:
        raise HaloQueryError("Halo's report engine refuses '--' comments: use /* ... */ instead")
    if ";" in code:
        if code.index(";") == len(code) - 1:
            raise HaloQueryError("Halo's report engine refuses a trailing semicolon: leave it out")
        raise HaloQueryError("Halo's report engine runs one statement a query: split them, and send several with "
                             "client.reports.sql_many([...])", kind="several_statements")
    words = {token.upper() for token in code}
    if "DECLARE" in words or any(token.startswith("@") and not token.startswith("@@") for token in code):
        raise HaloQueryError("Halo's report engine refuses DECLARE and @variables: write the values into the query")
    return text


def _column_names(report: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> List[str]:
    """The columns in order: the report's own list where it has one (names, or objects with a name), else the
    keys of the rows (in the order they first appear)."""
    names: List[str] = []
    for column in json_array(report.get("columns")) or ():
        described = json_object(column)
        name = described and (described.get("name") or described.get("column_name") or described.get("id"))
        if isinstance(column, str):
            names.append(column)
        elif isinstance(name, str):
            names.append(name)
    if names and all(all(key in names for key in row) for row in rows[:50]):
        return names
    seen: Dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def _reports_of(reply: Any, what: str) -> List[Dict[str, Any]]:
    """The ``report`` objects of a reply: ``{"report": {...}}``, an array of them, or a report object itself."""
    items = json_array(reply)
    found: List[Dict[str, Any]] = []
    for item in [reply] if items is None else items:
        element = json_object(item)
        report = json_object(element.get("report")) if element is not None else None
        if element is not None and report is not None:
            if "columns" not in report and isinstance(element.get("columns"), list):
                report = {**report, "columns": element["columns"]}  # the columns beside the report, not in it
            found.append(report)
        elif element is not None and ("rows" in element or "load_error" in element):
            found.append(element)
        else:
            raise HaloError(f"{what}: the reply holds no report (expected an object with 'report'), got "
                            f"{type(item).__name__}")
    return found


def _rows_of(report: Mapping[str, Any], what: str, sql: Optional[str],
             report_id: Union[int, str, None]) -> ReportRows:
    error = report.get("load_error")
    if error:
        raise HaloReportError(str(error).strip(), sql=sql, report_id=report_id, report=dict(report))
    listed = [] if report.get("rows") is None else json_array(report.get("rows"))
    if listed is None or not all(isinstance(row, dict) for row in listed):
        raise HaloError(f"{what}: the report's rows are not a list of objects")
    rows: List[Dict[str, Any]] = cast(Any, listed)
    columns = _column_names(report, rows)
    ordered = [{name: row.get(name) for name in columns} if list(row) != columns else row for row in rows]
    return ReportRows(ordered, columns, report, sql)


def _date(value: Any, name: str) -> str:
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        try:
            _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise HaloQueryError(f"{name} must be a date or an ISO 8601 text (2024-05-01), not {value!r}") from None
        return value.strip()
    raise HaloQueryError(f"{name} must be a date or an ISO 8601 text (2024-05-01), not {value!r}")


@with_twins("sql", "sql_many", "run")
class ReportsMixin:
    """What ``client.reports`` adds to a manager: SQL queries and saved reports' rows."""

    resource: Any
    _client: Any

    def sql(self, query: str) -> ReportRows:
        """The rows of one SQL query run by Halo's report engine (one request; a read, retried like a GET).
        ``HaloQueryError`` before sending for SQL Halo refuses; ``HaloReportError`` (with the server's message)
        when the report engine fails it."""
        return self.sql_many([query])[0]

    def sql_many(self, queries: Sequence[str]) -> List[ReportRows]:
        """Several queries in one request: one :class:`ReportRows` a query, in order. Every query is checked
        before anything is sent; the first that fails on the server raises its ``HaloReportError``. A server
        that answers only the first query of a request gets the others one a request (and every query after
        that, for this client)."""
        if isinstance(queries, str):
            raise HaloQueryError("sql_many() takes a list of queries; for one query use sql()")
        checked = [check_sql(query) for query in queries]
        if not checked:
            raise HaloQueryError("sql_many() needs at least one query")
        if len(checked) > 1 and getattr(self, "_one_query_a_request", False):
            return [self.sql_many([sql])[0] for sql in checked]
        body = [{"id": 0, "name": "", "sql": sql, "_loadreportonly": True, "_testonly": False, "apiquery_id": 0}
                for sql in checked]
        reply = self._client.request("POST", self.resource.path, json=body, idempotent=True)
        reports = _reports_of(reply, f"POST {self.resource.path}")
        if len(reports) == 1 and len(checked) > 1:
            # this server answers the first query of a request only (Halo's replies are reported both ways): the
            # others go one a request, now and from now on
            self._one_query_a_request = True
            return [_rows_of(reports[0], f"POST {self.resource.path}", checked[0], None)] + [
                self.sql_many([sql])[0] for sql in checked[1:]]
        if len(reports) != len(checked):
            raise HaloError(f"POST {self.resource.path}: {len(checked)} queries sent, {len(reports)} results came "
                            "back")
        return [_rows_of(report, f"POST {self.resource.path}", sql, None) for report, sql in zip(reports, checked)]

    def run(self, id: Any, start: Union[str, _dt.date, None] = None, end: Union[str, _dt.date, None] = None,
            period: Optional[int] = None, date_field: Optional[str] = None,
            filters: Optional[Union[List[Any], Dict[str, Any]]] = None) -> ReportRows:
        """A saved report's rows. Without arguments, ``GET /Report/{id}?loadreport=true``; with a reporting
        period (``start``/``end`` dates, Halo's ``period`` number, the ``date_field`` it applies to) or
        ``filters``, the report is rerun with them (a POST with ``_loadreportonly``: nothing is saved)."""
        from ._ids import record_id

        report_id = record_id(self.resource, id)
        what = f"report #{report_id}"
        if start is None and end is None and period is None and date_field is None and filters is None:
            reply = self._client.request("GET", f"{self.resource.path}/{report_id}", params={"loadreport": "true"})
        else:
            element: Dict[str, Any] = {"id": report_id, "_loadreportonly": True}
            if start is not None:
                element["reportingperiodstartdate"] = _date(start, "start")
            if end is not None:
                element["reportingperiodenddate"] = _date(end, "end")
            if start is not None and end is not None and \
                    element["reportingperiodstartdate"][:10] > element["reportingperiodenddate"][:10]:
                raise HaloQueryError(f"the reporting period starts ({element['reportingperiodstartdate']}) after it "
                                     f"ends ({element['reportingperiodenddate']})")
            if period is not None:
                if isinstance(period, bool) or not isinstance(period, int):
                    raise HaloQueryError(f"period is Halo's reporting period number, not {period!r}")
                element["reportingperiod"] = period
            if date_field is not None:
                element["reportingperioddatefield"] = str(date_field)
            if filters is not None:
                element["filters"] = filters
            reply = self._client.request("POST", self.resource.path, json=[element], idempotent=True)
        reports = _reports_of(reply, what)
        return _rows_of(reports[0], what, None, report_id)

