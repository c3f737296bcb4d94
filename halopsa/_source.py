"""The one small interface between the records and the client: what a QuerySet and a Model need of a manager.

The query layer and the models never import the client: a QuerySet receives a :class:`RecordSource` (the manager
it was made from), and a record holds a :class:`RecordClient` (the client it came from), which hands out the
:class:`RecordSource` of any family by name. Every manager of ``halopsa._managers`` provides these members
(``create`` and ``bulk_update`` only where the API can write, ``delete`` and ``bulk_delete`` where it can delete:
callers ask ``_require`` or the resource first). This module imports nothing of the models, the query layer or
the client, so each of them can depend on it.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Callable, Collection, Dict, Iterable, List, Mapping, Optional, Protocol, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from .resources import Resource

__all__ = ["RecordSource", "RecordClient"]


class RecordClient(Protocol):
    """The client a record, a QuerySet or a manager works through: its requests, the manager of any family, its
    worker threads (``halopsa.client.HaloClient`` provides it)."""

    concurrency: int                  # how many requests a QuerySet's full reads run at once by default
    check_fields: bool                # whether writes are checked against the schema before they are sent
    transport: Any                    # its plan (a dry run), file transfers

    def request(self, method: str, path: str, params: Optional[Mapping[str, Any]] = None, json: Any = None,
                data: Any = None, headers: Optional[Mapping[str, str]] = None,
                idempotent: Optional[bool] = None) -> Any: ...

    def _manager(self, name: str) -> "RecordSource": ...

    def _executor(self) -> ThreadPoolExecutor: ...


class RecordSource(Protocol):
    """Fetch a page, get a record, check and post writes, delete: implemented by the client's managers."""

    resource: "Resource"
    model: Any                        # the model class of its records (``halopsa.models.model_for(resource)``)
    _client: RecordClient
    _paging_memo: Dict[str, Any]      # what listings learnt of the server's paging, shared by its QuerySets

    def _list_raw(self, params: Dict[str, str],
                  loads: Optional[Callable[[bytes], Any]] = None) -> Tuple[List[Dict[str, Any]], Optional[int]]: ...

    def _get_raw(self, id: Any, **params: Any) -> Dict[str, Any]: ...

    def _get_record(self, id: Any, **params: Any) -> Any: ...

    def _check_id(self, id: Any) -> Any: ...

    def _check_write(self, body: Mapping[str, Any], known: Collection[str] = ()) -> Dict[str, Any]: ...

    def _post_one(self, body: Dict[str, Any], known: Collection[str] = ()) -> Dict[str, Any]: ...

    def _require(self, capability: str) -> None: ...

    def get(self, id: Any = ..., **params: Any) -> Any: ...

    def filter(self, **filters: Any) -> Any: ...

    def create(self, data: Any = None, **fields: Any) -> Any: ...

    def bulk_update(self, ids: Iterable[Any], chunk_size: int = ..., **fields: Any) -> int: ...

    def delete(self, id: Any, **params: Any) -> None: ...

    def bulk_delete(self, ids: Iterable[Any], concurrency: Optional[int] = None, **params: Any) -> int: ...
