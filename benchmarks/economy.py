"""Section 5: how many requests each QuerySet call and a series of CLI commands send, against the minimum
docs/querysets.md documents for it. The counts come from the server's own request log."""

from __future__ import annotations

import math
import os
import subprocess
import tempfile
from typing import Any, Callable, List, Optional, Sequence, Tuple

from .report import Section
from .server import LoggedRequest, ServerProcess, child_env
from .startup import halo_command

__all__ = ["run_economy", "CLI_COMMANDS"]

PAGE_SIZE = 100
CHUNK_SIZE = 50

# five consecutive commands of a CLI session; the token cache should make them share one token
CLI_COMMANDS: Tuple[Tuple[str, ...], ...] = (
    ("tickets", "list"),
    ("tickets", "get", "1"),
    ("tickets", "count"),
    ("clients", "list"),
    ("users", "list"),
)


def _api(log: Sequence[LoggedRequest]) -> List[LoggedRequest]:
    return [entry for entry in log if entry[1].lower().startswith("/api")]


def _counted(server: ServerProcess, action: Callable[[], Any]) -> Tuple[Any, List[LoggedRequest]]:
    server.clear()
    result = action()
    log, _ = server.log()
    return result, _api(log)


def _describe(log: Sequence[LoggedRequest]) -> str:
    gets = sum(1 for method, *_ in log if method == "GET")
    posts = sum(1 for method, *_ in log if method == "POST")
    parts = [f"{gets} GET" if gets else "", f"{posts} POST" if posts else ""]
    return " + ".join(part for part in parts if part)


def _sdk_rows(section: Section, server: ServerProcess, tickets: int) -> None:
    client = server.client()
    try:
        qs = client.tickets.all()
        some_id = client.tickets.first().id
        listing = math.ceil(tickets / PAGE_SIZE)
        cases: List[Tuple[str, Callable[[], Any], int, str]] = [
            ("qs.count()", qs.count, 1, "1"),
            ("qs.exists()", qs.exists, 1, "1"),
            ("qs.first()", qs.first, 1, "1"),
            ("qs[:10]", lambda: list(qs[:10]), 1, "1"),
            ("qs[250:260]", lambda: list(qs[250:260]), 1, "1"),
            (f"qs.get({some_id})", lambda: qs.get(some_id), 1, "1"),
            (f"list(qs), {tickets:,} tickets", lambda: list(client.tickets.all()), listing,
             f"⌈{tickets:,} ÷ {PAGE_SIZE}⌉ = {listing}"),
            (f"list(qs[:{tickets * 5:,}]), {tickets:,} tickets exist", lambda: list(client.tickets.all()[:tickets * 5]),
             listing, f"the fewest pages: ⌈{tickets:,} ÷ {PAGE_SIZE}⌉ = {listing}"),
        ]
        for label, action, minimum, documented in cases:
            _, log = _counted(server, action)
            section.add(label, str(len(log)), f"{documented} (documented)", len(log) <= minimum,
                        _describe(log))
            section.data[label] = {"requests": len(log), "minimum": minimum}
        status = client.tickets.first().status_id
        updated, log = _counted(server, lambda: client.tickets.all().update(status_id=status))
        posted = [entry[4] for entry in log if entry[0] == "POST"]
        minimum = listing + math.ceil(tickets / CHUNK_SIZE)
        label = f"qs.update(status_id=...), {tickets:,} tickets"
        documented = f"⌈{tickets:,} ÷ {PAGE_SIZE}⌉ + ⌈{tickets:,} ÷ {CHUNK_SIZE}⌉ = {minimum} (documented)"
        ok = len(log) <= minimum and updated == tickets
        section.add(label, str(len(log)), documented, ok,
                    f"{_describe(log)} of at most {max(posted or [0])} records, {updated:,} updated")
        id_only = all(entry[2].get("ticketidonly") == "true" or entry[2].get("idonly") == "true"
                      for entry in log if entry[0] == "GET")
        section.data[label] = {"requests": len(log), "minimum": minimum, "posts": len(posted),
                               "largest_post": max(posted or [0]), "updated": updated, "id_only": id_only}
        tokens = client.transport.tokens.requests_made
        section.add("token requests of one client over all of the above", str(tokens), "1", tokens == 1)
    finally:
        client.close()


def _cli_rows(section: Section, server: ServerProcess) -> None:
    halo, _ = halo_command()
    home = tempfile.mkdtemp(prefix="halo-bench-home-")
    env = child_env({**server.env(), "HALO_HOME": home, "HALO_CONFIG": os.path.join(home, "config.yaml"),
                     "NO_COLOR": "1"})
    server.clear()
    failure: Optional[str] = None
    for arguments in CLI_COMMANDS:
        completed = subprocess.run(halo + list(arguments), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, env=env)
        if completed.returncode != 0:
            lines = completed.stderr.decode("utf-8", "replace").strip().splitlines()
            failure = f"`halo {' '.join(arguments)}` exit {completed.returncode}: {lines[-1] if lines else ''}"
            break
    _, token_requests = server.log()
    label = f"token requests over {len(CLI_COMMANDS)} consecutive `halo` commands"
    if failure:
        section.add(label, "not available", "1 (token cache)", None, failure)
    else:
        section.add(label, str(token_requests), "1 (token cache)", token_requests <= 1,
                    "; ".join("halo " + " ".join(arguments) for arguments in CLI_COMMANDS))
    section.data["cli_token_requests"] = None if failure else token_requests
    section.data["cli_failure"] = failure


def run_economy(tickets: int = 1000) -> Section:
    section = Section("economy")
    with ServerProcess(tickets=tickets) as server:
        _sdk_rows(section, server, tickets)
        _cli_rows(section, server)
    section.notes.append(f"counted in the server's request log; qs = client.tickets.all() over {tickets:,} tickets, "
                         "pages of 100. The documented costs are those of docs/querysets.md.")
    return section
