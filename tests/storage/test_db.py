# SPDX-License-Identifier: GPL-3.0-or-later
"""The storage gateway: schema, writes with who/when, cascading deletes with tombstones, undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.storage.db import PlanDB
from smartcity_desktop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION


@pytest.fixture
def db(plan_file: Path) -> PlanDB:
    conn = sqlite3.connect(plan_file)
    plan = PlanDB(conn, "tester@test")
    yield plan
    plan.close()


def test_schema_matches_model(db: PlanDB) -> None:
    for name, table in TABLES.items():
        cols = [r[1] for r in db.conn.execute(f"PRAGMA table_info({name})")]
        assert tuple(cols) == table.column_names, name
    assert db.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_ids_are_uuids_everywhere(db: PlanDB) -> None:
    from smartcity_desktop.core.validate import UUID_RE

    for name in TABLES:
        for r in db.rows(name):
            assert UUID_RE.match(r["id"]), name
    for name in TABLES:
        pk = [r for r in db.conn.execute(f"PRAGMA table_info({name})") if r[5]]
        assert [r[1] for r in pk] == ["id"] and pk[0][2] == "TEXT"


def _dimension(db: PlanDB) -> str:
    return db.rows("dimension")[0]["id"]


def test_insert_fills_who_when_and_sort_key(db: PlanDB) -> None:
    pid = db.insert(
        "program", {"dimension_id": _dimension(db), "name": "Si Pepadu", "status": "planned", "is_quick_win": 0}
    )
    row = db.get("program", pid)
    assert row is not None
    assert row["modified_by"] == "tester@test"
    assert row["modified_at"].endswith("Z")
    assert row["sort_key"] == 1.0


def test_invalid_values_refused(db: PlanDB) -> None:
    dim = _dimension(db)
    with pytest.raises(InvalidEdit) as info:
        db.insert("program", {"dimension_id": dim, "name": "X", "status": "bogus", "is_quick_win": 0})
    assert info.value.key == "value.not_choice"
    with pytest.raises(InvalidEdit):
        db.insert("program", {"dimension_id": dim, "status": "planned", "is_quick_win": 0})
    with pytest.raises(InvalidEdit):
        db.insert(
            "readiness_score", {"element_id": db.rows("readiness_element")[0]["id"], "dimension_id": dim, "score": 9}
        )
    assert db.count("program") == 0


def test_delete_cascades_leaves_tombstones_and_clears_references(db: PlanDB) -> None:
    dim = _dimension(db)
    pid = db.insert("program", {"dimension_id": dim, "name": "P", "status": "planned", "is_quick_win": 1})
    bid = db.insert("program_budget", {"program_id": pid, "year": 2019, "amount": 5_000_000})
    iid = db.insert("indicator", {"program_id": pid, "name": "I"})
    tid = db.insert("indicator_target", {"indicator_id": iid, "year": 2019, "value": 3.0})
    fid = db.insert("feedback", {"text": "Perbaiki", "status": "open", "target_table": "program", "target_id": pid})
    with db.action() as changes:
        db.delete("program", pid)
    for table, rid in (("program", pid), ("program_budget", bid), ("indicator", iid), ("indicator_target", tid)):
        assert db.get(table, rid) is None
        stone = db.get("tombstone", rid)
        assert stone is not None and stone["table_name"] == table
    fb = db.get("feedback", fid)
    assert fb is not None and fb["target_id"] is None
    assert db.foreign_key_problems() == []
    # undo brings every row back and removes the tombstones
    db.apply(changes.reversed())
    assert db.get("program", pid) is not None
    assert db.get("indicator_target", tid) is not None
    assert db.get("tombstone", pid) is None
    fb = db.get("feedback", fid)
    assert fb is not None and fb["target_id"] == pid
    # and redo deletes again
    db.apply(changes)
    assert db.get("program", pid) is None
    assert db.foreign_key_problems() == []


def test_nullify_on_delete_of_agency(db: PlanDB) -> None:
    ag = db.rows("agency")[0]["id"]
    pid = db.insert(
        "program",
        {"dimension_id": _dimension(db), "name": "P", "status": "planned", "is_quick_win": 0, "lead_agency_id": ag},
    )
    db.delete("agency", ag)
    row = db.get("program", pid)
    assert row is not None and row["lead_agency_id"] is None


def test_action_is_one_transaction(db: PlanDB) -> None:
    dim = _dimension(db)
    with pytest.raises(InvalidEdit), db.action():
        db.insert("program", {"dimension_id": dim, "name": "A", "status": "planned", "is_quick_win": 0})
        db.insert("program", {"dimension_id": dim, "name": "B", "status": "nope", "is_quick_win": 0})
    assert db.count("program") == 0


def test_update_records_change_and_undo(db: PlanDB) -> None:
    plan = db.plan()
    with db.action() as changes:
        db.update("plan", plan["id"], {"vision": "Lombok Timur cerdas"})
    assert db.plan()["vision"] == "Lombok Timur cerdas"
    db.apply(changes.reversed())
    assert db.plan()["vision"] == plan["vision"]
    with pytest.raises(InvalidEdit):
        db.update("plan", plan["id"], {"no_such_column": 1})
    with pytest.raises(InvalidEdit):
        db.update("plan", "00000000-0000-0000-0000-000000000000", {"vision": "x"})


def test_set_yearly_adds_changes_and_removes_one_year(db: PlanDB) -> None:
    pid = db.insert("program", {"dimension_id": _dimension(db), "name": "P", "status": "planned", "is_quick_win": 0})
    db.set_yearly("program_budget", "program_id", pid, 2019, "amount", 5)
    db.set_yearly("program_budget", "program_id", pid, 2019, "amount", 7)
    db.set_yearly("program_budget", "program_id", pid, 2020, "amount", 9)
    budget = sorted(db.rows("program_budget", program_id=pid), key=lambda r: r["year"])
    assert [(r["year"], r["amount"]) for r in budget] == [
        (2019, 7),
        (2020, 9),
    ]
    db.set_yearly("program_budget", "program_id", pid, 2019, "amount", None)
    assert [r["year"] for r in db.rows("program_budget", program_id=pid)] == [2020]


def test_rows_filter_by_equal_values_and_refuse_unknown_columns(db: PlanDB) -> None:
    dim = _dimension(db)
    values = {"dimension_id": dim, "name": "A", "status": "planned", "is_quick_win": 0, "horizon": "short"}
    a = db.insert("program", values)
    db.insert("program", {"dimension_id": dim, "name": "B", "status": "planned", "is_quick_win": 1, "horizon": None})
    assert [r["name"] for r in db.rows("program", dimension_id=dim)] == ["A", "B"]
    assert [r["id"] for r in db.rows("program", is_quick_win=0, dimension_id=dim)] == [a]
    assert [r["name"] for r in db.rows("program", horizon=None)] == ["B"]
    with pytest.raises(InvalidEdit):
        db.rows("program", **{"name = name OR 1": 1})


def test_get_many_reads_the_rows_asked_for_and_only_the_columns_asked_for(tmp_path: Path) -> None:
    db = PlanDB.create(tmp_path / "p.smartcity")
    try:
        dim = db.insert("dimension", {"name": "Smart Living", "code": "living"})
        other = db.insert("dimension", {"name": "Smart People", "code": "people"})
        got = db.get_many("dimension", [dim, dim, "missing"])
        assert list(got) == [dim] and got[dim] == db.get("dimension", dim)
        narrow = db.get_many("dimension", [dim, other], columns=["name", "not_a_column"])
        assert narrow == {dim: {"id": dim, "name": "Smart Living"}, other: {"id": other, "name": "Smart People"}}
        assert db.get_many("dimension", []) == {}
    finally:
        db.close()
