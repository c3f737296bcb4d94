"""Turning command-line text into the values the SDK takes: JSON bodies, ``--set`` values, ``--where`` values."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .._encoding import json_object
from ._errors import UsageError

__all__ = ["read_json", "json_or_text", "where_lookups", "split_names", "JSON_EXAMPLE"]

JSON_EXAMPLE = '\'{"summary": "Printer jammed"}\''
_TEXT_LOOKUPS = frozenset({"contains", "icontains", "startswith", "istartswith", "endswith", "iendswith",
                           "regex", "iregex"})
_TRUE, _FALSE = ("true", "yes", "1"), ("false", "no", "0")


def read_json(argument: str, option: str = "--data") -> Any:
    """``--data`` text: inline JSON, ``@file.json`` or ``-`` (standard input)."""
    if argument == "-":
        source, where = sys.stdin.read(), "the JSON on standard input"
    elif argument.startswith("@"):
        path = argument[1:]
        try:
            with open(path, encoding="utf-8") as handle:
                source = handle.read()
        except OSError as error:
            raise UsageError(f"cannot read {path} ({option} @{path}): {error.strerror or error}") from None
        where = f"the JSON in {path}"
    else:
        source, where = argument, f"{option}"
    try:
        return json.loads(source, parse_constant=_no_constant)
    except _NotJSONNumber as error:
        raise UsageError(f"{where} holds {error}, which is not a JSON number (Python writes it; Halo "
                         "cannot read it); give a number or null") from None
    except ValueError as error:
        detail = f"{error.msg} at line {error.lineno}, column {error.colno}" if isinstance(
            error, json.JSONDecodeError) else str(error)
        raise UsageError(f"{where} is not valid JSON ({detail}); give an object such as {JSON_EXAMPLE}") from None


class _NotJSONNumber(Exception):
    """NaN, Infinity or -Infinity in JSON text: Python's json reads them, the JSON standard does not."""


def _no_constant(name: str) -> Any:
    raise _NotJSONNumber(name)


def read_json_object(argument: str, option: str = "--data") -> Dict[str, Any]:
    value = read_json(argument, option)
    mapping = json_object(value)
    if mapping is None:
        raise UsageError(f"{option} must be a JSON object such as {JSON_EXAMPLE}, not a {type(value).__name__}")
    return mapping


def json_or_text(text: str) -> Any:
    """``--set`` values: JSON when the text parses (5, true, null, "007", [1, 2]), else the text itself."""
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, _NotJSONNumber):  # NaN and Infinity are words here, not numbers
        return text


def split_names(text: Optional[str]) -> List[str]:
    """``"id, summary,client_name"`` -> ``["id", "summary", "client_name"]``."""
    return [name for name in re.split(r"[\s,]+", text or "") if name]


def _as_bool(key: str, text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise UsageError(f"--where {key}= takes true or false, not {text!r}")


def _guess(text: str) -> Any:
    """A value for a field of unknown type: a number, true/false/null, or the text."""
    word = text.strip()
    if re.fullmatch(r"-?\d+", word):
        return int(word)
    if re.fullmatch(r"-?\d+\.\d*", word):
        return float(word)
    if word in ("true", "false"):
        return word == "true"
    if word == "null":
        return None
    return text


def _typed(key: str, kind: Any, text: str) -> Any:
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"--where {key}= takes a whole number, not {text!r}") from None
    if kind is float:
        try:
            return float(text)
        except ValueError:
            raise UsageError(f"--where {key}= takes a number, not {text!r}") from None
    if kind is bool:
        return _as_bool(key, text)
    if kind is str or getattr(kind, "__name__", "") == "datetime":
        return text  # datetimes compare against ISO text (the lookups parse it)
    return _guess(text)


def where_lookups(pairs: Sequence[Tuple[str, str]], fields: Mapping[str, Any]) -> Dict[str, Any]:
    """``--where`` pairs -> ``where()`` keywords, each value converted to its field's declared type
    (``status_id=5`` compares as the number 5). ``fields`` is the model's ``_fields``."""
    lookups: Dict[str, Any] = {}
    for key, text in pairs:
        field, _, op = key.partition("__")
        kind = fields.get(field)
        if op in _TEXT_LOOKUPS:
            value: Any = text
        elif op == "isnull":
            value = _as_bool(key, text)
        elif op == "in":
            value = [_typed(key, kind, part.strip()) for part in text.split(",") if part.strip()]
        else:
            value = _typed(key, kind, text)
        lookups[key] = value
    return lookups
