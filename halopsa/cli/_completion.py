"""Shell completion: small bash, zsh and fish scripts that ask ``halo __complete WORD...`` for candidates.

The candidates come from the same parsers the commands use (resources, actions, flags) and from the registry
(filter names after ``--filter``, field names after ``--fields``, ``--where`` and ``--order-by``), so
completion can never offer a flag that does not exist.
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional, Sequence

from ._names import COMMANDS, OUTPUT_FORMATS, RESOURCE_NAMES

__all__ = ["completion_script", "complete_command", "candidates"]

BASH = r"""# bash completion for halo; load it with:  eval "$(halo completion bash)"
_halo_complete() {
    # halo splits the line itself (COMP_WORDS break at = and :, as in a URL or --filter=NAME) and answers with
    # what replaces the text after the line's last word-break character, which is what bash replaces
    local IFS=$'\n'
    COMPREPLY=($(halo __complete --line "${COMP_LINE:0:COMP_POINT}" "$COMP_WORDBREAKS" 2>/dev/null))
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
        compopt -o nospace 2>/dev/null
    fi
}
complete -o default -F _halo_complete halo
"""

ZSH = r"""#compdef halo
# zsh completion for halo; save as _halo in a folder of $fpath, or load it with:  eval "$(halo completion zsh)"
_halo() {
    local -a candidates open closed
    candidates=("${(@f)$(halo __complete "${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
    candidates=(${candidates:#})
    if (( ${#candidates} )); then
        open=(${(M)candidates:#*=})
        closed=(${candidates:#*=})
        (( ${#closed} )) && compadd -- "${closed[@]}"
        (( ${#open} )) && compadd -S '' -- "${open[@]}"
    else
        _files
    fi
}
if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
    _halo "$@"
else
    compdef _halo halo
fi
"""

FISH = r"""# fish completion for halo; save as ~/.config/fish/completions/halo.fish
function __halo_complete
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l current (commandline -ct)
    set -l found (halo __complete $tokens "$current" 2>/dev/null)
    if set -q found[1]
        printf '%s\n' $found
    else
        __fish_complete_path "$current"
    end
end
complete -c halo -f -a '(__halo_complete)'
"""


def completion_script(shell: str) -> str:
    return {"bash": BASH, "zsh": ZSH, "fish": FISH}[shell]


def complete_command(words: Sequence[str]) -> int:
    """``halo __complete WORD... CURRENT``: print the candidates for CURRENT, one a line. Never fails loudly:
    a completion that goes wrong offers nothing."""
    words = list(words)
    replaced: Optional[str] = None  # the part of the current word the shell replaces (bash: after = or :)
    if words and words[0] == "--line":  # bash: the line up to the cursor, and its word-break characters
        line, breaks = (words[1:] + ["", ""])[:2]
        words = split_line(line)[1:]
        replaced = _after_last_break(line, breaks or BASH_WORDBREAKS)
    elif words and words[0] == "--":
        words = words[1:]
    try:
        found = candidates(words)
        if replaced is not None:
            found = _as_replacements(found, (words or [""])[-1], replaced)
    except Exception:  # noqa: BLE001 - a broken completion must not print a traceback into the prompt
        found = []
    sys.stdout.write("".join(f"{item}\n" for item in found))
    return 0


def split_line(line: str) -> List[str]:
    """The words of a command line up to the cursor, as the shell will pass them (an open quote is closed; a
    trailing space starts a new, empty word)."""
    import shlex

    for closing in ("", '"', "'"):
        try:
            words = shlex.split(line + closing)
            break
        except ValueError:
            continue
    else:
        words = line.split()
    if not line or (line[-1].isspace() and not line.endswith("\\ ") and not closing):
        words.append("")
    return words


BASH_WORDBREAKS = " \t\n\"'><=;|&(:"  # bash's default COMP_WORDBREAKS


def _after_last_break(line: str, breaks: str) -> str:
    for index in range(len(line) - 1, -1, -1):
        if line[index] in breaks:
            return line[index + 1:]
    return line


def _as_replacements(found: Sequence[str], current: str, replaced: str) -> List[str]:
    """Candidates for the whole ``current`` word, cut to the ``replaced`` tail that bash swaps (it replaces only
    what follows the last = or : of a word). A candidate typed out in full already is left out."""
    if not current.endswith(replaced):
        return list(found)
    head = current[:len(current) - len(replaced)]
    return [item[len(head):] for item in found if item.startswith(head) and len(item) > len(head)]


def candidates(words: Sequence[str]) -> List[str]:
    """Completions for the last of ``words`` (the word being typed; "" for a new word)."""
    from ._parser import build_global_parser, value_options

    words = list(words) or [""]
    *done, current = words
    global_parser = build_global_parser()
    takes_value = value_options(global_parser)
    index = 0
    while index < len(done) and done[index].startswith("-"):
        index += 2 if done[index] in takes_value else 1
    if index > len(done):  # the word being typed is the value of a global option
        return _matching(_option_values(done[-1], None), current)
    if index == len(done):
        if current.startswith("--") and "=" in current:  # --output=js
            return _inline_values(current, _value_option_strings(global_parser), None, None)
        if current.startswith("-"):
            return _matching(_option_strings(global_parser), current)
        return _matching(list(RESOURCE_NAMES) + list(COMMANDS), current)
    command, rest = done[index], done[index + 1:]
    if command in RESOURCE_NAMES:
        return _resource_candidates(command, rest, current)
    if command in COMMANDS:
        from ._parser import build_command_parser

        return _parser_candidates(build_command_parser(command), rest, current, None)
    return []


def _resource_candidates(name: str, rest: List[str], current: str) -> List[str]:
    from ..resources import get_resource
    from ._parser import build_resource_parser

    resource = get_resource(name)
    while rest and rest[0] in ("--json", "-o", "--output") or rest and rest[0].startswith("--output="):
        rest = rest[2:] if rest[0] in ("-o", "--output") else rest[1:]  # `tickets --json get` runs as `get --json`
    return _parser_candidates(build_resource_parser(resource), rest, current, resource)


def _subparsers(parser: argparse.ArgumentParser) -> Optional[argparse._SubParsersAction]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _parser_candidates(parser: argparse.ArgumentParser, rest: List[str], current: str,
                       resource: object) -> List[str]:
    sub = _subparsers(parser)
    if sub is not None:
        if not rest:
            return [] if current.startswith("-") else _matching(list(sub.choices), current)
        if rest[0] not in sub.choices:
            return []
        parser, rest = sub.choices[rest[0]], rest[1:]
    if rest and rest[-1] in _value_option_strings(parser):
        return _matching(_option_values(rest[-1], resource, parser), current, commas=rest[-1] in (
            "--fields", "--order-by"))
    if current.startswith("--") and "=" in current:  # --filter=search_su
        return _inline_values(current, _value_option_strings(parser), resource, parser)
    if current.startswith("-"):
        return _matching(_option_strings(parser), current)
    positionals = [action for action in parser._actions if not action.option_strings and action.choices]
    if positionals and not [word for word in rest if not word.startswith("-")]:
        return _matching([str(choice) for choice in positionals[0].choices or ()], current.upper()
                         if positionals[0].dest == "method" else current)
    return []


def _inline_values(current: str, value_options: Sequence[str], resource: object,
                   parser: Optional[argparse.ArgumentParser]) -> List[str]:
    """``--option=partial``: the option's values, each written ``--option=value``."""
    option, _, partial = current.partition("=")
    if option not in value_options:
        return []
    values = _matching(_option_values(option, resource, parser), partial,
                       commas=option in ("--fields", "--order-by"))
    return [f"{option}={value}" for value in values]


def _value_option_strings(parser: argparse.ArgumentParser) -> List[str]:
    return [s for action in parser._actions if action.option_strings and action.nargs != 0
            for s in action.option_strings]


def _option_strings(parser: argparse.ArgumentParser) -> List[str]:
    return [s for action in parser._actions for s in action.option_strings if s.startswith("--")]


def _option_values(option: str, resource: object, parser: Optional[argparse.ArgumentParser] = None) -> List[str]:
    action = next((a for a in parser._actions if option in a.option_strings), None) if parser else None
    if action is not None and action.dest == "output_file":
        return []  # download -o FILE: the shell completes file names
    if option in ("-o", "--output"):
        return list(OUTPUT_FORMATS)
    if option == "--profile":
        return _profiles()
    if resource is None:
        if parser is not None:
            for action in parser._actions:
                if option in action.option_strings and action.choices:
                    return [str(choice) for choice in action.choices]
        return []
    if option == "--filter":
        return [f"{name}=" for name in resource.filters]  # type: ignore[attr-defined]
    fields = sorted(resource.model._fields)  # type: ignore[attr-defined]
    if option == "--where" or option == "--set":
        return [f"{name}=" for name in fields]
    if option in ("--fields", "--order-by"):
        names = list(dict.fromkeys(list(resource.columns) + fields))  # type: ignore[attr-defined]
        return names + [f"-{name}" for name in names] if option == "--order-by" else names
    return []


def _profiles() -> List[str]:
    from ..config import config_path, load_config_file

    profiles = load_config_file(config_path()).get("profiles") or {}
    return sorted(profiles) if isinstance(profiles, dict) else []


def _matching(options: Sequence[str], current: str, commas: bool = False) -> List[str]:
    if commas and "," in current:  # --fields id,sum -> id,summary
        head, _, tail = current.rpartition(",")
        return [f"{head},{option}" for option in options if option.startswith(tail)]
    return [option for option in options if option.startswith(current)]
