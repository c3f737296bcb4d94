"""The shape of the command line: names, actions per resource, flags from the registry, start-up imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from halopsa.cli._names import COMMANDS, RESOURCE_NAMES, all_resource_names, cli_names
from halopsa.cli._parser import (build_global_parser, build_resource_parser, main_filters,
                                 parse_command, resource_actions, split_argv, value_options)
from halopsa.models import model_for
from halopsa.resources import EVERYDAY, REGISTRY


def test_static_resource_names_match_the_registry():
    # `halo --help` lists resources without importing the registry: this tuple must be the registry's names.
    assert RESOURCE_NAMES == EVERYDAY
    assert all_resource_names() == tuple(REGISTRY)
    assert not set(COMMANDS) & set(cli_names()) and not set(COMMANDS) & set(REGISTRY)


@pytest.mark.parametrize("name", sorted(EVERYDAY))
def test_every_resource_has_its_actions(name):
    resource = REGISTRY[name]
    actions = resource_actions(resource)
    assert actions[:4] == ["list", "get", "create", "update"] and "count" in actions
    assert ("delete" in actions) == resource.can_delete
    assert ("me" in actions) == resource.has_me
    assert ("upload" in actions) == (name == "attachments")
    parser = build_resource_parser(resource)
    operations = {op.cli_name: op for op in resource.operations}
    for action in actions:  # every action parses its minimal form
        argv = {"get": ["get", "1"], "update": ["update", "1"], "delete": ["delete", "1"],
                "upload": ["upload", "f", "--ticket-id", "1"], "download": ["download", "1"],
                "note": ["note", "1", "--note", "x"], "run": ["run", "1"]}.get(action, [action])
        if action in operations:
            argv = [action] + ["1"] * len(operations[action].path_params)
        assert parse_command(parser, argv).action == action


def test_timesheets_and_expenses_have_no_delete():
    assert "delete" not in resource_actions(REGISTRY["timesheets"])
    assert "delete" not in resource_actions(REGISTRY["expenses"])
    assert {name for name, r in REGISTRY.items() if "me" in resource_actions(r)} == {"agents", "users", "clients"}


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_family_has_the_actions_its_api_has(name):
    resource = REGISTRY[name]
    actions = resource_actions(resource)
    operations = [op.cli_name for op in resource.operations if op.cli_name not in ("me",)]
    assert actions[len(actions) - len(operations):] == operations
    standard = actions[:len(actions) - len(operations)]
    assert ("list" in standard) == ("count" in standard) == resource.can_list
    assert ("get" in standard) == resource.can_get
    assert ("create" in standard) == ("update" in standard) == resource.can_write
    assert ("delete" in standard) == resource.can_delete
    assert len(actions) == len(set(actions))
    parser = build_resource_parser(resource)
    for operation in resource.operations:  # every operation parses with its path parameters
        argv = [operation.cli_name] + ["1"] * len(operation.path_params)
        assert parse_command(parser, argv).action == operation.cli_name


def test_ticket_list_has_the_typed_filters_the_issue_names():
    parser = build_resource_parser(REGISTRY["tickets"])
    args = parse_command(parser, [
        "list", "--client-id", "42", "--site-id", "3", "--user-id", "4", "--agent-id", "5", "--status-id", "6",
        "--team", "1,2", "--team", "3", "--priority", "2", "--requesttype-id", "7", "--category-1", "8",
        "--category-4", "9", "--open-only", "--mine", "--search", "server", "--datesearch", "dateoccured",
        "--start-date", "2024-01-01", "--end-date", "2024-02-01", "--filter", "deleted=true"])
    assert args.filters == {
        "client_id": "42", "site_id": "3", "user_id": "4", "agent_id": "5", "status_id": "6", "team": "1,2,3",
        "priority": "2", "requesttype_id": "7", "category_1": "8", "category_4": "9", "open_only": True,
        "mine": True, "search": "server", "datesearch": "dateoccured", "startdate": "2024-01-01",
        "enddate": "2024-02-01", "deleted": "true"}


@pytest.mark.parametrize("name", sorted(name for name, resource in REGISTRY.items() if resource.can_list))
def test_typed_filter_flags_come_from_the_registry(name):
    resource = REGISTRY[name]
    flagged = main_filters(resource)
    assert all(f.name in resource.filters for f in flagged)
    help_text = build_resource_parser(resource)._subparsers._group_actions[0].choices["list"].format_help()
    for filter_ in flagged:
        assert filter_.name in help_text or f"--{filter_.name.replace('_', '-')}" in help_text \
            or filter_.name in ("startdate", "enddate")
    others = [n for n in resource.filters if n not in {f.name for f in flagged}]
    for other in others:  # the rest are listed for --filter
        assert other in help_text


def test_global_client_id_and_filter_client_id_are_told_apart_by_position():
    parser = build_global_parser()
    argv = ["--client-id", "oauth-app", "--json", "tickets", "list", "--client-id", "42"]
    head, command, rest = split_argv(argv, value_options(parser))
    assert head == ["--client-id", "oauth-app", "--json"] and command == "tickets"
    assert parser.parse_args(head).client_id == "oauth-app"
    assert parse_command(build_resource_parser(REGISTRY["tickets"]), rest).filters == {"client_id": "42"}
    assert "after the action" in parser.format_help()


@pytest.mark.parametrize("action, word", [("list", "filter"), ("count", "filter"), ("create", "field"),
                                          ("update", "field")])
def test_the_help_of_client_id_after_the_action_says_where_the_oauth_one_goes(action, word):
    parser = build_resource_parser(REGISTRY["tickets"])._subparsers._group_actions[0].choices[action]
    (option,) = [a for a in parser._actions if "--client-id" in a.option_strings]
    assert option.help.endswith(f"(a {word} here; the OAuth client id goes before the resource)")


@pytest.mark.parametrize("argv, expected", [
    ([], ([], None, [])),
    (["--version"], (["--version"], None, [])),
    (["-o", "json", "tickets", "list"], (["-o", "json"], "tickets", ["list"])),
    (["--output=json", "--sandbox", "agents", "me"], (["--output=json", "--sandbox"], "agents", ["me"])),
    (["--profile", "tickets", "tickets", "get", "1"], (["--profile", "tickets"], "tickets", ["get", "1"])),
    (["--", "tickets", "list"], ([], "tickets", ["list"])),
])
def test_split_argv(argv, expected):
    assert split_argv(argv, value_options(build_global_parser())) == expected


def test_output_options_work_after_the_action_and_override_the_global_one():
    parser = build_resource_parser(REGISTRY["tickets"])
    assert parse_command(parser, ["get", "1", "--json"]).output == "json"
    assert parse_command(parser, ["list", "-o", "csv"]).output == "csv"
    assert not hasattr(parse_command(parser, ["list"]), "output")  # the global choice stands


def test_download_uses_dash_o_for_the_file():
    parser = build_resource_parser(REGISTRY["attachments"])
    args = parse_command(parser, ["download", "7", "-o", "report.pdf"])
    assert args.output_file == "report.pdf" and not hasattr(args, "output")


HEAVY = ("requests", "attrs", "cattrs", "yaml", "prompt_toolkit", "ptpython", "tabulate", "halopsa.resources",
         "halopsa.client", "urllib3")


@pytest.mark.parametrize("argv", [["--version"], ["-v"], ["--help"], []])
def test_version_and_help_import_nothing_heavy(argv):
    code = ("import sys, io, contextlib\nfrom halopsa.cli import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()): code = main({argv!r})\n"
            f"import json; print(json.dumps([code, sorted(m for m in {HEAVY!r} if m in sys.modules), "
            "sorted(getattr(sys.modules.get('halopsa._catalog'), '_LOADED', {}))]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    exit_code, loaded, families_read = json.loads(result.stdout)
    assert exit_code == 0
    assert loaded == []
    assert families_read == []  # --help counts the families from the catalog's index, reading none of them


def test_only_the_invoked_resource_parser_is_built(monkeypatch, capsys):
    from halopsa.cli import _actions, main

    built = []
    original = _actions.build_resource_parser
    monkeypatch.setattr(_actions, "build_resource_parser", lambda r: built.append(r.name) or original(r))
    assert main(["tickets", "list", "--help"]) == 0
    assert built == ["tickets"]
    assert "--open-only" in capsys.readouterr().out


def test_no_arguments_prints_the_help(capsys):
    from halopsa.cli import main

    assert main([]) == 0
    assert capsys.readouterr().out.startswith("usage: halo [global options]")


def test_resource_help_lists_its_actions(capsys):
    from halopsa.cli import main

    assert main(["attachments", "--help"]) == 0
    out = capsys.readouterr().out
    for action in ("list", "get", "create", "update", "delete", "count", "upload", "download"):
        assert f"    {action} " in out


# -- typed create/update flags name real fields ----------------------------------------------------------------

from tests._support.spec import HAVE_SPEC, SPEC_PATH  # noqa: E402 - the one place the spec's path is decided
# the kind of a typed flag -> the OpenAPI type of the field it sets
_SPEC_TYPES = {"int": "integer", "str": "string", "flag": "boolean"}


def _post_body_schema(spec, path):
    """The properties of the component schema that ``POST {path}`` takes (an array of it)."""
    body = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    reference = (body.get("items") or body)["$ref"]
    return spec["components"]["schemas"][reference.rsplit("/", 1)[-1]]["properties"]


WRITE_FIELDS = {name: resource.write_flags for name, resource in REGISTRY.items() if resource.write_flags}


@pytest.mark.skipif(not HAVE_SPEC, reason="halopsa-openapi.json is not beside the repository")
@pytest.mark.parametrize("name", sorted(WRITE_FIELDS))
def test_every_typed_write_flag_names_a_field_of_the_schema(name):
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    properties = _post_body_schema(spec, REGISTRY[name].path)
    wrong = [(field, kind, (properties.get(field) or {}).get("type")) for field, kind, _ in WRITE_FIELDS[name]
             if (properties.get(field) or {}).get("type") != _SPEC_TYPES[kind]]
    assert wrong == [], f"typed flags of {name} create/update that set no field of that type in the schema"
    # and each typed flag really is one of the create and update parsers
    parser = build_resource_parser(REGISTRY[name])
    for action in ("create", "update"):
        sub = parser._subparsers._group_actions[0].choices[action]
        keys = {getattr(option, "key", None) for option in sub._actions if option.dest == "typed_fields"}
        assert keys == {field for field, _, _ in WRITE_FIELDS[name]}


def test_tickets_team_is_a_name_in_create_and_update_and_ids_in_list(capsys):
    from halopsa.cli import main

    parser = build_resource_parser(REGISTRY["tickets"])
    assert parse_command(parser, ["create", "--team", "1st Line"]).typed_fields == {"team": "1st Line"}
    assert parse_command(parser, ["update", "5", "--team", "2nd Line"]).typed_fields == {"team": "2nd Line"}
    assert parse_command(parser, ["list", "--team", "1,2"]).filters == {"team": "1,2"}
    assert main(["tickets", "create", "--help"]) == 0
    create_help = " ".join(capsys.readouterr().out.split())
    assert "--team NAME|ID" in create_help and "--team-id" not in create_help
    assert main(["tickets", "list", "--help"]) == 0
    list_help = " ".join(capsys.readouterr().out.split())
    assert "--team IDS|NAMES" in list_help and "(comma-separated ids or names; repeatable)" in list_help


def test_the_registry_says_which_models_take_notes():
    """`note` is offered from the registry's flag (the CLI must not import the models to build a parser)."""
    for name, resource in REGISTRY.items():
        if resource.everyday:
            assert resource.takes_notes == callable(getattr(model_for(resource), "add_note", None)), name


def test_a_resource_parser_imports_no_models_or_queries():
    code = ("import sys; from halopsa.cli._parser import build_resource_parser; from halopsa.resources import "
            "REGISTRY; build_resource_parser(REGISTRY['tickets']); "
            "print(sorted(m for m in sys.modules if m.startswith(('halopsa.models', 'halopsa.query'))))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"
