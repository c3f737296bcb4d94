"""The fake tenant's data: tables of records in memory, optionally mirrored to a SQLite file.

Records are plain dicts and are never changed in place: an update stores a new dict. A request that took a record
(or a list of them) under the lock can therefore serialise it afterwards without holding the lock. Every write
bumps ``version``, which keys the list cache in ``_api``.

With a ``db_path`` the store loads its state from the file when the file holds one, and otherwise seeds the demo
data and writes it there. Each write transaction is committed before the reply goes out, so a restarted fake
sees every write an earlier one acknowledged.
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

from . import _demo
from ._resources import RESOURCES

__all__ = ["Store"]

Record = Dict[str, Any]
_FORMAT = "1"


class Store:
    def __init__(self, seed: int = 0, tickets: int = 200, db_path: Optional[str] = None) -> None:
        self.seed = seed
        self.tickets = tickets
        self.db_path = os.fspath(db_path) if db_path is not None else None
        self.lock = threading.RLock()
        self.version = 0
        self.tables: Dict[str, Dict[int, Record]] = {}
        self.blobs: Dict[int, bytes] = {}
        self.next_ids: Dict[str, int] = {}
        self._db: Any = None
        self._dirty: Set[Tuple[str, int]] = set()
        self._dirty_blobs: Set[int] = set()
        self._depth = 0
        self.loaded_from_db = False
        if self.db_path is not None:
            self._open_db()
            if self._db_has_state():
                self._load_db()
                self.loaded_from_db = True
                return
        self._seed()
        if self.db_path is not None:
            self._write_all()

    # ----------------------------------------------------------------- seeding

    def _seed(self) -> None:
        tables, blobs = _demo.build(self.seed, self.tickets)
        for name in RESOURCES:
            tables.setdefault(name, {})
        self.tables = tables
        self.blobs = blobs
        self.next_ids = {name: (max(table) + 1 if table else 1) for name, table in tables.items()}
        self.version += 1

    def reset(self) -> None:
        """Fresh demo data from the seed (and rewrite the database file, when there is one)."""
        with self.lock:
            self._seed()
            if self.db_path is not None:
                self._write_all()

    # ----------------------------------------------------------------- reads

    def table(self, name: str) -> Dict[int, Record]:
        return self.tables[name]

    def get(self, name: str, record_id: Any) -> Optional[Record]:
        try:
            return self.tables[name].get(int(record_id))
        except (TypeError, ValueError):
            return None

    # ----------------------------------------------------------------- writes

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """Hold the lock for a group of writes; commit them to the database file together at the end."""
        with self.lock:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._flush()

    def put(self, name: str, record: Record) -> Record:
        """Insert or replace a record (it must carry an int ``id``); returns it."""
        with self.transaction():
            record_id = int(record["id"])
            self.tables[name][record_id] = record
            if record_id >= self.next_ids.get(name, 1):
                self.next_ids[name] = record_id + 1
            self.version += 1
            self._dirty.add((name, record_id))
            return record

    def new_id(self, name: str) -> int:
        with self.lock:
            record_id = self.next_ids.get(name, 1)
            self.next_ids[name] = record_id + 1
            return record_id

    def remove(self, name: str, record_id: int) -> Optional[Record]:
        with self.transaction():
            record = self.tables[name].pop(int(record_id), None)
            if record is not None:
                self.version += 1
                self._dirty.add((name, int(record_id)))
            return record

    def put_blob(self, attachment_id: int, data: Optional[bytes]) -> None:
        with self.transaction():
            if data is None:
                self.blobs.pop(attachment_id, None)
            else:
                self.blobs[attachment_id] = data
            self._dirty_blobs.add(attachment_id)

    # ----------------------------------------------------------------- SQLite

    def _connection(self) -> Any:
        """The open database connection (re-opened after ``close()``), or None without a db_path."""
        if self._db is None and self.db_path is not None:
            self._open_db()
        return self._db

    def _open_db(self) -> None:
        import sqlite3  # only when persistence is asked for

        assert self.db_path is not None
        directory = os.path.dirname(os.path.abspath(self.db_path))
        os.makedirs(directory, exist_ok=True)
        self._db = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(
            """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS records (
                resource TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (resource, id)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
            """
        )

    def _db_has_state(self) -> bool:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        return row is not None and row[0] == _FORMAT

    def _load_db(self) -> None:
        tables: Dict[str, Dict[int, Record]] = {name: {} for name in RESOURCES}
        loads = json.loads
        for resource, record_id, data in self._db.execute(
                "SELECT resource, id, data FROM records ORDER BY resource, id"):
            table = tables.get(resource)
            if table is not None:
                table[record_id] = loads(data)
        self.tables = tables
        self.blobs = {row[0]: bytes(row[1]) for row in self._db.execute("SELECT id, data FROM blobs")}
        meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        saved_next = json.loads(meta.get("next_ids", "{}"))
        self.next_ids = {name: max(int(saved_next.get(name, 1)), (max(table) + 1) if table else 1)
                         for name, table in tables.items()}
        self.seed = int(meta.get("seed", self.seed))
        self.tickets = int(meta.get("tickets", self.tickets))
        self.version += 1

    def _write_all(self) -> None:
        db = self._connection()
        dumps = json.dumps
        db.execute("BEGIN")
        try:
            db.execute("DELETE FROM records")
            db.execute("DELETE FROM blobs")
            db.execute("DELETE FROM meta")
            for name, table in self.tables.items():
                db.executemany("INSERT INTO records (resource, id, data) VALUES (?, ?, ?)",
                               [(name, record_id, dumps(record)) for record_id, record in table.items()])
            db.executemany("INSERT INTO blobs (id, data) VALUES (?, ?)", list(self.blobs.items()))
            self._write_meta()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._dirty.clear()
        self._dirty_blobs.clear()

    def _write_meta(self) -> None:
        self._connection().executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("format", _FORMAT), ("seed", str(self.seed)), ("tickets", str(self.tickets)),
             ("next_ids", json.dumps(self.next_ids))])

    def _flush(self) -> None:
        if self.db_path is None or (not self._dirty and not self._dirty_blobs):
            self._dirty.clear()
            self._dirty_blobs.clear()
            return
        db = self._connection()
        db.execute("BEGIN")
        try:
            upserts: List[Tuple[str, int, str]] = []
            deletes: List[Tuple[str, int]] = []
            for name, record_id in self._dirty:
                record = self.tables[name].get(record_id)
                if record is None:
                    deletes.append((name, record_id))
                else:
                    upserts.append((name, record_id, json.dumps(record)))
            if upserts:
                db.executemany("INSERT OR REPLACE INTO records (resource, id, data) VALUES (?, ?, ?)", upserts)
            if deletes:
                db.executemany("DELETE FROM records WHERE resource = ? AND id = ?", deletes)
            for blob_id in self._dirty_blobs:
                data = self.blobs.get(blob_id)
                if data is None:
                    db.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
                else:
                    db.execute("INSERT OR REPLACE INTO blobs (id, data) VALUES (?, ?)", (blob_id, data))
            self._write_meta()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        finally:
            self._dirty.clear()
            self._dirty_blobs.clear()

    def close(self) -> None:
        with self.lock:
            if self._db is not None:
                self._db.close()
                self._db = None
