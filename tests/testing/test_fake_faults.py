"""Rate limits, injected failures, dropped connections, random faults and latency."""

from __future__ import annotations

import time

import pytest
import requests
from tests._support.plain_http import Halo, get_token


def test_rate_limit_answers_429_with_retry_after(halo_fake_factory):
    fake = halo_fake_factory(rate_limit=(3, 30), tickets=5)
    halo = Halo(fake)  # the token request is the first of the 3
    assert halo.get("Status").status_code == 200
    assert halo.get("Status").status_code == 200
    limited = halo.get("Status")
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 30
    assert "rate limit" in limited.json()["Message"]
    assert fake.requests[-1].status == 429


def test_rate_limit_without_retry_after(halo_fake_factory):
    fake = halo_fake_factory(rate_limit="2/30", retry_after=False, tickets=5)
    halo = Halo(fake)
    halo.get("Status")
    limited = halo.get("Status")
    assert limited.status_code == 429 and "Retry-After" not in limited.headers


def test_rate_limit_window_rolls(halo_fake_factory, shifted_clock):
    fake = halo_fake_factory(rate_limit=(2, 30), tickets=5)
    halo = Halo(fake)
    halo.get("Status")  # the token request was the first of the two
    assert halo.get("Status").status_code == 429
    shifted_clock.advance(31)
    assert halo.get("Status").status_code == 200


def test_token_endpoint_counts_and_can_be_limited(halo_fake_factory):
    fake = halo_fake_factory(rate_limit=(1, 30), tickets=5)
    get_token(fake)
    reply = requests.post(f"{fake.url}/auth/token", data={"grant_type": "client_credentials",
                                                          "client_id": fake.client_id,
                                                          "client_secret": fake.client_secret})
    assert reply.status_code == 429
    assert fake.token_requests == 2


def test_rate_limit_can_be_switched_off_and_reset(halo_fake):
    halo_fake.set(rate_limit=(1, 60))
    halo = Halo(halo_fake)
    assert halo.get("Status").status_code == 429
    halo_fake.set(rate_limit=None)
    assert halo.get("Status").status_code == 200
    with pytest.raises(ValueError):
        halo_fake.set(rate_limit="fast")


def test_fail_next_fails_the_next_api_requests(halo_fake, halo):
    halo_fake.fail_next(2, status=503)
    assert halo.get("Status").status_code == 503
    assert halo.get("Tickets/1").status_code == 503
    assert halo.get("Status").status_code == 200


def test_fail_next_bodies_and_retry_after(halo_fake, halo):
    halo_fake.fail_next(status=429, retry_after=7)
    reply = halo.get("Status")
    assert reply.status_code == 429 and reply.headers["Retry-After"] == "7" and reply.json()["Message"]
    halo_fake.fail_next(status=500, body="plain text failure")
    reply = halo.get("Status")
    assert reply.text == "plain text failure" and reply.headers["Content-Type"].startswith("text/plain")
    halo_fake.fail_next(status=400, body={"[0].summary": "required"})
    assert halo.get("Status").json() == {"[0].summary": "required"}


def test_fail_next_does_not_touch_the_token_endpoint(halo_fake):
    halo_fake.fail_next(status=500)
    get_token(halo_fake)  # would raise on a 500
    assert Halo(halo_fake).get("Status").status_code == 500


def test_fail_next_by_path(halo_fake, halo):
    halo_fake.fail_next(status=502, path="/api/Tickets")
    assert halo.get("Status").status_code == 200
    assert halo.get("Tickets/3").status_code == 502  # paths under it match too
    assert halo.get("Tickets/3").status_code == 200


def test_fail_next_after_write_saves_then_fails(halo_fake, halo):
    halo_fake.fail_next(status=504, after_write=True)
    assert halo.get("Tickets/1").status_code == 200  # reads do not consume an after_write failure
    reply = halo.post("Tickets", [{"summary": "did this happen?"}])
    assert reply.status_code == 504
    assert halo_fake.records("tickets")[-1]["summary"] == "did this happen?"
    assert halo.post("Tickets", [{"summary": "second"}]).status_code == 201


def test_drop_next_closes_the_connection(halo_fake, halo):
    halo_fake.drop_next()
    with pytest.raises(requests.ConnectionError):
        halo.get("Status")
    assert halo_fake.requests[-1].dropped and halo_fake.requests[-1].status is None
    assert halo.get("Status").status_code == 200  # a new connection works


def test_drop_after_write(halo_fake, halo):
    halo_fake.drop_next(after_write=True)
    with pytest.raises(requests.ConnectionError):
        halo.post("Tickets", [{"summary": "written, then the line went dead"}])
    assert halo_fake.records("tickets")[-1]["summary"] == "written, then the line went dead"


def _statuses(fake, n):
    halo = Halo(fake)
    out = []
    for _ in range(n):
        try:
            out.append(halo.get("Status").status_code)
        except requests.ConnectionError:
            out.append("drop")
    halo.close()
    return out


def test_random_faults_are_seeded_and_deterministic(halo_fake_factory):
    first = _statuses(halo_fake_factory(fault_rate=0.3, fault_seed=42, tickets=1), 60)
    second = _statuses(halo_fake_factory(fault_rate=0.3, fault_seed=42, tickets=1), 60)
    assert first == second
    assert set(first) - {200} <= {500, 502, 503} and first.count(200) < 60
    other = _statuses(halo_fake_factory(fault_rate=0.3, fault_seed=7, tickets=1), 60)
    assert other != first


def test_random_drops(halo_fake_factory):
    statuses = _statuses(halo_fake_factory(drop_rate=0.3, fault_seed=1, tickets=1), 40)
    assert "drop" in statuses and 200 in statuses


def test_fault_bodies_vary(halo_fake_factory):
    fake = halo_fake_factory(fault_rate=1.0, fault_seed=3, tickets=1)
    halo = Halo(fake)
    kinds = {halo.get("Status").headers.get("Content-Type", "").split(";")[0] for _ in range(30)}
    assert {"application/json", "text/plain"} <= kinds


def test_latency(halo_fake, halo):
    halo_fake.set(latency=0.05)
    started = time.perf_counter()
    halo.get("Status")
    assert time.perf_counter() - started >= 0.05
    halo_fake.set(latency=0)


def test_reset_clears_faults_limits_log_and_data(halo_fake, halo):
    halo.post("Tickets", [{"summary": "gone after reset"}])
    halo_fake.fail_next(5)
    halo_fake.reset()
    assert len(halo_fake.records("tickets")) == 200
    assert halo_fake.requests == [] and halo_fake.token_requests == 0
    assert halo.get("Status").status_code == 200  # tokens survive a reset


def test_concurrent_clients_are_safe(halo_fake):
    from concurrent.futures import ThreadPoolExecutor

    def work(n):
        halo = Halo(halo_fake)
        created = []
        for i in range(10):
            created.append(halo.post("Tickets", [{"summary": f"worker {n} #{i}"}]).json()[0]["id"])
            page = halo.get("Tickets", pageinate=True, page_size=50, page_no=1 + i % 5, open_only=True)
            assert page.status_code == 200
        halo.close()
        return created

    with ThreadPoolExecutor(8) as pool:
        ids = [i for batch in pool.map(work, range(8)) for i in batch]
    assert sorted(ids) == list(range(201, 281))
    assert len(halo_fake.records("tickets")) == 280


def test_after_write_waits_for_a_write_that_happens(halo_fake, halo):
    halo_fake.fail_next(status=500, after_write=True)
    assert halo.post("Tickets", [{"details": "no summary"}]).status_code == 400  # refused: nothing written
    assert halo.delete("Tickets/99999").status_code == 404
    assert halo.post("Tickets", [{"summary": "written"}]).status_code == 500
    assert halo.post("Tickets", [{"summary": "next"}]).status_code == 201
