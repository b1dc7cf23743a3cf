# SPDX-License-Identifier: GPL-3.0-or-later
"""Make ``renstra-lombok-timur.xlsx``: a sample Renstra program table laid out the way agencies type it.

Demo data (invented programs in the regional budget nomenclature; not the district's real Renstra).
Run from the repository root: ``python resources/samples/make_renstra.py``. The layout has what real
workbooks have: a title, a merged two-row header, a row of column numbers, agency headings, a subtotal
per agency and a grand total, amounts as numbers and as text ("Rp 1.250.000.000", "1,25 M",
"750 juta"), a second indicator row under a program, and a hidden row.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("renstra-lombok-timur.xlsx")
YEARS = (2019, 2020, 2021)

# agency heading, then programs: code, name, indicator, unit, baseline, targets, amounts, funding, more indicators
AGENCIES: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    (
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        "Diskominfo",
        [
            (
                "2.16.02",
                "Program Informasi dan Komunikasi Publik",
                "Persentase OPD yang mengelola media sosial",
                "%",
                20,
                (40, 60, 80),
                ("Rp 350.000.000", "Rp 400.000.000", "Rp 450.000.000"),
                "APBD",
                [],
            ),
            (
                "2.16.03",
                "Program Aplikasi Informatika",
                "Jumlah layanan publik berbasis aplikasi",
                "layanan",
                5,
                (8, 12, 16),
                (1_250_000_000, "1,5 M", "1,75 M"),
                "APBD, DAK",
                [("Indeks SPBE", "indeks", 1.8, (2.1, 2.4, 2.6))],
            ),
        ],
    ),
    (
        "DINAS KESEHATAN",
        "Dinas Kesehatan",
        [
            (
                "1.02.02",
                "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                "Persentase puskesmas terakreditasi",
                "%",
                40,
                (60, 80, 100),
                ("2,5 M", "2,75 M", "3 M"),
                "APBD, APBN",
                [],
            ),
            (
                "1.02.05",
                "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
                "Persentase sarana farmasi yang memenuhi syarat",
                "%",
                55,
                (65, 75, 85),
                ("750 juta", "800 juta", "850 juta"),
                "APBD",
                [],
            ),
        ],
    ),
    (
        "DINAS PARIWISATA",
        "Dispar",
        [
            (
                "3.26.02",
                "Program Peningkatan Daya Tarik Destinasi Pariwisata",
                "Jumlah kunjungan wisatawan",
                "orang",
                450_000,
                (500_000, 550_000, 600_000),
                ("Rp 1.000.000.000", "Rp 1.200.000.000", "Rp 1.300.000.000"),
                "APBD, CSR",
                [],
            ),
        ],
    ),
    (
        "DINAS LINGKUNGAN HIDUP",
        "DLH",
        [
            (
                "2.11.06",
                "Program Pengelolaan Persampahan",
                "Persentase sampah yang tertangani",
                "%",
                45,
                (55, 65, 75),
                ("1,1 M", "1,2 M", "1,3 M"),
                "APBD, DAK",
                [],
            ),
        ],
    ),
]
HIDDEN = ("2.11.99", "Program Lama (dihapus dari Renstra)", None, None, None, (None, None, None), (1, 1, 1), "", [])


def parse(value: Any) -> int:
    from smartcity_desktop.core.formats import parse_amount

    return int(parse_amount(value) or 0)


def build(out: Path = OUT) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Renstra 2019-2021"
    ws["A1"] = "RENCANA PROGRAM RENSTRA PERANGKAT DAERAH KABUPATEN LOMBOK TIMUR 2019-2021 (DATA CONTOH)"
    ws.merge_cells("A1:M1")
    ws["A1"].font = Font(bold=True, size=12)
    heads = {
        "A": "No",
        "B": "Kode",
        "C": "Program",
        "D": "Indikator Kinerja Program",
        "E": "Satuan",
        "F": "Kondisi Awal",
        "G": "Target Kinerja",
        "J": "Pagu Indikatif (Rp)",
        "M": "Sumber Dana",
    }
    for col, text in heads.items():
        ws[f"{col}3"] = text
    for col in "ABCDEFM":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:I3")
    ws.merge_cells("J3:L3")
    for i, y in enumerate(YEARS):
        ws.cell(4, 7 + i, y)
        ws.cell(4, 10 + i, y)
    for c in range(1, 14):
        ws.cell(5, c, f"({c})")
    fill = PatternFill("solid", fgColor="DCE6F0")
    for r in (3, 4, 5):
        for c in range(1, 14):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).fill = fill
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r, n = 6, 0
    grand = [0, 0, 0]
    for heading, agency, programs in AGENCIES:
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        sub = [0, 0, 0]
        rows = list(programs) + ([HIDDEN] if agency == "DLH" else [])
        for code, name, ind, unit, base, targets, amounts, funding, more in rows:
            n += 1
            values = [n, code, name, ind, unit, base, *targets, *amounts, funding]
            for c, v in enumerate(values, start=1):
                if v is not None:
                    ws.cell(r, c, v)
            if code == HIDDEN[0]:
                ws.row_dimensions[r].hidden = True
            else:
                sub = [a + parse(b) for a, b in zip(sub, amounts, strict=True)]
            r += 1
            for ind2, unit2, base2, targets2 in more:
                for c, v in enumerate([None, None, None, ind2, unit2, base2, *targets2], start=1):
                    if v is not None:
                        ws.cell(r, c, v)
                r += 1
        ws.cell(r, 3, f"Jumlah {heading.title()}").font = Font(bold=True)
        for i, v in enumerate(sub):
            ws.cell(r, 10 + i, v).font = Font(bold=True)
        grand = [a + b for a, b in zip(grand, sub, strict=True)]
        r += 1
    ws.cell(r, 3, "TOTAL").font = Font(bold=True)
    for i, v in enumerate(grand):
        ws.cell(r, 10 + i, v).font = Font(bold=True)
    # The agency is named by the heading rows only (column OPD is absent), as in many Renstra tables.
    for col, width in {"A": 5, "B": 10, "C": 44, "D": 40, "E": 10, "F": 10, "M": 14}.items():
        ws.column_dimensions[col].width = width
    for col in "GHIJKL":
        ws.column_dimensions[col].width = 16
    for row in ws.iter_rows(min_row=6, max_row=r, min_col=10, max_col=12):
        for cell in row:
            if isinstance(cell.value, int):
                cell.number_format = '"Rp "#,##0'
    wb.properties.creator = "Smart City Masterplan Desktop (data contoh)"
    wb.save(out)
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
