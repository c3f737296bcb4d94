"""No secret and no access token in any log line, repr or exception text."""

from __future__ import annotations

import logging

import pytest
import requests

from tests._support.mocked_tenant import ACCESS_TOKEN, API_URL, CLIENT_SECRET, SECOND_TOKEN, TOKEN_URL, token_reply
from halopsa import HaloError

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)

SECRETS = (CLIENT_SECRET, ACCESS_TOKEN, SECOND_TOKEN)


def _assert_clean(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{where} shows a secret: {text!r}"


def _all_log_text(caplog) -> str:
    lines = []
    for record in caplog.records:
        lines.append(record.getMessage())
        if record.exc_text:
            lines.append(record.exc_text)
    return "\n".join(lines) + "\n" + caplog.text


def test_nothing_secret_in_logs_reprs_or_errors_across_a_session(halo_mock, make_client, caplog):
    caplog.set_level(logging.DEBUG)  # every logger, halopsa, requests and urllib3 included
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)}, {"json": token_reply(SECOND_TOKEN)}])
    halo_mock.get(API_URL + "/Tickets/1", [
        {"status_code": 503, "text": "busy"},                  # retried
        {"exc": requests.exceptions.ConnectTimeout},           # retried
        {"status_code": 401, "json": {"Message": "expired"}},  # token renewed, replayed
        {"json": {"id": 1, "summary": "Server down"}},
    ])
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 1, "tickets": [{"id": 1, "summary": "s"}]})
    halo_mock.get(API_URL + "/Tickets/2", status_code=400, json={"ClassName": "X", "Message": "bad request"})
    halo_mock.post(API_URL + "/Tickets", status_code=500, text="Internal error")
    client = make_client(max_retries=3)

    ticket = client.tickets.get(1)
    page = client.tickets.list(search="down")
    errors = []
    for call in (lambda: client.tickets.get(2), lambda: client.tickets.create(summary="x")):
        with pytest.raises(HaloError) as caught:
            call()
        errors.append(caught.value)

    text = _all_log_text(caplog)
    assert "/api/Tickets/1" in text  # the requests were logged ...
    _assert_clean(text, "the log")  # ... without secrets
    for obj in (client, client.settings, client.transport, client.transport.tokens, client.tickets, ticket,
                page, page.items[0]):
        _assert_clean(repr(obj), f"repr({type(obj).__name__})")
        _assert_clean(str(obj), f"str({type(obj).__name__})")
    for error in errors:
        _assert_clean(str(error), "an API error")
        _assert_clean(repr(error), "an API error")
        _assert_clean(repr(error.args), "an API error's args")


def test_nothing_secret_when_the_token_request_fails(halo_mock, make_client, caplog):
    caplog.set_level(logging.DEBUG)
    halo_mock.post(TOKEN_URL, [{"status_code": 503, "text": "try later"},
                               {"status_code": 401, "json": {"error": "invalid_client",
                                                             "error_description": "bad client"}}])
    with pytest.raises(HaloError) as caught:
        make_client().request("GET", "/Tickets/1")
    _assert_clean(_all_log_text(caplog), "the log")
    _assert_clean(str(caught.value), "the token error")
    _assert_clean(repr(caught.value), "the token error")


def test_nothing_secret_when_the_auth_server_is_unreachable(halo_mock, make_client, caplog):
    caplog.set_level(logging.DEBUG)
    halo_mock.post(TOKEN_URL, exc=requests.exceptions.ConnectTimeout)
    with pytest.raises(HaloError) as caught:
        make_client().request("GET", "/Tickets/1")
    _assert_clean(_all_log_text(caplog), "the log")
    _assert_clean(str(caught.value), "the connection error")


def test_token_manager_and_token_reprs_hide_values(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client = make_client()
    client.request("GET", "/Tickets/1")
    tokens = client.transport.tokens
    _assert_clean(repr(tokens), "repr(TokenManager)")
    _assert_clean(repr(tokens._token), "repr(Token)")
    _assert_clean(repr(vars(client)), "vars(client)")


def test_sensitive_query_parameters_are_redacted_in_debug_log(halo_mock, make_client, caplog):
    caplog.set_level(logging.DEBUG, logger="halopsa")
    halo_mock.get(API_URL + "/Integration", json={})
    make_client().request("GET", "/Integration", params={"api_key": CLIENT_SECRET, "client_secret": ACCESS_TOKEN,
                                                         "search": "visible"})
    text = _all_log_text(caplog)
    _assert_clean(text, "the log")
    assert "visible" in text
