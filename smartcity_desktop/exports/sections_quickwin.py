# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated parts about Quick Wins (BAB VI): the list of chosen ones, the candidates, profiles, the month plan."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core import figures
from smartcity_desktop.exports.plandata import PlanData, Row
from smartcity_desktop.exports.sections import _none, _sub, _text_blocks, indicator_table
from smartcity_desktop.exports.tree import Block, Chart, Heading, Paragraph, Run, Table

TableRows = list[list[str | list[Run]]]


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
