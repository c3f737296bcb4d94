"""The one place the tests find Halo's OpenAPI document: where ``HALO_OPENAPI`` points, else
``../shared/halopsa-openapi.json`` beside the checkout (or beside the workspace's main checkout, for a clone made
elsewhere on the same machine). Tests that compare with it skip, saying so, where it is absent."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
_CANDIDATES = [Path(os.environ["HALO_OPENAPI"])] if os.environ.get("HALO_OPENAPI") else [
    REPO_ROOT.parent / "shared" / "halopsa-openapi.json", Path("/work/shared/halopsa-openapi.json")]
SPEC_PATH = next((path for path in _CANDIDATES if path.is_file()), _CANDIDATES[0])
HAVE_SPEC = SPEC_PATH.is_file()
