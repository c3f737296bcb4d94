"""A mocked tenant for the SDK's unit tests (requests-mock): its URLs and credentials, token replies, readers of
the recorded requests, and a fake clock (tests/conftest.py builds the fixtures ``halo_mock``, ``clock``,
``make_transport`` and ``make_client`` on them)."""

from __future__ import annotations

import os
import threading
from typing import List
from urllib.parse import parse_qs

import pytest

TENANT_URL = "https://acme.halopsa.com"
TOKEN_URL = TENANT_URL + "/auth/token"
API_URL = TENANT_URL + "/api"
CLIENT_ID = "client-id-1234"
# Distinctive values, so a leak anywhere (log line, repr, exception text, file) is easy to spot.
CLIENT_SECRET = "S3cr3t-VALUE-never-shown-7f3a"
ACCESS_TOKEN = "access-TOKEN-first-91c2"
SECOND_TOKEN = "access-TOKEN-second-44ab"


POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")


def token_reply(token: str = ACCESS_TOKEN, expires_in: int = 3600) -> dict:
    return {"access_token": token, "token_type": "Bearer", "expires_in": expires_in}


def form_of(request) -> dict:
    """The form fields of a recorded requests-mock request, one value per field."""
    return {key: values[0] for key, values in parse_qs(request.text or "").items()}


def bearer_of(request) -> str:
    return request.headers.get("Authorization", "")


def api_requests(mocker, method: str = None) -> list:
    """Requests that went to the API (the token endpoint excluded)."""
    return [r for r in mocker.request_history
            if r.url.startswith(API_URL) and (method is None or r.method == method)]


def token_requests(mocker) -> list:
    return [r for r in mocker.request_history if "/token" in r.url]


class FakeClock:
    """Stands in for the ``time`` module: ``sleep`` records the wait and moves the clock on instead of waiting."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start
        self.sleeps: List[float] = []
        self._lock = threading.Lock()

    def time(self) -> float:
        return self.now

    monotonic = time
    perf_counter = time

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += max(0.0, seconds)

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds
