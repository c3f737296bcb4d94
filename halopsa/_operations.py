"""Sub-endpoints as methods: each :class:`~halopsa.resources.Operation` of a family becomes a method of its
manager (``client.invoices.void(12)``, ``client.assets.next_tag()``) with an awaitable twin (``avoid``), and, when
the record's id comes first in its path, a method of its model (``invoice.void()``).

A call takes the path's parameters positionally, in the path's order, the request body as ``body=`` (a dict or a
list, sent as JSON, as written), and the spec's query parameters as keyword arguments, checked and typed like
filters. It returns the decoded JSON reply. Nothing is sent when an argument is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Sequence, cast

from ._aio import twin
from .exceptions import HaloQueryError

if TYPE_CHECKING:  # pragma: no cover
    from .resources import Operation, Resource

__all__ = ["call_operation", "checked_body", "operation_methods", "record_method"]


def call_operation(manager: Any, operation: "Operation", args: Sequence[Any], body: Any,
                   params: Mapping[str, Any]) -> Any:
    """Check the arguments, then send the operation's one request; return the decoded reply."""
    resource: "Resource" = manager.resource
    label = f"{resource.name}.{operation.name}()"
    if len(args) != len(operation.path_params):
        wanted = ", ".join(operation.path_params) or "no positional arguments"
        raise HaloQueryError(f"{label} takes {wanted} ({operation.method} {operation.path}); "
                             f"got {len(args)} positional argument(s)")
    path = shown = operation.path
    hidden: List[str] = []
    for index, (name, value) in enumerate(zip(operation.path_params, args)):
        text = _path_value(manager, operation, index, name, value, label)
        path = path.replace("{" + name + "}", text, 1)
        # a secret or a token in the path (/Notify/AdobeAcrobat/{tenant}/{secret}) is never logged or shown
        if _sensitive(name):
            hidden += [text, str(value)]
        else:
            shown = shown.replace("{" + name + "}", text, 1)
    query = manager._checked_params(params, operation.params, operation.name)
    body = checked_body(operation, body, label, manager._client.check_fields)
    return manager._client.transport.request(operation.method, path, params=query or None, json=body,
                                             display_path=shown, hidden=tuple(hidden))


_SENSITIVE_WORDS = ("secret", "token", "password", "key")


def _sensitive(name: str) -> bool:
    return any(word in name.lower() for word in _SENSITIVE_WORDS)


def checked_body(operation: "Operation", body: Any, label: str, check_fields: bool = True) -> Any:
    """The body as it will be sent: its shape is the spec's (a list for an array, an object for an object), and
    where it is a family's own POST schema each element passes that family's write checks."""
    if body is None:
        return None
    if operation.body is None and operation.method in ("GET", "DELETE"):
        raise HaloQueryError(f"{label} sends no body ({operation.method} {operation.path}); its parameters "
                             f"go as keywords: {', '.join(operation.params) or 'it takes none'}")
    if isinstance(body, tuple):
        body = list(cast(Any, body))
    shape = (operation.body or "").partition(":")[0]
    wanted = {"array": list, "object": Mapping, "string": str}.get(shape)
    if wanted is not None and not isinstance(body, wanted):
        words = {"array": "a list", "object": "a dict", "string": "a string"}[shape]
        raise HaloQueryError(f"{label} takes body= as {words} ({operation.body} in Halo's spec), not "
                             f"{type(body).__name__}")
    if wanted is None and not isinstance(body, (Mapping, list, str)):
        raise HaloQueryError(f"{label} takes body= as a dict or a list, not {type(body).__name__}")
    if operation.body_family and check_fields:
        from .resources import get_resource
        from ._writes import check_write

        family = get_resource(operation.body_family)
        elements: List[Any] = cast(Any, body) if isinstance(body, list) else [cast(Any, body)]
        converted: List[Any] = [check_write(family, cast("Mapping[str, Any]", element))
                                if isinstance(element, Mapping) else element for element in elements]
        return converted if isinstance(body, list) else converted[0]
    return cast(Any, body)


def _path_value(manager: Any, operation: "Operation", index: int, name: str, value: Any, label: str) -> str:
    """One path parameter as sent: the record's id by the id rule; another integer parameter, a whole number
    from 1 (``id``-like) or any whole number; text as given (not stripped), but never empty."""
    from urllib.parse import quote

    from ._ids import record_id

    if index == 0 and operation.on_record:
        return str(manager._check_id(value))
    if operation.path_types.get(name) == "int":
        if name.lower() == "id" or name.lower().endswith("id"):
            return str(record_id(manager.resource, value))
        if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip().lstrip("-").isdigit():
            raise HaloQueryError(f"{label} takes a whole number for {name}, not {value!r}")
        return str(int(value))
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
        raise HaloQueryError(f"{label} needs a value for {name}, not {value!r}")
    return quote(str(value), safe="")


def operation_methods(operation: "Operation") -> Dict[str, Callable[..., Any]]:
    """``{name: method, "a" + name: async method}`` for a manager class."""

    def method(self: Any, *args: Any, body: Any = None, **params: Any) -> Any:
        return call_operation(self, operation, args, body, params)

    doc = describe(operation)
    _name(method, operation.name, doc)
    return {operation.name: method, "a" + operation.name: twin(operation.name, "Awaitable: " + doc)}


def record_method(operation: "Operation") -> Dict[str, Callable[..., Any]]:
    """``{name: method, "a" + name: async method}`` for a model class: the record's id fills the path's first
    parameter (``invoice.void()`` is ``client.invoices.void(invoice.id)``)."""

    def method(self: Any, *args: Any, body: Any = None, **params: Any) -> Any:
        manager = self._manager()
        if self._new:
            raise HaloQueryError(f"{self!r} was never saved, so {operation.name}() has no record to act on")
        return call_operation(manager, operation, (self.id, *args), body, params)

    doc = describe(operation)
    _name(method, operation.name, doc)
    return {operation.name: method, "a" + operation.name: twin(operation.name, "Awaitable: " + doc)}


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
