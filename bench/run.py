# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark runner: whole-process timings and peak memory of the CLI and GUI; writes docs/benchmarks.md.

Usage: python bench/run.py [--sizes small,demo,large] [--runs 5] [--quick]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.measure import Measurement, measure, run_once  # noqa: E402
from bench.report import PlanInfo, write_report  # noqa: E402
from bench.targets import Row  # noqa: E402

log = logging.getLogger("bench.run")

SIZES = ("small", "demo", "large")
DOC_FORMATS = ("pdf", "docx", "xlsx")
GUI_ENV = {"SMARTCITY_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}


def cli_command() -> list[str]:
    """The console command of the interpreter running us (falls back to ``python -m``)."""
    script = Path(sys.executable).parent / "smartcity-desktop"
    return [str(script)] if script.exists() else [sys.executable, "-m", "smartcity_desktop"]


def available_formats(env: dict[str, str]) -> list[str]:
    """Export formats the installed app offers (asked in a subprocess, as a user's run would see them)."""
    code = "from smartcity_desktop.services.exporting import available_formats as f; print(','.join(f()))"
    try:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={**os.environ, **env}
        )
    except (OSError, subprocess.TimeoutExpired):
        return ["json"]
    return out.stdout.strip().split(",") if out.returncode == 0 and out.stdout.strip() else ["json"]


def gui_supported() -> str:
    """'' when the GUI can be timed to first paint, else why not."""
    gui = ROOT / "smartcity_desktop" / "gui"
    if not (gui / "app.py").exists():
        return "the GUI (gui/app.py) does not exist yet"
    if not any("SMARTCITY_EXIT_AFTER_PAINT" in p.read_text(encoding="utf-8") for p in gui.rglob("*.py")):
        return "SMARTCITY_EXIT_AFTER_PAINT is not supported by the GUI yet"
    return ""


class Bench:
    """Runs every command for the chosen sizes in a scratch folder."""

    def __init__(self, work: Path, runs: int) -> None:
        self.work = work
        self.runs = runs
        self.cli = cli_command()
        self.env = {"SMARTCITY_HOME": str(work / "home"), "LANG": "C.UTF-8"}
        self.formats = available_formats(self.env)
        self.gui_skip = gui_supported()
        self.rows: list[Row] = []
        self.plans: dict[str, PlanInfo] = {}
        self.libreoffice: Row | None = None

    def timed(
        self,
        size: str,
        command: str,
        args: list[str],
        out: Path | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 300.0,
    ) -> Row:
        """Measure ``cli + args`` (removing ``out`` before each run) and keep the row."""
        before: Callable[[], None] | None = (lambda: out.unlink(missing_ok=True)) if out else None
        shown = "smartcity-desktop " + " ".join(_short(a, self.work) for a in args)
        _progress(f"[{size}] {shown}")
        m = measure(self.cli + args, self.runs, env={**self.env, **(env or {})}, before=before, timeout=timeout)
        row = Row(size, command, shown, m, out.stat().st_size if out and out.exists() else None)
        if not m.ok:
            row.detail = self.logged_error()
        _progress(f"    {_summary(m)}")
        self.rows.append(row)
        return row

    def logged_error(self) -> str:
        """Where the last unexpected error in the app's log was raised (its last traceback frame and message)."""
        logs = sorted((self.work / "home").rglob("*.log"), key=lambda p: p.stat().st_mtime)
        if not logs:
            return ""
        lines = [ln for ln in logs[-1].read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
        frames = [i for i, ln in enumerate(lines) if ln.lstrip().startswith('File "')]
        if not frames:
            return ""
        last = frames[-1]
        error = next((ln for ln in lines[last + 1 :] if not ln.startswith(" ")), "")
        return f"{lines[last].strip()}: {error.strip()}"

    def skip(self, size: str, command: str, shell: str, why: str) -> None:
        _progress(f"[{size}] {shell}: skipped ({why})")
        self.rows.append(Row(size, command, shell, skipped=why))

    def prepare(self, size: str) -> tuple[Path, Path]:
        """Write the plan of ``size`` and its JSON export (untimed)."""
        plan, js = self.work / f"{size}.smartcity", self.work / f"{size}.json"
        if size == "demo":
            cmd = [*self.cli, "demo", str(plan), "--force"]
        else:
            cmd = [sys.executable, str(ROOT / "bench" / "generate.py"), size, str(plan)]
        for step in (cmd, [*self.cli, "export", str(plan), "-o", str(js)]):
            s = run_once(step, env=self.env)
            if s.returncode != 0:
                raise SystemExit(f"preparing the {size} plan failed: {' '.join(step)}\n{s.stderr}")
        self.plans[size] = PlanInfo.read(plan, js)
        return plan, js

    def size(self, size: str) -> None:
        plan, js = self.prepare(size)
        out = self.work / "out"
        out.mkdir(exist_ok=True)
        if size == "demo":
            self.timed(size, "demo", ["demo", str(out / "demo.smartcity"), "--force"])
        self.timed(size, "import", ["import", str(js), "-o", str(out / f"{size}.smartcity"), "--force"])
        self.timed(size, "export json", ["export", str(plan), "-o", str(out / f"{size}.json")], out / f"{size}.json")
        if size != "small":
            for fmt in DOC_FORMATS:
                target = out / f"{size}.{fmt}"
                args = ["export", str(plan), "-o", str(target), "--format", fmt]
                if fmt in self.formats:
                    self.timed(size, f"export {fmt}", args, target, timeout=600)
                else:
                    shown = f"smartcity-desktop export {size}.smartcity -o {size}.{fmt}"
                    self.skip(size, f"export {fmt}", shown, f"format {fmt} not available yet")
        self.gui(size, plan)

    def gui(self, size: str, plan: Path) -> None:
        shell = "smartcity-desktop --demo" if size == "demo" else f"smartcity-desktop {size}.smartcity"
        if self.gui_skip:
            self.skip(size, "gui first paint", shell, self.gui_skip)
            return
        args = ["--demo"] if size == "demo" else [str(plan)]
        probe = run_once(self.cli + args, env={**self.env, **GUI_ENV}, timeout=60)
        if probe.timed_out or probe.returncode != 0:
            why = "did not exit after painting" if probe.timed_out else f"Qt could not start ({probe.returncode})"
            self.skip(size, "gui first paint", shell, why)
            return
        self.timed(size, "gui first paint", args, env=GUI_ENV, timeout=60)

    def gui_inside(self) -> dict[str, Any] | None:
        """View switching and edit commits measured in one GUI process (bench/gui_bench.py) on the large plan."""
        plan = self.work / "large.smartcity"
        if self.gui_skip or not plan.exists():
            return None
        out = self.work / "gui.json"
        _progress("[large] bench/gui_bench.py --skip-launch")
        env = {**os.environ, **self.env, **GUI_ENV}
        env.pop("SMARTCITY_EXIT_AFTER_PAINT", None)
        done = subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "gui_bench.py"),
                "--plan",
                str(plan),
                "--skip-launch",
                "--json",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
            check=False,
        )
        if done.returncode != 0 or not out.exists():
            _progress(f"    GUI in-process benchmark failed: {done.stderr.strip().splitlines()[-1:]}")
            return None
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result

    def compare_libreoffice(self) -> None:
        """issue 4: LibreOffice converting our DOCX of the demo plan vs our own PDF export."""
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        docx = self.work / "out" / "demo.docx"
        shell = "soffice --headless --convert-to pdf demo.docx"
        if not soffice:
            self.libreoffice = Row("demo", "libreoffice", shell, skipped="LibreOffice (soffice) is not installed")
        elif not docx.exists():
            self.libreoffice = Row("demo", "libreoffice", shell, skipped="no DOCX export of the demo plan")
        else:
            outdir = self.work / "lo"
            profile = (self.work / "lo-profile").as_uri()
            cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
            cmd += ["--outdir", str(outdir), str(docx)]
            pdf = outdir / "demo.pdf"
            _progress("[demo] " + shell + " (after one untimed run that creates the profile)")
            run_once(cmd, env=self.env, timeout=300)
            m = measure(cmd, self.runs, env=self.env, before=lambda: pdf.unlink(missing_ok=True), timeout=300)
            _progress(f"    {_summary(m)}")
            self.libreoffice = Row("demo", "libreoffice", shell, m, pdf.stat().st_size if pdf.exists() else None)


def _short(arg: str, work: Path) -> str:
    return arg.replace(str(work / "out") + os.sep, "").replace(str(work) + os.sep, "")


def _summary(m: Measurement) -> str:
    if not m.ok:
        return f"FAILED: {m.error}"
    return f"median {m.median:.3f} s (min {m.min:.3f}, max {m.max:.3f}), peak {m.peak_mb:.0f} MB"


def _progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench/run.py", description=__doc__)
    p.add_argument("--sizes", default=",".join(SIZES), help="comma-separated: small,demo,large")
    p.add_argument("--runs", type=int, default=5, help="runs per command (median reported)")
    p.add_argument("--quick", action="store_true", help="1 run, small and demo only")
    p.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"), help="report file")
    p.add_argument("--keep", metavar="DIR", help="work in DIR and keep the plans and outputs")
    args = p.parse_args(argv)
    sizes = ["small", "demo"] if args.quick else [s.strip() for s in args.sizes.split(",") if s.strip()]
    runs = 1 if args.quick else max(1, args.runs)
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        p.error(f"unknown size(s): {', '.join(unknown)}")
    logging.basicConfig(level=logging.WARNING)
    tmp = None if args.keep else tempfile.TemporaryDirectory(prefix="smartcity-bench-")
    work = Path(args.keep or (tmp.name if tmp else "."))
    work.mkdir(parents=True, exist_ok=True)
    try:
        bench = Bench(work, runs)
        _progress(f"formats: {', '.join(bench.formats)}; GUI: {bench.gui_skip or 'measured'}")
        for size in [s for s in SIZES if s in sizes]:
            bench.size(size)
        if "demo" in sizes:
            bench.compare_libreoffice()
        gui = bench.gui_inside() if "large" in sizes else None
        argv_text = " ".join(["python bench/run.py", *(argv if argv is not None else sys.argv[1:])]).strip()
        write_report(Path(args.output), bench.rows, bench.plans, bench.libreoffice, runs, argv_text, gui)
        _progress(f"written: {args.output}")
    finally:
        if tmp:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
