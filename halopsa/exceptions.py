"""The exceptions halopsa raises.

Everything derives from :class:`HaloError`, so ``except HaloError`` catches every failure the SDK reports.
API replies with an error status raise a :class:`HaloAPIError` subclass chosen by the status code; mistakes that
can be caught before any request (configuration, queries) raise :class:`HaloConfigError` or
:class:`HaloQueryError`.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Sequence, Tuple, Type, Union

from ._encoding import json_array, json_object

__all__ = [
    "HaloError",
    "HaloConfigError",
    "HaloQueryError",
    "HaloFieldError",
    "HaloConnectionError",
    "HaloTimeoutError",
    "HaloTokenError",
    "HaloPaginationError",
    "HaloAPIError",
    "HaloValidationError",
    "HaloAuthenticationError",
    "HaloForbiddenError",
    "HaloNotFoundError",
    "HaloRateLimitError",
    "HaloServerError",
    "MultipleObjectsReturned",
    "HaloReportError",
    "error_for_status",
    "message_from_body",
]


class HaloError(Exception):
    """Base class of every error raised by halopsa.

    An error that stopped a bulk call (``bulk_update``, ``bulk_delete``, ``QuerySet.update()``/``delete()``...)
    says how far it got, as data: ``done`` (the ids written) and ``not_done`` (the ids not written); both are None
    on any other error."""

    done: Optional[List[Any]] = None
    not_done: Optional[List[Any]] = None


class HaloConfigError(HaloError):
    """Credentials or settings are missing or invalid (nothing was sent).

    When settings are missing, the error says which as data: ``missing`` (the setting names, such as
    ``"client_secret"``), ``profile`` (the profile asked for), ``config_file`` (the file that was read, or would be
    written), ``tenant_source`` (what named the tenant URL: ``"argument"``, ``"profile"``, ``"environment"`` or
    ``"config file"``), ``tenant_url`` (the tenant URL chosen, if any) and ``withheld`` (``(source, tenant_url)`` pairs: credentials found for another tenant and
    therefore not used). Other configuration errors leave them empty."""

    def __init__(self, message: str = "", *, missing: Sequence[str] = (), profile: Optional[str] = None,
                 config_file: Optional[str] = None, tenant_source: Optional[str] = None,
                 tenant_url: Optional[str] = None, withheld: Sequence[Tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.missing = tuple(missing)
        self.profile = profile
        self.config_file = config_file
        self.tenant_source = tenant_source
        self.tenant_url = tenant_url
        self.withheld = tuple(withheld)


class HaloQueryError(HaloError, ValueError):
    """A query or a write was rejected locally: unknown filter, bad value, unsupported ordering (nothing was sent).

    Besides the message (worded for Python), it carries what went wrong as data, for a caller (the CLI) to word
    its own way: ``kind`` (``"unknown_filter"``, ``"unknown_lookup"``, ``"invalid"``...), ``resource`` (its SDK
    name), ``name`` (the filter, field or lookup at fault), ``value``, ``suggestions`` (close names, best first)
    and ``reason`` (why a name is refused: ``"order"``, ``"paging"``, ``"lookup"``, ``"relation"``, ``"unknown"``).
    """

    def __init__(self, message: str = "", *, kind: str = "invalid", resource: Optional[str] = None,
                 name: Optional[str] = None, value: Any = None, suggestions: Any = (),
                 reason: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.resource = resource
        self.name = name
        self.value = value
        self.suggestions = list(suggestions)
        self.reason = reason

    def __str__(self) -> str:
        return self.message


class HaloFieldError(HaloQueryError):
    """A write refused by the schema. Carries what went wrong as data, for the CLI to word in its own terms:
    ``resource`` (SDK name), ``field``, ``suggestion`` (the closest field, or None), ``expected`` (what the
    field takes, for a value of the wrong type; None for an unknown field) and ``value``."""

    def __init__(self, message: str, resource: str, field: str, suggestion: Optional[str] = None,
                 expected: Optional[str] = None, value: Any = None, schema: Optional[str] = None) -> None:
        super().__init__(message)
        self.resource = resource
        self.field = field
        self.suggestion = suggestion
        self.expected = expected
        self.value = value
        self.schema = schema


class HaloConnectionError(HaloError):
    """The tenant could not be reached (DNS, refused connection, proxy, TLS failure), or its token URL answered
    with what no authorisation server sends (an HTML page from a captive portal, plain text).

    As data: ``url`` (the tenant's or the authorisation server's URL that failed, without a query) and ``reason``
    (what went wrong, in words: ``"connection refused"``, ``"the host name does not resolve"``...); None where
    not known."""

    def __init__(self, message: str = "", *, url: Optional[str] = None, reason: Optional[str] = None) -> None:
        super().__init__(message)
        self.url = url
        self.reason = reason


class HaloTimeoutError(HaloConnectionError):
    """The tenant did not answer within the configured timeout."""


class HaloPaginationError(HaloError):
    """The server's paging made a complete listing impossible (the SDK refuses to truncate silently)."""


class MultipleObjectsReturned(HaloError):
    """``get(**lookups)`` matched more than one record, or ``by_name()`` a name several records answer to
    (``candidates``: their ``(id, title)`` pairs; ``resource`` and ``name`` say what was looked up)."""

    def __init__(self, message: str = "", candidates: Any = (), resource: str = "", name: str = "") -> None:
        super().__init__(message)
        self.candidates = list(candidates)
        self.resource = resource
        self.name = name


class HaloReportError(HaloError):
    """Halo's report engine failed a query or a saved report (its ``load_error``; the HTTP status was 200).
    ``message`` is the server's text; ``sql`` the query (None for a saved report), ``report_id`` the saved
    report's id, ``report`` the server's whole report object."""

    def __init__(self, message: str, sql: Optional[str] = None, report_id: Union[int, str, None] = None,
                 report: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.sql = sql
        self.report_id = report_id
        self.report = report

    def __str__(self) -> str:
        where = f"report #{self.report_id}" if self.report_id is not None else "the SQL"
        return f"Halo's report engine failed {where}: {self.message}"


class HaloTokenError(HaloError):
    """The authorisation server refused to issue a token. ``reason`` says why, as data: ``"credentials"`` (the
    client id or secret was refused), ``"no_endpoint"`` (no token endpoint at the URL) or ``"refused"``; ``detail``
    is the server's own words, ``error`` its OAuth error code, ``token_url`` the endpoint asked."""

    def __init__(self, message: str, status_code: Optional[int] = None, error: Optional[str] = None,
                 body: Any = None, reason: str = "refused", detail: str = "", token_url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.error = error
        self.body = body
        self.reason = reason
        self.detail = detail
        self.token_url = token_url


class HaloAPIError(HaloError):
    """The API answered with an error status. ``body`` is the raw reply (parsed JSON or text)."""

    status_code: int = 0

    def __init__(self, message: str, status_code: Optional[int] = None, body: Any = None,
                 method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.message = message
        if status_code is not None:
            self.status_code = status_code
        self.body = body
        self.method = method
        self.path = path

    def __str__(self) -> str:
        if not self.method:  # raised locally (get() found no match): no status came back, so none is shown
            return self.message
        return f"{self.method} {self.path}: {self.status_code} {self.message}" if self.status_code else \
            f"{self.method} {self.path}: {self.message}"


class HaloValidationError(HaloAPIError):
    status_code = 400


class HaloAuthenticationError(HaloAPIError):
    status_code = 401


class HaloForbiddenError(HaloAPIError):
    status_code = 403


class HaloNotFoundError(HaloAPIError):
    """404. From ``bulk_delete``, ``missing`` lists the ids that were not there (deleted already, or never);
    None otherwise."""

    status_code = 404
    missing: Optional[List[Any]] = None


class HaloRateLimitError(HaloAPIError):
    status_code = 429

    def __init__(self, *args: Any, retry_after: Optional[float] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class HaloServerError(HaloAPIError):
    status_code = 500


_BY_STATUS: Dict[int, Type[HaloAPIError]] = {
    400: HaloValidationError,
    401: HaloAuthenticationError,
    403: HaloForbiddenError,
    404: HaloNotFoundError,
    429: HaloRateLimitError,
}


def message_from_body(body: Any, default: str = "") -> str:
    """Pull a readable message out of any of the error body shapes Halo uses (API notes section 5)."""
    if isinstance(body, (bytes, bytearray)):
        body = body.decode("utf-8", "replace")
    if isinstance(body, str):
        text = body.strip()
        page = describe_html(text)
        if page:  # a web server's or a proxy's page: its title, not a soup of tags
            return page
        if text.startswith(("{", "[")):
            try:
                return message_from_body(json.loads(text), default)
            except ValueError:
                pass
        return _one_line(text) or default
    items, mapping = json_array(body), json_object(body)
    if items is not None:
        parts = [message_from_body(item) for item in items]
        return "; ".join(p for p in parts if p) or default
    if mapping is not None:
        for key in ("Message", "message", "error_description", "errorMessage", "title", "detail", "error"):
            value = mapping.get(key)
            if isinstance(value, str) and value.strip():
                if key == "error" and isinstance(mapping.get("error_description"), str):
                    continue
                return _one_line(value)
        mapping = json_object(mapping.get("errors")) or mapping
        fields = [f"{key}: {_one_line(str(value))}" for key, value in mapping.items()
                  if key not in ("ClassName", "StackTrace", "status", "traceId", "type")]
        if fields:
            return "; ".join(fields)
    return default


def describe_html(body: Any) -> Optional[str]:
    """``an HTML page ("Its title")`` when ``body`` is a web page (no JSON API sends one), else None. A page
    without a title is quoted by the start of its text."""
    if not isinstance(body, str):
        return None
    head = body.lstrip()[:512].lower()
    if not (head.startswith(("<!doctype html", "<html", "<head", "<body")) or "<html" in head):
        return None
    import re

    found = re.search(r"<title[^>]*>(.*?)</title>", body, re.IGNORECASE | re.DOTALL)
    if found:
        words = found.group(1)
    else:
        words = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", body, flags=re.IGNORECASE | re.DOTALL)
        words = re.sub(r"<[^>]*>", " ", words)
    title = " ".join(words.split())[:80]
    return f'an HTML page ("{title}")' if title else "an HTML page"


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def error_for_status(status_code: int, body: Any, method: str, path: str,
                     retry_after: Optional[float] = None) -> HaloAPIError:
    """Build the exception that matches an error reply."""
    reason = {400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found",
              429: "Too many requests"}.get(status_code, "Server error" if status_code >= 500 else "Error")
    message = message_from_body(body, reason)
    if status_code >= 500:
        cls: Type[HaloAPIError] = HaloServerError
    else:
        cls = _BY_STATUS.get(status_code, HaloAPIError)
    kwargs = {"retry_after": retry_after} if cls is HaloRateLimitError else {}
    return cls(message, status_code=status_code, body=body, method=method, path=path, **kwargs)
