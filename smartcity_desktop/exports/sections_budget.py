# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated parts about money (BAB VII): budget by dimension and year, funding source and lead agency by year."""

from __future__ import annotations

import re

from smartcity_desktop.core import figures
from smartcity_desktop.exports import fields
from smartcity_desktop.exports.plandata import PlanData
from smartcity_desktop.exports.sections import _none
from smartcity_desktop.exports.tree import Block, Chart, Paragraph, Run, Table

TableRows = list[list[str | list[Run]]]


def budget(d: PlanData, prefix: str = "", matrices: bool = True) -> list[Block]:
    """The budget by dimension and year (table and charts), then by funding source and by lead agency per year
    (``matrices``); every figure from core.figures."""
    per = d.budget_by_dimension_year
    years = d.plan_years
    if not d.budget_total:
        return _none(d)
    rows: TableRows = []
    for dim in d.dimensions:
        vals = per[dim["id"]]
        rows.append([dim["name"], *(_m(d, vals[y]) for y in years), _m(d, d.budget_by_dimension[dim["id"]])])
    by_year = d.budget_by_year
    rows.append([d.label("col.total"), *(_m(d, by_year[y]) for y in years), _m(d, d.budget_total)])
    header = [d.label("col.dimension"), *(str(y) for y in years), d.label("col.total")]
    scale = Paragraph.text(d.label("budget.note") + " " + _scale_note(d), "note")
    more = [*fields.funding_table(d), *fields.agency_table(d)] if matrices else []
    return [
        Table(
            header,
            rows,
            [2.2] + [1] * len(years) + [1.3],
            set(range(1, len(header))),
            total_rows={len(rows) - 1},
            caption=d.label("budget.by_dimension") + " (" + _scale_unit(d) + ")",
            font_size=7,
        ),
        scale,
        *more,
        Chart("bar", figures.budget_dimension_chart(d.rows, d.lang), d.label("budget.chart_dimension")),
        Chart("bar", figures.budget_year_chart(d.rows, d.lang), d.label("budget.chart_year")),
    ]


def budget_chapter(d: PlanData, prefix: str = "") -> list[Block]:
    """The financing chapter's part: as ``budget``, without the matrices its text already places with the fields
    ``{{tabel:pendanaan}}`` and ``{{tabel:opd_tahun}}`` (a new plan's text does not: it gets them here)."""
    placed = " ".join(str(c.get("body_md") or "") for c in d.table("chapter"))
    if all(re.search(r"\{\{\s*tabel\s*:\s*" + name, placed) for name in ("pendanaan", "opd_tahun")):
        return budget(d, prefix, matrices=False)
    return budget(d, prefix)


def _m(d: PlanData, amount: int) -> str:
    """Millions of Rupiah, so a ten-year table fits the page."""
    return d.number(round(amount / 1_000_000)) if amount else "–"


def _scale_unit(d: PlanData) -> str:
    return "juta Rupiah" if d.lang != "en" else "million Rupiah"


def _scale_note(d: PlanData) -> str:
    return "Angka tabel dalam juta Rupiah." if d.lang != "en" else "Table figures in million Rupiah."
