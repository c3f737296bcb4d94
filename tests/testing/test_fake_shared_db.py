"""Several fakes (threads of one process, and separate processes) sharing one sandbox file stay consistent.

The bug these guard against: each fake loaded the file once and allocated ids in memory, so two sandboxes both
created ticket 501 (the second silently replacing the first), and an update or delete made by one stayed
invisible to the other, which kept serving (and could write back) its stale copy.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Dict, List

import pytest
from tests._support.plain_http import Halo

from halopsa.testing import FakeHalo, reset_sandbox, start_sandbox

_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pair(tmp_path):
    """Two running fakes over one file, each with its own HTTP client."""
    db = tmp_path / "shared.db"
    first = FakeHalo(tickets=30, db_path=db).start()
    second = FakeHalo(db_path=db).start()
    a, b = Halo(first), Halo(second)
    try:
        yield first, second, a, b
    finally:
        a.close()
        b.close()
        first.stop()
        second.stop()


def ticket_ids(halo: Halo) -> List[int]:
    return [t["id"] for t in halo.rows("Tickets", "tickets", pageinate=True, page_size=100, idonly=True)]


def test_alternate_creates_get_distinct_ids_present_in_both(pair):
    first, second, a, b = pair
    assert second.store.loaded_from_db
    made: List[int] = []
    for n in range(6):
        halo = a if n % 2 == 0 else b
        reply = halo.post("Tickets", [{"summary": f"ticket {n} from {'A' if n % 2 == 0 else 'B'}"}])
        assert reply.status_code == 201, reply.text
        made.append(reply.json()[0]["id"])
    assert made == list(range(31, 37))  # one sequence across both processes, nothing reused
    for halo in (a, b):
        assert ticket_ids(halo) == list(range(1, 37))
        for n, ticket_id in enumerate(made):
            assert halo.get(f"Tickets/{ticket_id}").json()["summary"].startswith(f"ticket {n} ")
    # a batch create in one, then a create in the other
    batch = [t["id"] for t in a.post("Tickets", [{"summary": "x"}, {"summary": "y"}]).json()]
    assert batch == [37, 38]
    assert b.post("Tickets", [{"summary": "z"}]).json()[0]["id"] == 39
    assert len(first.records("tickets")) == len(second.records("tickets")) == 39


def test_an_update_in_one_is_seen_by_the_other(pair):
    first, second, a, b = pair
    assert b.get("Tickets/5").json()["summary"] != "Renamed by A"  # B has read (and cached) ticket 5
    b.get("Tickets", pageinate=True, page_size=50)
    assert a.post("Tickets", [{"id": 5, "summary": "Renamed by A", "status_id": 9}]).status_code == 200
    seen = b.get("Tickets/5").json()
    assert (seen["summary"], seen["status_name"]) == ("Renamed by A", "Closed")
    listed = {t["id"]: t for t in b.rows("Tickets", "tickets", pageinate=True, page_size=50)}
    assert listed[5]["summary"] == "Renamed by A"
    assert second.record("tickets", 5)["summary"] == "Renamed by A"
    # B then updates another field of the same ticket: A's change is kept, not overwritten by a stale copy
    assert b.post("Tickets", [{"id": 5, "priority_id": 1}]).status_code == 200
    for halo in (a, b):
        ticket = halo.get("Tickets/5").json()
        assert (ticket["summary"], ticket["status_id"], ticket["priority_id"]) == ("Renamed by A", 9, 1)


def test_a_delete_in_one_is_seen_by_the_other(pair):
    first, second, a, b = pair
    assert b.get("Tickets/7").status_code == 200 and b.get("Site/2").status_code == 200
    assert a.delete("Tickets/7").status_code == 200   # soft delete
    assert a.delete("Site/2").status_code == 200      # hard delete
    assert b.get("Tickets/7").status_code == 404
    assert b.get("Site/2").status_code == 404
    assert 7 not in ticket_ids(b)
    assert 2 not in [s["id"] for s in b.rows("Site", "sites")]
    assert second.record("sites", 2) is None
    # B cannot update what A deleted, nor bring it back by writing its old copy
    assert b.post("Site", [{"id": 2, "name": "Back from the dead"}]).status_code == 404
    assert a.get("Site/2").status_code == 404
    # a deleted id is not handed out again by the other process
    assert b.post("Site", [{"name": "New site", "client_id": 2}]).json()[0]["id"] > max(
        s["id"] for s in first.store.table("sites").values())  # type: ignore[union-attr]


def test_attachments_and_their_bytes_are_shared(pair):
    first, second, a, b = pair
    saved = a.post("Attachment", [{"ticket_id": 3, "filename": "a.txt", "data_base64": "aGVsbG8="}]).json()[0]
    assert b.get(f"Attachment/document/{saved['id']}").content == b"hello"
    assert second.attachment_data(saved["id"]) == b"hello"
    assert b.get("Tickets/3").json()["attachment_count"] == first.record("tickets", 3)["attachment_count"]
    assert b.delete(f"Attachment/{saved['id']}").status_code == 200
    assert a.get(f"Attachment/document/{saved['id']}").status_code == 404
    assert first.attachment_data(saved["id"]) is None


def test_direct_changes_and_reset_reach_the_other(pair):
    first, second, a, b = pair
    added = first.add("clients", name="Added behind the API")
    assert b.get(f"Client/{added['id']}").json()["name"] == "Added behind the API"
    second.remove("clients", added["id"])
    assert first.record("clients", added["id"]) is None
    b.post("Tickets", [{"summary": "gone after the reset"}])
    first.reset()
    assert len(second.records("tickets")) == 30
    assert b.get("Tickets/31").status_code == 404
    assert b.post("Tickets", [{"summary": "after reset"}]).json()[0]["id"] == 31
    assert a.get("Tickets/31").json()["summary"] == "after reset"


def test_a_writer_waits_for_another_process_write_lock(pair, tmp_path):
    first, second, a, b = pair
    other = sqlite3.connect(str(tmp_path / "shared.db"), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    releaser = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    releaser.start()
    try:
        started = time.perf_counter()
        reply = a.post("Tickets", [{"summary": "waited"}])
        waited = time.perf_counter() - started
    finally:
        releaser.join()
        other.close()
    assert reply.status_code == 201, reply.text
    assert waited >= 0.4
    assert b.get(f"Tickets/{reply.json()[0]['id']}").json()["summary"] == "waited"


def test_a_stopped_fake_catches_up_when_started_again(pair):
    first, second, a, b = pair
    second.stop()
    created = a.post("Tickets", [{"summary": "while B was stopped"}]).json()[0]
    second.start()
    assert b.get(f"Tickets/{created['id']}").json()["summary"] == "while B was stopped"


def test_a_file_of_the_first_format_is_migrated_in_place(tmp_path):
    db = tmp_path / "old.db"
    connection = sqlite3.connect(str(db), isolation_level=None)
    connection.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE records (resource TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL,
                              PRIMARY KEY (resource, id)) WITHOUT ROWID;
        CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
    """)
    connection.executemany("INSERT INTO records VALUES (?, ?, ?)", [
        ("tickets", 1, json.dumps({"id": 1, "summary": "from an old sandbox", "deleted": False, "status_id": 1})),
        ("statuses", 1, json.dumps({"id": 1, "name": "New", "type": 0})),
    ])
    connection.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("format", "1"), ("seed", "0"), ("tickets", "1"), ("next_ids", json.dumps({"tickets": 5}))])
    connection.close()
    with FakeHalo(db_path=db) as fake, FakeHalo(db_path=db) as other:
        assert fake.store.loaded_from_db
        halo, halo2 = Halo(fake), Halo(other)
        assert halo.get("Tickets/1").json()["summary"] == "from an old sandbox"
        assert halo.post("Tickets", [{"summary": "new"}]).json()[0]["id"] == 5
        assert halo2.get("Tickets/5").json()["summary"] == "new"
        halo.close()
        halo2.close()


def test_a_sandbox_follows_its_file_being_reset(tmp_path):
    db = tmp_path / "sandbox.db"
    with start_sandbox(db, tickets=20) as running:
        halo = Halo(running)
        halo.post("Tickets", [{"summary": "before the reset"}])
        reset_sandbox(db)  # `halo sandbox reset` in another terminal
        assert halo.get("Tickets/21").status_code == 404  # the fresh file: seeded anew by the next request
        assert len(running.records("tickets")) == 20
        assert halo.post("Tickets", [{"summary": "after the reset"}]).json()[0]["id"] == 21
        halo.close()
    with start_sandbox(db) as again:
        assert again.record("tickets", 21)["summary"] == "after the reset"


# ------------------------------------------------------------------------------------------------ processes

_WORKER = r"""
import json, sys, time
import requests
from halopsa.testing import start_sandbox

path, go, count, tag = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with start_sandbox(path) as fake:
    session = requests.Session()
    token = session.post(f"{fake.url}/auth/token", data={"grant_type": "client_credentials",
                         "client_id": fake.client_id, "client_secret": fake.client_secret}).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    while time.time() < go:
        time.sleep(0.005)
    ids = []
    for n in range(count):
        reply = session.post(f"{fake.url}/api/Tickets", json=[{"summary": f"{tag} {n}"}], timeout=60)
        reply.raise_for_status()
        ids.append(reply.json()[0]["id"])
        if n % 3 == 0:  # some updates too, of a ticket every worker touches
            session.post(f"{fake.url}/api/Tickets", json=[{"id": 1, "details": tag}], timeout=60).raise_for_status()
    seen = [t["id"] for page in (1, 2, 3, 4, 5, 6, 7, 8) for t in session.get(
        f"{fake.url}/api/Tickets", params={"pageinate": "true", "page_size": 100, "page_no": page,
                                            "idonly": "true"}).json()["tickets"]]
    print(json.dumps({"ids": ids, "seen": seen}))
"""


def _env(tmp_path: Path) -> Dict[str, str]:
    env = {**os.environ, "HOME": str(tmp_path), "HALO_HOME": str(tmp_path / ".halopsa"),
           "HALO_SANDBOX_DB": str(tmp_path / "sandbox.db")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH")]))
    return env


def test_sandbox_processes_creating_at_once_never_share_an_id(tmp_path):
    db = tmp_path / "sandbox.db"
    start_sandbox(db).stop()  # seeded once, like a first `halo --sandbox` command
    go = time.time() + 2.0     # every worker has started its sandbox by then, and they all write at once
    workers = [subprocess.Popen([sys.executable, "-c", _WORKER, str(db), str(go), "15", f"worker{n}"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(tmp_path))
               for n in range(3)]
    results: List[Any] = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    made = [ticket_id for result in results for ticket_id in result["ids"]]
    assert len(made) == len(set(made)) == 45
    assert sorted(made) == list(range(501, 546))
    for result in results:  # each worker saw its own tickets and every one created before its last write
        assert set(result["ids"]) <= set(result["seen"])
    with start_sandbox(db) as after:
        summaries = {t["id"]: t["summary"] for t in after.records("tickets")}
        assert len(summaries) == 545
        assert sorted(summaries[i] for i in made) == sorted(f"worker{w} {n}" for w in range(3) for n in range(15))
        assert after.record("tickets", 1)["details"] in ("worker0", "worker1", "worker2")


def test_the_cli_and_a_running_shell_sandbox_share_one_sandbox(tmp_path):
    db = tmp_path / "sandbox.db"
    env = _env(tmp_path)

    def halo(*args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "halopsa", "--sandbox", *args], capture_output=True,
                                text=True, env=env, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    with start_sandbox(db) as shell:  # the shell's sandbox, open in one terminal
        session = Halo(shell)
        assert session.get("Tickets/42").status_code == 200
        from_shell = session.post("Tickets", [{"summary": "from the shell"}]).json()[0]
        from_cli = json.loads(halo("tickets", "create", "--summary", "from the CLI", "-o", "json"))
        assert (from_shell["id"], from_cli["id"]) == (501, 502)
        assert session.get("Tickets/502").json()["summary"] == "from the CLI"
        assert session.get("Tickets/501").json()["summary"] == "from the shell"
        halo("tickets", "delete", "42", "--yes")
        assert session.get("Tickets/42").status_code == 404
        session.post("Tickets", [{"id": 502, "summary": "renamed in the shell"}])
        assert json.loads(halo("tickets", "get", "502", "-o", "json"))["summary"] == "renamed in the shell"
        session.close()


def test_halo_sandbox_reset_while_nothing_runs(tmp_path):
    db = tmp_path / "sandbox.db"
    env = _env(tmp_path)
    with start_sandbox(db) as sandbox:
        Halo(sandbox).post("Tickets", [{"summary": "to be reset"}])
    result = subprocess.run([sys.executable, "-m", "halopsa", "sandbox", "reset"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "removed" in result.stdout
    assert not any(Path(str(db) + suffix).exists() for suffix in ("", "-wal", "-shm"))
    with start_sandbox(db) as fresh:
        assert not fresh.store.loaded_from_db
        assert len(fresh.records("tickets")) == 500
        assert Halo(fresh).post("Tickets", [{"summary": "first again"}]).json()[0]["id"] == 501
