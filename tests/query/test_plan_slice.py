"""The slicing arithmetic: the pages planned for rows [start, stop) cover exactly that range, minimally."""

from hypothesis import given, strategies as st

from halopsa.query.pagination import MAX_PAGE_SIZE, plan_slice


@given(start=st.integers(0, 100_000), length=st.integers(1, 1_000))
def test_planned_pages_cover_the_range(start, length):
    stop = start + length
    size, first, last = plan_slice(start, stop)
    assert 1 <= size <= MAX_PAGE_SIZE
    assert (first - 1) * size <= start
    assert last * size >= stop
    assert first <= last


@given(start=st.integers(0, 100_000), length=st.integers(1, MAX_PAGE_SIZE))
def test_a_range_that_fits_a_page_is_one_request_when_some_size_allows(start, length):
    stop = start + length
    size, first, last = plan_slice(start, stop)
    one_page_possible = any(start // s == (stop - 1) // s for s in range(length, MAX_PAGE_SIZE + 1))
    assert (first == last) == one_page_possible
    if first == last:
        assert size == min(s for s in range(length, MAX_PAGE_SIZE + 1) if start // s == (stop - 1) // s)


@given(start=st.integers(0, 100_000), length=st.integers(MAX_PAGE_SIZE + 1, 5_000))
def test_large_ranges_use_the_fewest_full_size_pages(start, length):
    stop = start + length
    size, first, last = plan_slice(start, stop)
    assert size == MAX_PAGE_SIZE
    assert last - first + 1 == (stop - 1) // MAX_PAGE_SIZE - start // MAX_PAGE_SIZE + 1


def test_known_examples():
    assert plan_slice(0, 10) == (10, 1, 1)
    assert plan_slice(250, 260) == (10, 26, 26)
    assert plan_slice(0, 1) == (1, 1, 1)
    assert plan_slice(95, 105)[1] == plan_slice(95, 105)[2]
