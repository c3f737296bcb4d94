"""The one small interface between the query layer and the client: what a QuerySet needs of its manager.

The query layer never imports the client (``halopsa.client`` imports it): a QuerySet receives an object with these
members, and every manager of ``halopsa.client`` provides them (``create``, ``bulk_update`` and ``bulk_delete``
only where the API can write or delete; a QuerySet asks ``_require`` first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Collection, Dict, Iterable, List, Mapping, Optional, Protocol, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from ..resources import Resource

__all__ = ["RecordSource"]


class RecordSource(Protocol):
    """Fetch a page, get a record, check and post writes, delete: implemented by the client's managers."""

    resource: "Resource"
    _client: Any                      # its executor, concurrency and transport (for reads in full)
    _paging_memo: Dict[str, Any]      # what listings learnt of the server's paging, shared by its QuerySets

    def _list_raw(self, params: Dict[str, str],
                  loads: Optional[Callable[[bytes], Any]] = None) -> Tuple[List[Dict[str, Any]], Optional[int]]: ...

    def _get_record(self, id: Any, **params: Any) -> Any: ...

    def _check_write(self, body: Mapping[str, Any], known: Collection[str] = ()) -> Dict[str, Any]: ...

    def _require(self, capability: str) -> None: ...

    def create(self, data: Any = None, **fields: Any) -> Any: ...

    def bulk_update(self, ids: Iterable[Any], chunk_size: int = ..., **fields: Any) -> int: ...

    def bulk_delete(self, ids: Iterable[Any], concurrency: Optional[int] = None, **params: Any) -> int: ...
