"""How records read on a screen, shared by the ``halo`` command line and the shell: the text of one table cell,
which fields a record shows, and cutting text to a width.

Only ``re`` (and ``json`` for an object in a cell) is imported: the CLI's start-up must stay fast, so tabulate,
yaml and the SDK are left to the callers.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing is not imported at run time (start-up speed)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, List, Mapping, Sequence, Tuple

__all__ = ["ISO_DATETIME", "cell_text", "csv_cell", "default_columns", "first_words", "fit_table", "fit_widths",
           "is_empty", "json_safe", "one_line", "record_fields", "truncate", "visible", "writes_any_text"]

# An ISO 8601 date and time as Halo sends it; a cell shows it to the minute ("2024-05-01 09:30").
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


# Characters a terminal obeys instead of showing: C0 controls but tab and newline (ESC starts colour, cursor and
# title sequences; CR returns over the line), DEL, C1 controls (U+009B is a one-character CSI), and the bidi
# marks, embeddings, overrides and isolates that reorder what follows them (U+202E shows "gpj.exe" as "exe.jpg").
HOSTILE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# The ones JSON leaves raw (it escapes every C0 control itself), and lone surrogates (what a server's escape \\ud800
# decodes to: no encoding can write one, so JSON output keeps it as the escape it came as).
_JSON_RAW_HOSTILE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: Any) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every character a terminal would obey written as its escape (``\\x1b``, ``\\u202e``), so
    data from the server is shown, never obeyed; tab and newline are kept."""
    return HOSTILE.sub(_escape, text)


def one_line(text: str) -> str:
    """``text`` on one line (runs of whitespace, newlines included, as one space) with its controls escaped:
    an error or warning line that quotes the server."""
    return visible(" ".join(text.split()))


def json_safe(text: str) -> str:
    """JSON text with the controls JSON leaves raw (DEL, C1, bidi marks) written as ``\\u009b`` escapes: the
    same data, and nothing in it a terminal obeys."""
    return _JSON_RAW_HOSTILE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def cell_text(value: Any) -> str:
    """One table cell on one line, controls escaped (``visible``): dates to the minute, lists joined (or counted
    when they hold objects), objects as compact JSON, booleans as ``true``/``false``, nothing for None."""
    return visible(_cell_text(value))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        match = ISO_DATETIME.match(value)
        return f"{match.group(1)} {match.group(2)}" if match else " ".join(value.split())
    if isinstance(value, list):
        items: List[Any] = value  # pyright: ignore[reportUnknownVariableType]
        if any(isinstance(item, (dict, list)) for item in items):
            return f"[{len(items)} item{'s' if len(items) != 1 else ''}]"
        return ", ".join(_cell_text(item) for item in items)
    if isinstance(value, dict):
        return _compact_json(value)
    from datetime import datetime

    if isinstance(value, datetime):  # (a model's parsed date) the same text as its wire form
        return value.strftime("%Y-%m-%d %H:%M")
    return " ".join(str(value).split())


def _compact_json(value: Any) -> str:
    import json

    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


# A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"); a number it would read as a number.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")


def csv_cell(value: Any, guard: bool = True) -> str:
    """One CSV cell: the value's text (objects as compact JSON, booleans as ``true``/``false``, nothing for
    None). With ``guard``, a text that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
    ``@``, tab or carriage return, and not a plain number) gets a leading ``'``; numbers are never changed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return _compact_json(value)
    text = str(value)
    if guard and isinstance(value, str) and text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def is_empty(value: Any) -> bool:
    """A field with nothing to show (None, "", [] or {}); 0 and False are values."""
    return value is None or value == "" or value == [] or value == {}


def record_fields(data: Mapping[str, Any], first: Sequence[str]) -> List[str]:
    """The fields one record shows: ``first`` (the resource's default columns) where present, then every other
    field that is not empty, in the record's order."""
    names = [name for name in first if name in data]
    shown = set(names)
    return names + [name for name in data if name not in shown and not is_empty(data[name])]


DEFAULT_COLUMN_COUNT = 6


def default_columns(first: Mapping[str, Any]) -> List[str]:
    """The columns of a listing whose resource has no hand-picked ones: ``id``, then the first row's fields that
    hold a number, a flag or a short text, in the server's order, up to DEFAULT_COLUMN_COUNT."""
    columns = ["id"] if "id" in first else []
    for name, value in first.items():
        if len(columns) >= DEFAULT_COLUMN_COUNT:
            break
        if name not in columns and not str(name).startswith("_") and (
                isinstance(value, (bool, int, float)) or (isinstance(value, str) and 0 < len(value) <= 40)):
            columns.append(name)
    return columns


def first_words(words: Sequence[str], width: int) -> str:
    """As many of ``words`` as fit in ``width`` characters, then how many more there are."""
    shown: List[str] = []
    for index, word in enumerate(words):
        rest = len(words) - index
        if len(" ".join(shown + [word])) + (len(f" (+{rest - 1} more)") if rest > 1 else 0) > width:
            return " ".join(shown) + f" (+{rest} more)"
        shown.append(word)
    return " ".join(shown)


def truncate(text: str, width: int, ellipsis: str = "...") -> str:
    """``text`` cut to ``width`` characters, ending in ``ellipsis`` when it was cut."""
    if len(text) <= width:
        return text
    if width <= len(ellipsis):
        return text[:width]
    return text[: width - len(ellipsis)] + ellipsis


COLUMN_GAP = 2      # spaces between table columns (tabulate's "simple" format)
MIN_COLUMN = 6      # a text column is never squeezed below this
HEADER_PADDING = 2  # tabulate's MIN_PADDING: it widens each column to its header plus this
# Cells that are cut nowhere: numbers (ids, counts, amounts), dates as cell_text writes them, and flags.
_WHOLE_CELL = re.compile(r"-?\d[\d,]*(\.\d+)?|\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|true|false")


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


def fit_table(headers: Sequence[str], cells: Sequence[Sequence[str]], width: int,
              ellipsis: str = "...") -> Tuple[List[str], List[List[str]]]:
    """(headers, cells) of a table cut to fit ``width`` characters (tabulate's "simple" format). Text columns
    give way first, the widest first, each down to MIN_COLUMN, their long cells ending in ``ellipsis``. Numbers
    and dates are never cut: when the text has given all it can, only the headers of their columns are (down to
    MIN_COLUMN characters and an ellipsis, never narrower than the column's values)."""
    count = range(len(headers))
    values = [max([0] + [len(row[i]) for row in cells]) for i in count]
    natural = [max(len(header) + HEADER_PADDING, values[i]) for i, header in enumerate(headers)]
    whole = [all(not row[i] or _WHOLE_CELL.fullmatch(row[i]) for row in cells) for i in count]
    text_first = [natural[i] if whole[i] else min(natural[i], MIN_COLUMN) for i in count]
    widths = fit_widths(natural, text_first, width)
    then_headers = [max(values[i], min(natural[i], MIN_COLUMN + HEADER_PADDING)) if whole[i] else text_first[i]
                    for i in count]
    widths = fit_widths(widths, then_headers, width)
    cut = [[truncate(text, widths[i], ellipsis) for i, text in enumerate(row)] for row in cells]
    # tabulate widens a column to its header plus HEADER_PADDING: a header longer than that is cut too
    shown = [truncate(header, max(1, widths[i] - HEADER_PADDING), ellipsis) for i, header in enumerate(headers)]
    return shown, cut


def writes_any_text(stream: Any) -> bool:
    """Whether ``stream`` can write every character: a UTF encoding, or text kept in memory (no encoding).
    An ``ascii`` or ``latin-1`` terminal cannot, so callers escape what it lacks instead of failing."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True
    return str(encoding).lower().replace("-", "").replace("_", "").startswith("utf")
