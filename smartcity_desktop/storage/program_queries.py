# SPDX-License-Identifier: GPL-3.0-or-later
"""Read queries of the program, indicator, Quick Win and registry editors: one query per table, plain dicts."""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from smartcity_desktop.core import figures
from smartcity_desktop.storage.db import PlanDB

log = logging.getLogger(__name__)

Row = dict[str, Any]

_PROGRAM_SQL = """
SELECT p.*, d.name AS dimension_name, d.sort_key AS dimension_sort, d.color AS dimension_color,
       e.name AS element_name, a.name AS lead_agency_name, a.code AS lead_agency_code
FROM program p
JOIN dimension d ON d.id = p.dimension_id
LEFT JOIN element e ON e.id = p.element_id
LEFT JOIN agency a ON a.id = p.lead_agency_id
"""


_QUICK_WIN_IDS = "SELECT id FROM program WHERE is_quick_win = 1 UNION SELECT program_id FROM quick_win"


def budget_totals(
    db: PlanDB, program_id: str | None = None, quick_wins: bool = False, dimension_id: str | None = None
) -> dict[str, int]:
    """program id -> budget total (core.figures.budget_by_program) of every program, of one, of the Quick Wins or
    of one dimension's programs."""
    if dimension_id is not None:
        progs = db.conn.execute("SELECT * FROM program WHERE dimension_id = ?", (dimension_id,))
        budget = db.conn.execute(
            "SELECT * FROM program_budget WHERE program_id IN (SELECT id FROM program WHERE dimension_id = ?)",
            (dimension_id,),
        )
    elif program_id is not None:
        progs = db.conn.execute("SELECT * FROM program WHERE id = ?", (program_id,))
        budget = db.conn.execute("SELECT * FROM program_budget WHERE program_id = ?", (program_id,))
    elif quick_wins:
        progs = db.conn.execute(f"SELECT * FROM program WHERE id IN ({_QUICK_WIN_IDS})")
        budget = db.conn.execute(f"SELECT * FROM program_budget WHERE program_id IN ({_QUICK_WIN_IDS})")
    else:
        progs, budget = db.conn.execute("SELECT * FROM program"), db.conn.execute("SELECT * FROM program_budget")
    rows = {
        "plan": [db.plan()],
        "program": [dict(r) for r in progs],
        "program_budget": [dict(r) for r in budget],
    }
    return figures.budget_by_program(rows)


def dimension_colors(db: PlanDB) -> dict[str, str]:
    """dimension id -> its colour (core.figures.dimension_colors: its own, else the palette's)."""
    return figures.dimension_colors({"dimension": [dict(r) for r in db.conn.execute("SELECT * FROM dimension")]})


def _links(db: PlanDB, table: str, column: str, program_id: str | None) -> dict[str, list[str]]:
    """program id -> ids linked through ``table`` (program_agency / program_funding)."""
    sql = f"SELECT program_id, {column} FROM {table}"
    params: tuple[Any, ...] = ()
    if program_id is not None:
        sql += " WHERE program_id = ?"
        params = (program_id,)
    out: dict[str, list[str]] = defaultdict(list)
    for pid, other in db.conn.execute(sql, params):
        out[pid].append(other)
    return out


def program_table(
    db: PlanDB, dimension_id: str | None = None, program_id: str | None = None, totals: dict[str, int] | None = None
) -> list[Row]:
    """Programs with their dimension, element, lead agency, budget total, funding and supporting agency ids.

    ``totals``: the budget totals of every program (``budget_totals(db)``) when the caller has them already."""
    sql = _PROGRAM_SQL
    params: tuple[Any, ...] = ()
    if program_id is not None:  # one row re-read after each edit
        sql += " WHERE p.id = ?"
        params = (program_id,)
    elif dimension_id is not None:
        sql += " WHERE p.dimension_id = ?"
        params = (dimension_id,)
    sql += " ORDER BY d.sort_key, p.sort_key, p.id"
    rows = [dict(r) for r in db.conn.execute(sql, params)]
    colors = dimension_colors(db)
    for r in rows:
        r["dimension_color"] = colors.get(r["dimension_id"], r["dimension_color"])
    funding = _links(db, "program_funding", "funding_source_id", program_id)
    agencies = _links(db, "program_agency", "agency_id", program_id)
    totals = budget_totals(db, program_id) if totals is None else totals
    for r in rows:
        r["budget_total"] = totals.get(r["id"], 0)
        r["funding_ids"] = funding.get(r["id"], [])
        r["agency_ids"] = agencies.get(r["id"], [])
    return rows


def program_budget(db: PlanDB, program_id: str) -> dict[int, Row]:
    """year -> program_budget row of one program."""
    rows = sorted(db.rows("program_budget", program_id=program_id), key=lambda r: int(r["year"]))
    return {int(r["year"]): r for r in rows}


def link_rows(db: PlanDB, table: str, program_id: str) -> list[Row]:
    """program_agency / program_funding rows of one program."""
    if table not in ("program_agency", "program_funding"):
        raise ValueError(table)
    return db.rows(table, program_id=program_id)


def quick_win_of(db: PlanDB, program_id: str) -> Row | None:
    rows = db.rows("quick_win", program_id=program_id)
    return rows[0] if rows else None


def neighbour(db: PlanDB, program_id: str, up: bool) -> Row | None:
    """The program just before (up) or after it in the same dimension's order."""
    p = db.get("program", program_id)
    if p is None:
        return None
    op, order = ("<", "sort_key DESC, id DESC") if up else (">", "sort_key, id")
    sql = f"SELECT * FROM program WHERE dimension_id = ? AND sort_key {op} ? ORDER BY {order} LIMIT 1"
    r = db.conn.execute(sql, (p["dimension_id"], p["sort_key"])).fetchone()
    return dict(r) if r else None


def usage_count(db: PlanDB, table: str, row_id: str) -> int:
    """How many programs use an agency (lead or supporting) or a funding source."""
    if table == "agency":
        sql = (
            "SELECT count(*) FROM program WHERE lead_agency_id = ?1 OR id IN "
            "(SELECT program_id FROM program_agency WHERE agency_id = ?1)"
        )
    elif table == "funding_source":
        sql = "SELECT count(DISTINCT program_id) FROM program_funding WHERE funding_source_id = ?1"
    else:
        raise ValueError(table)
    return int(db.conn.execute(sql, (row_id,)).fetchone()[0])


def usage_counts(db: PlanDB, table: str) -> dict[str, int]:
    """Row id -> number of programs using it, for a whole registry at once."""
    if table == "agency":
        sql = (
            "SELECT agency_id, count(DISTINCT program_id) FROM ("
            " SELECT lead_agency_id AS agency_id, id AS program_id FROM program WHERE lead_agency_id IS NOT NULL"
            " UNION SELECT agency_id, program_id FROM program_agency) GROUP BY agency_id"
        )
    elif table == "funding_source":
        sql = "SELECT funding_source_id, count(DISTINCT program_id) FROM program_funding GROUP BY funding_source_id"
    else:
        raise ValueError(table)
    return {k: int(v) for k, v in db.conn.execute(sql)}


_INDICATOR_FROM = (
    " FROM indicator i"
    " LEFT JOIN program p ON p.id = i.program_id"
    " LEFT JOIN dimension d ON d.id = coalesce(p.dimension_id, i.dimension_id)"
)
_INDICATOR_ORDER = " ORDER BY d.sort_key, p.sort_key, i.sort_key, i.id"


def _indicator_where(dimension_id: str | None, program_id: str | None) -> tuple[str, tuple[Any, ...]]:
    where, params = [], []
    if dimension_id is not None:
        where.append("coalesce(p.dimension_id, i.dimension_id) = ?")
        params.append(dimension_id)
    if program_id is not None:
        where.append("i.program_id = ?")
        params.append(program_id)
    return (" WHERE " + " AND ".join(where) if where else ""), tuple(params)


def indicator_ids(db: PlanDB, dimension_id: str | None = None, program_id: str | None = None) -> list[str]:
    """The ids of the indicators (of a dimension, of a program) in the order ``indicator_table`` gives them."""
    where, params = _indicator_where(dimension_id, program_id)
    return [r[0] for r in db.conn.execute("SELECT i.id" + _INDICATOR_FROM + where + _INDICATOR_ORDER, params)]


def indicator_table(
    db: PlanDB,
    indicator_id: str | None = None,
    *,
    with_targets: bool = True,
    ids: list[str] | None = None,
    dimension_id: str | None = None,
    program_id: str | None = None,
) -> list[Row]:
    """Indicators with program and dimension names and their targets as {year: value} (without the
    ``targets`` key when not ``with_targets``: read them with ``indicator_targets``): every one, one, those of
    ``ids`` (in their order), or those of a dimension or a program."""
    sql = (
        "SELECT i.*, p.name AS program_name, coalesce(p.dimension_id, i.dimension_id) AS dim_id,"
        " d.name AS dimension_name" + _INDICATOR_FROM
    )
    params: tuple[Any, ...] = ()
    if indicator_id is not None:
        ids = [indicator_id]
    if ids is not None:
        sql += f" WHERE i.id IN ({','.join('?' * len(ids))})"
        params = tuple(ids)
    else:
        where, params = _indicator_where(dimension_id, program_id)
        sql += where
    sql += _INDICATOR_ORDER
    rows = [dict(r) for r in db.conn.execute(sql, params)]
    if ids is not None and len(ids) > 1:
        place = {iid: n for n, iid in enumerate(ids)}
        rows.sort(key=lambda r: place[r["id"]])
    if not with_targets:
        return rows
    targets = indicator_targets(db, ids)
    for r in rows:
        r["targets"] = targets.get(r["id"], {})
    return rows


def indicator_targets(db: PlanDB, indicator_ids: list[str] | None = None) -> dict[str, dict[int, float]]:
    """Targets as {indicator id: {year: value}}: of the given indicators, else of every indicator."""
    tsql = "SELECT indicator_id, year, value FROM indicator_target"
    params: tuple[Any, ...] = ()
    if indicator_ids is not None:
        tsql += f" WHERE indicator_id IN ({','.join('?' * len(indicator_ids))})"
        params = tuple(indicator_ids)
    targets: dict[str, dict[int, float]] = defaultdict(dict)
    for iid, year, value in db.conn.execute(tsql, params):
        targets[iid][int(year)] = value
    return targets


def program_choices(db: PlanDB) -> list[Row]:
    """Programs for pick lists: id, name, dimension id and name, in plan order."""
    sql = (
        "SELECT p.id, p.name, p.dimension_id, d.name AS dimension_name FROM program p"
        " JOIN dimension d ON d.id = p.dimension_id ORDER BY d.sort_key, p.sort_key, p.id"
    )
    return [dict(r) for r in db.conn.execute(sql)]


def quick_win_table(db: PlanDB) -> list[Row]:
    """Programs marked Quick Win with their quick_win row (qw_* columns), budget total and month span."""
    sql = (
        "SELECT p.id AS program_id, p.name, p.dimension_id, p.first_year, p.last_year, p.lead_agency_id,"
        " d.name AS dimension_name, a.name AS lead_agency_name,"
        " q.id AS qw_id, q.status AS qw_status, q.problem, q.innovation, q.innovation_score, q.risks,"
        " (SELECT max(end_month) FROM quick_win_step s WHERE s.quick_win_id = q.id) AS last_month,"
        " (SELECT count(*) FROM quick_win_step s WHERE s.quick_win_id = q.id) AS step_count"
        " FROM program p JOIN dimension d ON d.id = p.dimension_id"
        " LEFT JOIN agency a ON a.id = p.lead_agency_id"
        " LEFT JOIN quick_win q ON q.program_id = p.id"
        " WHERE p.is_quick_win = 1 OR q.id IS NOT NULL ORDER BY d.sort_key, p.sort_key, p.id"
    )
    rows = [dict(r) for r in db.conn.execute(sql)]
    totals = budget_totals(db, quick_wins=True)
    for r in rows:
        r["budget_total"] = totals.get(r["program_id"], 0)
    return rows


def quick_win_steps(db: PlanDB, quick_win_id: str) -> list[Row]:
    return db.rows("quick_win_step", quick_win_id=quick_win_id)


def quick_wins_per_dimension(db: PlanDB) -> list[Row]:
    """Every dimension with its number of Quick Win programs (rule of thumb: one each)."""
    sql = (
        "SELECT d.id, d.name, (SELECT count(*) FROM program p WHERE p.dimension_id = d.id AND p.is_quick_win = 1)"
        " AS count FROM dimension d ORDER BY d.sort_key, d.id"
    )
    return [dict(r) for r in db.conn.execute(sql)]


def library_for(db: PlanDB, dimension_id: str | None) -> list[Row]:
    """Indicator library rows of a dimension (and those of no dimension)."""
    if dimension_id is None:
        return db.rows("indicator_library")
    sql = "SELECT * FROM indicator_library WHERE dimension_id = ? OR dimension_id IS NULL ORDER BY sort_key, id"
    return [dict(r) for r in db.conn.execute(sql, (dimension_id,))]
