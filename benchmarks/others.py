"""Other public Python HaloPSA clients against the same FakeHalo, side by side with halopsa and a plain loop.

    python -m benchmarks.others --python-halopsa /tmp/thirdparty/bin/python \\
                                --python-haloitsm /tmp/thirdparty2/bin/python      # 10,000 tickets, 3 runs
    python -m benchmarks.others --quick                                            # 500 tickets, 1 run

Each client lists every ticket the way its users would, at 0 ms and at 50 ms of server latency a request:

* plain loop: ``benchmarks.listing.plain_requests_loop``, pages of 100 one after the other until a short page;
* halopsa (this package): ``benchmarks.listing.halopsa_listing``, i.e. ``list(client.tickets.all())``;
* halopsa 2.0.2 from PyPI (``import HaloPSA``): ``halo.Tickets.search(pageinate=True, page_size=100,
  page_no=n)`` for n = 1, 2, ... until ``record_count`` rows have come back (or an empty page). It builds
  ``https://{tenant}.halopsa.com`` itself, so inside its process ``requests.Session.request`` rewrites that
  one prefix to the fake's URL; nothing else of the client is touched;
* haloitsm-python 0.1.0 (``import halo``): ``client.tickets.list(page_size=100, page_no=n)`` until a short page
  (it returns a list of ``Ticket`` objects and no ``record_count``).

Neither third-party client pages by itself: both need the caller's loop, written here from their public
signatures only (no code of theirs is copied; they run unchanged in their own interpreters).

Every run is a new process of the client's own interpreter: it imports the client, lists everything once with
the server at 0 ms (the warm-up: first-call code paths), says "ready"; the parent then sets the latency and
empties the server's log, says "go", and the child times one cold listing (new client, new connection, token
request, every page). Inside the child ``HTTPAdapter.send`` keeps each response (no parsing while the clock
runs); after the clock stops the ticket rows received are counted and their distinct ids, so duplicates and
gaps show whatever the client hands its caller. The requests are counted from the server's log. The figure is
the median of the runs, interleaved across clients; each run is killed if it exceeds its time bound.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .listing import PAGE_SIZE
from .report import format_seconds, median
from .server import REPO_ROOT, ServerProcess, child_env

__all__ = ["main", "run_others", "CLIENTS"]

# executed by each client's own interpreter; argv[1] is a JSON object of the settings
DRIVER = r'''
import json, sys, time
from urllib.parse import urlsplit
import requests, requests.adapters

A = json.loads(sys.argv[1])
URL, CID, SECRET, SIZE, MAX_PAGES = A["url"], A["client_id"], A["client_secret"], A["page_size"], A["max_pages"]

received = []  # every response, kept as it is: counted only after the clock stops
_send = requests.adapters.HTTPAdapter.send
def _keep(self, request, *args, **kwargs):
    response = _send(self, request, *args, **kwargs)
    received.append(response)
    return response
requests.adapters.HTTPAdapter.send = _keep


def _address():
    from benchmarks.server import ServerProcess
    server = ServerProcess(tickets=0)  # never started: only its address and .client() are used
    server.url, server.client_id, server.client_secret = URL, CID, SECRET
    return server


def plain():
    from benchmarks.listing import plain_requests_loop
    server = _address()
    return "requests", lambda: plain_requests_loop(server)


def halopsa():
    from benchmarks.listing import halopsa_listing
    server = _address()
    return "halopsa", lambda: halopsa_listing(server)


def halopsa_pypi():
    remote = "https://fakehalo.halopsa.com"  # what Halo("fakehalo", ...) builds
    request = requests.Session.request
    def local(self, method, url, *args, **kwargs):
        if url.startswith(remote):
            url = URL + url[len(remote):]
        return request(self, method, url, *args, **kwargs)
    requests.Session.request = local
    from HaloPSA import Halo
    def run():
        halo = Halo("fakehalo", CID, SECRET)
        ids, page_no = [], 1
        while True:
            body = halo.Tickets.search(pageinate=True, page_size=SIZE, page_no=page_no)
            ids += [row["id"] for row in body["tickets"]]
            if not body["tickets"] or len(ids) >= body["record_count"] or page_no >= MAX_PAGES:
                return ids
            page_no += 1
    return "halopsa", run


def haloitsm():
    from halo import HaloClient
    def run():
        client = HaloClient(base_url=URL, client_id=CID, client_secret=SECRET)
        ids, page_no = [], 1
        while True:
            rows = client.tickets.list(page_size=SIZE, page_no=page_no)
            ids += [ticket.id for ticket in rows]
            if len(rows) < SIZE or page_no >= MAX_PAGES:
                return ids
            page_no += 1
    return "haloitsm-python", run


def ticket_rows():
    rows = []
    for response in received:
        if urlsplit(response.request.url).path.rstrip("/").lower() == "/api/tickets" and response.ok:
            body = response.json()
            rows += [row["id"] for row in (body.get("tickets", []) if isinstance(body, dict) else body)]
    return rows


def say(message):
    print(json.dumps(message), flush=True)


try:
    distribution, run = globals()[A["kind"]]()
    from importlib.metadata import version
    run()  # the warm-up, with the server at 0 ms
except Exception as error:
    say({"error": f"set-up: {type(error).__name__}: {error}"[:400]})
    sys.exit(1)
say({"ready": True})
sys.stdin.readline()
del received[:]
error = None
started = time.perf_counter()
try:
    result = run()
except Exception as exc:
    result, error = [], f"{type(exc).__name__}: {exc}"[:400]
seconds = time.perf_counter() - started
rows = ticket_rows()
say({"seconds": seconds, "error": error, "version": version(distribution),
     "returned": result if isinstance(result, int) else len(result),
     "returned_distinct": None if isinstance(result, int) else len(set(result)),
     "rows": len(rows), "distinct": len(set(rows))})
'''

# kind -> (label, how it lists); the interpreter is ours for the first two, given on the command line otherwise
CLIENTS: Dict[str, Tuple[str, str]] = {
    "plain": ("plain requests loop", "pages of 100 one after the other"),
    "halopsa": ("halopsa (this package)", "list(client.tickets.all())"),
    "halopsa_pypi": ("halopsa 2.0.2 (PyPI)", "Tickets.search(pageinate=True) page loop"),
    "haloitsm": ("haloitsm-python 0.1.0", "tickets.list(page_no=n) page loop"),
}


def _one_run(kind: str, python: str, server: ServerProcess, latency: float, tickets: int,
             timeout: float) -> Dict[str, Any]:
    """One child process: warm-up at 0 ms, then one timed listing at ``latency``; killed after ``timeout``."""
    pages = math.ceil(tickets / PAGE_SIZE) + 1
    settings = {"kind": kind, "url": server.url, "client_id": server.client_id,
                "client_secret": server.client_secret, "page_size": PAGE_SIZE, "max_pages": 2 * pages + 2}
    ours = kind in ("plain", "halopsa")
    # a third-party interpreter runs isolated (-I): no PYTHONPATH, no current directory, so never our halopsa
    command = [python, *([] if ours else ["-I"]), "-c", DRIVER, json.dumps(settings)]
    server.set(latency=0.0)
    with tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                   bufsize=1, cwd=REPO_ROOT if ours else tempfile.gettempdir(),
                                   env=child_env() if ours else None)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            assert process.stdin is not None and process.stdout is not None
            reply = json.loads(process.stdout.readline() or "{}")
            if reply.get("ready"):
                server.set(latency=latency)
                server.clear()
                process.stdin.write("go\n")
                process.stdin.flush()
                reply = json.loads(process.stdout.readline() or "{}")
                log, token_requests = server.log()
                reply["requests"] = sum(1 for entry in log if entry[1].lower().startswith("/api"))
                reply["token_requests"] = token_requests
                reply["failed_requests"] = sum(1 for entry in log if entry[3] is None or entry[3] >= 400)
        finally:
            timer.cancel()
            if process.poll() is None:
                process.kill()
            process.wait()
            server.set(latency=0.0)
        if "seconds" not in reply:  # no answer: the child died or was killed
            stderr.seek(0)
            tail = stderr.read().strip().splitlines()[-1:] or ["no output"]
            reply.setdefault("error", f"no result after {timeout:.0f} s (killed) or crashed: {tail[0][:300]}")
    return reply


def run_others(interpreters: Dict[str, str], tickets: int, latencies: Sequence[float], runs: int) -> List[Dict]:
    """Every client's runs at every latency, interleaved; one summary dict per (client, latency)."""
    summaries = []
    with ServerProcess(tickets=tickets) as server:
        for latency in latencies:
            pages = math.ceil(tickets / PAGE_SIZE) + 2
            timeout = 60 + 4 * pages * (latency + 0.02)  # generous: a sequential loop needs about pages x latency
            results: Dict[str, List[Dict[str, Any]]] = {kind: [] for kind in interpreters}
            for _ in range(runs):
                for kind, python in interpreters.items():
                    results[kind].append(_one_run(kind, python, server, latency, tickets, timeout))
            for kind, replies in results.items():
                timed = [r["seconds"] for r in replies if "seconds" in r and not r["error"]]
                summaries.append({"kind": kind, "latency": latency, "runs": replies, "expected": tickets,
                                  "median": median(timed)})
    return summaries


def _same(values: List[Any]) -> str:
    """One value when every run agrees, else each run's value."""
    shown = ["-" if value is None else f"{value:,}" if isinstance(value, int) else str(value) for value in values]
    return shown[0] if len(set(shown)) == 1 else " / ".join(shown)


def render(summaries: List[Dict], tickets: int, runs: int) -> str:
    plain = {s["latency"]: s["median"] for s in summaries if s["kind"] == "plain"}
    lines = [f"Listing all {tickets:,} tickets from one FakeHalo (pages of {PAGE_SIZE}); median of {runs} run(s) each",
             "",
             "| client | how | latency | time | vs plain loop | tickets returned | distinct ids | duplicates "
             "| complete | requests (+ token) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for s in summaries:
        label, how = CLIENTS[s["kind"]]
        ok = [r for r in s["runs"] if "seconds" in r]
        version = ok[0]["version"] if ok else "?"
        if s["kind"] == "halopsa":
            label = f"halopsa {version} (this package)"
        ratio = s["median"] / plain[s["latency"]] if s["latency"] in plain and plain[s["latency"]] > 0 else float("nan")
        duplicates = [r["rows"] - r["distinct"] for r in ok]
        complete = ["yes" if r["returned"] == r["distinct"] == r["rows"] == s["expected"] and not r["error"]
                    and r["returned_distinct"] in (None, r["returned"]) else "NO" for r in ok]
        requests = [f"{r['requests']} + {r['token_requests']}" + (f" ({r['failed_requests']} failed)"
                                                                   if r["failed_requests"] else "") for r in ok]
        lines.append(f"| {label} | {how} | {s['latency'] * 1000:g} ms | {format_seconds(s['median'])} "
                     f"| {'-' if ratio != ratio else f'{ratio:.2f}x'} | {_same([r['returned'] for r in ok])} "
                     f"| {_same([r['distinct'] for r in ok])} | {_same(duplicates)} | {_same(complete)} "
                     f"| {_same(requests)} |")
        for r in s["runs"]:
            if r.get("error"):
                lines.append(f"|   ↳ error | {r['error']} | | | | | | | | |")
    lines += ["", "time: one cold listing (new client, token request, every page), in the client's own process; "
              "distinct ids and duplicates: of the ticket rows the client received; requests: from the server's log."]
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.others", description=__doc__.split("\n\n")[0])
    parser.add_argument("--python-halopsa", metavar="PATH", help="interpreter with halopsa==2.0.2 from PyPI")
    parser.add_argument("--python-haloitsm", metavar="PATH", help="interpreter with haloitsm-python==0.1.0")
    parser.add_argument("--tickets", type=int, help="tickets in the fake (default 10,000; 500 with --quick)")
    parser.add_argument("--runs", type=int, help="runs per client and latency (default 3; 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="500 tickets, 0 and 10 ms, one run: checks it works")
    args = parser.parse_args(argv)
    tickets = args.tickets or (500 if args.quick else 10_000)
    runs = args.runs or (1 if args.quick else 3)
    latencies = (0.0, 0.01) if args.quick else (0.0, 0.05)

    interpreters = {"plain": sys.executable, "halopsa": sys.executable}
    for kind, path, install in (("halopsa_pypi", args.python_halopsa, "halopsa==2.0.2"),
                                ("haloitsm", args.python_haloitsm, "haloitsm-python==0.1.0")):
        if path and os.access(path, os.X_OK):
            interpreters[kind] = path
        else:
            print(f"skipped {CLIENTS[kind][0]}: " + (f"{path} is not an executable" if path else "no interpreter given")
                  + f" (python3 -m venv DIR && DIR/bin/pip install {install}, then --python-"
                  + ("halopsa" if kind == "halopsa_pypi" else "haloitsm") + " DIR/bin/python)")
    load = os.getloadavg()
    summaries = run_others(interpreters, tickets, latencies, runs)
    print(render(summaries, tickets, runs))
    after = os.getloadavg()
    print(f"load average (1, 5, 15 min): before {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, "
          f"after {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}; {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
