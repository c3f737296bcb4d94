"""Fetching list pages completely: paged, count-limited and unpaged strategies (API notes section 2).

Completeness rules for paged resources: stop on an empty page, a short page, or once the rows collected reach
``record_count``; the page size in force is what the server actually returned (servers clamp it), never the
one requested or echoed; a page identical to the one before means the server ignores ``page_no``; no id is
ever yielded twice; when the total changes while listing, a :class:`HaloDriftWarning` names the drift.

Listings and slices alike stream: once the first page reveals ``record_count``, the remaining pages up to the
last one it allows are fetched with bounded parallelism and yielded in order; at most ``concurrency`` pages are
in flight beyond the one being read, and the ids already read take a bit each, so memory does not grow with
the total. No page past ``record_count`` is asked for once it is known.
"""

from __future__ import annotations

import logging
import warnings
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any, Callable, Deque, Dict, Generator, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from ..exceptions import HaloPaginationError
from ..resources import COUNTED, PAGED, Resource

__all__ = ["PageReader", "HaloDriftWarning", "plan_slice", "page_params", "DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE"]

# Seconds a listing closed early waits for the pages still in flight (see PageReader._stream_pages).
CLOSE_WAIT = 5.0

logger = logging.getLogger("halopsa")


def settle(futures: Iterable[Future[Any]], timeout: Optional[float] = None) -> None:
    """Cancel the calls not started yet and wait (up to ``timeout`` seconds) for the ones running, so that
    nothing started for a caller goes on behind its back once it has moved on."""
    futures = list(futures)
    for future in futures:
        future.cancel()
    futures_wait(futures, timeout=timeout)


def page_params(page_no: int, size: int) -> Dict[str, str]:
    """The query parameters that ask for page ``page_no`` (from 1) of ``size`` rows."""
    return {"pageinate": "true", "page_size": str(size), "page_no": str(page_no)}

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


_UNKNOWN = object()


def _key(row: Any) -> Any:
    """What tells a row apart: its id, or the whole row when it has none."""
    key = row.get("id") if isinstance(row, dict) else None
    return row if key is None else ("id", key)


def _ids(rows: Sequence[Dict[str, Any]]) -> Tuple[Any, ...]:
    return tuple(row.get("id") if isinstance(row, dict) else row for row in rows)


class _SeenIds:
    """The ids a listing has read, so that none is yielded twice.

    Non-negative int ids (what Halo uses) take one bit each in a bytearray that grows (doubling) to the largest
    id seen, up to ``BITMAP_LIMIT`` bits (8 MiB); any other key, and any larger id, goes to a set. A set alone
    costs about 80 bytes an id: for 100,000 tickets, memory growing with the count.
    """

    __slots__ = ("_bits", "_others")

    BITMAP_LIMIT = 1 << 26  # ids below this share at most 8 MiB of bits

    def __init__(self) -> None:
        self._bits = bytearray()
        self._others: Optional[Set[Any]] = None

    def add(self, key: Any) -> bool:
        """Record ``key``; True when it had not been seen before."""
        if type(key) is int and 0 <= key < self.BITMAP_LIMIT:
            index, bit = key >> 3, 1 << (key & 7)
            bits = self._bits
            if index >= len(bits):
                bits.extend(bytes(min(max(index + 1, 2 * len(bits), 64), self.BITMAP_LIMIT >> 3) - len(bits)))
            elif bits[index] & bit:
                return False
            bits[index] |= bit
            return True
        key = _hashable(key)
        if self._others is None:
            self._others = set()
        if key in self._others:
            return False
        self._others.add(key)
        return True

    def __contains__(self, key: Any) -> bool:
        if type(key) is int and 0 <= key < self.BITMAP_LIMIT:
            index = key >> 3
            return index < len(self._bits) and bool(self._bits[index] & (1 << (key & 7)))
        return self._others is not None and _hashable(key) in self._others


def _hashable(key: Any) -> Any:
    """``key``, or what stands for it when it cannot be hashed (an id a server sent as a list or an object)."""
    try:
        hash(key)
    except TypeError:
        return ("unhashable", repr(key))
    return key


class _Progress:
    """Where one paged read stands: the window ``[start, stop)`` wanted, the page size in force, the ids read,
    how many rows of the listing have been read through, and the first and latest ``record_count``."""

    __slots__ = ("start", "stop", "size", "offset", "seen", "read", "initial_count", "record_count",
                 "reached_end")

    def __init__(self, start: int, stop: Optional[int], size: int, offset: int,
                 record_count: Optional[int]) -> None:
        self.start, self.stop, self.size, self.offset = start, stop, size, offset
        self.seen = _SeenIds()
        self.read = offset  # the rows before the first page read count as read: the listing starts there
        self.initial_count = self.record_count = record_count
        self.reached_end = False

    def accept(self, page_start: int, rows: Rows, count: Optional[int]) -> Rows:
        """Take a page whose first row is row ``page_start`` of the listing: the rows to yield are those inside
        the window whose id has not been read before."""
        if count is not None:
            self.record_count = count
        low = self.start - page_start
        high = len(rows) if self.stop is None else self.stop - page_start
        add = self.seen.add
        fresh: Rows = []
        read = 0
        if low <= 0 and high >= len(rows):
            for row in rows:
                key = row.get("id") if isinstance(row, dict) else None
                if key is None or add(key):
                    read += 1
                    fresh.append(row)
        else:
            for index, row in enumerate(rows):
                key = row.get("id") if isinstance(row, dict) else None
                if key is None or add(key):
                    read += 1
                    if low <= index < high:
                        fresh.append(row)
        self.read += read
        if type(rows) is list:
            return fresh
        # rows read with their JSON text (an export's: halopsa._json_text.KeptRows): the texts go with the rows kept
        if len(fresh) == len(rows):
            return rows
        texts: Optional[List[Optional[str]]] = getattr(rows, "texts", None)
        if texts is None:
            return fresh
        from .._json_text import KeptRows

        text_of = {id(row): text for row, text in zip(rows, texts)}
        return KeptRows(fresh, [text_of[id(row)] for row in fresh])

    def finished(self, page_no: int, rows: Rows) -> bool:
        """After page ``page_no``: has the listing ended (empty page, short page, ``record_count`` reached), or
        has the window been covered?"""
        if not rows or len(rows) < self.size or (self.record_count is not None and self.read >= self.record_count):
            self.reached_end = True
            return True
        return self.stop is not None and page_no * self.size >= self.stop

    def last_page(self) -> Optional[int]:
        """The last page worth asking for, as far as the latest ``record_count`` and ``stop`` tell; None
        without a ``record_count``, as then any page may be past the end (so pages go one at a time)."""
        if self.record_count is None:
            return None
        last = -(-self.record_count // self.size)
        return last if self.stop is None else min(last, -(-self.stop // self.size))

    def forget(self) -> None:
        """Nothing read so far counts (it was not what the pages claimed to be)."""
        self.seen = _SeenIds()
        self.read = self.offset

    @property
    def whole_listing(self) -> bool:
        """The read went from the listing's first row to its end, so its total can be checked for drift."""
        return self.offset == 0 and self.reached_end


def _clamped(rows: Rows, size: int, record_count: Optional[int], offset: int, page_no: int) -> bool:
    """Is this short page (of page ``page_no`` asked with ``size`` rows) the server serving fewer rows a page?

    It is when more rows follow it. A short page after the first is taken as clamped even when its rows seem
    to end where the listing does: a server that clamps places the page by the size it serves, not by the size
    asked, and page 11 of 50 clamped to 37 rows (rows 370 to 406) looks just like the last 37 rows of a listing
    of 537. Reading it again at the size served costs a request or two, and is right either way."""
    if not rows or len(rows) >= size or record_count is None:
        return False
    end = offset + len(rows)
    return record_count > end or page_no != 1


_IGNORES_PAGE_NO = "ignores_page_no"
_HONOURS_PAGE_NO = "honours_page_no"
_PAGE_ONE_STARTS = "page_one_starts"  # {query parameters: the key of page 1's first row}, the newest few
_PAGE_ONE_KEPT = 16


class PageReader:
    """Reads the rows of one listing. ``fetch`` sends one GET with the given parameters."""

    def __init__(self, resource: Resource, fetch: FetchPage, params: Dict[str, str], concurrency: int,
                 page_size: Optional[int], executor: Callable[[], ThreadPoolExecutor],
                 memo: Optional[Dict[str, Any]] = None) -> None:
        self.resource = resource
        # what earlier listings of this resource learnt about the server (that it ignores page_no), kept by
        # the client's manager so that the next listing does not have to find out again
        self.memo: Dict[str, Any] = {} if memo is None else memo
        self.fetch = fetch
        self.params = params
        self._query_key = tuple(sorted(params.items()))
        self.concurrency = max(1, concurrency)
        self.page_size = min(page_size or DEFAULT_PAGE_SIZE, 10_000)
        self._slice_page_size = self.page_size if page_size else MAX_PAGE_SIZE  # QuerySet.page_size() caps slices
        self._executor = executor
        self.requests = 0
        self.record_count: Optional[int] = None  # the latest total the server reported (for progress bars)
        self.rows_read = 0  # the rows handed over so far

    # -- helpers -----------------------------------------------------------------------------------------------

    def _get(self, extra: Dict[str, str]) -> Tuple[Rows, Optional[int]]:
        self.requests += 1
        rows, record_count = self.fetch({**self.params, **extra})
        if record_count is not None:
            self.record_count = record_count
        return rows, record_count

    def _page(self, page_no: int, size: int) -> Tuple[Rows, Optional[int]]:
        rows, record_count = self._get(page_params(page_no, size))
        if page_no == 1 and rows:  # what page 1 starts with, for checking a later page without a request
            firsts = self.memo.setdefault(_PAGE_ONE_STARTS, {})
            firsts.pop(self._query_key, None)
            firsts[self._query_key] = _key(rows[0])
            if len(firsts) > _PAGE_ONE_KEPT:
                try:
                    del firsts[next(iter(firsts))]  # the oldest
                except (KeyError, RuntimeError):  # another thread's listing trimmed it meanwhile
                    pass
        return rows, record_count

    # -- public ------------------------------------------------------------------------------------------------

    def count(self) -> Optional[int]:
        """``record_count`` from a one-row page, or None when the resource does not report it."""
        if self.resource.paging != PAGED:
            return None
        _, record_count = self._page(1, 1)
        return record_count

    def page(self, page_no: int, size: int) -> Tuple[Rows, Optional[int]]:
        """Page ``page_no`` of ``size`` rows, and the total: the rows ``[(page_no - 1) * size, page_no * size)``
        of the listing, whatever the server does with ``page_no`` and ``page_size`` (one request when it pages
        as asked; see :meth:`_paged`)."""
        start = (page_no - 1) * size
        rows: Rows = [row for chunk in self._paged(start, start + size, size, page_no) for row in chunk]
        return rows, self.record_count

    def pages(self, start: int = 0, stop: Optional[int] = None) -> Iterator[Rows]:
        """Yield lists of raw rows covering ``[start, stop)`` of the listing (all of it by default)."""
        for rows in self._pages(start, stop):
            self.rows_read += len(rows)
            yield rows

    def _pages(self, start: int, stop: Optional[int]) -> Iterator[Rows]:
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

    # -- paged ------------------------------------------------------------------------------------------------

    def _paged_range(self, start: int, stop: int) -> Iterator[Rows]:
        """Rows ``[start, stop)``: the fewest pages (see :func:`plan_slice`), never one past ``record_count``."""
        if stop <= start:
            return
        size, first, _ = plan_slice(start, stop, self._slice_page_size)
        yield from self._paged(start, stop, size, first)

    def _paged_all(self, start: int = 0) -> Iterator[Rows]:
        """Every row from ``start`` on. Read from page 1 even when ``start`` is later: page 2 repeating page 1
        is the only sign of a server that ignores ``page_no``."""
        yield from self._paged(start, None, self.page_size, 1)

    def _paged(self, start: int, stop: Optional[int], size: int, first: int) -> Iterator[Rows]:
        """Rows ``[start, stop)`` (``stop`` None: to the end), reading pages of ``size`` from page ``first``.

        Pages after the first stream with at most ``concurrency`` in flight, up to the last page that
        ``record_count`` and ``stop`` allow; if every one of them was full and the rows read still fall short
        of the latest ``record_count``, records appeared and the read goes on one page at a time.
        """
        if self.memo.get(_IGNORES_PAGE_NO):
            # known: pages past the first are page 1 again. The total (one row), then the listing unpaged
            _, record_count = self._page(1, 1)
            progress = _Progress(start, stop, size, 0, record_count)
            yield from self._page_no_ignored(progress, None)
            if progress.whole_listing:
                self._check_drift(progress.initial_count, progress.record_count, progress.read)
            return
        rows, record_count = self._page(first, size)
        offset = (first - 1) * size
        if _clamped(rows, size, record_count, offset, first):
            # the server clamped the page size: plan again with the size it really serves. A whole listing
            # still starts at page 1 (see _paged_all). Page 1 starts at row 0 whatever the size, so when the new
            # plan starts there too it is kept; any other page is fetched at the offset the new size gives.
            served = len(rows)
            logger.debug("%s: server serves %d rows a page (asked %d)", self.resource.name, served, size)
            replanned = (start if stop is not None else 0) // served + 1
            size = served
            if (first, replanned) != (1, 1):
                if record_count is not None and start >= record_count:
                    return  # the window lies past the end of the listing
                first = replanned
                rows, record_count = self._page(first, size)
                offset = (first - 1) * size
        progress = _Progress(start, stop, size, offset, record_count)
        # Rows of a page past the first reach the caller only once something shows that the server pages: a
        # page told apart from page 1 (free when the next page is read anyway; else one request for one row),
        # remembered for the resource. A server that ignores page_no serves page 1 again instead.
        unchecked = first != 1 and bool(rows) and not self.memo.get(_HONOURS_PAGE_NO)
        if unchecked and record_count is not None and offset + len(rows) > record_count:
            # rows past the end of the listing: what came back is an earlier page
            yield from self._page_no_ignored(
                progress, f"page {first} of size {size} held {len(rows)} rows of a listing of {record_count}")
            return
        out = progress.accept(offset, rows, record_count)
        finished = progress.finished(first, rows)
        if unchecked and finished:
            why = self._same_as_page_one(first, size, rows)
            if why is not None:
                progress.forget()
                yield from self._page_no_ignored(progress, why)
                return
            unchecked = False
        # an unchecked page waits for the next: if it holds the same rows, both were page 1
        held: Optional[Rows] = out if unchecked else None
        if not unchecked and out:
            yield out
        if not finished:
            previous = _ids(rows)
            source = self._pages_after(first, progress.last_page(), size)
            try:
                for number, page, count in source:
                    ids = _ids(page)
                    if page and ids == previous:
                        if held is not None:  # nothing yielded yet: the held page was page 1 in disguise
                            progress.forget()
                        yield from self._page_no_ignored(progress, f"page {number} repeated page {number - 1}")
                        break
                    if page and number == first + 1:
                        self.memo[_HONOURS_PAGE_NO] = True  # two different pages: the server pages
                    previous = ids
                    out = progress.accept((number - 1) * size, page, count)
                    if held is not None:
                        if held:
                            yield held
                        held = None
                    if out:
                        yield out
                    if progress.finished(number, page):
                        break
            finally:
                source.close()
        if progress.whole_listing:
            self._check_drift(progress.initial_count, progress.record_count, progress.read)

    def _same_as_page_one(self, page_no: int, size: int, rows: Rows) -> Optional[str]:
        """Does page ``page_no`` (not 1) start with the record page 1 starts with? Free when page 1 of the same
        query was read before (``count()``, ``first()``...), else one request for one row; asked once for the
        resource, the answer is remembered. Returns how it showed, or None (it pages)."""
        first = self.memo.get(_PAGE_ONE_STARTS, {}).get(self._query_key, _UNKNOWN)
        if first is _UNKNOWN:
            first_rows, _ = self._page(1, 1)
            first = _key(first_rows[0]) if first_rows else None
        if first is not None and first == _key(rows[0]):
            return f"page {page_no} of size {size} began with the first record of page 1"
        self.memo[_HONOURS_PAGE_NO] = True
        return None

    def _pages_after(self, first: int, last: Optional[int],
                     size: int) -> Generator[Tuple[int, Rows, Optional[int]], None, None]:
        """Pages ``first + 1 .. last`` (streamed), then one at a time for as long as the caller reads on."""
        page_no = first + 1
        if last is not None and last >= page_no:
            numbers = range(page_no, last + 1)
            if self.concurrency > 1:
                yield from self._stream_pages(numbers, size)
            else:  # in the calling thread: nothing to overlap
                for number in numbers:
                    rows, count = self._page(number, size)
                    yield number, rows, count
            page_no = last + 1
        while True:
            rows, count = self._page(page_no, size)
            yield page_no, rows, count
            page_no += 1

    def _stream_pages(self, numbers: Sequence[int], size: int) -> Iterator[Tuple[int, Rows, Optional[int]]]:
        """Fetch pages with at most ``concurrency`` in flight, yielding them in order."""
        executor = self._executor()
        pending: Deque[Tuple[int, Future[Tuple[Rows, Optional[int]]]]] = deque()
        iterator = iter(numbers)
        try:
            for number in iterator:
                pending.append((number, executor.submit(self._page, number, size)))
                if len(pending) >= self.concurrency:
                    break
            while pending:
                number, future = pending.popleft()
                rows, count = future.result()
                del future  # the page is held by the caller from here on, not by this frame too
                nxt = next(iterator, None)
                if nxt is not None:
                    pending.append((nxt, executor.submit(self._page, nxt, size)))
                yield number, rows, count
                del rows
        except (GeneratorExit, Exception):
            # Closed early (a loop left with break, a limit reached, a repeated page) or failed: the pages not
            # started are dropped and the ones in flight are waited for, so that no request of this listing is
            # still running once it has ended. Ctrl-C (KeyboardInterrupt) does not wait; neither does a close
            # for longer than CLOSE_WAIT (a loop left by Ctrl-C is closed this way, after the interrupt).
            settle((future for _, future in pending), timeout=CLOSE_WAIT)
            raise
        finally:
            for _, future in pending:
                future.cancel()

    def _page_no_ignored(self, progress: "_Progress", why: Optional[str]) -> Iterator[Rows]:
        """The server does not page: read the listing in one unpaged request (``count`` rows where known).
        ``why`` is how it was noticed (warned once; None when an earlier listing of the client noticed)."""
        name = self.resource.name
        if why is not None:
            self.memo[_IGNORES_PAGE_NO] = True
            warnings.warn(f"the server ignores page_no for {name} ({why}); fetching the listing in one unpaged "
                          "request instead, for this and later listings of this client", HaloDriftWarning,
                          stacklevel=4)
        record_count, stop = progress.record_count, progress.stop
        wanted = stop if record_count is None else record_count if stop is None else min(stop, record_count)
        rows, _ = self._get({"count": str(wanted)} if wanted else {})
        if record_count is not None and wanted is not None and len(rows) < wanted:
            # known incomplete: fail before handing over any of it, so that nothing mistakes it for the whole
            raise HaloPaginationError(
                f"the server ignores page_no for {name} and its unpaged reply stopped at {len(rows)} of "
                f"{wanted} records; narrow the query with filters so it fits one reply")
        out = progress.accept(0, rows, None)
        progress.reached_end = stop is None
        if out:
            yield out

    def _check_drift(self, initial_count: Optional[int], latest_count: Optional[int], delivered: int) -> None:
        if initial_count is None:
            return
        latest = initial_count if latest_count is None else latest_count
        if delivered == initial_count == latest:
            return
        if delivered > initial_count:
            what = f"{delivered - initial_count} record(s) appeared"
        elif delivered < initial_count:
            what = (f"{initial_count - delivered} record(s) vanished, and because pages shift when records are "
                    "removed, others may have been skipped")
        else:
            what = ("records appeared or vanished where the listing had already passed, so some may have been "
                    "skipped")
        total = f", {latest} at the end" if latest != initial_count else ""
        message = (f"{self.resource.name} changed while listing: {initial_count} when the listing started{total}, "
                   f"{delivered} delivered ({what}); run it again for a consistent result")
        logger.warning(message)
        warnings.warn(message, HaloDriftWarning, stacklevel=4)
