# SPDX-License-Identifier: GPL-3.0-or-later
"""Workbooks made the way districts make them (merged two-row headers, subtotals, text amounts, ...).

Formulas: openpyxl writes a formula cell without a cached value (it cannot compute), and reading with
``data_only=True`` then gives None, as for a file never opened in Excel. Excel and LibreOffice store the
last computed value in ``<v>`` beside ``<f>``; ``set_cached_values`` writes that ``<v>`` into the saved
sheet XML ourselves, so the file is exactly what a spreadsheet program saves.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

TITLE = "RENCANA PROGRAM DAN KEGIATAN RENSTRA PERANGKAT DAERAH KABUPATEN LOMBOK TIMUR"


def set_cached_values(path: Path, sheet_index: int, values: dict[str, Any]) -> None:
    """Put cached results ``{"L7": 2750000000}`` into the formula cells of sheet ``sheet_index`` (1-based)."""
    name = f"xl/worksheets/sheet{sheet_index}.xml"
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    xml = items[name].decode("utf-8")
    for ref, value in values.items():
        pattern = re.compile(r'(<c r="' + ref + r'"[^>]*>)(<f>.*?</f>)(<v\s*/>|<v>.*?</v>)?(</c>)')
        assert pattern.search(xml), f"no formula cell {ref}"
        xml = pattern.sub(lambda m, v=value: f"{m.group(1)}{m.group(2)}<v>{v}</v>{m.group(4)}", xml)
    items[name] = xml.encode("utf-8")
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items.items():
            z.writestr(n, data)
    tmp.replace(path)


def district_workbook(path: Path) -> Path:
    """A Renstra sheet: title, merged two-row header, numbering row, agency headings, subtotals per
    agency, amounts as numbers and as text in three styles, formulas with cached values, a hidden row,
    a hidden column and an empty column in the middle."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Renstra 2019-2023"
    ws["A1"] = TITLE
    ws.merge_cells("A1:O1")
    top = {
        "A": "No",
        "B": "Kode",
        "C": "Program",
        "E": "Indikator Kinerja Program",
        "F": "Satuan",
        "G": "Kondisi Awal",
        "H": "Target Kinerja",
        "J": "Pagu Indikatif (Rp)",
        "M": "OPD Penanggung Jawab",
        "N": "Sumber Dana",
        "O": "Catatan internal",
    }
    for col, text in top.items():
        ws[f"{col}3"] = text
    for col in "ABCEFGMNO":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("H3:I3")
    ws.merge_cells("J3:L3")
    for col, text in {"H": 2019, "I": 2020, "J": 2019, "K": 2020, "L": "Jumlah"}.items():
        ws[f"{col}4"] = text
    for i, col in enumerate("ABCDEFGHIJKLMNO", start=1):
        ws[f"{col}5"] = f"({i})"
    rows: list[list[Any]] = [
        ["DINAS KESEHATAN"],
        [
            1,
            "1.02.02",
            "Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat",
            None,
            "Persentase puskesmas terakreditasi",
            "%",
            40,
            60,
            80,
            "Rp 1.250.000.000",
            "1,5 M",
            "=J7+K7",
            "Dinas Kesehatan",
            "APBD, DAK",
            "cek lagi",
        ],
        [None, None, None, None, "Angka kematian ibu", "per 100.000 KH", "120", 110, 100],
        [
            2,
            "1.02.03",
            "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
            None,
            "Jumlah tenaga kesehatan terlatih",
            "orang",
            50,
            75,
            100,
            "750 juta",
            "1.250 juta",
            "=J9+K9",
            "Dinkes",
            "APBD",
        ],
        ["Jumlah Dinas Kesehatan", None, None, None, None, None, None, None, None, "=SUM(J7:J9)", None, None],
        ["DINAS KOMUNIKASI DAN INFORMATIKA"],
        [
            3,
            "2.16.03",
            "Program Aplikasi Informatika",
            None,
            "Jumlah layanan publik berbasis aplikasi",
            "layanan",
            5,
            10,
            15,
            500000000,
            750000000,
            "=J12+K12",
            "Diskominfo",
            "APBD",
        ],
        [4, "2.16.99", "Program Lama (tidak dipakai)", None, None, None, None, None, None, 1, 1, None, "Diskominfo"],
        [
            5,
            "2.16.02",
            "Program Informasi dan Komunikasi Publik",
            None,
            "Persentase OPD yang mengelola media sosial",
            "%",
            20,
            50,
            80,
            "Rp 300.000.000",
            "=J14*2",
            "=J14+K14",
            "Dinas Kominfo",
            "APBD",
        ],
        [None, None, None, None, None, None, None, None, None, 800000000, 1350000000, 2150000000],
        ["Total", None, None, None, None, None, None, None, None, 2800000000, 4100000000, 6900000000],
    ]
    for r, values in enumerate(rows, start=6):
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A6:O6")
    ws.merge_cells("A11:O11")
    ws.merge_cells("A10:I10")
    ws.row_dimensions[13].hidden = True
    ws.column_dimensions["O"].hidden = True
    wb.save(path)
    set_cached_values(
        path,
        1,
        {"L7": 2750000000, "L9": 2000000000, "J10": 2000000000, "L12": 1250000000, "K14": 600000000, "L14": 900000000},
    )
    return path


EXPECTED = {
    # name: (code, lead agency code, budgets, indicator names)
    "Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat": (
        "1.02.02",
        "Dinkes",
        {2019: 1_250_000_000, 2020: 1_500_000_000},
        ["Persentase puskesmas terakreditasi", "Angka kematian ibu"],
    ),
    "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan": (
        "1.02.03",
        "Dinkes",
        {2019: 750_000_000, 2020: 1_250_000_000},
        ["Jumlah tenaga kesehatan terlatih"],
    ),
    "Program Aplikasi Informatika": (
        "2.16.03",
        "Diskominfo",
        {2019: 500_000_000, 2020: 750_000_000},
        ["Jumlah layanan publik berbasis aplikasi"],
    ),
    "Program Informasi dan Komunikasi Publik": (
        "2.16.02",
        "Diskominfo",
        {2019: 300_000_000, 2020: 600_000_000},
        ["Persentase OPD yang mengelola media sosial"],
    ),
}


def csv_cp1252(path: Path) -> Path:
    """A CSV saved by Excel on Indonesian Windows: ';' between fields, Windows-1252, decimal comma."""
    lines = [
        "Nama Program;OPD Pelaksana;Kegiatan;Anggaran 2020 (Rp);Anggaran 2021 (Rp);Indikator;Satuan;Target 2021",
        "Program Pengembangan Ekonomi Kreatif – Café Tenun;Dinas Pariwisata;Pelatihan pengrajin tenun ikat;"
        '"Rp 250.000.000";"1,25 M";Jumlah pengrajin terlatih;orang;"12,5"',
        "Program Pengelolaan Sampah;DLH;Bank sampah desa;250 juta;1.250 juta;Jumlah bank sampah;unit;40",
        "Jumlah;;;500.000.000;2.500.000.000;;;",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path
