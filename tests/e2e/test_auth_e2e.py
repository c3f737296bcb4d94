"""Authentication against FakeHalo: token reuse, renewal after expiry, revocation, bad credentials."""

from __future__ import annotations

import pytest

from halopsa import HaloClient, HaloTokenError

from tests._support.fakes import fast_client


def test_one_token_serves_many_requests(halo_fake_factory):
    fake = halo_fake_factory(tickets=300, page_cap=50)
    client = fast_client(fake)
    list(client.tickets.all())
    client.clients.count()
    assert fake.token_requests == 1


def test_token_is_renewed_before_it_expires(halo_fake_factory, shifted_clock):
    # a token living less than twice the SDK's 60 s renewal margin is renewed half way through its life
    fake = halo_fake_factory(tickets=5, token_lifetime=20)
    client = fast_client(fake)
    client.tickets.count()
    client.tickets.count()
    assert fake.token_requests == 1
    shifted_clock.advance(10.5)
    client.tickets.count()
    assert fake.token_requests == 2
    assert all(r.status == 200 for r in fake.requests)


def test_revoked_token_is_replaced_and_the_request_replayed(halo_fake_factory):
    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    client.tickets.count()
    fake.expire_tokens()
    assert client.tickets.count() == 5
    statuses = [r.status for r in fake.requests if r.path == "/api/Tickets"]
    assert statuses == [200, 401, 200]
    assert fake.token_requests == 2


def test_wrong_secret_gives_a_token_error_without_the_secret(halo_fake_factory):
    fake = halo_fake_factory(tickets=5)
    client = HaloClient(tenant_url=fake.url, client_id=fake.client_id, client_secret="wrong-secret-value")
    with pytest.raises(HaloTokenError) as caught:
        client.tickets.count()
    assert "invalid_client" in str(caught.value) or "client" in str(caught.value)
    assert "wrong-secret-value" not in str(caught.value)
    assert caught.value.status_code == 401
