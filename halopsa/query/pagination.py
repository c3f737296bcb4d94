"""Fetching list pages completely: paged, count-limited and unpaged strategies (API notes section 2).

Completeness rules for paged resources: stop on an empty page, a short page, or once the rows collected reach
``record_count``; the page size in force is what the server actually returned (servers clamp it), never the
one requested or echoed; a page identical to the one before means the server ignores ``page_no``; no id is
ever yielded twice; when the total changes while listing, a :class:`HaloDriftWarning` names the drift.

Once the first page reveals ``record_count``, the remaining pages are fetched with bounded parallelism and
yielded in order; at most ``concurrency`` pages are held at once, so memory does not grow with the total.
"""

from __future__ import annotations

import logging
import math
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Set, Tuple

from ..exceptions import HaloPaginationError
from ..resources import COUNTED, PAGED, Resource

__all__ = ["PageReader", "HaloDriftWarning", "plan_slice", "DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE"]

logger = logging.getLogger("halopsa")

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 100

Rows = List[Dict[str, Any]]
FetchPage = Callable[[Dict[str, str]], Tuple[Rows, Optional[int]]]


class HaloDriftWarning(UserWarning):
    """Records appeared or vanished while a listing was being paged."""


def plan_slice(start: int, stop: int, max_page_size: int = MAX_PAGE_SIZE) -> Tuple[int, int, int]:
    """The fewest pages covering rows ``[start, stop)``: returns ``(page_size, first_page_no, last_page_no)``.

    A range that fits one page of some size up to ``max_page_size`` is one request: ``[250:260]`` is page 26
    of size 10. Larger ranges use the largest page size.
    """
    if start < 0 or stop <= start:
        raise ValueError("plan_slice needs 0 <= start < stop")
    wanted = stop - start
    if wanted <= max_page_size:
        for size in range(wanted, max_page_size + 1):
            if start // size == (stop - 1) // size:
                return size, start // size + 1, start // size + 1
    size = max_page_size
    return size, start // size + 1, (stop - 1) // size + 1


def _ids(rows: Sequence[Dict[str, Any]]) -> Tuple[Any, ...]:
    return tuple(row.get("id") if isinstance(row, dict) else row for row in rows)


class PageReader:
    """Reads the rows of one listing. ``fetch`` sends one GET with the given parameters."""

    def __init__(self, resource: Resource, fetch: FetchPage, params: Dict[str, str], concurrency: int,
                 page_size: Optional[int], executor: Callable[[], ThreadPoolExecutor]) -> None:
        self.resource = resource
        self.fetch = fetch
        self.params = params
        self.concurrency = max(1, concurrency)
        self.page_size = min(page_size or DEFAULT_PAGE_SIZE, 10_000)
        self._executor = executor
        self.requests = 0

    # -- helpers -----------------------------------------------------------------------------------------------

    def _get(self, extra: Dict[str, str]) -> Tuple[Rows, Optional[int]]:
        self.requests += 1
        return self.fetch({**self.params, **extra})

    def _page(self, page_no: int, size: int) -> Tuple[Rows, Optional[int]]:
        return self._get({"pageinate": "true", "page_size": str(size), "page_no": str(page_no)})

    # -- public ------------------------------------------------------------------------------------------------

    def count(self) -> Optional[int]:
        """``record_count`` from a one-row page, or None when the resource does not report it."""
        if self.resource.paging != PAGED:
            return None
        _, record_count = self._page(1, 1)
        return record_count

    def pages(self, start: int = 0, stop: Optional[int] = None) -> Iterator[Rows]:
        """Yield lists of raw rows covering ``[start, stop)`` of the listing (all of it by default)."""
        paging = self.resource.paging
        if paging == PAGED:
            if stop is not None:
                yield from self._paged_range(start, stop)
            else:
                yield from self._paged_all(start)
            return
        if paging == COUNTED and stop is not None:
            rows, _ = self._get({"count": str(stop)})
        else:
            rows, _ = self._get({})
        rows = rows[start:stop]
        if rows:
            yield rows

    # -- paged: a range --------------------------------------------------------------------------------------

    def _paged_range(self, start: int, stop: int) -> Iterator[Rows]:
        size, first, last = plan_slice(start, stop, MAX_PAGE_SIZE)
        rows, record_count = self._page(first, size)
        offset = (first - 1) * size
        if len(rows) < size and record_count is not None and record_count > offset + len(rows) and rows:
            # the server clamped the page size: plan again with the size it really serves
            served = len(rows)
            logger.debug("%s: server serves %d rows a page (asked %d)", self.resource.name, served, size)
            first, last = start // served + 1, (stop - 1) // served + 1
            size = served
            rows, record_count = self._page(first, size)
            offset = (first - 1) * size
        pages: List[Rows] = [rows]
        if last > first and len(rows) == size:
            pages.extend(self._fetch_many(range(first + 1, last + 1), size))
        collected: Rows = [row for page in pages for row in page]
        window = collected[start - offset: stop - offset]
        if window:
            yield window

    # -- paged: everything ----------------------------------------------------------------------------------

    def _paged_all(self, start: int = 0) -> Iterator[Rows]:
        size = self.page_size
        rows, record_count = self._page(1, size)
        initial_count = record_count
        served = size
        if record_count is not None and rows and len(rows) < min(size, record_count):
            served = len(rows)  # the server clamps page_size
            if served != size:
                logger.debug("%s: server serves %d rows a page (asked %d)", self.resource.name, served, size)
        seen: Set[Any] = set()
        delivered = 0
        skip = start

        def emit(page: Rows) -> Rows:
            nonlocal delivered, skip
            fresh = []
            for row in page:
                key = row.get("id") if isinstance(row, dict) else None
                if key is not None:
                    if key in seen:
                        continue
                    seen.add(key)
                fresh.append(row)
            delivered += len(fresh)
            if skip:
                taken = min(skip, len(fresh))
                skip -= taken
                fresh = fresh[taken:]
            return fresh

        out = emit(rows)
        if out:
            yield out
        previous_ids = _ids(rows)
        if not rows or len(rows) < served or (record_count is not None and len(rows) >= record_count):
            self._check_drift(initial_count, delivered)
            return
        page_no = 2
        if record_count is not None and self.concurrency > 1:
            last_page = max(2, math.ceil(record_count / served))
            numbers = range(2, last_page + 1)
        else:
            numbers = None
        while True:
            if numbers is not None:
                source: Iterator[Tuple[int, Rows, Optional[int]]] = self._stream_pages(numbers, served)
            else:
                source = self._sequential_pages(page_no, served)
            finished = False
            for number, page, count in source:
                if page and _ids(page) == previous_ids:
                    yield from self._page_no_ignored(record_count, emit)
                    self._check_drift(initial_count, delivered)
                    return
                previous_ids = _ids(page)
                out = emit(page)
                if out:
                    yield out
                page_no = number + 1
                if count is not None:
                    record_count = count
                if not page or len(page) < served:
                    finished = True
                    break
                if numbers is None and record_count is not None and len(seen) >= record_count:
                    finished = True
                    break
            if finished or numbers is None:
                break
            # every planned page was full: records may have appeared; continue one page at a time
            numbers = None
        self._check_drift(initial_count, delivered)

    def _sequential_pages(self, page_no: int, size: int) -> Iterator[Tuple[int, Rows, Optional[int]]]:
        while True:
            rows, count = self._page(page_no, size)
            yield page_no, rows, count
            page_no += 1

    def _stream_pages(self, numbers: Sequence[int], size: int) -> Iterator[Tuple[int, Rows, Optional[int]]]:
        """Fetch pages with at most ``concurrency`` in flight, yielding them in order."""
        executor = self._executor()
        pending: List[Tuple[int, Future]] = []
        iterator = iter(numbers)
        try:
            for number in iterator:
                pending.append((number, executor.submit(self._page, number, size)))
                if len(pending) >= self.concurrency:
                    break
            while pending:
                number, future = pending.pop(0)
                rows, count = future.result()
                nxt = next(iterator, None)
                if nxt is not None:
                    pending.append((nxt, executor.submit(self._page, nxt, size)))
                yield number, rows, count
        finally:
            for _, future in pending:
                future.cancel()

    def _fetch_many(self, numbers: Sequence[int], size: int) -> List[Rows]:
        return [rows for _, rows, _ in self._stream_pages(list(numbers), size)]

    def _page_no_ignored(self, record_count: Optional[int], emit: Callable[[Rows], Rows]) -> Iterator[Rows]:
        name = self.resource.name
        warnings.warn(f"the server ignores page_no for {name} (page 2 repeated page 1); "
                      "fetching the listing in one unpaged request instead", HaloDriftWarning, stacklevel=4)
        extra = {"count": str(record_count)} if record_count else {}
        rows, _ = self._get(extra)
        out = emit(rows)
        if out:
            yield out
        if record_count is not None and len(rows) < record_count:
            raise HaloPaginationError(
                f"the server ignores page_no for {name} and its unpaged reply stopped at {len(rows)} of "
                f"{record_count} records; narrow the query with filters so it fits one reply")

    def _check_drift(self, initial_count: Optional[int], delivered: int) -> None:
        if initial_count is None or delivered == initial_count:
            return
        if delivered > initial_count:
            what = f"{delivered - initial_count} record(s) appeared"
        else:
            what = (f"{initial_count - delivered} record(s) vanished, and because pages shift when records are "
                    "removed, others may have been skipped")
        message = (f"{self.resource.name} changed while listing: {initial_count} when the listing started, "
                   f"{delivered} delivered ({what}); run it again for a consistent result")
        logger.warning(message)
        warnings.warn(message, HaloDriftWarning, stacklevel=4)
