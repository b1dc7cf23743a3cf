# SPDX-License-Identifier: GPL-3.0-or-later
"""Edits of programs, budgets and Quick Wins as PlanDB functions (one session.edit each), and input parsing."""

from __future__ import annotations

import logging
import re
from typing import Any

from smartcity_desktop.core.formats import parse_number, parse_rupiah
from smartcity_desktop.storage import program_queries as q
from smartcity_desktop.storage.db import PlanDB

log = logging.getLogger(__name__)


parse_amount = parse_rupiah  # the names the program editors use
parse_decimal = parse_number


def parse_years(text: str) -> tuple[int | None, int | None]:
    """'2018-2020' / '2018 – 2020' / '2019' -> (first, last); '' -> (None, None)."""
    nums = [int(n) for n in re.findall(r"\d{4}", text)]
    if not nums:
        if text.strip():
            raise ValueError(text)
        return None, None
    if len(nums) > 2:
        raise ValueError(text)
    return nums[0], nums[-1]


def format_years(first: int | None, last: int | None) -> str:
    if first is None and last is None:
        return ""
    if first == last or last is None:
        return str(first)
    if first is None:
        return str(last)
    return f"{first}\u2013{last}"


def set_quick_win(db: PlanDB, program_id: str, on: bool) -> None:
    """Mark or unmark a program as Quick Win, creating or deleting its quick_win row alongside."""
    p = db.get("program", program_id)
    if p is None:
        return
    qw = q.quick_win_of(db, program_id)
    if on:
        db.update("program", program_id, {"is_quick_win": 1, "horizon": "quickwin"})
        if qw is None:
            db.insert("quick_win", {"program_id": program_id, "status": "candidate"})
    else:
        changes: dict[str, Any] = {"is_quick_win": 0}
        if p.get("horizon") == "quickwin":
            changes["horizon"] = "short"
        db.update("program", program_id, changes)
        if qw is not None:
            db.delete("quick_win", qw["id"])


def update_program(db: PlanDB, program_id: str, values: dict[str, Any]) -> None:
    """Update fields of a program; 'is_quick_win' and horizon 'quickwin' keep the quick_win row in step."""
    values = dict(values)
    qw_flag = values.pop("is_quick_win", None)
    if values.get("horizon") == "quickwin" and qw_flag is None:
        qw_flag = 1
    if values:
        db.update("program", program_id, values)
    if qw_flag is not None:
        p = db.get("program", program_id) or {}
        if bool(qw_flag) != bool(p.get("is_quick_win")) or (bool(qw_flag) and q.quick_win_of(db, program_id) is None):
            set_quick_win(db, program_id, bool(qw_flag))


def set_budget(db: PlanDB, program_id: str, year: int, amount: int | None) -> None:
    """Set one year's budget (None removes the year)."""
    db.set_yearly("program_budget", "program_id", program_id, year, "amount", amount)


def set_links(db: PlanDB, table: str, program_id: str, ids: list[str]) -> None:
    """Make a program's supporting agencies (program_agency) or funding sources (program_funding) exactly ``ids``."""
    column = "agency_id" if table == "program_agency" else "funding_source_id"
    existing = {r[column]: r["id"] for r in q.link_rows(db, table, program_id)}
    for other, rid in existing.items():
        if other not in ids:
            db.delete(table, rid)
    for other in ids:
        if other not in existing:
            db.insert(table, {"program_id": program_id, column: other})


def add_program(db: PlanDB, dimension_id: str, name: str, period: tuple[int, int] | None = None) -> str:
    """A new program at the end of its dimension."""
    values: dict[str, Any] = {
        "dimension_id": dimension_id,
        "name": name,
        "status": "proposed",
        "is_quick_win": 0,
        "horizon": "medium",
        "priority": "medium",
    }
    if period:
        values["first_year"], values["last_year"] = period
    return db.insert("program", values)


def duplicate_program(db: PlanDB, program_id: str, suffix: str) -> str | None:
    """Copy a program with its supporting agencies, funding, budget and Quick Win row, placed right after it."""
    p = db.get("program", program_id)
    if p is None:
        return None
    after = q.neighbour(db, program_id, up=False)
    sort_key = (p["sort_key"] + after["sort_key"]) / 2 if after else p["sort_key"] + 1.0
    values = {k: v for k, v in p.items() if k not in ("id", "modified_at", "modified_by")}
    values.update(name=f"{p['name']} {suffix}", sort_key=sort_key)
    new = db.insert("program", values)
    for table, column in (("program_agency", "agency_id"), ("program_funding", "funding_source_id")):
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


def swap_order(db: PlanDB, table: str, a: dict[str, Any], b: dict[str, Any]) -> None:
    """Exchange the sort keys of two rows of an ordered table."""
    ka, kb = a["sort_key"], b["sort_key"]
    if ka == kb:
        kb = ka + 0.5
    db.update(table, a["id"], {"sort_key": kb})
    db.update(table, b["id"], {"sort_key": ka})


def move_program(db: PlanDB, program_id: str, up: bool) -> bool:
    """Move a program one place up or down within its dimension; False at the end."""
    p = db.get("program", program_id)
    other = q.neighbour(db, program_id, up)
    if p is None or other is None:
        return False
    swap_order(db, "program", p, other)
    return True
