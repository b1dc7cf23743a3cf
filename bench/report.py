# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/benchmarks.md: the machine, the plans, one table per size with targets, and the LibreOffice comparison."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.targets import Row

LIBRARIES = (
    "PySide6-Essentials",
    "reportlab",
    "sqlite-utils",
    "python-docx",
    "openpyxl",
    "pypdf",
    "platformdirs",
)
LOAD_NOTE = " (other work on the machine during the run makes the figures slower and noisier)"
PDF_SHARE = 0.25  # issue 4: our PDF export takes at most a quarter of LibreOffice's conversion


@dataclass(frozen=True)
class PlanInfo:
    """What a benchmark plan holds, and how big its files are."""

    programs: int
    indicators: int
    targets: int
    chapter_words: int
    file_bytes: int
    json_bytes: int

    @classmethod
    def read(cls, plan: Path, js: Path) -> PlanInfo:
        from smartcity_desktop.services.document import read_rows

        rows, _version = read_rows(plan)
        return cls(
            programs=len(rows["program"]),
            indicators=len(rows["indicator"]),
            targets=len(rows["indicator_target"]),
            chapter_words=sum(len((c.get("body_md") or "").split()) for c in rows["chapter"]),
            file_bytes=plan.stat().st_size,
            json_bytes=js.stat().st_size,
        )


def machine() -> list[str]:
    """Lines describing this computer and the software versions."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    mem = ""
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, ValueError):
        mem = "unknown"
    libs = []
    for name in LIBRARIES:
        try:
            libs.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            libs.append(f"{name} (not installed)")
    try:
        app = metadata.version("smartcity-desktop")
    except metadata.PackageNotFoundError:
        app = "?"
    lines = [
        f"- CPU: {cpu}, {os.cpu_count()} cores (nproc); memory {mem}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()} (the project's venv); SQLite {sqlite3.sqlite_version}",
        f"- Libraries: {', '.join(libs)}",
        f"- smartcity-desktop {app}{_commit()}",
    ]
    if hasattr(os, "getloadavg"):
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        lines.append(f"- Load average (1, 5, 15 min) at the end of the run: {load}{LOAD_NOTE}")
    soffice = shutil.which("soffice")
    if soffice:
        lines.append(f"- LibreOffice: {_output([soffice, '--version']) or 'unknown version'}")
    return lines


def _output(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def _commit() -> str:
    root = Path(__file__).resolve().parents[1]
    commit = _output(["git", "-C", str(root), "rev-parse", "--short", "HEAD"])
    dirty = _output(["git", "-C", str(root), "status", "--porcelain"])
    return f" (commit {commit}{', with uncommitted changes' if dirty else ''})" if commit else ""


def _mb(n: int | None) -> str:
    if n is None:
        return "-"
    return f"{n / 1_000_000:.2f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB"


def _table(rows: list[Row]) -> list[str]:
    out = [
        "| Command | Median s | Min s | Max s | Peak MB | Output | Target | Result |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in rows:
        target = r.target.text() if r.target else "-"
        if r.m is not None and r.m.samples and r.m.ok:
            nums = f"{r.m.median:.3f} | {r.m.min:.3f} | {r.m.max:.3f} | {r.m.peak_mb:.0f}"
        else:
            nums = "- | - | - | -"
        verdict = r.verdict()
        verdict = verdict if len(verdict) <= 160 else verdict[:157] + "…)"
        verdict = f"**{verdict}**" if verdict.startswith(("MISS", "FAIL")) else verdict
        if r.skipped:
            verdict = f"skipped: {r.skipped}"
        out.append(f"| `{r.shell}` | {nums} | {_mb(r.out_bytes)} | {target} | {verdict} |")
    return out


def _libreoffice(rows: list[Row], lo: Row | None) -> list[str]:
    out = ["## LibreOffice comparison (issue 4)", ""]
    if lo is None:
        return [*out, "Not run (the demo size was not benchmarked).", ""]
    if lo.skipped:
        return [*out, f"Skipped: {lo.skipped}.", ""]
    ours = next((r for r in rows if r.size == "demo" and r.command == "export pdf"), None)
    out += _table([lo] + ([ours] if ours else []))
    out.append("")
    if lo.m is None or not lo.m.ok:
        return [*out, f"LibreOffice failed: {lo.m.error if lo.m else '?'}.", ""]
    if ours is None or ours.m is None or not ours.m.ok:
        why = ours.m.error if ours and ours.m else (ours.skipped if ours else "not run")
        return [*out, f"No ratio: our PDF export of the demo plan has no figure ({why}).", ""]
    share = ours.m.median / lo.m.median
    verdict = "PASS" if share <= PDF_SHARE else "**MISS**"
    out.append(
        f"Our PDF export takes **{share:.0%}** of LibreOffice's conversion time of our own DOCX "
        f"({ours.m.median:.3f} s vs {lo.m.median:.3f} s; target at most {PDF_SHARE:.0%}): {verdict}. "
        "LibreOffice runs with its own fresh profile, created by one untimed run first."
    )
    return [*out, ""]


def libreoffice_share(rows: list[Row], lo: Row | None) -> float | None:
    """Our demo PDF export's median time as a share of LibreOffice's conversion (None: not both measured)."""
    ours = next((r for r in rows if r.size == "demo" and r.command == "export pdf"), None)
    if lo is None or lo.m is None or not lo.m.ok or ours is None or ours.m is None or not ours.m.ok:
        return None
    return ours.m.median / lo.m.median


def gui_section(gui: dict[str, Any] | None) -> list[str]:
    """The in-process GUI figures of issue 3 (from bench/gui_bench.py on the large plan)."""
    if not gui:
        return []
    sw, ed, alone, first = (
        gui["view_switch"],
        gui["edit_commit_with_window"],
        gui["edit_commit_alone"],
        gui["view_first_build"],
    )

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "**MISS**"

    lines = [
        "## Inside the GUI (issue 3, large plan)",
        "",
        f"`python bench/gui_bench.py --skip-launch` on the large plan ({gui['programs']:,} programs), in one process, "
        "offscreen.",
        "",
        "| Measurement | Median ms | p99 ms | Max ms | Target | Result |",
        "|---|---:|---:|---:|---|---|",
        f"| switching between views (every view, {sw['n']} switches) | {sw['median_ms']:.1f} | {sw['p99_ms']:.1f} "
        f"| {sw['max_ms']:.1f} | < 100 ms | {verdict(sw['max_ms'] < 100)} |",
        f"| committing one edit, window open ({ed['n']} edits) | {ed['median_ms']:.2f} | {ed['p99_ms']:.2f} "
        f"| {ed['max_ms']:.2f} | < 5 ms at p99 | {verdict(ed['p99_ms'] < 5)} |",
        f"| committing one edit, no window ({alone['n']} edits) | {alone['median_ms']:.2f} | {alone['p99_ms']:.2f} "
        f"| {alone['max_ms']:.2f} | - | - |",
        f"| first build of a view | {first['median_ms']:.1f} | - | {first['max_ms']:.1f} | - | - |",
        "",
        "First builds by view (ms): "
        + ", ".join(f"{k} {v:.0f}" for k, v in sorted(gui["view_first_build_ms"].items(), key=lambda kv: -kv[1])),
        "",
    ]
    return lines


def write_report(
    path: Path,
    rows: list[Row],
    plans: dict[str, PlanInfo],
    lo: Row | None,
    runs: int,
    command: str,
    gui: dict[str, Any] | None = None,
) -> None:
    """Write the whole benchmark report to ``path``."""
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}` on {now}. Every figure is a whole process started fresh "
        f"(new interpreter each run), median of {runs} run(s); peak MB is the maximum resident set size of the "
        "process (and the children it waited for) as reported by `os.wait4`. Outputs are removed before each run. "
        "Each command first runs once untimed (bytecode compiled and cached, as in an installed app; "
        "`PYTHONDONTWRITEBYTECODE` is dropped for the measured processes). "
        "The plans come from `bench/generate.py` (small, large) and `smartcity-desktop demo` (demo).",
        "",
        "## Machine",
        "",
        *machine(),
        "",
        "## Plans",
        "",
        "| Size | Programs | Indicators | Yearly targets | Chapter words | .smartcity | JSON |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for size, p in plans.items():
        lines.append(
            f"| {size} | {p.programs:,} | {p.indicators:,} | {p.targets:,} | {p.chapter_words:,} "
            f"| {_mb(p.file_bytes)} | {_mb(p.json_bytes)} |"
        )
    lines.append("")
    for size in plans:
        lines += [f"## {size}", "", *_table([r for r in rows if r.size == size]), ""]
    lines += _libreoffice(rows, lo)
    lines += gui_section(gui)
    misses = [r for r in rows if r.verdict().startswith(("MISS", "FAIL"))]
    lines += ["## Summary", ""]
    lines += [f"- {r.size}: `{r.shell}`: {r.verdict()}" + (f" at `{r.detail}`" if r.detail else "") for r in misses]
    share = libreoffice_share(rows, lo)
    if share is not None and share > PDF_SHARE:
        lines.append(
            f"- demo: our PDF export takes {share:.0%} of LibreOffice's time (target at most {PDF_SHARE:.0%}): MISS"
        )
    elif share is not None:
        lines.append(f"- demo: our PDF export takes {share:.0%} of LibreOffice's time: PASS")
    if not misses and (share is None or share <= PDF_SHARE):
        lines.append("- Every measured command meets its target.")
    skipped = [r for r in rows if r.skipped]
    lines += [f"- Not measured: {r.size} `{r.shell}` ({r.skipped})" for r in skipped]
    if not gui:
        lines.append(
            "- Not measured (needs the large plan and Qt): switching views (< 100 ms) and committing one edit "
            "(< 5 ms at the 99th percentile)."
        )
    lines += [
        "- The GUI figure is launch to first paint of the main window plus the process's exit "
        "(`SMARTCITY_EXIT_AFTER_PAINT=1`, `QT_QPA_PLATFORM=offscreen`).",
        "",
        "Run again with `python bench/run.py` (all sizes, 5 runs), `--sizes demo,large`, `--runs N`, or `--quick` "
        "(1 run, small and demo).",
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(splice(old, "\n".join(lines).rstrip("\n")), encoding="utf-8")


RUN_BEGIN, RUN_END = "<!-- run-bench:begin -->", "<!-- run-bench:end -->"
_MARKED = re.compile(r"<!-- ([\w-]+):begin -->.*?<!-- \1:end -->", re.S)


def splice(old: str, block: str) -> str:
    """``old`` with this report's part replaced by ``block``; every other part is kept (the other benches write
    their own marked sections, and notes are added by hand: a run of this report used to drop them)."""
    if RUN_BEGIN in old and RUN_END in old:
        head, rest = old.split(RUN_BEGIN, 1)
        return f"{head}{RUN_BEGIN}\n{block}\n{RUN_END}{rest.split(RUN_END, 1)[1]}"
    # written before the markers: this report ran from the top to its "Run again with" paragraph
    cut = old.find("Run again with")
    end = old.find("\n\n", cut) if cut >= 0 else 0
    end = len(old) if end < 0 else end
    mine, tail = old[:end], old[end:]
    kept = "".join(f"\n\n{m.group(0)}" for m in _MARKED.finditer(mine))
    return f"{RUN_BEGIN}\n{block}\n{RUN_END}{kept}{tail if tail.strip() else chr(10)}"
