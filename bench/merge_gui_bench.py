# SPDX-License-Identifier: GPL-3.0-or-later
"""How long Berkas > Gabungkan freezes the window while it reads the copies: the longest gap between the ticks
of a 10 ms timer, reading on the GUI thread (as before) and on the worker (gui/merge_reading.py), alternated.

Usage: python bench/merge_gui_bench.py [--groups 10] [--edits 200] [--runs 3] [--folder DIR]
(``--folder``: a folder prepared by an earlier run, with large.smartcity and Kelompok-*.smartcity).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime + c.ru_utime + c.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--groups", type=int, default=10)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--folder", default="")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="merge-gui-bench-"))
    os.environ["SMARTCITY_HOME"] = str(work / "home")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from smartcity_desktop.gui.merge_reading import read_for_merge
    from smartcity_desktop.services import groups
    from smartcity_desktop.services.document import PlanDocument

    app = QApplication.instance() or QApplication([])
    try:
        if args.folder:
            folder = Path(args.folder)
            master, files = folder / "large.smartcity", sorted(folder.glob("Kelompok-*.smartcity"))
        else:
            from bench.merge_bench import prepare

            master, files = prepare(work, args.groups, args.edits)
        copy = work / "master.smartcity"
        shutil.copy(master, copy)
        doc = PlanDocument.open(copy)
        parent = QWidget()
        paths = [str(f) for f in files]

        def on_gui_thread() -> Any:
            copies = groups.read_copies(paths, groups.plan_id_of(doc.db), doc.db)
            return groups.preview_copies(doc.db, copies)

        def on_worker() -> Any:
            return read_for_merge(parent, doc, paths)

        results: dict[str, list[tuple[float, float, float]]] = {"GUI thread (before)": [], "worker (now)": []}
        for _ in range(args.runs):
            for name, call in (("GUI thread (before)", on_gui_thread), ("worker (now)", on_worker)):
                clock = QElapsedTimer()
                ticks: list[int] = []
                timer = QTimer()
                timer.setInterval(10)
                timer.timeout.connect(lambda c=clock, t=ticks: t.append(c.elapsed()))
                timer.start()
                app.processEvents()
                clock.start()
                ticks.append(0)
                cpu, wall = _cpu(), time.perf_counter()
                call()
                ticks.append(clock.elapsed())
                wall, cpu = time.perf_counter() - wall, _cpu() - cpu
                timer.stop()
                stall = max(b - a for a, b in itertools.pairwise(ticks)) / 1000
                results[name].append((stall, wall, cpu))
        doc.close()
        print(f"{len(paths)} copies of the large plan, load average {os.getloadavg()[0]:.1f}")
        for name, rows in results.items():
            stalls = sorted(r[0] for r in rows)
            walls = sorted(r[1] for r in rows)
            cpus = sorted(r[2] for r in rows)
            print(
                f"{name}: longest freeze {stalls[len(stalls) // 2]:.2f} s (median; max {stalls[-1]:.2f}), "
                f"wall {walls[len(walls) // 2]:.2f} s, CPU {cpus[len(cpus) // 2]:.2f} s (process and children)"
            )
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
