# SPDX-License-Identifier: GPL-3.0-or-later
"""Snapshots inside the plan: its JSON document, compressed (stage drafts, merge baselines, backups)."""

from __future__ import annotations

import zlib
from typing import Any

from smartcity_desktop.core.interchange import decode, dumps, encode, loads
from smartcity_desktop.storage.db import PlanDB, now_iso
from smartcity_desktop.storage.migrations import SCHEMA_VERSION


def document_of(db: PlanDB) -> dict[str, Any]:
    """The plan's JSON document without the snapshots themselves."""
    rows = db.all_rows()
    rows["snapshot"] = []
    return encode(rows, SCHEMA_VERSION)


def take_snapshot(db: PlanDB, name: str, kind: str = "stage") -> str:
    """Store the plan as it is now under ``name``; returns the snapshot id."""
    data = zlib.compress(dumps(document_of(db)).encode("utf-8"), 6)
    return db.insert(
        "snapshot", {"name": name, "kind": kind, "created_at": now_iso(), "created_by": db.who, "data": data}
    )


def snapshot_rows(db: PlanDB, snapshot_id: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of the plan as a snapshot recorded them (checked like any import)."""
    row = db.get("snapshot", snapshot_id)
    if row is None:
        from smartcity_desktop.core.errors import PlanError

        raise PlanError("row.not_found", table="snapshot", row=snapshot_id[:8])
    return decode(loads(zlib.decompress(row["data"]).decode("utf-8"), "snapshot"), "snapshot")
