# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings of the whole plan: its period. Changing the period asks what to do with what lies outside."""

from __future__ import annotations

from typing import Literal

from smartcity_desktop.core import rules, validate
from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.services.operations._base import Row, obey, refuse, run
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

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
    """The period's rule (core/validate.check_period): 1990-2100, the end after the start, at most 20 years."""
    for column, year in (("period_start", start), ("period_end", end)):
        if isinstance(year, bool) or not isinstance(year, int):
            refuse("value.not_int", table="plan", column=column)
    obey(validate.check_period(start, end), "plan", "period_end")


def outside(db: PlanDB, start: int, end: int) -> list[Conflict]:
    """Programs whose years, and budgets and targets whose year, lie outside ``start``-``end``
    (``core.rules.rows_outside_period``), each with a short description."""
    rows = {t: db.rows(t) for t in ("program", "program_budget", "indicator", "indicator_target")}
    names = {r["id"]: r["name"] for t in ("program", "indicator") for r in rows[t]}
    found = rules.rows_outside_period(rows, start, end)
    out: list[Conflict] = [
        ("program", p["id"], f"{p['name']} ({p.get('first_year')}\u2013{p.get('last_year')})") for p in found["program"]
    ]
    for table, owner in (("program_budget", "program_id"), ("indicator_target", "indicator_id")):
        out += [(table, r["id"], f"{names.get(r[owner], '?')}: {r['year']}") for r in found[table]]
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
