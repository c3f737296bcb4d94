"""docs/resources.md is the registry's list of every resource (scripts/generate_resources_doc.py writes it)."""

import importlib.util
from pathlib import Path

from halopsa.resources import REGISTRY

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("generate_resources_doc", ROOT / "scripts" /
                                                  "generate_resources_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_resource_list_is_current():
    text = (ROOT / "docs" / "resources.md").read_text(encoding="utf-8")
    assert text == _generator().render(), "run python scripts/generate_resources_doc.py"


def test_it_lists_every_resource_once():
    text = (ROOT / "docs" / "resources.md").read_text(encoding="utf-8")
    for name, resource in REGISTRY.items():
        assert text.count(f"| `{name}` | `{resource.cli_name}` | `{resource.path}` |") == 1, name
