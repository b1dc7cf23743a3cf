# SPDX-License-Identifier: GPL-3.0-or-later
"""Read queries for the profile, readiness, vision, dimension, roadmap and institutions views."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.storage import program_queries
from smartcity_desktop.storage.db import PlanDB

Row = dict[str, Any]


def roadmap_programs(db: PlanDB, totals: dict[str, int] | None = None) -> list[Row]:
    """Programs with their dimension (name, colour, order), years and total budget, in dimension order.

    ``totals``: the budget totals of every program (``budget_totals(db)``) when the caller has them already."""
    sql = """
        SELECT p.id, p.name, p.first_year, p.last_year, p.horizon, p.is_quick_win, p.status,
               p.dimension_id, d.name AS dimension_name, d.color AS dimension_color
        FROM program p JOIN dimension d ON d.id = p.dimension_id
        ORDER BY d.sort_key, d.id, p.sort_key, p.id
    """
    rows = [dict(r) for r in db.conn.execute(sql)]
    budget = program_queries.budget_totals(db) if totals is None else totals  # core.figures
    colors = program_queries.dimension_colors(db)
    for r in rows:
        r["budget"], r["dimension_color"] = budget.get(r["id"], 0), colors.get(r["dimension_id"], r["dimension_color"])
    return rows


def dimension_programs(db: PlanDB, dimension_id: str) -> list[Row]:
    """The programs of one dimension with their indicator count and total budget."""
    sql = """
        SELECT p.id, p.name, p.first_year, p.last_year, p.is_quick_win,
               (SELECT count(*) FROM indicator i WHERE i.program_id = p.id) AS indicators
        FROM program p WHERE p.dimension_id = ?
        ORDER BY p.sort_key, p.id
    """
    rows = [dict(r) for r in db.conn.execute(sql, (dimension_id,))]
    budget = program_queries.budget_totals(db, dimension_id=dimension_id)  # core.figures.budget_by_program
    for r in rows:
        r["budget"] = budget.get(r["id"], 0)
    return rows


def readiness_grid(db: PlanDB) -> tuple[list[Row], list[Row], dict[tuple[str, str], Row]]:
    """(elements with their component's code and name, in order; dimensions; scores by (element, dimension))."""
    sql = """
        SELECT e.id, e.name, e.description, e.component_id, c.code AS component_code, c.name AS component_name
        FROM readiness_element e JOIN readiness_component c ON c.id = e.component_id
        ORDER BY c.sort_key, c.id, e.sort_key, e.id
    """
    elements = [dict(r) for r in db.conn.execute(sql)]
    dims = db.rows("dimension")
    scores = {(s["element_id"], s["dimension_id"]): s for s in db.rows("readiness_score")}
    return elements, dims, scores


def district_totals(db: PlanDB) -> Row:
    """Sums over the districts: count, population, area, villages (desa) and urban villages (kelurahan)."""
    r = db.conn.execute(
        "SELECT count(*) AS n, sum(population) AS population, sum(area_km2) AS area_km2, "
        "sum(villages) AS villages, sum(urban_villages) AS urban_villages FROM district"
    ).fetchone()
    return dict(r)


def members(db: PlanDB, body: str) -> list[Row]:
    """Members of one body (dewan / tim_pelaksana), in order."""
    return db.rows("institution_member", body=body)


def masterplan_enacted(db: PlanDB) -> bool:
    """True when an enacted regulation names the masterplan (Masterplan / Rencana Induk Smart City)."""
    for r in db.rows("regulation", status="enacted"):
        title = str(r.get("title") or "").lower().strip()
        if title.startswith("pembentukan"):  # sets up a team or council, does not enact the plan
            continue
        if "masterplan" in title or "master plan" in title or "rencana induk" in title:
            return True
    return False


def goals_with_mission(db: PlanDB) -> list[Row]:
    """Goals in order."""
    return db.rows("goal")


def sibling_chapters(db: PlanDB, parent_id: str | None) -> list[Row]:
    """Chapters under the same parent, in order."""
    return db.rows("chapter", parent_id=parent_id)


def rows_where(db: PlanDB, table: str, column: str, value: Any) -> list[Row]:
    """Rows of ``table`` whose ``column`` equals ``value`` (NULL when value is None), in order."""
    return db.rows(table, **{column: value})
