# SPDX-License-Identifier: GPL-3.0-or-later
"""Stages and versions: closing a Bimtek stage takes a named snapshot inside the plan file; snapshots are
listed, read as they were (for export and comparison) and restored as a new plan file, never over one."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.core.formats import format_date
from smartcity_desktop.core.interchange import decode, loads
from smartcity_desktop.services.session import ChangeSet, EditSession, PlanDB
from smartcity_desktop.services.snapshots import take_snapshot

Row = dict[str, Any]
Rows = dict[str, list[Row]]
CURRENT = ""  # the name that stands for the plan as it is now (the default "to" of a comparison)


@dataclass(frozen=True)
class SnapshotInfo:
    id: str
    name: str
    kind: str
    created_at: str
    created_by: str


def snapshot_data(rows: Rows) -> bytes:
    """The stored form of a snapshot of ``rows`` (as take_snapshot stores the plan; for builders of plans)."""
    from smartcity_desktop.core.interchange import dumps, encode
    from smartcity_desktop.storage.migrations import SCHEMA_VERSION

    document = encode({**rows, "snapshot": []}, SCHEMA_VERSION)
    return zlib.compress(dumps(document).encode("utf-8"), 6)


def stage_of(rows: Rows, number: int) -> Row:
    """The workshop stage with this number, or a refusal naming it."""
    for stage in rows.get("workshop_stage") or []:
        if stage.get("number") == number:
            return stage
    raise PlanError("stage.unknown", number)


def stage_end(rows: Rows, number: int) -> str | None:
    """The date of the stage's last meeting (ISO), None when it has no dated meeting."""
    stage = stage_of(rows, number)
    dates = [m["date"] for m in rows.get("meeting") or [] if m.get("stage_id") == stage["id"] and m.get("date")]
    return max(dates) if dates else None


def stage_snapshot_name(rows: Rows, number: int, lang: str = "id", when: str | date | None = None) -> str:
    """ "Draf Tahap 2, 5 September 2017": the stage's last meeting day (else ``when``, else today)."""
    from smartcity_desktop.messages import t

    day = when or stage_end(rows, number) or date.today()
    return t("stage.snapshot_name", number, format_date(day, lang), lang=lang)


def close_stage(session: EditSession, stage_number: int, name: str | None = None) -> tuple[str, ChangeSet]:
    """Close stage ``stage_number``: store the plan as it is now under ``name`` (one step, undoable)."""
    db = session.db
    rows = {"workshop_stage": db.rows("workshop_stage"), "meeting": db.rows("meeting")}
    stage_of(rows, stage_number)
    label = (name or "").strip() or stage_snapshot_name(rows, stage_number, (db.plan().get("language") or "id"))
    if any(s["name"] == label for s in db.rows("snapshot")):
        raise PlanError("stage.name_taken", label)
    out: list[str] = []
    changes = session.run(lambda d: out.append(take_snapshot(d, label, "stage")))
    return out[0], changes


def snapshots(rows: Rows, kind: str | None = None) -> list[SnapshotInfo]:
    """The plan's snapshots, oldest first (``kind`` stage, baseline or backup, or all)."""
    found = [
        SnapshotInfo(s["id"], s["name"], s["kind"], s["created_at"], s.get("created_by") or "")
        for s in rows.get("snapshot") or []
        if kind is None or s["kind"] == kind
    ]
    return sorted(found, key=lambda s: (s.created_at, s.name))


def find_snapshot(rows: Rows, name_or_id: str) -> Row:
    """A snapshot row by its exact name, its id or a unique start of its name (case-insensitive)."""
    items = rows.get("snapshot") or []
    for s in items:
        if name_or_id in (s["id"], s["name"]):
            return s
    want = name_or_id.strip().casefold()
    hits = [s for s in items if s["name"].casefold().startswith(want)] if want else []
    if len(hits) == 1:
        return hits[0]
    names = ", ".join(s["name"] for s in sorted(items, key=lambda s: s["created_at"])) or "-"
    raise PlanError("stage.snapshot_unknown", name_or_id, names)


def rows_of_snapshot(snapshot: Row) -> Rows:
    """The plan's rows as the snapshot recorded them (checked like any import)."""
    data = snapshot["data"]
    return decode(loads(zlib.decompress(data).decode("utf-8"), "snapshot"), "snapshot")


def rows_at(rows: Rows, name: str | None) -> tuple[Rows, str]:
    """The rows of snapshot ``name`` with its name, or (``name`` empty or None) the plan as it is now."""
    if not name:
        from smartcity_desktop.messages import t

        lang = (rows.get("plan") or [{}])[0].get("language") or "id"
        return rows, t("stage.current", lang=lang)
    snap = find_snapshot(rows, name)
    return rows_of_snapshot(snap), snap["name"]


def previous_stage_snapshot(rows: Rows, before: str | None) -> Row | None:
    """The latest stage snapshot taken before ``before`` (ISO time; None: the latest of all)."""
    found = [
        s for s in rows.get("snapshot") or [] if s["kind"] == "stage" and (before is None or s["created_at"] < before)
    ]
    return max(found, key=lambda s: s["created_at"]) if found else None


def restore_snapshot_as_new_file(db: PlanDB | Rows, snapshot_id: str, target: str | Path, who: str = "") -> Path:
    """Write snapshot ``snapshot_id`` (id or name) of an open plan (or its rows) as a new plan file ``target``;
    an existing file is refused (PlanError file.exists): a restore never overwrites anything."""
    from smartcity_desktop.services.plans import write_plan

    rows = {"snapshot": db.rows("snapshot")} if isinstance(db, PlanDB) else db
    restored = rows_of_snapshot(find_snapshot(rows, snapshot_id))
    return write_plan(target, restored, force=False, who=who)


def restore_from_file(path: str | Path, snapshot: str, target: str | Path, who: str = "") -> Path:
    """The same from a plan file on disk (read, never changed)."""
    from smartcity_desktop.services.document import read_rows

    if Path(target).resolve() == Path(path).resolve():
        raise PlanError("file.exists", str(target))
    rows, _version = read_rows(path)
    return restore_snapshot_as_new_file(rows, snapshot, target, who)


def stage_versions(rows: Rows, number: int) -> tuple[Row | None, Row | None]:
    """The stage snapshots around stage ``number``: the last one taken before its first meeting (the previous
    stage's draft) and the first one taken from its last meeting day on, before the next stage begins (its
    own draft; None: the stage is still open, compare with the plan as it is)."""
    stage = stage_of(rows, number)
    meetings = rows.get("meeting") or []
    days = sorted(m["date"] for m in meetings if m.get("stage_id") == stage["id"] and m.get("date"))
    if not days:
        return None, None
    later = [
        m["date"]
        for m in meetings
        for s in rows.get("workshop_stage") or []
        if m.get("stage_id") == s["id"] and s.get("number", 0) > number and m.get("date")
    ]
    next_start = min(later) if later else None
    drafts = sorted((s for s in rows.get("snapshot") or [] if s["kind"] == "stage"), key=lambda s: s["created_at"])
    before = [s for s in drafts if s["created_at"][:10] < days[0]]
    own = [
        s
        for s in drafts
        if s["created_at"][:10] >= days[-1] and (next_start is None or s["created_at"][:10] < next_start)
    ]
    return (before[-1] if before else None), (own[0] if own else None)
