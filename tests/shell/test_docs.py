"""docs/shell.md: its ```python blocks run, in order, in the shell's namespace as `halo shell` would run them."""

from __future__ import annotations

import io
import re
from pathlib import Path

from halopsa.shell._namespace import ShellSession, make_namespace
from halopsa.shell._run import run_source

DOC = Path(__file__).resolve().parents[2] / "docs" / "shell.md"
FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_python_examples_run_in_the_shell_namespace(fresh_fake, monkeypatch, capsys):
    # The first block rebuilds the names from HaloClient(), which reads HALO_* variables.
    monkeypatch.setenv("HALO_TENANT_URL", fresh_fake.url)
    monkeypatch.setenv("HALO_CLIENT_ID", fresh_fake.client_id)
    monkeypatch.setenv("HALO_CLIENT_SECRET", fresh_fake.client_secret)
    text = DOC.read_text(encoding="utf-8")
    blocks = [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in FENCE.finditer(text)]
    assert len(blocks) >= 4
    session = ShellSession()
    namespace = make_namespace(fresh_fake.client(), session)
    for line, code in blocks:
        errors = io.StringIO()
        exit_code = run_source(code, f"shell.md:{line}", namespace, session, errors)
        assert exit_code == 0, f"docs/shell.md block at line {line}: {errors.getvalue()}"
    out = capsys.readouterr().out
    assert "True HaloClient" in out
    assert "DoesNotExist 404" in out
    assert fresh_fake.api_requests("POST", "/api/Tickets")  # the save() example reached the server
    session.close()
