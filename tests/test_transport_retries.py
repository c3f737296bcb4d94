"""Retry rules (API notes section 5): which methods and failures are retried, Retry-After, bounds, logging."""

from __future__ import annotations

import logging
from email.utils import formatdate

import pytest
import requests

from tests._support.mocked_tenant import API_URL, api_requests
from halopsa import (HaloConnectionError, HaloError, HaloRateLimitError, HaloServerError, HaloTimeoutError,
                     HaloValidationError)

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)

RETRYABLE_STATUSES = [429, 500, 502, 503, 504]
URL = API_URL + "/Tickets/5"


def _then_ok(first: dict, ok=None) -> list:
    return [first, {"json": ok if ok is not None else {"id": 5}}]


@pytest.mark.parametrize("method", ["GET", "DELETE"])
@pytest.mark.parametrize("status", RETRYABLE_STATUSES)
def test_idempotent_methods_retried_on_retryable_status(halo_mock, make_transport, method, status):
    halo_mock.register_uri(method, URL, _then_ok({"status_code": status, "json": {"Message": "busy"}}))
    assert make_transport().request(method, "/Tickets/5") == {"id": 5}
    assert len(api_requests(halo_mock, method)) == 2


@pytest.mark.parametrize("method", ["GET", "DELETE"])
@pytest.mark.parametrize("failure", [requests.exceptions.ConnectionError, requests.exceptions.ConnectTimeout,
                                     requests.exceptions.ReadTimeout])
def test_idempotent_methods_retried_on_connection_failures(halo_mock, make_transport, method, failure):
    halo_mock.register_uri(method, URL, _then_ok({"exc": failure}))
    assert make_transport().request(method, "/Tickets/5") == {"id": 5}
    assert len(api_requests(halo_mock, method)) == 2


def test_unresolvable_host_reported_in_one_line(halo_mock, make_transport):
    halo_mock.get(URL, exc=requests.exceptions.ConnectionError(
        "HTTPSConnectionPool(host='acme.halopsa.com'): Max retries exceeded (Caused by NameResolutionError(...))"))
    with pytest.raises(HaloConnectionError) as caught:
        make_transport().request("GET", "/Tickets/5")
    assert "does not resolve" in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("failure, error, reason", [
    (requests.exceptions.ConnectionError("Max retries exceeded (Caused by NameResolutionError(...))"),
     HaloConnectionError, "the host name does not resolve"),
    (requests.exceptions.ConnectionError("[Errno 111] Connection refused"), HaloConnectionError,
     "connection refused"),
    (requests.exceptions.ProxyError("Cannot connect to proxy. Connection refused"), HaloConnectionError,
     "connection refused"),
    (requests.exceptions.ConnectTimeout("connect timed out"), HaloTimeoutError, "the connection timed out"),
    (requests.exceptions.ReadTimeout("read timed out"), HaloTimeoutError, "no reply in time"),
])
def test_a_connection_error_carries_the_url_and_the_reason(halo_mock, make_transport, failure, error, reason):
    halo_mock.get(URL, exc=failure)
    transport = make_transport(max_retries=0)
    with pytest.raises(error) as caught:
        transport.request("GET", "/Tickets/5")
    assert caught.value.url == transport.settings.tenant_url and caught.value.reason == reason


@pytest.mark.parametrize("status", [400, 403, 404])
def test_client_errors_are_not_retried(halo_mock, make_transport, status):
    halo_mock.get(URL, status_code=status, json={"Message": "no"})
    with pytest.raises(Exception):
        make_transport().request("GET", "/Tickets/5")
    assert len(api_requests(halo_mock)) == 1


# -- POST: never retried once the body may have been processed ----------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_not_retried_after_server_error(halo_mock, make_transport, clock, status):
    halo_mock.post(API_URL + "/Tickets", _then_ok({"status_code": status, "text": "oops"}))
    with pytest.raises(HaloServerError):
        make_transport().request("POST", "/Tickets", json=[{"summary": "x"}])
    assert len(api_requests(halo_mock, "POST")) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("status", [500, 503])
def test_an_update_post_is_not_retried_after_a_server_error(halo_mock, make_client, status):
    halo_mock.post(API_URL + "/Tickets", _then_ok({"status_code": status, "text": "oops"}))
    with pytest.raises(HaloServerError):
        make_client().tickets.update({"id": 5, "status_id": 2})
    assert len(api_requests(halo_mock, "POST")) == 1


def test_a_post_said_to_be_idempotent_is_retried_after_a_server_error(halo_mock, make_client):
    halo_mock.post(API_URL + "/Tickets", _then_ok({"status_code": 503, "text": "oops"}))
    make_client().request("POST", "/Tickets", json=[{"id": 5, "status_id": 2}], idempotent=True)
    assert len(api_requests(halo_mock, "POST")) == 2


def test_post_not_retried_after_read_timeout(halo_mock, make_transport):
    halo_mock.post(API_URL + "/Tickets", _then_ok({"exc": requests.exceptions.ReadTimeout}))
    with pytest.raises(HaloTimeoutError) as caught:
        make_transport().request("POST", "/Tickets", json=[{"summary": "x"}])
    assert len(api_requests(halo_mock, "POST")) == 1
    assert "POST /api/Tickets" in str(caught.value)


def test_post_not_retried_after_connection_dropped_mid_request(halo_mock, make_transport):
    halo_mock.post(API_URL + "/Tickets", _then_ok({"exc": requests.exceptions.ConnectionError(
        "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))")}))
    with pytest.raises(HaloConnectionError):
        make_transport().request("POST", "/Tickets", json=[{"summary": "x"}])
    assert len(api_requests(halo_mock, "POST")) == 1


def test_post_retried_when_the_connection_was_refused(halo_mock, make_transport):
    from urllib3.exceptions import MaxRetryError, NewConnectionError

    # how requests reports a refused connection: nothing of the request went out
    refused = requests.exceptions.ConnectionError(MaxRetryError(
        None, "/api/Tickets", NewConnectionError(None, "Failed to establish a new connection: Connection refused")))
    halo_mock.post(API_URL + "/Tickets", _then_ok({"exc": refused}, [{"id": 9}]))
    assert make_transport().request("POST", "/Tickets", json=[{"summary": "x"}]) == [{"id": 9}]
    assert len(api_requests(halo_mock, "POST")) == 2


def test_post_retried_on_429(halo_mock, make_transport):
    halo_mock.post(API_URL + "/Tickets", _then_ok({"status_code": 429, "headers": {"Retry-After": "2"}},
                                                  [{"id": 9}]))
    assert make_transport().request("POST", "/Tickets", json=[{"summary": "x"}]) == [{"id": 9}]
    posts = api_requests(halo_mock, "POST")
    assert len(posts) == 2
    assert posts[0].json() == posts[1].json() == [{"summary": "x"}]


def test_post_retried_on_connection_failure_before_sending(halo_mock, make_transport):
    halo_mock.post(API_URL + "/Tickets", _then_ok({"exc": requests.exceptions.ConnectTimeout}, [{"id": 9}]))
    assert make_transport().request("POST", "/Tickets", json=[{"summary": "x"}]) == [{"id": 9}]
    assert len(api_requests(halo_mock, "POST")) == 2


# -- Retry-After ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds_honoured(halo_mock, make_transport, clock, status):
    halo_mock.get(URL, _then_ok({"status_code": status, "headers": {"Retry-After": "7"}}))
    make_transport().request("GET", "/Tickets/5")
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_http_date_honoured(halo_mock, make_transport, clock, status):
    when = formatdate(clock.time() + 120, usegmt=True)
    halo_mock.get(URL, _then_ok({"status_code": status, "headers": {"Retry-After": when}}))
    make_transport().request("GET", "/Tickets/5")
    assert clock.sleeps == [pytest.approx(120.0, abs=1.0)]


def test_retry_after_date_in_the_past_retries_at_once(halo_mock, make_transport, clock):
    when = formatdate(clock.time() - 30, usegmt=True)
    halo_mock.get(URL, _then_ok({"status_code": 503, "headers": {"Retry-After": when}}))
    make_transport().request("GET", "/Tickets/5")
    assert clock.sleeps == [0.0]


def test_backoff_grows_exponentially_without_retry_after(halo_mock, make_transport, clock):
    halo_mock.get(URL, [{"status_code": 503}] * 4 + [{"json": {"id": 5}}])
    make_transport(backoff_factor=1.0, max_retries=5).request("GET", "/Tickets/5")
    assert len(clock.sleeps) == 4
    for attempt, slept in enumerate(clock.sleeps):
        ceiling = 1.0 * 2 ** attempt
        assert ceiling / 2 <= slept <= ceiling  # jitter within the exponential step


def test_backoff_capped_by_max_backoff(halo_mock, make_transport, clock):
    halo_mock.get(URL, [{"status_code": 503}] * 6 + [{"json": {"id": 5}}])
    make_transport(backoff_factor=10.0, max_retries=6, max_backoff=15.0, max_retry_wait=1000).request(
        "GET", "/Tickets/5")
    assert max(clock.sleeps) <= 15.0


# -- bounds --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_max_retries_respected(halo_mock, make_transport, max_retries):
    halo_mock.get(URL, status_code=503, text="Service Unavailable")
    with pytest.raises(HaloServerError) as caught:
        make_transport(max_retries=max_retries).request("GET", "/Tickets/5")
    assert len(api_requests(halo_mock)) == max_retries + 1
    assert caught.value.status_code == 503


def test_rate_limited_after_all_retries_raises_rate_limit_error(halo_mock, make_transport):
    halo_mock.get(URL, status_code=429, headers={"Retry-After": "1"}, json={"message": "slow down"})
    with pytest.raises(HaloRateLimitError) as caught:
        make_transport(max_retries=2).request("GET", "/Tickets/5")
    assert len(api_requests(halo_mock)) == 3
    assert caught.value.retry_after == 1.0


def test_retry_after_beyond_max_retry_wait_fails_at_once(halo_mock, make_transport, clock):
    halo_mock.get(URL, _then_ok({"status_code": 429, "headers": {"Retry-After": "3600"}}))
    with pytest.raises(HaloRateLimitError) as caught:
        make_transport(max_retry_wait=300).request("GET", "/Tickets/5")
    assert len(api_requests(halo_mock)) == 1
    assert clock.sleeps == []
    assert "300" in str(caught.value)


def test_refused_long_retry_after_does_not_stall_the_next_request(halo_mock, make_transport, clock):
    halo_mock.get(URL, [{"status_code": 429, "headers": {"Retry-After": "3600"}}, {"json": {"id": 5}}])
    transport = make_transport(max_retry_wait=300)
    with pytest.raises(HaloRateLimitError):
        transport.request("GET", "/Tickets/5")
    try:
        transport.request("GET", "/Tickets/5")
    except HaloRateLimitError:
        pass  # failing fast is acceptable too; hanging for an hour is not
    assert sum(clock.sleeps) <= 300


def test_total_wait_bounded_across_retries(halo_mock, make_transport, clock):
    halo_mock.get(URL, status_code=503, headers={"Retry-After": "4"})
    with pytest.raises(HaloServerError):
        make_transport(max_retries=10, max_retry_wait=10).request("GET", "/Tickets/5")
    assert clock.sleeps == [4.0, 4.0]  # a third wait would pass the 10 s budget
    assert len(api_requests(halo_mock)) == 3


def test_total_wait_bounded_for_backoff(halo_mock, make_transport, clock):
    halo_mock.get(URL, status_code=502)
    with pytest.raises(HaloServerError):
        make_transport(max_retries=50, backoff_factor=1.0, max_backoff=8.0, max_retry_wait=20).request(
            "GET", "/Tickets/5")
    assert sum(clock.sleeps) <= 20


# -- logging -------------------------------------------------------------------------------------------------


def test_each_retry_logged_at_info_on_halopsa_logger(halo_mock, make_transport, caplog):
    caplog.set_level(logging.INFO, logger="halopsa")
    halo_mock.get(URL, [{"status_code": 503}, {"exc": requests.exceptions.ConnectTimeout}, {"json": {"id": 5}}])
    make_transport().request("GET", "/Tickets/5")
    retries = [r for r in caplog.records if r.name == "halopsa" and r.levelno == logging.INFO
               and "retr" in r.getMessage().lower()]
    assert len(retries) == 2
    assert "/api/Tickets/5" in retries[0].getMessage()
    assert "503" in retries[0].getMessage()


def test_no_retry_log_when_nothing_is_retried(halo_mock, make_transport, caplog):
    caplog.set_level(logging.INFO, logger="halopsa")
    halo_mock.get(URL, status_code=400, json={"Message": "bad"})
    with pytest.raises(HaloValidationError):
        make_transport().request("GET", "/Tickets/5")
    assert not [r for r in caplog.records if "retr" in r.getMessage().lower()]


# -- the token endpoint --------------------------------------------------------------------------------------


def test_token_endpoint_retry_after_bounded_by_max_retry_wait(halo_mock, make_transport, clock):
    from tests._support.mocked_tenant import TOKEN_URL, token_reply

    halo_mock.post(TOKEN_URL, [{"status_code": 429, "headers": {"Retry-After": "3600"}}, {"json": token_reply()}])
    halo_mock.get(URL, json={"id": 5})
    try:
        make_transport(max_retry_wait=300).request("GET", "/Tickets/5")
    except HaloError:
        pass  # giving up is fine; waiting an hour is not
    assert sum(clock.sleeps) <= 300


def test_token_endpoint_429_is_retried_honouring_retry_after(halo_mock, make_transport, clock):
    from tests._support.mocked_tenant import TOKEN_URL, token_reply, token_requests

    halo_mock.post(TOKEN_URL, [{"status_code": 429, "headers": {"Retry-After": "5"}}, {"json": token_reply()}])
    halo_mock.get(URL, json={"id": 5})
    make_transport().request("GET", "/Tickets/5")
    assert len(token_requests(halo_mock)) == 2
    assert clock.sleeps == [5.0]


# -- replies cut short, proxies, and what a failed POST says ------------------------------------------------------


def test_a_reply_cut_short_is_a_connection_error_and_a_get_is_retried(halo_mock, make_transport):
    halo_mock.get(URL, [{"exc": requests.exceptions.ChunkedEncodingError("Connection broken: IncompleteRead")},
                        {"json": {"id": 5}}])
    assert make_transport().request("GET", "/Tickets/5") == {"id": 5}
    assert len(api_requests(halo_mock)) == 2


def test_a_post_cut_short_is_not_retried_and_says_it_may_have_happened(halo_mock, make_transport):
    halo_mock.post(API_URL + "/Tickets", exc=requests.exceptions.ChunkedEncodingError("Connection broken"))
    with pytest.raises(HaloConnectionError) as caught:
        make_transport().request("POST", "/Tickets", json=[{"summary": "x"}])
    assert len(api_requests(halo_mock)) == 1
    assert "may have been carried out" in str(caught.value) and "check before sending it again" in str(caught.value)
    assert isinstance(caught.value.__cause__, requests.exceptions.ChunkedEncodingError)


def test_a_post_without_a_reply_says_it_may_have_happened(halo_mock, make_transport):
    halo_mock.post(API_URL + "/Tickets", exc=requests.exceptions.ReadTimeout("read timed out"))
    with pytest.raises(HaloTimeoutError, match="may have been carried out"):
        make_transport().request("POST", "/Tickets", json=[{"summary": "x"}])


def test_a_proxy_failure_names_the_proxy_variables(halo_mock, make_transport):
    halo_mock.get(URL, exc=requests.exceptions.ProxyError("Cannot connect to proxy. Connection refused"))
    with pytest.raises(HaloConnectionError, match="through the proxy .*HTTPS_PROXY"):
        make_transport().request("GET", "/Tickets/5")


def test_an_untrusted_certificate_says_how_to_trust_it(halo_mock, make_transport):
    halo_mock.get(URL, exc=requests.exceptions.SSLError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"))
    with pytest.raises(HaloConnectionError, match="REQUESTS_CA_BUNDLE"):
        make_transport().request("GET", "/Tickets/5")


def test_a_429_without_retry_after_backs_off_for_seconds_not_milliseconds(halo_mock, make_transport, clock):
    """A rolling window is not outlasted by short sleeps: the first wait is 4 to 8 s, and they grow."""
    halo_mock.get(URL, status_code=429, json={"message": "Too many requests"})
    with pytest.raises(HaloRateLimitError) as caught:
        make_transport(max_retries=5, backoff_factor=0.5, max_retry_wait=1000).request("GET", "/Tickets/5")
    waits = clock.sleeps
    assert len(waits) == 5 and 4 <= waits[0] <= 8 and sum(waits) >= 60
    assert "still rate limited after 5 retries" in str(caught.value) and "HALO_RATE_LIMIT" in str(caught.value)


# -- a closed client ------------------------------------------------------------------------------------------------


def test_closing_stops_a_thread_waiting_on_the_rate_limit():
    import threading
    import time as real_time

    from halopsa.config import Settings
    from halopsa.transport import Transport

    transport = Transport(Settings(tenant_url="https://acme.halopsa.com", client_id="i", client_secret="s"),
                          rate_limit=(1, 3600))
    transport.rate_limiter.acquire()  # the only slot of the hour is taken
    outcome = []

    def wait_for_a_slot():
        try:
            transport.rate_limiter.acquire()
            outcome.append("acquired")
        except HaloError as error:
            outcome.append(str(error))

    thread = threading.Thread(target=wait_for_a_slot)
    thread.start()
    real_time.sleep(0.2)
    started = real_time.monotonic()
    transport.close()
    thread.join(5)
    assert not thread.is_alive() and real_time.monotonic() - started < 2
    assert outcome == ["the client was closed while a request waited; create a new client"]


def test_a_closed_client_sends_nothing(halo_mock, make_client):
    client = make_client()
    client.close()
    with pytest.raises(HaloError, match="this client is closed"):
        client.request("GET", "/Tickets/5")
    with pytest.raises(HaloError, match="this client is closed"):
        list(client.tickets.all())
    assert halo_mock.request_history == []


def test_a_request_that_cannot_be_sent_is_refused_at_once(halo_mock, make_transport, clock):
    with pytest.raises(HaloError, match="cannot be sent"):
        make_transport().send("GET", "/Tickets/5", headers={"X-Note": "two\nlines"})
    assert api_requests(halo_mock) == [] and clock.sleeps == []
