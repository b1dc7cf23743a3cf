# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading workbooks: amounts in the styles districts write, CSV dialects, headers and mapping guesses."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcity_desktop.core.formats import parse_amount
from smartcity_desktop.core.validate import PROGRAM_CODE_RE
from smartcity_desktop.imports.layout import detect_layout, guess_field
from smartcity_desktop.imports.workbook import WorkbookRefused, read_workbook
from tests.imports.books import district_workbook


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rp 1.250.000.000", 1_250_000_000),
        ("Rp. 1.250.000.000,00", 1_250_000_000),
        ("1,25 M", 1_250_000_000),
        ("1.250 juta", 1_250_000_000),
        ("250 juta", 250_000_000),
        ("250 jt", 250_000_000),
        ("1,5 miliar", 1_500_000_000),
        ("1,5 Milyar", 1_500_000_000),
        ("1,250,000,000", 1_250_000_000),
        ("100 rb", 100_000),
        ("2.500", 2_500),
        (1_500_000_000.0, 1_500_000_000),
        ("-", None),
        ("", None),
        (None, None),
    ],
)
def test_amounts(text: object, value: int | None) -> None:
    assert parse_amount(text) == value  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["satu miliar", "5 kg", "-100", "1.2.3,4,5", "Rp 1,5"])
def test_unreadable_amounts(text: str) -> None:
    if text == "Rp 1,5":  # a decimal Rupiah is read (1,5 -> 2): only units and letters refuse
        assert parse_amount(text) == 2
        return
    with pytest.raises(ValueError):
        parse_amount(text)


def test_scale_from_the_column_header() -> None:
    assert parse_amount("1.250", 10**6) == 1_250_000_000
    assert parse_amount(1.25, 10**9) == 1_250_000_000
    assert parse_amount("2 M", 10**6) == 2_000_000_000  # a written unit wins


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Pagu Indikatif (Rp) 2020", "budget:2020"),
        ("Anggaran 2021 (Rp)", "budget:2021"),
        ("2019", "budget:2019"),
        ("Target 2022", "target:2022"),
        ("Target Kinerja 2019", "target:2019"),
        ("Indikator Kinerja Program", "indicator"),
        ("Kode Program", "code"),
        ("Nama Program", "name"),
        ("OPD Penanggung Jawab", "lead_agency"),
        ("OPD Pendukung", "supporting_agencies"),
        ("Sumber Dana", "funding"),
        ("Sumber Data", "data_source"),
        ("Kondisi Awal", "baseline"),
        ("Satuan", "unit"),
        ("Lead agency", "lead_agency"),
        ("Funding sources", "funding"),
        ("No", None),
    ],
)
def test_header_words(header: str, field: str | None) -> None:
    assert guess_field(header) == field


def test_workbook_merged_hidden_formulas(tmp_path: Path) -> None:
    wb = read_workbook(district_workbook(tmp_path / "r.xlsx"))
    s = wb.sheet()
    assert 13 in s.hidden_rows and 15 in s.hidden_cols
    assert s.value(6, 5) == "DINAS KESEHATAN"  # merged across the row: every cell holds it
    assert s.value(14, 11) == 600_000_000  # a formula's cached value
    layout = detect_layout(s)
    assert layout.header_rows == [3, 4]
    assert layout.headers[7] == "Target Kinerja 2019"
    assert 4 not in layout.mapping  # the empty column in the middle
    assert 15 not in layout.mapping  # hidden columns are not guessed


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter"),
    [
        ("\ufeffProgram,OPD\nA,B\n".encode(), "utf-8-sig", ","),
        (b"Program\tOPD\nA\tB\n", "utf-8", "\t"),
        ("Program;OPD;Catatan\nKafé;B;x, y\n".encode("cp1252"), "cp1252", ";"),
    ],
)
def test_csv_dialects(tmp_path: Path, data: bytes, encoding: str, delimiter: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    wb = read_workbook(path)
    assert (wb.encoding, wb.delimiter) == (encoding, delimiter)
    assert wb.sheet().cells[0] == ["Program", "OPD"] + (["Catatan"] if delimiter == ";" else [])


def test_unknown_kind_and_damaged(tmp_path: Path) -> None:
    (tmp_path / "x.ods").write_bytes(b"x")
    with pytest.raises(WorkbookRefused):
        read_workbook(tmp_path / "x.ods")
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    with pytest.raises(WorkbookRefused):
        read_workbook(tmp_path / "x.xlsx")


@pytest.mark.parametrize("code", ["2.16.02", "1.02.02.2.01", "X.XX.01", "1.02"])
def test_program_code_shape(code: str) -> None:
    assert PROGRAM_CODE_RE.fullmatch(code)


@pytest.mark.parametrize("code", ["2.16.", "abc", "2-16-02", "216", "1.02.02.2.01.03.04", "2.16.02\n"])
def test_program_code_shape_refused(code: str) -> None:
    assert not PROGRAM_CODE_RE.fullmatch(code)
