"""tests/ mirrors the package, so the tests of halopsa/X are found in tests/X: a folder of tests/ is a subpackage of
halopsa (tests/query/ for halopsa/query/) or one of the few that are no one module's; a test file at the top names
the top-level module it tests (tests/test_transport_retries.py: halopsa/transport.py, its retries); helpers that
tests import live in tests/_support/. Each folder is a package, so two test files may share a name."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
PACKAGE = TESTS.parent / "halopsa"

# What is no one module's: end to end over the whole catalog, the types users see, the docs' examples, the
# benchmarks' quick run, and the helpers the tests import.
CROSS_CUTTING = {"e2e", "typing", "docs", "benchmarks", "_support"}
# Test files at the top that test the layout of tests/ itself.
ABOUT_THE_TESTS = {"test_layout.py"}


def _folders(root: Path) -> list:
    return sorted(path for path in root.rglob("*") if path.is_dir() and path.name != "__pycache__")


def _modules() -> set:
    """The names of halopsa's top-level modules and subpackages, without a leading underscore."""
    names = {path.stem for path in PACKAGE.glob("*.py")}
    names |= {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    return {name.lstrip("_") for name in names if name not in ("__init__", "__main__")}


def test_every_folder_mirrors_a_subpackage_or_is_cross_cutting():
    subpackages = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    stray = [str(path.relative_to(TESTS)) for path in _folders(TESTS)
             if path.relative_to(TESTS).parts[0] not in subpackages | CROSS_CUTTING]
    assert stray == [], f"not halopsa/<subpackage> nor one of {sorted(CROSS_CUTTING)}: {stray}"


def test_nested_folders_mirror_the_package_too():
    stray = [str(path.relative_to(TESTS)) for path in _folders(TESTS)
             if len(path.relative_to(TESTS).parts) > 1 and path.relative_to(TESTS).parts[0] not in CROSS_CUTTING
             and not (PACKAGE / path.relative_to(TESTS) / "__init__.py").is_file()]
    assert stray == []


def test_every_folder_is_a_package():
    assert [str(path.relative_to(TESTS)) for path in [TESTS, *_folders(TESTS)]
            if not (path / "__init__.py").is_file()] == []


def test_a_test_file_at_the_top_names_the_module_it_tests():
    modules = _modules()
    stray = [path.name for path in sorted(TESTS.glob("test_*.py")) if path.name not in ABOUT_THE_TESTS
             and not any(path.stem == f"test_{name}" or path.stem.startswith(f"test_{name}_") for name in modules)]
    assert stray == [], f"name a top-level module of halopsa ({sorted(modules)}), or move them: {stray}"


def test_helpers_hold_no_tests():
    assert sorted(path.name for path in (TESTS / "_support").glob("test_*.py")) == []
    assert not (TESTS / "_support" / "conftest.py").exists()
