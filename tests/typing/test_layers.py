"""The layers look down only, read from the code: every import of every module of the package, at module level,
inside a function or under ``if TYPE_CHECKING:`` (none is needed upward: what a lower layer must know of a higher
one is a Protocol in ``halopsa._source``).

The SDK's core, lowest first (a module may import its own layer and those below it, never one above)::

    foundation   exceptions, _encoding, _aio, _waits, _render, _version, _report_rows, _json_text
    settings     config (every HALO_* variable), auth, transport
    registry     _catalog, resources (pure data: no model, query or client), _writes, _source (the Protocols)
    models       models/ (model_for: the one place a registry row is bound to its model class)
    query        query/ (QuerySet talks to its manager through _source.RecordSource)
    managers     _managers (manager_class), _attachments, _operations, _reports, _naming, _ids
    client       client (HaloClient, AsyncHaloClient), halopsa/__init__ (the curated public names)
    testing      testing/ (FakeHalo; the sandbox is started from here by its callers)
    interfaces   cli/, shell/, __main__

and the import graph among the package's modules has no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "halopsa"

LAYERS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("foundation", ("halopsa.exceptions", "halopsa._encoding", "halopsa._aio", "halopsa._waits", "halopsa._render",
                    "halopsa._version", "halopsa._report_rows", "halopsa._json_text")),
    ("settings", ("halopsa.config", "halopsa.auth", "halopsa.transport")),
    ("registry", ("halopsa._catalog", "halopsa.resources", "halopsa._writes", "halopsa._source")),
    ("models", ("halopsa.models",)),
    ("query", ("halopsa.query",)),
    ("managers", ("halopsa._managers", "halopsa._attachments", "halopsa._operations", "halopsa._reports",
                  "halopsa._naming", "halopsa._ids")),
    ("client", ("halopsa.client", "halopsa")),
    ("testing", ("halopsa.testing",)),
    ("interfaces", ("halopsa.cli", "halopsa.shell", "halopsa.__main__")),
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: Dict[str, Path] = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str) -> Set[str]:
    """The package's modules that module ``name`` imports anywhere in it (``from .models import Model`` is
    ``halopsa.models``; ``from . import models`` is ``halopsa.models`` too)."""
    path = MODULES[name]
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: Set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1] + ([node.module] if node.module else [])
                target = ".".join(base)
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.add(submodule if submodule in MODULES else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module in MODULES and module != name}


GRAPH: Dict[str, Set[str]] = {name: _imports(name) for name in MODULES}


def _layer(name: str) -> int:
    """The index of the layer ``name`` belongs to (its longest matching prefix: ``halopsa`` alone is the
    package's facade)."""
    best, best_length = -1, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    return best


def test_every_module_has_a_layer():
    assert not [name for name in MODULES if _layer(name) < 0]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_module_imports_only_its_own_layer_and_those_below(name):
    own = _layer(name)
    upward = sorted(f"{target} ({LAYERS[_layer(target)][0]})" for target in GRAPH[name] if _layer(target) > own)
    assert not upward, f"{name} ({LAYERS[own][0]}) imports a higher layer: {', '.join(upward)}"


def _cycles(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_has_no_cycle():
    assert _cycles(GRAPH) == []


def test_the_cycle_finder_finds_one():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_registry_imports_no_model_query_or_client():
    """A registry row is plain data; halopsa.models.model_for binds it to its class."""
    registry = [name for name in MODULES if _layer(name) == 2]
    assert {"halopsa.resources", "halopsa._catalog"} <= set(registry)
    for name in registry:
        assert not {target for target in GRAPH[name] if _layer(target) > 2}, name


@pytest.mark.parametrize("name", [name for name in sorted(MODULES) if _layer(name) < 6],
                         ids=str)
def test_the_sdk_below_the_client_never_imports_it(name):
    assert "halopsa.client" not in GRAPH[name], f"{name} imports halopsa.client"


def _within(name: str, *packages: str) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


_ABOVE_THE_SDK = ("halopsa.testing", "halopsa.cli", "halopsa.shell", "halopsa.__main__")


@pytest.mark.parametrize("name", [name for name in sorted(MODULES) if not _within(name, *_ABOVE_THE_SDK)], ids=str)
def test_the_sdk_never_imports_the_fake_the_cli_or_the_shell(name):
    upward = sorted(target for target in GRAPH[name] if _within(target, *_ABOVE_THE_SDK))
    assert not upward, f"{name} imports {upward}"
