"""Time from starting ``halo shell`` to its first ``>>>`` prompt, in a pseudo-terminal (goal: under 1 s).

    python benchmarks/shell_startup.py [--runs 7]

It runs ``halo --sandbox shell`` (the sandbox's database in a temporary folder; one untimed warm-up run seeds it)
when the CLI has the ``shell`` sub-command, and otherwise the call the CLI makes,
``run_shell(lambda: HaloClient(...))``, against a FakeHalo started here. Each run is a new process: Python's
start, the imports, the token request and ``agents.me()`` for the banner are all inside the time. Prints the
command, each run and the median; no assertions (speed is measured here, never asserted in tests).
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
PROMPT = b">>> "
TIMEOUT = 30.0


def time_to_prompt(argv: List[str], env: Dict[str, str]) -> float:
    """Seconds from spawning ``argv`` in a new pseudo-terminal until the prompt appears; then exits it."""
    master, slave = pty.openpty()
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    seen = b""
    try:
        while PROMPT not in seen:
            if time.perf_counter() - started > TIMEOUT:
                raise RuntimeError(f"no prompt after {TIMEOUT:.0f} s; the shell printed:\n"
                                   + seen.decode("utf-8", "replace")[-2000:])
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    raise RuntimeError("the shell ended before its prompt:\n" + seen.decode("utf-8", "replace"))
                seen += chunk
        elapsed = time.perf_counter() - started
        os.write(master, b"exit()\r")
        _drain(master, process)
        return elapsed
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)


def _drain(master: int, process: "subprocess.Popen[bytes]") -> None:
    deadline = time.perf_counter() + 10
    while process.poll() is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                os.read(master, 65536)
            except OSError:
                break
    process.wait(timeout=10)


def base_environment(home: Path) -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HALO_")}
    env.update(HALO_HOME=str(home), HALO_SANDBOX_DB=str(home / "sandbox.db"), TERM="xterm",
               PROMPT_TOOLKIT_NO_CPR="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def halo_command() -> List[str]:
    """The installed ``halo`` script when there is one (what users run), else ``python -m halopsa``."""
    script = shutil.which("halo")
    return [script] if script else [sys.executable, "-m", "halopsa"]


def cli_has_shell(env: Dict[str, str]) -> bool:
    probe = subprocess.run([*halo_command(), "shell", "--help"], env=env, capture_output=True, timeout=60)
    return probe.returncode == 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs (default 7)")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="halo-shell-bench-") as folder:
        home = Path(folder)
        env = base_environment(home)
        fake = None
        if cli_has_shell(env):
            command = [*halo_command(), "--sandbox", "shell"]
            time_to_prompt(command, env)  # warm-up: seeds the sandbox database, fills the OS file cache
        else:
            sys.path.insert(0, str(ROOT))
            from halopsa.testing import FakeHalo

            fake = FakeHalo(seed=0, tickets=500).start()
            code = ("import sys; from halopsa import HaloClient; from halopsa.shell import run_shell; "
                    f"sys.exit(run_shell(lambda: HaloClient({fake.url!r}, {fake.client_id!r}, "
                    f"{fake.client_secret!r})))")
            command = [sys.executable, "-c", code]
            time_to_prompt(command, env)  # warm-up: fills the OS file cache
        try:
            shown = " ".join(command) if fake is None else f"{sys.executable} -c 'run_shell(...)' against FakeHalo"
            print(f"command: {shown}")
            print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}")
            times = []
            for run in range(1, options.runs + 1):
                seconds = time_to_prompt(command, env)
                times.append(seconds)
                print(f"run {run}: {seconds * 1000:.0f} ms to the first prompt")
            print(f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms, "
                  f"worst {max(times) * 1000:.0f} ms (goal: under 1000 ms)")
        finally:
            if fake is not None:
                fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
