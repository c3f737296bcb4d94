"""Every ```python block in README.md and docs/*.md runs against FakeHalo.

The blocks of one file share a namespace and run top to bottom, like a session. HALO_* variables point at a
fresh FakeHalo for each file, so `HaloClient()` with no arguments connects to it.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(path: Path):
    text = path.read_text(encoding="utf-8")
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 2
        yield line, match.group(1)


@pytest.mark.parametrize("path", [p for p in DOCS if list(python_blocks(p))], ids=lambda p: p.name)
def test_examples_run(path, monkeypatch, tmp_path, capsys):
    from halopsa.testing import FakeHalo

    monkeypatch.setenv("HALO_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    with FakeHalo(seed=0, tickets=300) as fake:
        monkeypatch.setenv("HALO_TENANT_URL", fake.url)
        monkeypatch.setenv("HALO_CLIENT_ID", fake.client_id)
        monkeypatch.setenv("HALO_CLIENT_SECRET", fake.client_secret)
        monkeypatch.setenv("HALO_SANDBOX_DB", str(tmp_path / "sandbox.db"))
        namespace: dict = {"__name__": "__docs__"}
        for line, code in python_blocks(path):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    exec(compile(code, f"{path.name}:{line}", "exec"), namespace)
                except Exception as error:  # noqa: BLE001 - report which block failed
                    pytest.fail(f"{path.name}, block at line {line} raised {type(error).__name__}: {error}")
        client = namespace.get("client")
        if client is not None and hasattr(client, "close") and not hasattr(client, "sync"):
            client.close()
    assert capsys.readouterr().out  # the examples print what they show
