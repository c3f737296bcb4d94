"""Helpers for testing FakeHalo with plain `requests` (imported by conftest.py and the test modules)."""

from __future__ import annotations

from typing import Any, Dict, Optional

import requests


def get_token(fake: Any, session: Optional[requests.Session] = None) -> str:
    http = session or requests
    reply = http.post(f"{fake.url}/auth/token", data={
        "grant_type": "client_credentials", "client_id": fake.client_id,
        "client_secret": fake.client_secret, "scope": "all"})
    assert reply.status_code == 200, reply.text
    return reply.json()["access_token"]


class Halo:
    """A thin authenticated `requests` session against a FakeHalo: ``halo.get("Tickets", page_no=2)``."""

    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {get_token(fake, self.session)}"

    def url(self, path: str) -> str:
        return f"{self.fake.url}/api/{path.lstrip('/')}"

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.session.get(self.url(path), params=_strings(params), timeout=10)

    def post(self, path: str, body: Any) -> requests.Response:
        return self.session.post(self.url(path), json=body, timeout=10)

    def delete(self, path: str, **params: Any) -> requests.Response:
        return self.session.delete(self.url(path), params=_strings(params), timeout=10)

    def rows(self, path: str, key: Optional[str] = None, **params: Any) -> list:
        reply = self.get(path, **params)
        assert reply.status_code == 200, reply.text
        body = reply.json()
        if isinstance(body, list):
            return body
        assert key is not None, f"{path} answered an object: {sorted(body)}"
        return body[key]

    def close(self) -> None:
        self.session.close()


def _strings(params: Dict[str, Any]) -> Dict[str, str]:
    return {k: ("true" if v is True else "false" if v is False else str(v)) for k, v in params.items()}
