# SPDX-License-Identifier: GPL-3.0-or-later
"""Periksa dokumen / check --repair: each kind of damage is found, fixed in one transaction, reported in
words; a second run finds nothing; a backup is taken first; a plan open elsewhere is refused."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from smartcity_desktop.core.errors import PlanLocked
from smartcity_desktop.services import backups, repair
from smartcity_desktop.services.document import PlanDocument, read_rows
from smartcity_desktop.services.plans import check
from smartcity_desktop.storage.checksum import clear_connection


def damage(path: Path, *sql: str, params: tuple[object, ...] = ()) -> None:
    """Change the file behind the app's back (foreign keys off, as a foreign tool would)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    for s in sql:
        conn.execute(s, params if "?" in s else ())
    conn.commit()
    clear_connection(conn)  # and no checksum to match, as an earlier version wrote none
    conn.commit()
    conn.close()


def first(path: Path, table: str, where: str = "1") -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY sort_key LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def texts(fixed: list[repair.Fixed]) -> str:
    return "\n".join(f.text() for f in fixed)


def test_a_good_plan_has_nothing_to_repair(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    assert repair.repair_file(demo_file) == []
    assert demo_file.read_bytes() == before
    assert backups.list_backups(demo_file) == []  # no findings: no backup and no write


def test_dangling_references_are_emptied_or_removed_as_the_model_says(demo_file: Path) -> None:
    prog = first(demo_file, "program")
    missing = "00000000-0000-4000-8000-000000000000"
    damage(
        demo_file,
        f"UPDATE program SET lead_agency_id = '{missing}' WHERE id = '{prog}'",  # nullify
        f"UPDATE program_budget SET program_id = '{missing}' WHERE rowid = (SELECT min(rowid) FROM program_budget)",
    )
    assert any("tidak ada" in p for p in check(demo_file))
    fixed = repair.repair_file(demo_file)
    words = texts(fixed)
    assert f"program ({prog[:8]}) lead_agency_id: rujukan ke baris yang tidak ada dikosongkan" in words
    assert "program_budget (" in words and "baris dihapus" in words
    assert check(demo_file) == []
    assert repair.repair_file(demo_file) == []


def test_duplicate_and_invalid_sort_keys_are_renumbered_in_order(demo_file: Path) -> None:
    damage(
        demo_file,
        "UPDATE dimension SET sort_key = 1.0",
        "UPDATE chapter SET sort_key = 'x' WHERE rowid = (SELECT min(rowid) FROM chapter)",
    )
    fixed = repair.repair_file(demo_file)
    assert any(f.table == "dimension" and f.column == "sort_key" for f in fixed)
    assert any(f.table == "chapter" and "'x'" in f.text() for f in fixed)
    rows, _ = read_rows(demo_file)
    for table in ("dimension", "chapter"):
        keys = [r["sort_key"] for r in rows[table]]
        assert len(set(keys)) == len(keys) and all(isinstance(k, float) for k in keys)
    assert repair.repair_file(demo_file) == []


def test_invalid_allowed_values_types_and_ranges(demo_file: Path) -> None:
    prog = first(demo_file, "program")
    damage(
        demo_file,
        f"UPDATE program SET status = 'Planned ', priority = 'urgent', horizon = 'SHORT' WHERE id = '{prog}'",
        "UPDATE plan SET language = 'fr'",
    )
    fixed = repair.repair_file(demo_file)
    words = texts(fixed)
    assert f"program ({prog[:8]}) status: 'Planned ' → 'planned'" in words
    assert f"program ({prog[:8]}) priority: 'urgent' → (kosong)" in words
    assert "plan (" in words and "language" in words
    rows, _ = read_rows(demo_file)
    p = next(r for r in rows["program"] if r["id"] == prog)
    assert (p["status"], p["priority"], p["horizon"]) == ("planned", None, "short")
    assert rows["plan"][0]["language"] == "id"
    assert repair.repair_file(demo_file) == []


def test_broken_encoding_and_control_characters(demo_file: Path) -> None:
    prog = first(demo_file, "program")
    damage(demo_file, f"UPDATE program SET name = CAST(X'48616CFF6F' AS TEXT) WHERE id = '{prog}'")
    damage(demo_file, "UPDATE plan SET motto = 'Maju' || char(0) || char(7) || ' Bersama'")
    fixed = repair.repair_file(demo_file)
    words = texts(fixed)
    assert f"program ({prog[:8]}) name: pengkodean teks diperbaiki" in words
    assert "plan (" in words and "karakter kendali dihapus, sekarang 'Maju Bersama'" in words
    rows, _ = read_rows(demo_file)
    assert next(r for r in rows["program"] if r["id"] == prog)["name"] == "Hal\ufffdo"
    assert repair.repair_file(demo_file) == []


def test_yearly_rows_outside_the_period_are_removed_and_said_inside_widen_the_program(demo_file: Path) -> None:
    rows, _ = read_rows(demo_file)
    plan = rows["plan"][0]
    start, end = plan["period_start"], plan["period_end"]
    budget = next(b for b in rows["program_budget"])
    prog = next(p for p in rows["program"] if p["id"] == budget["program_id"])
    other = next(b for b in rows["program_budget"] if b["program_id"] != prog["id"])
    oprog = next(p for p in rows["program"] if p["id"] == other["program_id"])
    damage(
        demo_file,
        f"UPDATE program_budget SET year = {end + 3}, amount = 1234 WHERE id = '{budget['id']}'",
        f"UPDATE program SET first_year = {end}, last_year = {end} WHERE id = '{oprog['id']}'",
        f"UPDATE program_budget SET year = {start} WHERE id = '{other['id']}'",
    )
    fixed = repair.repair_file(demo_file)
    words = texts(fixed)
    assert f"tahun {end + 3} (nilai 1234) di luar periode {start}–{end} dihapus" in words
    assert f"tahun program {end}–{end} diperluas menjadi {start}–{end}" in words
    after, _ = read_rows(demo_file)
    assert budget["id"] not in {b["id"] for b in after["program_budget"]}
    assert other["id"] in {b["id"] for b in after["program_budget"]}
    # the removed row is still in the backup taken before the repair
    (b,) = backups.list_backups(demo_file)
    assert b.reason == "repair"
    held, _ = read_rows(b.path)
    assert next(x for x in held["program_budget"] if x["id"] == budget["id"])["amount"] == 1234
    assert repair.repair_file(demo_file) == []


def test_missing_plan_fields_get_a_placeholder_the_user_is_told_about(demo_file: Path) -> None:
    damage(demo_file, "UPDATE plan SET region_name = '  ', period_end = period_start + 40")
    fixed = repair.repair_file(demo_file)
    words = texts(fixed)
    assert "region_name: kosong atau tidak sah, diisi '(belum diisi)'; mohon lengkapi" in words
    assert "period_end" in words
    rows, _ = read_rows(demo_file)
    assert rows["plan"][0]["region_name"] == "(belum diisi)"
    assert repair.repair_file(demo_file) == []


def test_one_transaction_a_failing_fix_changes_nothing(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damage(demo_file, "UPDATE dimension SET sort_key = 1.0", "UPDATE plan SET motto = 'a' || char(1)")
    doc = PlanDocument.open(demo_file)
    try:
        calls = []

        def boom(ctx: repair.Context, f: repair.Finding) -> list[repair.Fixed]:
            calls.append(f)
            raise RuntimeError("fix failed")

        monkeypatch.setitem(repair.RULES, "order", repair.Rule("order", repair.find_order, boom))
        with pytest.raises(RuntimeError):
            repair.repair(doc.db)
        assert calls
        assert "\x01" in doc.db.plan()["motto"]  # the text fix ran before, and was rolled back
    finally:
        doc.close(abandon=True)


def test_a_plan_open_elsewhere_is_refused(demo_file: Path) -> None:
    damage(demo_file, "UPDATE dimension SET sort_key = 1.0")
    doc = PlanDocument.open(demo_file)
    try:
        before = demo_file.read_bytes()
        with pytest.raises(PlanLocked):
            repair.repair_file(demo_file)
        assert demo_file.read_bytes() == before
    finally:
        doc.close()


def test_rules_registry_accepts_new_rules(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repair, "RULES", dict(repair.RULES))

    def find(ctx: repair.Context) -> list[repair.Finding]:
        r = ctx.rows("plan")[0]
        return [] if r.values["notes"] == "ok" else [repair.Finding("notes", "plan", r.rowid, r.id, "notes", "x")]

    def fix(ctx: repair.Context, f: repair.Finding) -> list[repair.Fixed]:
        ctx.db.update("plan", f.row_id, {"notes": "ok"})
        return [repair.Fixed("plan", f.row_id, "notes", "repair.changed", ("-", "ok"))]

    repair.register("notes", find, fix)
    (only,) = repair.repair_file(demo_file)
    assert only.text().endswith("notes: - → ok")
    rows, _ = read_rows(demo_file)
    assert rows["plan"][0]["notes"] == "ok"
    assert repair.repair_file(demo_file) == []


def test_cli_check_repair_reports_each_fix_and_then_nothing(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from smartcity_desktop.cli import main

    damage(demo_file, "UPDATE dimension SET sort_key = 1.0", "UPDATE plan SET motto = 'a' || char(1)")
    assert main(["check", str(demo_file)]) == 1  # check lists what --repair would fix
    out = capsys.readouterr().out
    assert "urutan 1.0 tidak sah atau ganda" in out and "karakter kendali" in out and "--repair" in out
    assert main(["check", str(demo_file), "--repair"]) == 0
    out = capsys.readouterr().out
    assert "perbaikan di" in out and "cadangan dibuat" in out
    assert "  - dimension (" in out and "sort_key: 1.0 → 2.0" in out
    assert "motto: karakter kendali dihapus, sekarang 'a'" in out
    assert main(["check", str(demo_file), "--repair"]) == 0
    assert "Tidak ada yang perlu diperbaiki" in capsys.readouterr().out
    assert main(["check", str(demo_file)]) == 0
    assert [b.reason for b in backups.list_backups(demo_file)] == ["repair"]


def test_cli_check_repair_refuses_a_plan_open_elsewhere(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from smartcity_desktop.cli import main

    doc = PlanDocument.open(demo_file)
    try:
        assert main(["check", str(demo_file), "--repair"]) == 1
        assert "sedang dibuka oleh" in capsys.readouterr().err
    finally:
        doc.close()


def test_an_id_stored_as_a_blob_becomes_text_again(demo_file: Path) -> None:
    prog = first(demo_file, "program")
    damage(
        demo_file,
        f"UPDATE program SET id = CAST(id AS BLOB) WHERE id = '{prog}'",
    )
    with pytest.raises(Exception):  # noqa: B017 - today's readers fail on such a file
        read_rows(demo_file)[0]["program"].sort(key=lambda r: r["id"])
    fixed = repair.repair_file(demo_file)
    words = texts(fixed)
    assert f"id: <36 byte> → '{prog}'" in words
    rows, _ = read_rows(demo_file)
    assert prog in {r["id"] for r in rows["program"]}
    assert any(b["program_id"] == prog for b in rows["program_budget"])  # its budgets still belong to it
    assert check(demo_file) == []
    assert repair.repair_file(demo_file) == []


LONG = os.environ.get("SMARTCITY_LONG") == "1"


def _random_damage(path: Path, rng: random.Random) -> int:
    """Up to 8 random writes of random values into random columns, as a foreign tool could make them."""
    from smartcity_desktop.core.model import TABLES

    values: list[object] = [
        None, 0, -5, 3000, 1.5, float("inf"), "", "  ", "x\x01y\x7f", "2019", "PLANNED", b"\xff\xfe",
        "00000000-0000-4000-8000-000000000000", 1.0, 2.0,
    ]  # fmt: skip
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    done = 0
    tables = [t for t in TABLES if t not in ("snapshot", "tombstone", "copy_info", "merge_decision", "attachment")]
    for _ in range(8):
        table = rng.choice(tables)
        col = rng.choice([c for c in TABLES[table].column_names if c != "id"])
        value = rng.choice(values)
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
        chosen = ", ".join(str(x) for x in rng.sample(rowids, min(2, len(rowids))))
        sql = f"UPDATE {table} SET {col} = ? WHERE rowid IN ({chosen})"
        if rng.random() < 0.2:
            sql = sql.replace("?", "CAST(? AS TEXT)")
        try:
            done += conn.execute(sql, (value,)).rowcount
        except sqlite3.Error:
            pass  # NOT NULL and the like: the schema itself refuses it
    conn.commit()
    conn.close()
    return done


def test_random_damage_is_repaired_and_a_second_run_finds_nothing(demo_bytes: bytes, tmp_path: Path) -> None:
    from smartcity_desktop.core.errors import FileRefused

    rounds = 200 if LONG else 10
    repaired = 0
    for seed in range(rounds):
        rng = random.Random(seed)
        path = tmp_path / f"r{seed}.smartcity"
        path.write_bytes(demo_bytes)
        _random_damage(path, rng)
        try:
            fixed = repair.repair_file(path)
        except FileRefused:
            continue  # vetting refuses it before any repair: nothing was changed
        repaired += bool(fixed)
        assert repair.repair_file(path) == [], seed
        assert check(path) == [], seed
    assert repaired >= rounds // 2


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM copy_info",
        "INSERT INTO copy_info SELECT '11111111-1111-4111-8111-111111111111', "
        "plan_id, NULL, 'kelompok', NULL, created_at, modified_at, modified_by FROM copy_info",
    ],
)
def test_the_copy_identity_table_holds_one_row(demo_file: Path, sql: str) -> None:
    plan_id = read_rows(demo_file)[0]["plan"][0]["id"]
    damage(demo_file, sql)
    assert any("tepat satu baris" in p for p in check(demo_file))
    fixed = repair.repair_file(demo_file)
    assert fixed and all(f.table == "copy_info" for f in fixed)
    (info,) = read_rows(demo_file)[0]["copy_info"]
    assert info["plan_id"] == plan_id
    assert check(demo_file) == [] and repair.repair_file(demo_file) == []
