"""The names the shell starts with, the banner that lists them, and the state the helpers share."""

from __future__ import annotations

import asyncio
import builtins
import sys
import textwrap
import threading
from typing import Any, Dict, List, Optional, TextIO

from .. import exceptions as _exceptions
from .._version import __version__
from ..client import AsyncHaloClient, HaloClient
from ..exceptions import HaloAuthenticationError, HaloConnectionError, HaloError, HaloTokenError
from ..models import MODELS, Model
from ..query.pagination import HaloDriftWarning
from ..query.queryset import QuerySet
from .._render import first_words, one_line
from ..resources import EVERYDAY, REGISTRY, in_listing_order
from ._display import error_line, format_traceback, show

__all__ = ["ShellSession", "make_namespace", "banner_text", "whoami", "Whoami", "compile_code", "EXAMPLES"]

EXAMPLES = (
    'tickets.filter(open_only=True).order_by("-id")[:5]',
    "show(clients.all(), limit=10)",
)
WHOAMI_TIMEOUT = 3.0  # seconds the banner waits for agents.me() before starting without it
ALLOW_TOP_LEVEL_AWAIT = 0x2000  # ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
CO_COROUTINE = 0x80  # inspect.CO_COROUTINE: code with a top-level await compiles to a coroutine


def compile_code(source: str, filename: str, mode: str, flags: int = 0) -> Any:
    """Compile shell input or a script; top-level ``await`` is allowed (run it with ShellSession.execute)."""
    return compile(source, filename, mode, flags=flags | ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)


class ShellSession:
    """What the namespace helpers and the REPL share: the debug switch, the last error, an event loop."""

    def __init__(self, debug: bool = False) -> None:
        self.debug = debug
        self.last_error: Optional[BaseException] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None

    def remember(self, error: BaseException) -> None:
        self.last_error = error
        # pdb.pm() and friends read these, as after an error in the plain Python REPL.
        sys.last_type, sys.last_value, sys.last_traceback = type(error), error, error.__traceback__
        setattr(sys, "last_exc", error)  # what pdb.pm() reads from Python 3.12

    def last_traceback(self, file: Optional[TextIO] = None) -> None:
        """Print the full traceback of the last error (HaloErrors print as one line in the shell)."""
        out = file if file is not None else sys.stdout
        if self.last_error is None:
            out.write("no error so far\n")
        else:
            out.write(format_traceback(self.last_error))

    def execute(self, code: Any, globals_: Dict[str, Any], locals_: Optional[Dict[str, Any]] = None) -> Any:
        """Evaluate code from :func:`compile_code`; a top-level ``await`` runs to completion here."""
        result = eval(code, globals_, globals_ if locals_ is None else locals_)  # noqa: S307 - a REPL
        if code.co_flags & CO_COROUTINE:
            result = self.run_coroutine(result)
        return result

    def run_coroutine(self, coroutine: Any) -> Any:
        """Run a top-level ``await`` to completion on the session's event loop (one loop for the session,
        so tasks and async iterators started on one line can be awaited on the next)."""
        if self._loop is None or self._loop.is_closed():
            self._loop = asyncio.new_event_loop()
        return self._loop.run_until_complete(coroutine)

    def close(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()


def async_twin(client: HaloClient) -> AsyncHaloClient:
    """An AsyncHaloClient sharing ``client``'s connection and token (no second login); closing it leaves the
    shell's ``client`` open."""
    return AsyncHaloClient.from_client(client)


def make_namespace(client: HaloClient, session: Optional[ShellSession] = None) -> Dict[str, Any]:
    """The shell's globals: ``client``, ``aclient``, every resource manager by name (``tickets``...), the model
    classes, the exceptions, ``show()``, ``last_traceback()`` and ``asyncio``.

    Use it to get the same names in a script or notebook: ``globals().update(make_namespace(HaloClient()))``.
    """
    session = session if session is not None else ShellSession()
    namespace: Dict[str, Any] = {"__name__": "__main__", "__doc__": None, "__builtins__": builtins}
    namespace.update((name, getattr(_exceptions, name)) for name in _exceptions.__all__ if name[0].isupper())
    namespace["HaloDriftWarning"] = HaloDriftWarning
    namespace.update(MODELS)
    namespace.update(Model=Model, QuerySet=QuerySet, HaloClient=HaloClient, AsyncHaloClient=AsyncHaloClient)
    namespace.update((name, getattr(client, name)) for name in EVERYDAY)  # the rest: client.<name>
    namespace.update(client=client, aclient=async_twin(client), show=show, asyncio=asyncio,
                     last_traceback=session.last_traceback, resources=resources)
    return namespace


def resources(word: Optional[str] = None) -> None:
    """Print every resource of the client (``client.<name>``) with its path and methods; with ``word``, only
    those whose name, path or methods contain it: ``resources("invoice")``."""
    needle = (word or "").lower().replace("-", "_")
    lines: List[str] = []
    for resource in in_listing_order():
        methods = [name for name, _method, _path in resource.endpoints()]
        if needle and needle not in " ".join([resource.name, resource.path.lower()] + methods).lower():
            continue
        shown = first_words([name for name in methods if needle in name] or methods, 60) if needle else \
            first_words(methods, 60)
        lines.append(f"  {resource.name:<32} {resource.path:<28} {shown}")
    if not lines:
        print(f"no resource matches {word!r}; resources() lists them all")
        return
    everyday = sum(1 for resource in REGISTRY.values() if resource.everyday)
    print(f"{len(lines)} resource(s); each is client.<name> ({everyday} everyday ones are loaded by name too):")
    print("\n".join(lines))


# Errors of agents.me() that mean every command will fail (no token, no tenant), not that reading the signed-in
# agent is not permitted: the banner says so instead of staying quiet.
CANNOT_CONNECT = (HaloTokenError, HaloConnectionError, HaloAuthenticationError)


class Whoami:
    """agents.me() asked in a background thread as soon as the shell starts, so the tenant answers while
    ptpython loads; ``result()`` is the banner's line for it, ``problem`` the error when it could not connect."""

    def __init__(self, client: HaloClient) -> None:
        self._client = client
        self._found: List[Any] = []
        self._failed: List[BaseException] = []
        self._problem: List[HaloError] = []
        self._gave_up_after: Optional[float] = None
        self._thread = threading.Thread(target=self._ask, name="halo-shell-whoami", daemon=True)
        self._thread.start()

    def _ask(self) -> None:
        try:
            self._found.append(self._client.agents.me())
        except CANNOT_CONNECT as error:
            self._problem.append(error)
        except HaloError:
            pass  # not permitted (or no such endpoint): the banner leaves the line out
        except Exception as error:  # noqa: BLE001 - handed to the caller's thread by result()
            self._failed.append(error)

    @property
    def problem(self) -> Optional[str]:
        """Why agents.me() could not connect (after result()): the one-line error when it could not get a token
        or reach the tenant, or that the tenant did not answer in time."""
        if self._problem:
            return error_line(self._problem[0])
        if self._gave_up_after is not None:
            return (f"{self._client.tenant_url} did not answer within {self._gave_up_after:g} s (a tenant that is "
                    "down or slow, or a firewall that drops the connection)")
        return None

    def result(self, timeout: Optional[float] = None) -> Optional[str]:
        """``Alex Morgan <alex@example.com> (agent #1)``, or None when agents.me() is not permitted, fails, or
        has not answered ``timeout`` seconds (default WHOAMI_TIMEOUT) from now (the shell should not wait on a
        slow tenant)."""
        wait = WHOAMI_TIMEOUT if timeout is None else timeout
        self._thread.join(wait)
        if self._thread.is_alive():  # still waiting for the token or the answer: the banner says so
            self._gave_up_after = wait
            return None
        if self._failed:
            raise self._failed[0]
        if not self._found:
            return None
        agent = self._found[0]
        name = getattr(agent, "name", None) or "agent"
        email = agent.raw.get("email")
        return one_line(f"{name}{f' <{email}>' if email else ''} (agent #{agent.id})")  # as the server has them


def whoami(client: HaloClient, timeout: Optional[float] = None) -> Optional[str]:
    """``Alex Morgan <alex@example.com> (agent #1)`` from agents.me(), or None when it is not permitted,
    fails, or takes longer than ``timeout`` seconds."""
    return Whoami(client).result(timeout)


def banner_text(client: HaloClient, namespace: Dict[str, Any], who: Optional[str], width: int = 100,
                problem: Optional[str] = None) -> str:
    """What the shell prints before the first prompt (``problem``: why it could not connect, if it could not)."""
    models = [REGISTRY[name].model_name for name in EVERYDAY]  # the others' are made on first use
    errors = [name for name in namespace if name.startswith("Halo") and name.endswith("Error")]
    lines = [f"halopsa {__version__} shell: {client.tenant_url}"]
    if who:
        lines.append(f"You are {who}.")
    if problem:
        lines.append(f"Not connected, so requests will fail until this is fixed: {problem}")
    lines.append("Loaded: client, aclient (async), show(), last_traceback(), asyncio, resources()")
    more = len(REGISTRY) - len(EVERYDAY)
    lines.extend(_wrapped("resources", list(EVERYDAY) + [f"... and {more} more as client.<name>: resources() "
                                                         "lists them"], width))
    lines.extend(_wrapped("models", models[:8] + [f"... ({len(models)} classes)"], width))
    lines.extend(_wrapped("errors", errors[:4] + [f"... ({len(errors)} classes)"], width))
    lines.append("Try:")
    lines.extend(f"  >>> {example}" for example in EXAMPLES)
    lines.append("Tab completes names, fields and filter keywords. API errors print as one line; "
                 "last_traceback() shows the full one.")
    return "\n".join(lines) + "\n"


def _wrapped(label: str, names: List[str], width: int) -> List[str]:
    head = f"  {label + ':':<11}"
    return textwrap.wrap(", ".join(names), width=width, initial_indent=head, subsequent_indent=" " * len(head),
                         break_on_hyphens=False)
