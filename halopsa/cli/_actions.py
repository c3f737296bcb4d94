"""``halo <resource> <action>``: each action parses, calls the SDK once or twice, and renders the result.

No HTTP or paging here: listings are ``client.<resource>.list()`` pages or QuerySet slices, writes are the
managers' ``create``/``update``/``delete``, and filters are validated by the SDK's compiler before anything
is sent.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from ._context import Context
from ._errors import API_ERROR, USAGE, CommandFailed, UsageError
from ._output import ProgressBar
from ._inputs import json_or_text, read_json, split_names, where_lookups
from ._parser import build_resource_parser, check_action, hoist_output_options, parse_command, standard_actions

if TYPE_CHECKING:  # pragma: no cover
    from ..resources import Resource

__all__ = ["run_resource", "QuerySpec", "DEFAULT_PAGE_SIZE"]

DEFAULT_PAGE_SIZE = 50  # rows of the first page `halo <resource> list` prints
_WHOLE_NUMBER = re.compile(r"^-?\d+$")


def run_resource(ctx: Context, name: str, rest: Sequence[str]) -> int:
    from ..resources import get_resource

    resource = get_resource(name)
    rest = hoist_output_options(rest)
    check_action(resource, rest)
    args = parse_command(build_resource_parser(resource), rest)
    if not getattr(args, "action", None):
        check_action(resource, [])
    handler = _HANDLERS[args.action] if args.action in standard_actions(resource) else do_operation
    return handler(ctx, resource, args)


# -- reading -----------------------------------------------------------------------------------------------------


class QuerySpec:
    """The server filters, client-side lookups and ordering of a ``list`` or ``count`` command."""

    def __init__(self, resource: "Resource", filters: Dict[str, Any], where: Dict[str, Any],
                 ordering: Tuple[str, ...], params: Optional[Dict[str, str]] = None) -> None:
        self.resource = resource
        self.filters = filters
        self.params = dict(params or {})  # --param: sent as given, unchecked (QuerySet.with_params)
        self.where = where
        self.ordering = ordering
        self.details: Optional[Tuple[str, ...]] = None  # read records in full: () every one, else lacking these
        self._names_resolved = False

    @classmethod
    def from_args(cls, resource: "Resource", args: argparse.Namespace) -> "QuerySpec":
        from ..models import model_for

        where = where_lookups(args.where or (), model_for(resource)._fields)
        ordering = tuple(split_names(getattr(args, "order_by", None)))
        spec = cls(resource, dict(args.filters or {}), where, ordering, dict(getattr(args, "params", None) or {}))
        if getattr(args, "details", False):
            spec.details = ()
        elif split_names(getattr(args, "fields", None)) and resource.can_get:
            spec.details = tuple(split_names(args.fields))  # fields the rows lack come from the full records
        spec.validate()
        return spec

    def validate(self) -> None:
        """Reject unknown filters, bad values, lookups and orderings now, before connecting (the SDK's own
        checks, which suggest the name meant)."""
        from ..exceptions import HaloQueryError
        from ..query.compiler import compile_filters, compile_ordering
        from ..query.lookups import compile_predicates

        from ._lookup import with_placeholders

        needed = self.resource.needs_filter
        if needed and needed not in self.filters:
            from ._parser import filter_flag

            raise HaloQueryError(f"Halo lists {self.resource.name} one {needed.replace('_id', '')} at a time: add "
                                 f"{filter_flag(needed)} ID (or --filter {needed}=ID)")
        filters = self.filters
        try:
            self.filters = with_placeholders(self.resource, filters, "filter")  # names are resolved later
            self._check_numbers()
            compile_filters(self.resource, self.filters)
            self.queryset_checks()
            compile_predicates(dict(self.where))
            compile_ordering(self.resource, self.ordering)
        except HaloQueryError as error:
            raise HaloQueryError(in_command_line_terms(error)) from None
        finally:
            self.filters = filters

    def resolve_names(self, client: Any) -> None:
        """Put the ids of the records named in the filters (--agent "Dana Brooks") in place of their names."""
        if not self._names_resolved:
            from ._lookup import NameResolver

            NameResolver(client).resolve(self.resource, self.filters, "filter")
            self._names_resolved = True

    def _check_numbers(self) -> None:
        """A number filter that is not an id (``includeclosed``, ``priority``) told a word such as 'true': say
        it takes a whole number and what the numbers mean (the SDK's message speaks of ids)."""
        from ..exceptions import HaloQueryError

        for name, value in self.filters.items():
            filter_ = self.resource.filters.get(name)
            if filter_ is None or filter_.type not in ("int", "int_list") or name.endswith("_id") \
                    or not isinstance(value, str):
                continue
            parts = value.split(",") if filter_.type == "int_list" else [value]
            bad = next((part for part in parts if part.strip() and not _WHOLE_NUMBER.match(part.strip())), None)
            if bad is None:
                continue
            several = " (or several, separated by commas)" if filter_.type == "int_list" else ""
            meaning = " ".join(filter_.help.split()).rstrip(".")
            raise HaloQueryError(f"filter '{name}' of {self.resource.name} takes a whole number{several}, not "
                                 f"{bad.strip()!r}" + (f"; HaloPSA: {meaning}" if meaning else ""))

    def queryset_checks(self) -> None:
        """--param names that are filters, or that the QuerySet sets itself, are refused as with_params() does."""
        from ..exceptions import HaloQueryError
        from ..resources import PAGING_PARAMS

        for name in self.params:
            if name in self.resource.filters:
                raise HaloQueryError(f"'{name}' is a filter of {self.resource.name}: give it with --filter "
                                     f"{name}=VALUE, which checks its value")
            if name in PAGING_PARAMS:
                raise HaloQueryError(f"'{name}' is set by halo itself: use --order-by, --limit or --page-size")

    def queryset(self, manager: Any) -> Any:
        self.resolve_names(manager._client)
        query = manager.filter(**self.filters) if self.filters else manager.all()
        if self.params:
            query = query.with_params(**self.params)
        if self.where:
            query = query.where(**self.where)
        if self.ordering:
            query = query.order_by(*self.ordering)
        if self.details is not None:
            query = query.details(*self.details)
        return query


def in_command_line_terms(error: Any) -> str:
    """A query error in the command line's words, from what it carries (the SDK's message speaks Python)."""
    name = error.name
    if error.kind == "unknown_filter":
        text = f"unknown filter '{name}' for {error.resource}"
        if error.reason == "order":
            return text + "; the order is set with --order-by -id,summary"
        if error.reason == "paging":
            return text + "; paging is done for you: use --limit N, --all or --page-size N"
        if error.reason == "lookup":
            return text + f"; lookups such as '{name}' filter on the client: use --where {name}=VALUE"
        if error.reason == "relation":
            return text + f"; Halo's API cannot filter {error.resource} by {name} on the server: use --where"
        hint = f"; did you mean '{error.suggestions[0]}'?" if error.suggestions else ""
        return text + hint + " (for a field the server cannot filter on, use --where FIELD=VALUE)"
    if error.kind == "unknown_lookup":
        return f"unknown lookup '{name}' in --where; use FIELD__op with op one of: {', '.join(error.suggestions)}"
    return str(error)


def _columns(resource: "Resource", args: argparse.Namespace) -> Tuple[List[str], bool]:
    fields = split_names(getattr(args, "fields", None))
    return (fields or list(resource.columns)), bool(fields)


def _wire(records: Iterable[Any]) -> Iterator[Dict[str, Any]]:
    return (record.to_dict() for record in records)


def do_list(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    from ..resources import PAGED

    spec = QuerySpec.from_args(resource, args)
    columns, narrow = _columns(resource, args)
    out = ctx.output(args)
    manager = getattr(ctx.client(), resource.name)
    if args.all:
        query = spec.queryset(manager).values()  # wire-form dicts: the rows as sent, where nothing changes them
        if args.page_size:
            query = query.page_size(args.page_size)
        if out.format == "jsonl" and not narrow:
            # each row's JSON text, where it is the line to write as it stands, written a page at a time
            query = query._keeping_json_text()
            pages: Iterable[Any] = query._text_pages()
            if _progress_wanted(out):
                pages = _with_progress(pages, query, resource.name, rows_in=len)
            out.jsonl_pages(pages)
            return 0
        rows: Iterable[Any] = query.iterator()
        if _progress_wanted(out):
            rows = _with_progress(rows, query, resource.name)
        out.records(rows, columns, narrow)
        return 0
    if args.limit:
        query = spec.queryset(manager)
        if args.page_size and resource.paging == PAGED:
            # a slice picks its own page sizes; --page-size asks for these: pages of that size, read one at a
            # time (so none is fetched past the limit)
            limited: Iterable[Any] = itertools.islice(
                query.page_size(args.page_size).concurrency(1).iterator(), args.limit)
        else:
            limited = query[: args.limit]
        out.records(_wire(limited), columns, narrow)
        return 0
    size = args.page_size or DEFAULT_PAGE_SIZE
    records, total, more = _first_page(manager, spec, size)
    out.records(_wire(records), columns, narrow)
    if more:
        shown = f"showing {len(records):,} of {total:,}" if total is not None else f"showing the first {len(records):,}"
        ctx.note(f"{shown}; use --all or --limit N for more")
    return 0


def _first_page(manager: Any, spec: QuerySpec, size: int) -> Tuple[List[Any], Optional[int], bool]:
    """The first ``size`` records, the total when the server tells it, and whether there are more."""
    from ..resources import COUNTED, PAGED

    resource = spec.resource
    spec.resolve_names(manager._client)
    if not spec.where and not spec.params:
        # one request, with record_count where the server reports it (and a request a record read in full)
        page = manager.list(page_size=size, order_by=spec.ordering or None, **spec.filters)
        records = list(page.items)
        if spec.details is not None:
            from ..query.queryset import read_in_full

            records = list(read_in_full(records, spec.details, not spec.details, manager._client.concurrency))
        if page.record_count is not None:
            return records, page.record_count, page.record_count > len(records)
        return records, None, resource.paging == COUNTED and len(records) >= size
    query = spec.queryset(manager)
    # a slice one longer than the page tells whether there is more
    records = list(query[: size + 1])
    more = len(records) > size
    records = records[:size]
    if not more:
        return records, len(records), False
    return records, None, True


def is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _progress_wanted(out: Any) -> bool:
    """A progress bar on stderr only where the records cannot land on the same screen: stderr is a terminal, and
    the records are a table (collected before printing, so the bar is gone first) or go to a regular file. Never
    when stdout is a terminal or a pipe (``| cat``, ``| less`` show on that screen too)."""
    if not is_terminal(sys.stderr):
        return False
    return out.format == "table" or _is_regular_file(out.stream)


def _is_regular_file(stream: Any) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):  # io.StringIO, a closed stream
        return False


def _with_progress(rows: Iterable[Any], query: Any, label: str,
                   rows_in: Callable[[Any], int] = lambda row: 1) -> Iterator[Any]:
    """Pass ``rows`` (``query``'s) through, drawing a progress line on stderr (a terminal) at most ten times a
    second: the total is the ``record_count`` the listing's pages report (no request of its own), and the line
    says when the client waits (see _waits.py). ``rows_in`` tells how many rows an item of ``rows`` holds (one, or
    a page's)."""
    from ._waits import waiting_note

    bar = ProgressBar(sys.stderr)
    count, drawn = 0, 0.0
    matching = bool(query._predicates)
    try:
        for row in rows:
            count += rows_in(row)
            now = time.monotonic()
            if now - drawn >= 0.1 or not bar.shown:  # not shown: erased for another line on stderr
                if matching:  # where(): the total is of the rows read, not of those matching
                    line = progress_line(label, query.rows_read, query.record_count, what=f"read, {count:,} matching")
                else:
                    line = progress_line(label, count, query.record_count)
                bar.draw(line + waiting_note(now))
                drawn = now
            yield row
    finally:
        bar.clear()


def progress_line(label: str, count: int, total: Optional[int], width: int = 30, what: str = "") -> str:
    """``tickets: [#####     ] 150 of 500`` (``what`` after the numbers), or ``tickets: 150 records``."""
    tail = f" {what}" if what else ""
    if not total:
        return f"{label}: {count:,} records{tail}"
    done = min(1.0, count / total)
    bar = "#" * int(done * width)
    return f"{label}: [{bar:<{width}}] {count:,} of {total:,}{tail}"


def do_count(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    spec = QuerySpec.from_args(resource, args)
    out = ctx.output(args)
    count = spec.queryset(getattr(ctx.client(), resource.name)).count()
    out.value(count)
    return 0


def do_get(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    out = ctx.output(args)
    params = dict(getattr(args, "op_params", None) or {})
    if getattr(args, "details", False):
        params["includedetails"] = True
    from ..query.compiler import check_params

    check_params(resource, params, resource.get_params, "get")  # before connecting: a refused value sends nothing
    record = getattr(ctx.client(), resource.name).get(args.id, **params)
    out.record(record.to_dict(), resource.columns, split_names(args.fields))
    return 0


def do_me(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    out = ctx.output(args)
    record = getattr(ctx.client(), resource.name).me()
    out.record(record.to_dict(), resource.columns, split_names(args.fields))
    return 0


# -- writing -----------------------------------------------------------------------------------------------------


def _body(resource: "Resource", args: argparse.Namespace, what: str) -> Any:
    """The fields to send: --data, then --set, then the typed flags (later ones win). A --set value is read as
    JSON when it parses, else as text; a field the schema types as text keeps a number or true/false as written
    (``--set summary=123`` sends "123")."""
    data: Any = read_json(args.data) if args.data else {}
    fields = resource.write_fields or {}
    assigned = {}
    for name, text in args.assignments or ():
        value = json_or_text(text)
        assigned[name] = text if fields.get(name) == "str" and isinstance(value, (bool, int, float)) else value
    typed = dict(getattr(args, "typed_fields", None) or {})
    if isinstance(data, list):
        if what != "create" or assigned or typed:
            raise UsageError(f"--data for {what} must be one JSON object"
                             + ("" if what != "create" else " when flags or --set are given too"))
        if not data or not all(isinstance(item, dict) for item in data):
            raise UsageError("--data as a list must hold at least one JSON object, one a record" if not data else
                             "--data as a list must hold JSON objects, one a record")
        return data
    if not isinstance(data, dict):
        raise UsageError(f"--data must be a JSON object such as '{{\"name\": \"Acme\"}}', not {type(data).__name__}")
    return {**data, **assigned, **typed}


def do_create(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    body = _body(resource, args, "create")
    if not body:
        raise UsageError(f"nothing to create: give the {resource.model_name}'s fields with --set FIELD=VALUE "
                         "or --data JSON" + (" or the typed flags (see --help)" if _has_typed(resource) else ""))
    out = ctx.output(args)
    manager = _writer(ctx, resource, args, body)
    if args.dry_run:
        return show_plan(ctx, out, lambda: manager.batch_create(body) if isinstance(body, list) else
                         manager.create(body))
    fields = split_names(args.fields) or None
    if isinstance(body, list):
        out.records(_wire(manager.batch_create(body)), fields or list(resource.columns), bool(fields))
        return 0
    record = manager.create(body)
    out.record(record.to_dict(), resource.columns, fields)
    return 0


def _has_typed(resource: "Resource") -> bool:
    return bool(resource.write_flags)


def do_update(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    body = _body(resource, args, "update")
    if "id" in body and body.pop("id") != args.id:
        raise UsageError(f"--data names another id than {args.id}; leave 'id' out of --data")
    if not body:
        raise UsageError("nothing to update: give the fields to change with --set FIELD=VALUE or --data JSON"
                         + (" or the typed flags (see --help)" if _has_typed(resource) else ""))
    out = ctx.output(args)
    manager = _writer(ctx, resource, args, body)
    chosen = _chosen(ctx, resource, args, "update")
    if chosen is not None:
        return _bulk(ctx, out, resource, args, chosen, "update", "updated",
                     lambda ids, progress: manager.bulk_update(ids, progress=progress, **body), changes=_changes(body))
    if args.dry_run:
        return show_plan(ctx, out, lambda: manager.update({"id": args.id, **body}))
    record = manager.update({"id": args.id, **body})
    out.record(record.to_dict(), resource.columns, split_names(args.fields) or None)
    return 0


def _writer(ctx: Context, resource: "Resource", args: argparse.Namespace, *bodies: Any) -> Any:
    """The manager that writes, once ``bodies`` passed the schema's checks (before connecting, so a refused
    field needs no credentials and sends nothing); with --unchecked, fields beyond Halo's schema go through."""
    from .._writes import HaloFieldError, check_write, unknown_field_message, wrong_type_message
    from ..exceptions import HaloQueryError

    from ._lookup import NameResolver, with_placeholders

    # the typed flags take a related record's name (--agent "Dana Brooks"); --set and --data take values as sent
    named = set(getattr(args, "typed_fields", None) or ())
    if not getattr(args, "unchecked", False):
        for body in bodies:
            for record in body if isinstance(body, list) else [body]:
                try:
                    check_write(resource, with_placeholders(resource, record, "field", named))
                except HaloFieldError as error:  # the SDK's data, in the command line's words
                    if error.expected is not None:
                        message = wrong_type_message(resource.cli_name, error.field, error.expected, error.value)
                        relation = resource.name_keys().get(error.field)
                        if relation is not None and isinstance(error.value, str):  # --set agent_id=dana
                            message += f"; to give its name, use --{relation.name.replace('_', '-')} NAME"
                        raise HaloQueryError(message) from None
                    raise HaloQueryError(unknown_field_message(resource.cli_name, error.field, error.suggestion,
                                                               error.schema, "--unchecked sends it anyway")) from None
    client = ctx.client()
    resolver = NameResolver(client)  # names of related records (--agent "Dana Brooks"): ids, before any write
    for body in bodies:
        if isinstance(body, dict):
            resolver.resolve(resource, body, "field", named)
    if getattr(args, "unchecked", False):
        client.check_fields = False
    return client._manager(resource.name)


def do_delete(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    params = {"reason": args.reason} if getattr(args, "reason", None) else {}
    chosen = _chosen(ctx, resource, args, "delete")
    if chosen is not None:
        manager = ctx.client()._manager(resource.name)
        return _bulk(ctx, ctx.output(args), resource, args, chosen, "delete", "deleted",
                     lambda ids, progress: manager.bulk_delete(ids, progress=progress, **params))
    label = f"{resource.model_name} #{args.id}"
    if args.dry_run:  # nothing is deleted, so nothing to ask
        manager = ctx.client()._manager(resource.name)
        return show_plan(ctx, ctx.output(args), lambda: manager.delete(args.id, **params))
    if not args.yes and not asked_first(f"delete {label}",
                                        lambda: f"Delete {_described(ctx, resource, args.id)}? [y/N] ",
                                        f"{label} was not deleted"):
        return API_ERROR
    out = ctx.output(args)
    getattr(ctx.client(), resource.name).delete(args.id, **params)
    out.message(f"deleted {label}", {"deleted": True, "resource": resource.name, "id": args.id})
    return 0


def _described(ctx: Context, resource: "Resource", record_id: Any) -> str:
    """``Ticket #12 'Printer broken'`` for a question, read from the server first (so a record that does not
    exist fails, exit code 3, before anything is asked)."""
    label = f"{resource.model_name} #{record_id}"
    if not resource.can_get:
        return label
    title = getattr(ctx.client(), resource.name).get(record_id).raw.get(resource.title)
    return f"{label} {str(title)!r}" if title not in (None, "") else label


def do_note(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    """A note (an action) on one record, or on every chosen one: one POST /Actions a chunk of 50."""
    out = ctx.output(args)
    note = {"note": args.note, "outcome": args.outcome, "hiddenfromuser": bool(args.private)}
    if not args.note.strip():
        raise UsageError("--note needs some text")
    chosen = _chosen(ctx, resource, args, "note")
    actions = ctx.client().actions
    single = chosen is None
    if chosen is None:
        chosen = [(args.id, "")]

    def add(ids: List[Any], progress: Any) -> int:
        for start in range(0, len(ids), 50):
            chunk = ids[start: start + 50]
            try:
                actions.batch_create([{"ticket_id": record_id, **note} for record_id in chunk])
            except Exception as error:
                error.done, error.not_done = ids[:start], ids[start:]  # type: ignore[attr-defined]
                raise
            progress(start + len(chunk))
        return len(ids)

    return _bulk(ctx, out, resource, args, chosen, "add a note to", "noted", add, single=single)


def _chosen(ctx: Context, resource: "Resource", args: argparse.Namespace,
            verb: str) -> Optional[List[Tuple[Any, str]]]:
    """``(id, title)`` of the records a bulk command acts on, or None for a single ID. ``-``: ids on standard
    input; else the records --filter and --where match (read from the server)."""
    filters = dict(getattr(args, "filters", None) or {})
    where = getattr(args, "where", None) or ()
    if args.id not in (None, "-"):
        if filters or where:
            raise UsageError(f"give one ID or --filter/--where to {verb}, not both")
        return None
    if args.id == "-":
        if filters or where:
            raise UsageError("give the records as ids on standard input (-) or with --filter/--where, not both")
        return [(record_id, "") for record_id in _ids_from_stdin(resource)]
    if not filters and not where:
        raise UsageError(f"{verb} needs an ID, - (ids on standard input: one a line, or a CSV file with an id "
                         "column) or --filter/--where to choose the records")
    from ..models import model_for

    spec = QuerySpec(resource, filters, where_lookups(where, model_for(resource)._fields), ())
    spec.validate()  # before connecting: a wrong filter name or value sends nothing
    manager = ctx.client()._manager(resource.name)
    chosen = [(record.id, str(record.raw.get(resource.title) or "")) for record in spec.queryset(manager)]
    if filters and not where and len(chosen) > 1 and len(chosen) >= manager.count():
        # Halo ignores a filter it does not know (or cannot apply): say so before anything is written
        ctx.note(f"halo: warning: the filters ({', '.join(f'{k}={v}' for k, v in filters.items())}) matched every "
                 f"one of the {len(chosen):,} {resource.cli_name}, as if the server ignored them; check them "
                 "(--dry-run shows what would be sent)")
    return chosen


def _ids_from_stdin(resource: "Resource") -> List[Any]:
    """Ids from standard input: one a line, a CSV file whose header has an ``id`` column (as ``-o csv`` and
    spreadsheets write it, byte-order mark and all), or JSON lines with an ``id`` (as ``-o jsonl`` writes them).
    Every id is checked (by the id rule) before anything is sent; repeated ids count once."""
    import csv
    import io
    import json

    from .._ids import record_id
    from .._render import visible
    from ..exceptions import HaloQueryError

    text = sys.stdin.read().lstrip("\ufeff")  # a spreadsheet's "CSV UTF-8" starts with a byte-order mark
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise UsageError("no ids on standard input (one a line, a CSV file with an id column, or JSON lines)")
    values: List[Tuple[int, Any]] = []
    if lines[0].lstrip().startswith("{"):
        for number, line in enumerate(lines, 1):
            try:
                row = json.loads(line)
            except ValueError:
                raise UsageError(f"line {number} of standard input is not a JSON object") from None
            if not isinstance(row, dict) or "id" not in row:
                raise UsageError(f"line {number} of standard input has no \"id\"")
            values.append((number, row["id"]))
    elif "," in lines[0] or lines[0].strip().lower() == "id":
        reader = csv.reader(io.StringIO(text, newline=""))
        header = [name.strip().lower() for name in next(reader)]
        if "id" not in header:
            raise UsageError(f"the CSV on standard input has no id column (its columns: "
                             f"{visible(', '.join(header))})")
        column = header.index("id")
        values = [(number, row[column] if column < len(row) else "")
                  for number, row in enumerate(reader, 2) if any(cell.strip() for cell in row)]
        if not values:
            raise UsageError("the CSV on standard input has a header but no rows: no ids to act on")
    else:
        values = list(enumerate(lines, 1))
    ids: Dict[Any, None] = {}
    for number, value in values:
        try:
            ids[record_id(resource, value)] = None
        except HaloQueryError as error:
            raise UsageError(f"line {number} of standard input: {error}") from None
    return list(ids)


def _bulk(ctx: Context, out: Any, resource: "Resource", args: argparse.Namespace, chosen: List[Tuple[Any, str]],
          verb: str, past: str, run: Any, changes: str = "", single: bool = False) -> int:
    """Ask once (count, the first few records and ``changes``, what will be set), then ``run(ids, progress)``
    with a progress line on a terminal; one line at the end, or on an error exactly which ids were done and
    which were not. ``single``: one record named by its ID, which is not asked about (as ``update ID`` is not)."""
    from ..exceptions import HaloError, HaloNotFoundError
    from ._errors import error_message, exit_code_for

    ids = [record_id for record_id, _ in chosen]
    what = f"{len(ids)} {resource.cli_name}" if len(ids) != 1 else f"{resource.model_name} #{ids[0]}"
    if not ids:
        out.message(f"nothing to {verb}: no {resource.cli_name} match", {past: 0, "ids": []})
        return 0
    if getattr(args, "dry_run", False):
        return show_plan(ctx, out, lambda: run(ids, lambda count: None))
    if not args.yes and not single:
        sample = ", ".join(f"#{record_id}" + (f" {title!r}" if title else "") for record_id, title in chosen[:3])
        more = f" and {len(ids) - 3} more" if len(ids) > 3 else ""
        setting = f", setting {changes}" if changes else ""
        question = f"{verb[:1].upper()}{verb[1:]} {what} ({sample}{more}){setting}? [y/N] "
        if not asked_first(f"{verb} {what}", question, f"nothing was {past}"):
            return API_ERROR
    bar = ProgressBar(sys.stderr) if is_terminal(sys.stderr) else None

    def progress(count: int) -> None:
        if bar is not None:
            bar.draw(progress_line(f"{past} {resource.cli_name}", count, len(ids)))

    try:
        count = run(ids, progress)
    except HaloError as error:
        done = error.done
        if done is None:
            raise
        not_done = error.not_done or []
        if isinstance(error, HaloNotFoundError) and error.missing and not not_done:  # the others done, these gone
            raise CommandFailed(f"{error_message(error)}; {past} ({len(done)}): {_id_list(done)}",
                                exit_code_for(error)) from None
        raise CommandFailed(f"{error_message(error)}; {past} ({len(done)}): {_id_list(done)}; not {past} "
                            f"({len(not_done)}): {_id_list(not_done)}", exit_code_for(error)) from None
    finally:
        if bar is not None:
            bar.clear()
    out.message(f"{past} {count} {resource.cli_name}" if count != 1 else f"{past} {resource.model_name} #{ids[0]}",
                {past: count, "resource": resource.name, "ids": ids})
    return 0


def _changes(body: Dict[str, Any], width: int = 100) -> str:
    """``agent_id=4, status_id=9``: what an update sets, for its question (cut at ``width``)."""
    import json

    from .._render import visible

    text = ", ".join(f"{name}={json.dumps(value, ensure_ascii=False, default=str)}" for name, value in body.items())
    return visible(text if len(text) <= width else text[: width - 1] + "…")


def _id_list(ids: Sequence[Any]) -> str:
    return ",".join(str(record_id) for record_id in ids) or "none"


def asked_first(action: str, question: Union[str, Callable[[], str]], declined: str) -> bool:
    """Whether the user answered yes to ``question`` (text, or made only once there is a terminal to ask: it may
    read the record it names). Without a terminal, refuses to ``action`` (a :class:`UsageError`: add --yes). A
    "no" prints ``declined`` (the user's answer, not a failure: no "error:"); the caller then exits API_ERROR,
    the documented exit code of a declined question."""
    if not is_terminal(sys.stdin):
        raise UsageError(f"refusing to {action} without confirmation: standard input is not a terminal; add --yes")
    if confirm(question() if callable(question) else question):
        return True
    sys.stderr.write(declined + "\n")
    return False


def confirm(question: str) -> bool:
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer.endswith("\n"):  # Ctrl-D: the terminal did not end the question's line
        sys.stderr.write("\n")
    return answer.strip().lower() in ("y", "yes")


# -- attachments -------------------------------------------------------------------------------------------------


def do_run(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    """``halo reports run ID``: a saved report's rows, rerun for a period when one is given."""
    import datetime

    for flag, value in (("--start", args.start), ("--end", args.end)):
        try:
            if value is not None:
                datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise UsageError(f"{flag} takes an ISO 8601 date such as 2024-05-01, not {value!r}") from None
    if args.start and args.end and args.start.strip()[:10] > args.end.strip()[:10]:
        raise UsageError(f"--start {args.start} is after --end {args.end}")
    filters = read_json(args.filters, "--filters") if args.filters is not None else None
    if filters is not None and not isinstance(filters, (list, dict)):
        raise UsageError("--filters must be a JSON list or object (the report's filters as Halo has them)")
    out = ctx.output(args)
    rows = ctx.client()._manager(resource.name).run(args.id, start=args.start, end=args.end, period=args.period,
                                                    date_field=args.date_field, filters=filters)
    print_rows(out, rows, args.fields)
    return 0


def print_rows(out: Any, rows: Any, fields: Optional[str]) -> None:
    """A report's or a query's rows, in its columns' order (or --fields')."""
    chosen = split_names(fields)
    if chosen:
        unknown = [name for name in chosen if name not in rows.columns]
        if unknown and rows:
            raise UsageError(f"no column {', '.join(map(repr, unknown))} in the result; its columns: "
                             + ", ".join(rows.columns))
    out.records(iter(rows), chosen or rows.columns, bool(chosen))


def do_upload(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"cannot read {args.file}: " + ("it is a folder" if path.is_dir() else "no such file"))
    out = ctx.output(args)
    record = ctx.client().attachments.upload(path, ticket_id=args.ticket_id, action_id=args.action_id,
                                             filename=args.filename)
    out.record(record.to_dict(), resource.columns, None)
    return 0


def do_download(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    target = args.output_file
    if target == "-":
        ctx.client().attachments.download(args.id, sys.stdout.buffer)
        sys.stdout.flush()
        return 0
    destination = Path(target) if target else None
    if destination is not None:
        _check_folder(destination)  # before anything is sent
        if destination.exists() and not destination.is_dir() and not args.force:
            raise UsageError(f"{destination} exists; add --force to overwrite it")
    manager = ctx.client().attachments
    if destination is None or destination.is_dir():
        record = manager.get(args.id)
        name = Path(str(getattr(record, "filename", None) or "")).name or f"attachment-{args.id}"
        destination = (destination or Path(".")) / name
        if destination.exists() and not args.force:
            raise UsageError(f"{destination} exists; add --force to overwrite it, or -o FILE to choose a name")
    size = _save(manager, args.id, destination)
    from .._render import visible

    # the file's name is the server's: shown, not obeyed
    sys.stdout.write(f"saved attachment #{args.id} to {visible(str(destination))} ({size:,} bytes)\n")
    return 0


def _check_folder(destination: Path) -> None:
    """The folder ``destination`` goes in must exist and be writable: a mistyped -o fails before the download."""
    import errno
    import os

    folder = destination if destination.is_dir() else destination.parent
    if not folder.exists():
        problem = os.strerror(errno.ENOENT)
    elif not folder.is_dir():
        problem = f"{folder} is not a folder"
    elif not os.access(folder, os.W_OK | os.X_OK):
        problem = os.strerror(errno.EACCES)
    else:
        return
    raise CommandFailed(f"cannot write {destination}: {problem}", USAGE)


def _save(manager: Any, record_id: Any, destination: Path) -> int:
    """Download to ``destination`` (the SDK writes through a temporary file, so a failure leaves no partial file
    and an existing one as it was). Returns the size written."""
    try:
        written: Path = manager.download(record_id, destination)
        return written.stat().st_size
    except OSError as error:  # the disk's failure: the SDK maps every network error to a HaloError
        raise _cannot_write(destination, error) from None


def _cannot_write(destination: Path, error: OSError) -> CommandFailed:
    return CommandFailed(f"cannot write {destination}: {error.strerror or error}", API_ERROR)


# -- operations (sub-endpoints) ------------------------------------------------------------------------------


def do_operation(ctx: Context, resource: "Resource", args: argparse.Namespace) -> int:
    """``halo invoices void 12``: the manager's method for the operation, its reply printed as sent."""
    operation = resource.operation(args.action.replace("-", "_"))
    assert operation is not None  # the parser offers only the resource's operations
    from .._operations import checked_body
    from ..query.compiler import check_params

    positional = [getattr(args, f"path_{index}") for index in range(len(operation.path_params))]
    body = read_json(args.data) if getattr(args, "data", None) is not None else None
    params = dict(getattr(args, "op_params", None) or {})
    # before connecting, so a refused input sends nothing (not even the token request)
    check_params(resource, params, operation.params, operation.cli_name)
    body = checked_body(operation, body, f"{resource.cli_name} {operation.cli_name}")
    if getattr(args, "dry_run", False):
        method = getattr(ctx.client()._manager(resource.name), operation.name)
        return show_plan(ctx, ctx.output(args), lambda: method(*positional, body=body, **params))
    if operation.method == "DELETE" and not args.yes:
        label = f"{operation.method} {operation.path} ({', '.join(map(str, positional))})"
        if not asked_first(f"send {label}", f"Send {label}? [y/N] ", "nothing was sent"):
            return API_ERROR
    out = ctx.output(args)
    method = getattr(ctx.client()._manager(resource.name), operation.name)
    reply = method(*positional, body=body, **params)
    if isinstance(reply, bytes):
        return _write_file_reply(reply, resource, operation)
    if isinstance(reply, list) and reply and all(isinstance(row, dict) for row in reply):
        out.records(iter(reply), (), False)  # rows: a table (or CSV) with the default columns
    elif isinstance(reply, dict) and out.format in ("table", "csv"):
        out.record(reply, (), None)
    else:
        out.value(reply)
    return 0


def show_plan(ctx: Context, out: Any, work: Any) -> int:
    """--dry-run: run ``work`` with the client planning its writes instead of sending them (the reads it needs
    to find the records still go out), then print the requests that would have been sent."""
    with ctx.client().dry_run() as planned:
        work()
    if out.format == "table":
        import json

        lines = [f"{request.method} {request.path}" + (f"?{_query(request.params)}" if request.params else "")
                 + (f" {json.dumps(request.json, separators=(',', ':'))}" if request.json is not None else "")
                 for request in planned]
        out.message("\n".join(lines) if lines else "nothing would be sent", None)
    else:
        out.value([request.to_dict() for request in planned])
    ctx.note(f"dry run: nothing was changed ({len(planned)} request(s) not sent)")
    return 0


def _query(params: Dict[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def _write_file_reply(data: bytes, resource: "Resource", operation: Any) -> int:
    """A file the API sent back (a PDF, an image): to standard output when it is not a terminal."""
    if is_terminal(sys.stdout):
        raise CommandFailed(f"the reply is a file ({len(data):,} bytes), not shown on a terminal; save it with "
                            f"halo {resource.cli_name} {operation.cli_name} ... > FILE", API_ERROR)
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return 0


_HANDLERS = {"note": do_note, "list": do_list, "count": do_count, "get": do_get, "me": do_me, "create": do_create,
             "update": do_update, "delete": do_delete, "upload": do_upload, "download": do_download, "run": do_run}
