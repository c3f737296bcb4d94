"""Paging against FakeHalo over HTTP: any slice, under any page cap and concurrency, gives exactly the server's
rows once each, and never asks for a page past ``record_count`` once it is known. Plus the compact id set that
keeps a listing from yielding an id twice."""

from __future__ import annotations

import sys
import warnings

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from halopsa.query.pagination import HaloDriftWarning, _SeenIds

TICKETS = 537


@pytest.fixture(scope="module")
def fake():
    from halopsa.testing import FakeHalo

    server = FakeHalo(tickets=TICKETS).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def server_ids(fake):
    return sorted(record["id"] for record in fake.records("tickets"))


# derandomized: CI runs the same 60 examples every time (1,500 random ones passed when this was written); run
# it with more, randomly, when changing the paging code
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, TICKETS + 150), length=st.one_of(st.none(), st.integers(0, 700)),
       page_cap=st.sampled_from([100, 50, 37, 10]), workers=st.sampled_from([1, 3]))
def test_any_slice_is_exact_and_asks_for_no_page_past_the_end(fake, server_ids, start, length, page_cap, workers):
    fake.set(page_cap=page_cap)
    stop = None if length is None else start + length
    client = fake.client(rate_limit=None, concurrency=workers)
    try:
        fake.clear_requests()
        with warnings.catch_warnings():
            warnings.simplefilter("error", HaloDriftWarning)
            ids = [ticket.id for ticket in client.tickets.all()[start:stop]]
    finally:
        client.close()
    assert ids == server_ids[start:stop]
    gets = [r for r in fake.requests if r.method == "GET" and r.path == "/api/Tickets"]
    # the first page may start past the end (that is how the end is found); no later one does
    assert all((int(r.params["page_no"]) - 1) * int(r.params["page_size"]) < TICKETS for r in gets[1:])
    if stop is not None and stop <= start:
        assert gets == []
        return
    # the rows read through at the page size served, plus a first page asked too big and clamped, plus one
    # that finds the end
    first_row = 0 if stop is None else start
    last_row = TICKETS if stop is None else min(stop, TICKETS)
    served = min(page_cap, 100)
    assert len(gets) <= max(0, -(-(last_row - first_row) // served)) + 3


def test_seen_ids_tell_new_ids_from_repeated_ones():
    seen = _SeenIds()
    assert [seen.add(key) for key in (0, 7, 8, 7, 0, 1 << 30, 1 << 30, -3, -3, "T-1", "T-1", 2.5, None)] == [
        True, True, True, False, False, True, False, True, False, True, False, True, True]
    assert 7 in seen and 8 in seen and 9 not in seen and (1 << 30) in seen and "T-1" in seen and -3 in seen
    assert 10 ** 9 not in seen and "T-2" not in seen


def test_seen_ids_keep_true_apart_from_1():
    seen = _SeenIds()
    assert seen.add(1) and seen.add(True) and not seen.add(True) and not seen.add(1)


def test_seen_ids_take_about_a_bit_an_id():
    seen = _SeenIds()
    for key in range(1, 100_001):
        assert seen.add(key)
    assert all(not seen.add(key) for key in range(1, 100_001, 997))
    # 100,000 ids in 12.5 KB of bits (at most doubled while growing), where a set takes about 80 bytes an id
    assert sys.getsizeof(seen._bits) < 2 * 100_001 // 8 + 1024
    assert seen._others is None
