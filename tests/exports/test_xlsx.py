# SPDX-License-Identifier: GPL-3.0-or-later
"""The program matrix workbook: read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcity_desktop.exports.xlsx import build_workbook, sheet_title
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.exporting import available_formats, export_file


def _load(path: Path, data_only: bool = False):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    return load_workbook(path, data_only=data_only)


def test_demo_workbook_reads_back(demo_file: Path, tmp_path: Path) -> None:
    assert "xlsx" in available_formats()
    out = tmp_path / "matriks.xlsx"
    export_file(demo_file, out, "xlsx")
    rows, _ = read_rows(demo_file)
    dims = sorted(rows["dimension"], key=lambda d: d["sort_key"])
    wb = _load(out, data_only=True)  # totals are SUM formulas: their values as written in the file
    assert wb.sheetnames == ["Ringkasan"] + [d["name"] for d in dims] + ["Indikator"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert all(c.font.bold for c in ws[1] if c.value)
    # every program on its dimension's sheet
    for d in dims:
        names = {ws_row[2] for ws_row in wb[d["name"]].iter_rows(min_row=2, values_only=True)}
        for p in rows["program"]:
            if p["dimension_id"] == d["id"]:
                assert p["name"] in names
    # budget totals equal the plan's budget rows
    expected = sum(b["amount"] for b in rows["program_budget"])
    summary = wb["Ringkasan"]
    last = [c.value for c in summary[summary.max_row]]
    assert last[0] == "Total" and last[-1] == expected
    assert last[1] == len(rows["program"]) and last[2] == sum(1 for p in rows["program"] if p["is_quick_win"])
    sheet_totals = 0
    for d in dims:
        ws = wb[d["name"]]
        sheet_totals += ws.cell(ws.max_row, ws.max_column).value
        assert "Rp" in ws.cell(2, ws.max_column).number_format
    assert sheet_totals == expected
    assert "Rp" in summary["D2"].number_format
    # indicators with their targets
    ind = wb["Indikator"]
    names = {r[2] for r in ind.iter_rows(min_row=2, values_only=True)}
    assert {i["name"] for i in rows["indicator"] if i.get("program_id")} <= names
    assert ind.max_row > 1 and any(str(c.value).startswith("Target ") for c in ind[1])


def test_hostile_text_and_english(plan_file: Path, tmp_path: Path) -> None:
    rows, _ = read_rows(plan_file)
    rows["plan"][0]["language"] = "en"
    dim = rows["dimension"][0]
    dim["name"] = "Ekonomi/Cerdas: [tahap*1]? sangat panjang sekali melebihi batas"
    rows["dimension"][1]["name"] = dim["name"]
    rows["program"] = [
        {
            "id": "p1",
            "dimension_id": dim["id"],
            "name": '=HYPERLINK("http://x")\x07',
            "is_quick_win": 1,
            "status": "planned",
            "sort_key": 1.0,
        }
    ]
    rows["program_budget"] = [{"id": "b1", "program_id": "p1", "year": 2019, "amount": 5}]
    wb = build_workbook(rows)
    out = tmp_path / "x.xlsx"
    wb.save(out)
    wb = _load(out)
    assert wb.sheetnames[0] == "Summary" and wb.sheetnames[-1] == "Indicators"
    a, b = wb.sheetnames[1], wb.sheetnames[2]
    assert a != b and len(a) <= 31 and len(b) <= 31
    assert not any(ch in a + b for ch in "[]:*?/\\")
    cell = wb[a]["C2"]
    assert cell.data_type in ("s", "inlineStr") and cell.value == '=HYPERLINK("http://x")'  # text, never a formula
    assert wb[a]["A1"].value == "No" and wb[a]["K2"].value == "Yes"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("", "Sheet"), ("a" * 40, "a" * 31), ("x:y", "x y"), ("'quoted'", "quoted")],
)
def test_sheet_title(name: str, expected: str) -> None:
    taken: set[str] = set()
    assert sheet_title(name, taken) == expected
    second = sheet_title(name, taken)
    assert second != expected and len(second) <= 31


def test_failed_export_leaves_old_file(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "old.xlsx"
    out.write_bytes(b"old")
    import smartcity_desktop.exports.xlsx as mod

    def boom(_rows: object, _out: Path) -> None:
        Path(_out).write_bytes(b"partial")
        raise RuntimeError("boom")

    monkeypatch.setattr(mod, "write_xlsx", boom)
    with pytest.raises(RuntimeError):
        export_file(demo_file, out, "xlsx")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".old")] == []


def test_totals_are_formulas_with_values_filter_on_data_rows(demo_file: Path, tmp_path: Path) -> None:
    """Before: totals typed as values; the AutoFilter covered the total row (sorting moved it)."""
    out = tmp_path / "m.xlsx"
    export_file(demo_file, out, "xlsx")
    formulas, values = _load(out), _load(out, data_only=True)
    for ws in formulas.worksheets[:-1]:  # the summary and each dimension's sheet
        last = ws.max_row
        cell = ws.cell(last, ws.max_column)
        assert str(cell.value).startswith("=SUM(") and str(cell.value).endswith(f"{last - 1})"), (ws.title, cell.value)
        assert isinstance(values[ws.title].cell(last, ws.max_column).value, int)
        assert ws.auto_filter.ref.endswith(str(last - 1))
    assert formulas.properties.title.count("Lombok Timur") == 1
