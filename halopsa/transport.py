"""HTTP transport: one ``requests.Session``, timeouts, retries, a client-side rate limiter, error mapping.

Retry rules (API notes section 5):

* GET, HEAD and DELETE are retried on 429, 500, 502, 503, 504, timeouts and connection errors.
* POST is retried only on 429 (the server did not process it) and on connection failures that happened
  before the request was sent. Never after the body went out: a retried create would duplicate a ticket.
* ``Retry-After`` is honoured in both forms (seconds, HTTP date); otherwise exponential backoff with jitter.
* A 401 renews the token once and replays the request once.

File transfers go through it too: :meth:`Transport.download` streams a reply's body (a reply cut short is a
:class:`HaloConnectionError`), :meth:`Transport.send_outside` streams a body to a URL that carries its own
authorisation (a presigned upload URL), so no other module reaches into the ``requests`` session.
"""

from __future__ import annotations

import contextlib
import json as jsonlib
import logging
import os
import random
import sys
import threading
import time
from collections import deque
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from typing import (IO, Any, Callable, Deque, Dict, Generator, Iterator, List, Mapping, NamedTuple, Optional, Tuple,
                    Union)

import requests
from requests.adapters import HTTPAdapter

from ._encoding import encode_params
from ._version import __version__
from .auth import TokenCache, TokenManager, scrub
from .config import DEFAULT_RATE_LIMIT, Settings
from ._waits import (BACKOFF, CLIENT_RATE_LIMIT, SERVER_RATE_LIMIT, Announcer, OnWait, SlowReplyWatch,
                     WaitEvent, seconds_text)
from .exceptions import (HaloConfigError, HaloConnectionError, HaloError, HaloQueryError, HaloRateLimitError,
                         HaloTimeoutError, describe_html, error_for_status)

__all__ = ["Transport", "RateLimiter", "parse_retry_after", "DEFAULT_RATE_LIMIT", "DEFAULT_TIMEOUT"]

logger = logging.getLogger("halopsa")

DEFAULT_TIMEOUT = (10.0, 60.0)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
_SENSITIVE = ("secret", "token", "password", "authorization", "apikey", "api_key")

TimeoutArg = Union[None, float, Tuple[float, float]]
RateLimitArg = Optional[Tuple[int, float]]


class RateLimiter:
    """A rolling-window limit shared by every thread of a client: at most ``max_requests`` per ``period``.

    It waits rather than fails. :meth:`acquire` takes a slot stamped with the time the request is sent;
    :meth:`settle` re-stamps it with the time its answer arrived. The server stamps a request somewhere between
    the two, so counting from the send alone would let network and thread jitter show the server one request
    too many in a window (a 429, and every thread paused). :meth:`pause` makes every caller wait (used after a
    429 from the server).
    """

    def __init__(self, max_requests: Optional[int], period: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if max_requests is not None and (max_requests < 1 or period <= 0):
            raise HaloError("rate_limit must be (max_requests >= 1, period_seconds > 0) or None")
        self.max_requests = max_requests
        self.period = period
        self._clock = clock
        self._sleep = sleep
        self._sent: Deque[float] = deque()  # one stamp a request in the window, oldest first
        self._paused_until = 0.0
        self._pause_cause: Tuple[str, Optional[str]] = ("", None)
        self._announced_until = 0.0  # the end of the latest wait announced
        self._lock = threading.Lock()
        self.total_wait = 0.0

    def __repr__(self) -> str:
        return f"<RateLimiter {self.max_requests} per {self.period:g} s>"

    def pause(self, seconds: float, reason: str = "the server answered 429", url: Optional[str] = None) -> None:
        """Hold every caller back for ``seconds`` (after a 429 from ``url``: ``reason`` says so when the wait
        is announced)."""
        with self._lock:
            until = self._clock() + seconds
            if until > self._paused_until:
                self._paused_until = until
                self._pause_cause = (reason, url)

    def acquire(self, announce: Optional[Callable[[WaitEvent], None]] = None) -> Optional[float]:
        """Wait until a request may be sent; returns its slot, to hand to :meth:`settle` once answered.
        A wait goes to ``announce`` before it starts, once for all the threads that wait until about the same
        time: ``"server_rate_limit"`` for a pause, ``"client_rate_limit"`` for the window."""
        while True:
            with self._lock:
                now = self._clock()
                wait = self._paused_until - now
                event: Optional[WaitEvent] = None
                if wait > 0:
                    event = WaitEvent(SERVER_RATE_LIMIT, wait, *self._pause_cause)
                elif self.max_requests is not None:
                    while self._sent and self._sent[0] <= now - self.period:
                        self._sent.popleft()
                    if len(self._sent) >= self.max_requests:
                        wait = self._sent[0] + self.period - now
                        event = WaitEvent(CLIENT_RATE_LIMIT, wait, f"the client's rate limit ({self.max_requests} "
                                          f"requests per {self.period:g} s)")
                if wait <= 0:
                    if self.max_requests is None:
                        return None
                    self._sent.append(now)
                    return now
                if announce is None or now + wait <= self._announced_until + 1.0:
                    event = None  # announced already, by this thread or another
                else:
                    self._announced_until = now + wait
            if event is not None:
                announce(event)  # type: ignore[misc]
            self.total_wait += wait
            self._sleep(wait)

    def settle(self, slot: Optional[float]) -> None:
        """The request holding ``slot`` was answered (or failed): from now on it counts from this moment."""
        if slot is None:
            return
        with self._lock:
            try:
                self._sent.remove(slot)
            except ValueError:
                return  # already out of the window
            self._sent.append(self._clock())


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header: delta seconds or an HTTP date. None when absent/invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:  # pyright: ignore[reportUnnecessaryComparison] - Python 3.9 returns None for some dates
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def redact_params(params: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    return {key: ("***" if any(word in key.lower() for word in _SENSITIVE) else value)
            for key, value in (params or {}).items()}


def _failed_before_send(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the connection failed before any byte of the request went out (safe to retry a POST)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", reason)
    return isinstance(inner, (NewConnectionError, ConnectTimeoutError))


def _describe_connection_error(exc: Exception) -> str:
    text = str(exc)
    special = _describe_tls_or_proxy_failure(text)
    if special:
        return special
    for marker, words in (("Name or service not known", "the host name does not resolve"),
                          ("nodename nor servname", "the host name does not resolve"),
                          ("NameResolutionError", "the host name does not resolve"),
                          ("Failed to resolve", "the host name does not resolve"),
                          ("Connection refused", "connection refused"),
                          ("CERTIFICATE_VERIFY_FAILED", "its TLS certificate is not trusted; if your network "
                           "inspects TLS, set REQUESTS_CA_BUNDLE to your CA bundle"),
                          ("timed out", "the connection timed out"),
                          ("RemoteDisconnected", "the server closed the connection"),
                          ("Connection aborted", "the connection was dropped"),
                          ("Connection reset", "the connection was reset")):
        if marker in text:
            return words
    return "the connection failed"


def _describe_tls_or_proxy_failure(text: str) -> Optional[str]:
    """The TLS handshake's or the proxy's own reason, in words, with what to do; None for other failures."""
    import re

    verify = re.search(r"certificate verify failed: (.*?)\.? \(_ssl", text)
    if verify:
        reason = verify.group(1)
        if "expired" in reason:
            advice = "check this computer's date and time, or tell the site's owner"
        elif "mismatch" in reason.lower() or "not valid for" in reason:
            advice = "check the host name in the URL"
        else:
            advice = ("if your network inspects TLS, set REQUESTS_CA_BUNDLE to your organisation's CA bundle "
                      "(a .pem file)")
        return f"its TLS certificate is not trusted ({reason}); {advice}"
    if "WRONG_VERSION_NUMBER" in text or "wrong version number" in text:
        return "it does not answer TLS (https) on that port; check the URL's scheme (http or https) and port"
    tunnel = re.search(r"Tunnel connection failed: (\d{3})( [^'\")]*)?", text)
    if tunnel:
        status = tunnel.group(1) + (tunnel.group(2) or "")
        if tunnel.group(1) == "407":
            return f"{status}: it wants a user name and password, given as http://user:password@proxy:port"
        return f"the proxy refused to connect to it ({status})"
    bundle_reason = re.search(r"\[X509: [A-Z_]+\] (.*?) \(_ssl", text)
    if bundle_reason:  # the CA bundle itself could not be loaded
        return (f"the CA bundle could not be loaded ({bundle_reason.group(1)}); point REQUESTS_CA_BUNDLE at a "
                "file of PEM certificates, or unset it")
    ssl_reason = re.search(r"\[SSL: [A-Z_]+\] (.*?) \(_ssl", text)
    if ssl_reason:
        return f"the TLS handshake failed ({ssl_reason.group(1)})"
    return None


class Transport:
    """Sends API requests for one client. Thread-safe; shared by the QuerySets' worker threads."""

    def __init__(self, settings: Settings, timeout: TimeoutArg = DEFAULT_TIMEOUT, max_retries: int = 5,
                 rate_limit: RateLimitArg = DEFAULT_RATE_LIMIT, backoff_factor: float = 0.5,
                 max_backoff: float = 60.0, max_retry_wait: float = 300.0, token_cache: Optional[TokenCache] = None,
                 session: Optional[requests.Session] = None, pool_size: int = 16,
                 sleep: Optional[Callable[[float], None]] = None, on_wait: Optional[OnWait] = None,
                 wait_threshold: Optional[float] = None) -> None:
        self.settings = settings
        # waits of wait_threshold seconds or more are logged and handed to on_wait (see halopsa/_waits.py)
        self.announce = Announcer(on_wait, wait_threshold)
        self._slow_replies = SlowReplyWatch(self.announce)
        self._closed = threading.Event()
        # during HaloClient.dry_run(): the writes that were not sent, in order; None otherwise
        self.plan: Optional[List[PlannedRequest]] = None
        sleep = sleep or self._wait_unless_closed
        self.base_url = settings.api_url
        if timeout is None:
            self.timeout: Optional[Tuple[float, float]] = None
        elif isinstance(timeout, (int, float)):
            self.timeout = (float(timeout), float(timeout))
        else:
            self.timeout = (float(timeout[0]), float(timeout[1]))
        if self.timeout is not None and not all(0 < part <= 86_400 for part in self.timeout):
            raise HaloConfigError(f"timeout must be seconds above 0 and at most 86,400 (a day; None waits for "
                                  f"ever), not {timeout!r}")
        if max_retries < 0:
            raise HaloError("max_retries must be 0 or more")
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.max_backoff = max_backoff
        self.max_retry_wait = max_retry_wait
        self._sleep = sleep
        limit, period = rate_limit if rate_limit is not None else (None, 1.0)
        self.rate_limiter = RateLimiter(limit, period, sleep=sleep)
        self.session = session or requests.Session()
        self._proxies: Dict[str, Dict[str, str]] = {}
        if session is None:
            adapter = HTTPAdapter(pool_connections=4, pool_maxsize=pool_size, max_retries=0)
            self.session.mount("https://", adapter)
            self.session.mount("http://", adapter)
            self._read_environment_once()
        self.session.headers.update({"User-Agent": f"halopsa-python/{__version__}", "Accept": "application/json"})
        self.tokens = TokenManager(self._fetch_token, settings.token_url, settings.client_id,
                                   settings.client_secret, settings.scope, settings.tenant, cache=token_cache)
        self.requests_sent = 0
        self._count_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<Transport {self.base_url}>"

    def _read_environment_once(self) -> None:
        """Read the proxy variables and the CA bundle once, instead of ``requests`` doing so for every request.

        With ``trust_env`` on, ``requests`` also looks in ``~/.netrc`` and would replace the client credentials
        of the token request (and the bearer token of API calls) with a netrc login for the tenant's host.
        """
        self.session.trust_env = False
        for url in (self.base_url, self.settings.token_url):
            self._proxies[_origin(url)] = requests.utils.get_environ_proxies(url)
        for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            bundle = os.environ.get(variable)
            if bundle:
                if not os.path.exists(bundle):  # requests would fail each request with a bare OSError
                    raise HaloConfigError(f"{variable} names {bundle}, which does not exist; point it at your "
                                          "CA bundle (a file of PEM certificates), or unset it")
                self.session.verify = bundle
                break

    def _proxies_for(self, url: str) -> Optional[Dict[str, str]]:
        if self.session.trust_env:  # a session of the caller's: it reads its environment itself
            return None
        origin = _origin(url)
        proxies = self._proxies.get(origin)
        if proxies is None:  # another host (a presigned upload URL, say): read once, then keep
            proxies = self._proxies[origin] = requests.utils.get_environ_proxies(url)
        return proxies or None

    def close(self) -> None:
        """Close the connections. A thread waiting (on the rate limit, or to retry) stops at once with
        :class:`HaloError`, so that Ctrl-C in the middle of a listing does not hang the process."""
        self._closed.set()
        self._slow_replies.close()
        self.session.close()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def _wait_unless_closed(self, seconds: float) -> None:
        if self._closed.wait(seconds):
            raise HaloError("the client was closed while a request waited; create a new client")

    # -- public -------------------------------------------------------------------------------------------

    def url_for(self, path: str) -> str:
        """``/Tickets``, ``Tickets``, ``/api/Tickets`` and a full URL on the tenant all name the same endpoint.

        A full URL on another host is refused: every request carries the tenant's bearer token."""
        if path.lower().startswith(("http://", "https://")):
            if _origin(path) != _origin(self.base_url):
                raise HaloQueryError(f"{path} is not on the tenant {self.settings.tenant_url}; requests carry the "
                                     "tenant's access token, so only its own URLs (or paths such as /Tickets) "
                                     "are accepted")
            return path
        path = "/" + path.lstrip("/")
        if path.lower() == "/api" or path.lower().startswith("/api/"):
            path = path[4:] or "/"
        return self.base_url + path

    def request(self, method: str, path: str, params: Optional[Mapping[str, Any]] = None, json: Any = None,
                idempotent: Optional[bool] = None, display_path: Optional[str] = None,
                hidden: Tuple[str, ...] = (), loads: Optional[Callable[[bytes], Any]] = None) -> Any:
        """Send a request and return the decoded reply: JSON, ``None`` for an empty body, text for a text body,
        ``bytes`` for anything else (a PDF, an image). ``display_path`` is what logs and errors show instead of
        the path (with a secret path segment left out); ``hidden`` values are cut from an error's body too.
        ``loads`` decodes JSON in place of ``json.loads`` (the same result, raising ValueError where it does)."""
        response = self.send(method, path, params=params, json=json, idempotent=idempotent,
                             display_path=display_path, hidden=hidden)
        reply = decode_body(response, loads)
        page = describe_html(reply) if response.headers.get("Content-Type", "").startswith("text/html") else None
        if page:  # asked for JSON, answered with a web page: whatever answered, it was not the HaloPSA API
            raise HaloConnectionError(
                f"{method.upper()} {self._shown(self.url_for(path), display_path)} answered {response.status_code} "
                f"with {page}, not JSON: {self.settings.tenant_url} does not lead to the HaloPSA API, or a captive "
                "portal or proxy answers in its place; check the tenant URL, sign in to the network in a browser, "
                "or check HTTPS_PROXY", url=self.settings.tenant_url, reason=f"answered with {page}")
        return reply

    def _shown(self, url: str, display_path: Optional[str]) -> str:
        """The path that logs and errors show: ``display_path`` (a secret segment left out) or the URL's."""
        if display_path is not None:
            return "/api" + display_path if not display_path.startswith("/api") else display_path
        return url[len(self.settings.tenant_url):] if url.startswith(self.settings.tenant_url) else url

    def send(self, method: str, path: str, params: Optional[Mapping[str, Any]] = None, json: Any = None,
             data: Any = None, headers: Optional[Mapping[str, str]] = None,
             stream: bool = False, idempotent: Optional[bool] = None,
             display_path: Optional[str] = None, hidden: Tuple[str, ...] = ()) -> requests.Response:
        """Send with retries, rate limiting and token renewal; raise the mapped error on failure.

        ``idempotent`` says whether sending it twice does no harm (default: by method). A POST that only
        updates records (every element carries an id) is, and is retried like a GET; a create never is."""
        if self._closed.is_set():
            raise HaloError("this client is closed; create a new one (or use it in a 'with' block)")
        method = method.upper()
        safe = method in IDEMPOTENT if idempotent is None else idempotent
        url = self.url_for(path)
        display_path = self._shown(url, display_path)
        query = encode_params(params) if params else None
        if query:
            check_text(query, method, display_path)
        encoded = None if json is None else _json_body(json, method, display_path)
        plan = self.plan
        if plan is not None and method not in ("GET", "HEAD", "OPTIONS"):
            # a dry run: the write is written down, not sent; its reply is empty
            plan.append(PlannedRequest(method, display_path, dict(query or {}),
                                       json if data is None else f"({type(data).__name__} body)"))
            return _empty_reply()
        body = data
        headers = dict(headers or {})
        if encoded is not None:
            body = encoded
            headers["Content-Type"] = "application/json"
        attempt = 0
        waited = 0.0
        replayed = False
        while True:
            if attempt or replayed:
                rewind = getattr(body, "rewind", None)
                if rewind is not None:
                    rewind()
            token = self.tokens.token()
            headers["Authorization"] = f"Bearer {token}"
            failure: Optional[HaloError] = None
            retryable = False
            response = None
            slot = self.rate_limiter.acquire(self.announce)
            started = time.perf_counter()
            watch = self._slow_replies.start(url, self._reply_limit())
            try:
                with self._count_lock:
                    self.requests_sent += 1
                response = self.session.request(method, url, params=query, data=body, headers=headers,
                                                timeout=self.timeout, stream=stream, proxies=self._proxies_for(url))
            except requests.exceptions.ConnectTimeout as exc:
                failure = _caused(HaloTimeoutError(f"{method} {display_path}: could not connect to "
                                                   f"{self.settings.tenant_url}{self._within(0)}; "
                                                   "check the tenant URL and your network",
                                                   url=self.settings.tenant_url,
                                                   reason="the connection timed out"), exc)
                retryable = True
            except requests.exceptions.ReadTimeout as exc:
                advice = ("raise the timeout or narrow the request" if safe else
                          f"{_MAY_HAVE_HAPPENED}; raise the timeout if the server is slow")
                failure = _caused(HaloTimeoutError(f"{method} {display_path}: no reply{self._within(1)}; "
                                                   f"{advice}", url=self.settings.tenant_url,
                                                   reason="no reply in time"), exc)
                retryable = safe
            except requests.exceptions.SSLError as exc:
                what = _describe_connection_error(exc)
                raise HaloConnectionError(f"cannot reach {self.settings.tenant_url}: {what}",
                                          url=self.settings.tenant_url, reason=what) from exc
            except requests.exceptions.ProxyError as exc:
                what = _describe_connection_error(exc)
                raise HaloConnectionError(f"{method} {display_path}: cannot go through the proxy ({what}); check "
                                          "HTTPS_PROXY, HTTP_PROXY and NO_PROXY", url=self.settings.tenant_url,
                                          reason=what) from exc
            except (requests.exceptions.InvalidHeader, requests.exceptions.InvalidURL,
                    requests.exceptions.InvalidSchema, requests.exceptions.MissingSchema) as exc:
                # a request that could never be sent: nothing to retry, and not the network's fault
                raise HaloQueryError(f"{method} {display_path}: cannot be sent: {exc}") from exc
            except requests.exceptions.RequestException as exc:
                # connection failures, and replies cut short (ChunkedEncodingError, ContentDecodingError)
                what = _describe_connection_error(exc)
                before_send = _failed_before_send(exc) if isinstance(exc, requests.exceptions.ConnectionError) \
                    else False
                advice = ("check the tenant URL and your network" if safe or before_send
                          else _MAY_HAVE_HAPPENED)
                failure = _caused(HaloConnectionError(f"{method} {display_path}: cannot reach "
                                                      f"{self.settings.tenant_url} ({what}); {advice}",
                                                      url=self.settings.tenant_url, reason=what), exc)
                retryable = (safe or before_send) and "resolve" not in what
            finally:
                self._slow_replies.done(watch)
                self.rate_limiter.settle(slot)
            elapsed_ms = (time.perf_counter() - started) * 1000
            delay: Optional[float] = None
            if response is not None:
                status = response.status_code
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s %s -> %s (%.0f ms)", method, display_path, redact_params(query), status,
                                 elapsed_ms)
                if status < 400:
                    return response
                if status == 401 and not replayed:
                    replayed = True
                    response.close()
                    self.tokens.invalidate(token)
                    logger.info("%s %s -> 401; renewing the token and replaying once", method, display_path)
                    continue
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                reply = _safe_body(response)
                for value in hidden:  # a server may echo the path, secret segment and all
                    reply = scrub(reply, value)
                failure = error_for_status(status, reply, method, display_path, retry_after)
                retryable = status in RETRY_STATUSES and (status == 429 or safe)
                if retry_after is not None:
                    delay = retry_after
                elif status == 429:
                    # no hint from the server: a rolling window (HaloPSA's is 5 minutes) is not outlasted by
                    # short sleeps, so start at several seconds (4 to 8 s, then up to max_backoff)
                    delay = self._backoff(attempt + 4)
                if status == 429 and delay is not None and waited + delay <= self.max_retry_wait:
                    # every thread of the client waits out the server's window, not only this one; a wait
                    # over max_retry_wait is refused below, and must not stall the client's next requests
                    hint = f"Retry-After: {response.headers['Retry-After']}" if retry_after is not None \
                        else "no Retry-After"
                    self.rate_limiter.pause(delay, f"{method} {display_path} answered 429 ({hint})", url)
            else:
                logger.debug("%s %s %s -> %s (%.0f ms)", method, display_path, redact_params(query), failure,
                             elapsed_ms)
            assert failure is not None
            if not retryable or attempt >= self.max_retries:
                if isinstance(failure, HaloRateLimitError) and attempt:
                    failure.message += (f" (still rate limited after {attempt} retries and {waited:.0f} s; lower "
                                        "the client's rate_limit, or HALO_RATE_LIMIT, to stay under the tenant's)")
                raise failure
            if delay is None:
                delay = self._backoff(attempt)
            if waited + delay > self.max_retry_wait:
                if isinstance(failure, HaloRateLimitError):
                    failure.message += (f" (waiting {delay:.0f} s more would pass max_retry_wait, "
                                        f"{self.max_retry_wait:g} s; lower the client's rate_limit, or "
                                        "HALO_RATE_LIMIT, to stay under the tenant's)")
                raise failure
            attempt += 1
            waited += delay
            reason = getattr(failure, "status_code", None) or type(failure).__name__
            logger.info("retrying %s %s in %.1f s after %s (retry %d of %d)", method, display_path, delay, reason,
                        attempt, self.max_retries)
            if response is None or response.status_code != 429:
                self.announce(WaitEvent(BACKOFF, delay, f"{method} {display_path} failed ({_failure_words(failure)})",
                                        url=url, attempt=attempt))
                self._sleep(delay)
            # after a 429 the rate limiter's pause does the waiting for every thread

    # -- file transfers -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def download(self, path: str, what: str) -> Generator["Download", None, None]:
        """GET ``path`` (as :meth:`send` does: retries, rate limit, token) and stream its reply: its content type
        and its body as chunks, read as they are consumed; a reply cut short raises :class:`HaloConnectionError`
        naming ``what`` (``"attachment #12"``). The connection is released when the block ends."""
        response = self.send("GET", path, stream=True)
        with response:
            yield Download(response.headers.get("Content-Type", ""), _body_chunks(response, what))

    def send_outside(self, method: str, url: str, body: IO[bytes], headers: Mapping[str, str]) -> int:
        """Stream ``body`` to ``url``, a URL outside the tenant that carries its own authorisation (a presigned
        upload URL): no Halo token goes with it, and it is not retried; the client's timeout and proxies apply.
        Returns the reply's status code."""
        response = self.session.request(method.upper(), url, data=body, headers=dict(headers), timeout=self.timeout,
                                        proxies=self._proxies_for(url))
        with response:
            return int(response.status_code)

    def _reply_limit(self) -> Optional[float]:
        """The seconds after which a request that gets no reply fails (what a slow reply's announcement says)."""
        return None if self.timeout is None else self.timeout[1]

    def _within(self, part: int) -> str:
        """`` within 10 s``: the connect (0) or read (1) timeout, as a timeout error words it."""
        return "" if self.timeout is None else f" within {self.timeout[part]:g} s"

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.max_backoff, self.backoff_factor * (2 ** attempt))
        return random.uniform(ceiling / 2, ceiling)

    # -- tokens ---------------------------------------------------------------------------------------------

    def _fetch_token(self, form: Dict[str, str], params: Dict[str, str]) -> Tuple[int, Any]:
        """The token request, within the client's budget: all its attempts together wait for replies no longer
        than the read timeout (60 s by default), so a token endpoint that accepts and never answers fails after
        that, not after one timeout per attempt; waits between attempts (backoff, ``Retry-After``) come on top,
        within ``max_retry_wait``, each announced. At most ``min(max_retries, 2)`` retries."""
        url = self.settings.token_url
        attempt = 0
        waited = 0.0
        budget = None if self.timeout is None else self.timeout[1]
        spent = 0.0  # seconds spent waiting for the authorisation server (not between attempts)
        while True:
            timeout = self.timeout
            if budget is not None and self.timeout is not None:
                left = max(budget - spent, 0.5)
                timeout = (min(self.timeout[0], left), left)
            slot = self.rate_limiter.acquire(self.announce)
            watch = self._slow_replies.start(url, None if timeout is None else timeout[1])
            started = time.monotonic()
            try:
                response = self.session.post(url, data=form, params=params or None, timeout=timeout,
                                             headers={"Accept": "application/json"}, proxies=self._proxies_for(url))
            except requests.exceptions.SSLError as exc:
                what = _describe_connection_error(exc)
                raise HaloConnectionError(f"cannot reach {url}: {what}", url=url, reason=what) from exc
            except requests.exceptions.ProxyError as exc:
                what = _describe_connection_error(exc)
                raise HaloConnectionError(f"cannot reach the authorisation server {url} through the proxy ({what}); "
                                          "check HTTPS_PROXY, HTTP_PROXY and NO_PROXY", url=url, reason=what) from exc
            except requests.exceptions.RequestException as exc:
                spent += time.monotonic() - started
                what = _describe_connection_error(exc)
                delay = self._backoff(attempt + 1)
                out_of_time = budget is not None and spent >= budget
                if attempt >= min(self.max_retries, 2) or "resolve" in what or out_of_time \
                        or waited + delay > self.max_retry_wait:
                    if isinstance(exc, requests.exceptions.ReadTimeout) or out_of_time:
                        raise HaloTimeoutError(f"the authorisation server {url} did not answer within "
                                               f"{seconds_text(spent)}; try again, or raise the timeout", url=url,
                                               reason="no reply in time") from exc
                    error_type = HaloTimeoutError if isinstance(exc, requests.exceptions.Timeout) else HaloConnectionError
                    raise error_type(f"cannot reach the authorisation server {url} ({what}); "
                                     "check the tenant URL (or auth URL) and your network", url=url,
                                     reason=what) from exc
                attempt += 1
                waited += delay
                self.announce(WaitEvent(BACKOFF, delay, f"the token request failed ({what})", url=url,
                                        attempt=attempt))
                self._sleep(delay)
                continue
            finally:
                self._slow_replies.done(watch)
                self.rate_limiter.settle(slot)
            spent += time.monotonic() - started
            logger.debug("POST %s -> %s", url, response.status_code)
            if response.status_code in RETRY_STATUSES and attempt < self.max_retries:
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                delay = self._backoff(attempt + (2 if response.status_code == 429 else 0)) if retry_after is None \
                    else retry_after
                if waited + delay <= self.max_retry_wait and (budget is None or spent < budget):
                    attempt += 1
                    waited += delay
                    logger.info("retrying the token request in %.1f s after %s", delay, response.status_code)
                    kind = SERVER_RATE_LIMIT if response.status_code == 429 else BACKOFF
                    self.announce(WaitEvent(kind, delay, f"the token request was answered {response.status_code}",
                                            url=url, attempt=attempt))
                    self._sleep(delay)
                    continue
                logger.info("not retrying the token request: asked to wait %.0f s, over the %g s limit", delay,
                            self.max_retry_wait)
            return response.status_code, _safe_body(response)


def _failure_words(failure: HaloError) -> str:
    """What went wrong with a request that is retried, in a few words (``503``, ``no reply in time``)."""
    status = getattr(failure, "status_code", None)
    if status:
        return str(status)
    if isinstance(failure, HaloTimeoutError):
        return "no reply in time"
    return "connection failed"


_MAY_HAVE_HAPPENED = ("the request went out, so it may have been carried out (a create may have made the "
                      "record): check before sending it again")


def _caused(error: HaloError, cause: BaseException) -> HaloError:
    """``error`` carrying ``cause``, so that ``--debug`` and tracebacks show what really failed."""
    error.__cause__ = cause
    logger.debug("%s: %r", type(error).__name__, cause)
    return error


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme.lower()}://{rest.split('/', 1)[0].lower()}"


def _safe_body(response: requests.Response) -> Any:
    try:
        return decode_body(response)
    except Exception:  # noqa: BLE001 - a broken error body must not hide the status
        return None


DOWNLOAD_CHUNK = 256 * 1024  # bytes read at a time from a streamed reply


class Download(NamedTuple):
    """A streamed reply (:meth:`Transport.download`): its ``content_type`` and its body as ``chunks``."""

    content_type: str
    chunks: Iterator[bytes]


def _body_chunks(response: requests.Response, what: str) -> Iterator[bytes]:
    """The body of a streamed reply; a reply cut short raises :class:`HaloConnectionError`."""
    try:
        yield from response.iter_content(chunk_size=DOWNLOAD_CHUNK)
    except requests.exceptions.RequestException as error:
        raise HaloConnectionError(f"the download of {what} was cut short ({type(error).__name__}); try again") \
            from error


class PlannedRequest(NamedTuple):
    """A write a dry run did not send: ``method``, ``path`` (as errors show it), ``params``, ``json`` (the body)."""

    method: str
    path: str
    params: Dict[str, str]
    json: Any

    def to_dict(self) -> Dict[str, Any]:
        return {"method": self.method, "path": self.path, "params": self.params, "json": self.json}


def _json_body(value: Any, method: str, display_path: str) -> bytes:
    """A request body as JSON; NaN and the infinities are refused (JSON has no such numbers, and servers
    read them as errors or worse), before anything is sent."""
    try:
        text = jsonlib.dumps(value, separators=(",", ":"), default=str, allow_nan=False, ensure_ascii=False)
    except ValueError:
        raise HaloQueryError(f"{method} {display_path}: the body holds NaN or an infinity, which JSON cannot "
                             "carry; send a number or null") from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate: bytes that were not UTF-8, decoded leniently
        raise HaloQueryError(f"{method} {display_path}: the body holds text that is not valid Unicode near "
                             f"{_around(text, error.start)!r} (bytes that were not UTF-8, as from a terminal or "
                             "file in another encoding); send UTF-8 text") from None


def check_text(params: Mapping[str, str], method: str, display_path: str) -> None:
    """Query parameters must be valid Unicode too (see ``_json_body``)."""
    for name, value in params.items():
        try:
            f"{name}={value}".encode("utf-8")
        except UnicodeEncodeError:
            raise HaloQueryError(f"{method} {display_path}: the parameter {name!r} holds text that is not valid "
                                 "Unicode (bytes that were not UTF-8); send UTF-8 text") from None


def _around(text: str, index: int) -> str:
    return text[max(0, index - 20): index + 20].encode("utf-8", "backslashreplace").decode("ascii", "replace")


def _empty_reply() -> requests.Response:
    response = requests.Response()
    response.status_code = 204
    response._content = b""  # pyright: ignore[reportPrivateUsage] - requests has no public way to set it
    return response


def decode_body(response: requests.Response, loads: Optional[Callable[[bytes], Any]] = None) -> Any:
    content = response.content
    if not content or not content.strip():
        return None
    try:
        return (loads or jsonlib.loads)(content)
    except ValueError:
        pass
    except RecursionError:  # arrays in arrays a thousand deep: no HaloPSA reply, and nothing to show
        raise HaloError(f"the reply from {urlsplit(response.url).path or response.url} nests its JSON more deeply "
                        f"than Python can read (about {sys.getrecursionlimit()} levels); nothing was read from it") \
            from None
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if kind.startswith("text/") or kind in ("", "application/xml") or kind.endswith(("+xml", "+json")):
        return response.text
    return content  # a file (application/pdf, image/png...): its bytes, not mangled into text
