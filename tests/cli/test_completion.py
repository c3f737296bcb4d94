"""`halo completion bash|zsh|fish`: the scripts, loaded in the real shells, complete what a user types.

The shell tests type a line and TAB into an interactive bash or zsh on a pseudo-terminal (fish has
`complete -C`), then read back the line as the shell left it. They are skipped where a shell is not installed.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

import pytest

from halopsa.cli._completion import candidates, split_line

from tests._support.cli import halo_executable


def shell_environment(tmp_path: Path) -> Dict[str, str]:
    """`halo` on PATH (the one installed next to this interpreter), a private HOME, no user start-up files."""
    folder = os.path.dirname(halo_executable()[0])
    if not os.path.exists(os.path.join(folder, "halo")):
        pytest.skip("the halo script is not installed next to this interpreter")
    home = tmp_path / "shell-home"
    home.mkdir(exist_ok=True)
    return {"PATH": folder + os.pathsep + os.environ.get("PATH", ""), "HOME": str(home), "TERM": "xterm",
            "PS1": "$ ", "PROMPT": "$ ", "LANG": "C.UTF-8", "HALO_HOME": str(home / ".halopsa")}


TERMINAL_CODES = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07|[()][A-Za-z0-9]|[=>])")


def typed_with_tab(argv: List[str], setup: str, lines: List[str], env: Dict[str, str],
                   timeout: float = 30) -> List[str]:
    """Type each line and one TAB into an interactive shell; return each line as the shell then had it (read
    back by turning it into `echo "LINE:<the line>|"` and running that). The lines hold no double quotes."""
    import pty

    master, slave = pty.openpty()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
                               close_fds=True)
    os.close(slave)
    output = ""

    def read_until(pattern: str) -> re.Match:
        nonlocal output
        deadline = time.monotonic() + timeout
        while True:
            match = re.search(r"(?:^|\r)" + pattern, TERMINAL_CODES.sub("", output), re.MULTILINE)
            if match:
                output = ""  # what was read up to here is done with (the shell waits for the next keys)
                return match
            if time.monotonic() > deadline:
                raise AssertionError(f"the shell never printed {pattern!r}; it printed {output[-2000:]!r}")
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    output += os.read(master, 65536).decode("utf-8", "replace")
                except OSError:
                    raise AssertionError(f"the shell exited; it printed {output[-2000:]!r}") from None

    try:
        os.write(master, (setup + "; echo READY\r").encode())
        read_until(r"READY\r?$")
        found = []
        for line in lines:
            # TAB completes; then Ctrl-A and Ctrl-E wrap the line in `echo "LINE:...|"`, which prints it
            os.write(master, line.encode() + b'\t\x01echo "LINE:\x05|"\r')
            found.append(read_until(r"LINE:(.*?)\|\r?$").group(1))
        os.write(master, b"exit\r")
        return found
    finally:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(master)


# What one TAB makes of a line, in every shell (the value of an option comes from the registry).
TAB_CASES = [
    ("halo quot", "halo quotations "),
    ("halo recurring-inv", "halo recurring-invoices "),
    ("halo tickets li", "halo tickets list "),
    ("halo tickets list --open-o", "halo tickets list --open-only "),
    ("halo tickets list --filter search_summ", "halo tickets list --filter search_summary="),
    # a comma-separated list may go on: no space after it
    ("halo tickets list --order-by -dateocc", "halo tickets list --order-by -dateoccurred"),
    ("halo tickets list --fields id,summ", "halo tickets list --fields id,summary"),
    ("halo tickets list --fields=id,summ", "halo tickets list --fields=id,summary"),
    ("halo tickets list --where client_na", "halo tickets list --where client_name="),
    ("halo --json sandb", "halo --json sandbox "),
    # earlier words holding ':' and '=' (bash's COMP_WORDS break there)
    ("halo --tenant-url http://127.0.0.1:9 tickets li", "halo --tenant-url http://127.0.0.1:9 tickets list "),
    ("halo tickets list --where status_id=2 --open-o", "halo tickets list --where status_id=2 --open-only "),
    # --option=value
    ("halo tickets list --filter=search_summ", "halo tickets list --filter=search_summary="),
    ("halo --output=ya", "halo --output=yaml "),
    # output options between the resource and the action
    ("halo tickets --json ge", "halo tickets --json get "),
    # download's -o is a file name: the shell completes files
    ("halo attachments download 5 -o report.t", "halo attachments download 5 -o report.txt "),
    # ... and so do upload's FILE, --data @FILE and the sandbox's --db, even after global options
    ("halo attachments upload rep", "halo attachments upload report.txt "),
    ("halo --sandbox attachments --json upload rep", "halo --sandbox attachments --json upload report.txt "),
    ("halo tickets create --data @rep", "halo tickets create --data @report.txt "),
    ("halo sandbox serve --db rep", "halo sandbox serve --db report.txt "),
    # where no file is meant, no file names: an id, a filter's or a lookup's value, a typed filter
    ("halo tickets get rep", "halo tickets get rep"),
    ("halo tickets list --filter priority=rep", "halo tickets list --filter priority=rep"),
    ("halo tickets list --where summary=rep", "halo tickets list --where summary=rep"),
    ("halo tickets list --status-id rep", "halo tickets list --status-id rep"),
    ("halo tickets create --data rep", "halo tickets create --data rep"),
    ("halo completion zs", "halo completion zsh "),
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completion_in_an_interactive_bash(tmp_path):
    env = shell_environment(tmp_path)
    (tmp_path / "report.txt").write_text("x")
    argv = ["bash", "--norc", "--noprofile", "-i"]
    setup = f'cd {tmp_path}; eval "$(halo completion bash)"'
    typed = typed_with_tab(argv, setup, [line for line, _ in TAB_CASES], env)
    assert typed == [expected for _, expected in TAB_CASES]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="needs zsh")
def test_zsh_completion_in_an_interactive_zsh(tmp_path):
    env = shell_environment(tmp_path)
    (tmp_path / "report.txt").write_text("x")
    functions = tmp_path / "zsh-functions"
    functions.mkdir()
    (functions / "_halo").write_text(subprocess.run(["halo", "completion", "zsh"], env=env, capture_output=True,
                                                    text=True, check=True).stdout)
    # installed the documented way: a _halo file in a folder of $fpath, picked up by compinit
    setup = f"cd {tmp_path}; fpath=({functions} $fpath); autoload -U compinit && compinit -u -D"
    typed = typed_with_tab(["zsh", "-f", "-i"], setup, [line for line, _ in TAB_CASES], env)
    # zsh takes back the space it added after a completed word when the next key moves the cursor (Ctrl-A)
    assert typed == [expected.rstrip(" ") for _, expected in TAB_CASES]


@pytest.mark.skipif(shutil.which("fish") is None, reason="needs fish")
def test_fish_completion(tmp_path):
    env = shell_environment(tmp_path)
    (tmp_path / "report.txt").write_text("x")
    script = tmp_path / "halo.fish"
    script.write_text(subprocess.run(["halo", "completion", "fish"], env=env, capture_output=True, text=True,
                                     check=True).stdout)

    def complete(line: str) -> List[str]:
        result = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C {quote_fish(line)}"],
                                cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
        return [row.split("\t")[0] for row in result.stdout.splitlines()]

    assert complete("halo tick") == ["tickets", "ticket_types"]
    assert complete("halo --tenant-url http://127.0.0.1:9 tickets li") == ["list"]
    assert complete("halo tickets list --filter=search_summ") == ["--filter=search_summary="]
    assert complete("halo tickets list --open-o") == ["--open-only"]
    assert complete("halo attachments download 5 -o report.t") == ["report.txt"]
    assert complete("halo attachments upload rep") == ["report.txt"]
    assert complete("halo tickets create --data @rep") == ["@report.txt"]
    assert complete("halo sandbox serve --db rep") == ["report.txt"]
    assert complete("halo tickets get rep") == []
    assert complete("halo tickets list --filter priority=rep") == []
    assert complete("halo tickets list --status-id rep") == []


def quote_fish(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


# -- the candidates themselves -------------------------------------------------------------------------------


@pytest.mark.parametrize("words, expected", [
    (["tickets", "list", "--filter=search_summ"], ["--filter=search_summary="]),
    (["tickets", "list", "--fields=id,summ"], ["--fields=id,summary"]),
    (["--output=js"], ["--output=json", "--output=jsonl"]),
    (["tickets", "list", "--nosuch=x"], []),
    (["tickets", "--json", "ge"], ["get"]),
    (["tickets", "-o", "csv", "li"], ["list"]),
    (["attachments", "download", "5", "-o", ""], []),  # a file name, not a format
    (["attachments", "list", "-o", "j"], ["json", "jsonl"]),
])
def test_candidates(words, expected):
    assert candidates(words) == expected


@pytest.mark.parametrize("line, words", [
    ("halo ", ["halo", ""]),
    ("halo tic", ["halo", "tic"]),
    ("halo --tenant-url http://x:9 tickets li", ["halo", "--tenant-url", "http://x:9", "tickets", "li"]),
    ("halo tickets list --search 'two wo", ["halo", "tickets", "list", "--search", "two wo"]),
    ("halo tickets list --search 'two words' ", ["halo", "tickets", "list", "--search", "two words", ""]),
])
def test_split_line(line, words):
    assert split_line(line) == words


@pytest.mark.parametrize("line, printed", [
    # bash replaces the text after the line's last word-break character: halo answers with what goes there
    ("halo --tenant-url http://x:9 tickets li", "list\n"),
    ("halo tickets list --filter=search_summ", "search_summary=\n"),
    ("halo tickets list --where summ", "summary=\n"),
    ("halo tickets list --where summary=", ""),  # typed out already: the value is free text
    ("halo tickets list --fields id,summ", "id,summary\n"),
    ("halo -o js", "json\njsonl\n"),
])
def test_complete_command_for_bash(line, printed, halo_bare):
    result = halo_bare("__complete", "--line", line, " \t\n\"'><=;|&(:")
    assert result.code == 0 and result.out == printed


@pytest.mark.parametrize("line, printed", [
    # the scripts of this version ask for a hint first: files where a file is meant, nothing else elsewhere
    ("halo tickets get ", "hint:none\n"),
    ("halo tickets list --status-id ", "hint:none\n"),
    ("halo tickets list --fields id,summ", "hint:nospace\nid,summary\n"),
    ("halo tickets list --order-by -dateocc", "hint:nospace\n-dateoccurred\n"),
    ("halo tickets list --filter search_summ", "hint:none\nsearch_summary=\n"),
    ("halo tickets create --data @", "hint:files:@\n"),
    ("halo attachments upload ", "hint:files:\n"),
    ("halo attachments upload x --ticket-id 5 ", "hint:none\n"),
    ("halo attachments download 5 -o ", "hint:files:\n"),
    ("halo sandbox serve --db ", "hint:files:\n"),
])
def test_complete_command_with_hints(line, printed, halo_bare):
    result = halo_bare("__complete", "--hints", "--line", line, " \t\n\"'><=;|&(:")
    assert result.code == 0 and result.out == printed


def test_the_bash_script_passes_the_line_not_comp_words(tmp_path):
    """COMP_WORDS splits `http://x:9` into five words; the script must not lose track of the command."""
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    env = shell_environment(tmp_path)
    script = ('eval "$(halo completion bash)"\n'
              'COMP_LINE="halo --tenant-url http://127.0.0.1:9 tickets list --op"; COMP_POINT=${#COMP_LINE}\n'
              'COMP_WORDS=(halo --tenant-url http : //127.0.0.1 : 9 tickets list --op); COMP_CWORD=9\n'
              '_halo_complete; echo "${COMPREPLY[@]}"\n')
    result = subprocess.run(["bash", "--norc", "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.strip() == "--open-only", result.stderr


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-v"]))
