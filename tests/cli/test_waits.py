"""What `halo` shows while it waits: one line on stderr for each wait (a 429's Retry-After, the client's rate
limit, a token endpoint that never answers), a progress bar that says it waits, and no client-side rate limit
against the sandbox. The announcement threshold is lowered, so that real waits stay short."""

from __future__ import annotations

import io
import re
import socket
from typing import Any, Iterator

import pytest

from halopsa._waits import WaitEvent

from tests._support.cli import in_process


@pytest.fixture(scope="module")
def waits_fake() -> Iterator[Any]:
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=3, tickets=40) as server:
        yield server


@pytest.fixture(autouse=True)
def quick_announcements(monkeypatch: pytest.MonkeyPatch) -> None:
    import halopsa._waits

    monkeypatch.setattr(halopsa._waits, "WAIT_THRESHOLD", 0.05)


@pytest.fixture
def halo_waits(capsys, monkeypatch, waits_fake, halo_use_fake):
    halo_use_fake(waits_fake)
    return in_process(capsys, monkeypatch)


def wait_lines(err: str) -> list:
    """The announcements of waits, slow replies aside (a busy machine may make any reply take 0.05 s)."""
    return [line for line in err.splitlines() if "Ctrl-C to stop" in line]


def test_a_429_with_retry_after_is_announced(halo_waits, waits_fake):
    waits_fake.fail_next(1, status=429, retry_after="0.2", path="/api/Tickets")
    result = halo_waits("tickets", "count")
    assert result.code == 0 and result.out.strip() == "40"
    assert wait_lines(result.err) == ["rate limited by the server: retrying in 0.2 s; Ctrl-C to stop"]


def test_the_clients_rate_limit_is_announced(halo_waits, monkeypatch):
    monkeypatch.setenv("HALO_RATE_LIMIT", "2/0.3")
    result = halo_waits("tickets", "list", "--all", "--page-size", "10", "--fields", "id")  # the token, 4 pages
    assert result.code == 0 and len(result.out.splitlines()) == 40 + 2
    [line] = wait_lines(result.err) or [""]
    assert re.fullmatch(r"waiting [\d.]+ s for the client's rate limit \(2 requests per 0\.3 s\); Ctrl-C to stop",
                        line), result.err


def test_a_token_endpoint_that_never_answers_is_announced_then_fails(halo_bare):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)  # connections complete, and nothing ever answers
    url = "http://127.0.0.1:%d" % listener.getsockname()[1]
    try:
        result = halo_bare("--tenant-url", url, "--client-id", "id", "--client-secret", "secret", "--timeout", "1",
                           "tickets", "count")
    finally:
        listener.close()
    assert result.code != 0
    assert f"still waiting for {url}/auth/token (" in result.err
    assert "giving up after 1 s)..." in result.err
    assert "did not answer within" in result.err_lines[-1]


def test_a_progress_bar_says_it_waits(monkeypatch):
    import halopsa.cli._waits
    from halopsa.cli._output import ProgressBar
    from halopsa.cli._waits import announce_wait

    monkeypatch.setattr(halopsa.cli._waits, "_until", 0.0)  # the 40 s wait below ends with this test

    stderr = io.StringIO()
    bar = ProgressBar(stderr)
    bar.draw("tickets: [###       ] 300 of 1,000")
    try:
        announce_wait(WaitEvent("client_rate_limit", 40, "the client's rate limit (700 requests per 300 s)"),
                      stderr)
    finally:
        bar.clear()
    drawn = stderr.getvalue()
    assert "\r\033[Kwaiting 40 s for the client's rate limit (700 requests per 300 s); Ctrl-C to stop\n" in drawn
    assert re.search(r"\rtickets: \[###       \] 300 of 1,000 - waiting (40|39) s for the client's rate limit",
                     drawn)


def test_the_sandbox_client_keeps_no_rate_limit(monkeypatch):
    from halopsa.cli._context import Context
    from halopsa.cli._parser import build_global_parser

    monkeypatch.setenv("HALO_RATE_LIMIT", "300/300")  # a real tenant's: not the sandbox's
    context = Context(build_global_parser().parse_args(["--sandbox"]))
    try:
        client = context.client()
        assert client.transport.rate_limiter.max_requests is None
        assert client.transport.announce.on_wait is not None  # and its waits are printed
    finally:
        context.close()


def test_the_shell_announces_waits_too(halo_waits, monkeypatch):
    monkeypatch.setenv("HALO_RATE_LIMIT", "2/0.3")
    result = halo_waits("shell", "-c", "print(len(list(tickets.all().page_size(10))))")
    assert result.code == 0 and result.out.strip() == "40"
    [line] = wait_lines(result.err) or [""]
    assert line.endswith("for the client's rate limit (2 requests per 0.3 s); Ctrl-C to stop"), result.err


class _TerminalStderr(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("where, shown", [
    ((), r"\rtickets: \[#* *\] \d+ of 40(?! read)"),
    (("--where", "id__gt=10"), r"\rtickets: \[#* *\] \d+ of 40 read, \d+ matching"),
])
def test_the_all_bar_shows_the_total_the_pages_report(halo_waits, waits_fake, monkeypatch, where, shown):
    import sys

    stderr = _TerminalStderr()
    monkeypatch.setattr(sys, "stderr", stderr)
    waits_fake.clear_requests()
    result = halo_waits("tickets", "list", "--all", "--page-size", "10", "--fields", "id", *where)
    assert result.code == 0, (result, stderr.getvalue())
    assert re.search(shown, stderr.getvalue()), stderr.getvalue()
    assert not [r for r in waits_fake.api_requests("GET", "/api/Tickets") if r.params.get("page_size") == "1"]
