"""Running blocking SDK calls from async code. asyncio (about 25 ms to import) is imported only when async code
runs, so ``halo`` and sync scripts never pay for it."""

from __future__ import annotations

from typing import Any, Callable, TypeVar

__all__ = ["to_thread"]

T = TypeVar("T")


async def to_thread(func: Callable[..., T], *args: Any) -> T:
    """``await to_thread(f, x)`` runs ``f(x)`` in a worker thread without blocking the event loop."""
    import asyncio

    return await asyncio.to_thread(func, *args)
