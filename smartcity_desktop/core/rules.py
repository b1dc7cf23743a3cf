# SPDX-License-Identifier: GPL-3.0-or-later
"""Completeness rules: what a reviewer would flag in a plan, each finding pointing at the place to fix it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.core.figures import budget_by_program

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
    group: str  # program, quickwin, chapter, dimension, institution, plan


def locate(table: str, row: Mapping[str, Any]) -> tuple[str, str | None]:
    """The navigation key and target that show a row of ``table``."""
    if table == "plan":
        return "profile", None
    if table in ("mission", "goal", "objective"):
        return "vision", None
    if table == "dimension":
        return "dimension", str(row["id"])
    if table in ("element", "strategy", "strategic_issue") and row.get("dimension_id"):
        return "dimension", str(row["dimension_id"])
    if table == "strategic_issue":
        return "vision", None
    if table == "chapter":
        return "chapters", str(row["id"])
    if table in ("program", "program_budget", "program_agency", "program_funding"):
        return "programs", None
    if table in ("indicator", "indicator_target", "indicator_library"):
        return "indicators", None
    if table in ("quick_win", "quick_win_step"):
        return "quickwin", None
    if table in ("readiness_component", "readiness_element", "readiness_score"):
        return "readiness", None
    if table in ("statistic", "district", "attachment"):
        return "profile", None
    if table == "agency":
        return "agencies", None
    if table == "funding_source":
        return "funding", None
    if table in ("institution_member", "regulation"):
        return "institutions", None
    return "workshops", None


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def check_plan(rows: Rows) -> list[Finding]:
    """All findings for a plan given its rows (table -> list of row dicts)."""
    out: list[Finding] = []
    out += _plan_findings(rows)
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


def _dimension_findings(rows: Rows) -> list[Finding]:
    used = {p["dimension_id"] for p in rows.get("program", [])}
    return [
        Finding("dimension.no_program", (str(d["name"]),), "dimension", str(d["id"]), "dimension", d["id"], "dimension")
        for d in rows.get("dimension", [])
        if d["id"] not in used
    ]


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
    ]


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
