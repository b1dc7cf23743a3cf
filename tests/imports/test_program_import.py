# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing programs from district workbooks: preview, apply as one action, refusal changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.services import program_import as pi
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import PlanDB
from tests.imports.books import EXPECTED, csv_cp1252, district_workbook


@pytest.fixture
def doc(plan_file: Path) -> Iterator[PlanDocument]:
    d = PlanDocument.open(plan_file)
    yield d
    d.close(abandon=True)


def _programs(db: PlanDB) -> dict[str, dict]:
    agencies = {a["id"]: a for a in db.rows("agency")}
    out = {}
    for p in db.rows("program"):
        budgets = {b["year"]: b["amount"] for b in db.rows("program_budget") if b["program_id"] == p["id"]}
        inds = [i["name"] for i in db.rows("indicator") if i["program_id"] == p["id"]]
        lead = agencies.get(p["lead_agency_id"] or "", {}).get("code")
        out[p["name"]] = {"p": p, "budgets": budgets, "indicators": inds, "lead": lead}
    return out


def test_district_workbook_imports_to_the_expected_programs(doc: PlanDocument, tmp_path: Path) -> None:
    book = district_workbook(tmp_path / "renstra.xlsx")
    choices = pi.ImportChoices()
    pv = pi.preview(doc.db, book, None, choices)
    assert pv.header_rows == [3, 4]
    assert [r.number for r in pv.programs] == [7, 9, 12, 14]
    skipped = {r.number: r.source.skip_reason for r in pv.skipped}
    assert skipped == {
        5: "numbering",
        6: "agency",
        10: "subtotal",
        11: "agency",
        13: "hidden",
        15: "subtotal",
        16: "subtotal",
    }
    assert not pv.refused
    before = doc.db.count("program")
    changes = EditSession(doc).run(lambda db: pi.apply(db, pv, choices))
    assert changes
    got = _programs(doc.db)
    assert doc.db.count("program") == before + 4
    for name, (_code, lead, budgets, indicators) in EXPECTED.items():
        assert got[name]["budgets"] == budgets, name
        assert got[name]["indicators"] == indicators, name
        assert got[name]["lead"] == lead, name
    # a program with two indicator rows: the second row's targets belong to the same program
    ind = next(i for i in doc.db.rows("indicator") if i["name"] == "Angka kematian ibu")
    targets = {t["year"]: t["value"] for t in doc.db.rows("indicator_target") if t["indicator_id"] == ind["id"]}
    assert targets == {2019: 110.0, 2020: 100.0} and ind["baseline_value"] == 120.0
    # keywords put the health programs in Smart Living and the ICT ones elsewhere
    dims = {d["id"]: d["code"] for d in doc.db.rows("dimension")}
    assert dims[got["Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat"]["p"]["dimension_id"]] == "living"
    # funding: both sources linked
    funding = {f["id"]: f["code"] for f in doc.db.rows("funding_source")}
    pid = got["Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat"]["p"]["id"]
    linked = sorted(funding[f["funding_source_id"]] for f in doc.db.rows("program_funding") if f["program_id"] == pid)
    assert linked == ["APBD", "DAK"]
    # undo in one step
    EditSession(doc).undo(changes)
    assert doc.db.count("program") == before


def test_agency_matching_by_abbreviation_and_fuzzy_name(doc: PlanDocument, tmp_path: Path) -> None:
    pv = pi.preview(doc.db, district_workbook(tmp_path / "r.xlsx"), None, pi.ImportChoices())
    by_row = {r.number: r.lead for r in pv.programs}
    assert by_row[9] is not None and by_row[9].label == "Dinkes" and by_row[9].confidence == 1.0
    assert by_row[14] is not None and by_row[14].label == "Diskominfo"  # "Dinas Kominfo"
    assert 0.6 <= by_row[14].confidence < 1.0


def test_csv_semicolon_windows_1252(doc: PlanDocument, tmp_path: Path) -> None:
    path = csv_cp1252(tmp_path / "program.csv")
    pv = pi.preview(doc.db, path, None, pi.ImportChoices())
    assert (pv.kind, pv.encoding, pv.delimiter) == ("csv", "cp1252", ";")
    assert [r.source.name for r in pv.programs] == [
        "Program Pengembangan Ekonomi Kreatif – Café Tenun",
        "Program Pengelolaan Sampah",
    ]
    assert [r.source.skip_reason for r in pv.skipped] == ["subtotal"]
    EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    got = _programs(doc.db)
    assert got["Program Pengembangan Ekonomi Kreatif – Café Tenun"]["budgets"] == {
        2020: 250_000_000,
        2021: 1_250_000_000,
    }
    assert got["Program Pengelolaan Sampah"]["budgets"] == {2020: 250_000_000, 2021: 1_250_000_000}
    assert got["Program Pengelolaan Sampah"]["lead"] == "DLH"
    target = [t["value"] for t in doc.db.rows("indicator_target")]
    assert sorted(target) == [12.5, 40.0]


def test_a_refused_file_changes_nothing(doc: PlanDocument, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Nama Program", "OPD", "Pagu 2020", "Pagu 2040"])
    ws.append(["Program Pelayanan Kesehatan", "Dinkes", "1,5 M", None])
    ws.append(["Program Jalan Desa", "DPUPR", "satu miliar", None])  # unparseable amount
    ws.append(["Program Sekolah", "Disdik", "2 M", "3 M"])  # a year outside the plan period
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    pv = pi.preview(doc.db, path, None, pi.ImportChoices())
    refused = {r.number: [p.key for p in r.all_problems if p.severity == "error"] for r in pv.refused}
    assert refused == {3: ["import.bad_amount"], 4: ["import.year_outside"]}
    before = doc.db.all_rows()
    with pytest.raises(pi.ProgramImportRefused):
        EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    assert doc.db.all_rows() == before
    # --skip-bad imports the good row only
    EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices(skip_bad=True)))
    assert "Program Pelayanan Kesehatan" in _programs(doc.db)
    assert "Program Jalan Desa" not in _programs(doc.db)


def test_storage_validation_failure_rolls_back_everything(doc: PlanDocument, tmp_path: Path) -> None:
    """A row the storage layer refuses late (after others were written) leaves no trace."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Nama Program", "OPD", "Pagu 2020"])
    ws.append(["Program Pelayanan Kesehatan", "Dinkes", "1,5 M"])
    ws.append(["Program Jalan Desa", "DPUPR", "2 M"])
    path = tmp_path / "ok.xlsx"
    wb.save(path)
    pv = pi.preview(doc.db, path, None, pi.ImportChoices())
    pv.programs[1].source.first_year = 1000  # below the model's minimum: the storage layer refuses
    before = doc.db.all_rows()
    with pytest.raises(InvalidEdit):
        EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    assert doc.db.all_rows() == before


def test_duplicates_merge_skip_or_add(doc: PlanDocument, tmp_path: Path) -> None:
    book = district_workbook(tmp_path / "r.xlsx")
    pv = pi.preview(doc.db, book, None, pi.ImportChoices())
    EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    n = doc.db.count("program")
    # the same workbook again: every program is a duplicate (same name in the same agency)
    pv = pi.preview(doc.db, book, None, pi.ImportChoices())
    assert all(r.duplicate_of for r in pv.programs)
    EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))  # merge: nothing new
    assert doc.db.count("program") == n
    assert doc.db.count("indicator") == 5
    choices = pi.ImportChoices(duplicates={7: "new", 9: "skip"}, default_duplicate="skip")
    pv = pi.preview(doc.db, book, None, choices)
    EditSession(doc).run(lambda db: pi.apply(db, pv, choices))
    assert doc.db.count("program") == n + 1


def test_unknown_agency_is_proposed_and_added(doc: PlanDocument, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Program", "Perangkat Daerah", "Anggaran 2021 (Rp)"])
    ws.append(["Program Penanggulangan Bencana", "Badan Riset dan Inovasi Daerah", "Rp 1.000.000"])
    path = tmp_path / "a.xlsx"
    wb.save(path)
    pv = pi.preview(doc.db, path, None, pi.ImportChoices())
    row = pv.programs[0]
    assert row.lead is not None and row.lead.agency_id is None
    assert [p.key for p in row.all_problems] == ["import.unknown_agency"]
    result = EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    assert result
    assert any(a["name"] == "Badan Riset dan Inovasi Daerah" for a in doc.db.rows("agency"))
    # choosing an existing agency instead
    dinkes = next(a["id"] for a in doc.db.rows("agency") if a["code"] == "Dinkes")
    choices = pi.ImportChoices(agencies={"Badan Riset dan Inovasi Daerah": dinkes}, default_duplicate="new")
    pv = pi.preview(doc.db, path, None, choices)
    assert not [p for p in pv.programs[0].all_problems if p.key == "import.unknown_agency"]


def test_mapping_is_remembered_per_layout(doc: PlanDocument, tmp_path: Path) -> None:
    book = district_workbook(tmp_path / "r.xlsx")
    pv = pi.preview(doc.db, book, None, pi.ImportChoices())
    mapping = dict(pv.mapping)
    mapping[15] = "description"  # the hidden column, mapped by hand
    pi.remember_mapping(pv.layout_key, mapping, pv.header_rows)
    again = pi.preview(doc.db, book, None, pi.ImportChoices())
    assert again.mapping == mapping


def test_code_not_in_nomenclature_form_is_left_out_with_a_warning(doc: PlanDocument, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kode", "Nama Program", "OPD", "Pagu 2020"])
    ws.append(["2.16.02", "Program Informasi dan Komunikasi Publik", "Diskominfo", "1 M"])
    ws.append(["Prog-7", "Program Aplikasi Informatika", "Diskominfo", "2 M"])
    path = tmp_path / "codes.xlsx"
    wb.save(path)
    pv = pi.preview(doc.db, path, None, pi.ImportChoices())
    assert [r.source.code for r in pv.programs] == ["2.16.02", None]
    assert [p.key for p in pv.programs[1].all_problems] == ["import.bad_code"]
    assert not pv.refused


def test_urusan_and_agency_rows_with_their_sums_are_headings(doc: PlanDocument, tmp_path: Path) -> None:
    """RPJMD tables: an urusan row and an agency row carry the sums of the programs under them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kode", "Urusan/Bidang Urusan/Program", "Indikator", "Pagu 2020"])
    ws.append(["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", None, 3_000_000_000])
    ws.append(["1.02.01", "DINAS KESEHATAN", None, 3_000_000_000])
    ws.append(["1.02.02", "Program Pemenuhan Upaya Kesehatan", "Persentase puskesmas terakreditasi", "2 M"])
    ws.append(["1.02.03", "Program Sumber Daya Manusia Kesehatan", "Tenaga kesehatan terlatih", "1 M"])
    path = tmp_path / "rpjmd.xlsx"
    wb.save(path)
    pv = pi.preview(doc.db, path, None, pi.ImportChoices())
    assert [(r.number, r.source.skip_reason) for r in pv.skipped] == [(2, "heading"), (3, "agency")]
    assert [r.number for r in pv.programs] == [4, 5]
    assert all(r.lead is not None and r.lead.label == "Dinkes" for r in pv.programs)  # from the agency row
