"""What ``halo`` prints: records as a table (fitted to the terminal), JSON, YAML or CSV.

JSON and YAML are the raw API data (``Model.to_dict()``), narrowed to ``--fields`` when given. Tables and CSV
show the ``--fields`` columns, or the resource's default columns from the registry. JSON, YAML and CSV
listings are written as the rows arrive, so ``--all`` on a large tenant does not hold every row in memory.
"""

from __future__ import annotations

import json
import os
import shutil
from typing import IO, Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .._render import cell_text, record_fields, truncate, writes_any_text

__all__ = ["Output", "ProgressBar", "clear_progress", "fit_widths", "cell_text", "color_wanted"]

_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
COLUMN_GAP = 2      # spaces between table columns (tabulate's "simple" format)
MIN_COLUMN = 6      # a column is never squeezed below this (or its header, if shorter)
HEADER_PADDING = 2  # tabulate's MIN_PADDING: it widens each column to its header plus this


def color_wanted(stream: IO[str], no_color: bool) -> bool:
    """Colour only on a terminal, and never with --no-color or a non-empty NO_COLOR (no-color.org)."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressBar:
    """One line on a terminal's stderr, redrawn in place. While it is drawn, ``clear_progress()`` (called before
    every other write to stderr: notes, warnings, errors, --debug lines) erases it first."""

    active: "Optional[ProgressBar]" = None

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.shown = False
        self.line = ""  # the line last drawn

    def draw(self, line: str) -> None:
        self.line = line
        self.stream.write("\r" + line)
        self.stream.flush()
        self.shown = True
        ProgressBar.active = self

    def clear(self) -> None:
        if ProgressBar.active is self:
            ProgressBar.active = None
        if self.shown:
            self.shown = False
            try:
                self.stream.write("\r\033[K")
                self.stream.flush()
            except (OSError, ValueError):  # stderr gone
                pass


def clear_progress() -> None:
    """Erase the progress bar if one is on the screen (before anything else is written to stderr)."""
    if ProgressBar.active is not None:
        ProgressBar.active.clear()


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    return str(value)


def fit_widths(natural: Sequence[int], minimum: Sequence[int], width: int, gap: int = COLUMN_GAP) -> List[int]:
    """Column widths that fit ``width`` characters: the widest columns give way first, none below its minimum
    (a table whose minimums do not fit is left at its minimums and wraps in the terminal)."""
    widths = list(natural)
    excess = sum(widths) + gap * max(0, len(widths) - 1) - width
    while excess > 0:
        shrinkable = [i for i, w in enumerate(widths) if w > minimum[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        others = [widths[i] for i in shrinkable if i != widest]
        # shrink the widest down to the next widest (or by the excess), whichever is less
        step = min(excess, widths[widest] - max(max(others, default=0), minimum[widest]) or 1)
        widths[widest] -= step
        excess -= step
    return widths


def _columns_from_first(rows: Iterator[Dict[str, Any]]) -> Tuple[Iterator[Dict[str, Any]], List[str]]:
    """(the same rows, the default columns of the first: see ``default_columns``); no rows, no columns."""
    import itertools

    from .._render import default_columns

    first = next(rows, None)
    if first is None:
        return iter(()), []
    return itertools.chain([first], rows), default_columns(first)


class Output:
    """Renders results in one format to one stream."""

    def __init__(self, fmt: str, stream: IO[str], color: bool = False, width: Optional[int] = None) -> None:
        self.format = fmt
        self.stream = stream
        self.color = color
        # Tables are fitted to the terminal; piped output keeps every character.
        if width is None and getattr(stream, "isatty", None) and stream.isatty():
            width = shutil.get_terminal_size((100, 24)).columns
        self.width = width
        # A stream that cannot write every character (PYTHONIOENCODING=ascii, a latin-1 terminal) gets "...",
        # JSON with \u escapes and YAML with \x escapes: still valid, and nothing fails to encode.
        self.any_text = writes_any_text(stream)
        self.ellipsis = "\u2026" if self.any_text else "..."

    # -- results ------------------------------------------------------------------------------------------

    def records(self, rows: Iterable[Dict[str, Any]], columns: Sequence[str], narrow: bool) -> int:
        """A listing. ``rows`` are wire-form dicts; ``narrow`` keeps only ``columns`` in JSON and YAML
        (--fields was given). Returns the number of rows written."""
        if not columns:  # a family with no hand-picked columns: the first row's first few plain fields
            rows, columns = _columns_from_first(iter(rows))
        writer = {"json": self._json_rows, "yaml": self._yaml_rows, "csv": self._csv_rows}.get(self.format)
        if writer is not None:
            return writer((_narrowed(row, columns) if narrow else row for row in rows), columns)
        rows = list(rows)
        if not rows:
            self._line(self._dim("(no records)"))
            return 0
        self._line(self._table([[row.get(name) for name in columns] for row in rows], list(columns)))
        return len(rows)

    def record(self, data: Dict[str, Any], first: Sequence[str], fields: Optional[Sequence[str]]) -> None:
        """One record: field/value pairs in a table (``first`` leads, empty fields are left out unless named
        in ``fields``); JSON, YAML and CSV get the wire form."""
        if fields:
            data = _narrowed(data, fields)
        if self.format == "json":
            self._line(self._json(data))
        elif self.format == "yaml":
            self._yaml(data)
        elif self.format == "csv":
            self._csv_rows([data], list(fields or data))
        else:
            names = list(fields) if fields else record_fields(data, first)
            self._line(self._pairs([(name, data.get(name)) for name in names]))

    def value(self, data: Any) -> None:
        """Any JSON value (``halo request``, ``count``): YAML when asked for, JSON otherwise; a table shows a
        plain number or text as it is."""
        if self.format == "yaml":
            self._yaml(data)
        elif self.format in ("table", "csv") and isinstance(data, (int, float, str)) and not isinstance(data, bool):
            self._line(str(data))
        else:
            self._line(self._json(data))

    def message(self, text: str, data: Dict[str, Any]) -> None:
        """A status line such as "deleted Ticket #12": the text in a table, ``data`` in the other formats."""
        if self.format == "table":
            self._line(text)
        else:
            self.value(data)

    # -- formats ------------------------------------------------------------------------------------------

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")

    def _dim(self, text: str) -> str:
        return f"{_DIM}{text}{_RESET}" if self.color else text

    def _bold(self, text: str) -> str:
        return f"{_BOLD}{text}{_RESET}" if self.color else text

    def _json(self, data: Any) -> str:
        return json.dumps(data, indent=2, ensure_ascii=not self.any_text, default=str)

    def _json_rows(self, rows: Iterator[Dict[str, Any]], columns: Sequence[str]) -> int:
        count = 0
        for row in rows:
            text = self._json(row).replace("\n", "\n  ")
            self.stream.write(("[\n  " if count == 0 else ",\n  ") + text)
            count += 1
        self.stream.write("\n]\n" if count else "[]\n")
        return count

    def _yaml(self, data: Any) -> None:
        import yaml

        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=self.any_text, default_flow_style=False)
        if text.endswith("\n...\n"):  # a lone scalar (`count -o yaml`): the document-end marker is noise
            text = text[:-4]
        self.stream.write(text)

    def _yaml_rows(self, rows: Iterator[Dict[str, Any]], columns: Sequence[str]) -> int:
        count = 0
        for row in rows:
            self._yaml([row])  # "- key: value" items: concatenated, they are one YAML list
            count += 1
        if not count:
            self._line("[]")
        return count

    def _csv_rows(self, rows: Iterable[Dict[str, Any]], columns: Sequence[str]) -> int:
        import csv

        writer = csv.writer(self.stream, lineterminator="\n")
        writer.writerow(list(columns))
        count = 0
        for row in rows:
            writer.writerow([_csv_text(row.get(name)) for name in columns])
            count += 1
        return count

    def _table(self, rows: List[List[Any]], headers: List[str]) -> str:
        from tabulate import tabulate

        cells = [[cell_text(value) for value in row] for row in rows]
        if self.width:
            # tabulate pads every header by HEADER_PADDING, so a column is never narrower than that
            natural = [max([len(header) + HEADER_PADDING] + [len(row[i]) for row in cells])
                       for i, header in enumerate(headers)]
            minimum = [min(natural[i], max(len(header) + HEADER_PADDING, MIN_COLUMN))
                       for i, header in enumerate(headers)]
            widths = fit_widths(natural, minimum, self.width)
            cells = [[truncate(text, widths[i], self.ellipsis) for i, text in enumerate(row)] for row in cells]
            headers = [truncate(header, widths[i], self.ellipsis) for i, header in enumerate(headers)]
        return tabulate(cells, headers=[self._bold(header) for header in headers], tablefmt="simple",
                        disable_numparse=True)

    def _pairs(self, pairs: List[Tuple[str, Any]]) -> str:
        from tabulate import tabulate

        if not pairs:
            return self._dim("(no fields)")
        key_width = max(len(name) for name, _ in pairs)
        value_width = max(20, self.width - key_width - COLUMN_GAP) if self.width else None
        rows = []
        for name, value in pairs:
            text = cell_text(value)
            rows.append([self._bold(name), truncate(text, value_width, self.ellipsis) if value_width else text])
        return tabulate(rows, tablefmt="plain", disable_numparse=True)


def _narrowed(row: Dict[str, Any], columns: Sequence[str]) -> Dict[str, Any]:
    return {name: row.get(name) for name in columns}
