"""`halo shell` as a user runs it: a real process in a pseudo-terminal against a FakeHalo in this process.

The command is the real entry point, ``python -m halopsa --tenant-url ... shell``, when the CLI has the ``shell``
sub-command; until then the same run_shell() call the CLI makes, through ``python -c``.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

from halopsa.testing._demo import CLOSED_TYPE

from .terminal import Terminal, plain

ROOT = Path(__file__).resolve().parents[2]


def environment(home):
    env = dict(os.environ, HALO_HOME=str(home), TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for name in [name for name in env if name.startswith("HALO_") and name != "HALO_HOME"]:
        del env[name]
    return env


@functools.lru_cache(maxsize=None)
def cli_has_shell():
    env = environment(Path(os.devnull))
    probe = subprocess.run([sys.executable, "-m", "halopsa", "shell", "--help"], env=env, capture_output=True,
                           text=True, timeout=30)
    return probe.returncode == 0


def shell_command(fake, env):
    """argv for `halo --tenant-url ... shell`, or its python -c stand-in when the CLI lacks the sub-command."""
    if cli_has_shell():
        return [sys.executable, "-m", "halopsa", "--tenant-url", fake.url, "--client-id", fake.client_id,
                "--client-secret", fake.client_secret, "shell"]
    code = ("import sys; from halopsa import HaloClient; from halopsa.shell import run_shell; "
            f"sys.exit(run_shell(lambda: HaloClient({fake.url!r}, {fake.client_id!r}, {fake.client_secret!r})))")
    return [sys.executable, "-c", code]


def open_ids(fake, count):
    closed = {s["id"] for s in fake.records("statuses") if s.get("type") == CLOSED_TYPE}
    return [t["id"] for t in fake.records("tickets") if t["status_id"] not in closed][:count]


def test_typed_loop_prints_the_open_ticket_ids(fresh_fake, home):
    env = environment(home)
    terminal = Terminal(shell_command(fresh_fake, env), env)
    try:
        terminal.expect("You are Alex Morgan")
        terminal.expect(">>> ")
        terminal.send("for t in tickets.filter(open_only=True)[:3]: print(t.id)\r")
        terminal.send("\r")
        terminal.send("print('end-' + 'of-output')\r")  # the echo of this line cannot match the pattern
        terminal.expect("end-of-output")
        printed = [int(line) for line in plain(terminal.before).split("\n") if line.strip().isdigit()]
        assert printed == open_ids(fresh_fake, 3)
        # Tab inside a chained .filter( completes the keyword (the menu shows as you type; wait for it).
        terminal.send("q = tickets.filter(open_only=True).filter(agent_i")
        terminal.expect("agent_id=")  # the completion menu (the typed text has no "d=")
        terminal.send("\t")
        terminal.send("1)\r")
        terminal.send("print('params ' + 'are', sorted(q.explain()['params']))\r")
        found = terminal.expect(r"params are \[.*?\]")
        assert plain(found.group(0)) == "params are ['agent_id', 'open_only']"
        terminal.send("exit()\r")
        assert terminal.wait() == 0
    finally:
        terminal.close()
    history = (home / "shell_history").read_text()
    assert "+for t in tickets.filter(open_only=True)[:3]: print(t.id)" in history
    assert "+q = tickets.filter(open_only=True).filter(agent_id=1)" in history


def test_piped_script(fresh_fake, home):
    env = environment(home)
    argv = shell_command(fresh_fake, env)
    done = subprocess.run(argv, input="print(tickets.count())\ntickets.get(99999)\n", env=env, capture_output=True,
                          text=True, timeout=30)
    assert done.stdout == f"{len(fresh_fake.records('tickets'))}\n"
    assert done.stderr == "Ticket.DoesNotExist: GET /api/Tickets/99999: 404 Ticket #99999 not found\n"
    assert done.returncode == 1
