# SPDX-License-Identifier: GPL-3.0-or-later
"""Read queries for the dashboard and the completeness rules (sums and counts per dimension and year)."""

from __future__ import annotations

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
)


def dimension_summary(db: PlanDB) -> list[dict[str, Any]]:
    """Per dimension (in order): id, name, color, programs, quick_wins, indicators, budget."""
    sql = """
        SELECT d.id, d.name, d.color, d.code,
          (SELECT count(*) FROM program p WHERE p.dimension_id = d.id) AS programs,
          (SELECT count(*) FROM program p WHERE p.dimension_id = d.id AND p.is_quick_win) AS quick_wins,
          (SELECT count(*) FROM indicator i
             LEFT JOIN program p ON p.id = i.program_id
             WHERE i.dimension_id = d.id OR p.dimension_id = d.id) AS indicators,
          (SELECT coalesce(sum(b.amount), 0) FROM program_budget b
             JOIN program p ON p.id = b.program_id WHERE p.dimension_id = d.id) AS budget
        FROM dimension d ORDER BY d.sort_key, d.id
    """
    return [dict(r) for r in db.conn.execute(sql)]


def budget_by_dimension_year(db: PlanDB) -> dict[str, dict[int, int]]:
    """dimension id -> {year: total budget}."""
    sql = """
        SELECT p.dimension_id, b.year, sum(b.amount) AS amount
        FROM program_budget b JOIN program p ON p.id = b.program_id
        GROUP BY p.dimension_id, b.year
    """
    out: dict[str, dict[int, int]] = {}
    for r in db.conn.execute(sql):
        out.setdefault(r["dimension_id"], {})[int(r["year"])] = int(r["amount"] or 0)
    return out


def readiness_averages(db: PlanDB) -> list[dict[str, Any]]:
    """Per readiness component: id, name and {dimension id: average score} over scored elements."""
    comps = [dict(r) for r in db.conn.execute("SELECT id, name FROM readiness_component ORDER BY sort_key, id")]
    sql = """
        SELECT e.component_id, s.dimension_id, avg(s.score) AS avg_score
        FROM readiness_score s JOIN readiness_element e ON e.id = s.element_id
        WHERE s.score IS NOT NULL
        GROUP BY e.component_id, s.dimension_id
    """
    scores: dict[str, dict[str, float]] = {}
    for r in db.conn.execute(sql):
        scores.setdefault(r["component_id"], {})[r["dimension_id"]] = float(r["avg_score"])
    for c in comps:
        c["scores"] = scores.get(c["id"], {})
    return comps


def totals(db: PlanDB) -> dict[str, int]:
    """Whole-plan counts and the total budget."""
    one = db.conn.execute(
        """SELECT
            (SELECT count(*) FROM program) AS programs,
            (SELECT count(*) FROM program WHERE is_quick_win) AS quick_wins,
            (SELECT count(*) FROM indicator) AS indicators,
            (SELECT count(*) FROM chapter) AS chapters,
            (SELECT count(*) FROM chapter WHERE trim(coalesce(body_md, '')) != '') AS chapters_written,
            (SELECT count(*) FROM meeting) AS meetings,
            (SELECT count(*) FROM feedback) AS feedback,
            (SELECT count(*) FROM feedback WHERE status IN ('open', 'in_progress')) AS feedback_open,
            (SELECT coalesce(sum(amount), 0) FROM program_budget) AS budget"""
    ).fetchone()
    return {k: int(one[k] or 0) for k in one.keys()}


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
