"""The benchmark keeps working: ``python -m benchmarks --quick`` runs end to end, its report has every section and
the machine, and the request counts meet the minimums docs/querysets.md documents. No timing is asserted here
(speed belongs to the benchmark itself, whose quick sizes are too small for the ratios to mean anything)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # `benchmarks` lives at the repository root, beside `halopsa`

from benchmarks.rate_limit import theoretical_bound  # noqa: E402
from benchmarks.report import RESULTS_END, RESULTS_START, update_document  # noqa: E402
from benchmarks.run import SIZES  # noqa: E402

SECTION_TITLES = ["1. Listing", "2. Rate limit", "3. Start-up", "4. Memory", "5. Request economy",
                  "6. Reports, SQL and JSON lines"]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Any]:
    folder = tmp_path_factory.mktemp("benchmark")
    report, results = folder / "performance.md", folder / "results.json"
    completed = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--write", str(report),
                                "--json", str(results)], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-2000:]
    return {"stdout": completed.stdout, "report": report.read_text(encoding="utf-8"),
            "results": json.loads(results.read_text(encoding="utf-8"))}


def _measures(quick_run: Dict[str, Any], key: str) -> List[Dict[str, Any]]:
    for section in quick_run["results"]["sections"]:
        if section["key"] == key:
            return section["measures"]
    raise AssertionError(f"no section {key!r} in the results")


def _measure(quick_run: Dict[str, Any], key: str, prefix: str) -> Dict[str, Any]:
    found = [m for m in _measures(quick_run, key) if m["name"].startswith(prefix)]
    assert len(found) == 1, f"expected one measure starting {prefix!r}, got {[m['name'] for m in found]}"
    return found[0]


def test_every_section_ran_without_failing(quick_run: Dict[str, Any]) -> None:
    keys = [section["key"] for section in quick_run["results"]["sections"]]
    assert keys == ["listing", "rate_limit", "startup", "memory", "economy", "reporting"]
    failed = [m for s in quick_run["results"]["sections"] for m in s["measures"] if m["name"] == "section failed"]
    assert failed == []
    for title in SECTION_TITLES:
        assert f"[{title}]" in quick_run["stdout"]


def test_report_has_the_machine_and_every_section(quick_run: Dict[str, Any]) -> None:
    report = quick_run["report"]
    assert RESULTS_START in report and RESULTS_END in report
    for row in ("| CPU |", "| cores |", "| Python |", "| OS |", "| date |"):
        assert row in report
    for title in SECTION_TITLES:
        assert f"### {title}" in report
    assert "python -m benchmarks --quick" in report


def test_listing_compares_halopsa_with_the_plain_loop(quick_run: Dict[str, Any]) -> None:
    names = [m["name"] for m in _measures(quick_run, "listing")]
    assert any("plain requests loop" in name for name in names)
    assert any("halopsa list(qs), concurrency 4" in name for name in names)


def test_rate_limited_listing_reaches_the_caller_without_error(quick_run: Dict[str, Any]) -> None:
    errors = _measure(quick_run, "rate_limit", "errors reaching the caller")
    assert errors["result"] == "none"


def test_memory_is_measured_at_two_sizes(quick_run: Dict[str, Any]) -> None:
    growth = [m for m in _measures(quick_run, "memory") if m["name"].endswith("growth over the baseline")]
    assert len(growth) == 2
    assert all(m["result"].endswith(" MB") for m in growth)


@pytest.mark.parametrize("prefix", ["qs.count()", "qs.exists()", "qs.first()", "qs[:10]", "qs[250:260]",
                                    "qs.get(", "token requests of one client"])
def test_request_economy_meets_the_documented_minimum(quick_run: Dict[str, Any], prefix: str) -> None:
    measure = _measure(quick_run, "economy", prefix)
    assert measure["ok"] is True, f"{measure['name']}: {measure['result']} requests, documented {measure['target']}"


@pytest.mark.parametrize("prefix", ["list(qs), ", "qs.update(", "list(qs[:"])
def test_listings_send_the_documented_number_of_pages(quick_run: Dict[str, Any], prefix: str) -> None:
    # 1,000 tickets: 10 GETs for the listing and for qs[:5000] (never a page past record_count), 10 + 20 for update
    measure = _measure(quick_run, "economy", prefix)
    assert measure["ok"] is True, f"{measure['name']}: {measure['result']} requests, documented {measure['target']}"


def test_a_sliced_listing_streams_within_the_memory_budget(quick_run: Dict[str, Any]) -> None:
    largest = max(SIZES["quick"]["memory"]["counts"])  # type: ignore[call-overload]
    measure = _measure(quick_run, "memory", f"{largest:,} tickets as a slice")
    assert measure["ok"] is True, f"{measure['name']}: {measure['result']}, budget {measure['target']}"


def test_cli_commands_share_one_token(quick_run: Dict[str, Any]) -> None:
    measure = _measure(quick_run, "economy", "token requests over")
    if measure["result"] == "not available":
        pytest.skip(f"the halo command does not run yet: {measure['note']}")
    assert measure["ok"] is True, f"{measure['result']} token requests over five commands"


def test_theoretical_bound_counts_full_windows_and_the_last_ones_share() -> None:
    # 201 requests at 60 per 3 s: three full windows, then 21 of 201 requests taking 0.4 s unthrottled
    assert theoretical_bound(201, 60, 3.0, 0.4) == pytest.approx(9.0 + 0.4 * 21 / 201)
    assert theoretical_bound(60, 60, 3.0, 0.3) == pytest.approx(0.3)


def test_writing_the_results_keeps_the_prose_around_them(tmp_path: Path) -> None:
    document = tmp_path / "performance.md"
    document.write_text(f"# Performance\n\nintro\n\n{RESULTS_START}\nold figures\n{RESULTS_END}\n\n## How\nprose\n")
    update_document(document, f"{RESULTS_START}\nnew figures\n{RESULTS_END}\n", "{results}")
    text = document.read_text()
    assert "new figures" in text and "old figures" not in text
    assert text.startswith("# Performance\n\nintro\n") and text.endswith("## How\nprose\n")
