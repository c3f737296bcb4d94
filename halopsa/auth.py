"""OAuth2 client-credentials tokens: fetched once, shared by all threads, renewed before they expire.

The optional :class:`TokenCache` keeps tokens on disk (mode 0600, never the secret) so that consecutive
processes, such as a series of ``halo`` commands, reuse one token.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Mapping, Optional

from ._encoding import json_array, json_object
from .exceptions import HaloConnectionError, HaloTokenError, describe_html, message_from_body

__all__ = ["Token", "TokenManager", "TokenCache"]

logger = logging.getLogger("halopsa")

RENEW_MARGIN = 60.0  # seconds before expiry at which a token is renewed


class Token:
    __slots__ = ("access_token", "expires_at", "token_type", "scope", "lifetime")

    def __init__(self, access_token: str, expires_at: float, token_type: str = "Bearer", scope: str = "",
                 lifetime: Optional[float] = None) -> None:
        self.access_token = access_token
        self.expires_at = expires_at
        self.token_type = token_type or "Bearer"
        self.scope = scope
        self.lifetime = lifetime  # seconds it was issued for, when known

    def fresh(self, margin: float = RENEW_MARGIN, now: Optional[float] = None) -> bool:
        """Still usable for ``margin`` seconds; a token issued for less than twice that (a 60 s token, say)
        is renewed half way through its life instead, not before every request."""
        if self.lifetime is not None:
            margin = min(margin, self.lifetime / 2)
        return (now if now is not None else time.time()) < self.expires_at - margin

    def __repr__(self) -> str:  # never show the token itself
        return f"<Token expires_at={self.expires_at:.0f}>"


def token_error_message(error: HaloTokenError, words: Mapping[str, str]) -> str:
    """What a :class:`HaloTokenError` says, from its data; ``words`` names where the credentials (``"credentials"``)
    and the authorisation server's URL (``"auth_url"``) are set, in the caller's terms (Python's or the CLI's)."""
    hint = {"credentials": f"check the client id and secret ({words['credentials']})",
            "no_endpoint": f"no token endpoint at {error.token_url}; check the tenant URL or set {words['auth_url']}",
            }.get(error.reason, "try again later")
    return f"the authorisation server refused a token ({error.status_code} {error.detail}); {hint}"


class TokenCache:
    """Tokens on disk in one JSON file (mode 0600), keyed by a hash of token URL, client id and scope."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @staticmethod
    def key(token_url: str, client_id: str, scope: str, tenant: Optional[str], client_secret: str = "") -> str:
        """One hash of everything the token was issued for. The secret is part of it (hashed, never stored), so
        a wrong or rotated secret does not keep working on a cached token."""
        material = "\n".join([token_url, client_id, scope, tenant or "", client_secret]).encode()
        return hashlib.sha256(material).hexdigest()

    def _read(self) -> Dict[str, Any]:
        try:
            return json_object(json.loads(self.path.read_text(encoding="utf-8"))) or {}
        except (OSError, ValueError):
            return {}

    def load(self, key: str) -> Optional[Token]:
        entry = json_object(self._read().get(key))
        if entry is None or not isinstance(entry.get("access_token"), str):
            return None
        try:
            lifetime = entry.get("lifetime")
            return Token(entry["access_token"], float(entry["expires_at"]), entry.get("token_type", "Bearer"),
                         entry.get("scope", ""), float(lifetime) if isinstance(lifetime, (int, float)) else None)
        except (KeyError, TypeError, ValueError):
            return None

    def store(self, key: str, token: Optional[Token]) -> None:
        data = self._read()
        now = time.time()
        data = {k: v for k, v in data.items() if isinstance((json_object(v) or {}).get("expires_at"), (int, float))
                and v["expires_at"] > now}  # a damaged entry is dropped, never fatal
        if token is None:
            data.pop(key, None)
        else:
            data[key] = {"access_token": token.access_token, "expires_at": token.expires_at,
                         "token_type": token.token_type, "scope": token.scope, "lifetime": token.lifetime}
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            os.replace(tmp, self.path)
        except OSError as exc:  # a cache that cannot be written is not worth failing a command for
            logger.debug("token cache not written: %s", exc.strerror)


class TokenManager:
    """Hands out a valid access token; at most one token request is in flight at any time.

    ``fetch`` performs the token request: it receives the form fields and the query parameters and returns
    ``(status_code, parsed_body)``; the transport supplies it so that timeouts and retries are shared.
    """

    def __init__(self, fetch: Callable[[Dict[str, str], Dict[str, str]], "tuple[int, Any]"], token_url: str,
                 client_id: str, client_secret: str, scope: str = "all", tenant: Optional[str] = None,
                 cache: Optional[TokenCache] = None, renew_margin: float = RENEW_MARGIN) -> None:
        self._fetch = fetch
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self.tenant = tenant
        self.cache = cache
        self.renew_margin = renew_margin
        self._cache_key = TokenCache.key(token_url, client_id, scope, tenant, client_secret)
        self._token: Optional[Token] = None
        self._lock = threading.Lock()
        self.requests_made = 0

    def __repr__(self) -> str:
        return f"<TokenManager {self.token_url} client_id={self.client_id!r}>"

    def token(self) -> str:
        """A valid access token, fetching or renewing it when needed."""
        current = self._token
        if current is not None and current.fresh(self.renew_margin):
            return current.access_token
        with self._lock:  # single flight: the first thread fetches, the others reuse its result
            current = self._token
            if current is not None and current.fresh(self.renew_margin):
                return current.access_token
            if self.cache is not None:
                cached = self.cache.load(self._cache_key)
                if cached is not None and cached.fresh(self.renew_margin):
                    self._token = cached
                    return cached.access_token
            self._token = self._request_token()
            if self.cache is not None:
                self.cache.store(self._cache_key, self._token)
            return self._token.access_token

    def invalidate(self, access_token: Optional[str] = None) -> None:
        """Forget the token (after a 401). With ``access_token``, only if it is still the current one."""
        with self._lock:
            if self._token is not None and (access_token is None or self._token.access_token == access_token):
                self._token = None
                if self.cache is not None:
                    self.cache.store(self._cache_key, None)

    def _request_token(self) -> Token:
        form = {"grant_type": "client_credentials", "client_id": self.client_id,
                "client_secret": self._client_secret, "scope": self.scope}
        params = {"tenant": self.tenant} if self.tenant else {}
        self.requests_made += 1
        status, body = self._fetch(form, params)
        body = scrub(body, self._client_secret)  # a server or proxy that echoes the form must not leak it
        if describe_html(body) or (status < 400 and not isinstance(body, dict)):
            raise HaloConnectionError(self._not_an_authorisation_server(status, body), url=self.token_url,
                                      reason="not an authorisation server's reply")
        reply = json_object(body) or {}
        if status >= 400 or not isinstance(reply.get("access_token"), str):
            error = reply.get("error")
            detail = message_from_body(body, "no token in the reply")
            if status in (400, 401) or error in ("invalid_client", "invalid_grant", "unauthorized_client"):
                reason = "credentials"
            elif status == 404:
                reason = "no_endpoint"
            else:
                reason = "refused"
            refusal = HaloTokenError("", status_code=status, error=str(error) if error is not None else None,
                                     body=body, reason=reason, detail=detail, token_url=self.token_url)
            refusal.message = token_error_message(refusal, {
                "credentials": "client_id= and client_secret=, HALO_CLIENT_ID/HALO_CLIENT_SECRET, or the config file "
                               "'halo configure' writes",
                "auth_url": "auth_url="})
            refusal.args = (refusal.message,)
            raise refusal
        try:
            lifetime = float(reply.get("expires_in", 3600))
        except (TypeError, ValueError):
            lifetime = 3600.0
        logger.debug("token issued by %s, valid for %.0f s", self.token_url, lifetime)
        return Token(reply["access_token"], time.time() + lifetime, str(reply.get("token_type") or "Bearer"),
                     str(reply.get("scope") or ""), lifetime=lifetime)

    def _not_an_authorisation_server(self, status: int, body: Any) -> str:
        """What a reply that is no OAuth answer at all (an HTML page, text, an empty body) says, and what to do."""
        page = describe_html(body)
        if page:
            what = page
        elif body is None:
            what = "an empty reply"
        elif isinstance(body, str):
            what = f'text that is not JSON ("{message_from_body(body)[:80]}")'
        elif isinstance(body, (bytes, bytearray)):
            what = "a body that is not JSON"
        else:
            what = f"JSON that is not a token ({type(body).__name__})"
        if status == 404:
            advice = "there is no token endpoint there: check the tenant URL, or set auth_url"
        elif page:
            advice = ("a captive portal, a proxy's sign-in page or another web site answers in its place: sign in "
                      "to the network in a browser, or check the tenant URL (and auth_url) and HTTPS_PROXY")
        else:
            advice = "it is not a HaloPSA authorisation server: check the tenant URL (and auth_url)"
        return f"the token URL {self.token_url} answered {status} with {what}, not a token; {advice}"


# A secret this long is cut wherever it appears in a reply; a shorter one (a word such as "wrong" or "test") only
# where it is the value of a secret field (``client_secret=...``, ``"password": "..."``) or a path segment, so
# that the server's own words are never rewritten, which would tell the reader the secret.
REDACT_ANYWHERE = 8
_SECRET_NAME = r"[\w.-]*(?:secret|password|token|key|authorization)[\w.-]*"


def scrub(value: Any, secret: str) -> Any:
    """``value`` (a decoded reply) with ``secret`` replaced by ``***`` (see ``REDACT_ANYWHERE``)."""
    if not secret:
        return value
    if isinstance(value, str):
        return _scrub_text(value, secret)
    mapping, items = json_object(value), json_array(value)
    if mapping is not None:
        return {scrub(key, secret): "***" if item == secret and _names_secret(key) else scrub(item, secret)
                for key, item in mapping.items()}
    if items is not None:
        return [scrub(item, secret) for item in items]
    return value


def _names_secret(key: Any) -> bool:
    return isinstance(key, str) and re.fullmatch(_SECRET_NAME, key, re.IGNORECASE) is not None


def _scrub_text(text: str, secret: str) -> str:
    from urllib.parse import quote, quote_plus

    for form in dict.fromkeys((secret, quote_plus(secret), quote(secret, safe=""))):  # as sent, and form-encoded
        if len(secret) >= REDACT_ANYWHERE:
            text = text.replace(form, "***")
            continue
        value = re.escape(form)
        end = r"(?=$|[\"'&\s,;}\]/?#])"
        text = re.sub(rf"({_SECRET_NAME}[\"']?\s*[=:]\s*[\"']?){value}{end}", r"\1***", text, flags=re.IGNORECASE)
        text = re.sub(rf"(/){value}{end}", r"\1***", text)
    return text
