"""Shell completion: small bash, zsh and fish scripts that ask ``halo __complete WORD...`` for candidates.

The candidates come from the same parsers the commands use (resources, actions, flags) and from the registry
(filter names after ``--filter``, field names after ``--fields``, ``--where`` and ``--order-by``), so
completion can never offer a flag that does not exist.
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional, Sequence, Tuple

from ._names import COMMANDS, OUTPUT_FORMATS, cli_names, resource_of

__all__ = ["completion_script", "complete_command", "candidates", "completion"]

# What the scripts do besides offering the candidates (`halo __complete --hints` prints it as its first line):
NO_HINT = "hint:none"          # the candidates, or nothing at all (never file names)
NO_SPACE = "hint:nospace"      # no space after the candidate: a comma-separated list goes on (--fields id,sum)
FILES = "hint:files:"          # file names, after the prefix that follows (--data @FILE: "hint:files:@")
_LIST_VALUED = ("--fields", "--order-by")

BASH = r"""# bash completion for halo; load it with:  eval "$(halo completion bash)"
_halo_complete() {
    # halo splits the line itself (COMP_WORDS break at = and :, as in a URL or --filter=NAME) and answers with
    # a hint line, then what replaces the text after the line's last word-break character (what bash replaces)
    local IFS=$'\n' hint prefix word name
    local -a found names
    found=($(halo __complete --hints --line "${COMP_LINE:0:COMP_POINT}" "$COMP_WORDBREAKS" 2>/dev/null))
    hint=${found[0]}
    COMPREPLY=("${found[@]:1}")
    case $hint in
        hint:files:*)  # a file is meant here (upload FILE, download -o FILE, --data @FILE, --db PATH)
            prefix=${hint#hint:files:}
            word=${COMP_WORDS[COMP_CWORD]}
            word=${word#"$prefix"}
            names=($(compgen -f -- "$word"))
            if [[ -z $prefix ]]; then
                compopt -o filenames 2>/dev/null
                COMPREPLY=("${names[@]}")
            else
                COMPREPLY=()
                for name in "${names[@]}"; do
                    [[ -d $name ]] && name+=/
                    COMPREPLY+=("$prefix$name")
                done
                [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == */ ]] && compopt -o nospace 2>/dev/null
            fi
            ;;
        hint:nospace)  # inside a comma-separated list: more may follow
            compopt -o nospace 2>/dev/null
            ;;
    esac
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
        compopt -o nospace 2>/dev/null
    fi
}
complete -F _halo_complete halo
"""

ZSH = r"""#compdef halo
# zsh completion for halo; save as _halo in a folder of $fpath, or load it with:  eval "$(halo completion zsh)"
_halo() {
    local -a candidates open closed
    local hint
    candidates=("${(@f)$(halo __complete --hints "${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
    hint=${candidates[1]}
    candidates=(${${candidates[2,-1]}:#})
    case $hint in
        hint:files:*)  # a file is meant here (upload FILE, download -o FILE, --data @FILE, --db PATH)
            [[ -n ${hint#hint:files:} ]] && compset -P "${hint#hint:files:}"
            _files
            return
            ;;
        hint:nospace)  # inside a comma-separated list: more may follow
            (( ${#candidates} )) && compadd -S '' -- "${candidates[@]}"
            return
            ;;
    esac
    open=(${(M)candidates:#*=})
    closed=(${candidates:#*=})
    (( ${#closed} )) && compadd -- "${closed[@]}"
    (( ${#open} )) && compadd -S '' -- "${open[@]}"
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
    set -l found (halo __complete --hints $tokens "$current" 2>/dev/null)
    switch "$found[1]"
        case 'hint:files:*'  # a file is meant here (upload FILE, download -o FILE, --data @FILE, --db PATH)
            set -l prefix (string replace 'hint:files:' '' -- $found[1])
            set -l word (string sub --start (math (string length -- "$prefix") + 1) -- "$current")
            for name in (__fish_complete_path "$word")
                printf '%s%s\n' $prefix $name
            end
        case '*'
            set -e found[1]
            printf '%s\n' $found
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
    hints = bool(words) and words[0] == "--hints"  # the scripts of this version; older ones read candidates only
    if hints:
        words = words[1:]
    replaced: Optional[str] = None  # the part of the current word the shell replaces (bash: after = or :)
    if words and words[0] == "--line":  # bash: the line up to the cursor, and its word-break characters
        line, breaks = (words[1:] + ["", ""])[:2]
        words = split_line(line)[1:]
        replaced = _after_last_break(line, breaks or BASH_WORDBREAKS)
    elif words and words[0] == "--":
        words = words[1:]
    try:
        found, hint = completion(words)
        if replaced is not None:
            found = _as_replacements(found, (words or [""])[-1], replaced)
    except Exception:  # noqa: BLE001 - a broken completion must not print a traceback into the prompt
        found, hint = [], NO_HINT
    if hints:
        found = [hint] + list(found)
    sys.stdout.write("".join(f"{item}\n" for item in found))
    return 0


def split_line(line: str) -> List[str]:
    """The words of a command line up to the cursor, as the shell will pass them (an open quote is closed; a
    trailing space starts a new, empty word)."""
    import shlex

    closing = ""
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
    return completion(words)[0]


def completion(words: Sequence[str]) -> Tuple[List[str], str]:
    """The candidates for the last of ``words``, and the hint for the shell (``NO_HINT``, ``NO_SPACE`` or
    ``FILES`` + prefix): file names only where a file is meant, never as a fallback."""
    words = list(words) or [""]
    hint = _hint(words)
    return ([] if hint.startswith(FILES) else _candidates(words)), hint


def _hint(words: List[str]) -> str:
    *done, current = words
    done = _command_words(done)
    option = done[-1] if done and done[-1].startswith("-") else None
    if option is None and current.startswith("--") and "=" in current:  # --data=@fi, --fields=id,sum
        option, _, current = current.partition("=")
    if option in _LIST_VALUED:
        return NO_SPACE
    if option == "--data":
        return FILES + "@" if current.startswith("@") else NO_HINT
    if option == "--db" and done[:1] == ["sandbox"]:
        return FILES
    action = done[1] if len(done) > 1 and _transfers_files(done[0]) else None
    if option in ("-o", "--output-file") and action == "download":
        return FILES
    if option is None and action == "upload" and not current.startswith("-") and not _upload_file_given(done[2:]):
        return FILES
    return NO_HINT


def _transfers_files(command: str) -> bool:
    """Whether ``command`` names a resource with upload and download (attachments)."""
    name = resource_of(command)
    if name is None:
        return False
    from ..resources import get_resource

    return get_resource(name).transfers_files


def _command_words(done: List[str]) -> List[str]:
    """``done`` from the command on: without the global options before it, nor the output options between a
    resource and its action (``halo --sandbox attachments --json upload`` -> ``attachments upload``)."""
    from ._parser import build_global_parser, value_options

    takes_value = value_options(build_global_parser())
    index = 0
    while index < len(done) and done[index].startswith("-"):
        index += 2 if done[index] in takes_value else 1
    words = done[index:]
    if words and resource_of(words[0]) is not None:
        words = words[:1] + _skip_output_options(words[1:])
    return words


def _upload_file_given(rest: List[str]) -> bool:
    """Whether `attachments upload` has its FILE already (a word that is not an option or an option's value)."""
    takes_value = ("--ticket-id", "--action-id", "--filename", "-o", "--output")
    index = 0
    while index < len(rest):
        if rest[index] in takes_value:
            index += 2
        elif rest[index].startswith("-"):
            index += 1
        else:
            return True
    return False


def _candidates(words: List[str]) -> List[str]:
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
        return _matching(list(cli_names()) + list(COMMANDS), current)
    command, rest = done[index], done[index + 1:]
    if resource_of(command) is not None:
        return _resource_candidates(command, rest, current)
    if command in COMMANDS:
        from ._parser import build_command_parser

        return _parser_candidates(build_command_parser(command), rest, current, None)
    return []


def _resource_candidates(name: str, rest: List[str], current: str) -> List[str]:
    from ..resources import get_resource
    from ._parser import build_resource_parser

    resource = get_resource(name)
    return _parser_candidates(build_resource_parser(resource), _skip_output_options(rest), current, resource)


def _skip_output_options(rest: List[str]) -> List[str]:
    """A resource's words after the output options written before its action (`tickets --json get` runs as
    `get --json`)."""
    while rest and (rest[0] in ("--json", "--no-csv-guard", "-o", "--output") or rest[0].startswith("--output=")):
        rest = rest[2:] if rest[0] in ("-o", "--output") else rest[1:]
    return rest


def _subparsers(parser: argparse.ArgumentParser) -> Optional[argparse._SubParsersAction[argparse.ArgumentParser]]:
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
    # the model's declared fields, then the schema's (every family has the latter; the everyday ones both)
    from ..models import model_for

    fields = sorted(set(model_for(resource)._fields) | set(resource.write_fields or ()))  # type: ignore[arg-type,attr-defined]
    if option == "--param" and parser is not None and parser.prog.split()[-1] not in ("list", "count"):
        operation = resource.operation(parser.prog.split()[-1].replace("-", "_"))  # type: ignore[attr-defined]
        return [f"{name}=" for name in (operation.params if operation else ())]
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
