# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated parts about delivery: Quick Win profiles, the roadmap Gantt, budgets and the annexes."""

from __future__ import annotations

from collections import Counter
from typing import Any

from smartcity_desktop.core import figures, model
from smartcity_desktop.exports.plandata import PlanData, Row
from smartcity_desktop.exports.sections import _none, _sub, _text_blocks, indicator_table
from smartcity_desktop.exports.tree import Block, Chart, Heading, Landscape, PageBreak, Paragraph, Run, Table

TableRows = list[list[str | list[Run]]]


# --- Quick Wins -------------------------------------------------------------------------------------------
def quickwin_profile(d: PlanData, qw: Row, prog: Row, level: int, number: str) -> list[Block]:
    """One Quick Win: key facts, month plan, indicators."""
    first, last = d.program_years(prog)
    dim = d.get(prog.get("dimension_id")) or {}
    facts: TableRows = [
        [d.label("col.dimension"), dim.get("name") or ""],
        [d.label("col.lead"), d.name_of(prog.get("lead_agency_id"))],
        [d.label("col.support"), ", ".join(d.supporting.get(prog["id"], []))],
        [d.label("col.years"), d.years(first, last)],
        [d.label("col.budget"), d.money(d.program_total(prog["id"]))],
        [d.label("col.funding"), ", ".join(d.funding.get(prog["id"], []))],
        [d.label("qw.score"), str(qw.get("innovation_score") or "")],
        [d.label("col.status"), d.label(f"quick_win_status.{qw.get('status')}")],
    ]
    facts = [r for r in facts if r[1]]
    out: list[Block] = [Heading(level, prog["name"], number)]
    if prog.get("description"):
        out.append(Paragraph([Run(" ".join(str(prog["description"]).split()))], "lead"))
    out.append(Table([], facts, [1, 3], style="keyvalue", font_size=8.5))
    for key, col in (("qw.problem", "problem"), ("qw.innovation", "innovation")):
        if qw.get(col):
            out.append(Heading(level + 1, d.label(key), toc=False, bookmark=False))
            out += _text_blocks(qw[col])
    plan = figures.month_gantt_chart(d.rows, qw["id"], d.lang)
    if plan is not None:
        out.append(Heading(level + 1, d.label("qw.plan"), toc=False, bookmark=False))
        out.append(Chart("month_gantt", plan))
    inds = d.indicators_of_program(prog["id"])
    if inds:
        out.append(Heading(level + 1, d.label("qw.indicators"), toc=False, bookmark=False))
        out += indicator_table(d, inds, "")
    if qw.get("risks"):
        out.append(Heading(level + 1, d.label("qw.risks"), toc=False, bookmark=False))
        out += _text_blocks(qw["risks"])
    return out


def quickwin_list(d: PlanData, prefix: str = "") -> list[Block]:
    """The chosen Quick Wins; candidates (and dropped ones) in a table of their own after it."""
    if not d.quick_wins:
        return _none(d)
    out: list[Block] = [_quickwin_table(d)] if d.chosen_quick_wins else _none(d)
    if d.other_quick_wins:
        rows: TableRows = []
        for n, (qw, p) in enumerate(d.other_quick_wins, 1):
            dim = d.get(p.get("dimension_id")) or {}
            status = d.label(f"quick_win_status.{qw.get('status')}")
            rows.append([str(n), p["name"], dim.get("name") or "", d.agency_name(p.get("lead_agency_id")), status])
        header = [d.label(k) for k in ("col.no", "col.program", "col.dimension", "col.lead", "col.status")]
        out.append(Table(header, rows, [0.55, 4.5, 2, 1.6, 1.6], {0}, caption=d.label("qw.candidates"), font_size=8))
    return out


def _quickwin_table(d: PlanData) -> Table:
    rows: TableRows = []
    for n, (_qw, p) in enumerate(d.chosen_quick_wins, 1):
        dim = d.get(p.get("dimension_id")) or {}
        rows.append(
            [
                str(n),
                [Run(p["name"], bold=True)],
                dim.get("name") or "",
                d.agency_name(p.get("lead_agency_id")),
                d.money(d.program_total(p["id"])),
            ]
        )
    header = [d.label(k) for k in ("col.no", "col.program", "col.dimension", "col.lead", "col.budget")]
    return Table(header, rows, [0.55, 4.5, 2, 1.6, 2], {0, 4}, caption=d.label("qw.list"), font_size=8)


def quickwin_profiles(d: PlanData, prefix: str = "") -> list[Block]:
    out: list[Block] = []
    for i, (qw, p) in enumerate(d.chosen_quick_wins, 1):
        out += quickwin_profile(d, qw, p, 3, _sub(prefix, i))
    return out or _none(d)


def quickwin_plan(d: PlanData, prefix: str = "") -> list[Block]:
    """One bar per Quick Win over the months of its steps (the steps are in each profile)."""
    rows: list[dict[str, Any]] = []
    for qw, p in d.chosen_quick_wins:
        steps = d.steps_of(qw["id"])
        if not steps:
            continue
        start = min(int(s["start_month"]) for s in steps)
        end = max(int(s["end_month"]) for s in steps)
        rows.append({"label": p["name"], "start": start, "end": end, "color": d.color(p.get("dimension_id"))})
    if not rows:
        return []
    months = max(12, *(r["end"] for r in rows))
    return [
        Chart("month_gantt", {"rows": rows, "months": months, "width": 470, "lang": d.lang}, d.label("qw.plan_all"))
    ]


# --- roadmap ----------------------------------------------------------------------------------------------
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


# --- budget -----------------------------------------------------------------------------------------------
def budget(d: PlanData, prefix: str = "") -> list[Block]:
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
        Chart("bar", figures.budget_dimension_chart(d.rows, d.lang), d.label("budget.chart_dimension")),
        Chart("bar", figures.budget_year_chart(d.rows, d.lang), d.label("budget.chart_year")),
    ]


def _m(d: PlanData, amount: int) -> str:
    """Millions of Rupiah, so a ten-year table fits the page."""
    return d.number(round(amount / 1_000_000)) if amount else "–"


def _scale_unit(d: PlanData) -> str:
    return "juta Rupiah" if d.lang != "en" else "million Rupiah"


def _scale_note(d: PlanData) -> str:
    return "Angka tabel dalam juta Rupiah." if d.lang != "en" else "Table figures in million Rupiah."


# --- annexes ----------------------------------------------------------------------------------------------
def agencies(d: PlanData, prefix: str = "") -> list[Block]:
    ags = d.table("agency")
    if not ags:
        return []
    rows: TableRows = [[str(n), a.get("code") or "", a["name"], _kind(d, a.get("kind"))] for n, a in enumerate(ags, 1)]
    header = [d.label(k) for k in ("col.no", "col.code", "col.name", "col.kind")]
    return [Table(header, rows, [0.55, 1.6, 6, 1.6], {0}, font_size=8)]


def workshops(d: PlanData, prefix: str = "") -> list[Block]:
    meetings = d.table("meeting")
    if not meetings:
        return []
    stages = {s["id"]: s for s in d.table("workshop_stage")}
    present = Counter(a["meeting_id"] for a in d.rows.get("attendance") or [] if a.get("present"))
    out: list[Block] = []
    rows: TableRows = []
    for n, m in enumerate(meetings, 1):
        stage = stages.get(m.get("stage_id"))
        when = d.date(m.get("date"))
        rows.append(
            [str(n), (stage and str(stage.get("number"))) or "", m["title"], when, str(present.get(m["id"], 0))]
        )
    header = [d.label(k) for k in ("col.no", "col.stage", "col.title", "col.date", "col.present")]
    out.append(Table(header, rows, [0.55, 0.7, 5, 2, 1], {0, 1, 4}, caption=d.label("annex.workshops"), font_size=8))
    for m in meetings:
        if not (m.get("decisions") or m.get("resource_person")):
            continue
        out.append(Heading(4, f"{m['title']} ({d.date(m.get('date'))})", toc=False, bookmark=False))
        facts: TableRows = [
            [d.label("col.venue"), m.get("venue") or ""],
            [d.label("meeting.resource_person"), m.get("resource_person") or ""],
            [d.label("meeting.chair"), m.get("chair") or ""],
        ]
        out.append(Table([], [r for r in facts if r[1]], [1, 3], style="keyvalue", font_size=8))
        if m.get("decisions"):
            out.append(Paragraph.text(d.label("meeting.decisions"), "small", bold=True))
            out += _text_blocks(m["decisions"])
    from smartcity_desktop.exports.workshop_docs import annex_feedback  # workshop-docs: remarks and follow-up

    return out + annex_feedback(d)


def page_break(d: PlanData, prefix: str = "") -> list[Block]:
    return [PageBreak()]


def _kind(d: PlanData, kind: str | None) -> str:
    """An agency's kind by its label ("Satpol PP", never the code ``satpol``); an unknown kind as typed."""
    if not kind:
        return ""
    got = d.label(f"agency_kind.{kind}")
    return kind if got == f"agency_kind.{kind}" else got
