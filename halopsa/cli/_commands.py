"""The commands that are not resources: request, sandbox, shell, completion (configure has its own module)."""

from __future__ import annotations

import argparse
import errno
import sys
from typing import Any, Dict, List, Sequence

from ._context import Context, sandbox_db_path, sandbox_unusable
from ._errors import API_ERROR, LOCAL, CommandFailed, UsageError
from .._render import first_words
from ._inputs import read_json
from ._parser import build_command_parser, parse_command

__all__ = ["run_command"]


def run_command(ctx: Context, command: str, rest: Sequence[str]) -> int:
    args = parse_command(build_command_parser(command), rest)
    if command == "configure":
        from ._configure import run_configure

        return run_configure(ctx, args)
    return _HANDLERS[command](ctx, args)


REQUEST_FORMATS = ("json", "yaml", "jsonl")  # a reply is any JSON value: no table or CSV shape fits every one


def do_request(ctx: Context, args: argparse.Namespace) -> int:
    asked = getattr(args, "output", None) or ctx.options.output
    if asked not in (None, "table") + REQUEST_FORMATS or getattr(args, "output", None) == "table":
        raise UsageError(f"halo request prints the reply as JSON (the default), YAML (-o yaml) or JSON lines (-o "
                         f"jsonl: a list one element a line), not {asked}; "
                         f"for records as a table or CSV use 'halo <resource> list -o {asked}'")
    params: Dict[str, str] = {}
    for name, value in args.param:
        params[name] = f"{params[name]},{value}" if name in params else value
    body = read_json(args.data) if args.data is not None else None
    out = ctx.output(args)
    # the SDK takes /Tickets, /api/Tickets or a full URL of the tenant, and refuses any other host's URL
    # (HaloQueryError, exit 2) before the token or the request is sent: the request carries the access token
    if args.dry_run:
        from ._actions import show_plan

        if args.method == "GET":
            raise UsageError("--dry-run is for writes; a GET changes nothing (run it without --dry-run)")
        return show_plan(ctx, out, lambda: ctx.client().request(args.method, args.path, params=params or None,
                                                                json=body))
    if args.method == "DELETE" and not args.yes:  # as `halo tickets delete` does: a delete is asked about
        from ._actions import asked_first

        label = f"DELETE {args.path}"
        if not asked_first(f"send {label}", f"Send {label}? [y/N] ", "nothing was sent"):
            return API_ERROR
    reply = ctx.client().request(args.method, args.path, params=params or None, json=body)
    out.value(reply)
    return 0


def do_sql(ctx: Context, args: argparse.Namespace) -> int:
    """``halo sql "SELECT ..."``: one query through Halo's report engine, its rows printed in any format."""
    from .._reports import check_sql
    from ._actions import print_rows

    if args.file is not None and args.query not in (None, "-"):
        raise UsageError("give the SQL as an argument or with --file, not both")
    if args.file is not None:
        try:
            with open(args.file, encoding="utf-8") as handle:
                query = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise UsageError(f"cannot read the SQL in {args.file}: {reason}") from None
    elif args.query not in (None, "-"):
        query = args.query
    elif sys.stdin is not None and not sys.stdin.isatty():
        query = sys.stdin.read()
    else:
        raise UsageError("no SQL to run: give it as an argument (halo sql \"SELECT ...\"), with --file PATH, or "
                         "on standard input")
    from ..exceptions import HaloQueryError

    try:
        query = check_sql(query)  # before connecting: what Halo refuses sends nothing
    except HaloQueryError as error:
        if error.kind == "several_statements":
            raise UsageError("Halo's report engine runs one statement a query: run each with its own halo sql") \
                from None
        raise
    out = ctx.output(args)
    print_rows(out, ctx.client().reports.sql(query), args.fields)
    return 0


def do_sandbox(ctx: Context, args: argparse.Namespace) -> int:
    import sqlite3

    from ..testing import reset_sandbox, serve

    if args.action == "reset":
        path = reset_sandbox(sandbox_db_path())
        sys.stdout.write(f"sandbox reset: {path} removed; the next --sandbox command starts with fresh demo data\n")
        return 0
    if args.action != "serve":
        raise UsageError("sandbox needs an action: serve or reset")
    switches: Dict[str, Any] = {}
    for option, name in (("port", "port"), ("tickets", "tickets"), ("latency", "latency_ms"),
                         ("page_cap", "page_cap"), ("rate_limit", "rate_limit"), ("fault_rate", "fault_rate"),
                         ("db", "db_path"), ("drop_rate", "drop_rate"), ("retry_after", "retry_after"),
                         ("token_lifetime", "token_lifetime"), ("ignore_page_no", "ignore_page_no"),
                         ("post_echo", "post_echo"), ("report_values", "report_values"),
                         ("report_reply", "report_reply"), ("reporting", "reporting")):
        value = getattr(args, option)
        if value is not None:
            switches[name] = value
    for option, name in (("--fault-rate", "fault_rate"), ("--drop-rate", "drop_rate")):
        if switches.get(name) is not None and not 0 <= switches[name] <= 1:
            raise UsageError(f"{option} is a share of requests between 0 and 1, not {switches[name]}")
    if switches.get("token_lifetime") is not None and switches["token_lifetime"] <= 0:
        raise UsageError(f"--token-lifetime is a number of seconds above 0, not {switches['token_lifetime']:g}")
    if args.quiet:
        switches["log_requests"] = False
    try:
        return serve(**switches)
    except ValueError as error:  # the fake's own check of --rate-limit and friends
        text = str(error)
        if text.startswith("rate_limit"):
            text = "--rate-limit" + text[len("rate_limit"):]
        raise UsageError(text) from None
    except sqlite3.Error as error:
        raise sandbox_unusable(switches.get("db_path"), error, "move it away, or give --db another file in a "
                                                                "folder you can write") from None
    except OSError as error:
        raise CommandFailed(f"cannot serve on port {args.port}: {error.strerror or error}; "
                            f"{_PORT_ADVICE.get(error.errno or 0, 'pick another --port')}, or leave --port out for a "
                            "free one", LOCAL) from None


_PORT_ADVICE = {errno.EADDRINUSE: "another program is using it: stop it, or pick another --port",
                errno.EACCES: "ports below 1024 need administrator rights: pick one from 1024 up"}


def do_shell(ctx: Context, args: argparse.Namespace) -> int:
    try:
        from ..shell import run_shell
    except ImportError as error:
        raise CommandFailed(f"the shell is not available in this installation ({error})", API_ERROR) from None
    return run_shell(ctx.make_client, code=args.code, vi=args.vi, banner=not args.no_banner,
                     debug=bool(ctx.options.debug))


def do_completion(ctx: Context, args: argparse.Namespace) -> int:
    from ._completion import completion_script

    sys.stdout.write(completion_script(args.shell))
    return 0


def do_resources(ctx: Context, args: argparse.Namespace) -> int:
    """Every resource (or those matching WORD) with its actions and the API paths they reach."""
    from ..resources import in_listing_order

    word = (args.word or "").lower().replace("-", "_")
    rows: List[Dict[str, Any]] = []
    for resource in in_listing_order():  # everyday, other, integration settings and mappings
        operations = resource_operations(resource)
        names = [op["name"] for op in operations]
        if word and word not in " ".join([resource.name, resource.path.lower()] + names).lower():
            continue
        matching = [op["cli_name"] for op in operations if word and word in op["name"]]
        rows.append({"name": resource.name, "cli_name": resource.cli_name, "resource": resource.cli_name,
                     "path": resource.path,
                     "group": "integration" if resource.integration else (
                         "everyday" if resource.everyday else "other"),
                     "actions": first_words(matching or [op["cli_name"] for op in operations], 60),
                     "operations": operations})
    if not rows:
        raise UsageError(f"no resource, action or path matches {args.word!r}; run 'halo resources' for them all")
    out = ctx.output(args)
    if out.format in ("table", "csv"):
        out.records(iter(rows), ["resource", "path", "group", "actions"], True)
    else:
        out.value([{key: row[key] for key in ("name", "cli_name", "path", "group", "operations")} for row in rows])
    return 0


def resource_operations(resource: Any) -> List[Dict[str, Any]]:
    """Every name that reaches an endpoint of ``resource``, with its method and path."""
    return [{"name": name, "cli_name": name.replace("_", "-"), "method": method, "path": path}
            for name, method, path in resource.endpoints()]


_HANDLERS = {"resources": do_resources, "request": do_request, "sql": do_sql, "sandbox": do_sandbox, "shell": do_shell, "completion": do_completion}
