# SPDX-License-Identifier: GPL-3.0-or-later
"""What every operation shares: running as one transaction, refusing with a message, finding rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

from smartcity_desktop.core import rules
from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.core.rules import RuleBreak
from smartcity_desktop.core.validate import check_value
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

Row = dict[str, Any]
Added = tuple[str, ChangeSet]


def run(session: EditSession, action: Callable[[PlanDB], Any]) -> ChangeSet:
    """One transaction; its ChangeSet (empty when nothing changed)."""
    return session.run(action)


def adding(session: EditSession, action: Callable[[PlanDB], str]) -> Added:
    """One transaction that adds a row; the new row's id and the ChangeSet."""
    out: list[str] = []
    changes = session.run(lambda db: out.append(action(db)))
    return out[0], changes


def refuse(key: str, *args: Any, table: str = "", column: str = "", row: str = "") -> NoReturn:
    raise InvalidEdit(key, *args, table=table, column=column, row=row[:8])


def existing(db: PlanDB, table: str, row_id: str) -> Row:
    """The row, or a refusal naming it."""
    row = db.get(table, row_id)
    if row is None:
        refuse("row.not_found", table=table, row=str(row_id))
    return row


def text(value: str | None, table: str, column: str, *, required: bool = False) -> str | None:
    """A text value as stored: stripped, None when empty; a required one may not be blank."""
    if value is not None and not isinstance(value, str):
        refuse("value.not_text", table=table, column=column, row="")
    cleaned = (value or "").strip() or None
    if required and cleaned is None:
        refuse("op.blank", table=table, column=column)
    return cleaned


def period(db: PlanDB) -> tuple[int, int]:
    plan = db.plan()
    return int(plan["period_start"]), int(plan["period_end"])


def obey(broken: RuleBreak | None, table: str, column: str, row: str = "") -> None:
    """Refuse with a rule of the core rule set (``core/validate.py``, ``core/rules.py``) that an argument breaks."""
    if broken is not None:
        refuse(broken[0], *broken[1], table=table, column=column, row=row[:8])


def checked_value(table: str, column: str, value: Any) -> Any:
    """``value`` when it fits the model's column (type, range, money limit); else the model's refusal."""
    spec = TABLES[table]
    problem = check_value(spec, spec.column(column), value, None)
    if problem is not None:
        refuse(problem.key, *problem.args, table=table, column=column)
    return value


def year_in(db: PlanDB, year: int, program: Row | None, table: str, row: str = "") -> None:
    """A yearly value (budget, target) must lie in the plan period and, for a program, in its years."""
    checked_value(table, "year", year)
    start, end = period(db)
    obey(
        rules.yearly_rule("budget" if table == "program_budget" else "target", year, start, end, program), table, "year"
    )


def swap_order(db: PlanDB, table: str, a: Row, b: Row) -> None:
    """Exchange the sort keys of two rows of an ordered table."""
    ka, kb = a["sort_key"], b["sort_key"]
    if ka == kb:
        kb = ka + 0.5
    db.update(table, a["id"], {"sort_key": kb})
    db.update(table, b["id"], {"sort_key": ka})


def move(session: EditSession, table: str, a_id: str, b_id: str) -> ChangeSet:
    """Swap the places of two rows of one ordered list."""

    def act(db: PlanDB) -> None:
        swap_order(db, table, existing(db, table, a_id), existing(db, table, b_id))

    return run(session, act)


def required(values: Row, table: str, *columns: str) -> Row:
    """``values`` with the named texts cleaned (``text``) where present; they may not be blank."""
    out = dict(values)
    for column in columns:
        if column in out:
            out[column] = text(out[column], table, column, required=True)
    return out


def set_fields(
    session: EditSession,
    table: str,
    row_id: str,
    values: Row | Callable[[PlanDB, Row], Row],
    *,
    check: Callable[[PlanDB, Row], None] | None = None,
) -> ChangeSet:
    """Change some fields of one row (checked by the model rules).

    ``values`` may be a function of the stored row giving the changes; ``check(db, row)`` refuses what the
    model cannot see (references named by two columns, relations between rows) before anything is written."""

    def act(db: PlanDB) -> None:
        row = existing(db, table, row_id)
        if check is not None:
            check(db, row)
        db.update(table, row_id, values(db, row) if callable(values) else values)

    return run(session, act)


def put_cell(db: PlanDB, table: str, keys: Row, values: Row) -> None:
    """Set fields of the row of ``table`` identified by ``keys`` (a grid cell, an attendance); the row is made
    when missing and something is set."""
    rows = db.rows(table, **keys)
    if rows:
        db.update(table, rows[0]["id"], values)
    elif any(v is not None for v in values.values()):
        db.insert(table, {**keys, **values})


def delete(session: EditSession, table: str, row_id: str) -> ChangeSet:
    """Delete one row with everything that belongs to it."""

    def act(db: PlanDB) -> None:
        existing(db, table, row_id)
        db.delete(table, row_id)

    return run(session, act)


def deleting(table: str, doc: str) -> Callable[[EditSession, str], ChangeSet]:
    """The operation deleting a row of ``table`` (``delete`` with the table named once)."""

    def op(session: EditSession, row_id: str) -> ChangeSet:
        return delete(session, table, row_id)

    op.__doc__ = doc
    return op
