"""``ReportRows``: the rows a report or an SQL query answers (``client.reports.sql()``, ``report.run()``).

A plain list of dicts with its columns beside it; it imports nothing of the package, so the models (``Report.run``)
and the managers (``client.reports``) can both name it."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

__all__ = ["ReportRows"]


class ReportRows(List[Dict[str, Any]]):
    """The rows of a report or an SQL query: a list of dicts, each in the columns' order, with the values as the
    server sent them (Halo may send numbers as text). ``columns`` names the columns in order, also when there is
    no row; ``report`` is the server's whole ``report`` object; ``sql`` the query, when there was one."""

    columns: List[str]
    report: Dict[str, Any]
    sql: Optional[str]

    def __init__(self, rows: Iterable[Dict[str, Any]], columns: Sequence[str], report: Mapping[str, Any],
                 sql: Optional[str] = None) -> None:
        super().__init__(rows)
        self.columns = list(columns)
        self.report = dict(report)
        self.sql = sql

    def __repr__(self) -> str:
        return f"<ReportRows {len(self)} row(s) x {len(self.columns)} column(s): {', '.join(self.columns[:8])}>"
