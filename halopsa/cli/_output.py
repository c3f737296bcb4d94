"""What ``halo`` prints: records as a table (fitted to the terminal), JSON, YAML or CSV.

JSON and YAML are the raw API data (``Model.to_dict()``), narrowed to ``--fields`` when given. Tables and CSV
show the ``--fields`` columns, or the resource's default columns from the registry. JSON, YAML and CSV
listings are written as the rows arrive, so ``--all`` on a large tenant does not hold every row in memory.

Data from the server is shown, never obeyed: tables and plain values escape every control character
(``\\x1b``, ``\\u202e``), terminal or not; JSON and YAML write the ones a terminal would obey as their own
escapes (the same data); CSV is exact when piped (escaped on a terminal) and guards cells a spreadsheet would
run as formulas unless told not to (``csv_guard``).
"""

from __future__ import annotations

import io
import json
import os
import shutil
from typing import IO, Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .._render import (COLUMN_GAP, HOSTILE, cell_text, csv_cell, fit_table, fit_widths, json_safe, record_fields,
                       truncate, visible, writes_any_text)

__all__ = ["Output", "ProgressBar", "clear_progress", "fit_widths", "cell_text", "color_wanted"]

_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


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

    def __init__(self, fmt: str, stream: IO[str], color: bool = False, width: Optional[int] = None,
                 csv_guard: bool = True) -> None:
        self.format = fmt
        self.stream = stream
        self.color = color
        self.csv_guard = csv_guard
        self.terminal = bool(getattr(stream, "isatty", None) and stream.isatty())
        # Tables are fitted to the terminal; piped output keeps every character.
        if width is None and self.terminal:
            width = shutil.get_terminal_size((100, 24)).columns
        self.width = width
        # A stream that cannot write every character (PYTHONIOENCODING=ascii, a latin-1 terminal) gets "...",
        # JSON with \u escapes and YAML with \x escapes: still valid, and nothing fails to encode.
        self.any_text = writes_any_text(stream)
        self.ellipsis = "\u2026" if self.any_text else "..."
        self._line_encoder: Optional[json.JSONEncoder] = None

    # -- results ------------------------------------------------------------------------------------------

    def records(self, rows: Iterable[Dict[str, Any]], columns: Sequence[str], narrow: bool) -> int:
        """A listing. ``rows`` are wire-form dicts; ``narrow`` keeps only ``columns`` in JSON and YAML
        (--fields was given). Returns the number of rows written."""
        if not columns:  # a family with no hand-picked columns: the first row's first few plain fields
            rows, columns = _columns_from_first(iter(rows))
        writer = {"json": self._json_rows, "yaml": self._yaml_rows, "csv": self._csv_rows,
                  "jsonl": self._jsonl_rows}.get(self.format)
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
        elif self.format == "jsonl":
            self._line(self._json_line(data))
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
        elif self.format == "jsonl":  # a list one element a line (a request's rows), anything else one line
            for item in data if isinstance(data, list) else [data]:
                self._line(self._json_line(item))
        elif self.format in ("table", "csv") and isinstance(data, (int, float, str)) and not isinstance(data, bool):
            self._line(visible(str(data)))
        else:
            self._line(self._json(data))

    def message(self, text: str, data: Dict[str, Any]) -> None:
        """A status line such as "deleted Ticket #12": the text in a table, ``data`` in the other formats."""
        if self.format == "table":
            self._line(visible(text))
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
        return json_safe(json.dumps(data, indent=2, ensure_ascii=not self.any_text, default=str))

    def _json_line(self, data: Any) -> str:
        return _json_safe_fast(self._encoded(data))

    def _jsonl_rows(self, rows: Iterator[Dict[str, Any]], columns: Sequence[str]) -> int:
        """One compact JSON object a line, written a page's worth at a time as the rows arrive: memory stays
        flat, and a run cut short (an error, Ctrl-C, SIGTERM) leaves whole lines, what was read included."""
        count = 0
        pending: List[str] = []
        try:
            for row in rows:
                pending.append(self._encoded(row))
                count += 1
                if len(pending) == JSONL_BATCH:
                    self._write_lines(pending)
        finally:
            if pending:
                self._write_lines(pending)
        return count

    def jsonl_pages(self, pages: Iterable[List[Dict[str, Any]]]) -> int:
        """``-o jsonl`` for a listing read a page at a time (``QuerySet._text_pages``): a row's JSON text as the
        server sent it is its line where it is what the encoder writes (``halopsa._json_text.KeptRows``), and
        each page is written (and flushed) at once, so that memory stays flat and a run cut short leaves whole
        lines. Returns the rows written."""
        from .._json_text import KeptRows

        count = 0
        for rows in pages:
            if not rows:
                continue
            chunk = rows.lines() if type(rows) is KeptRows else None
            # ASCII text is also what ensure_ascii writes (for a stream that cannot take every character)
            if chunk is None or not (self.any_text or chunk.isascii()):
                texts = rows.texts if type(rows) is KeptRows else [None] * len(rows)
                chunk = "\n".join(text if text is not None and (self.any_text or text.isascii())
                                  else self._encoded(row) for row, text in zip(rows, texts))
            self._write_chunk(chunk)
            count += len(rows)
        return count

    def _encoded(self, row: Dict[str, Any]) -> str:
        encoder = self._line_encoder
        if encoder is None:  # one encoder for every line (json.dumps with options builds one a call)
            encoder = self._line_encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=not self.any_text,
                                                            default=str)
        return encoder.encode(row)

    def _write_lines(self, lines: List[str]) -> None:
        self._write_chunk("\n".join(lines))
        lines.clear()

    def _write_chunk(self, lines: str) -> None:
        """JSON lines (no newline at the end), escaped as ``json_safe`` escapes them, written and flushed at once."""
        self.stream.write(_json_safe_fast(lines) + "\n")
        self.stream.flush()

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

        text = yaml.dump(data, Dumper=_yaml_dumper(), sort_keys=False, allow_unicode=self.any_text,
                         default_flow_style=False)
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

        # On a terminal a cell's controls are escaped as in a table; piped, the cells are the exact data. Rows end
        # in "\n", but a cell holding a carriage return is quoted as one holding "\n" is (a spreadsheet reads a
        # bare CR as the end of a row: "x\r=cmd..." would start a row with an unguarded formula): the writer
        # writes CRLF-terminated rows, whose CRLF becomes "\n".
        shown = visible if self.terminal else str
        line = io.StringIO()
        writer = csv.writer(line, lineterminator="\r\n")
        write = self.stream.write

        def row_out(cells: List[str]) -> None:
            writer.writerow(cells)
            write(line.getvalue()[:-2] + "\n")
            line.seek(0)
            line.truncate()

        row_out([shown(csv_cell(name, self.csv_guard)) for name in columns])
        count = 0
        for row in rows:
            row_out([shown(csv_cell(row.get(name), self.csv_guard)) for name in columns])
            count += 1
        return count

    def _table(self, rows: List[List[Any]], headers: List[str]) -> str:
        from tabulate import tabulate

        cells = [[cell_text(value) for value in row] for row in rows]
        headers = [cell_text(header) for header in headers]  # field names come from the server too
        if self.width:
            headers, cells = fit_table(headers, cells, self.width, self.ellipsis)
        table: str = tabulate(cells, headers=[self._bold(header) for header in headers], tablefmt="simple",
                              disable_numparse=True)
        return table

    def _pairs(self, pairs: List[Tuple[str, Any]]) -> str:
        from tabulate import tabulate

        if not pairs:
            return self._dim("(no fields)")
        pairs = [(cell_text(name), value) for name, value in pairs]
        key_width = max(len(name) for name, _ in pairs)
        value_width = max(20, self.width - key_width - COLUMN_GAP) if self.width else None
        rows = []
        for name, value in pairs:
            text = cell_text(value)
            rows.append([self._bold(name), truncate(text, value_width, self.ellipsis) if value_width else text])
        table: str = tabulate(rows, tablefmt="plain", disable_numparse=True)
        return table


_YAML_DUMPER: Any = None


def _json_safe_fast(text: str) -> str:
    """``json_safe(text)``, which changes only what JSON leaves raw beyond ASCII, and DEL: most text has neither."""
    return text if text.isascii() and "\x7f" not in text else json_safe(text)


JSONL_BATCH = 100  # lines written (and flushed) at once: a page of rows


def _yaml_dumper() -> Any:
    """yaml's SafeDumper, except that a text holding a character a terminal obeys (``HOSTILE``) is written
    double-quoted with every non-ASCII character escaped (``"\\e[2J"``, ``"\\u202E"``). Plain yaml writes bidi
    marks and U+0085 raw whenever it may write Unicode."""
    global _YAML_DUMPER
    if _YAML_DUMPER is None:
        import yaml

        # PyYAML is untyped unless types-PyYAML is installed: then the ignore is unused, which is no error either
        class SafeTextDumper(yaml.SafeDumper):  # type: ignore[misc,unused-ignore]
            allow_unicode: Optional[bool]  # set by yaml's Emitter

            def analyze_scalar(self, scalar: str) -> Any:
                return self._ascii_only(scalar, super().analyze_scalar, scalar)

            def write_double_quoted(self, text: str, split: bool = True) -> None:
                self._ascii_only(text, super().write_double_quoted, text, split)

            def _ascii_only(self, text: str, write: Any, *args: Any) -> Any:
                if not HOSTILE.search(text):
                    return write(*args)
                allow_unicode = self.allow_unicode
                self.allow_unicode = False
                try:
                    return write(*args)
                finally:
                    self.allow_unicode = allow_unicode

        _YAML_DUMPER = SafeTextDumper
    return _YAML_DUMPER


def _narrowed(row: Dict[str, Any], columns: Sequence[str]) -> Dict[str, Any]:
    return {name: row.get(name) for name in columns}
