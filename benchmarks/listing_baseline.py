"""The listing of section 1, this tree's client side by side with a baseline commit's, against one server.

    python -m benchmarks.listing_baseline --baseline c3d4e75 [--runs 7] [--tickets 10000]

The baseline commit is checked out into a temporary git worktree (as benchmarks/catalog.py does). One FakeHalo,
this tree's, runs in its own process; each run is a child Python on one tree's ``PYTHONPATH`` that lists once
untimed (imports, the filter catalogue), then times ``list(client.tickets.all())`` with a new client (token
request included). The trees alternate run by run, at 0 ms and at 50 ms a request, so drift in a busy machine hits
both alike; medians are printed with this tree's time over the baseline's. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Optional

from .server import REPO_ROOT, ServerProcess

_CHILD = """
import sys, time
from halopsa import HaloClient
url, client_id, secret, concurrency = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def listing():
    client = HaloClient(tenant_url=url, client_id=client_id, client_secret=secret, rate_limit=None)
    query = client.tickets.all()
    if concurrency:
        query = query.concurrency(concurrency)
    started = time.perf_counter()
    rows = len(list(query))
    elapsed = time.perf_counter() - started
    client.close()
    return elapsed, rows
listing()  # untimed: first imports, the filter catalogue, first connections
elapsed, rows = listing()
print(f"{elapsed} {rows}")
"""


def _run(tree: Path, server: ServerProcess, concurrency: int, scratch: Path) -> float:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HALO_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(tree)
    done = subprocess.run([sys.executable, "-c", _CHILD, server.url, server.client_id, server.client_secret,
                           str(concurrency)], capture_output=True, text=True, env=env, cwd=scratch, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the listing child on {tree} failed: {done.stderr.strip()[-500:]}")
    elapsed, rows = done.stdout.split()
    if int(rows) != server.options["tickets"]:
        raise RuntimeError(f"the listing child on {tree} read {rows} rows")
    return float(elapsed)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.listing_baseline",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="c3d4e75", help="the commit to compare with")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tickets", type=int, default=10_000)
    options = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="halo-listing-bench-"))
    baseline = scratch / "baseline"
    subprocess.run(["git", "-C", str(REPO_ROOT), "worktree", "add", "--detach", str(baseline), options.baseline],
                   check=True, capture_output=True)
    trees = {"baseline": baseline, "this tree": REPO_ROOT}
    cases = [("0 ms", 0.0, 0), ("0 ms, .concurrency(1)", 0.0, 1), ("50 ms", 0.05, 0)]
    times: Dict[str, Dict[str, List[float]]] = {label: {name: [] for name in trees} for label, _, _ in cases}
    try:
        with ServerProcess(tickets=options.tickets) as server:
            for label, latency, concurrency in cases:
                server.set(latency=latency)
                for _ in range(options.runs):
                    for name, tree in trees.items():
                        times[label][name].append(_run(tree, server, concurrency, scratch))
    finally:
        subprocess.run(["git", "-C", str(REPO_ROOT), "worktree", "remove", "--force", str(baseline)],
                       capture_output=True)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {options.tickets:,} tickets, "
          f"{options.runs} interleaved runs, baseline {options.baseline}; medians of list(client.tickets.all())")
    print(f"{'':28} {'baseline':>10} {'this tree':>10} {'ratio':>7}")
    for label, _, _ in cases:
        base, this = (statistics.median(times[label][name]) for name in trees)
        print(f"{label:28} {base * 1000:>7.0f} ms {this * 1000:>7.0f} ms {this / base:>6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
