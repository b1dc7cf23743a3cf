# SPDX-License-Identifier: GPL-3.0-or-later
"""What every operation shares: running as one transaction, refusing with a message, finding rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

from smartcity_desktop.core.errors import InvalidEdit
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

Row = dict[str, Any]
Added = tuple[str, ChangeSet]
MAX_AMOUNT = 10**15  # Rupiah in one budget line


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


def year_in(db: PlanDB, year: int, program: Row | None, table: str) -> None:
    """A yearly value (budget, target) must lie in the plan period and, for a program, in its years."""
    plan = db.plan()
    start, end = int(plan["period_start"]), int(plan["period_end"])
    if isinstance(year, bool) or not isinstance(year, int):
        refuse("value.not_int", table=table, column="year")
    if not start <= year <= end:
        refuse("op.year_outside_period", year, start, end, table=table, column="year")
    if program is not None:
        first, last = program.get("first_year"), program.get("last_year")
        if (first is not None and year < first) or (last is not None and year > last):
            refuse(
                "op.year_outside_program",
                year,
                first if first is not None else start,
                last if last is not None else end,
                table=table,
                column="year",
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
