"""Time from starting ``halo shell`` to its first ``>>>`` prompt, in a pseudo-terminal (goal: under 1 s).

    python benchmarks/shell_startup.py [--runs 7] [--server sandbox|fake]

``--server sandbox`` (the default) times ``halo --sandbox shell``, what a new user tries first: the sandbox's
database lives in a temporary folder (one untimed warm-up run seeds it) and its server runs inside the shell's
process. ``--server fake`` times ``halo --tenant-url ... shell`` against a FakeHalo started here, in another
process, which is what the shell does against a real tenant (less the network).

Each run is a new process: Python's start, the imports, the token request and ``agents.me()`` for the banner
are all inside the time. The prompt counts when it is drawn (a line that starts with ``>>>``; the banner's
examples are indented). Besides the wall time, each run reports the CPU time the shell's process had used by
then, which depends much less on what else the machine is doing; the load average is printed too. Prints the
command, each run and the medians; no assertions (speed is measured here, never asserted in tests).
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
# The prompt as prompt_toolkit draws it: at the start of a line, after any escape sequences (colour, erase).
PROMPT = re.compile(rb"(?:^|[\r\n])(?:\x1b\[[0-9;?]*[ -/]*[@-~])*>>>")
TIMEOUT = 30.0


def time_to_prompt(argv: List[str], env: Dict[str, str]) -> Tuple[float, float]:
    """(wall seconds, CPU seconds of the shell's process) from spawning ``argv`` in a new pseudo-terminal until
    the prompt is drawn; then exits the shell."""
    master, slave = pty.openpty()
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    seen = b""
    try:
        while PROMPT.search(seen) is None:
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
        cpu = cpu_seconds(process.pid)
        os.write(master, b"exit()\r")
        _drain(master, process)
        return elapsed, cpu
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a running process has used so far (Linux /proc; NaN elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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


def start_fake(env: Dict[str, str]) -> Tuple["subprocess.Popen[str]", List[str]]:
    """A FakeHalo in its own process (so the shell's process does only the shell's work); its global options."""
    code = ("import sys; from halopsa.testing import FakeHalo; fake = FakeHalo(seed=0, tickets=500).start(); "
            "print(fake.url, fake.client_id, fake.client_secret, flush=True); sys.stdin.read(); fake.stop()")
    server = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              env=env, text=True)
    assert server.stdout is not None
    url, client_id, secret = server.stdout.readline().split()
    return server, ["--tenant-url", url, "--client-id", client_id, "--client-secret", secret]


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs (default 7)")
    parser.add_argument("--server", choices=("sandbox", "fake"), default="sandbox",
                        help="halo --sandbox shell (default), or a FakeHalo in another process")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="halo-shell-bench-") as folder:
        env = base_environment(Path(folder))
        server: Optional["subprocess.Popen[str]"] = None
        if options.server == "sandbox":
            command = [*halo_command(), "--sandbox", "shell"]
        else:
            server, global_options = start_fake(env)
            command = [*halo_command(), *global_options, "shell"]
        try:
            time_to_prompt(command, env)  # warm-up: seeds the sandbox database, fills the OS file cache
            print(f"command: {' '.join(command)}")
            print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}, load average {load_average()}")
            walls, cpus = [], []
            for run in range(1, options.runs + 1):
                wall, cpu = time_to_prompt(command, env)
                walls.append(wall)
                cpus.append(cpu)
                print(f"run {run}: {wall * 1000:.0f} ms to the first prompt ({cpu * 1000:.0f} ms of CPU)")
            print(f"median {statistics.median(walls) * 1000:.0f} ms, best {min(walls) * 1000:.0f} ms, "
                  f"worst {max(walls) * 1000:.0f} ms (goal: under 1000 ms); "
                  f"median CPU {statistics.median(cpus) * 1000:.0f} ms; load average now {load_average()}")
        finally:
            if server is not None:
                assert server.stdin is not None
                server.stdin.close()
                server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
