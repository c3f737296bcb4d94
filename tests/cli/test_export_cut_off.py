"""An export cut off mid-way leaves whole lines: `halo tickets list --all -o jsonl > file`, stopped by SIGTERM
or Ctrl-C while pages are still coming, against a slow fake in this process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest

from halopsa.testing import FakeHalo

from tests._support.cli import halo_executable, interruptible


@pytest.fixture(scope="module")
def slow():
    with FakeHalo(seed=5, tickets=3000, latency=0.3, page_cap=20) as fake:
        yield fake


@pytest.mark.parametrize("how, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_export_leaves_whole_lines(slow, tmp_path, how, code):
    out = tmp_path / "tickets.jsonl"
    env = dict(os.environ, HALO_TENANT_URL=slow.url, HALO_CLIENT_ID=slow.client_id,
               HALO_CLIENT_SECRET=slow.client_secret, HALO_HOME=str(tmp_path / "home"))
    with open(out, "w") as handle:
        child = subprocess.Popen(halo_executable() + ["tickets", "list", "--all", "-o", "jsonl"], stdout=handle,
                                 stderr=subprocess.PIPE, env=env, preexec_fn=interruptible)
        deadline = time.monotonic() + 60
        while out.stat().st_size < 5000 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # until the first pages are out (in whole lines: a buffer full, or every 100 rows)
        assert child.poll() is None, child.stderr.read()
        child.send_signal(how)
        _, err = child.communicate(timeout=60)
    assert child.returncode == code, err
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    rows = [json.loads(line) for line in text.splitlines()]  # every line a whole record
    assert 0 < len(rows) < 3000 and [row["id"] for row in rows] == sorted({row["id"] for row in rows})
