# SPDX-License-Identifier: GPL-3.0-or-later
"""Import of a 5,000-row Renstra workbook into a new plan (the issue asks for under 5 s).

Usage: python bench/import_bench.py [ROWS]   (default 5000). Prints read / preview / apply / total seconds.
Not a test: timings depend on the machine.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AGENCIES = ("Diskominfo", "Dinkes", "Dinas Pendidikan", "DLH", "Dishub", "Dispar", "Bappeda", "Dinas Kominfo")
TOPICS = ("layanan kesehatan", "sekolah", "sampah", "jalan desa", "pariwisata", "aplikasi", "UMKM", "air bersih")
STYLES = (lambda v: v, lambda v: f"Rp {v:,}".replace(",", "."), lambda v: f"{v / 10**6:,.0f} juta".replace(",", "."))


def make_book(path: Path, rows: int, seed: int = 1) -> Path:
    from openpyxl import Workbook

    rnd = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.append(
        ["No", "Kode", "Nama Program", "OPD", "Sumber Dana", "Indikator", "Satuan", "Kondisi Awal"]
        + [f"Target {y}" for y in (2019, 2020, 2021)]
        + [f"Pagu {y}" for y in (2019, 2020, 2021)]
    )
    for n in range(1, rows + 1):
        if n % 50 == 0:
            ws.append([None, None, "Jumlah", None, None, None, None, None, None, None, None, 1, 1, 1])
            continue
        amounts = [STYLES[rnd.randrange(3)](rnd.randrange(1, 900) * 10**6) for _ in range(3)]
        ws.append(
            [
                n,
                f"{rnd.randrange(1, 4)}.{rnd.randrange(1, 30):02d}.{n % 99 + 1:02d}",
                f"Program {rnd.choice(TOPICS)} nomor {n}",
                rnd.choice(AGENCIES),
                "APBD",
                f"Capaian {rnd.choice(TOPICS)} {n}",
                "%",
                rnd.randrange(100),
                10,
                20,
                30,
                *amounts,
            ]
        )
    wb.save(path)
    return path


def main(rows: int = 5000) -> None:
    from smartcity_desktop.imports.workbook import read_workbook
    from smartcity_desktop.services import program_import as pi
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.plans import write_plan
    from smartcity_desktop.services.session import EditSession
    from smartcity_desktop.services.templates import new_plan_rows

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SMARTCITY_HOME", tmp)
        book = make_book(Path(tmp) / "big.xlsx", rows)
        plan = Path(tmp) / "plan.smartcity"
        write_plan(plan, new_plan_rows("Bench"))
        doc = PlanDocument.open(plan)
        try:
            t0 = time.perf_counter()
            wb = read_workbook(book)
            t1 = time.perf_counter()
            choices = pi.ImportChoices(default_duplicate="new", skip_bad=True)
            pv = pi.preview(doc.db, wb, None, choices)
            t2 = time.perf_counter()
            out: list[pi.ImportResult] = []
            EditSession(doc).run(lambda db: out.append(pi.apply(db, pv, choices)))
            t3 = time.perf_counter()
        finally:
            doc.close(abandon=True)
    r = out[0]
    print(
        f"rows={rows} programs={r.programs_added} indicators={r.indicators} budgets={r.budgets} "
        f"skipped={r.rows_skipped}"
    )
    print(f"read={t1 - t0:.2f}s preview={t2 - t1:.2f}s apply={t3 - t2:.2f}s total={t3 - t0:.2f}s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
