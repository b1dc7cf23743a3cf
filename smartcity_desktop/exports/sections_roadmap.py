# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated parts of the roadmap (BAB VII): the Gantt over the plan years, stages by horizon, year by year."""

from __future__ import annotations

from smartcity_desktop.core import figures, model
from smartcity_desktop.exports.plandata import PlanData
from smartcity_desktop.exports.sections import _none
from smartcity_desktop.exports.tree import Block, Chart, Landscape, Run, Table

TableRows = list[list[str | list[Run]]]


def gantt(d: PlanData) -> Chart:
    return Chart("gantt", figures.gantt_chart(d.rows, d.lang), d.label("roadmap.gantt", d.first_year, d.last_year))


def roadmap_gantt(d: PlanData, prefix: str = "") -> list[Block]:
    if not d.programs:
        return _none(d)
    return [Landscape([gantt(d)])]


def horizons(d: PlanData, prefix: str = "") -> list[Block]:
    if not d.programs:
        return []
    counts = figures.programs_by_horizon(d.rows)
    money = figures.budget_by_horizon(d.rows)
    rows: TableRows = [[d.label(f"horizon.{h}"), str(counts[h]), d.money(money[h])] for h in model.HORIZONS]
    header = [d.label("col.horizon"), d.label("col.programs"), d.label("col.budget")]
    return [Table(header, rows, [3, 1.5, 2.5], {1, 2}, caption=d.label("roadmap.horizons"))]


def by_year(d: PlanData, prefix: str = "") -> list[Block]:
    """Year by year: the programs running that year and their budget."""
    rows: TableRows = []
    groups: set[int] = set()
    totals: set[int] = set()
    for year in d.plan_years:
        active = [p for p in d.programs if d.program_years(p)[0] <= year <= d.program_years(p)[1]]
        if not active:
            continue
        groups.add(len(rows))
        rows.append([d.label("roadmap.year", year)])
        for n, p in enumerate(active, 1):
            amount = d.budget.get(p["id"], {}).get(year, 0)
            dim = d.get(p.get("dimension_id")) or {}
            rows.append(
                [str(n), p["name"], dim.get("name") or "", d.agency_name(p.get("lead_agency_id")), d.money(amount)]
            )
        totals.add(len(rows))
        rows.append(["", d.label("col.total") + f" {year}", "", "", d.money(d.budget_by_year[year])])
    if not rows:
        return _none(d)
    header = [d.label(k) for k in ("col.no", "col.program", "col.dimension", "col.lead", "col.budget")]
    return [Table(header, rows, [0.55, 5, 2, 1.5, 2.1], {0, 4}, groups, totals, font_size=8)]
