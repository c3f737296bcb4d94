"""Compiling filter() keywords and order_by() keys into HaloPSA query parameters."""

import datetime as dt
import re

import pytest
from hypothesis import given, strategies as st

from halopsa.exceptions import HaloQueryError
from halopsa.query.compiler import MAX_ORDER_KEYS, compile_filters, compile_ordering
from halopsa.resources import REGISTRY

TICKETS = REGISTRY["tickets"]
field_names = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)


@given(keys=st.lists(st.tuples(field_names, st.booleans()), min_size=1, max_size=MAX_ORDER_KEYS))
def test_ordering_compiles_position_by_position(keys):
    spec = [("-" if desc else "") + name for name, desc in keys]
    params = compile_ordering(TICKETS, spec)
    for position, (name, desc) in enumerate(keys, start=1):
        suffix = "" if position == 1 else str(position)
        assert params[f"order{suffix}"] == name
        assert (params.get(f"orderdesc{suffix}") == "true") == desc
    assert len([k for k in params if k.startswith("order") and "desc" not in k]) == len(keys)


def test_ordering_example_from_the_issue():
    assert compile_ordering(TICKETS, ["-id", "summary"]) == {"order": "id", "orderdesc": "true", "order2": "summary"}


def test_more_than_five_order_keys_is_rejected():
    with pytest.raises(HaloQueryError, match="at most 5"):
        compile_ordering(TICKETS, ["a", "b", "c", "d", "e", "f"])


def test_resources_without_server_ordering_refuse_order_by():
    with pytest.raises(HaloQueryError, match="cannot be ordered by the server"):
        compile_ordering(REGISTRY["agents"], ["name"])


@given(value=st.booleans())
def test_booleans_are_lowercase(value):
    assert compile_filters(TICKETS, {"open_only": value}) == {"open_only": "true" if value else "false"}


@given(ids=st.lists(st.integers(1, 10**9), min_size=1, max_size=20))
def test_id_lists_become_comma_separated(ids):
    assert compile_filters(TICKETS, {"status": ids}) == {"status": ",".join(map(str, ids))}


@given(day=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
                        timezones=st.just(dt.timezone.utc)))
def test_datetimes_become_iso_8601(day):
    text = compile_filters(TICKETS, {"startdate": day})["startdate"]
    assert text.endswith("Z")
    assert dt.datetime.fromisoformat(text[:-1] + "+00:00") == day.replace(microsecond=day.microsecond // 1000 * 1000)


def test_relation_names_and_model_instances_become_ids():
    from halopsa.models import Client

    acme = Client._from_api(None, {"id": 42, "name": "Acme"})
    assert compile_filters(TICKETS, {"client": acme}) == {"client_id": "42"}
    assert compile_filters(TICKETS, {"client_id": "42"}) == {"client_id": "42"}


@pytest.mark.parametrize("name, value, message", [
    ("priorty", 1, "did you mean 'priority'?"),
    ("client_id", "acme", "takes an integer id"),
    ("client_id", True, "takes an integer id"),
    ("open_only", "maybe", "takes true or false"),
    ("status", [], "needs at least one id"),
    ("startdate", "yesterday", "ISO 8601"),
    ("priority_id", 1, "unknown filter 'priority_id'"),
    ("summary__icontains", "x", "use .where(summary__icontains=...)"),
])
def test_bad_filters_are_rejected_with_a_useful_message(name, value, message):
    with pytest.raises(HaloQueryError, match=re.escape(message)):
        compile_filters(TICKETS, {name: value})


def test_query_errors_carry_what_went_wrong_as_data():
    from halopsa import HaloQueryError
    from halopsa.query.compiler import compile_filters
    from halopsa.query.lookups import compile_predicates

    with pytest.raises(HaloQueryError) as typo:
        compile_filters(REGISTRY["tickets"], {"priorty": 2})
    error = typo.value
    assert (error.kind, error.resource, error.name, error.suggestions, error.reason) == (
        "unknown_filter", "tickets", "priorty", ["priority"], "unknown")
    assert "--" not in str(error)  # the SDK's words: no command-line flags
    with pytest.raises(HaloQueryError) as order:
        compile_filters(REGISTRY["tickets"], {"order": "id"})
    assert order.value.reason == "order" and "halo" not in str(order.value)
    with pytest.raises(HaloQueryError) as lookup:
        compile_predicates({"summary__nearly": "x"})
    assert lookup.value.kind == "unknown_lookup" and "icontains" in lookup.value.suggestions


@pytest.mark.parametrize("argv, words", [
    (["tickets", "list", "--filter", "order=id"], "unknown filter 'order' for tickets; the order is set with "
                                                  "--order-by -id,summary"),
    (["tickets", "list", "--filter", "page_no=2"], "unknown filter 'page_no' for tickets; paging is done for you: "
                                                   "use --limit N, --all or --page-size N"),
    (["tickets", "list", "--where", "summary__nearly=x"], "unknown lookup 'summary__nearly' in --where; use "
                                                          "FIELD__op with op one of: contains, endswith"),
])
def test_the_cli_words_them_its_own_way(argv, words, capsys):
    from halopsa.cli import main

    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(f"halo: error: {words}")


def test_a_bad_value_carries_its_filter_and_value():
    from halopsa import HaloQueryError
    from halopsa.query.compiler import compile_filters

    with pytest.raises(HaloQueryError) as bad:
        compile_filters(REGISTRY["tickets"], {"client_id": "abc"})
    assert (bad.value.kind, bad.value.resource, bad.value.name, bad.value.value) == (
        "bad_value", "tickets", "client_id", "abc")
