# SPDX-License-Identifier: GPL-3.0-or-later
"""Read models for the faces: the dashboard, the readiness radar and ``info`` get their figures here.

The figures themselves are computed once, in ``core.figures`` (pure functions over rows), which the exports use
too; this module reads the rows they need from a plan and hands the results to the GUI and the CLI. The charts
are ``exports.tree.Chart`` values built from the same ``core.figures`` chart data the documents print, so the
drawing on screen is the drawing on paper.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from smartcity_desktop.core import figures
from smartcity_desktop.core.figures import Rows
from smartcity_desktop.storage import program_queries
from smartcity_desktop.storage import rule_queries as q
from smartcity_desktop.storage.db import PlanDB

# What the figures read (the dashboard also hands them to the completeness rules).
FIGURE_TABLES = tuple(
    "plan dimension program program_budget program_agency program_funding agency funding_source indicator"
    " indicator_target readiness_component readiness_element readiness_score chapter feedback participant".split()
)
DASHBOARD_TABLES = tuple(dict.fromkeys(FIGURE_TABLES + q.RULE_TABLES))
QUICK_WIN_TABLES = ("dimension", "program", "quick_win", "quick_win_step")
GANTT_TABLES = ("plan", "dimension", "program", "program_budget", "agency")
READINESS_TABLES = ("dimension", "readiness_component", "readiness_element", "readiness_score")


@dataclass(frozen=True)
class DimensionLine:
    """One row of the dashboard's table per dimension."""

    id: str
    name: str
    color: str
    programs: int
    quick_wins: int
    indicators: int
    budget: int


@dataclass
class Dashboard:
    """Everything the dashboard shows, read once."""

    rows: Rows
    counts: dict[str, int]
    budget_total: int
    dimensions: list[DimensionLine]
    charts: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # name -> (kind, chart data)


def read_rows(db: PlanDB, tables: tuple[str, ...] = FIGURE_TABLES) -> Rows:
    """The rows the figures look at."""
    return q.table_rows(db, tables)


def charts(rows: Rows, lang: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """The dashboard's charts as (kind, data) for ``exports.tree.Chart``: the same data as in the documents."""
    out: dict[str, tuple[str, dict[str, Any]]] = {
        "by_dimension": ("bar", figures.budget_dimension_chart(rows, lang)),
        "by_year": ("bar", figures.budget_year_chart(rows, lang)),
    }
    if rows.get("dimension"):
        out["radar"] = ("radar", figures.radar_chart(rows))
    return out


def dashboard(db: PlanDB, lang: str, rows: Rows | None = None) -> Dashboard:
    """The dashboard's figures: counts, budget total, the table per dimension and the charts' data.

    ``rows``: the rows of DASHBOARD_TABLES when the caller has them already (the GUI keeps them per table)."""
    rows = read_rows(db, DASHBOARD_TABLES) if rows is None else rows
    per_dim = figures.dimension_counts(rows)
    budget = figures.budget_by_dimension(rows)
    colors = figures.dimension_colors(rows)
    lines = [
        DimensionLine(
            id=d["id"],
            name=str(d.get("name") or ""),
            color=colors[d["id"]],
            budget=budget[d["id"]],
            **per_dim[d["id"]],
        )
        for d in figures.dimensions(rows)
    ]
    return Dashboard(rows, figures.counts(rows), figures.budget_total(rows), lines, charts(rows, lang))


def readiness_radar(db: PlanDB) -> dict[str, Any] | None:
    """The data of the readiness radar (as in the documents), or None when the plan has no dimension."""
    rows = read_rows(db, READINESS_TABLES)
    if not rows.get("dimension"):
        return None
    return figures.radar_chart(rows)


def dimension_colors(db: PlanDB) -> dict[str, str]:
    """dimension id -> the colour it has in every chart (core.figures.dimension_colors)."""
    return program_queries.dimension_colors(db)


def roadmap_gantt(db: PlanDB, lang: str, program_ids: Collection[str] | None = None) -> dict[str, Any]:
    """The data of the roadmap Gantt as the documents print it (only ``program_ids`` when a filter is set)."""
    return figures.gantt_chart(read_rows(db, GANTT_TABLES), lang, program_ids)


def quick_win_plan(db: PlanDB, quick_win_id: str, lang: str) -> dict[str, Any] | None:
    """The data of a Quick Win's month plan as the documents print it (None without steps)."""
    return figures.month_gantt_chart(read_rows(db, QUICK_WIN_TABLES), quick_win_id, lang)
