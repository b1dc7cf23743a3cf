# SPDX-License-Identifier: GPL-3.0-or-later
"""Smoke test of a built app (the frozen bundle, or any command that starts the app).

Usage: python packaging/smoke.py EXECUTABLE [ARG ...]
   e.g. python packaging/smoke.py build/pyinstaller/dist/smartcity-desktop/smartcity-desktop
        python packaging/smoke.py .venv/bin/python -m smartcity_desktop

Checks, in a fresh SMARTCITY_HOME: `--version`; `demo`; `info`; `export` to PDF, DOCX and XLSX, each read back
(pypdf text, python-docx paragraphs, openpyxl cells); then the GUI (offscreen) started with the plan as its
argument opens it and shows every place of the navigation (SMARTCITY_SELFTEST): it fails on any placeholder
("Sedang disiapkan", "not available"), any view error, and any ERROR or traceback in the app's log.
Exit code 0 when every check passed; prints one line per check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_rules as rules  # noqa: E402

REGION = "Lombok Timur"  # the demo plan's region: every export names it


class SmokeError(Exception):
    pass


def run(cmd: list[str], env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise SmokeError(f"{' '.join(args)}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def read_pdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def read_docx(path: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def read_xlsx(path: Path) -> str:
    import openpyxl

    book = openpyxl.load_workbook(str(path), read_only=True)
    return "\n".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v)


def log_tail(work: Path, lines: int = 25) -> str:
    log = work / "home" / "data" / "smartcity-desktop.log"
    if not log.exists():
        return ""
    return "\n--- end of the app's log ---\n" + "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def smoke(cmd: list[str], work: Path) -> list[str]:
    """Run every check; returns the lines to print. Raises SmokeError on the first failure."""
    home = work / "home"
    env = {
        **os.environ,
        "SMARTCITY_HOME": str(home),
        "SMARTCITY_LANG": "id",
        "QT_QPA_PLATFORM": os.environ.get("SMOKE_QPA", "offscreen"),
        "PYTHONUTF8": "1",
    }
    env.pop("SMARTCITY_SELFTEST", None)
    env.pop("SMARTCITY_EXIT_AFTER_PAINT", None)
    done = []

    out = run(cmd, env, "--version").stdout
    if rules.version() not in out:
        raise SmokeError(f"--version printed {out!r}, expected {rules.version()}")
    done.append(f"--version: {out.strip()}")

    plan = work / "Demo Lombok Timur.smartcity"
    run(cmd, env, "demo", str(plan))
    if not plan.is_file():
        raise SmokeError("demo wrote no plan")
    info = run(cmd, env, "info", str(plan)).stdout
    if REGION not in info:
        raise SmokeError(f"info does not name the region: {info!r}")
    done.append(f"demo + info: {plan.stat().st_size} bytes")

    for fmt, read in (("pdf", read_pdf), ("docx", read_docx), ("xlsx", read_xlsx)):
        out_file = work / f"masterplan.{fmt}"
        started = time.perf_counter()
        run(cmd, env, "export", str(plan), "-o", str(out_file))
        text = read(out_file)
        if REGION not in text:
            raise SmokeError(f"{fmt}: the export read back does not name {REGION!r}")
        done.append(f"export {fmt}: {out_file.stat().st_size} bytes, {time.perf_counter() - started:.1f} s, read back")

    report = work / "selftest.json"
    gui_env = {**env, "SMARTCITY_SELFTEST": str(report)}
    run(cmd, gui_env, str(plan))
    result = json.loads(report.read_text(encoding="utf-8"))
    if result.get("plan") is None or Path(result["plan"]).resolve() != plan.resolve():
        raise SmokeError(f"the plan passed as argument did not open: {result}")
    if result["placeholders"] or result["errors"]:
        raise SmokeError(f"views not shown: placeholders {result['placeholders']}, errors {result['errors']}")
    missing = set(result.get("navigation_keys") or ["?"]) - set(result["keys"])
    if missing:
        raise SmokeError(f"navigation places never shown: {sorted(missing)}")
    done.append(f"GUI: plan opened, {result['places']} places of {len(result['keys'])} views shown")

    log = home / "data" / "smartcity-desktop.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    bad = [
        line
        for line in text.splitlines()
        if " ERROR " in line or "Traceback" in line or "not available" in line or "Sedang disiapkan" in line
    ]
    if bad:
        raise SmokeError("the log has errors:\n" + "\n".join(bad[:20]))
    done.append(f"log: {len(text.splitlines())} lines, no errors")
    return done


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory(prefix="smartcity-smoke-") as tmp:
        try:
            for line in smoke(argv, Path(tmp)):
                print("ok  " + line)
        except SmokeError as e:
            print(f"FAIL {e}{log_tail(Path(tmp))}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
