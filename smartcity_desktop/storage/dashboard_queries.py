# SPDX-License-Identifier: GPL-3.0-or-later
"""Read queries for the dashboard and the completeness rules (their figures are computed in core.figures)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smartcity_desktop.storage.db import PlanDB

# Tables the completeness rules read (blobs and bookkeeping are left out).
RULE_TABLES = (
    "plan",
    "dimension",
    "program",
    "program_budget",
    "indicator",
    "indicator_target",
    "quick_win",
    "quick_win_step",
    "chapter",
    "regulation",
    "institution_member",
    "mission",
    "feedback",  # open feedback is listed too (issue 10)
)


def table_rows(db: PlanDB, tables: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The rows of the tables the figures (core.figures) or the rules look at, table by table."""
    return {name: db.rows(name) for name in tables}


def rule_rows(db: PlanDB) -> dict[str, list[dict[str, Any]]]:
    """The rows the completeness rules look at."""
    return {name: db.rows(name) for name in RULE_TABLES}


def workshop_overview(db: PlanDB) -> list[dict[str, Any]]:
    """Stages with their meetings; each meeting with attendance and feedback counts."""
    stages = [dict(r) for r in db.conn.execute("SELECT * FROM workshop_stage ORDER BY sort_key, id")]
    meetings = [
        dict(r)
        for r in db.conn.execute(
            """SELECT m.id, m.stage_id, m.title, m.date, m.start_time, m.end_time, m.venue, m.resource_person,
                 (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.present) AS present,
                 (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id) AS invited,
                 (SELECT count(*) FROM feedback f WHERE f.meeting_id = m.id) AS feedback
               FROM meeting m ORDER BY m.date, m.sort_key, m.id"""
        )
    ]
    by_stage: dict[str | None, list[dict[str, Any]]] = {}
    for m in meetings:
        by_stage.setdefault(m["stage_id"], []).append(m)
    for s in stages:
        s["meetings"] = by_stage.pop(s["id"], [])
    loose = [m for items in by_stage.values() for m in items]
    if loose:
        stages.append({"id": None, "number": None, "title": None, "meetings": loose})
    return stages


def feedback_for(db: PlanDB, table: str | None = None, row_id: str | None = None) -> list[dict[str, Any]]:
    """Feedback items attached to one row (or all of them when no table is given), newest first."""
    if table is None:
        cur = db.conn.execute("SELECT * FROM feedback ORDER BY given_on DESC, sort_key")
    elif row_id is None:
        cur = db.conn.execute(
            "SELECT * FROM feedback WHERE target_table = ? ORDER BY given_on DESC, sort_key", (table,)
        )
    else:
        cur = db.conn.execute(
            "SELECT * FROM feedback WHERE target_table = ? AND target_id = ? ORDER BY given_on DESC, sort_key",
            (table, row_id),
        )
    return [dict(r) for r in cur]


def navigation_rows(db: PlanDB) -> dict[str, list[dict[str, Any]]]:
    """What the navigation tree shows: dimensions, their programs (id, name) and chapters."""
    return {
        "dimension": [dict(r) for r in db.conn.execute("SELECT id, name FROM dimension ORDER BY sort_key, id")],
        "program": [
            dict(r)
            for r in db.conn.execute("SELECT id, name, dimension_id, is_quick_win FROM program ORDER BY sort_key, id")
        ],
        "chapter": [
            dict(r) for r in db.conn.execute("SELECT id, parent_id, title, key FROM chapter ORDER BY sort_key, id")
        ],
    }
