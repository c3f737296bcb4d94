"""A server that ignores ``page_no`` (FakeHalo's ``ignore_page_no``): no slice, page or listing hands back rows
from the wrong place. It is found out at the cost of at most one request of one row, once a client and resource
(none when page 1 was read before, or when the next page is read anyway), and remembered; a server that pages
as asked pays nothing more after that."""

from __future__ import annotations

import warnings
from typing import Any, Iterator, List

import pytest

from halopsa import HaloPaginationError
from halopsa.query.pagination import HaloDriftWarning

TICKETS = 300


@pytest.fixture(scope="module")
def fake() -> Iterator[Any]:
    from halopsa.testing import FakeHalo

    with FakeHalo(tickets=TICKETS) as server:
        yield server


@pytest.fixture(scope="module")
def server_ids(fake: Any) -> List[int]:
    return sorted(record["id"] for record in fake.records("tickets"))


@pytest.fixture
def ignoring(fake: Any) -> Iterator[Any]:
    """The fake serving page 1 whatever page_no asks; a client of its own (the memo is per client)."""
    fake.set(ignore_page_no=True, count_cap=None)
    client = fake.client()
    fake.clear_requests()
    yield client
    client.close()
    fake.set(ignore_page_no=False, count_cap=None)


@pytest.fixture
def paging(fake: Any) -> Iterator[Any]:
    fake.set(ignore_page_no=False, count_cap=None)
    client = fake.client()
    fake.clear_requests()
    yield client
    client.close()


def ticket_gets(fake: Any) -> List[Any]:
    return fake.api_requests("GET", "/api/Tickets")


def test_a_far_slice_gives_its_own_rows_not_page_one(fake, server_ids, ignoring):
    with pytest.warns(HaloDriftWarning, match="ignores page_no for tickets"):
        ids = [ticket.id for ticket in ignoring.tickets.all()[250:255]]
    assert ids == server_ids[250:255]
    # page 51 of size 5, one row of page 1 (the same first record: page_no was ignored), the unpaged listing
    asked = [(r.params.get("page_no"), r.params.get("page_size"), r.params.get("count")) for r in ticket_gets(fake)]
    assert asked == [("51", "5", None), ("1", "1", None), (None, None, "255")]


def test_once_found_out_the_client_remembers_without_warning(fake, server_ids, ignoring):
    with pytest.warns(HaloDriftWarning):
        list(ignoring.tickets.all()[250:255])
    fake.clear_requests()
    with warnings.catch_warnings():
        warnings.simplefilter("error", HaloDriftWarning)
        assert [t.id for t in ignoring.tickets.all()[100:103]] == server_ids[100:103]
        page = ignoring.tickets.list(page_size=10, page_no=3)
    assert [t.id for t in page.items] == server_ids[20:30]
    # each: the total (one row), then the listing unpaged; never a page past the first
    assert all(r.params.get("page_no") in (None, "1") for r in ticket_gets(fake))


def test_list_page_three_holds_page_three(fake, server_ids, ignoring):
    with pytest.warns(HaloDriftWarning):
        page = ignoring.tickets.list(page_size=10, page_no=3)
    assert [t.id for t in page.items] == server_ids[20:30]
    assert (page.page_no, page.page_size, page.record_count) == (3, 10, TICKETS)


def test_a_slice_over_two_pages_is_checked_for_free(fake, server_ids, ignoring):
    with pytest.warns(HaloDriftWarning, match="repeated"):
        ids = [ticket.id for ticket in ignoring.tickets.all()[150:250]]
    assert ids == server_ids[150:250]
    assert not [r for r in ticket_gets(fake) if r.params.get("page_size") == "1"]  # no one-row check


def test_a_full_listing_is_complete_and_has_no_repeats(fake, server_ids, ignoring):
    with pytest.warns(HaloDriftWarning, match="page 2 repeated page 1"):
        ids = [ticket.id for ticket in ignoring.tickets.all()]
    assert ids == server_ids


def test_when_the_rows_cannot_be_served_it_raises_rather_than_hand_over_wrong_ones(fake, ignoring):
    fake.set(count_cap=100)  # the unpaged reply stops at 100 records
    with pytest.warns(HaloDriftWarning), pytest.raises(HaloPaginationError, match="stopped at 100 of 255"):
        list(ignoring.tickets.all()[250:255])


def test_a_server_that_pages_costs_one_row_once_then_nothing(fake, server_ids, paging):
    with warnings.catch_warnings():
        warnings.simplefilter("error", HaloDriftWarning)
        assert [t.id for t in paging.tickets.all()[250:255]] == server_ids[250:255]
        assert len(ticket_gets(fake)) == 2  # page 51 of size 5, and one row of page 1
        fake.clear_requests()
        assert [t.id for t in paging.tickets.all()[100:110]] == server_ids[100:110]
        assert [t.id for t in paging.tickets.list(page_size=10, page_no=3).items] == server_ids[20:30]
    assert len(ticket_gets(fake)) == 2  # one a call: remembered for the client and resource


def test_page_one_read_before_makes_the_check_free(fake, paging):
    query = paging.tickets.filter(open_only=True)
    query.count()  # reads one row of page 1 of this query
    fake.clear_requests()
    ids = [t.id for t in query[40:45]]
    assert len(ticket_gets(fake)) == 1  # page 9 of size 5 only: its first row is not page 1's
    with fake.client() as other:
        assert ids == [t.id for t in other.tickets.filter(open_only=True)][40:45]
