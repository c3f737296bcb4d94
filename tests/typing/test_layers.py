"""The layers look down only, read from the code (every import, at module level or inside a function): the SDK
never imports the fake, the CLI or the shell (``python -m halopsa`` is the CLI's entry point), and the query layer
never imports the client (QuerySet talks to its manager through ``halopsa.query.source.RecordSource``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "halopsa"


def _imports(path: Path) -> set:
    """The halopsa modules a file imports anywhere in it, as dotted names."""
    package = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)[:-1]  # the file's package
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("halopsa")}


def _within(name: str, *layers: str) -> bool:
    return any(name == layer or name.startswith(layer + ".") for layer in layers)


def _files(*folders: str, exclude: tuple = ()) -> list:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if (not folders or relative.startswith(folders)) and not relative.startswith(exclude):
            files.append(path)
    return files


@pytest.mark.parametrize("path", _files(exclude=("testing/", "cli/", "shell/", "__main__.py")),
                         ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_the_sdk_never_imports_the_fake_the_cli_or_the_shell(path):
    upward = {name for name in _imports(path) if _within(name, "halopsa.testing", "halopsa.cli", "halopsa.shell")}
    assert not upward, f"{path.relative_to(PACKAGE)} imports {sorted(upward)}"


@pytest.mark.parametrize("path", _files("query/"), ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_the_query_layer_never_imports_the_client(path):
    assert not any(_within(name, "halopsa.client") for name in _imports(path)), \
        f"{path.relative_to(PACKAGE)} imports halopsa.client"
