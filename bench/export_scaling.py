# SPDX-License-Identifier: GPL-3.0-or-later
"""How the PDF export's cost grows: one long table (a region profile of 2,500 to 20,000 rows) and the large plan at
1x, 2x and 4x. Each doubling should at most double time and peak memory.

Usage:
  python -m bench.export_scaling                 measure both series, print them as Markdown
  python -m bench.export_scaling --runs 3        ... the median of 3 runs each (1 by default; a busy machine
                                                 makes single runs of the larger plans noisy)
  python -m bench.export_scaling --write-docs    ... and write them into docs/benchmarks.md (between markers)
  python -m bench.export_scaling table N OUT.pdf one measured run (the child process)
  python -m bench.export_scaling plan K OUT.smartcity   write the large plan at K times its size (untimed)

The table is exported in a child process of its own; the plans are exported by the CLI from their files
(``smartcity-desktop export PLAN -o OUT.pdf``), as bench/run.py measures them.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TABLE_ROWS = (2_500, 5_000, 10_000, 20_000)
PLAN_SCALES = (1, 2, 4)
BEGIN, END = "<!-- export-scaling:begin -->", "<!-- export-scaling:end -->"


def table_document(rows: int) -> Any:
    """A document holding one region profile table of ``rows`` rows (name, value, unit, year, source)."""
    from smartcity_desktop.exports.tree import Document, Heading, Meta, Table

    body: list[list[Any]] = [
        [
            f"Jumlah penduduk Desa {k} Kecamatan {k % 21}",
            f"{(k * 7919) % 100_000:,}".replace(",", "."),
            "jiwa",
            str(2015 + k % 3),
            "BPS Kabupaten",
        ]
        for k in range(rows)
    ]
    table = Table(["Uraian", "Nilai", "Satuan", "Tahun", "Sumber"], body, [5, 2, 1.2, 1, 2.5], {1, 3}, caption="Data")
    meta = Meta(region="Kabupaten Bench", title="Profil", document_name="Profil")
    return Document("profile", meta, [Heading(1, "Profil Daerah", "BAB II"), table])


def plan_rows(scale: int) -> Any:
    """The large benchmark plan with ``scale`` times its programs, indicators, words, statistics and meetings."""
    from bench import generate

    spec = generate.SPECS["large"]
    grown = dataclasses.replace(
        spec,
        programs=spec.programs * scale,
        indicators=spec.indicators * scale,
        words=spec.words * scale,
        statistics=spec.statistics * scale,
        meetings=spec.meetings * scale,
        feedback=spec.feedback * scale,
        quick_wins=spec.quick_wins * scale,
    )
    return generate._generate(grown, "bench-large")


def child(kind: str, n: int, out: str) -> None:
    if kind == "plan":
        from smartcity_desktop.services.plans import write_plan

        write_plan(Path(out), plan_rows(n), force=True)
        return
    from smartcity_desktop.exports.pdf import write_pdf

    write_pdf(table_document(n), out)


def series(runs: int = 1) -> list[tuple[str, str, float, float]]:
    from bench.measure import measure, run_once
    from bench.run import cli_command

    out: list[tuple[str, str, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        env = {"SMARTCITY_HOME": str(Path(tmp) / "home"), "LANG": "C.UTF-8"}
        for kind, values in (("table", TABLE_ROWS), ("plan", PLAN_SCALES)):
            for n in values:
                pdf = str(Path(tmp) / f"{kind}{n}.pdf")
                cmd = [sys.executable, "-m", "bench.export_scaling", kind, str(n), pdf]
                if kind == "plan":
                    plan = str(Path(tmp) / f"large{n}.smartcity")
                    made = run_once([sys.executable, "-m", "bench.export_scaling", "plan", str(n), plan], cwd=str(ROOT))
                    if made.returncode:
                        raise SystemExit(f"writing the plan {n}x failed: {made.stderr}")
                    cmd = [*cli_command(), "export", plan, "-o", pdf]
                m = measure(cmd, runs, env=env, timeout=900)
                label = f"{n:,} rows".replace(",", ".") if kind == "table" else f"{n}x"
                if not m.ok:
                    raise SystemExit(f"{kind} {n}: {m.error}")
                out.append((kind, label, m.median, m.peak_mb))
                print(f"{kind} {label}: {m.median:.2f} s, {m.peak_mb:.0f} MB", file=sys.stderr)
    return out


def markdown(rows: list[tuple[str, str, float, float]]) -> str:
    lines = [
        "| what | size | time (s) | peak memory (MB) | time x | memory x |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    prev: dict[str, tuple[float, float]] = {}
    for kind, label, secs, mb in rows:
        what = "one profile table (PDF)" if kind == "table" else "large plan, masterplan PDF"
        ratio = ("", "")
        if kind in prev:
            p_secs, p_mb = prev[kind]
            ratio = (f"{secs / p_secs:.2f}", f"{mb / p_mb:.2f}")
        prev[kind] = (secs, mb)
        lines.append(f"| {what} | {label} | {secs:.2f} | {mb:.0f} | {ratio[0]} | {ratio[1]} |")
    return "\n".join(lines) + "\n"


def write_docs(text: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    doc = path.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text}{END}"
    if BEGIN in doc and END in doc:
        doc = doc[: doc.index(BEGIN)] + block + doc[doc.index(END) + len(END) :]
    else:
        doc = doc.rstrip("\n") + "\n\n## Export cost as plans grow\n\n" + block + "\n"
    path.write_text(doc, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("table", "plan"):
        child(args[0], int(args[1]), args[2])
        return 0
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args[:-1] else 1
    text = markdown(series(max(1, runs)))
    print(text)
    if "--write-docs" in args:
        write_docs(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
