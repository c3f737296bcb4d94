"""docs/testing.md is true: its examples run, its fixture example passes under a real pytest through the installed
plugin, and the `halo sandbox serve` banner it shows is the one printed."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import threading
import time
from importlib import metadata
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "testing.md"
FENCE = re.compile(r"^```(python|text)[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(kind: str):
    text = DOC.read_text(encoding="utf-8")
    for match in FENCE.finditer(text):
        if match.group(1) == kind:
            yield text.count("\n", 0, match.start()) + 2, match.group(2)


def test_every_python_example_runs(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("HALO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HALO_SANDBOX_DB", str(tmp_path / "sandbox.db"))
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "__testing_docs__"}
    ran = 0
    for line, code in blocks("python"):
        try:
            exec(compile(code, f"testing.md:{line}", "exec"), namespace)
        except Exception as error:  # noqa: BLE001 - say which block failed
            pytest.fail(f"docs/testing.md, block at line {line} raised {type(error).__name__}: {error}")
        ran += 1
    assert ran >= 9
    out = capsys.readouterr().out
    assert "[('/auth/token', 200), ('/api/Tickets/1', 200), ('/api/Tickets', 200)]" in out
    assert "2 ['colour']" in out
    assert "1 ['CON-002-01']" in out and "501 [501]" in out  # "Every other family"


def _entry_point_installed() -> bool:
    found = metadata.entry_points()
    # Python 3.9 answers a dict of groups; 3.10 and later take group=
    group = found.select(group="pytest11") if hasattr(found, "select") else found.get("pytest11", ())
    return any(ep.value == "halopsa.testing.pytest_plugin" for ep in group)


@pytest.mark.skipif(not _entry_point_installed(), reason="halopsa is not installed, so its pytest11 entry point "
                                                           "is not registered")
def test_the_fixture_example_passes_under_pytest_outside_the_repository(tmp_path):
    module = next(code for _, code in blocks("python") if code.startswith("# test_with_halo_fake.py"))
    (tmp_path / "test_with_halo_fake.py").write_text(module, encoding="utf-8")
    # no conftest.py, no pytest_plugins: the fixtures must come from the installed entry point
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "test_with_halo_fake.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^3 passed", result.stdout, re.MULTILINE), result.stdout


def test_the_serve_banner_is_the_one_shown():
    from halopsa.testing import serve

    shown = next(code for _, code in blocks("text") if code.startswith("$ halo sandbox serve"))
    command, *expected = shown.rstrip("\n").split("\n")
    assert command == "$ halo sandbox serve --port 8765 --tickets 1000 --page-cap 50 --rate-limit 700/300"
    out, stop = io.StringIO(), threading.Event()
    thread = threading.Thread(target=serve, kwargs=dict(port=0, tickets=1000, page_cap=50, rate_limit="700/300",
                                                         out=out, stop_event=stop, log_requests=True,
                                                         log=io.StringIO()))
    thread.start()
    try:
        for _ in range(500):
            if "Press Ctrl-C" in out.getvalue():
                break
            time.sleep(0.01)
    finally:
        stop.set()
        thread.join(10)
    printed = out.getvalue().split("\n")[:len(expected)]
    port = re.search(r"http://127\.0\.0\.1:(\d+)", printed[0]).group(1)
    assert [line.replace(f":{port}", ":8765") for line in printed] == expected
