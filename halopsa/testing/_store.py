"""The fake tenant's data: tables of records in memory, optionally kept in a SQLite file shared by processes.

Records are plain dicts and are never changed in place: an update stores a new dict. A request that took a record
(or a list of them) under the lock can therefore serialise it afterwards without holding the lock. Every write
bumps ``version``, which keys the list cache in ``_api``.

Without a ``db_path`` that is all there is: the tables live in memory and nothing else is done per request.

With a ``db_path`` the file is the truth and the tables are a cache of it, so that several processes (the shell in
one terminal, ``halo --sandbox`` commands in another, ``halo sandbox serve``) can share one sandbox:

* every committed write stamps the rows it wrote with the next change number (``seq``: a counter in the meta
  table); a hard delete leaves a row in ``tombstones`` with its change number;
* a write (``transaction()``: one whole POST or DELETE request) runs inside ``BEGIN IMMEDIATE``, SQLite's write
  lock, which a second writer waits for (busy timeout) instead of failing. Under the lock the store first applies
  every change newer than the last one it saw, then works out the request from those newest rows, allocates ids
  from them (the file's highest id + 1, never an in-memory guess), and commits only the rows it changed: a
  process never writes back a stale copy of someone else's row;
* a read (``refresh()``, at the start of every request) costs one ``stat`` and ``PRAGMA data_version``, which
  changes only when another connection committed; then it applies the rows whose ``seq`` is newer. A reset
  writes a new ``epoch``, which makes the other processes reload everything; a file deleted or replaced under a
  running store (``halo sandbox reset``) is reopened, and seeded afresh if it is empty.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
from contextlib import contextmanager
from typing import Any, Dict, Generator, List, Optional, Set, Tuple

from . import _demo
from ._resources import RESOURCES

__all__ = ["Store"]

Record = Dict[str, Any]
_FORMAT = "2"           # "1": the single-process layout before change numbers; migrated in place when opened
_BLOBS = "#blobs"       # the tombstones' resource name for an attachment's bytes
BUSY_TIMEOUT = 30.0     # seconds a writer waits for another process's write lock before giving up
_INDEXES = ("records_seq", "blobs_seq", "tombstones_seq")


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
        self._seq = 0                          # the newest change number applied to the tables
        self._epoch: Optional[str] = None      # the file's epoch (new at every seed and reset); None: reload all
        self._data_version: Optional[int] = None
        self._file_id: Optional[Tuple[int, int]] = None
        self.loaded_from_db = False
        if self.db_path is None:
            self._seed()
            return
        with self.lock:
            self._open_db()
            self.loaded_from_db = self._ensure_state()

    # ----------------------------------------------------------------- seeding

    def _seed(self, built: Optional[Tuple[Dict[str, Dict[int, Record]], Dict[int, bytes]]] = None) -> None:
        tables, blobs = built if built is not None else _demo.build(self.seed, self.tickets)
        for name in RESOURCES:
            tables.setdefault(name, {})
        self.tables = tables
        self.blobs = blobs
        self.next_ids = {name: (max(table) + 1 if table else 1) for name, table in tables.items()}
        self._dirty.clear()
        self._dirty_blobs.clear()
        self.version += 1

    def reset(self) -> None:
        """Fresh demo data from the seed (and rewrite the database file, when there is one)."""
        if self.db_path is None:
            with self.lock:
                self._seed()
            return
        built = _demo.build(self.seed, self.tickets)  # before taking any lock: 100,000 tickets take seconds
        with self.lock:
            if self._depth:
                self._seed(built)
                self._write_all()
                return
            self._live_connection()
            with self._write_lock():
                self._seed(built)
                self._write_all()

    # ----------------------------------------------------------------- reads

    def table(self, name: str) -> Dict[int, Record]:
        """A resource's records by id. A generic family's table (``_resources.family_resource``) comes into
        being empty the first time it is asked for: most of the spec's 300 families never hold a record."""
        table = self.tables.get(name)
        if table is None:
            table = self.tables.setdefault(name, {})
        return table

    def get(self, name: str, record_id: Any) -> Optional[Record]:
        table = self.tables.get(name)
        if table is None:
            return None
        try:
            return table.get(int(record_id))
        except (TypeError, ValueError):
            return None

    def refresh(self) -> None:
        """Bring the tables up to date with what other processes committed to the file.

        Called at the start of every request. In memory (no db_path) and on a stopped store it does nothing;
        otherwise it costs a ``stat`` and ``PRAGMA data_version`` when nothing changed."""
        if self._db is None:
            return
        with self.lock:
            if self._db is None or self._depth:  # stopped, or inside this thread's own write transaction
                return
            db = self._live_connection()
            version = db.execute("PRAGMA data_version").fetchone()[0]
            if version == self._data_version and self._epoch is not None:
                return
            db.execute("BEGIN")
            try:
                has_state = self._pull()
            finally:
                db.execute("COMMIT")
            self._data_version = version
            if not has_state:  # the file was emptied or replaced by an empty one
                self._ensure_state()

    def open(self) -> None:
        """Reopen the database file after ``close()`` and catch up with it (``FakeHalo.start()``)."""
        if self.db_path is None:
            return
        with self.lock:
            self._live_connection()
        self.refresh()

    # ----------------------------------------------------------------- writes

    @contextmanager
    def transaction(self) -> Generator["Store", None, None]:
        """Hold the lock for a group of writes and commit them to the database file together at the end.

        With a database file the outermost transaction takes SQLite's write lock first (waiting for another
        process's write to finish) and applies what other processes committed, so that everything decided inside
        it is decided on the newest data."""
        with self.lock:
            if self._depth or self.db_path is None:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            db = self._live_connection()
            db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                if not self._pull():
                    self._seed()
                    self._write_all()
                yield self
            finally:
                self._depth = 0
                try:
                    self._flush()
                    db.execute("COMMIT")
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    self._epoch = None  # memory may be ahead of the file now: reload it all next time
                    raise

    def put(self, name: str, record: Record) -> Record:
        """Insert or replace a record (it must carry an int ``id``); returns it."""
        with self.transaction():
            record_id = int(record["id"])
            self.table(name)[record_id] = record
            if record_id >= self.next_ids.get(name, 1):
                self.next_ids[name] = record_id + 1
            self.version += 1
            if self.db_path is not None:
                self._dirty.add((name, record_id))
            return record

    def new_id(self, name: str) -> int:
        """The next id of a resource. With a database file it is allocated under the file's write lock, past the
        highest id any process has saved (and past any deleted one: ids are never reused)."""
        with self.transaction():
            record_id = self.next_ids.get(name, 1)
            if self._db is not None:
                highest = self._db.execute("SELECT MAX(id) FROM records WHERE resource = ?", (name,)).fetchone()[0]
                if highest is not None and highest >= record_id:
                    record_id = highest + 1
            self.next_ids[name] = record_id + 1
            return record_id

    def remove(self, name: str, record_id: int) -> Optional[Record]:
        with self.transaction():
            record = self.table(name).pop(int(record_id), None)
            if record is not None:
                self.version += 1
                if self.db_path is not None:
                    self._dirty.add((name, int(record_id)))
            return record

    def put_blob(self, attachment_id: int, data: Optional[bytes]) -> None:
        with self.transaction():
            if data is None:
                self.blobs.pop(attachment_id, None)
            else:
                self.blobs[attachment_id] = data
            if self.db_path is not None:
                self._dirty_blobs.add(attachment_id)

    # ----------------------------------------------------------------- SQLite

    def _live_connection(self) -> Any:
        """The open connection to the file now at ``db_path``: opened after ``close()``, and reopened when the
        file was deleted or replaced (``halo sandbox reset``) since it was opened. Call with the lock held."""
        if self._db is not None and _file_id(self.db_path) != self._file_id:
            self._db.close()
            self._db = None
            self._epoch = None  # another file: compare everything
        if self._db is None:
            self._open_db()
        return self._db

    def _open_db(self) -> None:
        import sqlite3  # only when persistence is asked for

        assert self.db_path is not None
        directory = os.path.dirname(os.path.abspath(self.db_path))
        os.makedirs(directory, exist_ok=True)
        # timeout= is SQLite's busy timeout: a writer waits for another process's write lock instead of failing
        db = sqlite3.connect(self.db_path, timeout=BUSY_TIMEOUT, check_same_thread=False, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            db.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer, nor it for them
            db.execute("PRAGMA synchronous=NORMAL")
            self._db = db
            self._ensure_schema()
        except BaseException:
            self._db = None
            db.close()
            raise
        self._file_id = _file_id(self.db_path)
        self._data_version = None  # a new connection: look at the file before trusting the tables

    def _ensure_schema(self) -> None:
        db = self._db
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        if all(name in names for name in _INDEXES):
            return
        with self._write_lock():
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS records (resource TEXT NOT NULL, id INTEGER NOT NULL, "
                       "data TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (resource, id)) "
                       "WITHOUT ROWID")
            db.execute("CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL, "
                       "seq INTEGER NOT NULL DEFAULT 0)")
            db.execute("CREATE TABLE IF NOT EXISTS tombstones (resource TEXT NOT NULL, id INTEGER NOT NULL, "
                       "seq INTEGER NOT NULL, PRIMARY KEY (resource, id)) WITHOUT ROWID")
            for table in ("records", "blobs"):  # a format-1 file (written by an older halopsa) has no seq
                if "seq" not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
            db.execute("CREATE INDEX IF NOT EXISTS records_seq ON records (seq)")
            db.execute("CREATE INDEX IF NOT EXISTS blobs_seq ON blobs (seq)")
            db.execute("CREATE INDEX IF NOT EXISTS tombstones_seq ON tombstones (seq)")
            row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row is not None and row[0] == "1":
                db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                               [("format", _FORMAT), ("seq", "0"), ("epoch", secrets.token_hex(8))])

    @contextmanager
    def _write_lock(self) -> Generator[Any, None, None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on an error). Waits while another process writes."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _ensure_state(self) -> bool:
        """Load the file; if it holds no state yet, seed the demo data into it (once: if another process seeds it
        first, load that). True if the state was loaded rather than seeded here. Call with the lock held."""
        db = self._db
        db.execute("BEGIN")
        try:
            loaded = self._pull()
        finally:
            db.execute("COMMIT")
        if loaded:
            return True
        built = _demo.build(self.seed, self.tickets)  # outside SQLite's write lock: it can take seconds
        with self._write_lock():
            if self._pull():  # another process seeded the file meanwhile: use its data, not ours
                return True
            self._seed(built)
            self._write_all()
        return False

    def _pull(self) -> bool:
        """Apply what other processes committed since this store last looked (inside a transaction). False when
        the file holds no state at all."""
        db = self._db
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != _FORMAT:
            return False
        seq = int(meta.get("seq", 0))
        if meta.get("epoch") != self._epoch or seq < self._seq:  # reset, or another file (a restored copy)
            self._load_all(meta)
            return True
        if seq > self._seq:
            loads = json.loads
            tables = self.tables
            for resource, record_id in db.execute("SELECT resource, id FROM tombstones WHERE seq > ?",
                                                  (self._seq,)):
                if resource == _BLOBS:
                    self.blobs.pop(record_id, None)
                elif resource in tables:
                    tables[resource].pop(record_id, None)
            for resource, record_id, data in db.execute("SELECT resource, id, data FROM records WHERE seq > ?",
                                                        (self._seq,)):
                table = tables.get(resource)
                if table is None:  # another process wrote the first record of a generic family
                    table = tables[resource] = {}
                table[record_id] = loads(data)
                if record_id >= self.next_ids.get(resource, 1):
                    self.next_ids[resource] = record_id + 1
            for blob_id, data in db.execute("SELECT id, data FROM blobs WHERE seq > ?", (self._seq,)):
                self.blobs[blob_id] = bytes(data)
            self._seq = seq
            self.version += 1
        for name, next_id in json.loads(meta.get("next_ids", "{}")).items():
            if int(next_id) > self.next_ids.get(name, 1):
                self.next_ids[name] = int(next_id)
        return True

    def _load_all(self, meta: Dict[str, str]) -> None:
        tables: Dict[str, Dict[int, Record]] = {name: {} for name in RESOURCES}
        loads = json.loads
        for resource, record_id, data in self._db.execute(
                "SELECT resource, id, data FROM records ORDER BY resource, id"):
            table = tables.get(resource)
            if table is None:  # a generic family's table (the 32 are always there)
                table = tables[resource] = {}
            table[record_id] = loads(data)
        self.tables = tables
        self.blobs = {row[0]: bytes(row[1]) for row in self._db.execute("SELECT id, data FROM blobs")}
        saved_next = json.loads(meta.get("next_ids", "{}"))
        self.next_ids = {name: max(int(saved_next.get(name, 1)), (max(tables[name]) + 1) if tables.get(name) else 1)
                         for name in set(tables) | set(saved_next)}  # a family whose records were all deleted
                                                                      # keeps its next id: ids are never reused
        self.seed = int(meta.get("seed", self.seed))
        self.tickets = int(meta.get("tickets", self.tickets))
        self._seq = int(meta.get("seq", 0))
        self._epoch = meta.get("epoch")
        self._dirty.clear()
        self._dirty_blobs.clear()
        self.version += 1

    def _write_all(self) -> None:
        """Replace the file's contents with the tables, under a new epoch (inside a write transaction)."""
        db = self._db
        dumps = json.dumps
        seq = self._seq + 1
        db.execute("DELETE FROM records")
        db.execute("DELETE FROM blobs")
        db.execute("DELETE FROM tombstones")
        for name, table in self.tables.items():
            db.executemany("INSERT INTO records (resource, id, data, seq) VALUES (?, ?, ?, ?)",
                           [(name, record_id, dumps(record), seq) for record_id, record in table.items()])
        db.executemany("INSERT INTO blobs (id, data, seq) VALUES (?, ?, ?)",
                       [(blob_id, data, seq) for blob_id, data in self.blobs.items()])
        db.execute("DELETE FROM meta")
        self._epoch = secrets.token_hex(8)
        self._write_meta(seq, (("format", _FORMAT), ("seed", str(self.seed)), ("tickets", str(self.tickets)),
                               ("epoch", self._epoch)))
        self._dirty.clear()
        self._dirty_blobs.clear()

    def _write_meta(self, seq: int, extra: Tuple[Tuple[str, str], ...] = ()) -> None:
        self._db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             [("seq", str(seq)), ("next_ids", json.dumps(self.next_ids)), *extra])
        self._seq = seq

    def _flush(self) -> None:
        """Save the rows changed in this transaction under the next change number (inside the write lock)."""
        if self._db is None or (not self._dirty and not self._dirty_blobs):
            self._dirty.clear()
            self._dirty_blobs.clear()
            return
        db = self._db
        seq = self._seq + 1
        try:
            upserts: List[Tuple[str, int, str, int]] = []
            deletes: List[Tuple[str, int, int]] = []
            for name, record_id in self._dirty:
                record = self.table(name).get(record_id)
                if record is None:
                    deletes.append((name, record_id, seq))
                else:
                    upserts.append((name, record_id, json.dumps(record), seq))
            for blob_id in self._dirty_blobs:
                data = self.blobs.get(blob_id)
                if data is None:
                    db.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
                    deletes.append((_BLOBS, blob_id, seq))
                else:
                    db.execute("INSERT OR REPLACE INTO blobs (id, data, seq) VALUES (?, ?, ?)", (blob_id, data, seq))
            if upserts:
                db.executemany("INSERT OR REPLACE INTO records (resource, id, data, seq) VALUES (?, ?, ?, ?)",
                               upserts)
            if deletes:
                db.executemany("DELETE FROM records WHERE resource = ? AND id = ?",
                               [(name, record_id) for name, record_id, _ in deletes if name != _BLOBS])
                db.executemany("INSERT OR REPLACE INTO tombstones (resource, id, seq) VALUES (?, ?, ?)", deletes)
            self._write_meta(seq)
        finally:
            self._dirty.clear()
            self._dirty_blobs.clear()

    def close(self) -> None:
        with self.lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _file_id(path: Optional[str]) -> Optional[Tuple[int, int]]:
    """What tells one file at ``path`` from another put there later (None: no file)."""
    try:
        status = os.stat(path)  # type: ignore[arg-type]
    except OSError:
        return None
    return status.st_dev, status.st_ino
