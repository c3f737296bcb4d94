"""The OAuth2 client-credentials flow, token checks and expiry."""

from __future__ import annotations

import base64

import requests

from halopsa.testing import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, FakeHalo

from tests._support.plain_http import get_token


def _token(fake, **form):
    data = {"grant_type": "client_credentials", "client_id": fake.client_id, "client_secret": fake.client_secret,
            "scope": "all"}
    data.update(form)
    return requests.post(f"{fake.url}/auth/token", data={k: v for k, v in data.items() if v is not None})


def test_good_credentials_get_a_bearer_token(halo_fake):
    reply = _token(halo_fake)
    assert reply.status_code == 200
    body = reply.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == "all"
    assert len(body["access_token"]) > 20
    assert halo_fake.token_requests == 1
    logged = halo_fake.requests[-1]
    assert logged.path == "/auth/token" and logged.method == "POST"
    assert logged.form["grant_type"] == "client_credentials"


def test_demo_credentials_are_the_defaults(halo_fake):
    assert (halo_fake.client_id, halo_fake.client_secret) == (DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
    assert DEMO_CLIENT_ID == "halo-demo-client" and DEMO_CLIENT_SECRET == "halo-demo-secret"


def test_custom_credentials(halo_fake_factory):
    fake = halo_fake_factory(client_id="abc", client_secret="s3cret", tickets=0)
    assert _token(fake).status_code == 200
    assert _token(fake, client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET).status_code == 401


def test_bad_secret_is_401_invalid_client(halo_fake):
    reply = _token(halo_fake, client_secret="wrong")
    assert reply.status_code == 401
    assert reply.json()["error"] == "invalid_client"
    assert reply.json()["error_description"]


def test_wrong_grant_type_is_400(halo_fake):
    reply = _token(halo_fake, grant_type="password")
    assert reply.status_code == 400
    assert reply.json()["error"] == "unsupported_grant_type"


def test_missing_grant_type_is_400_invalid_request(halo_fake):
    reply = _token(halo_fake, grant_type=None)
    assert reply.status_code == 400
    assert reply.json()["error"] == "invalid_request"


def test_json_token_request_is_refused(halo_fake):
    reply = requests.post(f"{halo_fake.url}/auth/token", json={
        "grant_type": "client_credentials", "client_id": halo_fake.client_id,
        "client_secret": halo_fake.client_secret})
    assert reply.status_code == 400
    assert reply.json()["error"] == "invalid_request"


def test_basic_auth_client_credentials(halo_fake):
    basic = base64.b64encode(f"{halo_fake.client_id}:{halo_fake.client_secret}".encode()).decode()
    reply = requests.post(f"{halo_fake.url}/auth/token", data={"grant_type": "client_credentials"},
                          headers={"Authorization": f"Basic {basic}"})
    assert reply.status_code == 200


def test_tenant_query_parameter_is_accepted_and_logged(halo_fake):
    reply = requests.post(f"{halo_fake.url}/auth/token?tenant=acme", data={
        "grant_type": "client_credentials", "client_id": halo_fake.client_id,
        "client_secret": halo_fake.client_secret})
    assert reply.status_code == 200
    assert halo_fake.requests[-1].params == {"tenant": "acme"}


def test_requested_scope_is_echoed(halo_fake):
    assert _token(halo_fake, scope="read:tickets edit:tickets").json()["scope"] == "read:tickets edit:tickets"


def test_authinfo_needs_no_token(halo_fake):
    reply = requests.get(f"{halo_fake.url}/api/authinfo")
    assert reply.status_code == 200
    assert reply.json() == {"auth_url": halo_fake.url + "/auth", "tenant_id": "fakehalo"}


def test_api_without_token_is_401(halo_fake):
    reply = requests.get(f"{halo_fake.url}/api/Tickets")
    assert reply.status_code == 401
    assert reply.headers["WWW-Authenticate"].startswith("Bearer")
    assert "denied" in reply.json()["Message"]


def test_api_with_unknown_token_is_401(halo_fake):
    reply = requests.get(f"{halo_fake.url}/api/Tickets", headers={"Authorization": "Bearer nope"})
    assert reply.status_code == 401
    assert 'error="invalid_token"' in reply.headers["WWW-Authenticate"]


def test_valid_token_works_for_any_api_path(halo_fake):
    token = get_token(halo_fake)
    reply = requests.get(f"{halo_fake.url}/api/tickets/1", headers={"Authorization": f"bearer {token}"})
    assert reply.status_code == 200


def test_token_expires_after_its_lifetime(halo_fake_factory, shifted_clock):
    fake = halo_fake_factory(token_lifetime=5, tickets=5)
    reply = _token(fake)
    assert reply.json()["expires_in"] == 5
    headers = {"Authorization": f"Bearer {reply.json()['access_token']}"}
    assert requests.get(f"{fake.url}/api/Status", headers=headers).status_code == 200
    shifted_clock.advance(5.1)
    expired = requests.get(f"{fake.url}/api/Status", headers=headers)
    assert expired.status_code == 401
    assert "expired" in expired.json()["error_description"]


def test_expire_tokens_revokes_every_issued_token(halo_fake):
    first, second = get_token(halo_fake), get_token(halo_fake)
    halo_fake.expire_tokens()
    for token in (first, second):
        reply = requests.get(f"{halo_fake.url}/api/Status", headers={"Authorization": f"Bearer {token}"})
        assert reply.status_code == 401
    fresh = get_token(halo_fake)
    assert requests.get(f"{halo_fake.url}/api/Status",
                        headers={"Authorization": f"Bearer {fresh}"}).status_code == 200
    assert halo_fake.token_requests == 3


def test_token_lifetime_can_change_while_running(halo_fake):
    halo_fake.set(token_lifetime=120)
    assert _token(halo_fake).json()["expires_in"] == 120


def test_get_on_token_endpoint_is_405(halo_fake):
    assert requests.get(f"{halo_fake.url}/auth/token").status_code == 405


def test_unknown_top_level_path_is_404(halo_fake):
    assert requests.get(f"{halo_fake.url}/nothing/here").status_code == 404


def test_fake_is_a_context_manager_and_stops(tmp_path):
    with FakeHalo(tickets=1) as fake:
        url = fake.url
        assert fake.running
        assert requests.get(f"{url}/api/authinfo").status_code == 200
    assert not fake.running
    try:
        requests.get(f"{url}/api/authinfo", timeout=1)
    except requests.ConnectionError:
        pass
    else:  # pragma: no cover - the port should be closed
        raise AssertionError("the fake still answers after stop()")
