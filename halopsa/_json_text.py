"""A list reply decoded so that each row keeps its JSON text, for exports that write rows as JSON lines.

``loads_keeping_text(content)`` returns what ``json.loads(content)`` returns, except that a list of records (the
reply itself when it is an array, or an array in its top-level object: ``{"record_count": .., "tickets": [...]}``)
is a :class:`KeptRows`: a plain list of the plain dicts json builds, with ``texts`` beside it. A row's text is the
server's own text of it when that text is, to the character, what ``json.dumps(row, separators=(",", ":"),
ensure_ascii=False)`` writes, and None otherwise (a space or newline between tokens, an escape such as ``\\u00e9``
or ``\\/``, a number written as ``1e5`` or ``1.50``, a key given twice): writing the text is then writing the row,
without encoding it again.

The array is read by the standard library's scanner in one call, as json.loads reads it; telling whether its text
is the one json writes costs a few searches of the page's text, in C, and a look at each number with a fraction or
an exponent (once for each spelling). When it is, and no row holds an object, the page's text is its rows' lines
(``KeptRows.lines()``: one substitution). Otherwise each row is checked on its own (found by its "}", or, when rows
hold objects, by reading the array again an element at a time), until the first rows all fail: a server that
writes otherwise (spaces after its colons, decimals as ``1.50``) writes so throughout, and its rows are encoded
without more looking, so that such a page costs about what decoding and encoding it costs. The rows stay the dicts
json builds (no copy, nothing for the garbage collector to follow).
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, SupportsIndex, Tuple, Union, cast, overload

__all__ = ["KeptRows", "as_encoded", "loads_keeping_text"]

_scan_string: Callable[[str, int], Tuple[str, int]] = getattr(json.decoder, "scanstring")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SPACE = " \t\n\r"
# Whitespace between tokens always touches a structural character (JSON's grammar allows it nowhere else); tab,
# CR and LF cannot stand inside a string at all, so only a space needs a closer look: is it inside a string?
_SPACE_BY_STRUCTURE = re.compile(r" (?:[{}\[\],:]|(?<=[{}\[\],:] ))")
_NEGATIVE_ZERO = re.compile(r"-0(?=[,}\]])")  # (the lookahead form is the faster search)
_ROW_BOUNDARY = re.compile("},{")
_ROW_END = re.compile("}")


class KeptRows(List[Dict[str, Any]]):
    """The records of a list reply (a plain list of the dicts json builds), with their compact JSON texts:
    ``texts`` (a row's text, or None), and ``lines()``. A slice keeps the texts of its rows. The texts are those of
    the page as read: a list changed in place (or a row changed) no longer matches them, so build a new list."""

    __slots__ = ("_texts", "_joined")

    def __init__(self, rows: Sequence[Dict[str, Any]] = (), texts: Optional[Sequence[Optional[str]]] = None,
                 joined: Optional[str] = None) -> None:
        super().__init__(rows)
        self._texts: Optional[List[Optional[str]]] = list(texts) if texts is not None else None
        # every row's text, joined by commas, when no "}" stands in it but at the end of a row: the page as read
        self._joined = joined

    @property
    def texts(self) -> List[Optional[str]]:
        """Each row's JSON text where it is json's own, else None."""
        texts = self._texts
        if texts is None:
            if self._joined is None:
                nothing: List[Optional[str]] = [None] * len(self)
                texts = self._texts = nothing
            else:  # a "}" is the end of a row, and a "," follows it, then the next row
                pieces = [piece + "}" for piece in self._joined.split("},")]
                pieces[-1] = pieces[-1][:-1]  # the last row's "}" was not taken away by the split
                texts = self._texts = cast(List[Optional[str]], pieces)
        return texts

    def lines(self) -> Optional[str]:
        """The rows' texts, one a line (no newline at the end), when every row has its text; else None."""
        if self._joined is not None:
            return _ROW_BOUNDARY.sub("}\n{", self._joined)  # (faster than str.replace here)
        texts = self.texts
        return None if None in texts else "\n".join(cast(List[str], texts))

    @overload
    def __getitem__(self, index: SupportsIndex) -> Dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> "KeptRows": ...

    def __getitem__(self, index: Union[SupportsIndex, slice]) -> Union[Dict[str, Any], "KeptRows"]:
        if isinstance(index, slice):
            return KeptRows(super().__getitem__(index), self.texts[index])
        return super().__getitem__(index)


class _Reader:
    """One reply's decoding: the standard library's scanner, counting each number that json would write
    otherwise (``1e5``, ``1.50``, ``0.30000000000000004000``: every token with a fraction or an exponent is
    looked at, once for each spelling)."""

    def __init__(self) -> None:
        odd: List[str] = []
        self.odd = odd  # each number json would write otherwise, as spelt
        note, canonical = odd.append, float.__repr__
        seen: Dict[str, float] = {}  # the tokens found canonical, and their value
        known = seen.get

        def parse_float(token: str) -> float:
            value = known(token)
            if value is None:
                value = float(token)
                if canonical(value) == token:  # what json.dumps writes for a float
                    seen[token] = value
                else:
                    note(token)
            return value

        decoder = json.JSONDecoder(parse_float=parse_float)  # strict, as json.loads is
        self.scan_value: Callable[[str, int], Tuple[Any, int]] = getattr(decoder, "scan_once")


def loads_keeping_text(content: Union[bytes, bytearray, str]) -> Any:
    """``json.loads(content)``, with the records of a list reply as :class:`KeptRows` (see the module)."""
    text = content if isinstance(content, str) else content.decode(json.detect_encoding(content), "surrogatepass")
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
    """The array at ``text[index]`` ("["): a :class:`KeptRows` when every element is an object. It is read whole
    (one call of the scanner, as json.loads reads it) and its text checked once. When that text is not json's own,
    each row is checked on its own: found by its "}" when no row holds an object, else by reading the array again an
    element at a time."""
    odd = len(reader.odd)
    items, end = reader.scan_value(text, index)
    if not items or not all(type(item) is dict for item in items):
        return items, end
    inner = text[index + 1:end - 1]
    if inner.count("}") == len(items):  # every "}" ends a row
        if len(reader.odd) == odd and as_encoded(inner, items, flat=True):
            return KeptRows(items, joined=inner), end
        return KeptRows(items, _row_by_row(inner, items, reader.odd[odd:])), end
    return KeptRows(items, _by_element(reader, text, index, len(items))), end


# A page whose first rows all fail the check on their own is taken to be written otherwise throughout (a server
# that puts spaces after its colons, or writes its decimals 1.50): its other rows are encoded without a look.
_GIVE_UP = 8


def _given_up(texts: List[Optional[str]]) -> bool:
    """Have the page's first ``_GIVE_UP`` rows, just checked, all failed?"""
    return len(texts) == _GIVE_UP and not any(texts)


def _row_by_row(inner: str, rows: Sequence[Dict[str, Any]], odd_numbers: Sequence[str]) -> List[Optional[str]]:
    """Each row's text where it is json's own, for rows none of which holds an object (every "}" in ``inner``
    ends a row). A row holding a number json would write otherwise (``odd_numbers``, as spelt) anywhere in its text
    is not kept."""
    ends = [found.start() for found in _ROW_END.finditer(inner)]
    starts = [_WHITESPACE.match(inner).end()]  # type: ignore[union-attr]
    starts += [inner.find("{", row_end) for row_end in ends[:-1]]  # only "," and whitespace lie between rows
    unkept: Set[int] = set()
    for token in set(odd_numbers):
        at = inner.find(token)
        while at != -1:
            unkept.add(bisect.bisect_left(ends, at))
            at = inner.find(token, at + 1)
    texts: List[Optional[str]] = []
    for place, (row, start, row_end) in enumerate(zip(rows, starts, ends)):
        own = inner[start:row_end + 1]
        texts.append(own if place not in unkept and as_encoded(own, [row], flat=True) else None)
        if _given_up(texts):
            return texts + [None] * (len(rows) - _GIVE_UP)
    return texts


def _by_element(reader: _Reader, text: str, index: int, count: int) -> List[Optional[str]]:
    """The texts of the ``count`` objects of the array at ``text[index]``, read again one at a time, each text
    kept where it is json's."""
    scan, odd = reader.scan_value, reader.odd
    texts: List[Optional[str]] = []
    index = _skip(text, index + 1)
    while True:
        numbers = len(odd)
        row, end = scan(text, index)
        own = text[index:end]
        texts.append(own if len(odd) == numbers and as_encoded(own, [row]) else None)
        if _given_up(texts):
            return texts + [None] * (count - _GIVE_UP)
        index = _skip(text, end)
        if text[index] == "]":
            return texts
        index = _skip(text, index + 1)  # the ",": the whole array has been read once already


def as_encoded(text: str, rows: Sequence[Dict[str, Any]], flat: bool = False) -> bool:
    """Is ``text``, the JSON text of ``rows`` joined by commas (as read), exactly what json.dumps writes for them
    with ``separators=(",", ":")`` and ``ensure_ascii=False``? ``flat``: the caller knows that every "}" in
    ``text`` ends a row (so no row holds an object, and no string a "}"). (Their numbers with a fraction or an
    exponent are the caller's to check: see ``_Reader``.)"""
    if "\\" in text or "\n" in text or "\r" in text or "\t" in text:
        return False  # an escape (json writes only some, and in its own way), or whitespace between tokens
    if _NEGATIVE_ZERO.search(text):
        return False  # -0 (json writes 0), or text in a string that looks like it: encoded, to be sure
    # With no backslash, every '"' begins or ends a string: a space after an even number of them (counted from
    # the start, or from the end of the row before when every "}" ends one) is between tokens
    quotes, counted = 0, 0
    for space in _SPACE_BY_STRUCTURE.finditer(text):
        at = space.start()
        if flat:
            quotes, counted = 0, text.rfind("}", 0, at) + 1
        quotes += text.count('"', counted, at)
        counted = at
        if quotes % 2 == 0:
            return False
    # Every '":' ends a name (or begins a string that starts with ":", which makes the count too high): as many
    # as the rows' names, nested objects' included, so no name was given twice (json keeps the last).
    names = sum(map(len, rows)) if flat or text.count("{") == len(rows) else _count_names(rows)
    return text.count('":') == names


def _count_names(value: Any) -> int:
    """The names of every object in ``value``, nested ones included."""
    members: Optional[Dict[str, Any]] = cast(Any, value) if isinstance(value, dict) else None
    if members is not None:
        return len(members) + sum(_count_names(item) for item in members.values() if isinstance(item, (dict, list)))
    items: List[Any] = cast(Any, value)
    return sum(_count_names(item) for item in items if isinstance(item, (dict, list)))
