"""Sub-endpoints as methods: each :class:`~halopsa.resources.Operation` of a family becomes a method of its
manager (``client.invoices.void(12)``, ``client.assets.next_tag()``) with an awaitable twin (``avoid``), and, when
the record's id comes first in its path, a method of its model (``invoice.void()``).

A call takes the path's parameters positionally, in the path's order, the request body as ``body=`` (a dict or a
list, sent as JSON, as written), and the spec's query parameters as keyword arguments, checked and typed like
filters. It returns the decoded JSON reply. Nothing is sent when an argument is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Sequence

from ._aio import to_thread
from .exceptions import HaloQueryError

if TYPE_CHECKING:  # pragma: no cover
    from .resources import Operation, Resource

__all__ = ["call_operation", "operation_methods", "record_method"]


def call_operation(manager: Any, operation: "Operation", args: Sequence[Any], body: Any,
                   params: Mapping[str, Any]) -> Any:
    """Check the arguments, then send the operation's one request; return the decoded reply."""
    resource: "Resource" = manager.resource
    label = f"{resource.name}.{operation.name}()"
    if len(args) != len(operation.path_params):
        wanted = ", ".join(operation.path_params) or "no positional arguments"
        raise HaloQueryError(f"{label} takes {wanted} ({operation.method} {operation.path}); "
                             f"got {len(args)} positional argument(s)")
    path = operation.path
    for index, (name, value) in enumerate(zip(operation.path_params, args)):
        path = path.replace("{" + name + "}", _path_value(manager, operation, index, name, value, label), 1)
    query = manager._checked_params(params, operation.params, operation.name)
    if body is not None and operation.body is None and operation.method in ("GET", "DELETE"):
        raise HaloQueryError(f"{label} sends no body ({operation.method} {operation.path}); its parameters "
                             f"go as keywords: {', '.join(operation.params) or 'it takes none'}")
    if body is not None and not isinstance(body, (Mapping, list, tuple, str)):
        raise HaloQueryError(f"{label} takes body= as a dict or a list, not {type(body).__name__}")
    if isinstance(body, tuple):
        body = list(body)
    return manager._client.request(operation.method, path, params=query or None, json=body)


def _path_value(manager: Any, operation: "Operation", index: int, name: str, value: Any, label: str) -> str:
    from urllib.parse import quote

    if index == 0 and operation.on_record:
        return str(manager._check_id(value))
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
        raise HaloQueryError(f"{label} needs a value for {name}, not {value!r}")
    return quote(str(value).strip(), safe="")


def operation_methods(operation: "Operation") -> Dict[str, Callable[..., Any]]:
    """``{name: method, "a" + name: async method}`` for a manager class."""

    def method(self: Any, *args: Any, body: Any = None, **params: Any) -> Any:
        return call_operation(self, operation, args, body, params)

    async def amethod(self: Any, *args: Any, body: Any = None, **params: Any) -> Any:
        return await to_thread(lambda: call_operation(self, operation, args, body, params))

    doc = describe(operation)
    _name(method, operation.name, doc)
    _name(amethod, "a" + operation.name, "Awaitable: " + doc)
    return {operation.name: method, "a" + operation.name: amethod}


def record_method(operation: "Operation") -> Dict[str, Callable[..., Any]]:
    """``{name: method, "a" + name: async method}`` for a model class: the record's id fills the path's first
    parameter (``invoice.void()`` is ``client.invoices.void(invoice.id)``)."""

    def method(self: Any, *args: Any, body: Any = None, **params: Any) -> Any:
        manager = self._manager()
        if self._new:
            raise HaloQueryError(f"{self!r} was never saved, so {operation.name}() has no record to act on")
        return call_operation(manager, operation, (self.id, *args), body, params)

    async def amethod(self: Any, *args: Any, body: Any = None, **params: Any) -> Any:
        return await to_thread(lambda: method(self, *args, body=body, **params))

    doc = describe(operation)
    _name(method, operation.name, doc)
    _name(amethod, "a" + operation.name, "Awaitable: " + doc)
    return {operation.name: method, "a" + operation.name: amethod}


def describe(operation: "Operation") -> str:
    lines = [f"{operation.method} {operation.path} (one request; returns the decoded reply)."]
    if operation.path_params:
        lines.append(f"Positional: {', '.join(operation.path_params)}.")
    if operation.body:
        lines.append(f"body=: {_body_words(operation.body)}.")
    if operation.params:
        lines.append("Keywords (query parameters): " + ", ".join(
            f"{name} ({spec['type']})" for name, spec in operation.params.items()) + ".")
    return "\n".join(lines)


def _body_words(body: Optional[str]) -> str:
    shape, _, schema = (body or "").partition(":")
    words = {"array": "a list of objects", "object": "an object (a dict)", "string": "a string"}.get(shape, shape)
    return f"{words} ({schema})" if schema else words


def _name(function: Callable[..., Any], name: str, doc: str) -> None:
    function.__name__ = name
    function.__qualname__ = name
    function.__doc__ = doc
