"""Tokens: the exact token request, renewal before expiry, single flight, 401 replay, failures, the disk cache."""

from __future__ import annotations

import json
import os
import stat
import threading
import time

import pytest
import requests_mock

from tests._support.mocked_tenant import (ACCESS_TOKEN, API_URL, CLIENT_ID, CLIENT_SECRET, POSIX_ONLY, SECOND_TOKEN,
                                          TENANT_URL, TOKEN_URL, api_requests, bearer_of, form_of, token_reply,
                                          token_requests)
from halopsa import HaloAuthenticationError, HaloClient, HaloTokenError

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)


# -- the token request ---------------------------------------------------------------------------------------


def test_token_request_is_a_form_post_to_tenant_auth_token(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(scope="read:tickets edit:tickets").request("GET", "/Tickets/1")

    [token_call] = token_requests(halo_mock)
    assert token_call.method == "POST"
    assert token_call.url == TOKEN_URL
    assert token_call.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert form_of(token_call) == {"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                   "client_secret": CLIENT_SECRET, "scope": "read:tickets edit:tickets"}
    [api_call] = api_requests(halo_mock)
    assert bearer_of(api_call) == f"Bearer {ACCESS_TOKEN}"


def test_scope_defaults_to_all(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client().request("GET", "/Tickets/1")
    assert form_of(token_requests(halo_mock)[0])["scope"] == "all"


def test_tenant_is_sent_as_query_parameter_of_token_url(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(tenant="acmetenant").request("GET", "/Tickets/1")
    [token_call] = token_requests(halo_mock)
    assert token_call.url == TOKEN_URL + "?tenant=acmetenant"
    assert "tenant" not in form_of(token_call)


def test_no_tenant_parameter_unless_configured(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client().request("GET", "/Tickets/1")
    assert token_requests(halo_mock)[0].qs == {}


def test_custom_auth_url_receives_the_token_request(halo_mock, make_client):
    halo_mock.post("https://auth.haloservicedesk.com/auth/token", json=token_reply())
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(auth_url="https://auth.haloservicedesk.com/auth/").request("GET", "/Tickets/1")
    assert [r.url for r in token_requests(halo_mock)] == ["https://auth.haloservicedesk.com/auth/token"]


def test_one_token_serves_many_requests(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client = make_client()
    for _ in range(5):
        client.request("GET", "/Tickets/1")
    assert len(token_requests(halo_mock)) == 1
    assert len(api_requests(halo_mock)) == 5


# -- renewal -------------------------------------------------------------------------------------------------


def test_token_renewed_about_60_seconds_before_expiry(halo_mock, make_client, clock):
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN, 3600)}, {"json": token_reply(SECOND_TOKEN, 3600)}])
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client = make_client()
    client.request("GET", "/Tickets/1")

    clock.advance(3600 - 65)  # 65 s left: still used
    client.request("GET", "/Tickets/1")
    assert len(token_requests(halo_mock)) == 1

    clock.advance(10)  # 55 s left: inside the 60 s margin, renewed before use
    client.request("GET", "/Tickets/1")
    assert len(token_requests(halo_mock)) == 2
    assert [bearer_of(r) for r in api_requests(halo_mock)] == [
        f"Bearer {ACCESS_TOKEN}", f"Bearer {ACCESS_TOKEN}", f"Bearer {SECOND_TOKEN}"]


def test_short_lived_token_follows_expires_in(halo_mock, make_client, clock):
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN, 120)}, {"json": token_reply(SECOND_TOKEN, 120)}])
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client = make_client()
    client.request("GET", "/Tickets/1")
    clock.advance(50)  # 70 s left
    client.request("GET", "/Tickets/1")
    clock.advance(15)  # 55 s left
    client.request("GET", "/Tickets/1")
    assert len(token_requests(halo_mock)) == 2


# -- single flight -------------------------------------------------------------------------------------------


def test_twenty_threads_needing_a_token_cause_one_token_request(make_client):
    token_calls = []

    def slow_token(request, context):
        token_calls.append(request)
        time.sleep(0.05)  # keep the first request in flight while the other threads arrive
        return token_reply()

    with requests_mock.Mocker() as mocker:
        mocker.post(TOKEN_URL, json=slow_token)
        mocker.get(API_URL + "/Tickets/1", json={"id": 1})
        client = make_client()
        barrier = threading.Barrier(20)
        errors = []

        def worker():
            try:
                barrier.wait()
                client.request("GET", "/Tickets/1")
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert errors == []
        assert len(token_calls) == 1
        assert len(api_requests(mocker)) == 20
        assert {bearer_of(r) for r in api_requests(mocker)} == {f"Bearer {ACCESS_TOKEN}"}


# -- 401: renew once, replay once ----------------------------------------------------------------------------


def test_401_renews_the_token_and_replays_once(halo_mock, make_client):
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)}, {"json": token_reply(SECOND_TOKEN)}])
    halo_mock.get(API_URL + "/Tickets/7", [{"status_code": 401, "json": {"Message": "token revoked"}},
                                           {"json": {"id": 7, "summary": "replayed"}}])
    ticket = make_client().tickets.get(7)

    assert ticket.summary == "replayed"
    assert len(token_requests(halo_mock)) == 2
    assert [bearer_of(r) for r in api_requests(halo_mock)] == [f"Bearer {ACCESS_TOKEN}", f"Bearer {SECOND_TOKEN}"]


def test_401_replays_a_post_with_the_same_body(halo_mock, make_client):
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)}, {"json": token_reply(SECOND_TOKEN)}])
    halo_mock.post(API_URL + "/Tickets", [{"status_code": 401}, {"json": {"id": 9, "summary": "x"}}])
    make_client().tickets.create(summary="x")
    posts = api_requests(halo_mock, "POST")
    assert len(posts) == 2
    assert posts[0].json() == posts[1].json() == [{"summary": "x"}]


def test_second_401_raises_authentication_error(halo_mock, make_client):
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)}, {"json": token_reply(SECOND_TOKEN)}])
    halo_mock.get(API_URL + "/Tickets/7", status_code=401, json={"Message": "Agent lacks access"})
    with pytest.raises(HaloAuthenticationError) as caught:
        make_client().request("GET", "/Tickets/7")

    assert len(api_requests(halo_mock)) == 2
    assert len(token_requests(halo_mock)) == 2
    error = caught.value
    assert error.status_code == 401
    assert error.message == "Agent lacks access"
    assert "Agent lacks access" in str(error)


# -- token failures ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status, body, expected", [
    (401, {"error": "invalid_client", "error_description": "The client credentials are invalid"},
     "The client credentials are invalid"),
    (400, {"error": "invalid_grant"}, "invalid_grant"),
    (400, {"error": "unauthorized_client"}, "unauthorized_client"),
    (404, "No such tenant: acme", "No such tenant: acme"),
])
def test_token_failure_raises_token_error_with_server_text(halo_mock, make_client, status, body, expected):
    kwargs = {"json": body} if isinstance(body, dict) else {"text": body}
    halo_mock.post(TOKEN_URL, status_code=status, **kwargs)
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    with pytest.raises(HaloTokenError) as caught:
        make_client().request("GET", "/Tickets/1")

    error = caught.value
    assert expected in str(error)
    assert error.status_code == status
    assert CLIENT_SECRET not in str(error) and CLIENT_SECRET not in repr(error)
    assert "\n" not in str(error)
    assert api_requests(halo_mock) == []  # no API call without a token


def test_bad_credentials_error_says_what_to_do(halo_mock, make_client):
    halo_mock.post(TOKEN_URL, status_code=401, json={"error": "invalid_client"})
    with pytest.raises(HaloTokenError) as caught:
        make_client().request("GET", "/Tickets/1")
    assert caught.value.error == "invalid_client"
    assert (caught.value.reason, caught.value.status_code, caught.value.token_url) == ("credentials", 401, TOKEN_URL)
    assert str(caught.value) == ("the authorisation server refused a token (401 invalid_client); check the client id "
                                 "and secret (client_id= and client_secret=, HALO_CLIENT_ID/HALO_CLIENT_SECRET, or "
                                 "the config file 'halo configure' writes)")


def test_a_missing_token_endpoint_is_said_as_data(halo_mock, make_client):
    halo_mock.post(TOKEN_URL, status_code=404, text="")
    with pytest.raises(HaloTokenError) as caught:
        make_client().request("GET", "/Tickets/1")
    assert caught.value.reason == "no_endpoint"
    assert str(caught.value).endswith(f"no token endpoint at {TOKEN_URL}; check the tenant URL or set auth_url=")


def test_token_reply_without_access_token_is_a_token_error(halo_mock, make_client):
    halo_mock.post(TOKEN_URL, json={"token_type": "Bearer"})
    with pytest.raises(HaloTokenError):
        make_client().request("GET", "/Tickets/1")


def test_token_error_never_shows_the_secret_even_when_the_server_echoes_it(halo_mock, make_client):
    halo_mock.post(TOKEN_URL, status_code=400,
                   text=f"Bad request: grant_type=client_credentials&client_id={CLIENT_ID}"
                        f"&client_secret={CLIENT_SECRET}&scope=all")
    with pytest.raises(HaloTokenError) as caught:
        make_client().request("GET", "/Tickets/1")
    assert "Bad request" in str(caught.value)
    assert CLIENT_SECRET not in str(caught.value)


# -- the token cache on disk ---------------------------------------------------------------------------------


def _cache_file_text(path) -> str:
    return path.read_text(encoding="utf-8")


@POSIX_ONLY
def test_token_cache_file_is_private_and_never_holds_the_secret(halo_mock, make_client, tmp_path):
    cache = tmp_path / "cache" / "tokens.json"
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(token_cache=cache).request("GET", "/Tickets/1")

    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(cache.parent).st_mode) == 0o700
    text = _cache_file_text(cache)
    assert CLIENT_SECRET not in text
    assert ACCESS_TOKEN in text
    data = json.loads(text)
    # keyed by a digest of tenant/client, not by the (readable) client id
    assert len(data) == 1 and CLIENT_ID not in text


def test_token_cache_is_reused_by_a_second_client(halo_mock, make_client, tmp_path):
    cache = tmp_path / "tokens.json"
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(token_cache=cache).request("GET", "/Tickets/1")
    make_client(token_cache=cache).request("GET", "/Tickets/1")

    assert len(token_requests(halo_mock)) == 1
    assert [bearer_of(r) for r in api_requests(halo_mock)] == [f"Bearer {ACCESS_TOKEN}"] * 2


@POSIX_ONLY
def test_token_cache_true_lives_in_halo_home(halo_mock, make_client, isolated_env):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(token_cache=True).request("GET", "/Tickets/1")
    cache = isolated_env / ".halopsa" / "tokens.json"
    assert cache.exists()
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o600


def test_token_cache_is_keyed_by_client(halo_mock, make_client, tmp_path):
    cache = tmp_path / "tokens.json"
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)}, {"json": token_reply(SECOND_TOKEN)}])
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(token_cache=cache).request("GET", "/Tickets/1")
    other = HaloClient(TENANT_URL, "another-client", CLIENT_SECRET, rate_limit=None, token_cache=cache)
    try:
        other.request("GET", "/Tickets/1")
    finally:
        other.close()

    assert len(token_requests(halo_mock)) == 2
    assert form_of(token_requests(halo_mock)[1])["client_id"] == "another-client"
    assert len(json.loads(_cache_file_text(cache))) == 2


def test_expired_cached_token_is_not_reused(halo_mock, make_client, tmp_path, clock):
    cache = tmp_path / "tokens.json"
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN, 3600)}, {"json": token_reply(SECOND_TOKEN)}])
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(token_cache=cache).request("GET", "/Tickets/1")
    clock.advance(3600)
    make_client(token_cache=cache).request("GET", "/Tickets/1")
    assert len(token_requests(halo_mock)) == 2
    assert bearer_of(api_requests(halo_mock)[-1]) == f"Bearer {SECOND_TOKEN}"


def test_token_cache_invalidated_after_401(halo_mock, make_client, tmp_path):
    cache = tmp_path / "tokens.json"
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)}, {"json": token_reply(SECOND_TOKEN)}])
    halo_mock.get(API_URL + "/Tickets/1", [{"json": {"id": 1}}, {"status_code": 401}, {"json": {"id": 1}}])
    client = make_client(token_cache=cache)
    client.request("GET", "/Tickets/1")
    assert ACCESS_TOKEN in _cache_file_text(cache)

    client.request("GET", "/Tickets/1")  # 401 -> renewed and replayed
    text = _cache_file_text(cache)
    assert ACCESS_TOKEN not in text
    assert SECOND_TOKEN in text

    make_client(token_cache=cache).request("GET", "/Tickets/1")  # a later process reuses the new token
    assert len(token_requests(halo_mock)) == 2
    assert bearer_of(api_requests(halo_mock)[-1]) == f"Bearer {SECOND_TOKEN}"


def test_revoked_cached_token_is_dropped_for_the_next_process(halo_mock, make_client, tmp_path):
    cache = tmp_path / "tokens.json"
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)}, {"status_code": 500, "text": "down"}])
    halo_mock.get(API_URL + "/Tickets/1", [{"json": {"id": 1}}, {"status_code": 401}])
    make_client(token_cache=cache).request("GET", "/Tickets/1")
    with pytest.raises(HaloTokenError):
        make_client(token_cache=cache, max_retries=0).request("GET", "/Tickets/1")
    assert ACCESS_TOKEN not in _cache_file_text(cache)


def test_a_cached_token_is_not_used_with_another_secret(halo_mock, make_client, tmp_path):
    """A wrong or rotated secret must fail (or fetch its own token), not ride on the token of the right one."""
    cache = tmp_path / "tokens.json"
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN)},
                               {"status_code": 401, "json": {"error": "invalid_client"}}])
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(token_cache=cache).request("GET", "/Tickets/1")
    wrong = HaloClient(TENANT_URL, CLIENT_ID, "not-the-secret", rate_limit=None, token_cache=cache)
    try:
        with pytest.raises(HaloTokenError):
            wrong.request("GET", "/Tickets/1")
    finally:
        wrong.close()
    assert len(token_requests(halo_mock)) == 2
    assert "not-the-secret" not in _cache_file_text(cache) and CLIENT_SECRET not in _cache_file_text(cache)


def test_a_damaged_cache_entry_is_ignored(halo_mock, make_client, tmp_path):
    cache = tmp_path / "tokens.json"
    cache.write_text(json.dumps({"x": {"access_token": "a", "expires_at": "soon"}, "y": "junk"}))
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    assert make_client(token_cache=cache).request("GET", "/Tickets/1") == {"id": 1}
    assert list(json.loads(_cache_file_text(cache))) != ["x", "y"]  # rewritten with the good entry only
    assert "soon" not in _cache_file_text(cache)


def test_a_short_lived_token_is_not_fetched_for_every_request(halo_mock, make_client, clock):
    """A 30 s token (inside the usual 60 s renewal margin) is renewed half way through its life."""
    halo_mock.post(TOKEN_URL, [{"json": token_reply(ACCESS_TOKEN, 30)}, {"json": token_reply(SECOND_TOKEN, 30)}])
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client = make_client()
    for _ in range(5):
        client.request("GET", "/Tickets/1")
    assert len(token_requests(halo_mock)) == 1
    clock.advance(16)
    client.request("GET", "/Tickets/1")
    assert len(token_requests(halo_mock)) == 2
    assert bearer_of(api_requests(halo_mock)[-1]) == f"Bearer {SECOND_TOKEN}"
