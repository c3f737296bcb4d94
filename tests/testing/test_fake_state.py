"""SQLite persistence, the sandbox helpers, demo-data determinism, the request log and the pytest plugin."""

from __future__ import annotations

import io
import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest
import requests
from tests._support.plain_http import Halo

from halopsa.testing import FakeHalo, RecordedRequest, reset_sandbox, sandbox_path, serve, start_sandbox
from halopsa.testing._known_params import KNOWN_FIELDS
from halopsa.testing._resources import RESOURCES

from tests._support.spec import SPEC_PATH as SPEC  # noqa: E402 - the one place the spec's path is decided


# ------------------------------------------------------------------------------------------------ persistence

def test_state_survives_a_restart(tmp_path):
    db = tmp_path / "halo.db"
    with FakeHalo(tickets=50, db_path=db) as fake:
        halo = Halo(fake)
        created = halo.post("Tickets", [{"summary": "persist me"}]).json()[0]
        halo.post("Client", [{"id": 2, "name": "Acme Renamed"}])
        halo.delete("Site/1")
        halo.post("Attachment", [{"ticket_id": 3, "filename": "a.txt", "data_base64": "aGVsbG8="}])
        halo.close()
    with FakeHalo(tickets=999, seed=5, db_path=db) as again:  # the file wins over seed/tickets
        assert again.store.loaded_from_db
        halo = Halo(again)
        assert halo.get(f"Tickets/{created['id']}").json()["summary"] == "persist me"
        assert halo.get("Tickets").json()["record_count"] == 51
        assert halo.get("Client/2").json()["name"] == "Acme Renamed"
        assert halo.get("Site/1").status_code == 404
        attachment = halo.rows("Attachment", "attachments", ticket_id=3)[-1]
        assert halo.get(f"Attachment/document/{attachment['id']}").content == b"hello"
        # ids keep counting from where they were
        assert halo.post("Tickets", [{"summary": "next"}]).json()[0]["id"] == created["id"] + 1
        halo.close()


def test_restart_of_the_same_instance_keeps_data_and_port(tmp_path):
    fake = FakeHalo(tickets=10, db_path=tmp_path / "x.db").start()
    try:
        url = fake.url
        Halo(fake).post("Tickets", [{"summary": "before restart"}])
        fake.stop()
        fake.start()
        assert fake.url == url
        assert Halo(fake).get("Tickets/11").json()["summary"] == "before restart"
    finally:
        fake.stop()


def test_reset_rewrites_the_database(tmp_path):
    db = tmp_path / "r.db"
    with FakeHalo(tickets=10, db_path=db) as fake:
        Halo(fake).post("Tickets", [{"summary": "temporary"}])
        fake.reset()
    with FakeHalo(db_path=db) as again:
        assert len(again.records("tickets")) == 10


def test_a_saved_sandbox_is_loaded_not_built_again(tmp_path, monkeypatch):
    import halopsa.testing._demo as demo

    db = tmp_path / "saved.db"
    FakeHalo(tickets=500, db_path=db).stop()

    def no_building(*args, **kwargs):
        raise AssertionError("the demo data was generated again instead of read from the file")

    monkeypatch.setattr(demo, "build", no_building)
    with FakeHalo(db_path=db) as fake:
        assert len(fake.records("tickets")) == 500


# ------------------------------------------------------------------------------------------------ sandbox

def test_sandbox_path_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("HALO_SANDBOX_DB", str(tmp_path / "deep" / "sb.db"))
    assert sandbox_path() == tmp_path / "deep" / "sb.db"
    assert (tmp_path / "deep").is_dir()


def test_sandbox_path_follows_halo_home_like_the_cli(tmp_path, monkeypatch):
    monkeypatch.delenv("HALO_SANDBOX_DB", raising=False)
    monkeypatch.setenv("HALO_HOME", str(tmp_path / "halo-home"))
    assert sandbox_path() == tmp_path / "halo-home" / "sandbox.db"
    from halopsa.cli._context import sandbox_db_path  # what `halo --sandbox` opens

    assert sandbox_db_path() == sandbox_path()


def test_sandbox_path_default_is_a_private_folder_in_home(tmp_path, monkeypatch):
    monkeypatch.delenv("HALO_SANDBOX_DB", raising=False)
    monkeypatch.delenv("HALO_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    path = sandbox_path()
    assert path == tmp_path / ".halopsa" / "sandbox.db"
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_start_and_reset_sandbox(tmp_path, monkeypatch):
    monkeypatch.setenv("HALO_SANDBOX_DB", str(tmp_path / "sb.db"))
    fake = start_sandbox()
    try:
        assert len(fake.records("tickets")) == 500
        Halo(fake).post("Tickets", [{"summary": "kept"}])
    finally:
        fake.stop()
    fake = start_sandbox(page_cap=10)
    try:
        assert fake.records("tickets")[-1]["summary"] == "kept"
        assert fake.page_cap == 10
    finally:
        fake.stop()
    assert reset_sandbox() == tmp_path / "sb.db"
    assert not (tmp_path / "sb.db").exists()
    with start_sandbox(tickets=20) as fresh:
        assert len(fresh.records("tickets")) == 20


def test_serve_prints_how_to_connect_and_stops_cleanly():
    out, log = io.StringIO(), io.StringIO()
    stop = threading.Event()
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault(
        "code", serve(tickets=20, latency_ms=1, page_cap=25, rate_limit="100/60", out=out, stop_event=stop,
                      log=log)))
    thread.start()
    for _ in range(200):
        if "halo --tenant-url" in out.getvalue():
            break
        time.sleep(0.01)
    text = out.getvalue()
    url = text.split("--tenant-url ", 1)[1].split()[0]
    assert "--client-id halo-demo-client --client-secret halo-demo-secret tickets list" in text
    token = requests.post(f"{url}/auth/token", data={"grant_type": "client_credentials",
                                                      "client_id": "halo-demo-client",
                                                      "client_secret": "halo-demo-secret"}).json()["access_token"]
    body = requests.get(f"{url}/api/Tickets", params={"pageinate": "true", "page_size": 100},
                        headers={"Authorization": f"Bearer {token}"}).json()
    assert (body["page_size"], len(body["tickets"]), body["record_count"]) == (25, 20, 20)
    requests.get(f"{url}/api/Client", params={"color": "red"}, headers={"Authorization": f"Bearer {token}"})
    stop.set()
    thread.join(5)
    assert result["code"] == 0 and "stopped" in out.getvalue()
    assert "  switches:      page cap 25, latency 1 ms, rate limit 100 requests per 60 s (429 with Retry-After), " \
           "no faults, tokens last 3600 s, POST echoes every saved object\n" in text
    assert "20 tickets" in text
    lines = log.getvalue().splitlines()
    assert [line.split(" ", 1)[1].split(" (")[0] for line in lines] == [
        "POST /auth/token -> 200", "GET /api/Tickets?pageinate=true&page_size=100 -> 200",
        "GET /api/Client?color=red -> 200"]
    assert lines[-1].endswith("[not in the spec for this path, ignored: color]")


def test_serve_can_stay_quiet():
    out, log = io.StringIO(), io.StringIO()
    stop = threading.Event()
    thread = threading.Thread(target=serve, kwargs=dict(tickets=5, out=out, log=log, stop_event=stop,
                                                         log_requests=False))
    thread.start()
    for _ in range(200):
        if "--tenant-url" in out.getvalue():
            break
        time.sleep(0.01)
    url = out.getvalue().split("--tenant-url ", 1)[1].split()[0]
    requests.get(f"{url}/api/authinfo")
    stop.set()
    thread.join(5)
    assert log.getvalue() == "" and "Requests are logged" not in out.getvalue()


@pytest.mark.parametrize("command", [
    ["-m", "halopsa", "sandbox", "serve", "--tickets", "30", "--page-cap", "10", "--rate-limit", "50/10",
     "--latency", "2", "--fault-rate", "0.0"],
    ["-c", "from halopsa.testing import serve; serve(tickets=30, page_cap=10)"],
])
def test_serve_in_a_process_stops_cleanly_on_sigterm(tmp_path, command):
    import signal
    import subprocess
    import sys

    env = {**os.environ, "HOME": str(tmp_path), "HALO_HOME": str(tmp_path / ".halopsa")}
    process = subprocess.Popen([sys.executable, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=tmp_path)
    try:
        first = process.stdout.readline()
        assert first.startswith("FakeHalo is serving a demo HaloPSA tenant at http://127.0.0.1:"), first
        url = first.rsplit(" ", 1)[1].strip()
        reply = requests.post(f"{url}/auth/token", data={"grant_type": "client_credentials",
                                                          "client_id": "halo-demo-client",
                                                          "client_secret": "halo-demo-secret"})
        token = reply.json()["access_token"]
        body = requests.get(f"{url}/api/Tickets", params={"pageinate": "true", "page_size": 100},
                            headers={"Authorization": f"Bearer {token}"}).json()
        assert (body["page_size"], len(body["tickets"]), body["record_count"]) == (10, 10, 30)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out.rstrip().endswith("FakeHalo stopped.")
    assert "GET /api/Tickets?pageinate=true&page_size=100 -> 200" in err


# ------------------------------------------------------------------------------------------------ demo data

def test_same_seed_same_data_and_different_seed_different_data():
    one, two, other = FakeHalo(seed=3), FakeHalo(seed=3), FakeHalo(seed=4)
    for name in RESOURCES:
        assert one.records(name) == two.records(name), name
    assert one.records("tickets") != other.records("tickets")
    assert one.records("statuses") == other.records("statuses")  # lookup tables are fixed


def test_demo_data_has_the_promised_shape():
    fake = FakeHalo()
    counts = {name: len(fake.records(name)) for name in RESOURCES}
    assert counts["tickets"] == 200 and counts["clients"] >= 10 and counts["agents"] >= 10
    assert all(counts[name] > 0 for name in RESOURCES), counts
    ticket = fake.records("tickets")[0]
    for field in ("summary", "client_id", "client_name", "site_id", "user_id", "agent_id", "status_id",
                  "priority_id", "team", "categoryid_1", "dateoccurred", "customfields"):
        assert field in ticket


def test_demo_fields_are_fields_of_the_spec_schemas():
    fake = FakeHalo(tickets=20)
    for name, row in RESOURCES.items():
        known = set(KNOWN_FIELDS[row.schema].split())
        used = set().union(*(set(r) for r in fake.records(name)))
        assert used <= known, f"{name}: {sorted(used - known)} are not in {row.schema}"


def test_ticket_count_is_what_was_asked():
    assert len(FakeHalo(tickets=0).records("tickets")) == 0
    assert len(FakeHalo(tickets=1234).records("tickets")) == 1234


# ------------------------------------------------------------------------------------------------ request log

def test_request_log(halo_fake, halo):
    halo_fake.clear_requests()
    halo.get("Tickets", count=2, whatever="x")
    halo.post("Tickets", [{"summary": "logged"}])
    requests.get(f"{halo_fake.url}/api/Status")  # no token: 401, still logged
    log = halo_fake.requests
    assert [r.method for r in log] == ["GET", "POST", "GET"]
    first = log[0]
    assert isinstance(first, RecordedRequest)
    assert (first.path, first.params, first.status, first.unknown_params) == (
        "/api/Tickets", {"count": "2", "whatever": "x"}, 200, ["whatever"])
    assert first.headers["authorization"].startswith("Bearer ")
    assert log[1].json == [{"summary": "logged"}] and log[1].status == 201
    assert log[2].status == 401
    assert halo_fake.api_requests("POST") == [log[1]]
    assert halo_fake.api_requests(path="/Tickets") == log[:2]
    assert halo_fake.api_requests("get", "/api/status") == [log[2]]


def test_api_requests_excludes_token_requests(halo_fake, halo):
    assert halo_fake.token_requests == 1
    assert all(not r.path.startswith("/auth") for r in halo_fake.api_requests())
    assert any(r.path == "/auth/token" for r in halo_fake.requests)
    halo_fake.clear_requests()
    assert halo_fake.requests == [] and halo_fake.token_requests == 0


# ------------------------------------------------------------------------------------------------ plugin & spec

def test_plugin_fixtures(halo_fake, halo_fake_factory):
    assert halo_fake.running and len(halo_fake.records("tickets")) == 200
    custom = halo_fake_factory(tickets=3, page_cap=2)
    assert custom.running and custom.page_cap == 2 and custom.url != halo_fake.url


def test_client_builds_an_sdk_client_connected_to_the_fake(halo_fake):
    with halo_fake.client() as client:
        assert client.tenant_url == halo_fake.url
        assert client.tickets.count() == len(halo_fake.records("tickets"))
        assert client.transport.rate_limiter.max_requests is None  # no client-side limit against a fake without one


def test_importing_the_testing_package_stays_light():
    import subprocess
    import sys

    # What importing halopsa.testing adds on top of importing halopsa itself (whose __init__ is not ours).
    code = ("import sys, halopsa; before = set(sys.modules); "
            "import halopsa.testing, halopsa.testing.pytest_plugin; "
            "added = set(sys.modules) - before; "
            "heavy = sorted(m for m in added if (m.startswith('halopsa.') and not m.startswith('halopsa.testing')) "
            "or m.split('.')[0] in ('sqlite3', 'requests', 'attrs', 'cattrs', 'yaml', 'prompt_toolkit')); "
            "print(heavy)")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


@pytest.mark.skipif(not SPEC.exists(), reason="the OpenAPI document is not on this machine")
def test_generated_known_params_match_the_spec():
    from halopsa.testing import _known_params, _make_known_params

    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    expected = _make_known_params.generate(spec, SPEC.name)
    assert Path(_known_params.__file__).read_text(encoding="utf-8") == expected, \
        "regenerate: python -m halopsa.testing._make_known_params /path/to/halopsa-openapi.json"
