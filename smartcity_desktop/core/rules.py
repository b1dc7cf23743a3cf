# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's rules between rows, and completeness: what a reviewer would flag, each pointing at its place.

Two kinds live here:
- rules (``plan_problems``): a budget year outside its program's years or the plan period, a target year
  outside the plan period (an outcome may be measured after its program ends), a program outside the
  period, a chapter whose parent chain loops. They join the row rules of ``core/validate.py``; storage
  refuses a write that breaks one (``enforce``), import refuses such a document, ``check`` lists them
  (exit 1) and Kelengkapan shows them (``findings``, group "rules").
- completeness findings (``check_plan``): what is still missing; they never make a plan invalid.
- ``rows_outside_period(rows, start, end)``: which rows a new period would leave outside (clip or keep).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.core.figures import OPEN_FEEDBACK, budget_by_program
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.core.validate import Problem, check_row

Rows = Mapping[str, Sequence[Mapping[str, Any]]]

MASTERPLAN_WORDS = re.compile(r"masterplan|smart\s*city|rencana induk|kota cerdas|kabupaten cerdas", re.I)
REGENT_RULE_WORDS = re.compile(r"perbup|perwal|peraturan bupati|peraturan wali", re.I)


@dataclass(frozen=True)
class Finding:
    """One thing to fix: a text key (translated by the GUI) with arguments, and where to fix it."""

    key: str
    args: tuple[str, ...]
    nav: str  # navigation key of the view where it is fixed
    target: str | None  # that view's target (e.g. a dimension or chapter id)
    table: str  # the row to select in that view
    row_id: str | None
    group: str  # program, quickwin, chapter, dimension, institution, plan, rules
    problem: Problem | None = None  # for a broken rule (group "rules"): the faces describe it in their language


def _shown(view: str, column: str | None, *tables: str) -> dict[str, tuple[str, str | None]]:
    return dict.fromkeys(tables, (view, column))


# Where a row of each table is shown: table -> (navigation key of its view, the column naming the row to select
# there: "" the row itself, None the view only). The GUI's undo goes there; tables not named: the workshop record.
PLACES: dict[str, tuple[str, str | None]] = {
    **_shown("programs", "", "program"),
    **_shown("programs", "program_id", "program_budget", "program_agency", "program_funding"),
    **_shown("quickwin", "program_id", "quick_win"),
    **_shown("quickwin", "quick_win_id", "quick_win_step"),
    **_shown("indicators", "", "indicator"),
    **_shown("indicators", None, "indicator_library"),
    **_shown("indicators", "indicator_id", "indicator_target"),
    **_shown("chapters", "", "chapter"),
    **_shown("dimension", "", "dimension"),
    **_shown("dimension", "dimension_id", "element", "strategic_issue", "strategy"),
    **_shown("readiness", None, "readiness_score", "readiness_element", "readiness_component"),
    **_shown("profile", None, "plan", "attachment"),
    **_shown("profile", "", "statistic", "district"),
    **_shown("vision", "", "mission", "goal", "objective"),
    **_shown("agencies", "", "agency"),
    **_shown("funding", "", "funding_source"),
    **_shown("glossary", "", "abbreviation"),
    **_shown("institutions", "", "institution_member", "regulation"),
    **_shown("workshops", "", "meeting", "feedback"),
    **_shown("workshops", None, "participant", "attendance", "action_item"),
}
TARGETED = ("dimension", "chapters")  # views that show one dimension or chapter at a time


def locate(table: str, row: Mapping[str, Any]) -> tuple[str, str | None]:
    """The navigation key and target (the dimension or chapter shown) that show a row of ``table``."""
    if table == "strategic_issue" and not row.get("dimension_id"):
        return "vision", None
    view, column = PLACES.get(table, ("workshops", None))
    target = row.get(column or "id") if view in TARGETED and column is not None else None
    return view, str(target) if target else None


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


TableProblems = Callable[[str, Sequence[Mapping[str, Any]]], list[Problem]]


def findings(rows: Rows, table_problems: TableProblems | None = None) -> list[Finding]:
    """What Kelengkapan lists: every broken rule (group "rules") first, then what is still missing, then open
    feedback (the dashboard counts the same list).

    ``table_problems(name, items)``: the row rules of one table (default ``table_row_problems``); the GUI passes
    one that remembers each table's until it changes."""
    return rule_findings(rows, table_problems) + check_plan(rows) + feedback_findings(rows)


def feedback_findings(rows: Rows) -> list[Finding]:
    """Feedback not yet dealt with (the dashboard's "Masukan terbuka"), shown at what it is about."""
    out = []
    for f in rows.get("feedback", []):
        if f.get("status") in OPEN_FEEDBACK:
            table, rid = f.get("target_table"), f.get("target_id")
            nav, target = locate(table, {"id": rid}) if table and rid else ("workshops", None)
            text = " ".join(str(f.get("text") or "").split())
            args = (text if len(text) <= 80 else text[:79] + "…",)
            out.append(Finding("feedback.open", args, nav, target, table or "feedback", rid or f["id"], "feedback"))
    return out


def check_plan(rows: Rows) -> list[Finding]:
    """All completeness findings for a plan given its rows (table -> list of row dicts)."""
    out: list[Finding] = []
    out += _plan_findings(rows)
    out += _readiness_findings(rows)
    out += _dimension_findings(rows)
    out += _program_findings(rows)
    out += _chapter_findings(rows)
    out += _institution_findings(rows)
    return out


def _plan_findings(rows: Rows) -> list[Finding]:
    plan = rows.get("plan") or [{}]
    out = []
    if _blank(plan[0].get("vision")):
        out.append(Finding("plan.no_vision", (), "vision", None, "plan", plan[0].get("id"), "plan"))
    if not rows.get("mission"):
        out.append(Finding("plan.no_mission", (), "vision", None, "mission", None, "plan"))
    return out


def _readiness_findings(rows: Rows) -> list[Finding]:
    """Readiness cells (element x dimension) without a score: the analysis is not done until each has one."""
    cells = len(rows.get("readiness_element", [])) * len(rows.get("dimension", []))
    scored = sum(1 for s in rows.get("readiness_score", []) if s.get("score") is not None)
    if cells and scored < cells:
        return [
            Finding(
                "readiness.unscored", (str(scored), str(cells)), "readiness", None, "readiness_score", None, "readiness"
            )
        ]
    return []


def _dimension_findings(rows: Rows) -> list[Finding]:
    used = {p["dimension_id"] for p in rows.get("program", [])}
    quick = {p["dimension_id"] for p in rows.get("program", []) if p.get("is_quick_win")}
    out = []
    for d in rows.get("dimension", []):
        key = (
            "dimension.no_program" if d["id"] not in used else "dimension.no_quick_win" if d["id"] not in quick else ""
        )
        if key:
            out.append(Finding(key, (str(d["name"]),), "dimension", str(d["id"]), "dimension", d["id"], "dimension"))
    return out


def _program_findings(rows: Rows) -> list[Finding]:
    budget = budget_by_program(rows)  # core.figures: only years inside the plan and the program count
    indicators: dict[str, list[str]] = {}
    for i in rows.get("indicator", []):
        if i.get("program_id"):
            indicators.setdefault(i["program_id"], []).append(i["id"])
    with_target = {t["indicator_id"] for t in rows.get("indicator_target", [])}
    quick = {q["program_id"]: q for q in rows.get("quick_win", [])}
    longest: dict[str, int] = {}
    for s in rows.get("quick_win_step", []):
        longest[s["quick_win_id"]] = max(longest.get(s["quick_win_id"], 0), int(s.get("end_month") or 0))
    out = []
    for p in rows.get("program", []):
        pid, name = p["id"], (str(p.get("name") or ""),)

        def add(
            key: str, nav: str = "programs", table: str = "program", rid: str = pid, group: str = "program"
        ) -> None:
            out.append(Finding(key, name, nav, None, table, rid, group))  # noqa: B023 - called at once

        if _blank(p.get("lead_agency_id")):
            add("program.no_agency")
        if pid not in indicators:
            add("program.no_indicator")
        elif not any(i in with_target for i in indicators[pid]):
            add("program.no_target", nav="indicators", table="indicator", rid=indicators[pid][0])
        if not p.get("is_quick_win"):
            if budget.get(pid, 0) <= 0:
                add("program.no_budget")
            continue
        qw = quick.get(pid)
        qw_table, qw_id = ("quick_win", qw["id"]) if qw else ("program", pid)
        if budget.get(pid, 0) <= 0:
            add("quickwin.no_budget", nav="quickwin", table=qw_table, rid=qw_id, group="quickwin")
        if not qw or _blank(qw.get("innovation")) or qw.get("innovation_score") is None:
            add("quickwin.no_innovation", nav="quickwin", table=qw_table, rid=qw_id, group="quickwin")
        # The month plan says how long it runs; without one, a program over several years may well be longer.
        months = longest.get(qw["id"], 0) if qw else 0
        first, last = p.get("first_year"), p.get("last_year")
        if months > 12 or (not months and first and last and int(last) > int(first)):
            add("quickwin.too_long", nav="quickwin", table=qw_table, rid=qw_id, group="quickwin")
    return out


def _chapter_findings(rows: Rows) -> list[Finding]:
    chapters = rows.get("chapter", [])
    parents = {c.get("parent_id") for c in chapters if c.get("parent_id")}
    return [
        Finding("chapter.empty", (str(c.get("title") or ""),), "chapters", str(c["id"]), "chapter", c["id"], "chapter")
        for c in chapters
        if c["id"] not in parents and _blank(c.get("body_md"))
    ] + _typed_amounts(rows)


# A Rupiah amount typed in full ("Rp 106.405.000.000", "Rp106,405,000,000"); short forms ("Rp 10 M") are not read.
_RUPIAH = re.compile(r"Rp\.?\s?(\d{1,3}(?:[.,]\d{3})+|\d+)(?![\d.,]*\d)")


def _typed_amounts(rows: Rows) -> list[Finding]:
    """A Rupiah amount typed in chapter text that matches no figure of the plan (a total that went stale when a
    budget changed): write it as a field ({{total_anggaran}}, docs/fields.md) so it stays true (issue 9)."""
    from smartcity_desktop.core import figures as f

    known: set[int] = {0, f.budget_total(rows)}
    for by in (f.budget_by_program, f.budget_by_dimension, f.budget_by_year, f.budget_by_horizon):
        known |= set(by(rows).values())  # type: ignore[arg-type]
    known |= set(f.budget_by_lead_agency(rows).values()) | set(f.budget_by_funding_source(rows).values())
    known |= {int(b.get("amount") or 0) for b in rows.get("program_budget", [])}
    out = []
    for c in rows.get("chapter", []):
        body = re.sub(r"\{\{[^{}]*\}\}", "", str(c.get("body_md") or ""))
        for m in _RUPIAH.finditer(body):
            if int(re.sub(r"\D", "", m.group(1))) not in known:
                args = (str(c.get("title") or ""), m.group(0))
                out.append(
                    Finding("chapter.stale_amount", args, "chapters", str(c["id"]), "chapter", c["id"], "chapter")
                )
    return out


def _institution_findings(rows: Rows) -> list[Finding]:
    out = []
    enacted = [
        r
        for r in rows.get("regulation", [])
        if r.get("status") == "enacted"
        and REGENT_RULE_WORDS.search(f"{r.get('kind') or ''} {r.get('title') or ''}")
        and MASTERPLAN_WORDS.search(str(r.get("title") or ""))
    ]
    if not enacted:
        out.append(Finding("institution.no_perbup", (), "institutions", None, "regulation", None, "institution"))
    bodies = {m.get("body") for m in rows.get("institution_member", [])}
    if "dewan" not in bodies:
        out.append(Finding("institution.no_dewan", (), "institutions", None, "institution_member", None, "institution"))
    if "tim_pelaksana" not in bodies:
        out.append(Finding("institution.no_tim", (), "institutions", None, "institution_member", None, "institution"))
    return out


# -- rules between rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Broken:
    """A broken rule and every row it involves (a write touching any of them is refused)."""

    problem: Problem
    rows: frozenset[str]


# The columns the rules between rows read, per table.
RULE_COLUMNS: dict[str, tuple[str, ...]] = {
    "plan": ("id", "period_start", "period_end"),
    "program": ("id", "name", "first_year", "last_year"),
    "program_budget": ("id", "program_id", "year"),
    "indicator": ("id", "program_id"),
    "indicator_target": ("id", "indicator_id", "year"),
    "chapter": ("id", "parent_id", "title"),
}
# For a write to a table: the tables whose rows its rules read (a write to any other table needs no check).
RULE_READS: dict[str, tuple[str, ...]] = {
    "plan": ("plan", "program", "program_budget", "indicator", "indicator_target"),
    "program": ("plan", "program", "program_budget"),
    "program_budget": ("plan", "program", "program_budget"),
    "indicator_target": ("plan", "indicator_target"),
    "chapter": ("chapter",),
}
PLAN_RULE_TABLES = tuple(RULE_READS)


def rule_reads(tables: Iterable[str] | None) -> dict[str, tuple[tuple[str, ...], bool]]:
    """What the rules read to check writes to ``tables`` (None: everything): table -> (columns, whether the
    written rows of that table are enough). A budget or target is checked on its own against the period and
    its program; only a changed plan or program needs every budget and target."""
    names = set(RULE_COLUMNS) if tables is None else {n for t in tables for n in RULE_READS.get(t, ())}
    wide = tables is None or bool({"plan", "program"} & set(tables))
    own = () if wide else ("program_budget", "indicator_target")
    return {name: (RULE_COLUMNS[name], name in own) for name in RULE_COLUMNS if name in names}


def rule_relevant(table: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> bool:
    """Whether a written row can break a rule between rows: new, or one of the columns the rules read changed."""
    if after is None or table not in RULE_READS:
        return False
    return before is None or any(before.get(c) != after.get(c) for c in RULE_COLUMNS[table] if c != "name")


def _int(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _period(rows: Rows) -> tuple[str | None, int | None, int | None]:
    plans = rows.get("plan") or []
    if len(plans) != 1:
        return None, None, None
    p = plans[0]
    start, end = _int(p.get("period_start")), _int(p.get("period_end"))
    if start is None or end is None or start > end:
        return p.get("id"), None, None
    return p.get("id"), start, end


def broken_rules(rows: Rows) -> list[Broken]:
    """Every rule between rows that ``rows`` break, with the rows involved."""
    plan_id, start, end = _period(rows)
    out: list[Broken] = []
    programs = {p.get("id"): p for p in rows.get("program", [])}

    def add(table: str, row: Mapping[str, Any], col: str, key: str, args: tuple[Any, ...], *others: Any) -> None:
        involved = frozenset(str(x) for x in (plan_id, row.get("id"), *others) if x is not None)
        out.append(Broken(Problem(table, row.get("id"), col, key, args), involved))

    def year_rule(
        table: str, row: Mapping[str, Any], what: str, program: Mapping[str, Any] | None, *others: Any
    ) -> None:
        y = _int(row.get("year"))
        broken = yearly_rule(what, y, start, end, program) if y is not None else None
        if broken:
            add(table, row, "year", *broken, *others)

    for p in programs.values():
        for col in ("first_year", "last_year"):
            broken = program_year_rule(_int(p.get(col)), start, end)
            if broken:
                add("program", p, col, *broken)
    for b in rows.get("program_budget", []):
        year_rule("program_budget", b, "budget", programs.get(b.get("program_id")), b.get("program_id"))
    # A target may lie after its program's years (outcomes are measured later), never outside the period.
    for t in rows.get("indicator_target", []):
        year_rule("indicator_target", t, "target", None, t.get("indicator_id"))
    out += _chapter_loops(rows)
    return out


RuleBreak = tuple[str, tuple[Any, ...]]  # a broken rule as (message key, arguments)


def yearly_rule(
    what: str, year: int, start: int | None, end: int | None, program: Mapping[str, Any] | None
) -> RuleBreak | None:
    """The rule of a yearly value (``what``: "budget", "target"): its year lies in the plan period
    ``start``-``end`` and, given its ``program`` (budgets), in the program's years."""
    if start is not None and end is not None and not start <= year <= end:
        return f"{what}.outside_period", (year, start, end)
    if program is not None and not _in_years(year, program):
        return f"{what}.outside_program", (
            year,
            _int(program.get("first_year")) or "…",
            _int(program.get("last_year")) or "…",
        )
    return None


def program_year_rule(year: int | None, start: int | None, end: int | None) -> RuleBreak | None:
    """A program's first or last year lies in the plan period (an open end always does)."""
    if year is not None and start is not None and end is not None and not start <= year <= end:
        return "program.outside_period_years", (year, start, end)
    return None


def parent_loop(chapters: Sequence[Mapping[str, Any]], chapter_id: str, parent_id: str | None) -> RuleBreak | None:
    """The loop that giving ``chapter_id`` the parent ``parent_id`` would make, or None."""
    moved = [{**c, "parent_id": parent_id} if c.get("id") == chapter_id else c for c in chapters]
    for b in _chapter_loops({"chapter": moved}):
        if chapter_id in b.rows:
            return b.problem.key, b.problem.args
    return None


def _in_years(year: int, program: Mapping[str, Any]) -> bool:
    first, last = _int(program.get("first_year")), _int(program.get("last_year"))
    return (first is None or year >= first) and (last is None or year <= last)


def _chapter_loops(rows: Rows) -> list[Broken]:
    parent = {c.get("id"): c.get("parent_id") for c in rows.get("chapter", [])}
    title = {c.get("id"): str(c.get("title") or "") for c in rows.get("chapter", [])}
    out: list[Broken] = []
    reported: set[Any] = set()
    for cid in parent:
        chain: list[Any] = []
        seen: set[Any] = set()
        node = cid
        while node is not None and node in parent and node not in seen:
            seen.add(node)
            chain.append(node)
            node = parent[node]
        if node is None or node not in seen:
            continue
        loop = chain[chain.index(node) :]
        if reported & set(loop):
            continue
        reported |= set(loop)
        first = min(loop, key=str)
        names = " → ".join(title[x] for x in loop[loop.index(first) :] + loop[: loop.index(first)] + [first])
        out.append(Broken(Problem("chapter", first, "parent_id", "chapter.parent_loop", (names,)), frozenset(loop)))
    return out


def plan_problems(rows: Rows) -> list[Problem]:
    """The rules between rows that ``rows`` break (the row rules are ``core.validate.check_row``)."""
    return [b.problem for b in broken_rules(rows)]


def row_problems(rows: Rows, table_problems: TableProblems | None = None) -> list[Problem]:
    """The row rules (``core.validate.check_row``) over every row given."""
    per_table = table_problems or table_row_problems
    return [p for name, items in rows.items() if name in TABLES for p in per_table(name, items)]


def table_row_problems(name: str, items: Sequence[Mapping[str, Any]]) -> list[Problem]:
    """The row rules over the rows of one table."""
    return [p for r in items for p in check_row(name, dict(r))]


def rows_outside_period(rows: Rows, start: int, end: int) -> dict[str, list[Mapping[str, Any]]]:
    """Which rows would lie outside the period ``start``-``end`` (for "clip them or keep the old period").

    Returns ``{"program": [...], "program_budget": [...], "indicator_target": [...]}``: programs whose first
    or last year lies outside, and the budget and target rows whose year does. Pure: reads ``rows`` only.
    """

    def out(y: Any) -> bool:
        return _int(y) is not None and not start <= y <= end

    return {
        "program": [p for p in rows.get("program", []) if out(p.get("first_year")) or out(p.get("last_year"))],
        "program_budget": [b for b in rows.get("program_budget", []) if out(b.get("year"))],
        "indicator_target": [t for t in rows.get("indicator_target", []) if out(t.get("year"))],
    }


def enforce(rows: Rows, touched: set[str] | None) -> list[Problem]:
    """The broken rules between rows that involve a row in ``touched`` (None: every row).

    Storage calls this at the end of each action on the rows it changed, so a file that already broke a
    rule elsewhere can still be edited, while no write can make a new break.
    """
    return [b.problem for b in broken_rules(rows) if touched is None or b.rows & touched]


def programs_outside(rows: Rows, problems: Sequence[Problem]) -> list[str]:
    """Names of the programs that ``problems`` (from a period change) put outside the plan period."""
    programs = {p.get("id"): p for p in rows.get("program", [])}
    owner: dict[tuple[str, Any], Any] = {("program", pid): pid for pid in programs}
    owner.update({("program_budget", b.get("id")): b.get("program_id") for b in rows.get("program_budget", [])})
    indicator_program = {i.get("id"): i.get("program_id") for i in rows.get("indicator", [])}
    for t in rows.get("indicator_target", []):
        owner[("indicator_target", t.get("id"))] = indicator_program.get(t.get("indicator_id"))
    names: list[str] = []
    for p in problems:
        pid = owner.get((p.table, p.row_id)) if "outside_period" in p.key else None
        name = str(programs[pid].get("name") or "") if pid in programs else None
        if name is not None and name not in names:
            names.append(name)
    return names


def refusal(rows: Rows, problems: Sequence[Problem], touched: set[str] | None) -> InvalidEdit:
    """The error a write gets for breaking ``problems`` (from ``enforce``): the true rule, or, when the plan
    period itself changed, the programs that would run outside it."""
    plan_id, start, end = _period(rows)
    if plan_id is not None and (touched is None or plan_id in touched):
        names = programs_outside(rows, problems)
        if names:
            listed = "; ".join(names[:10]) + (" …" if len(names) > 10 else "")
            return InvalidEdit("plan.period_programs", start, end, len(names), listed, table="plan", column="", row="")
    p = problems[0]
    return InvalidEdit(p.key, *p.args, table=p.table, column=p.column or "", row=(p.row_id or "?")[:8])


def rule_findings(rows: Rows, table_problems: TableProblems | None = None) -> list[Finding]:
    """Every broken rule (row rules and rules between rows) as a Kelengkapan finding at its place."""
    problems = row_problems(rows, table_problems) + plan_problems(rows)
    wanted = {(p.table, p.row_id) for p in problems}
    tables = {t for t, _ in wanted}
    by_id = {(n, r.get("id")): r for n in tables for r in rows.get(n, []) if (n, r.get("id")) in wanted}
    out = []
    for p in problems:
        row = by_id.get((p.table, p.row_id)) or {"id": p.row_id}
        try:
            nav, target = locate(p.table, row)
        except KeyError:
            nav, target = "profile", None
        out.append(Finding(p.key, tuple(str(a) for a in p.args), nav, target, p.table, p.row_id, "rules", p))
    return out
