# SPDX-License-Identifier: GPL-3.0-or-later
"""Snapshots keep the plan's JSON document inside the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from smartcity_desktop.services.snapshots import snapshot_rows, take_snapshot
from smartcity_desktop.storage.db import PlanDB


def test_snapshot_round_trip(plan_file: Path) -> None:
    db = PlanDB(sqlite3.connect(plan_file), "fasilitator")
    before = db.all_rows()
    sid = take_snapshot(db, "Draf Tahap 2", "stage")
    db.update("plan", db.plan()["id"], {"vision": "berubah setelah snapshot"})
    rows = snapshot_rows(db, sid)
    assert rows["plan"][0]["vision"] == before["plan"][0]["vision"]
    assert rows["snapshot"] == []
    assert len(rows["program"]) == len(before["program"])
    stored = db.get("snapshot", sid)
    assert stored is not None and stored["kind"] == "stage" and len(stored["data"]) < 200_000
    db.close()
