"""Reports: the fake answers SQL through Halo's report engine (API notes, section 8).

* ``POST /api/Report`` with an element carrying ``_loadreportonly: true`` runs its ``sql`` (or, with the ``id``
  of a saved report and no ``sql``, that report's) and saves nothing; ``filters`` and a reporting period
  (``reportingperiodstartdate``/``reportingperiodenddate`` on ``reportingperioddatefield``) are applied.
* ``GET /api/Report/{id}?loadreport=true`` returns a saved report with its rows.

The SQL runs on SQLite (``_tsql`` translates the T-SQL subset) over tables named and shaped like Halo's own
(``FAULTS``, ``AREA``, ``UNAME``, ...), built from the very records the REST API serves and rebuilt when the
store's data version changes. Errors come back in ``report.load_error`` with HTTP 200, as Halo answers them.
"""

from __future__ import annotations

import calendar
import math
import threading
import time
from datetime import datetime, timedelta
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

from . import _demo
from ._tsql import DATE_UNITS, SqlError, translate

__all__ = ["Reports", "TABLES", "SqlError"]

Record = Dict[str, Any]
Row = Tuple[Any, ...]
QUERY_SECONDS = 5.0    # a report running longer is stopped ("Query timeout expired.")
_TEXT = "TEXT COLLATE NOCASE"  # SQL Server's default collation compares text case-insensitively
_OPEN_CLEARED = "1899-12-30T00:00:00"  # what an open ticket's datecleared holds when it is not NULL


# ------------------------------------------------------------------------------------------- Halo's tables

def _closed_statuses(tables: Callable[[str], Dict[int, Record]]) -> Set[Any]:
    return {s["id"] for s in tables("statuses").values() if s.get("type") == _demo.CLOSED_TYPE}


def _faults(tables: Callable[[str], Dict[int, Record]], now: str) -> List[Row]:
    closed = _closed_statuses(tables)
    rows = []
    for t in tables("tickets").values():
        is_closed = t.get("status_id") in closed
        if is_closed:
            cleared = t.get("dateclosed") or t.get("last_update")
        else:  # open: NULL for even ids, a date before 1900 for odd ones (Halo holds either)
            cleared = None if t["id"] % 2 == 0 else _OPEN_CLEARED
        fix_by = t.get("fixbydate")
        finished = (cleared or now) if is_closed else now
        breached = bool(fix_by) and str(finished)[:19] > str(fix_by)[:19]
        rows.append((t["id"], t.get("summary"), t.get("details"), t.get("status_id"), t.get("client_id"),
                     t.get("site_id"), t.get("user_id"), t.get("user_name"), t.get("agent_id") or 0,
                     (t.get("agent_id") or 0) if is_closed else 0, t.get("dateoccurred"), cleared,
                     t.get("tickettype_id"), t.get("priority_id"), t.get("team"), t.get("sla_id"), fix_by,
                     t.get("respondbydate"), 1 if t.get("deleted") else 0, 0, "O" if breached else "I"))
    return rows


def _actions(tables: Callable[[str], Dict[int, Record]], now: str) -> List[Row]:
    rows = []
    numbers: Dict[Any, int] = {}
    for a in sorted(tables("actions").values(), key=lambda r: r["id"]):
        ticket_id = a.get("ticket_id")
        numbers[ticket_id] = numbers.get(ticket_id, 0) + 1  # Halo numbers actions within their ticket
        rows.append((ticket_id, numbers[ticket_id], a.get("who_agentid"), float(a.get("timetaken") or 0.0),
                     a.get("actiondatecreated") or a.get("datetime"), a.get("note"), a.get("outcome")))
    return rows


def _rows(resource: str, *fields: str) -> Callable[[Callable[[str], Dict[int, Record]], str], List[Row]]:
    def build(tables: Callable[[str], Dict[int, Record]], now: str) -> List[Row]:
        return [tuple(r.get(f) for f in fields) for r in tables(resource).values()]

    return build


def _request_types(tables: Callable[[str], Dict[int, Record]], now: str) -> List[Row]:
    return [(r["id"], r.get("name"), 1 if r.get("use") == "project" else 0,
             1 if r.get("use") == "opportunity" else 0) for r in tables("ticket_types").values()]


def _agents(tables: Callable[[str], Dict[int, Record]], now: str) -> List[Row]:
    return [(r["id"], r.get("name"), r.get("email"), 1 if r.get("isdisabled") else 0)
            for r in tables("agents").values()]


# table -> (columns as (name, SQL type), rows from the store). The types decide the JSON type of a plain column:
# BIT columns come back as true/false, INTEGER and REAL as numbers, the rest as text.
TABLES: Dict[str, Tuple[Tuple[Tuple[str, str], ...], Callable[..., List[Row]]]] = {
    "FAULTS": ((("faultid", "INTEGER"), ("symptom", _TEXT), ("symptom2", _TEXT), ("status", "INTEGER"),
                ("areaint", "INTEGER"), ("sitenumber", "INTEGER"), ("userid", "INTEGER"), ("username", _TEXT),
                ("assignedtoint", "INTEGER"), ("clearwhoint", "INTEGER"), ("dateoccured", "DATETIME"),
                ("datecleared", "DATETIME"), ("requesttypenew", "INTEGER"), ("seriousness", "INTEGER"),
                ("sectio_", _TEXT), ("slaid", "INTEGER"), ("fixbydate", "DATETIME"),
                ("respondbydate", "DATETIME"), ("fdeleted", "INTEGER"), ("fmergedintofaultid", "INTEGER"),
                ("slastate", _TEXT)), _faults),
    "ACTIONS": ((("faultid", "INTEGER"), ("actionnumber", "INTEGER"), ("whoagentid", "INTEGER"),
                 ("timetaken", "REAL"), ("actiondatecreated", "DATETIME"), ("note", _TEXT),
                 ("outcome", _TEXT)), _actions),
    "AREA": ((("aarea", "INTEGER"), ("aareadesc", _TEXT)), _rows("clients", "id", "name")),
    "SITE": ((("ssitenum", "INTEGER"), ("sdesc", _TEXT), ("sarea", "INTEGER")),
             _rows("sites", "id", "name", "client_id")),
    "USERS": ((("uid", "INTEGER"), ("uusername", _TEXT), ("usite", "INTEGER"), ("uemail", _TEXT)),
              _rows("users", "id", "name", "site_id", "emailaddress")),
    "UNAME": ((("unum", "INTEGER"), ("uname", _TEXT), ("uemail", _TEXT), ("uisdisabled", "BIT")), _agents),
    "TSTATUS": ((("tstatus", "INTEGER"), ("tstatusdesc", _TEXT)), _rows("statuses", "id", "name")),
    "REQUESTTYPE": ((("rtid", "INTEGER"), ("rtdesc", _TEXT), ("rtisproject", "BIT"), ("rtisopportunity", "BIT")),
                    _request_types),
}
_BY_LOWER = {name.lower(): name for name in TABLES}


# ------------------------------------------------------------------------------------------- date functions

_FAILURE = threading.local()  # SQLite hides what a Python function raised: the message is kept here


def _fail(message: str) -> SqlError:
    _FAILURE.message = message
    return SqlError(message)


def _parse(value: Any) -> Optional[datetime]:
    if value is None:
        return None
    if isinstance(value, (int, float)):  # SQL Server: a number is days since 1900-01-01
        return datetime(1900, 1, 1) + timedelta(days=float(value))
    text = str(value).strip().replace(" ", "T", 1)
    try:
        return datetime.fromisoformat(text[:26].rstrip("Z"))
    except ValueError:
        raise _fail("Conversion failed when converting date and/or time from character string.") from None


def _text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


_SECONDS = {"hour": 3600, "minute": 60, "second": 1}


def datediff(unit: str, start: Any, end: Any) -> Optional[int]:
    """SQL Server's DATEDIFF: the number of unit boundaries crossed between two dates (not elapsed units)."""
    a, b = _parse(start), _parse(end)
    if a is None or b is None:
        return None
    if unit == "year":
        return b.year - a.year
    if unit == "quarter":
        return (b.year * 4 + (b.month - 1) // 3) - (a.year * 4 + (a.month - 1) // 3)
    if unit == "month":
        return (b.year * 12 + b.month) - (a.year * 12 + a.month)
    if unit in ("day", "dayofyear", "weekday"):
        return b.toordinal() - a.toordinal()
    if unit == "week":  # weeks start on Sunday; ordinal 7 is a Sunday
        return b.toordinal() // 7 - a.toordinal() // 7
    if unit == "millisecond":
        return int((b - a).total_seconds() * 1000)
    size = _SECONDS[unit]
    return _epoch(b) // size - _epoch(a) // size


def _epoch(moment: datetime) -> int:
    return calendar.timegm(moment.timetuple())


def dateadd(unit: str, number: Any, value: Any) -> Optional[str]:
    moment = _parse(value)
    if moment is None or number is None:
        return None
    count = int(float(number))  # SQL Server truncates the number
    if unit in ("year", "quarter", "month"):
        months = count * {"year": 12, "quarter": 3, "month": 1}[unit]
        total = moment.year * 12 + moment.month - 1 + months
        year, month = divmod(total, 12)
        last_day = calendar.monthrange(year, month + 1)[1]
        return _text(moment.replace(year=year, month=month + 1, day=min(moment.day, last_day)))
    if unit == "week":
        return _text(moment + timedelta(days=7 * count))
    if unit in ("day", "dayofyear", "weekday"):
        return _text(moment + timedelta(days=count))
    if unit == "millisecond":
        return _text(moment + timedelta(milliseconds=count))
    return _text(moment + timedelta(seconds=count * _SECONDS[unit]))


def datepart(unit: str, value: Any) -> Optional[int]:
    moment = _parse(value)
    if moment is None:
        return None
    if unit == "quarter":
        return (moment.month - 1) // 3 + 1
    if unit == "dayofyear":
        return moment.timetuple().tm_yday
    if unit == "week":
        jan1 = moment.replace(month=1, day=1)
        return (moment.toordinal() // 7) - (jan1.toordinal() // 7) + 1
    if unit == "weekday":  # Sunday = 1 (SQL Server's default DATEFIRST 7)
        return moment.isoweekday() % 7 + 1
    if unit == "millisecond":
        return moment.microsecond // 1000
    part: int = getattr(moment, unit)  # year, month, day, hour, minute or second
    return part


def _as_datetime(value: Any) -> Optional[str]:
    moment = _parse(value)
    return None if moment is None else _text(moment)


def _as_date(value: Any) -> Optional[str]:
    moment = _parse(value)
    return None if moment is None else moment.strftime("%Y-%m-%d")


def _numeric(function: Callable[..., Any]) -> Callable[..., Any]:
    def call(*values: Any) -> Any:
        if any(v is None for v in values):
            return None
        return function(*(float(v) for v in values))

    return call


_UDFS: Tuple[Tuple[str, int, Callable[..., Any]], ...] = (
    ("halo_datediff", 3, datediff), ("halo_dateadd", 3, dateadd), ("halo_datepart", 2, datepart),
    ("halo_datetime", 1, _as_datetime), ("halo_date", 1, _as_date),
    ("halo_floor", 1, _numeric(lambda v: int(math.floor(v)))),
    ("halo_ceiling", 1, _numeric(lambda v: int(math.ceil(v)))),
    ("halo_power", 2, _numeric(lambda a, b: a ** b)), ("halo_sqrt", 1, _numeric(math.sqrt)),
    ("halo_reverse", 1, lambda v: None if v is None else str(v)[::-1]),
)


class _Average:
    """SQL Server's AVG: of whole numbers it is a whole number (truncated toward zero), of others a float."""

    def __init__(self) -> None:
        self.total: Any = 0
        self.count = 0
        self.whole = True

    def step(self, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, str):
            try:
                value = float(value) if any(c in value for c in ".eE") else int(value)
            except ValueError:
                raise _fail("Operand data type varchar is invalid for avg operator.") from None
        self.whole = self.whole and isinstance(value, int)
        self.total += value
        self.count += 1

    def inverse(self, value: Any) -> None:  # a window's row leaving the frame
        if value is not None:
            self.total -= float(value) if isinstance(value, str) else value
            self.count -= 1

    def value(self) -> Any:
        return self.finalize()

    def finalize(self) -> Any:
        if not self.count:
            return None
        if self.whole:
            return int(self.total / self.count) if abs(self.total) < 2 ** 52 else self.total // self.count
        return self.total / self.count


assert set(DATE_UNITS.values()) <= {"year", "quarter", "month", "dayofyear", "day", "week", "weekday", "hour",
                                    "minute", "second", "millisecond"}


# ------------------------------------------------------------------------------------------- the engine

class Result:
    """A report's columns (in select order) and rows (tuples), or its load error."""

    def __init__(self, columns: Sequence[str] = (), rows: Sequence[Row] = (), error: str = "") -> None:
        self.columns = list(columns)
        self.rows = list(rows)
        self.error = error


def _sqlite() -> Any:
    """sqlite3, imported when the first report runs (importing halopsa.testing stays light)."""
    import sqlite3  # noqa: PLC0415

    sqlite3.register_converter("BIT", _bit)  # used only where detect_types asks for it (here)
    return sqlite3


def _bit(raw: bytes) -> bool:
    return raw not in (b"0", b"")


# the authorizer's action codes a SELECT needs: SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE
_READ_ACTIONS = frozenset((21, 20, 31, 33))


class SqlEngine:
    """Halo's tables in an in-memory SQLite database, rebuilt when the store's data version moves on."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._db: Any = None
        self._version: Optional[int] = None
        self._building = False
        self._deadline = 0.0
        self._sqlite: Any = None

    def run(self, sql: str, now: str, period: Optional[Tuple[str, str, str]] = None) -> Result:
        """Run one T-SQL SELECT. ``period``: (date column, first, last): rows of every table holding that column
        are kept only when it falls between the two."""
        try:
            text = translate(sql, now, self._period_source(period))
        except SqlError as error:
            return Result(error=str(error))
        except Exception as error:  # noqa: BLE001 - a gap in the translation: say so rather than answer 500
            return Result(error=f"FakeHalo could not translate this SQL ({type(error).__name__}: {error}); the "
                                f"fake's T-SQL subset is in docs/testing.md.")
        with self._lock:
            db = self._database(now)
            self._deadline = time.monotonic() + QUERY_SECONDS
            _FAILURE.message = None
            try:
                cursor = db.execute(text)
                columns = [d[0] for d in cursor.description or ()]
                rows = cursor.fetchall()
            except self._sqlite.Error as error:
                return Result(error=_FAILURE.message or _sql_server_wording(str(error)))
            finally:
                self._deadline = 0.0
        return Result(columns, rows)

    def _period_source(self, period: Optional[Tuple[str, str, str]]) -> Callable[[str], Optional[str]]:
        if period is None:
            return lambda name: None
        field, first, last = period
        lowered = field.lower()
        holders = {table for table, (columns, _build) in TABLES.items()
                   if any(name == lowered for name, _type in columns)}
        if not holders:
            raise_error = f"Invalid column name '{field}'."

            def refuse(name: str) -> Optional[str]:
                raise SqlError(raise_error)

            return refuse

        def source(name: str) -> Optional[str]:
            table = _BY_LOWER.get(name.lower())
            if table not in holders:
                return None
            return f"SELECT * FROM {table} WHERE {lowered} >= '{first}' AND {lowered} <= '{last}'"

        return source

    def _database(self, now: str) -> Any:
        store = self.store
        with store.lock:
            version = store.version
            if self._db is not None and self._version == version:
                return self._db
            snapshot = {name: dict(store.table(name)) for name in
                        ("tickets", "actions", "clients", "sites", "users", "agents", "statuses", "ticket_types")}
        if self._db is not None:
            self._db.close()
        self._db = None
        sqlite3 = self._sqlite = _sqlite()
        db = sqlite3.connect(":memory:", check_same_thread=False, detect_types=sqlite3.PARSE_DECLTYPES)
        db.text_factory = str
        for name, count, function in _UDFS:
            db.create_function(name, count, function, deterministic=True)
        window = getattr(db, "create_window_function", None)  # Python 3.11+: AVG(...) OVER (...) too
        if window is not None:
            window("halo_avg", 1, _Average)
        else:
            db.create_aggregate("halo_avg", 1, _Average)
        self._building = True
        try:
            for table, (columns, build) in TABLES.items():
                db.execute(f"CREATE TABLE {table} ({', '.join(f'{n} {t}' for n, t in columns)})")
                db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})",
                               build(snapshot.__getitem__, now))
            db.execute("CREATE INDEX faults_area ON FAULTS (areaint)")
            db.execute("CREATE INDEX actions_fault ON ACTIONS (faultid)")
        finally:
            self._building = False
        db.set_authorizer(self._authorize)
        db.set_progress_handler(self._overdue, 20_000)
        self._db, self._version = db, version
        return db

    def _authorize(self, action: int, *args: Any) -> int:
        if self._building or action in _READ_ACTIONS:
            return 0  # SQLITE_OK
        return 1      # SQLITE_DENY

    def _overdue(self) -> int:
        return 1 if self._deadline and time.monotonic() > self._deadline else 0


def _sql_server_wording(message: str) -> str:
    """SQLite's error in SQL Server's words, where SQL Server has some."""
    def tail(prefix: str) -> str:
        return message[len(prefix):].strip()

    if message.startswith("no such column:"):
        return f"Invalid column name '{tail('no such column:').split('.')[-1]}'."
    if message.startswith("no such table:"):
        return f"Invalid object name '{tail('no such table:')}'."
    if message.startswith("ambiguous column name:"):
        return f"Ambiguous column name '{tail('ambiguous column name:').split('.')[-1]}'."
    if message.startswith("no such function:"):
        return f"'{tail('no such function:')}' is not a recognized built-in function name."
    if message.startswith("near ") and message.endswith(": syntax error"):
        return f"Incorrect syntax near '{message[5:-len(': syntax error')].strip(chr(34))}'."
    if message == "incomplete input":
        return "Incorrect syntax near the end of the statement."
    if message == "interrupted":
        return "Query timeout expired."
    if message.startswith("not authorized"):
        return "Reports are read-only: write a single SELECT."
    return message


# ------------------------------------------------------------------------------------------- the endpoints

class Reports:
    """``/api/Report`` as far as running reports goes; listing, saving and deleting stay generic."""

    def __init__(self, store: Any, switches: Any, parse_date: Callable[[str], Optional[str]],
                 reply: Callable[..., Any]) -> None:
        self.store = store
        self.switches = switches
        self.engine = SqlEngine(store)
        self._parse_date = parse_date
        self._reply = reply

    def answer(self, method: str, route: str, tail: List[str], params: Dict[str, str], body: Any) -> Any:
        """The reply to a report run, or None when the request is not one (the generic route answers it)."""
        if method == "GET" and route.endswith("/{id}") and params.get("loadreport", "").strip().lower() == "true":
            return self.load(tail[0], params)
        if method == "POST" and not route.endswith("/{id}") and isinstance(body, list) and any(
                isinstance(element, dict) and _truthy(element.get("_loadreportonly")) for element in body):
            return self.run_all(body)
        return None

    def _forbidden(self) -> Any:
        return self._reply(403, {"ClassName": "HaloForbiddenException",
                                 "Message": "The API application does not have permission to run reports "
                                            "(Reporting: edit:reporting)."})

    def _not_found(self, report_id: Any) -> Any:
        return self._reply(404, {"ClassName": "HaloNotFoundException",
                                 "Message": f"No AnalyzerProfile record with id {report_id} was found "
                                            f"(Report/{report_id})."})

    def load(self, raw_id: str, params: Dict[str, str]) -> Any:
        if not self.switches.reporting:
            return self._forbidden()
        saved = self.store.get("reports", raw_id) if raw_id.strip().lstrip("-").isdigit() else None
        if saved is None:
            return self._not_found(raw_id)
        asked = {name: params[name] for name in ("reportingperiodstartdate", "reportingperiodenddate",
                                                 "reportingperiod") if params.get(name, "").strip()}
        return self._reply(200, self._result(saved, asked))

    def run_all(self, body: List[Any]) -> Any:
        if not self.switches.reporting:
            return self._forbidden()
        results = []
        for element in body:
            if not isinstance(element, dict):
                continue
            saved: Record = {}
            report_id = element.get("id")
            if report_id not in (None, 0, "0", ""):
                found = self.store.get("reports", report_id)
                if found is None:
                    return self._not_found(report_id)
                saved = found
            results.append(self._result(saved, element))
        if self.switches.report_reply == "array":
            return self._reply(200, results)
        return self._reply(200, results[0] if results else {})

    def _result(self, saved: Record, asked: Record) -> Record:
        """A report profile with its ``report`` (rows, load_error, loaded) and ``columns``."""
        profile: Record = {**saved, **{k: v for k, v in asked.items() if not k.startswith("_")}}
        if not str(asked.get("sql") or "").strip():
            profile["sql"] = saved.get("sql") or ""
        profile.setdefault("id", 0)
        result = self._execute(profile)
        rows: List[Record] = []
        if not result.error:
            rows = _objects(result.columns, result.rows, self.switches.report_values == "strings")
            try:
                rows = _filtered(rows, profile.get("filters"))
            except SqlError as error:
                result, rows = Result(error=str(error)), []
        names = _unique(result.columns) if not result.error else []
        profile["columns"] = [{"id": n, "name": name, "sequence": n} for n, name in enumerate(names, start=1)]
        profile["report"] = {"loaded": not result.error, "load_error": result.error, "rows": rows,
                             "chart_labels": [], "chart_dataset": []}
        return profile

    def _execute(self, profile: Record) -> Result:
        sql = str(profile.get("sql") or "")
        if not sql.strip():
            return Result(error="The report has no SQL to run.")
        period = None
        start, end = profile.get("reportingperiodstartdate"), profile.get("reportingperiodenddate")
        if start or end:
            field = str(profile.get("reportingperioddatefield") or "").strip()
            if not field:
                return Result(error="A reporting period needs reportingperioddatefield, the date column it "
                                    "applies to.")
            first = self._bound(start, "0001-01-01T00:00:00", "T00:00:00")
            last = self._bound(end, "9999-12-31T23:59:59", "T23:59:59")
            if first is None or last is None:
                return Result(error="Conversion failed when converting date and/or time from character string.")
            period = (field, first, last)
        try:
            return self.engine.run(sql, _demo.iso(time.time()), period)
        except SqlError as error:
            return Result(error=str(error))

    def _bound(self, value: Any, default: str, day_time: str) -> Optional[str]:
        if value in (None, ""):
            return default
        text = str(value).strip()
        if len(text) == 10:  # a bare date: the whole day
            text += day_time
        return self._parse_date(text)


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() == "true") or value == 1


def _unique(columns: Sequence[str]) -> List[str]:
    """Column names as ADO.NET's DataTable keeps them: a repeated name gets 1, 2, ... appended."""
    seen: Dict[str, int] = {}
    out = []
    for name in columns:
        key = name.lower()
        if key in seen:
            seen[key] += 1
            name = f"{name}{seen[key]}"
        else:
            seen[key] = 0
        out.append(name)
    return out


def _objects(columns: Sequence[str], rows: Sequence[Row], as_strings: bool) -> List[Record]:
    names = _unique(columns)
    if not as_strings:
        return [dict(zip(names, row)) for row in rows]
    return [dict(zip(names, (_string(value) for value in row))) for row in rows]


def _string(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, bool):
        return "True" if value else "False"  # .NET's ToString()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _filtered(rows: List[Record], filters: Any) -> List[Record]:
    """The fake's reading of a report's ``filters``: each ``{"fieldname", "stringruletext" | "numericvalue"}``
    keeps the rows whose column of that name equals the value (text compared case-insensitively)."""
    if not isinstance(filters, list):
        return rows
    for rule in filters:
        if not isinstance(rule, dict) or not rule.get("fieldname"):
            continue
        field = str(rule["fieldname"])
        if rows and not any(key.lower() == field.lower() for key in rows[0]):
            raise SqlError(f"Invalid column name '{field}'.")
        if rule.get("stringruletext") not in (None, ""):
            wanted = str(rule["stringruletext"]).lower()
            rows = [r for r in rows if str(_value(r, field)).lower() == wanted]
        elif rule.get("numericvalue") is not None:
            number = _number(rule["numericvalue"])
            if number is None:
                raise SqlError(f"Error converting data type nvarchar to float ({rule['numericvalue']!r}).")
            rows = [r for r in rows if _number(_value(r, field)) == number]
    return rows


def _value(row: Record, field: str) -> Any:
    lowered = field.lower()
    return next((value for key, value in row.items() if key.lower() == lowered), None)


def _number(value: Any) -> Optional[float]:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
