"""``FakeHalo``: a faithful fake HaloPSA tenant served over real HTTP on 127.0.0.1.

This module owns what sits in front of the API proper: the OAuth2 token endpoint and token checks, the rolling-
window rate limiter, injected faults and dropped connections, latency, and the request log. ``_api`` answers the
authenticated /api calls; ``_server`` does the sockets; ``_store`` holds the data.
"""

from __future__ import annotations

import base64
import json
import random
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Deque, Dict, List, Optional, Tuple, Union
from urllib.parse import parse_qsl, unquote, urlsplit

from . import _demo
from ._api import NO_BODY, Api, Context, Reply, Switches, dumps
from ._resources import ARRAY, OBJECT, RESOURCES, resource
from ._server import HttpReply, HttpRequest, Server
from ._store import Store

if TYPE_CHECKING:  # pragma: no cover
    from ..client import HaloClient

__all__ = ["FakeHalo", "RecordedRequest", "DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "DEMO_TENANT"]

DEMO_CLIENT_ID = "halo-demo-client"
DEMO_CLIENT_SECRET = "halo-demo-secret"
DEMO_TENANT = "fakehalo"

_JSON = "application/json; charset=utf-8"
_SWITCHES = ("page_cap", "ignore_page_no", "latency", "rate_limit", "retry_after", "fault_rate", "fault_seed",
             "drop_rate", "token_lifetime", "post_echo", "envelopes", "paging", "count_cap", "report_values",
             "report_reply", "reporting")
_WRITES = ("POST", "DELETE")


@dataclass
class RecordedRequest:
    """One request the fake received, as the log keeps it."""

    method: str
    path: str                                   # without the query, e.g. "/api/Tickets"
    params: Dict[str, str]                      # query parameters as sent (repeated ones joined with ",")
    json: Any                                   # the decoded JSON body, or None
    status: Optional[int]                       # the status answered; None when the connection was dropped
    unknown_params: List[str] = field(default_factory=list)  # params the spec does not list for this path
    headers: Dict[str, str] = field(default_factory=dict)    # request headers, names lower-cased
    form: Optional[Dict[str, str]] = None       # the decoded form body (token requests)
    unknown_fields: List[str] = field(default_factory=list)  # POSTed fields the resource's schema lacks (dropped)
    dropped: bool = False                       # the fake closed the connection without answering
    server_time: float = 0.0                    # seconds spent building the answer (not the latency switch,
                                                # not socket I/O): what the fake itself costs a client


@dataclass
class _Failure:
    remaining: int
    status: int
    body: Any
    retry_after: Optional[Union[int, float, str]]
    after_write: bool
    path: Optional[str]
    drop: bool = False

    def matches(self, method: str, path: str) -> bool:
        if self.after_write and method not in _WRITES:
            return False
        return self.path is None or _path_matches(self.path, path)


def _normalise(path: str) -> str:
    path = path.rstrip("/").lower() or "/"
    if not path.startswith("/"):
        path = "/" + path
    if not (path.startswith("/api") or path.startswith("/auth")):
        path = "/api" + path
    return path


def _path_matches(pattern: str, path: str) -> bool:
    wanted = _normalise(pattern)
    actual = _normalise(path)
    return actual == wanted or actual.startswith(wanted + "/")


def _parse_rate_limit(value: Any) -> Optional[Tuple[int, float]]:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            count, seconds = value.split("/", 1)
            value = (int(count), float(seconds))
        except ValueError:
            raise ValueError(f"rate_limit {value!r}: write it as 'REQUESTS/SECONDS', e.g. '700/300'") from None
    count, seconds = value
    if int(count) < 1 or float(seconds) <= 0:
        raise ValueError(f"rate_limit {value!r}: both numbers must be positive")
    return int(count), float(seconds)


def _encode(body: Any) -> Tuple[bytes, Tuple[Tuple[str, str], ...]]:
    if body is None:
        return b"", ()
    if isinstance(body, bytes):
        return body, (("Content-Type", "application/octet-stream"),)
    if isinstance(body, str):
        return body.encode("utf-8"), (("Content-Type", "text/plain; charset=utf-8"),)
    return dumps(body).encode("utf-8"), (("Content-Type", _JSON),)


def _default_failure_body(status: int) -> Any:
    if status == 429:
        return {"Message": "API rate limit exceeded. Try again later."}
    if status == 401:
        return {"Message": "Authorization has been denied for this request."}
    if status == 403:
        return {"ClassName": "HaloForbiddenException", "Message": "You do not have permission to do this."}
    if status == 404:
        return {"ClassName": "HaloNotFoundException", "Message": "The record was not found."}
    if status == 400:
        return {"Message": "The request is invalid."}
    return {"Message": "An error has occurred."}


def _switch(name: str, doc: str) -> Any:
    """A read-only FakeHalo attribute showing one of the switches ``_api`` reads (change it with ``set()``)."""
    return property(lambda fake: getattr(fake._switches, name), doc=doc)


class FakeHalo:
    """A fake HaloPSA tenant over real HTTP. Use it as a context manager, or call ``start()`` and ``stop()``.

    See docs/testing.md for every switch. The defaults: 200 seeded tickets, no latency, pages capped at 100,
    POST echoes every saved object, no rate limit, no faults, tokens valid for an hour, data in memory.
    """

    def __init__(self, seed: int = 0, tickets: int = 200, latency: float = 0.0, page_cap: int = 100,
                 ignore_page_no: bool = False, post_echo: str = "all", envelopes: Optional[Dict[str, str]] = None,
                 rate_limit: Any = None, retry_after: bool = True, fault_rate: float = 0.0,
                 fault_seed: Optional[int] = None, drop_rate: float = 0.0, token_lifetime: float = 3600,
                 db_path: Any = None, host: str = "127.0.0.1", port: int = 0, client_id: Optional[str] = None,
                 client_secret: Optional[str] = None, paging: Optional[Dict[str, bool]] = None,
                 count_cap: Optional[int] = None, report_values: str = "typed", report_reply: str = "object",
                 reporting: bool = True, log_limit: Optional[int] = None,
                 on_request: Optional[Callable[[RecordedRequest], None]] = None) -> None:
        self.seed = seed
        self.host = host
        if not 0 <= port <= 65535:
            raise ValueError(f"port must be from 0 (a free one) to 65535, not {port}")
        self.port = port
        self.client_id = client_id if client_id is not None else DEMO_CLIENT_ID
        self.client_secret = client_secret if client_secret is not None else DEMO_CLIENT_SECRET
        self.tenant_id = DEMO_TENANT
        self._switches = Switches()
        self.latency = 0.0
        self.rate_limit: Optional[Tuple[int, float]] = None
        self.retry_after = True
        self.fault_rate = 0.0
        self.fault_seed: Optional[int] = None
        self.drop_rate = 0.0
        self.token_lifetime: float = 3600
        self._lock = threading.Lock()
        # the request log; with log_limit, only the newest log_limit requests are kept (a long `sandbox serve`)
        self._log: Deque[RecordedRequest] = deque(maxlen=log_limit)
        self.on_request = on_request  # called with each RecordedRequest once it is answered
        self.token_requests = 0
        self._tokens: Dict[str, Tuple[float, int]] = {}
        self._token_generation = 0
        self._window: Deque[float] = deque()
        self._failures: List[_Failure] = []
        self._fault_rng = random.Random(seed)
        self._server: Optional[Server] = None
        self._bound_port: Optional[int] = None
        # switches first: a bad value is refused before 100,000 tickets are built for nothing
        self.set(page_cap=page_cap, ignore_page_no=ignore_page_no, latency=latency, rate_limit=rate_limit,
                 retry_after=retry_after, fault_rate=fault_rate, fault_seed=fault_seed, drop_rate=drop_rate,
                 token_lifetime=token_lifetime, post_echo=post_echo, envelopes=envelopes or {},
                 paging=paging or {}, count_cap=count_cap, report_values=report_values,
                 report_reply=report_reply, reporting=reporting)
        self.store = Store(seed=seed, tickets=tickets, db_path=db_path)
        self.api = Api(self.store, self._switches, lambda: self.url)

    # ============================================================================ lifecycle

    def start(self) -> "FakeHalo":
        """Bind and serve in a daemon thread. Restarting a stopped fake reuses its port when it can."""
        if self._server is not None:
            return self
        self.store.open()  # a stopped fake on a database file: reopen it and catch up with its changes
        port = self._bound_port if self._bound_port is not None else self.port
        try:
            server = Server((self.host, port), self._handle)
        except OSError:
            if port == self.port:
                raise
            server = Server((self.host, self.port), self._handle)
        self._bound_port = server.server_address[1]
        self._server = server
        server.start()
        return self

    def stop(self) -> None:
        """Stop serving, close open connections and the database file. ``start()`` brings it back."""
        server, self._server = self._server, None
        if server is not None:
            server.stop()
        self.store.close()

    def __enter__(self) -> "FakeHalo":
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "stopped"
        return f"<FakeHalo {where} seed={self.seed}>"

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        """The tenant URL, e.g. http://127.0.0.1:54321 (API under /api, token endpoint under /auth)."""
        if self._bound_port is None:
            raise RuntimeError("FakeHalo is not running: call start() or use it in a `with` block first.")
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        return f"http://{host}:{self._bound_port}"

    @property
    def auth_url(self) -> str:
        return self.url + "/auth"

    def client(self, **kwargs: Any) -> "HaloClient":
        """A ``halopsa.HaloClient`` pointed at this fake with its credentials (imported only when called).

        Its client-side rate limit is the fake's own (none unless the ``rate_limit`` switch is on): a client
        that keeps under a limit the server does not have only waits for nothing."""
        from halopsa import HaloClient  # noqa: PLC0415 - keep halopsa.testing light

        options: Dict[str, Any] = {"tenant_url": self.url, "client_id": self.client_id,
                                   "client_secret": self.client_secret, "rate_limit": self.rate_limit}
        options.update(kwargs)
        return HaloClient(**options)

    # ============================================================================ switches

    def set(self, **switches: Any) -> "FakeHalo":
        """Change behaviour switches while running, e.g. ``fake.set(page_cap=50, rate_limit=(10, 1))``."""
        for name in switches:
            if name not in _SWITCHES:
                raise TypeError(f"unknown FakeHalo switch {name!r}; the switches are: {', '.join(_SWITCHES)}")
        s = self._switches
        if "page_cap" in switches:
            cap = int(switches["page_cap"])
            if cap < 1:
                raise ValueError("page_cap must be at least 1")
            s.page_cap = cap
        if "ignore_page_no" in switches:
            s.ignore_page_no = bool(switches["ignore_page_no"])
        if "post_echo" in switches:
            if switches["post_echo"] not in ("all", "first"):
                raise ValueError("post_echo must be 'all' (an array of every saved object) or 'first' (one object)")
            s.post_echo = switches["post_echo"]
        if "envelopes" in switches:
            envelopes = dict(switches["envelopes"] or {})
            for name, choice in envelopes.items():
                resource(name)
                if choice not in (ARRAY, OBJECT) and not str(choice).startswith(OBJECT + ":"):
                    raise ValueError(f"envelope for {name!r} must be 'array', 'object' or 'object:<key>', "
                                     f"not {choice!r}")
            s.envelopes = {resource(name).name: choice for name, choice in envelopes.items()}
        if "paging" in switches:
            s.paging = {resource(name).name: bool(flag) for name, flag in (switches["paging"] or {}).items()}
        if "count_cap" in switches:
            s.count_cap = None if switches["count_cap"] is None else int(switches["count_cap"])
        if "report_values" in switches:
            if switches["report_values"] not in ("typed", "strings"):
                raise ValueError("report_values must be 'typed' (cells in their JSON type) or 'strings' (every "
                                 "cell as text)")
            s.report_values = switches["report_values"]
        if "report_reply" in switches:
            if switches["report_reply"] not in ("object", "array"):
                raise ValueError("report_reply must be 'object' (one result) or 'array' (one result per element)")
            s.report_reply = switches["report_reply"]
        if "reporting" in switches:
            s.reporting = bool(switches["reporting"])
        if "latency" in switches:
            self.latency = max(float(switches["latency"] or 0.0), 0.0)
        if "rate_limit" in switches:
            self.rate_limit = _parse_rate_limit(switches["rate_limit"])
            with self._lock:
                self._window.clear()
        if "retry_after" in switches:
            self.retry_after = bool(switches["retry_after"])
        if "fault_rate" in switches:
            self.fault_rate = _rate("fault_rate", switches["fault_rate"])
        if "drop_rate" in switches:
            self.drop_rate = _rate("drop_rate", switches["drop_rate"])
        if "fault_seed" in switches:
            self.fault_seed = switches["fault_seed"]
            self._fault_rng = random.Random(self.seed if self.fault_seed is None else self.fault_seed)
        if "token_lifetime" in switches:
            self.token_lifetime = float(switches["token_lifetime"])
        return self

    page_cap = _switch("page_cap", "The largest page_size honoured (int).")
    ignore_page_no = _switch("ignore_page_no", "Whether every page_no is served page 1 (bool).")
    post_echo = _switch("post_echo", "What a POST answers: 'all' saved objects or the 'first' one.")
    report_values = _switch("report_values", "Report cells in their JSON type ('typed') or as text ('strings').")
    report_reply = _switch("report_reply", "A report run answers one 'object' or an 'array' of results.")
    reporting = _switch("reporting", "Whether report runs are allowed (False: 403).")

    @property
    def envelopes(self) -> Dict[str, str]:
        """The list envelope of each of the 32 resources and of every other family switched with ``envelopes=``:
        "array", "object" or "object:<key>"."""
        envelopes = {name: row.envelope for name, row in RESOURCES.items()}
        envelopes.update(self._switches.envelopes)
        return envelopes

    # ============================================================================ faults

    def fail_next(self, count: int = 1, status: int = 500, body: Any = None,
                  retry_after: Optional[Union[int, float, str]] = None, after_write: bool = False,
                  path: Optional[str] = None) -> None:
        """Answer the next ``count`` API requests (only those under ``path`` when given) with ``status``.

        ``body``: a dict/list (sent as JSON), a str (plain text) or bytes; by default a Halo-like JSON error.
        ``retry_after``: a Retry-After header value. ``after_write=True`` waits for a POST or DELETE that really
        writes, lets the write happen, then answers the error instead of the result (did my create go through?).
        """
        with self._lock:
            self._failures.append(_Failure(count, int(status), body, retry_after, after_write, path))

    def drop_next(self, count: int = 1, path: Optional[str] = None, after_write: bool = False) -> None:
        """Close the connection without any reply for the next ``count`` API requests (optionally under
        ``path``; with ``after_write=True`` only POST/DELETE, and only after the write happened)."""
        with self._lock:
            self._failures.append(_Failure(count, 0, None, None, after_write, path, drop=True))

    def expire_tokens(self) -> None:
        """Every token issued so far stops working (the next API call with one gets 401)."""
        with self._lock:
            self._token_generation += 1

    # ============================================================================ request log

    @property
    def requests(self) -> List[RecordedRequest]:
        with self._lock:
            return list(self._log)

    def api_requests(self, method: Optional[str] = None, path: Optional[str] = None) -> List[RecordedRequest]:
        """Logged requests under /api (not token requests), optionally of one method and one path
        (case-insensitive; "/Tickets" and "/api/Tickets" both work; query strings are never part of a path)."""
        wanted = _normalise(path) if path is not None else None
        out = []
        for request in self.requests:
            if not request.path.lower().startswith("/api"):
                continue
            if method is not None and request.method != method.upper():
                continue
            if wanted is not None and _normalise(request.path) != wanted:
                continue
            out.append(request)
        return out

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()
            self.token_requests = 0

    # ============================================================================ data

    def reset(self) -> None:
        """Fresh demo data from the seed, an empty request log, and no pending faults or rate-limit history."""
        self.store.reset()
        self.api.forget_uploads()
        self.api.row_cache.clear()
        with self._lock:
            self._log.clear()
            self.token_requests = 0
            self._failures.clear()
            self._window.clear()
            self._fault_rng = random.Random(self.seed if self.fault_seed is None else self.fault_seed)

    def records(self, name: str) -> List[Dict[str, Any]]:
        """Copies of the stored records of a resource ("tickets", ...), by id. Deleted tickets are left out."""
        row = resource(name)
        self.store.refresh()
        with self.store.lock:
            records = sorted(self.store.table(row.name).values(), key=lambda r: r["id"])
        return [_clone(r) for r in records if not (row.soft_delete and r.get("deleted"))]

    def record(self, name: str, record_id: int) -> Optional[Dict[str, Any]]:
        """A copy of one stored record, or None."""
        row = resource(name)
        self.store.refresh()
        found = self.store.get(row.name, record_id)
        return _clone(found) if found is not None else None

    def add(self, name: str, /, **fields: Any) -> Dict[str, Any]:
        """Insert a record directly (no validation; defaults and <thing>_name fields are filled in).
        An ``id`` in ``fields`` is kept; otherwise the next id is assigned. Returns a copy.
        (``name`` is positional-only, so records can have a ``name`` field: ``add("clients", name="X")``.)"""
        row = resource(name)
        with self.store.transaction():
            if fields.get("id"):
                record = dict(self.api._defaults(row, fields, _now()))
                record.update(fields)
                record["id"] = int(fields["id"])
                self.api._derive(row, record, set(record), set(fields), _now(), created=True)
                saved = self.store.put(row.name, record)
            else:
                saved = self.api._create(row, {k: v for k, v in fields.items() if k != "id"})
        return _clone(saved)

    def remove(self, name: str, record_id: int) -> None:
        """Delete a record outright (KeyError if there is none)."""
        row = resource(name)
        with self.store.transaction():
            if self.store.remove(row.name, record_id) is None:
                raise KeyError(f"{row.name} has no record with id {record_id}")
            if row.name == "attachments":
                self.store.put_blob(int(record_id), None)

    def attachment_data(self, attachment_id: int) -> Optional[bytes]:
        """The stored bytes of an attachment, or None."""
        self.store.refresh()
        return self.store.blobs.get(int(attachment_id))

    # ============================================================================ the request handler

    def _handle(self, http: HttpRequest) -> HttpReply:
        begin = time.perf_counter()
        parts = urlsplit(http.target)
        path = unquote(parts.path) or "/"
        params: Dict[str, str] = {}
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            params[name] = f"{params[name]},{value}" if name in params else value
        headers = {name.lower(): value for name, value in http.headers}
        record = RecordedRequest(http.method, path, params, None, None, headers=headers)
        if self.latency:
            slept = time.perf_counter()
            time.sleep(self.latency)
            begin += time.perf_counter() - slept  # the latency switch is not the fake's own cost
        lower = path.rstrip("/").lower()
        reply: Optional[HttpReply]
        if lower.startswith("/fake-s3/") and http.method == "PUT":
            # the "S3" side of a presigned upload: no token and no rate limit, like the real thing
            reply = self._encode_reply(self.api.receive_upload(path.rsplit("/", 1)[-1], http.body))
        else:
            reply = self._rate_limited()  # the token endpoint counts towards the limit too
            if reply is not None:
                if lower == "/auth/token" and http.method == "POST":
                    with self._lock:
                        self.token_requests += 1
            elif lower == "/auth/token":
                reply = self._token(http, params, headers, record)
            elif lower == "/api" or lower.startswith("/api/"):
                reply = self._api(http, path, params, headers, record)
            else:
                reply = HttpReply(404, b"Not Found", (("Content-Type", "text/plain; charset=utf-8"),))
        record.status = None if reply.drop else reply.status
        record.dropped = reply.drop
        record.server_time = time.perf_counter() - begin
        with self._lock:
            self._log.append(record)
        observer = self.on_request
        if observer is not None:
            try:
                observer(record)
            except Exception:  # a broken observer must not change what the client gets
                import traceback

                traceback.print_exc()
        return reply

    def _encode_reply(self, reply: Reply) -> HttpReply:
        body, headers = _encode(reply.body)
        if reply.content_type is not None and isinstance(reply.body, bytes):
            headers = (("Content-Type", reply.content_type),)
        return HttpReply(reply.status, body, headers + tuple(reply.headers))

    def _rate_limited(self) -> Optional[HttpReply]:
        limit = self.rate_limit
        if limit is None:
            return None
        max_requests, window = limit
        now = time.monotonic()
        with self._lock:
            while self._window and self._window[0] <= now - window:
                self._window.popleft()
            if len(self._window) < max_requests:
                self._window.append(now)
                return None
            wait = self._window[0] + window - now
        body, headers = _encode({"Message": f"API rate limit exceeded: at most {max_requests} requests per "
                                            f"{window:g} seconds. Try again later."})
        if self.retry_after:
            headers += (("Retry-After", str(max(1, int(wait + 0.999)))),)
        return HttpReply(429, body, headers)

    # ------------------------------------------------------------------------------ token endpoint

    def _token(self, http: HttpRequest, params: Dict[str, str], headers: Dict[str, str],
               record: RecordedRequest) -> HttpReply:
        if http.method != "POST":
            return _json_reply(405, {"error": "invalid_request", "error_description": "Use POST for the token."})
        with self._lock:
            self.token_requests += 1
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        form: Dict[str, str] = {}
        if content_type == "application/x-www-form-urlencoded" or (not content_type and http.body):
            form = dict(parse_qsl(http.body.decode("utf-8", "replace"), keep_blank_values=True))
        record.form = form
        if not form:
            if content_type == "application/json":
                record.json = _loads(http.body)
            return _json_reply(400, {"error": "invalid_request",
                                     "error_description": "The token request must be form-encoded "
                                                          "(application/x-www-form-urlencoded)."})
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        authorization = headers.get("authorization", "")
        if authorization.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(authorization[6:].strip()).decode("utf-8")
                basic_id, _, basic_secret = decoded.partition(":")
                client_id, client_secret = unquote(basic_id), unquote(basic_secret)
            except (ValueError, UnicodeDecodeError):
                pass
        grant_type = form.get("grant_type")
        if not grant_type:
            return _json_reply(400, {"error": "invalid_request", "error_description": "grant_type is missing."})
        if grant_type != "client_credentials":
            return _json_reply(400, {"error": "unsupported_grant_type",
                                     "error_description": f"grant_type {grant_type!r} is not supported here; "
                                                          f"use client_credentials."})
        if client_id != self.client_id or client_secret != self.client_secret:
            return _json_reply(401, {"error": "invalid_client",
                                     "error_description": "Unknown client_id or wrong client_secret."})
        token = secrets.token_urlsafe(32)
        lifetime = self.token_lifetime
        with self._lock:
            self._tokens[token] = (time.monotonic() + lifetime, self._token_generation)
        scope = form.get("scope") or "all"
        return _json_reply(200, {"access_token": token, "token_type": "Bearer",
                                 "expires_in": int(lifetime) if float(lifetime).is_integer() else lifetime,
                                 "scope": scope})

    def _token_problem(self, headers: Dict[str, str]) -> Optional[str]:
        authorization = headers.get("authorization", "")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return "missing"
        with self._lock:
            issued = self._tokens.get(token.strip())
            generation = self._token_generation
        if issued is None:
            return "invalid"
        expires, token_generation = issued
        if token_generation != generation:
            return "revoked"
        if time.monotonic() >= expires:
            return "expired"
        return None

    # ------------------------------------------------------------------------------ /api

    def _api(self, http: HttpRequest, path: str, params: Dict[str, str], headers: Dict[str, str],
             record: RecordedRequest) -> HttpReply:
        method = http.method
        body: Any = NO_BODY
        if http.body:
            body = _loads(http.body)
            record.json = None if body is NO_BODY else body
        segments = [s for s in path.split("/")[2:]]
        while segments and segments[-1] == "":
            segments.pop()
        failure = self._take_failure(method, path, after_write=False)
        if failure is not None:
            return self._failure_reply(failure)
        random_fault = self._random_fault()
        if random_fault is not None:
            return random_fault
        if [s.lower() for s in segments] == ["authinfo"]:
            return _json_reply(200, {"auth_url": self.auth_url, "tenant_id": self.tenant_id})
        problem = self._token_problem(headers)
        if problem is not None:
            description = {"missing": "No bearer token was sent.", "invalid": "The access token is not valid.",
                           "revoked": "The access token has been revoked.",
                           "expired": "The access token expired."}[problem]
            challenge = "Bearer" if problem == "missing" else \
                f'Bearer error="invalid_token", error_description="{description}"'
            return _json_reply(401, {"Message": "Authorization has been denied for this request.",
                                     "error": "invalid_token", "error_description": description},
                               (("WWW-Authenticate", challenge),))
        if http.body and body is NO_BODY:
            return _json_reply(400, {"Message": "The request body is not valid JSON."})
        ctx = Context()
        lowered: Dict[str, str] = {}
        for name, value in params.items():
            key = name.lower()
            lowered[key] = f"{lowered[key]},{value}" if key in lowered else value
        reply = self.api.handle(method, segments, lowered, body, ctx)
        lower_to_sent = {name.lower(): name for name in params}
        record.unknown_params = [lower_to_sent.get(name, name) for name in ctx.unknown_params]
        record.unknown_fields = ctx.unknown_fields
        if ctx.wrote:  # the write happened: now an after_write failure may claim the reply
            late = self._take_failure(method, path, after_write=True)
            if late is not None:
                return self._failure_reply(late)
        return self._encode_reply(reply)

    def _take_failure(self, method: str, path: str, after_write: bool) -> Optional[_Failure]:
        with self._lock:
            for failure in self._failures:
                if failure.after_write == after_write and failure.matches(method, path):
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        self._failures.remove(failure)
                    return failure
        return None

    def _failure_reply(self, failure: _Failure) -> HttpReply:
        if failure.drop:
            return HttpReply(0, drop=True)
        body = failure.body if failure.body is not None else _default_failure_body(failure.status)
        data, headers = _encode(body)
        if failure.retry_after is not None:
            headers += (("Retry-After", str(failure.retry_after)),)
        return HttpReply(failure.status, data, headers)

    def _random_fault(self) -> Optional[HttpReply]:
        if not self.fault_rate and not self.drop_rate:
            return None
        with self._lock:
            rng = self._fault_rng
            if self.drop_rate and rng.random() < self.drop_rate:
                return HttpReply(0, drop=True)
            if not (self.fault_rate and rng.random() < self.fault_rate):
                return None
            variant = rng.randrange(6)
        if variant == 0:
            return _json_reply(500, {"Message": "An error has occurred."})
        if variant == 1:
            return _json_reply(500, {"ClassName": "System.Data.SqlClient.SqlException",
                                     "Message": "Transaction (Process ID 61) was deadlocked on lock resources "
                                                "with another process and has been chosen as the deadlock "
                                                "victim. Rerun the transaction."})
        if variant == 2:
            return HttpReply(502, b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway"
                                  b"</h1></body></html>", (("Content-Type", "text/html"),))
        if variant == 3:
            return HttpReply(502, b"Bad Gateway", (("Content-Type", "text/plain; charset=utf-8"),))
        if variant == 4:
            return HttpReply(503, b"Service Unavailable", (("Content-Type", "text/plain; charset=utf-8"),))
        return _json_reply(503, {"message": "The service is temporarily unavailable. Please retry."})


def _json_reply(status: int, body: Any, headers: Tuple[Tuple[str, str], ...] = ()) -> HttpReply:
    data, content = _encode(body)
    return HttpReply(status, data, content + headers)


def _loads(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return NO_BODY


def _rate(name: str, value: Any) -> float:
    rate = float(value or 0.0)
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
    return rate


def _now() -> str:
    return _demo.iso(time.time())


def _clone(record: Dict[str, Any]) -> Dict[str, Any]:
    """A copy deep enough that callers cannot change the store (records hold dicts and lists of dicts)."""
    out: Dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, list):
            value = [dict(v) if isinstance(v, dict) else v for v in value]
        elif isinstance(value, dict):
            value = dict(value)
        out[key] = value
    return out
