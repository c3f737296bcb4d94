"""The types users see: the committed stubs are what scripts/generate_stubs.py writes, and mypy and pyright report
exactly the expected errors on tests/typing/user_script.py (a user's script with correct and incorrect uses).

Each checker runs in a child process over that one script, reading the package through its source folder (as an
installed halopsa is read); a few seconds each. The test extra brings both checkers (pyright with the Node.js
it runs on, some 50 MB); a checker that is not installed fails its test, saying how to install it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
GENERATOR = REPO_ROOT / "scripts" / "generate_stubs.py"
SCRIPT = Path(__file__).with_name("user_script.py")
STUBS = ("halopsa/client.pyi", "halopsa/models/__init__.pyi", "halopsa/models/_fields.pyi",
         "halopsa/models/base.pyi", "halopsa/query/queryset.pyi")
MARK = re.compile(r"#\s*E:\s*(.+)$")


def expected_errors() -> Dict[int, List[str]]:
    """{line: the fragments one of which its error must contain} from the script's ``# E:`` comments."""
    wanted = {}
    for number, line in enumerate(SCRIPT.read_text(encoding="utf-8").splitlines(), start=1):
        match = MARK.search(line)
        if match:
            wanted[number] = [fragment.strip() for fragment in match.group(1).split("|")]
    return wanted


def assert_errors_as_marked(checker: str, errors: Dict[int, List[str]]) -> None:
    wanted = expected_errors()
    unexpected = {line: messages for line, messages in errors.items() if line not in wanted}
    missing = sorted(set(wanted) - set(errors))
    unlike = {line: messages for line, messages in errors.items() if line in wanted
              and not any(fragment in message for fragment in wanted[line] for message in messages)}
    assert not unexpected and not missing and not unlike, (
        f"{checker}: errors on unmarked lines: {unexpected}; no error on marked lines: {missing}; "
        f"errors not saying what the mark says: {unlike}")


def child_environment() -> Dict[str, str]:
    environment = dict(os.environ)
    environment.pop("MYPYPATH", None)
    environment.pop("PYTHONPATH", None)
    return environment


def test_stubs_are_what_the_generator_writes(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(tmp_path)], check=True, cwd=REPO_ROOT,
                   env=child_environment(), timeout=120)
    stale = [stub for stub in STUBS
             if (tmp_path / stub).read_text(encoding="utf-8") != (REPO_ROOT / stub).read_text(encoding="utf-8")]
    assert not stale, f"stale stubs {stale}: run python scripts/generate_stubs.py and commit them"
    generated = {str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.pyi")}
    assert generated == set(STUBS)


def test_no_stub_is_loaded_at_run_time() -> None:
    """A stub is for type checkers only: importing the package reads no ``.pyi``."""
    code = ("import sys, halopsa, halopsa.client, halopsa.models; "
            "print(sorted(m for m, mod in sys.modules.items() if str(getattr(mod, '__file__', '')).endswith('.pyi')))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env=child_environment(), timeout=60).stdout
    assert output.strip() == "[]"


def test_generic_names_subscript_at_run_time() -> None:
    """``QuerySet[Ticket]`` and ``Page[Ticket]`` work in annotations Python evaluates (no postponed annotations)."""
    from halopsa import Page, QuerySet
    from halopsa.models import Ticket

    assert QuerySet[Ticket].__origin__ is QuerySet
    assert Page[Ticket].__origin__ is Page


def test_mypy_reports_exactly_the_marked_errors(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: pip install -e '.[test]'")
    stubbed = [stub[:-4].replace("/", ".").removesuffix(".__init__") for stub in STUBS]
    config = tmp_path / "mypy.ini"
    # the package's .py modules are library code to the user (an installed package's errors are not reported);
    # its stubs are checked as well as the script
    config.write_text("[mypy]\n"
                      f"mypy_path = {REPO_ROOT}\n"
                      "[mypy-halopsa.*]\nignore_errors = True\n"
                      + "".join(f"[mypy-{module}]\nignore_errors = False\nwarn_unused_ignores = True\n"
                                for module in stubbed),
                      encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(tmp_path / "cache"),
         "--no-error-summary", "--show-absolute-path", str(SCRIPT)],
        capture_output=True, text=True, cwd=tmp_path, env=child_environment(), timeout=300)
    errors: Dict[int, List[str]] = {}
    for line in result.stdout.splitlines():
        path, _, rest = line.partition(":")
        number, _, message = rest.partition(":")
        if " error: " not in f" {message}":
            continue
        assert Path(path) == SCRIPT, f"mypy: an error outside the user's script: {line}"
        errors.setdefault(int(number), []).append(message)
    assert result.returncode in (0, 1) and not result.stderr.strip(), result.stdout + result.stderr
    assert_errors_as_marked("mypy", errors)


def test_pyright_reports_exactly_the_marked_errors(tmp_path: Path) -> None:
    if importlib.util.find_spec("pyright") is None:
        pytest.fail("pyright is not installed: pip install -e '.[test]' (it brings its own Node.js)")
    config = tmp_path / "pyrightconfig.json"
    config.write_text(json.dumps({"extraPaths": [str(REPO_ROOT)], "pythonVersion": "3.9"}), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable,
                             str(SCRIPT)],
                            capture_output=True, text=True, cwd=tmp_path, env=child_environment(), timeout=300)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"pyright gave no report: {result.stdout[-2000:]} {result.stderr[-2000:]}")
    errors: Dict[int, List[str]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            assert Path(diagnostic["file"]) == SCRIPT, f"pyright: an error outside the user's script: {diagnostic}"
            errors.setdefault(diagnostic["range"]["start"]["line"] + 1, []).append(diagnostic["message"])
    assert_errors_as_marked("pyright", errors)
