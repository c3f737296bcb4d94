"""What the shell prints: ``show()`` tables, one-line errors and trimmed tracebacks."""

from __future__ import annotations

import itertools
import re
import sys
import traceback
from typing import Any, Iterable, List, Mapping, Optional, Sequence, TextIO, Tuple, Union

from .._render import cell_text, default_columns, fit_table, one_line, record_fields, truncate, visible
from ..client import AsyncResourceManager, Page, ResourceManager
from ..exceptions import HaloError, HaloQueryError
from ..models import Model
from ..query.queryset import QuerySet
from ..resources import REGISTRY

__all__ = ["show", "error_name", "error_line", "format_traceback", "print_error", "CELL_WIDTH"]

CELL_WIDTH = 48  # characters a table cell keeps; longer text ends in "..."
# Frames of these files sit between the user's line and the SDK; a traceback starts after them.
_SHELL_FILES = ("halopsa/shell/", "/ptpython/")

FieldsArg = Union[None, str, Sequence[str]]


def show(obj: Any, fields: FieldsArg = None, limit: int = 20, file: Optional[TextIO] = None) -> None:
    """Print a record, a QuerySet, a manager, a page or a list as a table.

    ``show(tickets.filter(open_only=True))`` prints at most ``limit`` rows, read with one request (a slice;
    client-side ``where()`` lookups may need more pages to find them);
    ``show(tickets.get(12))`` prints one record field by field. ``fields`` picks the columns (a list, or one
    string like ``"id summary client_name"``); the default is the resource's usual columns.
    """
    out = file if file is not None else sys.stdout
    width = _terminal_width(out)
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise HaloQueryError("show() takes limit= as a whole number of 1 or more, e.g. show(tickets.all(), limit=50)")
    names = _field_names(fields)
    if isinstance(obj, (ResourceManager, AsyncResourceManager)):
        obj = obj.all()
    if isinstance(obj, Model):
        out.write(_record_table(obj, names, width) + "\n")
    elif isinstance(obj, Mapping):
        out.write(_pairs_table(list(obj.items()), width) + "\n")
    elif isinstance(obj, QuerySet):
        rows = list(obj[: limit + 1])  # one request; the extra row tells whether there are more
        out.write(_rows_table(rows[:limit], names, obj.resource.columns, width) + "\n")
        if len(rows) > limit:
            out.write(f"(first {limit} rows; show(..., limit={max(limit * 5, 100)}) shows more, "
                      ".count() counts them)\n")
    elif isinstance(obj, (Page, list, tuple)) or _is_iterable(obj):
        items = obj.items if isinstance(obj, Page) else obj
        rows = list(itertools.islice(iter(items), limit + 1))
        out.write(_rows_table(rows[:limit], names, None, width) + "\n")
        if len(rows) > limit:
            out.write(f"(first {limit} rows; show(..., limit={max(limit * 5, 100)}) shows more)\n")
    else:
        out.write(_cell(obj, width=10_000) + "\n")


def _terminal_width(out: Any) -> Optional[int]:
    """The width tables are fitted to: the terminal's, when ``out`` is one; None (cells cut at CELL_WIDTH only)
    otherwise."""
    try:
        if not out.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def _is_iterable(obj: Any) -> bool:
    if isinstance(obj, (str, bytes, bytearray)):
        return False
    try:
        iter(obj)
    except TypeError:
        return False
    return True


def _field_names(fields: FieldsArg) -> Optional[List[str]]:
    if fields is None:
        return None
    if isinstance(fields, str):
        return [name for name in re.split(r"[\s,]+", fields) if name]
    return [str(name) for name in fields]


def _default_columns(record: Model) -> Tuple[str, ...]:
    """The resource's hand-picked columns; for a family with none, those the CLI shows (``default_columns``)."""
    resource = REGISTRY.get(type(record).resource_name)
    if resource is not None and resource.columns:
        return resource.columns
    return tuple(default_columns(record.to_dict()))


def _rows_table(rows: List[Any], names: Optional[List[str]], columns: Optional[Sequence[str]],
                width: Optional[int] = None) -> str:
    """A "simple" table of the rows, fitted to ``width`` characters when given (see ``fit_table``)."""
    from tabulate import tabulate

    if not rows:
        return "(no rows)"
    first = rows[0]
    if names is None:
        if isinstance(first, Model):
            names = list(columns or _default_columns(first))
        elif isinstance(first, Mapping):
            names = list(dict.fromkeys(key for row in rows if isinstance(row, Mapping) for key in row))
    if names is None:  # tuples (values_list) or plain values
        table = [[_cell(value) for value in (row if isinstance(row, (tuple, list)) else (row,))] for row in rows]
        if width and len({len(row) for row in table}) == 1:
            _, table = fit_table([""] * len(table[0]), table, width)
        text: str = tabulate(table, tablefmt="simple", disable_numparse=True)
        return text
    table = [[_cell(value) for value in _row_values(row, names)] for row in rows]
    headers = [cell_text(name) for name in names]
    if width:
        headers, table = fit_table(headers, table, width)
    text = tabulate(table, headers=headers, tablefmt="simple", disable_numparse=True)
    return text


def _row_values(row: Any, names: List[str]) -> List[Any]:
    if isinstance(row, Model):
        # The wire form, so a name like "client" reads the raw value instead of loading the related record.
        data = row.to_dict()
        return [data.get(name) for name in names]
    if isinstance(row, Mapping):
        return [row.get(name) for name in names]
    return [getattr(row, name, None) for name in names]


def _record_table(record: Model, names: Optional[List[str]], width: Optional[int] = None) -> str:
    data = record.to_dict()
    if names is None:
        names = record_fields(data, _default_columns(record))
    pairs = [(name, data.get(name)) for name in names]
    title = repr(record)
    if record.is_partial:
        title += "  (from a list: call .refresh() for every field)"
    return title + "\n" + _pairs_table(pairs, width)


PAIR_VALUE_WIDTH = 80  # characters a value of show(record) keeps (fewer when the terminal is narrower)


def _pairs_table(pairs: List[Tuple[Any, Any]], width: Optional[int] = None) -> str:
    from tabulate import tabulate

    if not pairs:
        return "(no fields)"
    keys = [cell_text(str(key)) for key, _ in pairs]
    value_width = PAIR_VALUE_WIDTH
    if width:  # the values give way to a narrow terminal, down to 20 characters
        value_width = min(value_width, max(20, width - max(len(key) for key in keys) - 2))
    text: str = tabulate([[key, _cell(value, width=value_width)] for key, (_, value) in zip(keys, pairs)],
                         tablefmt="plain", disable_numparse=True)
    return text


def _cell(value: Any, width: int = CELL_WIDTH) -> str:
    """A table cell, as the command line shows it; a record in a cell shows as its repr."""
    return truncate(repr(value) if isinstance(value, Model) else cell_text(value), width)


# -- errors ----------------------------------------------------------------------------------------------------

def error_name(exc: BaseException) -> str:
    """``HaloNotFoundError``, or ``Ticket.DoesNotExist`` for the per-model exceptions."""
    qualname = type(exc).__qualname__
    return qualname if "<" not in qualname else type(exc).__name__


def error_line(exc: BaseException) -> str:
    """The one line a HaloError prints as: ``HaloNotFoundError: GET /api/Tickets/9: 404 ...`` (what it quotes
    from the server with its control characters escaped)."""
    text = one_line(str(exc))
    return f"{error_name(exc)}: {text}" if text else error_name(exc)


def format_traceback(exc: BaseException) -> str:
    """The full traceback, starting at the user's code (the shell's own frames are left out)."""
    parts: List[str] = []
    for chained, note in _chain(exc):
        frames = _user_frames(traceback.extract_tb(chained.__traceback__))
        if isinstance(chained, SyntaxError) and all(_is_shell_frame(frame) for frame in frames):
            frames = []  # a line that does not compile: the line itself shows, not how the shell compiled it
        if frames:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_list(frames))
        parts.extend(visible(line) for line in traceback.format_exception_only(type(chained), chained))
        if note:
            parts.append(note)
    return "".join(parts)


def _chain(exc: BaseException) -> List[Tuple[BaseException, str]]:
    """The exception and the ones it was raised from or during, as Python prints them."""
    chain: List[Tuple[BaseException, str]] = []
    seen = set()
    current: Optional[BaseException] = exc
    note = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, note))
        if current.__cause__ is not None:
            note = "\nThe above exception was the direct cause of the following exception:\n\n"
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            note = "\nDuring handling of the above exception, another exception occurred:\n\n"
            current = current.__context__
        else:
            current = None
    # Oldest first, each followed by the sentence that joins it to the next (newer) one.
    return list(reversed(chain))


def _user_frames(frames: Iterable[traceback.FrameSummary]) -> List[traceback.FrameSummary]:
    """The frames from the user's code on (all of them when none is: a failure of the shell itself)."""
    frames = list(frames)
    for index, frame in enumerate(frames):
        if not _is_shell_frame(frame):
            return frames[index:]
    return frames


def _is_shell_frame(frame: traceback.FrameSummary) -> bool:
    filename = frame.filename.replace("\\", "/")
    return any(marker in filename for marker in _SHELL_FILES)


def print_error(exc: BaseException, debug: bool, file: TextIO) -> None:
    """One line for a HaloError; the trimmed traceback for anything else, or for everything with debug."""
    if isinstance(exc, HaloError) and not debug:
        file.write(error_line(exc) + "\n")
    else:
        file.write(format_traceback(exc))
    file.flush()

