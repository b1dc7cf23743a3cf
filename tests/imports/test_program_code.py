# SPDX-License-Identifier: GPL-3.0-or-later
"""program.code (migration m003_program_code): stored by the import, checked for shape, found as duplicate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.services import program_import as pi
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.session import EditSession
from tests.imports.books import EXPECTED, district_workbook


@pytest.fixture
def doc(plan_file: Path) -> Iterator[PlanDocument]:
    d = PlanDocument.open(plan_file)
    yield d
    d.close(abandon=True)


def test_codes_are_stored_and_checked(doc: PlanDocument, tmp_path: Path) -> None:
    pv = pi.preview(doc.db, district_workbook(tmp_path / "r.xlsx"), None, pi.ImportChoices())
    EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    codes = {p["name"]: p["code"] for p in doc.db.rows("program")}
    assert {name: codes[name] for name in EXPECTED} == {name: e[0] for name, e in EXPECTED.items()}
    pid = next(p["id"] for p in doc.db.rows("program") if p["code"] == "2.16.02")
    with pytest.raises(InvalidEdit) as err:
        doc.db.update("program", pid, {"code": "2-16-02"})
    assert err.value.key == "value.bad_program_code"
    doc.db.update("program", pid, {"code": "1.02.02.2.01"})


def test_same_code_is_a_duplicate_even_with_another_name(doc: PlanDocument, tmp_path: Path) -> None:
    from openpyxl import Workbook

    pv = pi.preview(doc.db, district_workbook(tmp_path / "r.xlsx"), None, pi.ImportChoices())
    EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    wb = Workbook()
    ws = wb.active
    ws.append(["Kode Program", "Nama Program", "Perangkat Daerah", "Pagu 2021"])
    ws.append(["2.16.03", "Program Aplikasi Informatika dan Persandian", "Dinas Kesehatan", "3 M"])
    path = tmp_path / "renja.xlsx"
    wb.save(path)
    pv = pi.preview(doc.db, path, None, pi.ImportChoices())
    row = pv.programs[0]
    assert row.duplicate_reason == "code" and row.decision == "merge"
    n = doc.db.count("program")
    EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
    assert doc.db.count("program") == n
    merged = next(p for p in doc.db.rows("program") if p["code"] == "2.16.03")
    budgets = {b["year"]: b["amount"] for b in doc.db.rows("program_budget") if b["program_id"] == merged["id"]}
    assert budgets == {2019: 500_000_000, 2020: 750_000_000, 2021: 3_000_000_000}


def test_a_plan_of_schema_1_opens_with_program_codes(tmp_path: Path) -> None:
    """A version-1 file (before the checksum and program codes) is migrated on opening; its programs keep their rows."""
    import sqlite3

    from sqlite_utils import Database

    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.storage.db import PlanDB, connect
    from smartcity_desktop.storage.migrations import APPLICATION_ID, migration_set

    path = tmp_path / "old.smartcity"
    conn = connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    migration_set().apply(Database(conn, execute_plugins=False), stop_before="m002_content_checksum")
    conn.execute("PRAGMA user_version=1")
    rows = demo_rows()
    for table, items in rows.items():  # the version-1 columns only
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for item in items if cols else ():  # tables of later migrations do not exist yet
            conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [item.get(c) for c in cols],
            )
    conn.commit()
    conn.close()
    doc = PlanDocument.open(path)
    try:
        assert doc.db.count("program") == len(rows["program"])
        pid = doc.db.rows("program")[0]["id"]
        EditSession(doc).update("program", pid, {"code": "2.16.02"})
        assert doc.db.get("program", pid)["code"] == "2.16.02"
    finally:
        doc.close()
    check = PlanDB(sqlite3.connect(path))
    assert check.conn.execute("PRAGMA user_version").fetchone()[0] >= 2
    assert [r["code"] for r in check.rows("program") if r["id"] == pid] == ["2.16.02"]
    check.close()


def test_codes_show_in_the_program_table_and_print_in_the_documents(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.exports.pdf import write_pdf
    from smartcity_desktop.exports.tree import build

    rows = demo_rows()
    rows["program"][0]["code"] = "2.16.02"
    out = tmp_path / "m.pdf"
    write_pdf(build(rows, "masterplan"), out)
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "2.16.02" in text and rows["program"][0]["name"].split()[0] in text
