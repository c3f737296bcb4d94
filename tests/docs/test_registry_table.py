"""docs/sdk.md's table of the everyday resources says what the registry says."""

import re
from pathlib import Path

from halopsa.resources import EVERYDAY, REGISTRY

ROW = re.compile(r"^\| `(\w+)` \| (/\w+) \| (\w+) \| (yes|no) \|\s*(yes|)\s*\|$", re.MULTILINE)


def test_resource_table_matches_registry():
    text = (Path(__file__).resolve().parents[2] / "docs" / "sdk.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.groups()[1:] for m in ROW.finditer(text)}
    expected = {name: (r.path, r.model_name, "yes" if r.can_delete else "no", "yes" if r.has_me else "")
                for name, r in REGISTRY.items() if name in EVERYDAY}
    assert rows == expected
