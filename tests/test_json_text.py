"""A list reply decoded with each row's JSON text (halopsa._json_text, what `-o jsonl` writes): the decoded value is
json.loads's, always; a row's kept text is exactly json.dumps's compact text of it, or None."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from halopsa._json_text import KeptRows, loads_keeping_text


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def check(text, rows_at=lambda body: body):
    """loads_keeping_text(text) equals json.loads(text), its rows plain dicts, and every kept text is json's own;
    returns the texts."""
    body = loads_keeping_text(text.encode("utf-8"))
    assert _same(body, json.loads(text))
    rows = rows_at(body)
    assert isinstance(rows, KeptRows) and len(rows.texts) == len(rows)
    for row, kept in zip(rows, rows.texts):
        assert type(row) is dict
        assert kept is None or kept == compact(row), (kept, compact(row))
    return rows.texts


def _same(left, right):
    """Equal, NaN included, and of the same types (1 is not 1.0 here)."""
    if isinstance(left, float) and isinstance(right, float) and math.isnan(left):
        return math.isnan(right)
    if type(left) is not type(right) and not (isinstance(left, list) and type(right) is list):  # KeptRows is a list
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right))
    return left == right


scalars = (st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30)
           | st.floats(allow_nan=False) | st.text())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
rows = st.lists(st.dictionaries(st.text(max_size=8), values, max_size=6), min_size=1, max_size=6)
styles = st.sampled_from([dict(separators=(",", ":"), ensure_ascii=False), dict(separators=(",", ":")),
                          dict(ensure_ascii=False), dict(indent=1, ensure_ascii=False)])


@settings(max_examples=300, deadline=None)
@given(rows=rows, style=styles, envelope=st.booleans())
def test_any_rows_in_any_layout_decode_as_json_does_with_only_jsons_own_text_kept(rows, style, envelope):
    body = {"page_no": 1, "record_count": len(rows), "tickets": rows} if envelope else rows
    text = json.dumps(body, **style)
    texts = check(text, (lambda body: body["tickets"]) if envelope else (lambda body: body))
    if style == dict(separators=(",", ":"), ensure_ascii=False) and "\\" not in text:
        # json's own text: kept, every row where no string begins with ":" (its '":' looks like a name's end, one
        # name too many: such a row is encoded, to be sure)
        assert [text is not None for text in texts] == [not _colon_first(row) for row in rows]


def _colon_first(value):
    """Does a name or a string in ``value`` begin with ":"?"""
    if isinstance(value, str):
        return value.startswith(":")
    if isinstance(value, dict):
        return any(_colon_first(key) or _colon_first(item) for key, item in value.items())
    return isinstance(value, list) and any(_colon_first(item) for item in value)


@settings(max_examples=300, deadline=None)
@given(number=st.floats(allow_nan=False, allow_infinity=False) | st.decimals(allow_nan=False,
                                                                               allow_infinity=False))
def test_a_number_is_kept_only_as_repr_writes_it(number):
    token = repr(float(number)) if isinstance(number, float) else str(number)
    if "." not in token and "e" not in token.lower():
        token += ".0"
    (kept,) = check(f'[{{"n":{token}}}]')
    assert (kept is not None) == (token == repr(float(token)))


@pytest.mark.parametrize("text, kept", [
    ('[{"a":1,"b":"x"},{"a":2,"b":"y"}]', True),
    ('[{"n":1.0},{"n":2.5},{"n":-0.0},{"n":0.0001},{"n":123456789012345.6}]', True),
    ('[{"n":1e5}]', False), ('[{"n":1E5}]', False), ('[{"n":1.50}]', False), ('[{"n":0.00001}]', False),
    ('[{"n":-0}]', False), ('[{"n":0.30000000000000004}]', True), ('[{"n":0.1000000000000000055511}]', False),
    ('[{"n":123456789012345678901234567890}]', True), ('[{"n":NaN},{"n":-Infinity}]', True),
    ('[{"a":1,"a":2}]', False), ('[{"a":{"b":1,"b":2}}]', False), ('[{"a":[{"b":1},{"c":{}}]}]', True),
        ('[{"a": 1}]', False), ('[{"a":1 }]', False), ('[{"a":[1, 2]}]', False),
        ('[{"a":1} ]', True), ('[ {"a":1}]', True), ('[{"a":1},\n{"a":2}]', True),  # between rows: no matter
    ('[{"s":"caf\\u00e9"}]', False), ('[{"s":"a\\/b"}]', False), ('[{"s":"say \\"hi\\"\\n"}]', False),
    ('[{"s":"café ✓ 中文 😀"}]', True), ('[{"s":"\x9b31m \u202egpj.exe \x7f"}]', True),
    ('[{"s":"a, b: {c} [d] },{ \\":"}]', False), ('[{"s":"a, b: {c} [d] },{ :"}]', True),
    ('[{"s":":starts with a colon"}]', False), ('[{"s":"-0,"}]', False), ('[{},{}]', True),
])
def test_tricky_rows(text, kept):
    texts = check(text)
    assert all((text is not None) == kept for text in texts), texts


def test_a_row_not_as_json_writes_it_leaves_the_others_their_text():
    texts = check('[{"id":1,"n":2.5},{"id":2,"n":1e5},{"id":3, "s":"x"},{"id":4,"s":"\\u00e9"},{"id":5}]')
    assert texts == ['{"id":1,"n":2.5}', None, None, None, '{"id":5}']


@pytest.mark.parametrize("text", ['{"record_count":0,"tickets":[]}', "[]", '"text"', "12", "null",
                                  '{"a":[1,2],"b":{"c":[{"d":1}]}}', '\ufeff[{"a":1}]', '[{"a":1},2]'])
def test_other_replies_are_what_json_loads_returns(text):
    content = text.encode("utf-8-sig" if text.startswith("\ufeff") else "utf-8")
    if text.startswith("\ufeff"):
        content = content[3:] if content.startswith(b"\xef\xbb\xbf\xef\xbb\xbf") else content
    assert _same(loads_keeping_text(content), json.loads(content))


@pytest.mark.parametrize("text", ['[{"a":1}', '[{"a":1}]x', '{"a":[{"b":1}],}', '[{"a":"\x01"}]', ""])
def test_what_json_refuses_is_refused_as_json_refuses_it(text):
    with pytest.raises(ValueError) as expected:
        json.loads(text.encode())
    with pytest.raises(ValueError) as got:
        loads_keeping_text(text.encode())
    assert str(got.value) == str(expected.value)


def test_kept_rows_are_a_plain_list_whose_slices_keep_their_texts():
    rows = loads_keeping_text(b'[{"id":1,"s":"a"},{"id":2,"s":"b\\u00e9"},{"id":3,"s":"c"}]')
    assert rows == [{"id": 1, "s": "a"}, {"id": 2, "s": "b\u00e9"}, {"id": 3, "s": "c"}]
    assert rows.texts == ['{"id":1,"s":"a"}', None, '{"id":3,"s":"c"}']
    assert rows.lines() is None  # a row to encode
    tail = rows[1:]
    assert isinstance(tail, KeptRows) and tail.texts == [None, '{"id":3,"s":"c"}'] and tail == rows[1:3]
    assert rows[0] == {"id": 1, "s": "a"} and type(rows[0]) is dict


def test_a_page_of_rows_as_json_writes_them_is_its_lines():
    text = '{"tickets":[{"id":1,"s":"a, b: {c}"},{"id":2,"s":"[x]"},{"id":3,"s":""}]}'
    rows = loads_keeping_text(text.encode())["tickets"]
    assert rows.lines() == '{"id":1,"s":"a, b: {c}"}\n{"id":2,"s":"[x]"}\n{"id":3,"s":""}'
    assert rows.texts == rows.lines().split("\n")
    nested = loads_keeping_text(b'[{"id":1,"o":{"a":1}},{"id":2,"o":{}}]')
    assert nested.lines() == '{"id":1,"o":{"a":1}}\n{"id":2,"o":{}}'


def test_on_a_page_not_as_json_writes_it_each_row_is_checked_on_its_own():
    rows = [f'{{"id":{n},"price":{"1.50" if n == 3 else "2.5"},"s":"{"see 1.50" if n == 5 else "x"}"}}'
            for n in range(1, 8)]
    texts = check("[" + ",".join(rows) + "]")
    # row 3's 1.50 is written 1.5 by json; row 5 holds the same spelling in a string: not kept either, to be sure
    assert [text is not None for text in texts] == [True, True, False, True, False, True, True]
    assert texts[0] == rows[0]


def test_a_page_whose_first_rows_are_all_written_otherwise_is_encoded_throughout():
    spaced = [json.dumps({"id": n, "s": "x"}) for n in range(1, 20)]  # ", " and ": " between tokens
    assert check("[" + ",".join(spaced) + "]") == [None] * 19
    escaped = ['{"id":%d,"s":"a\\nb"}' % n for n in range(1, 20)] + ['{"id":20,"s":"c"}']
    assert check("[" + ",".join(escaped) + "]") == [None] * 20  # the last row is not even looked at
    mixed = escaped[:5] + ['{"id":21,"s":"c"}'] + escaped[5:]
    assert check("[" + ",".join(mixed) + "]")[5] == '{"id":21,"s":"c"}'


def test_a_bytearray_is_read_as_bytes_are():
    rows = loads_keeping_text(bytearray(b'[{"a":1}]'))
    assert rows == [{"a": 1}] and rows.texts == ['{"a":1}']
