# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings of the whole plan: its period. Changing the period asks what to do with what lies outside."""

from __future__ import annotations

from typing import Literal

from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.services.operations._base import Row, refuse, run
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

FIRST_YEAR, LAST_YEAR = 1990, 2100
MAX_YEARS = 20  # years in one plan period, first and last included

Conflict = tuple[str, str, str]  # table, row id, a short description (program name and years, year)


class PeriodConflict(InvalidEdit):
    """Programs, budgets or targets lie outside the new period; ``conflicts`` lists them."""

    def __init__(self, start: int, end: int, conflicts: list[Conflict]) -> None:
        super().__init__(
            "op.period_conflict",
            start,
            end,
            len(conflicts),
            "; ".join(c[2] for c in conflicts[:5]) + ("; …" if len(conflicts) > 5 else ""),
            details=[c[2] for c in conflicts],
            table="plan",
            column="period_start",
            row="",
        )
        self.conflicts = conflicts


def check_period(start: int, end: int) -> None:
    """1990-2100, the end after the start, at most 20 years."""
    for y in (start, end):
        if isinstance(y, bool) or not isinstance(y, int):
            refuse("value.not_int", table="plan", column="period_start")
    if not (FIRST_YEAR <= start <= LAST_YEAR and FIRST_YEAR <= end <= LAST_YEAR) or end <= start:
        refuse("op.period_invalid", start, end, FIRST_YEAR, LAST_YEAR, MAX_YEARS, table="plan", column="period_start")
    if end - start + 1 > MAX_YEARS:
        refuse("op.period_invalid", start, end, FIRST_YEAR, LAST_YEAR, MAX_YEARS, table="plan", column="period_end")


def outside(db: PlanDB, start: int, end: int) -> list[Conflict]:
    """Programs whose years, and budgets and targets whose year, lie outside ``start``-``end``."""
    out: list[Conflict] = []
    programs = {p["id"]: p for p in db.rows("program")}
    for p in programs.values():
        first, last = p.get("first_year"), p.get("last_year")
        if (first is not None and first < start) or (last is not None and last > end):
            out.append(("program", p["id"], f"{p['name']} ({first}\u2013{last})"))
    for b in db.rows("program_budget"):
        if not start <= b["year"] <= end:
            name = programs.get(b["program_id"], {}).get("name", "?")
            out.append(("program_budget", b["id"], f"{name}: {b['year']}"))
    indicators = {i["id"]: i for i in db.rows("indicator")}
    for t in db.rows("indicator_target"):
        if not start <= t["year"] <= end:
            name = indicators.get(t["indicator_id"], {}).get("name", "?")
            out.append(("indicator_target", t["id"], f"{name}: {t['year']}"))
    return out


def _clip(db: PlanDB, conflicts: list[Conflict], start: int, end: int) -> None:
    for table, rid, _text in conflicts:
        if table == "program":
            p: Row = db.get("program", rid) or {}
            first, last = p.get("first_year"), p.get("last_year")
            changes: Row = {}
            if first is not None:
                changes["first_year"] = min(max(first, start), end)
            if last is not None:
                changes["last_year"] = max(min(last, end), start)
            db.update("program", rid, changes)
        else:
            db.delete(table, rid)


def set_period(
    session: EditSession, start: int, end: int, on_conflict: Literal["clip", "keep"] | None = None
) -> ChangeSet:
    """The plan's period. When programs, budgets or targets lie outside it: ``None`` raises
    ``PeriodConflict`` listing them, ``"clip"`` limits program years to the period and drops the budgets and
    targets outside it, ``"keep"`` leaves everything (the old period included) as it was."""
    check_period(start, end)
    if on_conflict not in (None, "clip", "keep"):
        refuse("value.not_choice", on_conflict, "clip, keep", table="plan", column="period_start")

    def act(db: PlanDB) -> None:
        conflicts = outside(db, start, end)
        if conflicts:
            if on_conflict is None:
                raise PeriodConflict(start, end, conflicts)
            if on_conflict == "keep":
                return
            _clip(db, conflicts, start, end)
        plan = db.plan()
        db.update("plan", plan["id"], {"period_start": start, "period_end": end})

    return run(session, act)
