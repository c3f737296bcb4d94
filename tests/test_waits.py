"""Every wait is announced and bounded, over real HTTP: the client's rate limit, a 429's ``Retry-After``, a
backoff, a reply slow to come and a token endpoint that never answers each reach ``on_wait`` as a WaitEvent
(and the log) before or while the client waits. Thresholds are small, so real waits stay short; nothing here
asserts how long anything took."""

from __future__ import annotations

import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator, List

import pytest

from halopsa import HaloClient, HaloTimeoutError, WaitEvent
from halopsa.transport import RateLimiter

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)

THRESHOLD = 0.05


@pytest.fixture(scope="module")
def fake() -> Iterator[Any]:
    from halopsa.testing import FakeHalo

    with FakeHalo(tickets=30) as server:
        yield server


@pytest.fixture
def events() -> List[WaitEvent]:
    return []


def waits(events: List[WaitEvent]) -> List[WaitEvent]:
    """The events other than slow replies (a first request to a busy machine's fake may take THRESHOLD)."""
    return [event for event in events if event.kind != "slow_reply"]


def client_of(fake: Any, events: List[WaitEvent], **kwargs: Any) -> HaloClient:
    kwargs.setdefault("backoff_factor", 0.1)
    return fake.client(on_wait=events.append, wait_threshold=THRESHOLD, **kwargs)


def test_retry_after_is_announced_before_the_wait(fake, events, caplog):
    with client_of(fake, events) as client:
        client.tickets.first()  # the token, and a connection
        fake.fail_next(1, status=429, retry_after="0.2", path="/api/Tickets")
        with caplog.at_level(logging.INFO, logger="halopsa"):
            assert client.tickets.first() is not None
    [event] = waits(events)
    assert event.kind == "server_rate_limit"
    assert event.url == fake.url + "/api/Tickets"
    assert "Retry-After: 0.2" in event.reason
    assert event.message == "rate limited by the server: retrying in 0.2 s; Ctrl-C to stop"
    assert event.message in caplog.text


def test_backoff_after_a_server_error_is_announced(fake, events):
    with client_of(fake, events, backoff_factor=0.2) as client:
        client.tickets.first()
        fake.fail_next(1, status=503, path="/api/Tickets")
        client.tickets.first()
    [event] = waits(events)
    assert (event.kind, event.attempt, event.url) == ("backoff", 1, fake.url + "/api/Tickets")
    assert event.message.startswith("GET /api/Tickets failed (503): retrying in ")
    assert event.message.endswith(" (retry 1); Ctrl-C to stop")


def test_the_clients_own_rate_limit_is_announced(fake, events):
    with client_of(fake, events, rate_limit=(2, 0.3)) as client:
        client.tickets.first()  # the token request and this one fill the window
        client.tickets.first()
    [event] = waits(events)
    assert event.kind == "client_rate_limit"
    assert event.message.startswith("waiting ")
    assert event.message.endswith(" for the client's rate limit (2 requests per 0.3 s); Ctrl-C to stop")


def test_threads_waiting_out_one_pause_announce_it_once(events):
    limiter = RateLimiter(None, 1.0)
    limiter.pause(0.2, "GET /api/Tickets answered 429 (no Retry-After)", "https://x/api/Tickets")
    threads = [threading.Thread(target=limiter.acquire, args=(events.append,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [event.kind for event in events] == ["server_rate_limit"]


def test_short_waits_are_not_announced(fake, events):
    with fake.client(on_wait=events.append, backoff_factor=0.01) as client:  # the default threshold: 2 s
        fake.fail_next(1, status=503, path="/api/Tickets")
        client.tickets.first()
    assert events == []


def test_a_hook_that_raises_stops_the_wait(fake):
    def refuse(event: WaitEvent) -> None:
        raise RuntimeError(f"not waiting: {event.message}")

    with fake.client(on_wait=refuse, wait_threshold=THRESHOLD) as client:
        client.tickets.first()
        fake.fail_next(1, status=429, retry_after="30", path="/api/Tickets")
        with pytest.raises(RuntimeError, match="retrying in 30 s"):
            client.tickets.first()


def test_a_fake_without_a_rate_limit_gives_a_client_without_one(fake):
    with fake.client() as client:
        assert client.transport.rate_limiter.max_requests is None
    fake.set(rate_limit=(50, 10))
    try:
        with fake.client() as client:
            assert (client.transport.rate_limiter.max_requests, client.transport.rate_limiter.period) == (50, 10)
    finally:
        fake.set(rate_limit=None)


# -- replies slow to come -------------------------------------------------------------------------------------


class _SlowHalo(BaseHTTPRequestHandler):
    """Issues tokens at once; answers GET /api/... only once ``release`` is set (or after 10 s)."""

    release = threading.Event()

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._reply(b'{"access_token": "t", "token_type": "Bearer", "expires_in": 3600}')

    def do_GET(self) -> None:
        self.release.wait(10)
        self._reply(b'{"record_count": 1, "tickets": [{"id": 7, "summary": "slow"}]}')


@pytest.fixture(scope="module")
def slow_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowHalo)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    _SlowHalo.release.set()
    server.shutdown()
    server.server_close()


def test_a_slow_page_is_announced_once_while_it_is_awaited(slow_server, events):
    _SlowHalo.release.clear()

    def seen(event: WaitEvent) -> None:
        events.append(event)
        _SlowHalo.release.set()  # the server answers once the wait has been announced

    with HaloClient(slow_server, "id", "secret", allow_http=True, rate_limit=None, on_wait=seen,
                    wait_threshold=THRESHOLD, timeout=(5, 30)) as client:
        assert client.tickets.first().id == 7
    [event] = events
    assert (event.kind, event.url, event.limit) == ("slow_reply", slow_server + "/api/Tickets", 30)
    assert event.message.startswith(f"still waiting for {slow_server}/api/Tickets (")
    assert event.message.endswith(" so far; giving up after 30 s)...")


@pytest.fixture
def silent_token_endpoint() -> Iterator[Any]:
    """A server that accepts connections and never answers; ``connections`` counts them."""
    class Silent:
        listener = socket.socket()
        connections: List[socket.socket] = []

    Silent.listener.bind(("127.0.0.1", 0))
    Silent.listener.listen(8)

    def accept() -> None:
        while True:
            try:
                Silent.connections.append(Silent.listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield Silent
    Silent.listener.close()
    for connection in Silent.connections:
        connection.close()


def test_a_token_endpoint_that_never_answers_fails_within_the_timeout(silent_token_endpoint, events):
    url = "http://127.0.0.1:%d" % silent_token_endpoint.listener.getsockname()[1]
    with HaloClient(url, "id", "secret", allow_http=True, rate_limit=None, on_wait=events.append,
                    wait_threshold=THRESHOLD, timeout=1.0) as client:
        with pytest.raises(HaloTimeoutError, match=r"authorisation server .*/auth/token did not answer within") \
                as caught:
            client.tickets.first()
    assert caught.value.url == url + "/auth/token" and caught.value.reason == "no reply in time"
    # one attempt: the timeout is the whole token request's, retries included
    assert len(silent_token_endpoint.connections) == 1
    assert [(event.kind, event.url) for event in events] == [("slow_reply", url + "/auth/token")]
    assert "giving up after 1 s" in events[0].message
