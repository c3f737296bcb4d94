"""The benchmark run: every section side by side, a table on stdout, optionally docs/performance.md and JSON.

    python -m benchmarks                 # full sizes (about six minutes), table only
    python -m benchmarks --write         # ... and update the results block of docs/performance.md
    python -m benchmarks --quick         # small sizes, a few seconds: checks that everything still runs
    python -m benchmarks --only listing,memory --json results.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional

from .report import SECTION_TITLES, Section, command_line, machine, render_markdown, render_table, update_document
from .server import REPO_ROOT

__all__ = ["main", "run", "SIZES"]

DOCUMENT = REPO_ROOT / "docs" / "performance.md"

# sizes of a full run and of a quick one (the quick one only checks that every measurement still works)
SIZES: Dict[str, Dict[str, object]] = {
    "full": {"listing": dict(tickets=10_000, latencies=(0.0, 0.05), repeat=7),
             "rate_limit": dict(tickets=10_000, page_size=50, limit=60, window=3.0),
             "startup": dict(runs=20, shell_runs=5),
             "memory": dict(counts=(10_000, 100_000)),
             "economy": dict(tickets=1_000),
             "reporting": dict(tickets=10_000, runs=3, latency=0.05, scaled_limit=(60, 3.0),
                               counts=(2_000, 10_000, 20_000))},
    "quick": {"listing": dict(tickets=500, latencies=(0.0, 0.01), repeat=1),
              "rate_limit": dict(tickets=600, page_size=50, limit=5, window=0.5),
              "startup": dict(runs=1, shell_runs=1),
              "memory": dict(counts=(500, 2_000)),
              "economy": dict(tickets=1_000),
              "reporting": dict(tickets=500, runs=1, latency=0.01, scaled_limit=(5, 0.5), counts=(200, 500))},
}


def _runners() -> Dict[str, Callable[..., Section]]:
    from .economy import run_economy
    from .listing import run_listing
    from .memory import run_memory
    from .rate_limit import run_rate_limit
    from .reporting import run_reporting
    from .startup import run_startup

    return {"listing": run_listing, "rate_limit": run_rate_limit, "startup": run_startup, "memory": run_memory,
            "economy": run_economy, "reporting": run_reporting}


def run(mode: str = "full", only: Optional[List[str]] = None, progress: Callable[[str], None] = print) -> List[Section]:
    """Run the sections (all by default) at the sizes of ``mode``; a section that fails is reported, not fatal."""
    sections = []
    runners = _runners()
    for key in only or list(runners):
        progress(f"running {SECTION_TITLES[key]} ...")
        started = time.perf_counter()
        try:
            section = runners[key](**SIZES[mode][key])
        except Exception as error:  # noqa: BLE001 - one broken section must not hide the others
            section = Section(key)
            section.add("section failed", f"{type(error).__name__}: {error}", "runs", False)
        section.data["seconds"] = time.perf_counter() - started
        if mode == "quick" and key in ("listing", "rate_limit", "startup", "reporting"):
            section.notes.append("quick mode: the sizes are too small for the timing targets to mean anything.")
        sections.append(section)
    return sections


# a new document gets the results alone; the prose of docs/performance.md lives around its results block
NEW_DOCUMENT = "# Performance\n\n{results}"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes and single runs (no meaningful ratios)")
    parser.add_argument("--only", default="", help=f"comma-separated sections: {', '.join(SECTION_TITLES)}")
    parser.add_argument("--write", nargs="?", const=str(DOCUMENT), default=None, metavar="PATH",
                        help="update the results block of docs/performance.md (or of PATH)")
    parser.add_argument("--json", default=None, metavar="PATH", help="also write every figure as JSON to PATH")
    args = parser.parse_args(argv)
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in only if name not in SECTION_TITLES]
    if unknown:
        parser.error(f"unknown section {unknown[0]!r}; the sections are: {', '.join(SECTION_TITLES)}")
    if only and args.write:  # the results block is one run on one machine: a part would replace the whole
        parser.error("--write records a whole run; leave out --only (or add --json PATH to keep a part)")

    info = machine()
    mode = "quick" if args.quick else "full"
    sections = run(mode, only or None, progress=lambda text: print(text, file=sys.stderr, flush=True))
    print(render_table(sections, info))
    if args.write:
        block = render_markdown(sections, info, command_line())
        update_document(Path(args.write), block, NEW_DOCUMENT)
        print(f"wrote {args.write}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({"mode": mode, "machine": info,
                                               "sections": [s.to_json() for s in sections]}, indent=2,
                                              default=str), encoding="utf-8")
    missed = [m for s in sections for m in s.measures if m.ok is False]
    return 1 if missed and not args.quick else 0
