# SPDX-License-Identifier: GPL-3.0-or-later
"""``import-programs`` on the command line: preview table, refusal exits 1 and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartcity_desktop.cli import main
from smartcity_desktop.services.plans import summary
from tests.imports.books import EXPECTED, district_workbook


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_prints_the_preview_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], plan_file: Path, tmp_path: Path
) -> None:
    book = district_workbook(tmp_path / "renstra.xlsx")
    before = plan_file.read_bytes()
    code, out, _ = _run(capsys, "import-programs", plan_file, book, "--dry-run")
    assert code == 0
    assert "Program Aplikasi Informatika" in out and "subtotal/total" in out
    assert "4 program, 5 indikator, 7 baris dilewati, 0 baris ditolak" in out
    assert plan_file.read_bytes() == before


def test_import_writes_the_plan(capsys: pytest.CaptureFixture[str], plan_file: Path, tmp_path: Path) -> None:
    book = district_workbook(tmp_path / "renstra.xlsx")
    n = summary(plan_file).counts["program"]
    code, _out, err = _run(capsys, "import-programs", plan_file, book)
    assert code == 0, err
    assert summary(plan_file).counts["program"] == n + 4
    assert summary(plan_file).budget_total == sum(sum(e[2].values()) for e in EXPECTED.values())


def test_refused_row_exits_1_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], plan_file: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Nama Program", "OPD", "Pagu 2020"])
    ws.append(["Program Pelayanan Kesehatan", "Dinkes", "1,5 M"])
    ws.append(["Program Jalan Desa", "DPUPR", "satu miliar"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    before = plan_file.read_bytes()
    code, out, err = _run(capsys, "import-programs", plan_file, path)
    assert code == 1
    assert "3: Jumlah anggaran 2020 tidak terbaca: satu miliar" in out
    assert "1 baris ditolak" in err
    assert plan_file.read_bytes() == before
    code, out, err = _run(capsys, "import-programs", plan_file, path, "--skip-bad")
    assert code == 0, err
    assert plan_file.read_bytes() != before


def test_mapping_file(capsys: pytest.CaptureFixture[str], plan_file: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Uraian kegiatan utama", "Pelaksana", "X1"])  # headers the guess gets wrong
    ws.append(["Program Pengelolaan Sampah", "DLH", "250 juta"])
    path = tmp_path / "odd.xlsx"
    wb.save(path)
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"header_rows": [1], "columns": {"A": "name", "2": "lead_agency", "X1": "budget:2020"}})
    )
    code, _out, err = _run(
        capsys, "import-programs", plan_file, path, "--mapping", mapping, "--dimension", "environment"
    )
    assert code == 0, err
    assert summary(plan_file).budget_total == 250_000_000
