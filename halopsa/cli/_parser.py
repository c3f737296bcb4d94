"""The argparse parsers of ``halo``, built in two stages so that start-up stays fast.

Stage one parses the global options, which come before the command (``halo --json --profile prod tickets
...``); it needs no SDK import. Stage two builds the parser of the one command invoked: for a resource, its
actions, with the list filters, types and help taken from the registry row. ``--client-id`` before the
resource is the OAuth client id; after the action it is a filter or a field: the position tells them apart.
"""

from __future__ import annotations

import argparse

from ._errors import UsageError
from ._names import COMMANDS, OUTPUT_FORMATS, RESOURCE_NAMES, all_resource_names, cli_names

# Only argparse is imported at run time here: `halo --help` must start fast (difflib, re and textwrap are
# imported where they are used; typing only for type checkers).
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, Callable, Collection, Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

    from ..resources import Filter, Resource

__all__ = ["HaloArgumentParser", "build_global_parser", "split_argv", "build_resource_parser",
           "build_command_parser", "resource_actions", "main_filters", "filter_flag"]

# -- shared pieces -------------------------------------------------------------------------------------------


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the hand-made layout of descriptions and epilogs; leaves room for long flag names."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=34, width=_help_width())


def _help_width() -> int:
    """What argparse would use (the terminal's width less 2), without importing shutil for it."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        try:
            columns = os.get_terminal_size(1).columns
        except (OSError, ValueError):
            columns = 80
    return max(columns, 40) - 2


class HaloArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (raised as UsageError, printed by the caller) and that
    never guesses abbreviated options."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        # options this command lacks on purpose, with the sentence that says why (--order-by on agents, ...)
        self.absent_options: Dict[str, Any] = {}  # option -> why it is absent (text, or a callable giving it)
        # create and update: the schema's fields, so that --some-field can point at --set some_field=VALUE
        self.write_fields: Any = {}

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(self._explain(message), prog=self.prog)

    def _explain(self, message: str) -> str:
        import difflib
        import re

        match = re.match(r"unrecognized arguments: (?:-- )?(\S+)", message)
        if not match:
            return message
        if message.startswith("unrecognized arguments: -- "):  # after '--' every word is an argument
            return f"unexpected argument '{match.group(1)}'"
        unknown = match.group(1).split("=", 1)[0]
        if not unknown.startswith("-"):
            return f"unexpected argument '{unknown}'"
        known = [s for action in self._actions for s in action.option_strings]
        field = unknown.lstrip("-").replace("-", "_")
        if field in self.write_fields or unknown.lstrip("-") in self.write_fields:
            name = field if field in self.write_fields else unknown.lstrip("-")
            return f"{self.prog} has no {unknown} flag; set the field with --set {name}=VALUE"
        if unknown == "--client-id":
            return (f"{self.prog} takes no --client-id here (no client_id filter or field); the OAuth client id "
                    "goes before the resource: halo --client-id ID ...")
        if unknown in _global_option_strings():
            return (f"{unknown} is a global option: put it before the command, "
                    f"e.g. halo {unknown} {self.prog[5:] if self.prog.startswith('halo ') else '...'}")
        absent = self.absent_options.get(unknown)
        if absent:
            return str(absent() if callable(absent) else absent)  # a callable: worded only when needed
        close = difflib.get_close_matches(unknown, known, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        if " list" in self.prog or " count" in self.prog:
            hint += " (--filter NAME=VALUE takes any server filter)"
        return f"unknown option '{unknown}'{hint}"


_GLOBAL_OPTION_STRINGS: Optional[FrozenSet[str]] = None


def _global_option_strings() -> FrozenSet[str]:
    global _GLOBAL_OPTION_STRINGS
    if _GLOBAL_OPTION_STRINGS is None:
        parser = build_global_parser()
        _GLOBAL_OPTION_STRINGS = frozenset(
            s for action in parser._actions for s in action.option_strings
            if s not in ("-h", "--help", "--json", "-o", "--output", "--no-csv-guard"))
    return _GLOBAL_OPTION_STRINGS


def add_output_options(parser: Any, after_action: bool) -> None:
    """``--json``, ``-o/--output`` and ``--no-csv-guard``: before the resource (global) and again after the
    action."""
    default = argparse.SUPPRESS if after_action else None
    parser.add_argument("--json", dest="output", action="store_const", const="json", default=default,
                        help="print JSON (the raw API data); same as -o json")
    parser.add_argument("-o", "--output", dest="output", choices=OUTPUT_FORMATS, default=default,
                        metavar="FORMAT", help="table (default), json, yaml, csv or jsonl (one JSON object a line)")
    parser.add_argument("--no-csv-guard", dest="csv_guard", action="store_false", default=default,
                        help="CSV: leave cells starting with = + - @ as they are (by default they get a leading ' "
                             "so a spreadsheet does not run them as formulas; also HALO_CSV_GUARD=0)")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, not {value}")
    return value


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None


def port_number(text: str) -> int:
    number = whole_number(text)
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port number: give one from 1024 to 65535 (the lower "
                                         "ones need administrator rights), or 0 for a free one")
    return number


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, not {text}")
    if not value <= MAX_SECONDS:  # inf, or beyond what a clock can count to
        raise argparse.ArgumentTypeError(f"expected at most {MAX_SECONDS:,} seconds (a day), not {text}")
    return value


MAX_SECONDS = 86_400


def key_value(text: str) -> Tuple[str, str]:
    """``NAME=VALUE`` (the value may contain '=')."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, not {text!r}")
    return name.strip(), value


def _columns(names: Sequence[str], width: int = 96, indent: str = "  ") -> str:
    cell = max(len(name) for name in names) + 2
    per_line = max(1, (width - len(indent)) // cell)
    lines = []
    for start in range(0, len(names), per_line):
        lines.append(indent + "".join(name.ljust(cell) for name in names[start:start + per_line]).rstrip())
    return "\n".join(lines)


# -- stage one: global options -------------------------------------------------------------------------------

GLOBAL_EPILOG = """\
everyday resources (halo <resource> --help lists the actions; halo <resource> list --help the filters):
{resources}
  ... and {more} more, every family of the HaloPSA API: halo resources [WORD]

actions: list, get, create, update, delete, count where the API has them; me (agents, users, clients);
         upload, download (attachments); and each resource's own operations (halo invoices void ID)

commands:
{commands}

--client-id before the resource is your OAuth client id; after the action it is a filter or a field:
  halo --client-id 5a2c... tickets list --client-id 42

examples:
  halo --sandbox tickets list --open-only --limit 5     (no tenant needed: a local demo)
  halo tickets list --client-id 42 --open-only --search server
  halo tickets get 1234 --json
  halo tickets update 1234 --status-id 5
  halo request GET /Tickets --param page_size=5

exit codes: 0 ok, 1 API or server error, 2 usage or invalid input, 3 not found,
            4 authentication or permission, 5 this computer failed (disk full, port in use),
            130 interrupted, 143 terminated.  Guide: docs/cli.md"""


def build_global_parser() -> HaloArgumentParser:
    from .._version import __version__

    commands = "\n".join(f"  {name:<12}{text}" for name, text in COMMANDS.items())
    parser = HaloArgumentParser(
        prog="halo",
        usage="halo [global options] <resource> <action> [arguments] [options]\n"
              "       halo [global options] <command> [arguments]",
        description="The HaloPSA command line: every resource of the HaloPSA API, from your terminal.",
        epilog=GLOBAL_EPILOG.format(resources=_columns([name.replace("_", "-") for name in RESOURCE_NAMES]),
                                    more=len(all_resource_names()) - len(RESOURCE_NAMES), commands=commands))
    connection = parser.add_argument_group("global options (before the resource or command)")
    connection.add_argument("--tenant-url", metavar="URL",
                            help="your HaloPSA address, e.g. https://acme.halopsa.com (or HALO_TENANT_URL)")
    connection.add_argument("--client-id", metavar="ID",
                            help="OAuth client id (or HALO_CLIENT_ID); after the action, --client-id is a filter or a "
                                 "field")
    connection.add_argument("--client-secret", metavar="SECRET",
                            help="OAuth client secret (better: HALO_CLIENT_SECRET or halo configure)")
    connection.add_argument("--profile", metavar="NAME", help="a profile of ~/.halopsa/config.yaml")
    connection.add_argument("--sandbox", action="store_true",
                            help="run against the local sandbox (demo data, no credentials needed)")
    connection.add_argument("--timeout", type=positive_float, metavar="SECONDS",
                            help="seconds to wait for the server (default: 10 to connect, 60 to answer)")
    add_output_options(connection, after_action=False)
    connection.add_argument("--no-color", action="store_true", help="no colour (also: NO_COLOR=1)")
    connection.add_argument("--debug", action="store_true", help="log each request; tracebacks on errors")
    connection.add_argument("-v", "--version", action="version", version=f"halo {__version__}")
    return parser


def value_options(parser: argparse.ArgumentParser) -> FrozenSet[str]:
    """The option strings that take a value (``--profile NAME``): the splitter must skip the value."""
    return frozenset(s for action in parser._actions if action.nargs != 0 for s in action.option_strings)


def split_argv(argv: Sequence[str], takes_value: FrozenSet[str]) -> Tuple[List[str], Optional[str], List[str]]:
    """``[global options] command rest...`` -> ``(global options, command, rest)``."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            index += 1
            break
        if not token.startswith("-") or token == "-":
            break
        if token in takes_value:
            index += 2
            continue
        index += 1
    head = list(argv[:min(index, len(argv))])
    if head and head[-1] == "--":
        head.pop()
    if index >= len(argv):
        return head, None, []
    return head, argv[index], list(argv[index + 1:])


# -- stage two: one resource ---------------------------------------------------------------------------------

ACTION_HELP = {
    "list": "list records: the first page, or --limit N, or --all",
    "get": "show one record",
    "create": "create a record",
    "update": "change fields of a record (sends only the fields given, in one request)",
    "delete": "delete a record (asks first on a terminal; --yes to skip)",
    "count": "count the matching records",
    "me": "the record of the identity you are authenticated as",
    "upload": "upload a file as an attachment of a ticket or action",
    "download": "save an attachment's file",
    "note": "add a note (an action) to one record, or to every record chosen by --filter/--where or ids on stdin",
    "run": "a saved report's rows, as saved or for a reporting period",
}

# Server filters that get a typed flag of their own wherever a resource has them (in this order); a
# resource's relation filters (ticket -> client, status, ...) get one too. Every other filter is reachable
# with --filter NAME=VALUE and listed at the end of `halo <resource> list --help`.
MAIN_FILTERS = (
    "client_id", "site_id", "user_id", "agent_id", "status_id", "team", "priority", "requesttype_id",
    "category_1", "category_2", "category_3", "category_4", "ticket_id", "action_id", "toplevel_id", "team_id",
    "department_id", "asset_id", "assettype_id", "contract_id", "supplier_id", "open_only", "closed_only",
    "mine", "includeinactive", "excludesys", "excludeprivate", "conversationonly", "agentonly", "search",
    "datesearch", "startdate", "enddate",
)
_FLAG_NAMES = {"startdate": "--start-date", "enddate": "--end-date"}
_LIST_OPTIONS = ("--filter", "--where", "--order-by", "--limit", "--all", "--page-size", "--fields", "--json",
                 "--output", "-o", "--help", "-h")

_WRITE_FLAG_NAMES = {"hiddenfromuser": "--private"}
_WRITE_METAVARS = {"int": "ID", "str": "TEXT"}
_WRITE_METAVAR_OF_FIELD = {"team": "NAME"}
# After the action --client-id is a filter or a field; the help says where the OAuth one goes.
CLIENT_ID_NOTE = " (a {} here; the OAuth client id goes before the resource)"


def resource_actions(resource: "Resource") -> List[str]:
    """The actions of ``halo <resource>``: the standard ones the API has for it, then its operations."""
    actions = standard_actions(resource)
    return actions + [op.cli_name for op in resource.operations if op.cli_name not in actions]


def standard_actions(resource: "Resource") -> List[str]:
    """list, get, create, update, delete, count (as the API has them), me, upload and download."""
    actions = ["list"] if resource.can_list else []
    if resource.can_get:
        actions.append("get")
    if resource.can_write:
        actions += ["create", "update"]
    if resource.can_delete:
        actions.append("delete")
    if resource.can_list:
        actions.append("count")
    if resource.has_me:
        actions.append("me")
    if resource.transfers_files:
        actions += ["upload", "download"]
    if resource.can_list and resource.takes_notes:
        actions.append("note")  # an action (POST /Actions) on each chosen record: Model.add_note
    if resource.runs_reports:
        actions.append("run")  # a saved report's rows (ReportsMixin.run)
    return actions


def main_filters(resource: "Resource") -> List["Filter"]:
    """The filters of ``resource`` that get typed flags in ``list`` and ``count``."""
    filters = resource.filters
    names = [name for name in MAIN_FILTERS if name in filters]
    for relation in resource.relations:
        for candidate in (relation.filter, relation.field):
            if candidate and candidate in filters and candidate not in names:
                names.append(candidate)
                break
    return [filters[name] for name in names]


def filter_flag(name: str, taken: Sequence[str] = ()) -> Optional[str]:
    """The flag of a filter (``open_only`` -> ``--open-only``), or None when it would clash with another."""
    flag = _FLAG_NAMES.get(name, "--" + name.replace("_", "-"))
    if flag in taken or flag in _LIST_OPTIONS:
        flag = "--" + name.replace("_", "-")
    return None if flag in taken or flag in _LIST_OPTIONS else flag


class _IntoDict(argparse.Action):
    """Stores a value under ``key`` in a dict attribute (``filters`` or ``typed_fields``) of the namespace. Repeated
    list filters (``--team 1 --team 2``) join with commas, which is how Halo takes id lists."""

    def __init__(self, option_strings: Sequence[str], dest: str, key: str = "", join: bool = False,
                 constant: Any = None, **kwargs: Any) -> None:
        self.key = key
        self.join = join
        self.constant = constant
        if constant is not None:
            kwargs["nargs"] = 0
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Optional[str] = None) -> None:
        current = dict(getattr(namespace, self.dest, None) or {})
        value = self.constant if self.constant is not None else values
        if self.join and self.key in current:
            value = f"{current[self.key]},{value}"
        current[self.key] = value
        setattr(namespace, self.dest, current)


class _PairsIntoDict(argparse.Action):
    """``--filter NAME=VALUE`` (repeatable) into the same dict as the typed flags."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Optional[str] = None) -> None:
        name, value = values
        current = dict(getattr(namespace, self.dest, None) or {})
        current[name] = value
        setattr(namespace, self.dest, current)


def _metavar(filter_: "Filter") -> str:
    if filter_.type == "int":
        return "ID" if filter_.name.endswith("_id") or filter_.name.endswith("id") else "N"
    return {"int_list": "IDS", "datetime": "DATE", "float": "NUMBER", "str_list": "TEXT"}.get(filter_.type, "TEXT")


def _filter_help(filter_: "Filter", resource: "Resource", by_name: bool = False) -> str:
    text = filter_.help.strip().rstrip(".") or f"server filter {filter_.name}"
    if filter_.type == "int_list":
        text += " (comma-separated ids or names; repeatable)" if by_name else " (comma-separated ids; repeatable)"
    elif by_name:
        text += " (an id or a name)"
    elif filter_.type == "datetime":
        text += " (ISO 8601, e.g. 2024-05-01)"
    if filter_.name == "client_id":
        text += CLIENT_ID_NOTE.format("filter")
    return text.replace("%", "%%")


def _add_filter_options(parser: argparse.ArgumentParser, resource: "Resource") -> None:
    group = parser.add_argument_group("filters (sent to the server)")
    taken: List[str] = []
    flagged: List[Tuple["Filter", str]] = []
    for filter_ in main_filters(resource):
        flag = filter_flag(filter_.name, taken)
        if flag is not None:
            taken.append(flag)
            flagged.append((filter_, flag))
    named = resource.name_keys()
    for filter_, flag in flagged:
        if filter_.type == "bool":
            group.add_argument(flag, dest="filters", action=_IntoDict, key=filter_.name, constant=True,
                               default=None, help=_filter_help(filter_, resource))
        elif filter_.name in named:  # the related record's id or name: --agent-id 4, --agent "Dana Brooks"
            flags = _with_alias(flag, named[filter_.name].name, taken)
            several = filter_.type == "int_list"
            group.add_argument(*flags, dest="filters", action=_IntoDict, key=filter_.name, join=several,
                               default=None, metavar="IDS|NAMES" if several else "ID|NAME",
                               help=_filter_help(filter_, resource, by_name=True))
        else:
            group.add_argument(flag, dest="filters", action=_IntoDict, key=filter_.name,
                               join=filter_.type == "int_list", default=None, metavar=_metavar(filter_),
                               help=_filter_help(filter_, resource))
    group.add_argument("--filter", dest="filters", action=_PairsIntoDict, type=key_value, default=None,
                       metavar="NAME=VALUE", help="any server filter (repeatable); names are checked")
    group.add_argument("--extra-param", dest="params", action=_PairsIntoDict, type=key_value, default=None,
                       metavar="NAME=VALUE", help="a query parameter Halo's spec does not list (e.g. "
                                                  "include_custom_fields=true), sent as given, unchecked")
    group.add_argument("--where", dest="where", action="append", type=key_value, default=None,
                       metavar="FIELD=VALUE",
                       help="filter on any field after fetching (repeatable); FIELD__op=VALUE with op one of "
                            "ne, gt, gte, lt, lte, in, contains, icontains, startswith, isnull, regex, ...")


def _add_since_option(parser: HaloArgumentParser, resource: "Resource") -> None:
    """--since WHEN (Halo's lastupdatefromdate) where the listing takes it; elsewhere a word on why not."""
    from ..resources import SINCE_FILTER

    if SINCE_FILTER not in resource.filters:
        def why() -> str:  # reads every resource's filters: only when someone asks
            from ..query.since import since_resources

            able = ", ".join(name.replace("_", "-") for name in since_resources())
            return (f"{resource.cli_name} cannot be read by last update: its listing has no {SINCE_FILTER} filter "
                    f"(these can: {able})")

        parser.absent_options["--since"] = why
        return

    def since(text: str) -> str:
        from ..exceptions import HaloQueryError
        from ..query.since import parse_since

        try:
            return parse_since(text)
        except HaloQueryError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    since.__name__ = "since"
    parser.add_argument("--since", dest="filters", action=_IntoDict, key=SINCE_FILTER, type=since, default=None,
                        metavar="WHEN", help="only records changed since WHEN: 2024-05-01, 2024-05-01T08:00:00Z "
                                             "(UTC unless it says), or 30m, 2h, 7d, 2w ago")


def _with_alias(flag: str, relation: str, taken: List[str]) -> List[str]:
    """``flag`` and, when free, the relation's own flag (``--agent-id`` and ``--agent``)."""
    alias = "--" + relation.replace("_", "-")
    if alias == flag or alias in taken or alias in _LIST_OPTIONS:
        return [flag]
    taken.append(alias)
    return [flag, alias]


def id_or_name(text: str) -> Any:
    """A related record's id (a whole number) or its name (any other text, resolved after connecting)."""
    from ._lookup import is_name

    text = " ".join(text.split())
    if not text:
        raise argparse.ArgumentTypeError("expected an id or a name, not nothing")
    return text if is_name(text) else whole_number(text)


def _other_filters_epilog(resource: "Resource") -> str:
    flagged = {f.name for f in main_filters(resource)}
    others = [name for name in resource.filters if name not in flagged]
    if not others:
        return ""
    import textwrap

    text = textwrap.fill(", ".join(others), width=96, initial_indent="  ", subsequent_indent="  ")
    return f"other server filters of {resource.name} (--filter NAME=VALUE):\n{text}"


_FIRST_FIELDS = "id and the first few plain fields of the first row"


def _record_id_type(resource: "Resource") -> Callable[[str], Any]:
    def record_id(text: str) -> Any:
        from .._ids import record_id as checked
        from ..exceptions import HaloQueryError

        try:  # the SDK's one id rule: 1 to 2,147,483,647 (0 would turn an update into a create)
            return checked(resource, text)
        except HaloQueryError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    record_id.__name__ = "id"
    return record_id


def _record_id_or_stdin(resource: "Resource") -> Callable[[str], Any]:
    """An id as ``_record_id_type`` takes it, or ``-``: the ids are read from standard input."""
    checked = _record_id_type(resource)

    def record_id(text: str) -> Any:
        return "-" if text.strip() == "-" else checked(text)

    record_id.__name__ = "id"
    return record_id


def _add_write_options(parser: HaloArgumentParser, resource: "Resource") -> None:
    parser.write_fields = resource.write_fields or {}
    group = parser.add_argument_group("fields")
    named = resource.name_keys()
    taken = [_WRITE_FLAG_NAMES.get(field, "--" + field.replace("_", "-")) for field, _, _ in resource.write_flags]
    for field, kind, text in resource.write_flags:
        flag = _WRITE_FLAG_NAMES.get(field, "--" + field.replace("_", "-"))
        if kind == "flag":
            group.add_argument(flag, dest="typed_fields", action=_IntoDict, key=field, constant=True,
                               default=None, help=text)
        elif field in named:  # the related record's id or name: --agent-id 4, --agent "Dana Brooks"
            group.add_argument(*_with_alias(flag, named[field].name, taken), dest="typed_fields", action=_IntoDict,
                               key=field, default=None, type=id_or_name,
                               metavar="NAME|ID" if kind == "str" else "ID|NAME",
                               help=text + (CLIENT_ID_NOTE.format("field") if field == "client_id" else ""))
        else:
            group.add_argument(flag, dest="typed_fields", action=_IntoDict, key=field, default=None,
                               type=whole_number if kind == "int" else str,
                               metavar=_WRITE_METAVAR_OF_FIELD.get(field, _WRITE_METAVARS[kind]),
                               help=text + (CLIENT_ID_NOTE.format("field") if field == "client_id" else ""))
    if any(field == "team" for field, _, _ in resource.write_flags):
        parser.absent_options["--team-id"] = (f"{parser.prog} takes --team NAME: a {resource.model_name}'s team "
                                              "is set by its name (the record has no team_id field)")
    group.add_argument("--set", dest="assignments", action="append", type=key_value, default=None,
                       metavar="FIELD=VALUE",
                       help="any field (repeatable); VALUE is read as JSON when it parses (5, true, null, "
                            "\"text\"), else as text")
    group.add_argument("--data", metavar="JSON",
                       help="the fields as a JSON object: inline, @file.json, or - for standard input")
    add_dry_run(parser)
    group.add_argument("--unchecked", action="store_true",
                       help="send field names Halo's schema lacks (fields your tenant has beyond the spec); "
                            "names and value types are checked against the schema otherwise")


_ACTION_USAGE = {"list": "[filters] [options]", "count": "[filters] [options]", "get": "ID [options]",
                 "me": "[options]", "create": "[fields] [options]",
                 "update": "ID|-|--filter NAME=VALUE... [fields] [options]",
                 "note": "ID|-|--filter NAME=VALUE... --note TEXT [options]",
                 "delete": "ID|-|--filter NAME=VALUE... [--yes] [options]",
                 "upload": "FILE --ticket-id ID [options]",
                 "download": "ID [-o FILE] [--force]",
                 "run": "ID [--start DATE] [--end DATE] [--period N] [options]"}


def _new_action(actions: Any, name: str, resource: "Resource", description: str = "",
                epilog: Optional[str] = None, usage: str = "", help: str = "") -> HaloArgumentParser:
    prog = f"halo {resource.cli_name} {name}"
    help = help or ACTION_HELP[name]
    parser = actions.add_parser(name, prog=prog, usage=f"halo [global options] {resource.cli_name} {name} "
                                f"{usage or _ACTION_USAGE[name]}", help=help,
                                description=description or help, epilog=epilog)
    assert isinstance(parser, HaloArgumentParser)  # subparsers are made by the parent's class
    return parser


def build_resource_parser(resource: "Resource") -> HaloArgumentParser:
    """``halo <resource> <action> ...`` for one registry row."""
    name = resource.cli_name
    description = (f"{name}: {resource.path} ({resource.model_name} records)" if resource.is_collection
                   else f"{name}: the operations of {resource.path}")
    if resource.note:
        description += f"\nnote: {resource.note}"
    parser = HaloArgumentParser(prog=f"halo {name}", description=description,
                                usage=f"halo [global options] {name} <action> [arguments] [options]")
    actions = parser.add_subparsers(dest="action", metavar="<action>", title="actions")
    record_id = _record_id_type(resource)
    standard = standard_actions(resource)

    for action in resource_actions(resource):
        if action not in standard:
            operation = resource.operation(action.replace("-", "_"))
            assert operation is not None
            sub = _operation_parser(actions, resource, operation, record_id)
        elif action in ("list", "count"):
            epilog = _other_filters_epilog(resource)
            if action == "list":
                epilog = (("Without --limit or --all, list prints the first page and says on stderr how many "
                           "records there are.\n") + ("\n" + epilog if epilog else "")).strip()
            sub = _new_action(actions, action, resource, epilog=epilog)
            _add_filter_options(sub, resource)
            _add_since_option(sub, resource)
            if action == "list":
                group = sub.add_argument_group("how many, in what order")
                if resource.supports_ordering:
                    group.add_argument("--order-by", metavar="FIELDS",
                                       help="server-side order, e.g. -id,summary (- for descending; up to 5)")
                else:
                    sub.absent_options["--order-by"] = (f"{name} cannot be ordered: the API takes no order "
                                                        f"parameter for {resource.path}")
                amount = group.add_mutually_exclusive_group()
                amount.add_argument("--limit", type=positive_int, metavar="N", help="at most N records")
                amount.add_argument("--all", action="store_true",
                                    help="every matching record, page by page (progress on a terminal)")
                group.add_argument("--page-size", type=positive_int, metavar="N",
                                   help="records a request (default 50 for the first page, 100 with --all)")
                group.add_argument("--fields", metavar="A,B,...",
                                   help=f"columns to show (default: {','.join(resource.columns) or _FIRST_FIELDS}); "
                                        "JSON and YAML keep only these too; a field the list rows lack (a detail-"
                                        "only or custom field, by name) is read from each full record")
                if resource.can_get:
                    group.add_argument("--details", action="store_true",
                                       help="read every record in full (one more request a record, several at "
                                            "once, within the rate limit)")
        elif action in ("get", "me"):
            sub = _new_action(actions, action, resource)
            if action == "get":
                sub.add_argument("id", type=record_id, metavar="ID", help="the record's id")
                if "includedetails" in resource.get_params:
                    sub.add_argument("--details", action="store_true",
                                     help="the full record (includedetails=true)")
                else:
                    sub.absent_options["--details"] = f"{name} records have no fuller form (no includedetails)"
                others = {param: spec for param, spec in resource.get_params.items() if param != "includedetails"}
                if others:  # the get endpoint's other query parameters (an action's ticket_id...)
                    _add_param_options(sub.add_argument_group("query parameters (sent to the server)"), others,
                                       ("--details", "--fields", "--output", "--json", "--help"))
            sub.add_argument("--fields", metavar="A,B,...", help="only these fields")
        elif action in ("create", "update"):
            sub = _new_action(actions, action, resource,
                              epilog="Typed flags, --set and --data combine; flags win over --set, which wins over --data. Update sends "
                                     "[{\"id\": ID, ...the fields given}] and nothing else.")
            if action == "update":
                _add_chosen_records(sub, resource, "do not ask before updating several records (needed when "
                                                   "standard input is not a terminal)")
            _add_write_options(sub, resource)
            sub.add_argument("--fields", metavar="A,B,...", help="show only these fields of the saved record")
        elif action == "delete":
            sub = _new_action(actions, action, resource)
            _add_chosen_records(sub, resource, "do not ask (needed when standard input is not a terminal)")
            add_dry_run(sub)
            if "reason" in resource.delete_params:
                sub.add_argument("--reason", metavar="TEXT", help="why it is deleted (kept in Halo's audit)")
            else:
                sub.absent_options["--reason"] = f"deleting {name} takes no --reason (tickets, projects and " \
                                                 "opportunities do)"
        elif action == "note":
            sub = _new_action(actions, action, resource)
            _add_chosen_records(sub, resource, "do not ask (needed when standard input is not a terminal)")
            sub.add_argument("--note", required=True, metavar="TEXT", help="the note's text (HTML allowed)")
            sub.add_argument("--private", action="store_true", help="hide the note from the end user")
            sub.add_argument("--outcome", default="Note", metavar="NAME", help="the action's outcome (default Note)")
            add_dry_run(sub)
        elif action == "run":
            sub = _new_action(actions, action, resource,
                              epilog="Without a period the report runs as saved (GET /Report/ID?loadreport=true); "
                                     "with one it is rerun with it (nothing is saved).")
            sub.add_argument("id", type=record_id, metavar="ID", help="the saved report's id")
            sub.add_argument("--start", metavar="DATE", help="the reporting period's first day (ISO 8601)")
            sub.add_argument("--end", metavar="DATE", help="the reporting period's last day (ISO 8601)")
            sub.add_argument("--period", type=whole_number, metavar="N", help="Halo's reporting period number")
            sub.add_argument("--date-field", metavar="FIELD", help="the date column the period applies to")
            sub.add_argument("--filters", metavar="JSON", help="the report's filters as JSON (inline, @file, -)")
            sub.add_argument("--fields", metavar="A,B,...", help="only these columns, in this order")
        elif action == "upload":
            sub = _new_action(actions, action, resource)
            sub.add_argument("file", metavar="FILE", help="the file to upload")
            sub.add_argument("--ticket-id", type=positive_int, metavar="ID", required=True,
                             help="the ticket to attach it to")
            sub.add_argument("--action-id", type=positive_int, metavar="ID", help="the action to attach it to")
            sub.add_argument("--filename", metavar="NAME", help="the name Halo shows (default: FILE's name)")
        else:  # download
            sub = _new_action(actions, action, resource,
                              epilog="Here -o names the file to write (download prints no records, so it has "
                                     "no output format).")
            sub.add_argument("id", type=record_id, metavar="ID", help="the attachment's id")
            sub.add_argument("-o", "--output-file", metavar="FILE",
                             help="where to save it (default: the attachment's file name in this folder; "
                                  "- for standard output)")
            sub.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
            continue
        add_output_options(sub.add_argument_group("output"), after_action=True)
    return parser


_TYPE_WORDS = {"int": "a whole number", "bool": "a flag", "str": "text", "float": "a number",
               "datetime": "a date", "int_list": "ids, comma-separated", "str_list": "texts, comma-separated"}

# Query parameters of an operation that cannot have a flag of their own (they would clash with the command's
# options); they go through --param NAME=VALUE.
_OPERATION_OPTIONS = frozenset({"--data", "--param", "--json", "--output", "--no-csv-guard", "--help"})


def _operation_parser(actions: Any, resource: "Resource", operation: Any,
                      record_id: Callable[[str], Any]) -> HaloArgumentParser:
    """``halo <resource> <operation> [PATH PARAMETERS] [--PARAMETER VALUE...] [--data JSON]``."""
    from ..resources import Filter

    positional = " ".join(param.upper() for param in operation.path_params)
    usage = " ".join(part for part in (positional, "[options]") if part)
    help = f"{operation.method} {operation.path}"
    sub = _new_action(actions, operation.cli_name, resource, usage=usage, help=help,
                      description=f"{help}: one request; prints the reply as the API sends it.",
                      epilog="Query parameters are checked against Halo's spec before anything is sent.")
    for index, param in enumerate(operation.path_params):
        kind = record_id if index == 0 and operation.on_record else str
        sub.add_argument(f"path_{index}", type=kind, metavar=param.upper(),
                         help=f"the {'record' if kind is record_id else param} in the path")
    group = sub.add_argument_group("query parameters (sent to the server)")
    hidden = _add_param_options(group, operation.params, _OPERATION_OPTIONS)
    if not operation.params:
        sub.absent_options["--param"] = (f"halo {resource.cli_name} {operation.cli_name} takes no query parameters "
                                         f"({operation.method} {operation.path} declares none)")
    else:
        group.add_argument("--param", dest="op_params", action=_PairsIntoDict, type=key_value, default=None,
                           metavar="NAME=VALUE",
                           help="any query parameter of the operation (repeatable); names are checked"
                                + (f"; only this way: {', '.join(hidden)}" if hidden else ""))
    if operation.body is not None or operation.method in ("POST", "PUT", "PATCH"):
        sub.add_argument("--data", metavar="JSON",
                         help="the request body as JSON: inline, @file.json, or - for standard input")
    if operation.method == "DELETE":
        sub.add_argument("-y", "--yes", action="store_true",
                         help="do not ask (needed when standard input is not a terminal)")
    if operation.method != "GET":
        add_dry_run(sub)
    return sub


def _add_param_options(group: Any, params: Mapping[str, Mapping[str, str]], reserved: Collection[str]) -> List[str]:
    """A flag for each query parameter (``useThisGuid`` -> ``--use-this-guid``) into ``op_params``; returns the
    parameters left without one (names that are no flag, or clash with ``reserved``): --param reaches them."""
    from ..resources import Filter

    hidden = []
    for param, spec in params.items():
        flag = _parameter_flag(param)
        if flag in reserved or param.startswith("_") or not param.replace("_", "").isalnum():
            hidden.append(param)
            continue
        text = (spec.get("help") or "").strip().rstrip(".") or f"{_TYPE_WORDS.get(spec['type'], spec['type'])} "
        text += "" if spec.get("help") else "(Halo's spec says no more)"
        if spec["type"] == "bool":
            group.add_argument(flag, dest="op_params", action=_IntoDict, key=param, constant=True, default=None,
                               help=text.replace("%", "%%"))
        else:
            group.add_argument(flag, dest="op_params", action=_IntoDict, key=param, default=None,
                               metavar=_metavar(Filter(param, spec["type"])), help=text.replace("%", "%%"))
    return hidden


def _add_chosen_records(parser: argparse.ArgumentParser, resource: "Resource", yes_help: str) -> None:
    """ID, -, --filter/--where and --yes: which records an update, delete or note acts on."""
    parser.add_argument("id", type=_record_id_or_stdin(resource), metavar="ID", nargs="?",
                        help="the record's id; - reads ids from standard input; leave it out to choose the "
                             "records with --filter/--where")
    group = parser.add_argument_group("which records (instead of an ID: every record that matches)")
    group.add_argument("--filter", dest="filters", action=_PairsIntoDict, type=key_value, default=None,
                       metavar="NAME=VALUE", help="a server filter, as list takes it (repeatable); names are checked")
    group.add_argument("--where", dest="where", action="append", type=key_value, default=None,
                       metavar="FIELD=VALUE", help="a lookup on the rows fetched, as list takes it (repeatable)")
    parser.add_argument("-y", "--yes", action="store_true", help=yes_help)


def add_dry_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true",
                        help="print the requests that would be sent (method, path, body) and send none of them; "
                             "reads needed to find the records still go out")


def _parameter_flag(param: str) -> str:
    """An operation parameter's flag, in kebab-case whatever the spec's case: useThisGuid -> --use-this-guid."""
    import re

    return "--" + re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", param).replace("_", "-").lower()


# Options whose value may start with "-": argparse would take `--order-by -id` for two options.
DASH_VALUE_OPTIONS = frozenset({"--order-by"})


def _glue_dash_values(argv: Sequence[str]) -> List[str]:
    """``--order-by -id,summary`` -> ``--order-by=-id,summary``."""
    glued: List[str] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in DASH_VALUE_OPTIONS and index + 1 < len(argv) and argv[index + 1].startswith("-") \
                and argv[index + 1] != "--":
            glued.append(f"{token}={argv[index + 1]}")
            index += 2
            continue
        glued.append(token)
        index += 1
    return glued


def parse_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv``; an unknown option is reported by the action's own parser, which knows its options."""
    _refuse_unknown_options(parser, argv)
    namespace, extras = parser.parse_known_args(_glue_dash_values(argv))
    if extras:
        target = parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                target = action.choices.get(getattr(namespace, action.dest, None) or "", parser)
        target.error("unrecognized arguments: " + " ".join(extras))
    return namespace


def _refuse_unknown_options(parser: argparse.ArgumentParser, argv: Sequence[str]) -> None:
    """An option the action does not know, said as such before argparse reads the value after it as the ID
    (``update --since 2h`` would otherwise be "'2h' is not a Ticket id")."""
    actions = next((action for action in parser._actions if isinstance(action, argparse._SubParsersAction)), None)
    if actions is None or not argv or argv[0] not in actions.choices:
        return
    target = actions.choices[argv[0]]
    known = target._option_string_actions
    expects_value = False
    for token in argv[1:]:
        if token == "--":
            return
        if expects_value:
            expects_value = False
            continue
        if token.startswith("--") and len(token) > 2:
            name = token.split("=", 1)[0]
            action = known.get(name)
            if action is None:
                target.error(f"unrecognized arguments: {token}")  # raises UsageError
                return
            expects_value = "=" not in token and action.nargs != 0
        elif token.startswith("-") and len(token) == 2 and token in known:
            expects_value = known[token].nargs != 0


def hoist_output_options(rest: Sequence[str]) -> List[str]:
    """``tickets --json get 5`` -> ``tickets get --json 5``: output options written between the resource and the
    action go after the action, whose parser takes them (download's ``-o`` is a file, so not there)."""
    moved: List[str] = []
    index = 0
    while index < len(rest):
        token = rest[index]
        if token in ("--json", "--no-csv-guard") or token.startswith("--output=") or (token.startswith("-o") and len(token) > 2
                                                                  and not token.startswith("--")):
            moved.append(token)
            index += 1
        elif token in ("-o", "--output"):
            moved += list(rest[index:index + 2])
            index += 2
        else:
            break
    if not moved:
        return list(rest)
    remaining = list(rest[index:])
    if not remaining:
        return remaining  # check_action says which actions there are
    if remaining[0].startswith("-"):
        return remaining + moved  # --help, or an unknown option the parser reports
    if remaining[0] == "download":
        raise UsageError("download saves a file and prints no records, so it takes no output format; "
                         "-o after download names the file: halo attachments download ID -o FILE")
    return remaining[:1] + moved + remaining[1:]


def check_action(resource: "Resource", rest: Sequence[str]) -> None:
    """A one-line error, with a suggestion, for a missing or unknown action."""
    import difflib

    actions = resource_actions(resource)
    name = resource.cli_name
    if not rest:
        raise UsageError(f"{name} needs an action: {', '.join(_first_actions(actions, name))}")
    action = rest[0]
    if action.startswith("-") or action in actions:
        return
    close = difflib.get_close_matches(action, actions, n=1, cutoff=0.5)
    hint = f"; did you mean '{close[0]}'?" if close else f"; {name} has: {', '.join(_first_actions(actions, name))}"
    if action in ("list", "get", "create", "update", "count", "delete", "me", "upload", "download"):
        hint = f"; {name} has no {action} action (it has: {', '.join(_first_actions(actions, name))})"
    raise UsageError(f"unknown action '{action}' for {name}{hint}")


def _first_actions(actions: List[str], resource: str, most: int = 12) -> List[str]:
    """At most ``most`` actions, then how many more (`halo <resource> --help` lists them all)."""
    if len(actions) <= most:
        return actions
    return actions[:most] + [f"and {len(actions) - most} more (halo {resource} --help)"]


def _resource_by_path(word: str) -> Optional[str]:
    """The CLI name of the resource whose API path is ``word`` (``RecurringInvoice``, ``/api/Tickets``)."""
    from .._catalog import FAMILIES

    wanted = "/" + word.strip("/").rsplit("api/", 1)[-1].split("/")[0].lower()
    for name, (path, *_rest) in FAMILIES.items():
        if path.lower() == wanted:
            return name.replace("_", "-")
    return None


def unknown_command(command: str) -> UsageError:
    import difflib

    known = list(cli_names()) + list(COMMANDS)
    close = difflib.get_close_matches(command.replace("_", "-").lower(), known, n=1, cutoff=0.6)
    by_path = _resource_by_path(command)
    if by_path:
        close = [by_path]
    if command.startswith("-"):
        return UsageError(f"unknown option '{command}'; run 'halo --help' for the global options")
    hint = f"; did you mean '{close[0]}'?" if close else "; run 'halo --help' for the resources and commands"
    return UsageError(f"unknown command '{command}'{hint}")


# -- stage two: the other commands ---------------------------------------------------------------------------


def build_command_parser(command: str) -> HaloArgumentParser:
    builder = {"configure": _configure_parser, "request": _request_parser, "sql": _sql_parser,
               "completion": _completion_parser,
               "sandbox": _sandbox_parser, "shell": _shell_parser, "resources": _resources_parser}[command]
    return builder()


def _configure_parser() -> HaloArgumentParser:
    parser = HaloArgumentParser(
        prog="halo configure", description=COMMANDS["configure"] + ".\n\nWith every value given as a flag it "
        "asks nothing; otherwise it asks on the terminal\n(the secret is not echoed). The file is written with "
        "mode 0600; other profiles are kept.")
    parser.add_argument("--tenant-url", metavar="URL", help="e.g. https://acme.halopsa.com")
    parser.add_argument("--client-id", metavar="ID", help="the API application's client id")
    parser.add_argument("--client-secret", metavar="SECRET", help="its secret (asked for when left out)")
    parser.add_argument("--scope", metavar="SCOPE", help="OAuth scope (default: all)")
    parser.add_argument("--tenant", metavar="NAME", help="tenant name, for Halo-hosted shared auth servers")
    parser.add_argument("--auth-url", metavar="URL", help="authorisation server (default: TENANT_URL/auth)")
    parser.add_argument("--profile", metavar="NAME", help="save as this named profile")
    parser.add_argument("--no-verify", action="store_true", help="save without fetching a token first")
    return parser


def _request_parser() -> HaloArgumentParser:
    parser = HaloArgumentParser(
        prog="halo request", description=COMMANDS["request"] + ".\nThe path may start with /api or not; "
        "the reply is printed as JSON.")
    parser.add_argument("method", type=str.upper, choices=("GET", "POST", "PUT", "PATCH", "DELETE"),
                        metavar="METHOD", help="GET, POST, PUT, PATCH or DELETE")
    parser.add_argument("path", metavar="PATH", help="e.g. /Tickets or /api/Tickets/12")
    parser.add_argument("--param", action="append", type=key_value, default=[], metavar="NAME=VALUE",
                        help="a query parameter (repeatable)")
    parser.add_argument("--data", metavar="JSON", help="a JSON body: inline, @file.json, or - for standard input")
    parser.add_argument("-y", "--yes", action="store_true",
                        help="do not ask before a DELETE (needed when standard input is not a terminal)")
    add_dry_run(parser)
    add_output_options(parser.add_argument_group("output"), after_action=True)
    return parser


def _sql_parser() -> HaloArgumentParser:
    parser = HaloArgumentParser(
        prog="halo sql", description="Run one SQL query through Halo's report engine (one request) and print "
        "its rows.\nThe SQL is T-SQL over Halo's own tables (FAULTS, ACTIONS, AREA, UNAME, ...) and is sent as "
        "written;\nwhat Halo refuses (several statements, a trailing ;, -- comments, DECLARE) is refused first.",
        epilog="examples:\n  halo sql \"SELECT TOP 10 faultid, symptom FROM faults ORDER BY faultid DESC\"\n"
               "  halo sql --file open-by-client.sql -o csv > open.csv\n  echo \"SELECT uname FROM uname\" | halo sql")
    parser.add_argument("query", nargs="?", metavar="SQL",
                        help="the query; - or nothing reads it from standard input (when that is no terminal)")
    parser.add_argument("--file", metavar="PATH", help="read the query from this file")
    parser.add_argument("--fields", metavar="A,B,...", help="only these columns, in this order")
    add_output_options(parser.add_argument_group("output"), after_action=True)
    return parser


def _resources_parser() -> HaloArgumentParser:
    parser = HaloArgumentParser(
        prog="halo resources", description="Every resource of the HaloPSA API with its actions, everyday ones "
        "first and integration settings last.\nWith WORD, only the resources whose name, path or actions contain "
        "it. -o json gives each resource's SDK name,\nCLI name, path and operations (the name of each, its "
        "method and its path).")
    parser.add_argument("word", nargs="?", metavar="WORD", help="e.g. invoice, mapping, void")
    add_output_options(parser.add_argument_group("output"), after_action=True)
    return parser


def _completion_parser() -> HaloArgumentParser:
    parser = HaloArgumentParser(
        prog="halo completion", description=COMMANDS["completion"] + ".",
        epilog="bash:  halo completion bash > ~/.local/share/bash-completion/completions/halo\n"
               "zsh:   halo completion zsh > \"${fpath[1]}/_halo\"\n"
               "fish:  halo completion fish > ~/.config/fish/completions/halo.fish")
    parser.add_argument("shell", choices=("bash", "zsh", "fish"), metavar="SHELL", help="bash, zsh or fish")
    return parser


def _sandbox_parser() -> HaloArgumentParser:
    parser = HaloArgumentParser(
        prog="halo sandbox", description="The sandbox: a local fake HaloPSA with demo data.\n`halo --sandbox "
        "<command>` runs any command against it (data kept in ~/.halopsa/sandbox.db).")
    actions = parser.add_subparsers(dest="action", metavar="<action>", title="actions")
    serve = actions.add_parser("serve", help="serve a fake HaloPSA in the foreground and print its URL and "
                                             "credentials", description="Serve a fake HaloPSA until Ctrl-C.")
    serve.add_argument("--port", type=port_number, metavar="PORT", help="port on 127.0.0.1 (default: a free one)")
    serve.add_argument("--tickets", type=whole_number, metavar="N", help="demo tickets to generate (default 500)")
    serve.add_argument("--latency", type=float, metavar="MS", help="added to every reply, in milliseconds")
    serve.add_argument("--page-cap", type=positive_int, metavar="N", help="largest page served (default 100)")
    serve.add_argument("--rate-limit", metavar="N/SECONDS", help="answer 429 beyond N requests per SECONDS")
    serve.add_argument("--fault-rate", type=float, metavar="F", help="share of requests answered 500/502/503")
    serve.add_argument("--db", metavar="PATH", help="keep the data in this SQLite file (default: in memory)")
    serve.add_argument("--drop-rate", type=float, metavar="F",
                       help="share of requests whose connection is dropped without an answer")
    serve.add_argument("--no-retry-after", dest="retry_after", action="store_false", default=None,
                       help="answer 429 without a Retry-After header (HaloPSA may do either)")
    serve.add_argument("--token-lifetime", type=float, metavar="SECONDS",
                       help="how long an access token lives (default 3600)")
    serve.add_argument("--ignore-page-no", action="store_true", default=None,
                       help="serve page 1 whatever page_no asks for, as some tenants do")
    serve.add_argument("--post-echo", choices=("all", "first"), metavar="all|first",
                       help="a POST of several records answers with all of them (default) or the first only")
    serve.add_argument("--report-values", choices=("typed", "strings"), metavar="typed|strings",
                       help="report cells in their JSON type (default) or all as text, as one client reports")
    serve.add_argument("--report-reply", choices=("object", "array"), metavar="object|array",
                       help="a report run answers one object (default) or an array of one result per element")
    serve.add_argument("--no-reporting", dest="reporting", action="store_false", default=None,
                       help="refuse to run reports (403), as for an API application without reporting permission")
    serve.add_argument("--quiet", action="store_true", help="do not log each request to stderr")
    actions.add_parser("reset", help="delete the sandbox's data; the next --sandbox command starts afresh",
                       description="Delete the sandbox database (~/.halopsa/sandbox.db).")
    return parser


def _shell_parser() -> HaloArgumentParser:
    parser = HaloArgumentParser(prog="halo shell", description=COMMANDS["shell"] + "; see docs/shell.md.")
    parser.add_argument("-c", dest="code", metavar="CODE", help="run CODE and exit")
    parser.add_argument("--vi", action="store_true", help="vi key bindings")
    parser.add_argument("--no-banner", action="store_true", help="no greeting")
    return parser
