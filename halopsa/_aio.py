"""Running blocking SDK calls from async code, and the one place the ``a``-twins come from.

Every awaitable method of the SDK (``aget``, ``acreate``, ``qs.acount``, ``ticket.asave``, ``invoices.avoid``...)
is made by :func:`twin` from its blocking method's name: it takes exactly that method's arguments (it forwards
them all) and runs it in a worker thread, so a twin cannot drift from its method. asyncio (about 25 ms to import)
is imported only when async code runs, so ``halo`` and sync scripts never pay for it.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

__all__ = ["to_thread", "twin", "with_twins"]

T = TypeVar("T")
C = TypeVar("C", bound=type)


async def to_thread(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``await to_thread(f, x)`` runs ``f(x)`` in a worker thread without blocking the event loop."""
    import asyncio

    return await asyncio.to_thread(func, *args, **kwargs)


def twin(name: str, doc: str = "") -> Callable[..., Any]:
    """The awaitable twin of the method ``name``: ``await obj.a<name>(*args, **kwargs)`` is ``obj.<name>(*args,
    **kwargs)`` run in a worker thread (looked up on the object, so a subclass's method is the one run)."""

    async def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        return await to_thread(functools.partial(getattr(self, name), *args, **kwargs))

    method.__name__ = method.__qualname__ = "a" + name
    method.__doc__ = doc or f"Awaitable :meth:`{name}`: the same arguments, run in a worker thread."
    method.twin_of = name  # type: ignore[attr-defined]
    return method


def with_twins(*names: str) -> Callable[[C], C]:
    """A class decorator adding the twin of each method ``names`` (``@with_twins("get", "list")``)."""

    def add(cls: C) -> C:
        for name in names:
            if not callable(getattr(cls, name, None)):
                raise TypeError(f"{cls.__name__} has no method {name} to make a twin of")
            setattr(cls, "a" + name, twin(name))
        return cls

    return add


def is_twin(cls: Any, name: str) -> bool:
    """Whether ``name`` is a twin made here (``aget`` of ``get``) on the class ``cls`` (or an object's class)."""
    owner = cls if isinstance(cls, type) else type(cls)
    return name.startswith("a") and getattr(getattr(owner, name, None), "twin_of", None) == name[1:]
