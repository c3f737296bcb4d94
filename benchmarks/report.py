"""Results of a benchmark run: sections of measures, the machine they were taken on, and their rendering as a
terminal table, as JSON and as the results block of docs/performance.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

__all__ = ["Measure", "Section", "machine", "render_table", "render_markdown", "update_document", "median",
           "format_seconds", "SECTION_TITLES", "RESULTS_START", "RESULTS_END"]

RESULTS_START = "<!-- results:start (written by `python -m benchmarks --write`; edit the prose outside) -->"
RESULTS_END = "<!-- results:end -->"

SECTION_TITLES = {
    "listing": "1. Listing",
    "rate_limit": "2. Rate limit",
    "startup": "3. Start-up",
    "memory": "4. Memory",
    "economy": "5. Request economy",
    "reporting": "6. Reports, SQL and JSON lines",
}


@dataclass
class Measure:
    """One line of the results: what was measured, the figure, the target it answers to and whether it met it
    (``ok`` is None for figures without a target and for measures that could not be taken)."""

    name: str
    result: str
    target: str = ""
    ok: Optional[bool] = None
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.ok is None:
            return "n/a" if self.target else ""
        return "met" if self.ok else "MISSED"


@dataclass
class Section:
    key: str
    measures: List[Measure] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    data: Dict[str, Any] = field(default_factory=dict)   # raw figures, for --json and the tests

    @property
    def title(self) -> str:
        return SECTION_TITLES.get(self.key, self.key)

    def add(self, name: str, result: str, target: str = "", ok: Optional[bool] = None, note: str = "") -> Measure:
        measure = Measure(name, result, target, ok, note)
        self.measures.append(measure)
        return measure

    def to_json(self) -> Dict[str, Any]:
        return {"key": self.key, "title": self.title, "measures": [asdict(m) for m in self.measures],
                "notes": self.notes, "data": self.data}


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def format_seconds(seconds: float) -> str:
    if seconds != seconds:  # NaN
        return "-"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


# ---------------------------------------------------------------------------------------------------- machine


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} (kernel {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def machine() -> Dict[str, str]:
    """What the figures were measured on."""
    import requests

    cores = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = cores
    return {
        "CPU": _cpu_model(),
        "cores": f"{usable} usable of {cores}" if usable != cores else str(cores),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "requests": requests.__version__,
        "OS": _os_name(),
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    }


# ---------------------------------------------------------------------------------------------------- rendering


def render_table(sections: Sequence[Section], info: Dict[str, str]) -> str:
    """The plain-text table printed at the end of a run."""
    rows = [("measure", "result", "target", "verdict")]
    for section in sections:
        rows.append((f"[{section.title}]", "", "", ""))
        for m in section.measures:
            result = f"{m.result} ({m.note})" if m.note else m.result
            rows.append(("  " + m.name, result, m.target, m.verdict))
    widths = [min(max(len(row[i]) for row in rows), 64) for i in range(4)]
    lines = [", ".join(f"{k}: {v}" for k, v in info.items()), ""]
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    for section in sections:
        for note in section.notes:
            lines.append(f"note ({section.title}): {note}")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(sections: Sequence[Section], info: Dict[str, str], command: str) -> str:
    """The results block of docs/performance.md."""
    out = [RESULTS_START, "", "## Results", "",
           "| machine | |", "|---|---|"]
    out += [f"| {key} | {_cell(value)} |" for key, value in info.items()]
    out += ["", f"Produced by `{command}`.", ""]
    for section in sections:
        out += [f"### {section.title}", "", "| measure | result | target | verdict |", "|---|---|---|---|"]
        for m in section.measures:
            name = m.name + (f" ({m.note})" if m.note else "")
            out.append(f"| {_cell(name)} | {_cell(m.result)} | {_cell(m.target)} | {m.verdict} |")
        out.append("")
        for note in section.notes:
            out.append(f"- {note}")
        if section.notes:
            out.append("")
    out.append(RESULTS_END)
    return "\n".join(out) + "\n"


def update_document(path: Path, block: str, template: str) -> None:
    """Replace the results block of ``path`` (keeping the prose around it); a missing file or one without the
    markers is written from ``template``, whose ``{results}`` receives the block."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(re.escape(RESULTS_START) + r".*?" + re.escape(RESULTS_END) + r"\n?", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    else:
        text = template.replace("{results}", block)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def command_line() -> str:
    return "python -m benchmarks " + " ".join(sys.argv[1:]) if sys.argv[1:] else "python -m benchmarks"
