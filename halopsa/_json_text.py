"""A list reply decoded so that each row keeps its JSON text, for exports that write rows as JSON lines.

``loads_keeping_text(content)`` returns what ``json.loads(content)`` returns, except that the records of a list
(the reply itself when it is an array, or an array in its top-level object: ``{"record_count": .., "tickets":
[...]}``) are :class:`TextRow` dicts. A row's ``json_text`` is the server's own text of it when that text is, to
the character, what ``json.dumps(row, separators=(",", ":"), ensure_ascii=False)`` writes, and None otherwise
(a space or newline between tokens, an escape such as ``\\u00e9`` or ``\\/``, a number written as ``1e5`` or
``1.50``, a key given twice): writing ``json_text`` is then writing the row, without encoding it again.

The rows are decoded by the standard library's scanner one at a time, which costs about what decoding the whole
reply costs; telling whether their text is the one json writes costs a few searches of the text, in C, and a
look at each number with a fraction or an exponent: less than half of what encoding the rows again would.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union, cast

__all__ = ["TextRow", "as_encoded", "loads_keeping_text"]

_scan_string: Callable[[str, int], Tuple[str, int]] = getattr(json.decoder, "scanstring")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SPACE = " \t\n\r"
# Whitespace between tokens always touches a structural character (JSON's grammar allows it nowhere else); tab,
# CR and LF cannot stand inside a string at all, so only a space needs a closer look: is it inside a string?
_SPACE_BY_STRUCTURE = re.compile(r" (?:[{}\[\],:]|(?<=[{}\[\],:] ))")
_NEGATIVE_ZERO = re.compile(r"-0[,}\]]")


class TextRow(dict):  # type: ignore[type-arg]
    """A decoded record (a plain dict to every reader) that keeps its compact JSON text, or None."""

    __slots__ = ("json_text",)

    json_text: Optional[str]


class _Reader:
    """One reply's decoding: the standard library's scanner, noting each number that json would write otherwise
    (``1e5``, ``1.50``, ``0.30000000000000004000``: every token with a fraction or an exponent is looked at)."""

    def __init__(self) -> None:
        self.odd_numbers = 0
        decoder = json.JSONDecoder(parse_float=self._float)  # strict, as json.loads is
        self.scan_value: Callable[[str, int], Tuple[Any, int]] = getattr(decoder, "scan_once")

    def _float(self, token: str) -> float:
        value = float(token)
        if float.__repr__(value) != token:  # what json.dumps writes for a float
            self.odd_numbers += 1
        return value


def loads_keeping_text(content: Union[bytes, str]) -> Any:
    """``json.loads(content)``, with the records of a list reply as :class:`TextRow` (see the module)."""
    text = content.decode(json.detect_encoding(content), "surrogatepass") if isinstance(content, bytes) else content
    try:
        start = _WHITESPACE.match(text).end()  # type: ignore[union-attr]
        opening = text[start:start + 1]
        value: Any
        if opening == "[":
            value, end = _array(_Reader(), text, start)
        elif opening == "{":
            value, end = _object(_Reader(), text, start)
        else:
            return json.loads(content)
        if _WHITESPACE.match(text, end).end() == len(text):  # type: ignore[union-attr]
            return value
    except (ValueError, StopIteration, IndexError):
        pass
    return json.loads(content)  # whatever this reader does not take, json does as ever (errors included)


def _skip(text: str, index: int) -> int:
    return _WHITESPACE.match(text, index).end() if text[index] in _SPACE else index  # type: ignore[union-attr]


def _object(reader: _Reader, text: str, index: int) -> Tuple[Dict[str, Any], int]:
    """The top-level object at ``text[index]`` ("{"): an array among its values is read by ``_array``."""
    members: Dict[str, Any] = {}
    index = _skip(text, index + 1)
    if text[index] == "}":
        return members, index + 1
    while True:
        if text[index] != '"':
            raise ValueError("a name was expected")
        name, index = _scan_string(text, index + 1)
        index = _skip(text, index)
        if text[index] != ":":
            raise ValueError("':' was expected")
        index = _skip(text, index + 1)
        value, index = _array(reader, text, index) if text[index] == "[" else reader.scan_value(text, index)
        members[name] = value  # a name given twice keeps its first place and its last value, as json's
        index = _skip(text, index)
        if text[index] == "}":
            return members, index + 1
        if text[index] != ",":
            raise ValueError("',' or '}' was expected")
        index = _skip(text, index + 1)


def _array(reader: _Reader, text: str, index: int) -> Tuple[List[Any], int]:
    """The array at ``text[index]`` ("["), its objects as TextRow when every element is one. It is read whole
    first (one call of the scanner, as json.loads reads it); when its text is not json's own, it is read again an
    element at a time, so that the rows whose text is keep it."""
    numbers = reader.odd_numbers
    items, end = reader.scan_value(text, index)
    if not items or not all(type(item) is dict for item in items):
        return items, end
    inner = text[index + 1:end - 1]
    if reader.odd_numbers == numbers and inner.count("}") == len(items) and as_encoded(inner, items):
        # As many "}" as rows: each is a row's last character, and (no space anywhere) a "," follows it, then the
        # next row
        pieces = inner.split("}")
        return [_kept(row, (piece if position == 0 else piece[1:]) + "}")
                for position, (row, piece) in enumerate(zip(items, pieces))], end
    return _by_element(reader, text, index), end


def _by_element(reader: _Reader, text: str, index: int) -> List[Any]:
    """The objects of the array at ``text[index]``, read one at a time, each with its text where that is json's."""
    rows: List[Any] = []
    index = _skip(text, index + 1)
    while True:
        numbers = reader.odd_numbers
        row, end = reader.scan_value(text, index)
        own = text[index:end]
        rows.append(_kept(row, own if reader.odd_numbers == numbers and as_encoded(own, [row]) else None))
        index = _skip(text, end)
        if text[index] == "]":
            return rows
        index = _skip(text, index + 1)  # the ",": the whole array has been read once already


def _kept(row: Dict[str, Any], json_text: Optional[str]) -> "TextRow":
    kept = TextRow(row)
    kept.json_text = json_text
    return kept


def as_encoded(text: str, rows: Sequence[Dict[str, Any]]) -> bool:
    """Is ``text``, the JSON text of ``rows`` joined by commas (as read), exactly what json.dumps writes for them
    with ``separators=(",", ":")`` and ``ensure_ascii=False``? (Their numbers with a fraction or an exponent are
    the caller's to check: see ``_Reader``.)"""
    if "\\" in text or "\n" in text or "\r" in text or "\t" in text:
        return False  # an escape (json writes only some, and in its own way), or whitespace between tokens
    if _NEGATIVE_ZERO.search(text):
        return False  # -0 (json writes 0), or text in a string that looks like it: encoded, to be sure
    # With no backslash, every '"' begins or ends a string: a space after an even number of them is between tokens
    quotes, counted = 0, 0
    for space in _SPACE_BY_STRUCTURE.finditer(text):
        quotes += text.count('"', counted, space.start())
        counted = space.start()
        if quotes % 2 == 0:
            return False
    # Every '":' ends a name (or begins a string that starts with ":", which makes the count too high): as many
    # as the rows' names, nested objects' included, so no name was given twice (json keeps the last).
    names = sum(map(len, rows)) if text.count("{") == len(rows) else _count_names(rows)
    return text.count('":') == names


def _count_names(value: Any) -> int:
    """The names of every object in ``value``, nested ones included."""
    members: Optional[Dict[str, Any]] = cast(Any, value) if isinstance(value, dict) else None
    if members is not None:
        return len(members) + sum(_count_names(item) for item in members.values() if isinstance(item, (dict, list)))
    items: List[Any] = cast(Any, value)
    return sum(_count_names(item) for item in items if isinstance(item, (dict, list)))
