"""The T-SQL subset the fake's report engine answers, checked and translated to SQLite.

Halo runs report SQL on SQL Server. Public clients report what it refuses: more than one statement, a trailing
semicolon, ``--`` comments, ``DECLARE`` and variables; the fake also refuses every write, since reports are
read-only. What is left is translated token by token into SQLite over tables with Halo's names (``_reports``):

* ``TOP n`` -> ``LIMIT n`` at the end of its SELECT; ``GETDATE()`` -> the fake's clock as a literal;
* ``DATEDIFF``/``DATEADD``/``DATEPART`` -> functions that count SQL Server's boundaries (``_reports`` registers
  them); ``ISNULL`` -> ``IFNULL``; ``CAST``/``CONVERT`` by target type; ``LEN``, ``LEFT``, ``RIGHT``,
  ``SUBSTRING``, ``CHARINDEX``, ``CONCAT``, ``IIF``, ``STRING_AGG`` to their SQLite twins;
* ``[bracketed]`` names, ``N'...'`` strings, ``alias = expression`` select items, ``WITH (NOLOCK)`` hints;
* a select item that is neither a column nor aliased is named ``Column1``, ``Column2``, ... as ADO.NET names
  SQL Server's unnamed columns.

Errors are ``SqlError`` with SQL Server's wording where it has one ("Incorrect syntax near 'x'.").
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, NamedTuple, Optional, Sequence, Set, Tuple, Union, cast

__all__ = ["SqlError", "translate", "DATE_UNITS", "SUPPORTED_FUNCTIONS"]


class SqlError(Exception):
    """What the report answers in ``load_error``."""


class Token(NamedTuple):
    kind: str    # "word" (bare name or keyword), "name" ([x] or "x"), "str", "num", "op"
    text: str    # the source text (for "name" and "str": the value without quotes)


class Group(NamedTuple):
    """A parenthesised run of tokens."""

    items: List["Node"]


Node = Union[Token, Group]

_WORD = re.compile(r"[A-Za-z_#][A-Za-z0-9_#$@]*")
_NUMBER = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_OPERATORS = ("<>", "!=", ">=", "<=", "!<", "!>", "||", "=", "<", ">", "+", "-", "*", "/", "%", ",", ".", ";",
              "(", ")", "&", "|", "^", "~")
_DATE_TEXT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?$")

# Statements that change something: reports are read-only.
_WRITES = frozenset("""insert update delete drop exec execute create alter truncate merge grant revoke deny
    backup restore shutdown dbcc bulk openrowset opendatasource openquery waitfor use kill reconfigure into
    set declare""".split())
_SET_OPERATORS = frozenset(("union", "all", "except", "intersect"))
# Words after which "(" does not open a function call.
_KEYWORDS = frozenset("""select from where group by order having as on and or not in exists is null like between
    case when then else end join inner left right full outer cross union all except intersect distinct top
    with over partition asc desc values any some escape collate rows range preceding following unbounded
    current row percent ties offset fetch next only apply for""".split())
# Where a select list ends.
_LIST_END = frozenset(("from", "where", "group", "order", "having", "union", "except", "intersect", "into"))
# Where a FROM clause ends.
_FROM_END = frozenset(("where", "group", "order", "having", "union", "except", "intersect", "on", "for",
                       "option"))
_JOIN_WORDS = frozenset(("join", "from", "apply"))
_HINTS = frozenset(("nolock", "readuncommitted", "readcommitted", "holdlock", "updlock", "rowlock", "paglock",
                    "tablock", "nowait", "readpast", "index", "noexpand", "forceseek"))

DATE_UNITS: Dict[str, str] = {}  # every spelling of a datepart -> its name
for _part_name, _spellings in (("year", "year yy yyyy"), ("quarter", "quarter qq q"), ("month", "month mm m"),
                          ("dayofyear", "dayofyear dy y"), ("day", "day dd d"), ("week", "week wk ww"),
                          ("weekday", "weekday dw w"), ("hour", "hour hh"), ("minute", "minute mi n"),
                          ("second", "second ss s"), ("millisecond", "millisecond ms")):
    for _spelling in _spellings.split():
        DATE_UNITS[_spelling] = _part_name


# ------------------------------------------------------------------------------------------- tokens

def tokenize(sql: str) -> List[Token]:
    tokens: List[Token] = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c.isspace():
            i += 1
        elif sql.startswith("--", i):
            raise SqlError("Halo does not accept '--' comments in report SQL: use /* ... */ instead.")
        elif sql.startswith("/*", i):
            i = _skip_comment(sql, i)
        elif c in "'[\"" or (c in "Nn" and sql.startswith("'", i + 1)):  # 'text', N'text', [name], "name"
            close = {"[": "]", '"': '"'}.get(c, "'")
            text, i = _quoted(sql, i + (2 if c in "Nn" else 1), close)
            tokens.append(Token("str" if close == "'" else "name", text))
        elif c == "@":
            raise SqlError("Halo does not accept variables (@name) or DECLARE in report SQL.")
        elif c.isdigit() or (c == "." and i + 1 < n and sql[i + 1].isdigit()):
            match = _NUMBER.match(sql, i)
            assert match is not None
            tokens.append(Token("num", match.group()))
            i = match.end()
        elif c.isalpha() or c in "_#":
            match = _WORD.match(sql, i)
            assert match is not None
            tokens.append(Token("word", match.group()))
            i = match.end()
        else:
            op = next((op for op in _OPERATORS if sql.startswith(op, i)), None)
            if op is None:
                raise SqlError(f"Incorrect syntax near '{c}'.")
            tokens.append(Token("op", op))
            i += len(op)
    return tokens


def _skip_comment(sql: str, i: int) -> int:
    depth = 0
    while i < len(sql):  # T-SQL block comments nest
        if sql.startswith("/*", i):
            depth += 1
            i += 2
        elif sql.startswith("*/", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        else:
            i += 1
    raise SqlError("Missing end comment mark '*/'.")


def _quoted(sql: str, i: int, close: str) -> Tuple[str, int]:
    out: List[str] = []
    start = i
    while True:
        end = sql.find(close, i)
        if end < 0:
            raise SqlError(f"Unclosed quotation mark after the character string '{sql[start:start + 40]}'.")
        out.append(sql[i:end])
        if sql.startswith(close * 2, end):  # a doubled quote stands for one
            out.append(close)
            i = end + 2
            continue
        return "".join(out), end + 1


def _lower(node: Optional[Node]) -> str:
    return node.text.lower() if isinstance(node, Token) and node.kind == "word" else ""


def _is_op(node: Optional[Node], op: str) -> bool:
    return isinstance(node, Token) and node.kind == "op" and node.text == op


# ------------------------------------------------------------------------------------------- checks

def check(tokens: Sequence[Token]) -> None:
    """Refuse what Halo refuses: not one read-only SELECT statement."""
    if not tokens:
        raise SqlError("The report has no SQL to run.")
    for index, token in enumerate(tokens):
        if _is_op(token, ";"):
            if index == len(tokens) - 1:
                raise SqlError("Halo does not accept a trailing semicolon in report SQL: remove the ';'.")
            raise SqlError("Halo runs one statement per report: remove the ';' and everything after it.")
    for token in tokens:
        word = _lower(token)
        if word == "declare":
            raise SqlError("Halo does not accept DECLARE or variables in report SQL.")
        if word in _WRITES or word.startswith(("sp_", "xp_")):
            raise SqlError(f"Reports are read-only: '{token.text.upper()}' is not allowed; write a single SELECT.")
        if word in ("limit", "pragma", "attach", "vacuum") or _is_op(token, "||"):
            raise SqlError(f"Incorrect syntax near '{token.text}'.")
    first = _lower(tokens[0])
    if first not in ("select", "with"):
        raise SqlError(f"Incorrect syntax near '{tokens[0].text}'. A report is one SELECT statement.")
    depth = 0
    selects = 0
    previous: Optional[Token] = None
    for token in tokens:
        if _is_op(token, "("):
            depth += 1
        elif _is_op(token, ")"):
            depth -= 1
            if depth < 0:
                raise SqlError("Incorrect syntax near ')'.")
        elif depth == 0 and _lower(token) == "select" and _lower(previous) not in _SET_OPERATORS:
            selects += 1
            if selects > 1:
                raise SqlError("Halo runs one statement per report: this SQL holds more than one SELECT.")
        previous = token
    if depth:
        raise SqlError("Incorrect syntax near the end of the statement: a '(' is not closed.")


def _tree(tokens: Sequence[Token]) -> List[Node]:
    stack: List[List[Node]] = [[]]
    for token in tokens:
        if _is_op(token, "("):
            stack.append([])
        elif _is_op(token, ")"):
            items = stack.pop()
            stack[-1].append(Group(items))
        else:
            stack[-1].append(token)
    return stack[0]


# ------------------------------------------------------------------------------------------- translation

class _Translation(NamedTuple):
    now: str                                       # GETDATE() as Halo's date text
    table_source: Callable[[str], Optional[str]]   # a table's name -> the SQL to read it from (None: as is)


def translate(sql: str, now: str, table_source: Callable[[str], Optional[str]] = lambda name: None) -> str:
    """The SQLite text of one T-SQL SELECT, or SqlError."""
    tokens = tokenize(sql)
    check(tokens)
    return _scope(_tree(tokens), _Translation(now, table_source))


def _scope(nodes: List[Node], ctx: _Translation) -> str:
    """One parenthesised level (or the whole statement): its TOPs become a LIMIT at its end."""
    nodes = list(nodes)
    limit: Optional[str] = None
    out: List[str] = []
    i = 0
    in_from = False
    unnamed = [0]
    while i < len(nodes):
        node = nodes[i]
        word = _lower(node)
        if word == "select":
            out.append("SELECT")
            i += 1
            if _lower(_at(nodes, i)) in ("distinct", "all"):
                out.append(_lower(nodes[i]).upper())
                i += 1
            if _lower(_at(nodes, i)) == "top":
                limit, i = _top(nodes, i + 1, ctx)
            end = i
            while end < len(nodes) and _lower(nodes[end]) not in _LIST_END:
                end += 1
            out.append(_select_list(nodes[i:end], ctx, unnamed))
            i = end
            in_from = False
            continue
        if word in _JOIN_WORDS or (in_from and _is_op(node, ",")):
            in_from = True
            out.append(word.upper() if word else ",")
            i += 1
            if _lower(_at(nodes, i)) == "dbo" and _is_op(_at(nodes, i + 1), "."):
                i += 2  # dbo.FAULTS: the only schema there is
            nxt = _at(nodes, i)
            if isinstance(nxt, Token) and nxt.kind in ("word", "name") and _lower(nxt) not in _KEYWORDS \
                    and not _is_op(_at(nodes, i + 1), "."):
                i = _table(nodes, i, out, ctx)
            continue
        if word in _FROM_END:
            in_from = False
        if word == "with" and isinstance(_at(nodes, i + 1), Group) and _is_hint(nodes[i + 1]):
            i += 2  # WITH (NOLOCK): SQLite needs no hint
            continue
        if isinstance(node, Group) and in_from and _is_hint(node) and i and _lower(nodes[i - 1]) not in _KEYWORDS:
            i += 1  # a bare (NOLOCK) after a table
            continue
        text, i = _node(nodes, i, ctx)
        out.append(text)
    if limit is not None:
        out.append(f"LIMIT {limit}")
    return " ".join(part for part in out if part)


def _at(nodes: Sequence[Node], i: int) -> Optional[Node]:
    return nodes[i] if 0 <= i < len(nodes) else None


def _is_hint(group: Node) -> bool:
    return isinstance(group, Group) and bool(group.items) and all(
        _lower(item) in _HINTS or _is_op(item, ",") for item in group.items)


def _top(nodes: List[Node], i: int, ctx: _Translation) -> Tuple[str, int]:
    node = _at(nodes, i)
    if isinstance(node, Group):
        limit = _scope(node.items, ctx)
    elif isinstance(node, Token) and node.kind == "num" and node.text.isdigit():
        limit = node.text
    else:
        raise SqlError("Incorrect syntax near 'TOP'.")
    i += 1
    if _lower(_at(nodes, i)) == "percent" or _lower(_at(nodes, i)) == "with":
        raise SqlError("FakeHalo does not support TOP ... PERCENT or WITH TIES; use TOP n.")
    return f"({limit})" if isinstance(node, Group) else limit, i


def _table(nodes: List[Node], i: int, out: List[str], ctx: _Translation) -> int:
    """A table named after FROM or JOIN: read from where the context says (a reporting period's filter)."""
    node = nodes[i]
    assert isinstance(node, Token)
    if node.text.lower().startswith(("sqlite_", "pragma_")):  # SQLite's own: not Halo's database
        raise SqlError(f"Invalid object name '{node.text}'.")
    source = ctx.table_source(node.text)
    if source is None:
        out.append(_name(node))
        return i + 1
    out.append(f"({source})")
    after = _at(nodes, i + 1)
    if _lower(after) == "as" or (isinstance(after, Token) and after.kind in ("word", "name")
                                 and _lower(after) not in _KEYWORDS and _lower(after) not in _FROM_END):
        return i + 1  # the query's own alias follows
    out.append("AS " + _name(node))
    return i + 1


def _select_list(nodes: List[Node], ctx: _Translation, unnamed: List[int]) -> str:
    items: List[List[Node]] = [[]]
    for node in nodes:
        if _is_op(node, ","):
            items.append([])
        else:
            items[-1].append(node)
    texts: List[str] = []
    for item in items:
        if not item:
            raise SqlError("Incorrect syntax near ','.")
        alias: Optional[str] = None
        if len(item) > 2 and isinstance(item[0], Token) and item[0].kind in ("word", "name", "str") \
                and _is_op(item[1], "="):
            alias, item = item[0].text, item[2:]  # T-SQL's  alias = expression
        elif len(item) > 2 and _lower(item[-2]) == "as":
            alias, item = cast(Token, item[-1]).text, item[:-2]
        elif len(item) > 1 and isinstance(item[-1], Token) and item[-1].kind in ("word", "name", "str") \
                and _lower(item[-1]) not in _KEYWORDS and not _is_op(item[-2], ".") \
                and not (isinstance(item[-2], Token) and item[-2].kind == "op") \
                and not (_lower(item[-2]) in _KEYWORDS and _lower(item[-2]) != "end"):
            alias, item = item[-1].text, item[:-1]  # expression alias
        text = _expression(item, ctx)
        if alias is None and _is_column(item):
            if not _is_op(item[-1], "*"):
                alias = cast(Token, item[-1]).text  # SQL Server names it as the query spells it
        elif alias is None:
            unnamed[0] += 1
            alias = f"Column{unnamed[0]}"
        texts.append(text if alias is None else f"{text} AS {_quote(alias)}")
    return ", ".join(texts)


def _is_column(item: List[Node]) -> bool:
    """A bare column, qualified column or star: SQL Server names it itself."""
    for index, node in enumerate(item):
        expected_name = index % 2 == 0
        if expected_name and not (isinstance(node, Token) and (node.kind in ("word", "name") or _is_op(node, "*"))):
            return False
        if not expected_name and not _is_op(node, "."):
            return False
    return len(item) % 2 == 1


def _expression(nodes: List[Node], ctx: _Translation) -> str:
    out: List[str] = []
    i = 0
    while i < len(nodes):
        text, i = _node(nodes, i, ctx)
        out.append(text)
    return " ".join(out)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _name(token: Token) -> str:
    return _quote(token.text) if token.kind == "name" else token.text


def _string(text: str) -> str:
    match = _DATE_TEXT.match(text)
    if match:  # dates compare as text: write them as the tables hold them
        text = f"{match.group(1)}T{match.group(2)}{match.group(3) or ':00'}"
    return "'" + text.replace("'", "''") + "'"


def _node(nodes: List[Node], i: int, ctx: _Translation) -> Tuple[str, int]:
    """One node's SQLite text (a function call takes its argument group too) and the index after it."""
    node = nodes[i]
    if isinstance(node, Group):
        return "(" + _scope(node.items, ctx) + ")", i + 1
    if node.kind == "str":
        return _string(node.text), i + 1
    if node.kind == "name":
        return _quote(node.text), i + 1
    if node.text == "+" and node.kind == "op" and any(
            isinstance(side, Token) and side.kind == "str" for side in (_at(nodes, i - 1), _at(nodes, i + 1))):
        return "||", i + 1  # T-SQL joins strings with +: when one side is a string literal, so does the fake
    if node.kind == "num" or node.kind == "op":
        return node.text, i + 1
    word = node.text.lower()
    after = _at(nodes, i + 1)
    if word in ("current_timestamp",):
        return _string(ctx.now), i + 1
    if isinstance(after, Group) and (word not in _KEYWORDS or word in ("left", "right")) \
            and not _is_op(_at(nodes, i - 1), "."):
        return _call(word, node.text, after.items, ctx), i + 2
    return node.text, i + 1


def _arguments(items: List[Node]) -> List[List[Node]]:
    args: List[List[Node]] = [[]] if items else []
    for item in items:
        if _is_op(item, ","):
            args.append([])
        else:
            args[-1].append(item)
    return args


def _call(word: str, name: str, items: List[Node], ctx: _Translation) -> str:
    special = _SPECIAL.get(word)
    if special is not None:
        return special(_arguments(items), ctx, name)
    renamed = _FUNCTIONS.get(word)
    if renamed is None:
        raise SqlError(f"'{name}' is not a recognized built-in function name.")
    return f"{renamed}({_scope(items, ctx)})"


def _args(args: List[List[Node]], ctx: _Translation, name: str, counts: Set[int]) -> List[str]:
    if len(args) not in counts:
        raise SqlError(f"The {name} function requires {' or '.join(str(c) for c in sorted(counts))} "
                       f"argument(s).")
    return [_expression(arg, ctx) for arg in args]


def _unit(arg: List[Node], name: str) -> str:
    word = _lower(arg[0]) if len(arg) == 1 else ""
    if not word and len(arg) == 1 and isinstance(arg[0], Token) and arg[0].kind in ("str", "name"):
        word = arg[0].text.lower()
    unit = DATE_UNITS.get(word)
    if unit is None:
        shown = " ".join(getattr(node, "text", "(...)") for node in arg)
        raise SqlError(f"'{shown}' is not a recognized {name.lower()} option.")
    return unit


def _datediff(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    if len(args) != 3:
        raise SqlError(f"The {name} function requires 3 argument(s).")
    a, b = (_expression(arg, ctx) for arg in args[1:])
    return f"halo_datediff('{_unit(args[0], name)}', {a}, {b})"


def _dateadd(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    if len(args) != 3:
        raise SqlError(f"The {name} function requires 3 argument(s).")
    number, date = (_expression(arg, ctx) for arg in args[1:])
    return f"halo_dateadd('{_unit(args[0], name)}', {number}, {date})"


def _datepart(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    if len(args) != 2:
        raise SqlError(f"The {name} function requires 2 argument(s).")
    return f"halo_datepart('{_unit(args[0], name)}', {_expression(args[1], ctx)})"


def _part(unit: str) -> Callable[[List[List[Node]], _Translation, str], str]:
    def call(args: List[List[Node]], ctx: _Translation, name: str) -> str:
        (date,) = _args(args, ctx, name, {1})
        return f"halo_datepart('{unit}', {date})"

    return call


def _now(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    _args(args, ctx, name, {0})
    return _string(ctx.now)


def _cast(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    if len(args) != 1:
        raise SqlError(f"Incorrect syntax near '{name}'.")
    arg = args[0]
    at = max((index for index, node in enumerate(arg) if _lower(node) == "as"), default=-1)
    if at < 1:
        raise SqlError(f"Incorrect syntax near '{name}': write CAST(expression AS type).")
    return _converted(_expression(arg[:at], ctx), arg[at + 1:])


def _convert(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    if len(args) not in (2, 3):
        raise SqlError(f"The {name} function requires 2 or 3 argument(s).")
    return _converted(_expression(args[1], ctx), args[0])


def _converted(value: str, type_nodes: List[Node]) -> str:
    type_name = _lower(type_nodes[0]) if type_nodes else ""
    size: List[str] = []
    if len(type_nodes) == 2 and isinstance(type_nodes[1], Group):
        size = [getattr(node, "text", "") for node in type_nodes[1].items if not _is_op(node, ",")]
    elif len(type_nodes) != 1:
        raise SqlError("Incorrect syntax near the type of a CAST.")
    if type_name in ("int", "bigint", "smallint", "tinyint"):
        return f"CAST({value} AS INTEGER)"
    if type_name in ("float", "real"):
        return f"CAST({value} AS REAL)"
    if type_name in ("decimal", "numeric", "money", "smallmoney"):
        scale = size[1] if len(size) > 1 else ("4" if "money" in type_name else "0")
        if not scale.isdigit():
            raise SqlError(f"Incorrect syntax near '{scale}'.")
        return f"ROUND(CAST({value} AS REAL), {int(scale)})"
    if type_name == "bit":
        return f"(CASE WHEN {value} IS NULL THEN NULL WHEN {value} THEN 1 ELSE 0 END)"
    if type_name in ("varchar", "nvarchar", "char", "nchar", "text", "ntext"):
        if size and size[0].isdigit():
            return f"SUBSTR(CAST({value} AS TEXT), 1, {int(size[0])})"
        return f"CAST({value} AS TEXT)"
    if type_name in ("datetime", "datetime2", "smalldatetime", "datetimeoffset"):
        return f"halo_datetime({value})"
    if type_name == "date":
        return f"halo_date({value})"
    shown = type_nodes[0].text if type_nodes and isinstance(type_nodes[0], Token) else "?"
    raise SqlError(f"Type {shown} is not a defined system type (FakeHalo casts to int, bigint, float, "
                   f"decimal, numeric, money, bit, varchar, nvarchar, char, date and datetime).")


def _len(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    (value,) = _args(args, ctx, name, {1})
    return f"LENGTH(RTRIM(CAST({value} AS TEXT)))"


def _left(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    value, count = _args(args, ctx, name, {2})
    return f"SUBSTR({value}, 1, {count})"


def _right(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    value, count = _args(args, ctx, name, {2})
    return f"(CASE WHEN ({count}) <= 0 THEN '' ELSE SUBSTR({value}, -({count})) END)"


def _charindex(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    needle, haystack = _args(args, ctx, name, {2})
    return f"INSTR({haystack}, {needle})"


def _concat(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    parts = _args(args, ctx, name, set(range(2, 255)))
    return "(" + " || ".join(f"IFNULL(CAST({part} AS TEXT), '')" for part in parts) + ")"


def _iif(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    condition, then, otherwise = _args(args, ctx, name, {3})
    return f"(CASE WHEN {condition} THEN {then} ELSE {otherwise} END)"


def _string_agg(args: List[List[Node]], ctx: _Translation, name: str) -> str:
    value, separator = _args(args, ctx, name, {2})
    return f"GROUP_CONCAT({value}, {separator})"


_SPECIAL: Dict[str, Callable[[List[List[Node]], _Translation, str], str]] = {
    "datediff": _datediff, "datediff_big": _datediff, "dateadd": _dateadd, "datepart": _datepart,
    "year": _part("year"), "month": _part("month"), "day": _part("day"),
    "getdate": _now, "getutcdate": _now, "sysdatetime": _now, "sysutcdatetime": _now,
    "cast": _cast, "try_cast": _cast, "convert": _convert, "try_convert": _convert,
    "len": _len, "left": _left, "right": _right, "charindex": _charindex, "concat": _concat, "iif": _iif,
    "string_agg": _string_agg,
}
# T-SQL functions SQLite has under the same or another name (halo_*: registered by ``_reports``).
_FUNCTIONS: Dict[str, str] = {
    "count": "COUNT", "count_big": "COUNT", "sum": "SUM", "avg": "halo_avg", "min": "MIN", "max": "MAX",
    "isnull": "IFNULL", "coalesce": "COALESCE", "nullif": "NULLIF", "upper": "UPPER", "lower": "LOWER",
    "ltrim": "LTRIM", "rtrim": "RTRIM", "trim": "TRIM", "replace": "REPLACE", "substring": "SUBSTR",
    "abs": "ABS", "round": "ROUND", "floor": "halo_floor", "ceiling": "halo_ceiling", "power": "halo_power",
    "sqrt": "halo_sqrt", "sign": "SIGN", "reverse": "halo_reverse", "row_number": "ROW_NUMBER",
    "rank": "RANK", "dense_rank": "DENSE_RANK",
}
SUPPORTED_FUNCTIONS = tuple(sorted(set(_SPECIAL) | set(_FUNCTIONS)))  # what docs/testing.md lists
