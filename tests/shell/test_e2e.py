"""`halo shell` as a user runs it: the real command, ``python -m halopsa --tenant-url ... shell``, in a
pseudo-terminal, against a FakeHalo in this process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from halopsa.testing._demo import CLOSED_TYPE

from tests._support.shell import not_found_line
from tests._support.terminal import Terminal, plain

ROOT = Path(__file__).resolve().parents[2]
BANNER_END = "last_traceback\\(\\) shows the full one\\."


def environment(home):
    env = dict(os.environ, HALO_HOME=str(home), TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for name in [name for name in env if name.startswith("HALO_") and name != "HALO_HOME"]:
        del env[name]
    return env


def shell_command(fake):
    return [sys.executable, "-m", "halopsa", "--tenant-url", fake.url, "--client-id", fake.client_id,
            "--client-secret", fake.client_secret, "shell"]


def open_ids(fake, count):
    closed = {s["id"] for s in fake.records("statuses") if s.get("type") == CLOSED_TYPE}
    return [t["id"] for t in fake.records("tickets") if t["status_id"] not in closed][:count]


def test_typed_loop_prints_the_open_ticket_ids(fresh_fake, home):
    terminal = Terminal(shell_command(fresh_fake), environment(home))
    try:
        terminal.expect("You are Alex Morgan")
        terminal.expect(BANNER_END)
        terminal.expect_prompt()
        terminal.send("for t in tickets.filter(open_only=True)[:3]: print(t.id)\r")
        terminal.send("\r")
        terminal.send("print('end-' + 'of-output')\r")  # the echo of this line cannot match the pattern
        terminal.expect("end-of-output")
        printed = [int(line) for line in plain(terminal.before).split("\n") if line.strip().isdigit()]
        assert printed == open_ids(fresh_fake, 3)
        # API errors and refused queries: one line each, no traceback.
        terminal.send("tickets.get(999999)\r")
        terminal.send("tickets.filter(priorty=1)\r")
        terminal.send("print('errors-' + 'shown')\r")
        terminal.expect("errors-shown")
        shown = plain(terminal.before)
        assert not_found_line(fresh_fake, 999999) in shown
        assert "HaloQueryError: unknown filter 'priorty' for tickets; did you mean 'priority'?" in shown
        assert "Traceback" not in shown
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
    done = subprocess.run(shell_command(fresh_fake), input="print(tickets.count())\ntickets.get(99999)\n", env=env,
                          capture_output=True, text=True, timeout=60)
    expected_stderr = not_found_line(fresh_fake, 99999) + "\n"
    expected_stdout = f"{len(fresh_fake.records('tickets'))}\n"
    assert (done.stdout, done.stderr, done.returncode) == (expected_stdout, expected_stderr, 1)
