# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge benchmark: the large plan handed out to 10 groups, 200 edits each, merged back by one CLI call.

Usage: python bench/merge_bench.py [--groups 10] [--edits 200] [--runs 3] [--write]
Whole-process wall time and peak memory (median of runs, each on a fresh copy of the master); with
``--write`` the result replaces the merge section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.measure import measure  # noqa: E402
from bench.run import cli_command  # noqa: E402

BEGIN, END = "<!-- merge-bench:begin -->", "<!-- merge-bench:end -->"
TARGET_S = 3.0


def prepare(folder: Path, groups: int, edits: int) -> tuple[Path, list[Path]]:
    """The large plan, handed out to ``groups`` groups; each edits programs of its own dimensions."""
    from bench.generate import make_rows
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.groups import Group, hand_out
    from smartcity_desktop.services.plans import write_plan

    master = folder / "large.smartcity"
    write_plan(master, make_rows("large"))
    doc = PlanDocument.open(master)
    try:
        dims = doc.db.rows("dimension")
        specs = [Group(f"Kelompok {i + 1}", (str(dims[i % len(dims)]["name"]),)) for i in range(groups)]
        files = hand_out(doc, specs, folder, "Bagikan")
    finally:
        doc.close()
    rng = random.Random(7)
    for i, path in enumerate(files):
        copy = PlanDocument.open(path)
        try:
            db = copy.db
            dim = dims[i % len(dims)]["id"]
            share = -(-groups // len(dims))  # groups drafting the same dimension get disjoint programs
            programs = [p for p in db.rows("program") if p["dimension_id"] == dim][i // len(dims) :: share]
            with db.action() as changes:
                for k in range(edits):
                    p = rng.choice(programs)
                    kind = k % 4
                    if kind == 0:
                        db.update(
                            "program", p["id"], {"description": f"{p['description'] or ''}\n\nCatatan kelompok {i}-{k}"}
                        )
                    elif kind == 1:
                        first, last = p["first_year"] or 2019, p["last_year"] or 2019
                        year = first + k % (last - first + 1)  # inside the program's years (a rule)
                        db.set_yearly("program_budget", "program_id", p["id"], year, "amount", 1_000_000 * (k + i))
                    elif kind == 2:
                        db.update("program", p["id"], {"name": f"{p['name'].split(' [')[0]} [K{i}]"})
                    else:
                        db.insert(
                            "program",
                            {
                                "dimension_id": dim,
                                "name": f"Program baru {i}-{k}",
                                "status": "proposed",
                                "is_quick_win": 0,
                            },
                        )
            copy.edited(changes)
        finally:
            copy.close()
    return master, files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--groups", type=int, default=10)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="merge-bench-"))
    os.environ["SMARTCITY_HOME"] = str(work / "home")
    try:
        master, files = prepare(work, args.groups, args.edits)
        pristine = work / "pristine.smartcity"
        shutil.copy(master, pristine)

        def fresh() -> None:
            shutil.copy(pristine, master)

        cmd = [*cli_command(), "merge", str(master), *map(str, files)]
        env = {"SMARTCITY_HOME": str(work / "home")}
        m = measure(cmd, runs=args.runs, env=env, before=fresh)
        size = pristine.stat().st_size / 1e6
        line = (
            f"| Merge {args.groups} group copies of the large plan, {args.edits} edits each | "
            f"{m.median:.2f} s (min {m.min:.2f}, max {m.max:.2f}), {m.peak_mb:.0f} MB | < {TARGET_S:.0f} s | "
            f"{'met' if m.ok and m.median < TARGET_S else 'NOT met'} |"
        )
        print(line, f"(master {size:.1f} MB)")
        if args.write:
            write_section(line, size)
        return 0 if m.ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_section(line: str, size_mb: float) -> None:
    doc = ROOT / "docs" / "benchmarks.md"
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    section = "\n".join(
        [
            BEGIN,
            "## Merging working-group copies",
            "",
            f"`python bench/merge_bench.py --write` (whole process, median; master {size_mb:.1f} MB). Each copy edits",
            "programs of its own dimension: descriptions (paragraphs), yearly budgets, names and new programs.",
            "",
            "| What | Result | Target | Status |",
            "|---|---|---|---|",
            line,
            END,
        ]
    )
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
