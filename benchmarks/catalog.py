"""The whole-API catalog's cost at start-up, side by side with a baseline checkout (issue 10's budgets).

    python -m benchmarks.catalog --baseline a5fee6e [--runs 20]

The baseline commit is checked out into a temporary git worktree; both trees run with the same interpreter, each
on its own ``PYTHONPATH``, the commands interleaved so drift hits them alike. Reported: median wall times of
``python -c pass``, ``import halopsa``, ``halo --help``, ``halo tickets list --help`` and (this tree only)
``halo recurring-invoices list --help``; in-process medians of ``HaloClient()`` construction and the first
``client.<resource>`` access; the shell's time to its first prompt (``halo --sandbox shell``, in a
pseudo-terminal); and the size of the wheel and of the installed package. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence

REPO_ROOT = Path(__file__).resolve().parents[1]

# In-process timings: the snippet prints a JSON object of seconds.
_IN_PROCESS = """
import json, time
started = time.perf_counter()
from halopsa import HaloClient
imported = time.perf_counter()
client = HaloClient(tenant_url="https://bench.example.com", client_id="x", client_secret="y", rate_limit=None)
built = time.perf_counter()
client.tickets
first = time.perf_counter()
client.agents
second = time.perf_counter()
out = {"import HaloClient": imported - started, "HaloClient()": built - imported,
       "first client.tickets": first - built, "first client.agents": second - first}
if hasattr(type(client), "recurring_invoices"):
    before = time.perf_counter()
    client.recurring_invoices
    out["first client.recurring_invoices"] = time.perf_counter() - before
print(json.dumps(out))
"""


def _env(tree: Path, home: str) -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HALO_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its .pyc files
    env.update(PYTHONPATH=str(tree), HALO_HOME=home, HALO_SANDBOX_DB=os.path.join(home, "sandbox.db"),
               NO_COLOR="1", TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    return env


def _halo(*args: str) -> List[str]:
    return [sys.executable, "-c", "import sys; from halopsa.cli import main; sys.exit(main(sys.argv[1:]))", *args]


def _wall(command: Sequence[str], env: Dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(list(command), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return time.perf_counter() - started


def _sizes(tree: Path, scratch: Path) -> Dict[str, int]:
    """Bytes of the wheel built from ``tree`` and of the package's files once unpacked (what pip installs)."""
    out = scratch / f"wheel-{tree.name}"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(out), str(tree)], check=True, capture_output=True)
    wheel = next(out.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        unpacked = sum(info.file_size for info in archive.infolist() if info.filename.startswith("halopsa/"))
        files = sum(1 for info in archive.infolist() if info.filename.startswith("halopsa/"))
    return {"wheel bytes": wheel.stat().st_size, "installed bytes": unpacked, "installed files": files}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="a5fee6e", help="the commit to compare with (default a5fee6e, "
                                                              "the last commit before the whole-API catalog)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--shell-runs", type=int, default=5)
    options = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="halo-catalog-bench-"))
    baseline = scratch / "baseline"
    subprocess.run(["git", "-C", str(REPO_ROOT), "worktree", "add", "--detach", str(baseline), options.baseline],
                   check=True, capture_output=True)
    trees = {"baseline": baseline, "this tree": REPO_ROOT}
    # `python -c` puts the working folder first on sys.path: run from an empty one, so PYTHONPATH picks the tree
    os.chdir(scratch)
    try:
        sizes = {name: _sizes(tree, scratch) for name, tree in trees.items()}
        envs = {name: _env(tree, str(scratch / f"home-{name.replace(' ', '-')}")) for name, tree in trees.items()}
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "import halopsa": [sys.executable, "-c", "import halopsa"],
            "halo --help": _halo("--help"),
            "halo tickets list --help": _halo("tickets", "list", "--help"),
        }
        extra = {"halo recurring-invoices list --help": _halo("recurring-invoices", "list", "--help")}
        walls: Dict[str, Dict[str, List[float]]] = {name: {label: [] for label in commands} for name in trees}
        walls["this tree"].update({label: [] for label in extra})
        for name in trees:  # untimed: compile .pyc files, warm the file cache
            for label, command in {**commands, **(extra if name == "this tree" else {})}.items():
                _wall(command, envs[name])
        for _ in range(options.runs):
            for name in trees:
                for label, command in {**commands, **(extra if name == "this tree" else {})}.items():
                    walls[name][label].append(_wall(command, envs[name]))
        inside: Dict[str, Dict[str, List[float]]] = {name: {} for name in trees}
        for _ in range(options.runs):
            for name in trees:
                done = subprocess.run([sys.executable, "-c", _IN_PROCESS], capture_output=True, text=True,
                                      env=envs[name], check=True)
                for label, value in json.loads(done.stdout).items():
                    inside[name].setdefault(label, []).append(value)
        shell: Dict[str, Optional[float]] = {}
        for name, tree in trees.items():
            sys.path.insert(0, str(REPO_ROOT))
            from benchmarks.shell_startup import time_to_prompt

            command = _halo("--sandbox", "shell")
            time_to_prompt(command, envs[name])  # seeds the sandbox file
            shell[name] = statistics.median(time_to_prompt(command, envs[name])[0]
                                            for _ in range(options.shell_runs))
    finally:
        subprocess.run(["git", "-C", str(REPO_ROOT), "worktree", "remove", "--force", str(baseline)],
                       capture_output=True)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {options.runs} runs, baseline "
          f"{options.baseline}; medians")
    print(f"{'':44} {'baseline':>10} {'this tree':>10} {'ratio':>7}")
    for label in list(commands) + list(extra):
        base = statistics.median(walls["baseline"][label]) if label in walls["baseline"] else None
        this = statistics.median(walls["this tree"][label])
        pass_ratio = this / statistics.median(walls["this tree"]["python -c pass"])
        print(f"{label:44} {_ms(base):>10} {_ms(this):>10} {_ratio(base, this):>7}   "
              f"({pass_ratio:.2f}x python -c pass)")
    for label in inside["this tree"]:
        base = statistics.median(inside["baseline"][label]) if label in inside["baseline"] else None
        this = statistics.median(inside["this tree"][label])
        print(f"{label:44} {_ms(base, 2):>10} {_ms(this, 2):>10} {_ratio(base, this):>7}")
    print(f"{'halo --sandbox shell, to the first prompt':44} {_ms(shell['baseline']):>10} "
          f"{_ms(shell['this tree']):>10} {_ratio(shell['baseline'], shell['this tree']):>7}")
    for key in ("wheel bytes", "installed bytes", "installed files"):
        print(f"{key:44} {sizes['baseline'][key]:>10} {sizes['this tree'][key]:>10} "
              f"{_ratio(sizes['baseline'][key], sizes['this tree'][key]):>7}")
    return 0


def _ms(seconds: Optional[float], digits: int = 0) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.{digits}f} ms"


def _ratio(base: Optional[float], this: Optional[float]) -> str:
    return "-" if not base or this is None else f"{this / base:.2f}x"


if __name__ == "__main__":
    sys.exit(main())
