# SPDX-License-Identifier: GPL-3.0-or-later
"""Old .xls workbooks (Excel 97-2003) read through xlrd: merged header, hidden row, text amounts."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcity_desktop.imports.layout import detect_layout
from smartcity_desktop.imports.rows import read_rows
from smartcity_desktop.imports.workbook import read_workbook

xlwt = pytest.importorskip("xlwt")  # only to make the fixture; reading uses xlrd
pytest.importorskip("xlrd")


def test_xls_is_read_like_xlsx(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    ws = book.add_sheet("Renstra")
    ws.write_merge(0, 0, 0, 4, "RENCANA PROGRAM DINAS KESEHATAN")
    for c, text in enumerate(["No", "Program", "OPD"]):
        ws.write(2, c, text)
    ws.write_merge(2, 2, 3, 4, "Pagu Indikatif")
    ws.write(3, 3, 2020)
    ws.write(3, 4, 2021)
    ws.write(4, 0, 1)
    ws.write(4, 1, "Program Pelayanan Kesehatan")
    ws.write(4, 2, "Dinkes")
    ws.write(4, 3, "1,25 M")
    ws.write(4, 4, 1500000000)
    ws.write(5, 1, "Program Lama")
    ws.write(5, 3, 1)
    ws.row(5).hidden = True
    ws.write(6, 1, "Jumlah")
    ws.write(6, 3, 1250000001)
    path = tmp_path / "renstra.xls"
    book.save(str(path))

    wb = read_workbook(path)
    assert wb.kind == "xls"
    sheet = wb.sheet()
    assert sheet.value(1, 5) == "RENCANA PROGRAM DINAS KESEHATAN"  # merged: expanded
    assert 6 in sheet.hidden_rows
    layout = detect_layout(sheet)
    assert layout.header_rows == [3, 4]
    assert layout.mapping == {2: "name", 3: "lead_agency", 4: "budget:2020", 5: "budget:2021"}
    rows = read_rows(sheet, layout.header_rows, layout.mapping, layout.headers, period=(2018, 2027))
    assert [(r.number, r.kind, r.skip_reason) for r in rows] == [
        (5, "program", None),
        (6, "skipped", "hidden"),
        (7, "skipped", "subtotal"),
    ]
    assert rows[0].budgets == {2020: 1_250_000_000, 2021: 1_500_000_000}
