"""The package's own types hold: ``mypy --strict halopsa`` (with the repo's config in setup.cfg) reports no error,
and pyright reports none either (basic mode on the package, strict on the modules pyproject.toml lists).

Each checker runs in a child process from the repository's root (a cold run: some 10 to 20 s on two cores). The
test extra brings both (pyright with the Node.js it runs on); without one, its test fails, saying how to install.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_mypy_strict_reports_no_error_in_the_package(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: pip install -e '.[test]'")
    environment = dict(os.environ)
    environment.pop("MYPYPATH", None)
    environment.pop("PYTHONPATH", None)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(REPO_ROOT / "setup.cfg"),
         "--cache-dir", str(tmp_path / "cache"), "--no-pretty", "--no-color-output", "halopsa"],
        capture_output=True, text=True, cwd=REPO_ROOT, env=environment, timeout=300)
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert result.returncode == 0 and not errors, (
        f"mypy --strict halopsa: {len(errors)} errors\n{result.stdout[-6000:]}{result.stderr[-2000:]}")


@pytest.mark.slow
def test_pyright_reports_no_error_in_the_package() -> None:
    """pyright on the package, with the settings in pyproject.toml: no error, no warning."""
    import shutil

    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    if pyright is None:
        pytest.fail("pyright is not installed: pip install -e '.[test]' (it brings its own Node.js)")
    result = subprocess.run([pyright, "--project", str(REPO_ROOT), "--pythonpath", sys.executable, "halopsa"],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=300)
    assert result.returncode == 0 and "0 errors, 0 warnings" in result.stdout, result.stdout[-6000:]


def _bodies_behind_stubs() -> list:
    package = REPO_ROOT / "halopsa"
    return sorted(path.relative_to(REPO_ROOT).as_posix() for path in package.rglob("*.py")
                  if path.with_suffix(".pyi").exists())


@pytest.mark.slow
@pytest.mark.parametrize("body", _bodies_behind_stubs())
def test_mypy_strict_checks_the_bodies_behind_the_stubs(body: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A module with a committed .pyi beside it is read through its stub, so the package run above never checks
    its code. Named on the command line, mypy checks the code itself (the rest of the package still through the
    stubs, which can then disagree with it: only errors in the named file count)."""
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: pip install -e '.[test]'")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(REPO_ROOT / "setup.cfg"),
         "--cache-dir", str(tmp_path_factory.getbasetemp() / "mypy-bodies-cache"), "--no-pretty",
         "--no-color-output", body],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=300)
    errors = [line for line in result.stdout.splitlines() if line.startswith(body + ":") and ": error: " in line]
    assert not errors, f"mypy --strict {body}: {len(errors)} errors\n" + "\n".join(errors)
    assert result.returncode in (0, 1), result.stdout[-3000:] + result.stderr[-2000:]  # 2: mypy itself failed
