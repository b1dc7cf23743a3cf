# SPDX-License-Identifier: GPL-3.0-or-later
"""Quick Win profiles: their fields and their month-by-month steps."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.services.operations import _base
from smartcity_desktop.services.operations._base import Added, Row, adding, existing, refuse, required, run, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage import program_queries as q
from smartcity_desktop.storage.db import ChangeSet, PlanDB

FIELDS = ("problem", "innovation", "innovation_score", "risks", "status")


def _ensure(db: PlanDB, program_id: str) -> str:
    """The id of the program's quick_win row, created (status candidate) when missing."""
    existing(db, "program", program_id)
    row = q.quick_win_of(db, program_id)
    return str(row["id"]) if row else db.insert("quick_win", {"program_id": program_id, "status": "candidate"})


def set_field(session: EditSession, program_id: str, column: str, value: Any) -> ChangeSet:
    """Change one field of a program's Quick Win profile (created when missing)."""
    if column not in FIELDS:
        refuse("value.unknown_column", table="quick_win", column=column)
    return run(session, lambda db: db.update("quick_win", _ensure(db, program_id), {column: value}))


def _check_months(start: Any, end: Any) -> None:
    if isinstance(start, int) and isinstance(end, int) and start > end:
        refuse("op.step_months", start, end, table="quick_win_step", column="start_month")


def add_step(session: EditSession, program_id: str, activity: str, start_month: int = 1, end_month: int = 1) -> Added:
    """A new step at the end of a Quick Win's plan (months 1-24, start <= end)."""
    _check_months(start_month, end_month)

    def act(db: PlanDB) -> str:
        name = text(activity, "quick_win_step", "activity", required=True)
        values: Row = {"activity": name, "start_month": start_month, "end_month": end_month}
        return db.insert("quick_win_step", {**values, "quick_win_id": _ensure(db, program_id)})

    return adding(session, act)


def update_step(session: EditSession, step_id: str, values: Row) -> ChangeSet:
    """Change a step; its months stay in order (start <= end)."""

    changes = required(values, "quick_win_step", "activity")

    def check(_db: PlanDB, step: Row) -> None:
        after = {**step, **changes}
        _check_months(after["start_month"], after["end_month"])

    return _base.set_fields(session, "quick_win_step", step_id, changes, check=check)


delete_step = _base.deleting("quick_win_step", "One step of a Quick Win plan.")
