# SPDX-License-Identifier: GPL-3.0-or-later
"""Programs: add, change, duplicate, move, delete; their yearly budget, agencies, funding and Quick Win mark."""

from __future__ import annotations

from typing import Any, Literal

from smartcity_desktop.core import rules
from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.core.model import MAX_MONEY
from smartcity_desktop.core.validate import years_order
from smartcity_desktop.services.operations import _base
from smartcity_desktop.services.operations._base import (
    Added,
    Row,
    adding,
    existing,
    obey,
    refuse,
    run,
    swap_order,
    text,
    year_in,
)
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage import program_queries as q
from smartcity_desktop.storage.db import ChangeSet, PlanDB

LINK_COLUMNS = {"program_agency": "agency_id", "program_funding": "funding_source_id"}
OnConflict = Literal["clip", "keep"] | None


class YearsConflict(InvalidEdit):
    """The program has budgets in years its new years leave out; ``years`` lists them."""

    def __init__(self, first: int | None, last: int | None, years: list[int]) -> None:
        listed = ", ".join(map(str, years))
        super().__init__("op.years_budget_conflict", first, last, listed, table="program", column="first_year", row="")
        self.years = years


def budgets_outside(db: PlanDB, program_id: str, first: int | None, last: int | None) -> list[int]:
    """Years of the program's budget that lie outside ``first``-``last`` (None: open on that side)."""
    return [
        y
        for y in q.program_budget(db, program_id)
        if (first is not None and y < first) or (last is not None and y > last)
    ]


def _check_years(db: PlanDB, first: int | None, last: int | None, row: str = "") -> None:
    """The program years' rules: in order (core/validate.py) and inside the plan period (core/rules.py)."""
    if years_order(first, last):
        refuse("program.years", first, last, table="program", column="last_year", row=row)
    start, end = _base.period(db)
    for column, year in (("first_year", first), ("last_year", last)):
        obey(rules.program_year_rule(year, start, end), "program", column, row)


def _insert(db: PlanDB, values: Row) -> str:
    values["name"] = text(values.get("name"), "program", "name", required=True)
    _check_years(db, values.get("first_year"), values.get("last_year"))
    return db.insert("program", values)


def add(
    session: EditSession,
    dimension_id: str,
    name: str,
    period: tuple[int, int] | None = None,
    **fields: Any,
) -> Added:
    """A new program at the end of its dimension (proposed, medium horizon and priority unless given)."""
    values: Row = {
        "dimension_id": dimension_id,
        "status": "proposed",
        "is_quick_win": 0,
        "horizon": "medium",
        "priority": "medium",
        **fields,
        "name": name,
    }
    if period:
        values["first_year"], values["last_year"] = period
    return adding(session, lambda db: _insert(db, values))


def _set_quick_win(db: PlanDB, program_id: str, on: bool) -> None:
    p = existing(db, "program", program_id)
    qw = q.quick_win_of(db, program_id)
    if on:
        db.update("program", program_id, {"is_quick_win": 1, "horizon": "quickwin"})
        if qw is None:
            db.insert("quick_win", {"program_id": program_id, "status": "candidate"})
    else:
        changes: Row = {"is_quick_win": 0}
        if p.get("horizon") == "quickwin":
            changes["horizon"] = "short"
        db.update("program", program_id, changes)
        if qw is not None:
            db.delete("quick_win", qw["id"])


def set_quick_win(session: EditSession, program_id: str, on: bool) -> ChangeSet:
    """Mark or unmark a program as Quick Win; its quick_win row is created or deleted alongside."""
    return run(session, lambda db: _set_quick_win(db, program_id, on))


def update(session: EditSession, program_id: str, values: Row, on_conflict: OnConflict = None) -> ChangeSet:
    """Change fields of a program; 'is_quick_win' and horizon 'quickwin' keep the quick_win row in step.

    New years that leave budgets outside raise ``YearsConflict`` unless ``on_conflict`` is "clip" (those
    budgets are deleted) or "keep" (nothing changes)."""

    def act(db: PlanDB) -> None:
        p = existing(db, "program", program_id)
        changes = dict(values)
        if "name" in changes:
            changes["name"] = text(changes["name"], "program", "name", required=True)
        if "first_year" in changes or "last_year" in changes:
            first = changes.get("first_year", p.get("first_year"))
            last = changes.get("last_year", p.get("last_year"))
            _check_years(db, first, last, program_id)
            outside = budgets_outside(db, program_id, first, last)
            if outside:
                if on_conflict is None:
                    raise YearsConflict(first, last, outside)
                if on_conflict == "keep":
                    return
                for year in outside:
                    db.set_yearly("program_budget", "program_id", program_id, year, "amount", None)
        qw_flag = changes.pop("is_quick_win", None)
        if changes.get("horizon") == "quickwin" and qw_flag is None:
            qw_flag = 1
        if changes:
            db.update("program", program_id, changes)
        if qw_flag is not None:
            p = db.get("program", program_id) or {}
            if bool(qw_flag) != bool(p.get("is_quick_win")) or (
                bool(qw_flag) and q.quick_win_of(db, program_id) is None
            ):
                _set_quick_win(db, program_id, bool(qw_flag))

    return run(session, act)


def rename(session: EditSession, program_id: str, name: str) -> ChangeSet:
    return update(session, program_id, {"name": name})


def set_years(
    session: EditSession, program_id: str, first: int | None, last: int | None, on_conflict: OnConflict = None
) -> ChangeSet:
    """The years a program runs (within the plan period, first <= last); budgets outside them: see ``update``."""
    return update(session, program_id, {"first_year": first, "last_year": last}, on_conflict)


def set_budget(session: EditSession, program_id: str, year: int, amount: int | None) -> ChangeSet:
    """Set one year's budget in Rupiah (None removes the year); the year lies in the program's years."""
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)):
        refuse("value.not_int", table="program_budget", column="amount")
    if amount is not None and not 0 <= amount <= MAX_MONEY:  # the model's limit, stated whole: Rp 0 to 10^15
        refuse("op.amount_range", amount, table="program_budget", column="amount")

    def act(db: PlanDB) -> None:
        p = existing(db, "program", program_id)
        if amount is not None:
            year_in(db, year, p, "program_budget", program_id)
        db.set_yearly("program_budget", "program_id", program_id, year, "amount", amount)

    return run(session, act)


def set_links(session: EditSession, table: str, program_id: str, ids: list[str]) -> ChangeSet:
    """Make a program's supporting agencies (program_agency) or funding sources (program_funding) exactly ``ids``."""
    column = LINK_COLUMNS.get(table)
    if column is None:
        refuse("op.not_list_table", table, table=table)

    def act(db: PlanDB) -> None:
        existing(db, "program", program_id)
        current = {r[column]: r["id"] for r in q.link_rows(db, table, program_id)}
        for other, rid in current.items():
            if other not in ids:
                db.delete(table, rid)
        for other in ids:
            if other not in current:
                db.insert(table, {"program_id": program_id, column: other})

    return run(session, act)


def set_agencies(session: EditSession, program_id: str, agency_ids: list[str]) -> ChangeSet:
    return set_links(session, "program_agency", program_id, agency_ids)


def set_funding(session: EditSession, program_id: str, funding_source_ids: list[str]) -> ChangeSet:
    return set_links(session, "program_funding", program_id, funding_source_ids)


def _duplicate(db: PlanDB, program_id: str, suffix: str) -> str:
    p = existing(db, "program", program_id)
    after = q.neighbour(db, program_id, up=False)
    sort_key = (p["sort_key"] + after["sort_key"]) / 2 if after else p["sort_key"] + 1.0
    values = {k: v for k, v in p.items() if k not in ("id", "modified_at", "modified_by")}
    values.update(name=f"{p['name']} {suffix}", sort_key=sort_key)
    new = db.insert("program", values)
    for table, column in LINK_COLUMNS.items():
        for r in q.link_rows(db, table, program_id):
            db.insert(table, {"program_id": new, column: r[column]})
    for year, b in q.program_budget(db, program_id).items():
        db.insert("program_budget", {"program_id": new, "year": year, "amount": b["amount"]})
    qw = q.quick_win_of(db, program_id)
    if qw is not None:
        copy = {k: v for k, v in qw.items() if k not in ("id", "modified_at", "modified_by")}
        copy["program_id"] = new
        qid = db.insert("quick_win", copy)
        for s in q.quick_win_steps(db, qw["id"]):
            db.insert(
                "quick_win_step",
                {
                    "quick_win_id": qid,
                    "activity": s["activity"],
                    "start_month": s["start_month"],
                    "end_month": s["end_month"],
                    "sort_key": s["sort_key"],
                },
            )
    return new


def duplicate(session: EditSession, program_id: str, suffix: str) -> Added:
    """Copy a program with its agencies, funding, budget and Quick Win, placed right after it."""
    return adding(session, lambda db: _duplicate(db, program_id, suffix))


def move(session: EditSession, program_id: str, up: bool) -> ChangeSet:
    """Move a program one place up or down within its dimension (nothing changes at either end)."""

    def act(db: PlanDB) -> None:
        p = existing(db, "program", program_id)
        other = q.neighbour(db, program_id, up)
        if other is not None:
            swap_order(db, "program", p, other)

    return run(session, act)


delete = _base.deleting("program", "Delete a program with its budget, links, indicators' link and Quick Win.")
