"""``HaloClient`` and ``AsyncHaloClient``: a connection to one HaloPSA tenant and a manager per resource.

The managers themselves (``ResourceManager``, ``AsyncResourceManager``, ``Page``, ``manager_class``) live in
``halopsa._managers`` and file transfer in ``halopsa._attachments``; they are importable from here as before.
"""

from __future__ import annotations

# pyright: reportUnnecessaryIsInstance=false

import contextlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Dict, Generator, List, Mapping, Optional, Union

from ._aio import to_thread
# the managers and the transfer constants stay importable from here (``as``: re-exported, for type checkers too)
from ._attachments import PRESIGNED_THRESHOLD as PRESIGNED_THRESHOLD, UPLOAD_CHUNK as UPLOAD_CHUNK
from ._managers import (AsyncResourceManager as AsyncResourceManager, DeleteMixin as DeleteMixin, MeMixin as MeMixin,
                        OperationsManager as OperationsManager, Page as Page, ResourceManager as ResourceManager,
                        WriteMixin as WriteMixin, async_manager_class as async_manager_class,
                        manager_class as manager_class)
from ._waits import OnWait
from .auth import TokenCache
from .config import RATE_LIMIT_VAR as RATE_LIMIT_VAR, Settings, halo_home, rate_limit_from_env, resolve_settings
from .exceptions import HaloError
from .resources import REGISTRY, get_resource
from .transport import DEFAULT_TIMEOUT, TimeoutArg, Transport

__all__ = ["HaloClient", "AsyncHaloClient", "ResourceManager", "AsyncResourceManager", "Page"]

DEFAULT_CONCURRENCY = 4


class _DefaultFromEnv:
    """The default of ``rate_limit=``: ``HALO_RATE_LIMIT`` when set, else 700 requests per 300 s."""

    def __repr__(self) -> str:
        return "HALO_RATE_LIMIT or (700, 300)"


DEFAULT_FROM_ENV: Any = _DefaultFromEnv()


class HaloClient:
    """A connection to one HaloPSA tenant.

    Settings come from the arguments, then ``HALO_*`` environment variables, then ``~/.halopsa/config.yaml``
    (``profile=`` picks a named profile there). Every resource family is an attribute: ``client.tickets``,
    ``client.recurring_invoices``, ``client.notify`` (``halo resources`` lists them).

    Waits of ``wait_threshold`` seconds or more (2 s by default) -- the client's rate limit, a 429's
    ``Retry-After``, a backoff before a retry, a reply slow to come -- are logged (logger ``halopsa``, INFO) and
    handed to ``on_wait(event)``, a :class:`~halopsa.WaitEvent` (``kind``, ``seconds``, ``reason``, ``url``,
    ``attempt``, ``limit``, ``message``); see docs/sdk.md.
    """

    def __init__(self, tenant_url: Optional[str] = None, client_id: Optional[str] = None,
                 client_secret: Optional[str] = None, scope: Optional[str] = None, tenant: Optional[str] = None,
                 auth_url: Optional[str] = None, *, profile: Optional[str] = None,
                 config_file: Optional[Union[str, "os.PathLike[str]"]] = None, timeout: TimeoutArg = DEFAULT_TIMEOUT,
                 max_retries: int = 5, rate_limit: Any = DEFAULT_FROM_ENV,
                 concurrency: int = DEFAULT_CONCURRENCY, token_cache: Union[bool, str, "os.PathLike[str]"] = False,
                 allow_http: bool = False, backoff_factor: float = 0.5, max_retry_wait: float = 300.0,
                 session: Any = None, check_fields: bool = True, on_wait: Optional[OnWait] = None,
                 wait_threshold: Optional[float] = None) -> None:
        settings = resolve_settings(tenant_url, client_id, client_secret, scope, tenant, auth_url, profile=profile,
                                    config_file=Path(config_file) if config_file else None, allow_http=allow_http)
        if not isinstance(concurrency, int) or concurrency < 1:
            raise HaloError("concurrency must be a whole number of 1 or more")
        if rate_limit is DEFAULT_FROM_ENV:
            rate_limit = rate_limit_from_env()
        cache = None
        if token_cache:
            cache = TokenCache(halo_home() / "tokens.json" if token_cache is True else Path(token_cache))
        self.settings: Settings = settings
        self.concurrency = concurrency
        # writes are checked against Halo's schema before sending; False lets through fields a tenant has beyond
        # the spec (see halopsa/_writes.py)
        self.check_fields = check_fields
        self.transport = Transport(settings, timeout=timeout, max_retries=max_retries, rate_limit=rate_limit,
                                   backoff_factor=backoff_factor, max_retry_wait=max_retry_wait, token_cache=cache,
                                   session=session, pool_size=max(16, concurrency * 2), on_wait=on_wait,
                                   wait_threshold=wait_threshold)
        self._managers: Dict[str, ResourceManager] = {}
        self._pool: Optional[ThreadPoolExecutor] = None
        self._pool_lock = threading.Lock()
        self._closers: List[Any] = []

    def on_close(self, callback: Callable[[], Any]) -> None:
        """Have ``close()`` call ``callback`` too, after the client's own clean-up (a sandbox's ``stop``)."""
        self._closers.append(callback)

    def __repr__(self) -> str:
        return f"<HaloClient {self.settings.tenant_url}>"

    def __enter__(self) -> "HaloClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close connections and worker threads (and whatever ``on_close()`` was given: the sandbox server of
        ``halopsa.testing.sandbox_client()``). Worker
        threads waiting on the rate limit or to retry stop at once. A closed client sends nothing more."""
        self.transport.close()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        while self._closers:
            self._closers.pop()()

    @property
    def tenant_url(self) -> str:
        return self.settings.tenant_url

    def _executor(self) -> ThreadPoolExecutor:
        if self.transport.closed:
            raise HaloError("this client is closed; create a new one (or use it in a 'with' block)")
        if self._pool is None:
            with self._pool_lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(max_workers=max(8, self.concurrency * 2),
                                                    thread_name_prefix="halopsa")
        return self._pool

    def _manager(self, name: str) -> Any:
        manager = self._managers.get(name)
        if manager is None:
            resource = get_resource(name)
            manager = self._managers.get(resource.name)
            if manager is None:  # setdefault: two threads asking at once share the first one made
                manager = self._managers.setdefault(resource.name, manager_class(resource)(self, resource))
        return manager

    @contextlib.contextmanager
    def dry_run(self) -> Generator[List[Any], None, None]:
        """Plan writes instead of sending them: inside ``with client.dry_run() as planned:`` every request that
        would change something (POST, DELETE, ...) is appended to ``planned`` as a ``PlannedRequest`` (``method``,
        ``path``, ``params``, ``json``) and not sent; reads (the listing a bulk ``update()`` makes to find its
        records) go out as usual. A write's reply is empty, so a created record comes back as it was given.
        Every thread using this client meanwhile is planned too."""
        if self.transport.plan is not None:
            raise HaloError("this client is already in a dry run")
        planned: List[Any] = []
        self.transport.plan = planned
        try:
            yield planned
        finally:
            self.transport.plan = None

    def resource(self, name: str) -> Any:
        """The manager of a resource by its SDK or CLI name: ``client.resource("recurring-invoices")`` is
        ``client.recurring_invoices``."""
        return self._manager(name)

    def request(self, method: str, path: str, params: Optional[Mapping[str, Any]] = None, json: Any = None,
                data: Any = None, headers: Optional[Mapping[str, str]] = None,
                idempotent: Optional[bool] = None) -> Any:
        """Call any endpoint: ``client.request("GET", "/Tickets", params={"count": 5})``. Returns the decoded
        JSON. ``path`` may carry the ``/api`` prefix or not. ``idempotent=True`` lets a POST be retried after a
        server error or a lost reply (only for one that is safe to send twice)."""
        if data is not None:
            response = self.transport.send(method, path, params=params, data=data, headers=headers,
                                           idempotent=idempotent)
            from .transport import decode_body

            return decode_body(response)
        return self.transport.request(method, path, params=params, json=json, idempotent=idempotent)

    @property
    def requests_sent(self) -> int:
        return self.transport.requests_sent


def _install_resource_properties(cls: type, doc: str) -> None:
    """``client.tickets`` and every other family: a property a resource, returning the client's manager for it."""
    for name, resource in REGISTRY.items():
        if hasattr(cls, name):
            raise RuntimeError(f"the resource name {name!r} would hide {cls.__name__}.{name}; rename it in the "
                               "catalog generator's NAME_OVERRIDES")
        def getter(self: Any, _name: str = name) -> Any:
            return self._manager(_name)

        getter.__doc__ = doc.format(path=resource.path, model=resource.model_name)
        setattr(cls, name, property(getter))


_install_resource_properties(HaloClient, "Manager for {path} ({model} records).")


class AsyncHaloClient:
    """The asyncio twin of :class:`HaloClient`. Blocking I/O runs in worker threads, so the event loop is
    never blocked. ``async with AsyncHaloClient(...) as client: t = await client.tickets.aget(1)``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._client = HaloClient(*args, **kwargs)
        self._owns_client = True
        self._managers: Dict[str, AsyncResourceManager] = {}

    @classmethod
    def from_client(cls, client: HaloClient, owns: bool = False) -> "AsyncHaloClient":
        """The async face of an existing ``HaloClient`` (sharing its token, connections and rate limit).
        ``close()`` closes that client only when ``owns`` is true."""
        instance = cls.__new__(cls)
        instance._client = client
        instance._owns_client = owns
        instance._managers = {}
        return instance

    def __repr__(self) -> str:
        return f"<AsyncHaloClient {self._client.tenant_url}>"

    @property
    def sync(self) -> HaloClient:
        """The underlying synchronous client."""
        return self._client

    @property
    def tenant_url(self) -> str:
        return self._client.tenant_url

    def _manager(self, name: str) -> AsyncResourceManager:
        manager = self._managers.get(name)
        if manager is None:
            sync: ResourceManager = self._client._manager(name)  # pyright: ignore[reportPrivateUsage]
            manager = async_manager_class(type(sync))(sync)
            self._managers[name] = manager
        return manager

    async def arequest(self, method: str, path: str, params: Optional[Mapping[str, Any]] = None, json: Any = None,
                       data: Any = None, headers: Optional[Mapping[str, str]] = None,
                       idempotent: Optional[bool] = None) -> Any:
        """Awaitable :meth:`HaloClient.request`, with every one of its arguments."""
        return await to_thread(self._client.request, method, path, params=params, json=json, data=data,
                               headers=headers, idempotent=idempotent)

    request = arequest  # an async client's request() is awaitable, as in httpx.AsyncClient

    async def close(self) -> None:
        """Close the client (a client given to :meth:`from_client` stays open unless it was handed over)."""
        if self._owns_client:
            await to_thread(self._client.close)

    aclose = close

    async def __aenter__(self) -> "AsyncHaloClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


_install_resource_properties(AsyncHaloClient, "Async manager for {path} ({model} records).")
