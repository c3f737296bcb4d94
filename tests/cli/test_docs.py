"""docs/cli.md cannot drift from the parser: every option is documented, every documented command line parses,
the resource table is the parser's own, and the sandbox examples print what the page shows.

    python tests/cli/test_docs.py      # prints the resource table for docs/cli.md
"""

from __future__ import annotations

import argparse
import io
import re
import shlex
from pathlib import Path
from typing import List, Optional, Tuple

import pytest

from halopsa.cli._names import COMMANDS, RESOURCE_NAMES, resource_of
from halopsa.cli._parser import _parameter_flag  # noqa: E402 - the flag of an operation's parameter
from halopsa.cli._parser import (build_command_parser, build_global_parser, build_resource_parser, check_action,
                                 filter_flag, main_filters, parse_command, resource_actions, split_argv,
                                 value_options)

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
CONSOLE = re.compile(r"^```console[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
TABLE_START = "<!-- generated from the parser"
TABLE_END = "<!-- end of generated table -->"


def resource_table() -> str:
    from halopsa.resources import REGISTRY

    lines = ["| resource | API path | actions | typed list filters |", "|---|---|---|---|"]
    for name in RESOURCE_NAMES:  # the everyday ones; docs/resources.md lists every family
        resource = REGISTRY[name]
        flags: List[str] = []
        for filter_ in main_filters(resource):
            flag = filter_flag(filter_.name, flags)
            if flag:
                flags.append(flag)
        lines.append(f"| `{resource.cli_name}` | `{resource.path}` | {', '.join(resource_actions(resource))} | "
                     f"{' '.join(flags) or '(--filter only)'} |")
    return "\n".join(lines)


def examples(page: Optional[Path] = None) -> List[Tuple[int, List[str], Optional[List[str]]]]:
    """(line, argv after `halo`, the output lines shown after it or None) for each `$ halo ...` line."""
    text = (page or DOC).read_text(encoding="utf-8")
    found = []
    for block in CONSOLE.finditer(text):
        first_line = text.count("\n", 0, block.start()) + 2
        lines = block.group(1).splitlines()
        for index, line in enumerate(lines):
            if not line.startswith("$ halo"):
                continue
            words = shlex.split(line[2:])
            for stop in (">", ">>", "<", "|"):
                if stop in words:
                    words = words[:words.index(stop)]
            shown = []
            for following in lines[index + 1:]:
                if following.startswith("$ "):
                    break
                shown.append(following)
            found.append((first_line + index, words[1:], shown or None))
    return found


def parse_only(argv: List[str]) -> argparse.Namespace:
    """What `halo` would parse, without running anything."""
    parser = build_global_parser()
    head, command, rest = split_argv(argv, value_options(parser))
    parser.parse_args(head)
    assert command is not None
    if resource_of(command) is not None:
        from halopsa.resources import get_resource

        resource = get_resource(command)
        check_action(resource, rest)
        return parse_command(build_resource_parser(resource), rest)
    assert command in COMMANDS, f"unknown command {command!r}"
    return parse_command(build_command_parser(command), rest)


def test_the_resource_table_is_the_parsers():
    text = DOC.read_text(encoding="utf-8")
    start = text.index("\n", text.index(TABLE_START)) + 1
    table = text[start:text.index(TABLE_END)].strip()
    assert table == resource_table(), "regenerate it: python tests/cli/test_docs.py"


@pytest.mark.parametrize("line, argv, shown", examples(), ids=lambda value: str(value) if isinstance(value, int)
                         else None)
def test_every_documented_command_line_parses(line, argv, shown):
    if shown and shown[0].startswith("halo: error:"):
        return  # an example of an error: the tests below run it and compare what it prints
    parse_only(argv)


def test_every_documented_listing_passes_the_filter_checks():
    """What parsing does not check: each filter's value, the --where lookups and --order-by fields, as
    `list` and `count` check them before connecting (an example such as includechildren=true once failed)."""
    from halopsa.cli._actions import QuerySpec
    from halopsa.resources import get_resource

    checked = 0
    for line, argv, shown in examples():
        if shown and shown[0].startswith("halo: error:"):
            continue
        args = parse_only(argv)
        if getattr(args, "action", None) not in ("list", "count"):
            continue
        _, command, _ = split_argv(argv, value_options(build_global_parser()))
        QuerySpec.from_args(get_resource(command), args)  # raises on a bad value, with the line in the report
        checked += 1
    assert checked >= 10


def _option_strings(parser: argparse.ArgumentParser) -> List[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _option_strings(sub)
        found += [s for s in action.option_strings if s not in ("-h", "--help")]
    return found


def test_every_option_is_documented():
    from halopsa.resources import REGISTRY

    text = DOC.read_text(encoding="utf-8")
    options = set(_option_strings(build_global_parser()))
    for command in COMMANDS:
        options |= set(_option_strings(build_command_parser(command)))
    for name in RESOURCE_NAMES:
        resource = REGISTRY[name]
        parser = build_resource_parser(resource)
        typed = {filter_flag(f.name) for f in main_filters(resource)}
        # typed filters: in the table; an operation's query parameters: said once for all, as --PARAMETER
        operation_flags = {_parameter_flag(param) for op in resource.operations for param in op.params}
        operation_flags |= {_parameter_flag(param) for param in resource.get_params}  # get's, the same way
        options |= {s for s in _option_strings(parser) if s not in typed and s not in operation_flags}
    missing = sorted(option for option in options if not re.search(rf"`[^`]*{re.escape(option)}\b", text))
    assert missing == []


def test_every_resource_command_and_action_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for name in [name.replace("_", "-") for name in RESOURCE_NAMES] + list(COMMANDS):
        assert f"`{name}`" in text or f"halo {name}" in text, name
    for action in ("list", "get", "create", "update", "delete", "count", "me", "upload", "download", "note", "run"):
        assert f"`{action}`" in text, action


@pytest.mark.parametrize("page", [DOC, DOC.parent / "reporting.md"], ids=lambda page: page.name)
def test_sandbox_examples_run_and_print_what_the_page_shows(capsys, monkeypatch, tmp_path, page):
    import sys

    from halopsa.cli import main

    monkeypatch.setenv("HALO_SANDBOX_DB", str(tmp_path / "docs-sandbox.db"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    ran = 0
    for line, argv, shown in examples(page):
        if not argv or argv[0] != "--sandbox":
            continue
        code = main(argv)
        captured = capsys.readouterr()
        if shown and shown[0].startswith("halo: error:"):
            assert code != 0, f"docs/{page.name} line {line} shows an error, but the command succeeded"
        else:
            assert code == 0, f"docs/{page.name} line {line}: {captured.err}"
        if shown is not None:
            printed = (captured.out + captured.err).splitlines()
            assert [l.rstrip() for l in printed] == [l.rstrip() for l in shown], f"docs/{page.name} line {line}"
        ran += 1
    assert ran >= (10 if page == DOC else 1)


def test_error_examples_fail_before_connecting_and_print_what_the_page_shows(capsys, monkeypatch):
    """The error lines shown for commands without --sandbox: run with no credentials at all (conftest's home
    fixture clears HALO_* and the config file), so they can only be what is rejected before connecting."""
    import sys

    from halopsa.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal, as `< /dev/null` on the page
    ran = 0
    for line, argv, shown in examples():
        if not shown or not shown[0].startswith("halo: error:") or argv[0] == "--sandbox":
            continue
        code = main(argv)
        captured = capsys.readouterr()
        assert code == 2, f"docs/cli.md line {line}: exit code {code}"
        assert captured.out == "" and captured.err.splitlines() == shown, f"docs/cli.md line {line}"
        ran += 1
    assert ran >= 3


if __name__ == "__main__":
    print(resource_table())
