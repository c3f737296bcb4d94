"""The client-side rate limiter: a rolling window, shared by threads, waits rather than fails."""

from __future__ import annotations

import threading

import pytest

from tests._support.mocked_tenant import API_URL, FakeClock, api_requests
from halopsa import HaloError
from halopsa.transport import DEFAULT_RATE_LIMIT, RateLimiter

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)


def _limiter(max_requests, period, clock):
    return RateLimiter(max_requests, period, clock=clock.monotonic, sleep=clock.sleep)


def test_default_is_700_requests_per_300_seconds():
    assert DEFAULT_RATE_LIMIT == (700, 300.0)


def test_requests_within_the_limit_do_not_wait():
    clock = FakeClock()
    limiter = _limiter(3, 10, clock)
    for _ in range(3):
        limiter.acquire()
    assert clock.sleeps == []


def test_request_over_the_limit_waits_until_the_oldest_leaves_the_window():
    clock = FakeClock()
    limiter = _limiter(3, 10, clock)
    for _ in range(3):
        limiter.acquire()
    limiter.acquire()
    assert clock.sleeps == [pytest.approx(10.0)]


def test_window_rolls_rather_than_resetting():
    clock = FakeClock()
    limiter = _limiter(3, 10, clock)
    for at in (0, 4, 8):  # requests at t=0, 4, 8
        clock.now = 1000.0 + at
        limiter.acquire()
    clock.now = 1009.0
    limiter.acquire()  # the t=0 request leaves the window at t=10: wait 1 s
    assert clock.sleeps == [pytest.approx(1.0)]
    limiter.acquire()  # now at t=10 holding 4, 8, 10: the t=4 one leaves at t=14
    assert clock.sleeps[1:] == [pytest.approx(4.0)]


def test_requests_older_than_the_window_no_longer_count():
    clock = FakeClock()
    limiter = _limiter(2, 10, clock)
    limiter.acquire()
    limiter.acquire()
    clock.advance(10.5)
    limiter.acquire()
    limiter.acquire()
    assert clock.sleeps == []


def test_none_disables_the_limit():
    clock = FakeClock()
    limiter = _limiter(None, 1, clock)
    for _ in range(5000):
        limiter.acquire()
    assert clock.sleeps == []


def test_limit_is_shared_by_all_threads():
    """Ten threads at once, limit 3 per minute, frozen clock: exactly three go through, seven must wait."""
    clock = FakeClock()

    class Waited(Exception):
        pass

    def refuse_to_wait(seconds):
        raise Waited(seconds)

    limiter = RateLimiter(3, 60, clock=clock.monotonic, sleep=refuse_to_wait)
    barrier = threading.Barrier(10)
    outcomes = []
    lock = threading.Lock()

    def worker():
        barrier.wait()
        try:
            limiter.acquire()
            result = "sent"
        except Waited:
            result = "waited"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=worker) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert sorted(outcomes) == ["sent"] * 3 + ["waited"] * 7


@pytest.mark.parametrize("bad", [(0, 10), (5, 0), (-1, 10)])
def test_invalid_limit_rejected(bad):
    with pytest.raises(HaloError):
        RateLimiter(bad[0], bad[1])


def test_client_over_its_limit_waits_and_then_sends(halo_mock, make_transport, clock):
    halo_mock.get(API_URL + "/Status", json=[])
    transport = make_transport(rate_limit=(2, 60))
    for _ in range(5):
        transport.request("GET", "/Status")
    assert len(api_requests(halo_mock)) == 5  # none failed
    assert len(clock.sleeps) >= 2  # requests 3 and 5 had to wait for the window
    assert sum(clock.sleeps) == pytest.approx(120.0)


def test_client_threads_wait_on_one_shared_window(halo_mock, make_client, clock):
    """Six threads of one client with a limit of 3 per minute: all succeed, and the later ones waited."""
    halo_mock.get(API_URL + "/Status", json=[])
    client = make_client(rate_limit=(3, 60))
    errors = []

    def worker():
        try:
            client.request("GET", "/Status")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert errors == []
    assert len(api_requests(halo_mock)) == 6
    assert clock.sleeps, "requests beyond 3 per minute should have waited"


def test_a_request_counts_from_when_its_answer_arrived():
    """Limit 2 per 10 s. A request sent at t=0 and answered at t=3 occupies the window until t=13, not t=10:
    the server may have stamped it as late as t=3."""
    clock = FakeClock()
    start = clock.now
    limiter = _limiter(2, 10, clock)
    slow = limiter.acquire()
    clock.advance(1)
    limiter.settle(limiter.acquire())  # answered at once, at t=1
    clock.advance(2)
    limiter.settle(slow)  # the slow one answered at t=3
    clock.now = start + 10.5
    limiter.acquire()  # the t=1 request left at t=11, the slow one leaves at t=13
    assert clock.sleeps == [pytest.approx(0.5)]
    limiter.acquire()
    assert clock.sleeps[1:] == [pytest.approx(2.0)]


def test_the_client_settles_every_request_it_sends(halo_mock, make_transport, clock):
    """After a burst of requests (some failing), the window holds one stamp a request, none left in flight."""
    halo_mock.get(API_URL + "/Status", [{"status_code": 503}, {"json": []}])
    transport = make_transport(rate_limit=(10, 60))
    transport.request("GET", "/Status")
    transport.request("GET", "/Status")
    # token + 503 + retry + one more: four stamps, each re-stamped when answered (after the retry's sleep)
    stamps = list(transport.rate_limiter._sent)
    assert len(stamps) == 4
    assert stamps == sorted(stamps)


@pytest.mark.parametrize("value, expected", [("300/300", (300, 300.0)), (" 60/3.5 ", (60, 3.5)), ("none", None),
                                             ("", DEFAULT_RATE_LIMIT)])
def test_halo_rate_limit_sets_the_default(monkeypatch, value, expected):
    from halopsa import HaloClient

    monkeypatch.setenv("HALO_RATE_LIMIT", value)
    with HaloClient("https://acme.halopsa.com", "i", "s") as client:
        limiter = client.transport.rate_limiter
        assert (None if limiter.max_requests is None else (limiter.max_requests, limiter.period)) == expected


def test_an_explicit_rate_limit_beats_halo_rate_limit(monkeypatch):
    from halopsa import HaloClient

    monkeypatch.setenv("HALO_RATE_LIMIT", "300/300")
    with HaloClient("https://acme.halopsa.com", "i", "s", rate_limit=(5, 1)) as client:
        assert client.transport.rate_limiter.max_requests == 5


@pytest.mark.parametrize("value", ["fast", "0/300", "10/0", "10"])
def test_a_bad_halo_rate_limit_is_a_config_error(monkeypatch, value):
    from halopsa import HaloClient, HaloConfigError

    monkeypatch.setenv("HALO_RATE_LIMIT", value)
    with pytest.raises(HaloConfigError, match="REQUESTS/SECONDS"):
        HaloClient("https://acme.halopsa.com", "i", "s")
