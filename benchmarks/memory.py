"""Section 4: peak memory while iterating every ticket, against the process's own baseline.

Measured in a child process (``python -m benchmarks.memory URL CLIENT_ID SECRET``), the server in another: the
baseline is the resident set after the imports and the client's creation; the peak is the high-water mark
(``VmHWM``, or ``ru_maxrss`` where /proc is missing) after ``for t in client.tickets.all(): pass``. The growth
is the difference. An empty interpreter's resident set is given for scale.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Dict, List, Optional, Sequence

from .report import Section
from .server import REPO_ROOT, ServerProcess, child_env

__all__ = ["run_memory", "resident_kb"]


def resident_kb() -> Dict[str, int]:
    """Current (``rss``) and peak (``hwm``) resident set of this process, in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        return {"rss": int(fields["VmRSS"].split()[0]), "hwm": int(fields["VmHWM"].split()[0])}
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere
        return {"rss": peak, "hwm": peak}


def _child(url: str, client_id: str, client_secret: str, style: str) -> Dict[str, Any]:
    """Runs in the measured process."""
    empty = resident_kb()["rss"]
    if style == "plain":
        import requests

        session = requests.Session()
        baseline = resident_kb()["rss"]
        token = session.post(f"{url}/auth/token", data={"grant_type": "client_credentials", "client_id": client_id,
                                                        "client_secret": client_secret}).json()["access_token"]
        session.headers["Authorization"] = f"Bearer {token}"
        rows = 0
        page_no = 1
        while True:  # a plain loop that keeps nothing: the floor any client pays for reading the pages
            page = session.get(f"{url}/api/Tickets", params={"pageinate": "true", "page_size": 100,
                                                             "page_no": page_no}).json()["tickets"]
            rows += len(page)
            if len(page) < 100:
                break
            page_no += 1
    else:
        from halopsa import HaloClient

        client = HaloClient(tenant_url=url, client_id=client_id, client_secret=client_secret, rate_limit=None)
        query = client.tickets.all()
        if style.startswith("slice:"):
            query = query[:int(style.split(":", 1)[1])]
        baseline = resident_kb()["rss"]
        rows = 0
        for _ticket in query:
            rows += 1
    return {"empty_kb": empty, "baseline_kb": baseline, "peak_kb": resident_kb()["hwm"], "rows": rows}


def measure(server: ServerProcess, style: str = "halopsa") -> Dict[str, Any]:
    completed = subprocess.run([sys.executable, "-m", "benchmarks.memory", server.url, server.client_id,
                                server.client_secret, style], capture_output=True, text=True, cwd=REPO_ROOT,
                               env=child_env(), check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"the memory child failed: {completed.stderr.strip().splitlines()[-1:]}")
    return json.loads(completed.stdout)


def _mb(kib: float) -> str:
    return f"{kib / 1024:.1f} MB"


def run_memory(counts: Sequence[int] = (10_000, 100_000), budget_mb: float = 30.0) -> Section:
    section = Section("memory")
    largest = max(counts)
    for count in counts:
        with ServerProcess(tickets=count) as server:
            figures = measure(server)
            plain = measure(server, "plain") if count == largest else None
            sliced = measure(server, f"slice:{count}") if count == largest else None
        if figures["rows"] != count:
            raise RuntimeError(f"the memory child read {figures['rows']} rows, expected {count}")
        growth = figures["peak_kb"] - figures["baseline_kb"]
        section.add(f"{count:,} tickets: baseline (imports + client)", _mb(figures["baseline_kb"]),
                    note=f"empty interpreter {_mb(figures['empty_kb'])}")
        section.add(f"{count:,} tickets: peak while iterating", _mb(figures["peak_kb"]))
        section.add(f"{count:,} tickets: growth over the baseline", _mb(growth), f"≤ {budget_mb:g} MB",
                    growth <= budget_mb * 1024)
        section.data[str(count)] = figures
        if plain is not None:
            plain_growth = plain["peak_kb"] - plain["baseline_kb"]
            section.add(f"{count:,} tickets: plain requests loop keeping nothing, growth", _mb(plain_growth),
                        note="for comparison")
            section.data[f"{count}_plain"] = plain
        if sliced is not None:
            sliced_growth = sliced["peak_kb"] - sliced["baseline_kb"]
            section.add(f"{count:,} tickets as a slice, for t in qs[:{count}]: growth", _mb(sliced_growth),
                        f"≤ {budget_mb:g} MB", sliced_growth <= budget_mb * 1024)
            section.data[f"{count}_slice"] = sliced
    section.notes.append("resident set from /proc/self/status (VmRSS, VmHWM) of a child process; the server "
                         "runs in another process.")
    return section


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (3, 4):
        sys.stderr.write("usage: python -m benchmarks.memory URL CLIENT_ID CLIENT_SECRET [halopsa|plain|slice:N]\n")
        return 2
    style = args[3] if len(args) == 4 else "halopsa"
    sys.stdout.write(json.dumps(_child(args[0], args[1], args[2], style)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
