"""How records read on a screen, shared by the ``halo`` command line and the shell: the text of one table cell,
which fields a record shows, and cutting text to a width.

Only ``re`` (and ``json`` for an object in a cell) is imported: the CLI's start-up must stay fast, so tabulate,
yaml and the SDK are left to the callers.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing is not imported at run time (start-up speed)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, List, Mapping, Sequence

__all__ = ["ISO_DATETIME", "cell_text", "default_columns", "first_words", "is_empty", "record_fields", "truncate",
           "writes_any_text"]

# An ISO 8601 date and time as Halo sends it; a cell shows it to the minute ("2024-05-01 09:30").
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def cell_text(value: Any) -> str:
    """One table cell on one line: dates to the minute, lists joined (or counted when they hold objects),
    objects as compact JSON, booleans as ``true``/``false``, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        match = ISO_DATETIME.match(value)
        return f"{match.group(1)} {match.group(2)}" if match else " ".join(value.split())
    if isinstance(value, list):
        if any(isinstance(item, (dict, list)) for item in value):
            return f"[{len(value)} item{'s' if len(value) != 1 else ''}]"
        return ", ".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    from datetime import datetime

    if isinstance(value, datetime):  # (a model's parsed date) the same text as its wire form
        return value.strftime("%Y-%m-%d %H:%M")
    return " ".join(str(value).split())


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


def writes_any_text(stream: Any) -> bool:
    """Whether ``stream`` can write every character: a UTF encoding, or text kept in memory (no encoding).
    An ``ascii`` or ``latin-1`` terminal cannot, so callers escape what it lacks instead of failing."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True
    return str(encoding).lower().replace("-", "").replace("_", "").startswith("utf")
