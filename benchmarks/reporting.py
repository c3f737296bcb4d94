"""Section 6: reports, SQL and JSON lines (issue 14's budgets), each side by side with its baseline.

    python -m benchmarks.reporting                 # full sizes, about two minutes; prints the table
    python -m benchmarks.reporting --quick         # small sizes: checks that everything still runs
    python -m benchmarks --only reporting          # the same, as a section of the whole run

Two measurements, the server (FakeHalo) in its own process as everywhere in this package:

1. **SQL against paging.** The same tickets read as rows by ``client.reports.sql("SELECT faultid, symptom,
   status, areaint FROM faults")`` (one POST to /Report) and by paging the QuerySet: ``list(client.tickets.all())``
   and ``list(client.tickets.all().values("id", "summary", "status_id", "client_id"))``, the same four columns.
   Each run is a new client (token request included), the approaches interleaved; medians. Three conditions:
   0 ms, 50 ms a request, and 50 ms under a rate limit scaled down from HaloPSA's 700 requests per 300 s (both
   the client's limiter and the server's, as in section 2). The SQL must return the listing's ids, every one.
2. **``-o jsonl`` against the SDK's own listing.** ``halo -o jsonl tickets list --all > FILE`` against a child
   Python that builds a client and iterates ``client.tickets.all().iterator()`` (what the CLI wraps), both as
   whole processes from spawn to exit (start-up, token request, every page), the CLI pointed at the server by
   HALO_TENANT_URL / HALO_CLIENT_ID / HALO_CLIENT_SECRET with an empty HALO_HOME (no cached token: both start
   cold). A third child writes the same JSON lines by hand (``json.dumps(t.to_dict())``), to tell the cost of
   serialising from the CLI's own. All three must send the same requests (the same pages, of the same size: the
   client's default concurrency and page size), checked in the server's log of an untimed run. Peak resident set (``ru_maxrss`` from ``wait4``) at several counts shows
   whether memory grows with the count. Target: the CLI within 1.3 times the SDK listing, memory flat.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

from .report import Section, format_seconds, median, render_table
from .server import REPO_ROOT, ServerProcess, child_env

__all__ = ["run_reporting", "SQL", "SCALED_RATE_LIMIT", "HALO_RATE_LIMIT"]

SQL = "SELECT faultid, symptom, status, areaint FROM faults"
VALUES = ("id", "summary", "status_id", "client_id")  # the SQL's columns under their REST names
HALO_RATE_LIMIT = (700, 300.0)   # HaloPSA: about 700 requests in any 5 minutes
# Scaled as section 2 scales it: the count by 60/700 (so a 10,000-ticket listing, 101 requests with its token,
# crosses one window as a listing of about 118,000 tickets crosses Halo's 700) and the window by 1/100 (seconds
# instead of minutes): a real tenant's wait is 100 times the one measured here.
SCALED_RATE_LIMIT = (60, 3.0)

# ---------------------------------------------------------------------------------------------- SQL vs paging


def _sql(server: ServerProcess, rate_limit: Optional[Tuple[int, float]]) -> Tuple[float, int, Set[int]]:
    client = server.client(rate_limit=rate_limit)
    try:
        started = time.perf_counter()
        rows = client.reports.sql(SQL)
        elapsed = time.perf_counter() - started
        if rows.columns != ["faultid", "symptom", "status", "areaint"]:
            raise RuntimeError(f"the SQL answered columns {rows.columns}")
        return elapsed, client.requests_sent, {int(row["faultid"]) for row in rows}
    finally:
        client.close()


def _listing(server: ServerProcess, rate_limit: Optional[Tuple[int, float]], values: bool) -> Tuple[float, int,
                                                                                                     Set[int]]:
    client = server.client(rate_limit=rate_limit)
    try:
        started = time.perf_counter()
        if values:
            rows = list(client.tickets.all().values(*VALUES))
            elapsed = time.perf_counter() - started
            ids = {row["id"] for row in rows}
        else:
            tickets = list(client.tickets.all())
            elapsed = time.perf_counter() - started
            ids = {ticket.id for ticket in tickets}
        return elapsed, client.requests_sent, ids
    finally:
        client.close()


def _requests(count: int) -> str:
    return f"{count:,} request{'s' if count != 1 else ''}"


def _sql_against_paging(section: Section, tickets: int, runs: int, latency: float,
                        scaled_limit: Tuple[int, float]) -> None:
    count = f"{tickets:,}"
    conditions = [(f"{0:g} ms", 0.0, None), (f"{latency * 1000:g} ms", latency, None),
                  (f"{latency * 1000:g} ms, {scaled_limit[0]} requests per {scaled_limit[1]:g} s", latency,
                   scaled_limit)]
    with ServerProcess(tickets=tickets) as server:
        _sql(server, None)  # warm-up: imports, the fake's SQL tables, first connections
        _listing(server, None, False)
        for label, delay, limit in conditions:
            server.set(latency=delay, rate_limit=list(limit) if limit else None)
            approaches: Dict[str, Callable[[], Tuple[float, int, Set[int]]]] = {
                "sql": lambda: _sql(server, limit),
                "list": lambda: _listing(server, limit, False),
                "values": lambda: _listing(server, limit, True),
            }
            times: Dict[str, List[float]] = {name: [] for name in approaches}
            sent: Dict[str, int] = {}
            rejected = 0
            ids: Dict[str, Set[int]] = {}
            for _ in range(runs):
                for name, run in approaches.items():
                    if limit:  # a new window for every run, as a new script a few minutes later would find
                        server.set(rate_limit=list(limit))
                    server.clear()
                    elapsed, _, got = run()
                    log, _ = server.log()  # what reached the server: the token request, the API's, any 429
                    rejected += sum(1 for entry in log if entry[3] == 429)
                    times[name].append(elapsed)
                    sent[name] = sum(1 for entry in log if entry[3] != 429 and not entry[1].startswith("/auth"))
                    ids[name] = got
            if not (len(ids["sql"]) == tickets and ids["sql"] == ids["list"] == ids["values"]):
                raise RuntimeError(f"{label}: the SQL returned {len(ids['sql'])} ids, the listing "
                                   f"{len(ids['list'])}; they differ by {len(ids['sql'] ^ ids['list'])}")
            medians = {name: median(values) for name, values in times.items()}
            sql, listing, values = medians["sql"], medians["list"], medians["values"]
            section.add(f"{count} tickets at {label}: client.reports.sql(...), 1 query",
                        format_seconds(sql), note=f"{_requests(sent['sql'])} + the token")
            section.add(f"{count} tickets at {label}: list(client.tickets.all())", format_seconds(listing),
                        note=f"{_requests(sent['list'])} + the token; {listing / sql:.1f}x the SQL's time")
            section.add(f"{count} tickets at {label}: list(qs.values(4 fields))", format_seconds(values),
                        note=f"{_requests(sent['values'])} + the token; {values / sql:.1f}x the SQL's time")
            section.data[f"sql_{label}"] = {"times": times, "medians": medians, "requests": sent,
                                            "rejected_429": rejected, "same_ids": True}
            if limit:
                section.add(f"429 answers at {label} (retried by the client)", str(rejected))
    section.notes.append(
        f"SQL: {SQL!r} through client.reports.sql() (one POST to /Report); it returned the same {count} ticket "
        f"ids as the listing. Medians of {runs} interleaved runs, each with a new client (token request "
        f"included). Rate limit: HaloPSA's {HALO_RATE_LIMIT[0]} per {HALO_RATE_LIMIT[1]:g} s scaled to "
        f"{scaled_limit[0]} per {scaled_limit[1]:g} s on the client and on the server, a fresh window each run.")

# --------------------------------------------------------------------------------------------- -o jsonl vs SDK


_PEAK = """
def _peak_kb():
    try:
        with open("/proc/self/status", encoding="ascii") as status:  # VmHWM: this process's own high-water mark
            return int(next(line for line in status if line.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration, ValueError):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

# `halo ARGS`, as the installed script runs it (`sys.exit(main())`), then its peak resident set on stderr.
_CLI_CHILD = _PEAK + """
import sys
from halopsa.cli import main
try:
    code = main(sys.argv[1:])
finally:
    sys.stdout.flush()
    sys.stderr.write(f"\\npeak_kb={_peak_kb()}\\n")
sys.exit(code)
"""

# The SDK's own listing, as a whole process: what `halo tickets list --all` wraps, without the CLI.
_SDK_CHILD = _PEAK + """
import json, os, sys
from halopsa import HaloClient
client = HaloClient(tenant_url=os.environ["HALO_TENANT_URL"], client_id=os.environ["HALO_CLIENT_ID"],
                    client_secret=os.environ["HALO_CLIENT_SECRET"], token_cache=False)
rows = 0
if sys.argv[1] == "write":
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for ticket in client.tickets.all().iterator():
            out.write(json.dumps(ticket.to_dict(), separators=(",", ":"), ensure_ascii=False, default=str) + "\\n")
            rows += 1
else:
    for ticket in client.tickets.all().iterator():
        rows += 1
client.close()
sys.stderr.write(f"rows={rows}\\npeak_kb={_peak_kb()}\\n")
"""


def _spawn(command: Sequence[str], env: Dict[str, str], stdout_path: str) -> Tuple[float, int]:
    """Wall time from spawn to exit, and the peak resident set in KiB the child reported (its own VmHWM: the
    ``ru_maxrss`` of ``wait4`` would count the parent's size, copied by the fork before the exec)."""
    with open(stdout_path, "wb") as stdout:
        started = time.perf_counter()
        completed = subprocess.run(list(command), stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE,
                                   env=env, cwd=REPO_ROOT)
        elapsed = time.perf_counter() - started
    errors = completed.stderr.decode("utf-8", "replace")
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command[-5:])} exited {completed.returncode}: {errors.strip()[-500:]}")
    peaks = [int(line[8:]) for line in errors.splitlines() if line.startswith("peak_kb=")]
    return elapsed, peaks[-1] if peaks else 0


def _check_jsonl(path: str, tickets: int) -> None:
    ids = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            ids.add(json.loads(line)["id"])
    if len(ids) != tickets:
        raise RuntimeError(f"{path}: {len(ids)} distinct tickets in the JSON lines, expected {tickets}")


def _jsonl_against_sdk(section: Section, counts: Sequence[int], timed: int, runs: int, latency: float,
                       budget: float) -> None:
    scratch = tempfile.mkdtemp(prefix="halo-jsonl-bench-")
    base_env = {key: value for key, value in child_env().items() if not key.startswith("HALO_")}
    base_env.update(NO_COLOR="1")
    home = os.path.join(scratch, "home")
    out = {"cli": os.path.join(scratch, "cli.jsonl"), "sdk": os.devnull, "sdk_write": os.devnull}
    commands = {
        "cli": [sys.executable, "-c", _CLI_CHILD, "-o", "jsonl", "tickets", "list", "--all"],
        "sdk": [sys.executable, "-c", _SDK_CHILD, "iterate"],
        "sdk_write": [sys.executable, "-c", _SDK_CHILD, "write", os.path.join(scratch, "sdk.jsonl")],
    }
    # (count, latency): the timed count at 0 ms and at `latency`, every count at 0 ms for the peak memory
    conditions = [(count, 0.0) for count in counts] + [(timed, latency)]
    figures: Dict[Tuple[int, float], Dict[str, Dict[str, List[float]]]] = {}
    try:
        for count in counts:
            with ServerProcess(tickets=count) as server:
                env = dict(base_env, **server.env(), HALO_HOME=home)
                for _, delay in [c for c in conditions if c[0] == count]:
                    server.set(latency=delay)
                    sent: Dict[str, List[Tuple[str, str]]] = {}
                    for name, command in commands.items():  # untimed: .pyc files, the fake's first pages
                        shutil.rmtree(home, ignore_errors=True)
                        server.clear()
                        _spawn(command, env, out[name])
                        sent[name] = sorted((entry[1], json.dumps(entry[2], sort_keys=True))
                                            for entry in server.log()[0] if not entry[1].startswith("/auth"))
                    if not sent["cli"] == sent["sdk"] == sent["sdk_write"]:  # a fair baseline: the same listing
                        raise RuntimeError(f"halo -o jsonl sent {len(sent['cli'])} requests, the SDK listing "
                                           f"{len(sent['sdk'])}: not the same pages ({sent['cli'][:2]} against "
                                           f"{sent['sdk'][:2]})")
                    _check_jsonl(out["cli"], count)
                    _check_jsonl(os.path.join(scratch, "sdk.jsonl"), count)
                    figures[(count, delay)] = {name: {"wall": [], "peak_kb": []} for name in commands}
                    for _ in range(runs if count == timed else max(1, runs // 2)):
                        for name, command in commands.items():
                            shutil.rmtree(home, ignore_errors=True)  # no cached token: cold, like the SDK child
                            elapsed, peak = _spawn(command, env, out[name])
                            figures[(count, delay)][name]["wall"].append(elapsed)
                            figures[(count, delay)][name]["peak_kb"].append(peak)
                    _check_jsonl(out["cli"], count)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    for delay in (0.0, latency):
        at = figures[(timed, delay)]
        cli, sdk, write = (median(at[name]["wall"]) for name in ("cli", "sdk", "sdk_write"))
        ratio = cli / sdk
        # each CLI run against the SDK run next to it: a drift of the machine's speed over the runs cancels out
        paired = median([c / s for c, s in zip(at["cli"]["wall"], at["sdk"]["wall"])])
        label = f"{timed:,} tickets at {delay * 1000:g} ms"
        section.add(f"{label}: SDK listing, for t in qs.iterator() (whole process)", format_seconds(sdk))
        section.add(f"{label}: SDK + json.dumps(t.to_dict()) a line to a file (whole process)",
                    format_seconds(write), note=f"{write / sdk:.2f}x the SDK listing")
        section.add(f"{label}: halo -o jsonl tickets list --all > file", format_seconds(cli),
                    f"≤ {budget:g}x the SDK listing", ratio <= budget,
                    f"{ratio:.2f}x the SDK listing; run by run {paired:.2f}x")
        section.data[f"jsonl_ratio_{delay * 1000:g}ms"] = ratio
        section.data[f"jsonl_paired_ratio_{delay * 1000:g}ms"] = paired
    peaks = {count: {name: max(values["peak_kb"]) for name, values in figures[(count, 0.0)].items()}
             for count in counts}
    smallest, largest = min(counts), max(counts)
    for count in counts:
        section.add(f"{count:,} tickets: peak resident set, halo -o jsonl / SDK listing",
                    f"{peaks[count]['cli'] / 1024:.1f} MB / {peaks[count]['sdk'] / 1024:.1f} MB")
    growth = (peaks[largest]["cli"] - peaks[smallest]["cli"]) / 1024
    sdk_growth = (peaks[largest]["sdk"] - peaks[smallest]["sdk"]) / 1024
    section.add(f"halo -o jsonl: growth of the peak from {smallest:,} to {largest:,} tickets", f"{growth:+.1f} MB",
                "flat (≤ 5 MB)", growth <= 5.0, f"SDK listing {sdk_growth:+.1f} MB")
    section.data["jsonl"] = {f"{count}@{delay * 1000:g}ms": value for (count, delay), value in figures.items()}
    section.notes.append(
        f"-o jsonl: whole processes from spawn to exit (interpreter, imports, token, every page), medians of {runs} "
        f"interleaved runs at {timed:,} tickets (the verdict: the ratio of the medians; 'run by run': the median of "
        "each CLI run over the SDK run beside it); peak resident set is each child's VmHWM, the largest of its runs. "
        "halo runs as its installed script does (python -c 'sys.exit(halopsa.cli.main())'), with an empty "
        "HALO_HOME each run (no cached token).")


# ---------------------------------------------------------------------------------------------------- section


def run_reporting(tickets: int = 10_000, runs: int = 3, latency: float = 0.05,
                  scaled_limit: Tuple[int, float] = SCALED_RATE_LIMIT,
                  counts: Sequence[int] = (2_000, 10_000, 20_000), budget: float = 1.3) -> Section:
    section = Section("reporting")
    _sql_against_paging(section, tickets, runs, latency, tuple(scaled_limit))  # type: ignore[arg-type]
    _jsonl_against_sdk(section, counts, tickets if tickets in counts else max(counts), runs, latency, budget)
    return section


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reporting", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes and single runs (no meaningful ratios)")
    parser.add_argument("--runs", type=int, default=None, help="interleaved runs of each approach (default 3)")
    parser.add_argument("--json", default=None, metavar="PATH", help="also write every figure as JSON to PATH")
    args = parser.parse_args(argv)
    from .run import SIZES

    sizes: Dict[str, Any] = dict(SIZES["quick" if args.quick else "full"]["reporting"])
    if args.runs:
        sizes["runs"] = args.runs
    from .report import machine

    info = machine()
    started = time.perf_counter()
    section = run_reporting(**sizes)
    section.data["seconds"] = time.perf_counter() - started
    print(render_table([section], info))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"machine": info, "sections": [section.to_json()]}, out, indent=2, default=str)
    missed = [m for m in section.measures if m.ok is False]
    return 1 if missed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
