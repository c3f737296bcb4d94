"""Section 3: start-up time of the ``halo`` command against ``python -c pass`` run by the same interpreter.

Each command is run ``runs`` times, the commands interleaved so that drift hits them alike; the figure is the
median wall time from spawning the process to its exit. ``halo`` is the console script installed next to this
interpreter (its shebang names this interpreter); without one, ``python -m halopsa`` stands in and a note says so.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from .report import Section, format_seconds, median
from .server import REPO_ROOT, child_env

__all__ = ["halo_command", "run_startup", "time_command"]

# (label, arguments after `halo`, target ratio or None)
CASES: Tuple[Tuple[str, Tuple[str, ...], Optional[float]], ...] = (
    ("halo --version", ("--version",), 2.0),
    ("halo --help", ("--help",), 3.0),
    ("halo tickets list --help", ("tickets", "list", "--help"), None),
    # the shell needs a tenant: the sandbox (its file seeded by the untimed first run, then loaded), so the
    # figure includes starting a local fake HaloPSA
    ("halo --sandbox shell -c pass", ("--sandbox", "shell", "-c", "pass"), None),
)


def halo_command() -> Tuple[List[str], str]:
    """How to run ``halo`` with this interpreter, and a note when it is not the installed console script."""
    script = Path(sys.executable).parent / "halo"
    if script.exists():
        try:
            first_line = script.open("rb").readline().decode("utf-8", "replace")
        except OSError:
            first_line = ""
        if first_line.startswith("#!") and Path(first_line[2:].strip().split()[0]).resolve() == \
                Path(sys.executable).resolve():
            return [str(script)], ""
    return [sys.executable, "-m", "halopsa"], "no `halo` script for this interpreter: measured `python -m halopsa`"


def time_command(command: Sequence[str], env: Dict[str, str]) -> Tuple[float, int, str]:
    """Wall time of one run, its exit code and the last line it wrote to stderr."""
    started = time.perf_counter()
    completed = subprocess.run(list(command), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - started
    lines = completed.stderr.decode("utf-8", "replace").strip().splitlines()
    return elapsed, completed.returncode, lines[-1] if lines else ""


def shell_time_to_prompt(runs: int) -> Tuple[Optional[float], str]:
    """Median seconds from starting the shell to its first prompt, from benchmarks/shell_startup.py (the shell
    engineer's measurement, in a pseudo-terminal), and what went wrong when it could not run."""
    script = REPO_ROOT / "benchmarks" / "shell_startup.py"
    if not script.exists():
        return None, "benchmarks/shell_startup.py is missing"
    completed = subprocess.run([sys.executable, str(script), "--runs", str(runs)], stdin=subprocess.DEVNULL,
                               capture_output=True, text=True, env=child_env(), cwd=REPO_ROOT, timeout=300)
    found = re.search(r"median (\d+) ms", completed.stdout)
    if completed.returncode != 0 or not found:
        lines = (completed.stderr or completed.stdout).strip().splitlines()
        return None, f"exit {completed.returncode}: {lines[-1] if lines else 'no median printed'}"
    command = re.search(r"^command: (.*)$", completed.stdout, re.M)
    return int(found.group(1)) / 1000, command.group(1) if command else ""


def run_startup(runs: int = 20, shell_runs: int = 5) -> Section:
    section = Section("startup")
    halo, note = halo_command()
    home = tempfile.mkdtemp(prefix="halo-bench-home-")
    # an empty HALO_HOME: no config file or token cache of the person running the benchmark is read
    env = child_env({"HALO_HOME": home, "HALO_CONFIG": os.path.join(home, "config.yaml"), "NO_COLOR": "1",
                     "HALO_SANDBOX_DB": os.path.join(home, "sandbox.db")})
    commands = {"python -c pass": [sys.executable, "-c", "pass"],
                "python -c 'import halopsa'": [sys.executable, "-c", "import halopsa"],
                "python -c 'import requests'": [sys.executable, "-c", "import requests"],
                "python -c 'from halopsa import HaloClient'": [sys.executable, "-c", "from halopsa import HaloClient"]}
    commands.update({label: halo + list(args) for label, args, _ in CASES})
    times: Dict[str, List[float]] = {label: [] for label in commands}
    failures: Dict[str, str] = {}
    for label, command in commands.items():  # one untimed run each: warm the file cache
        _, code, last = time_command(command, env)
        if code != 0:
            failures[label] = f"exit {code}: {last}" if last else f"exit {code}"
    for _ in range(runs):
        for label, command in commands.items():
            if label not in failures:
                times[label].append(time_command(command, env)[0])
    base = median(times["python -c pass"])
    section.add("python -c pass", format_seconds(base), note="baseline")
    for label in ("python -c 'import halopsa'", "python -c 'import requests'",
                  "python -c 'from halopsa import HaloClient'"):
        value = median(times[label])
        section.add(label, format_seconds(value), note=f"{value / base:.2f}x")
    for label, _, target in CASES:
        target_text = f"≤ {target:g}x python -c pass" if target else ""
        if label in failures:
            section.add(label, "not available", target_text, None, failures[label])
            continue
        value = median(times[label])
        ratio = value / base
        section.add(label, format_seconds(value), target_text, ratio <= target if target else None,
                    f"{ratio:.2f}x")
    prompt, detail = shell_time_to_prompt(shell_runs)
    label = "halo shell: time to the first prompt (benchmarks/shell_startup.py)"
    if prompt is None:
        section.add(label, "not available", "< 1 s", None, detail)
    else:
        section.add(label, format_seconds(prompt), "< 1 s", prompt < 1.0, detail)
    section.data = {label: {"median": median(values), "runs": values} for label, values in times.items()}
    section.data["shell_prompt"] = prompt
    section.data["failures"] = failures
    section.notes.append(f"median of {runs} runs each, interleaved, interpreter {sys.executable}.")
    if note:
        section.notes.append(note)
    return section
