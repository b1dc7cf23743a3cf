# SPDX-License-Identifier: GPL-3.0-or-later
"""Dimensions (name, description, colour) and their elements, strategic issues and strategies (lists)."""

from __future__ import annotations

import re
from typing import Any

from smartcity_desktop.services.operations import _base, lists
from smartcity_desktop.services.operations._base import Added, Row, adding, existing, refuse, run, swap_order, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

LISTS = lists.DIMENSION
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def rename(session: EditSession, dimension_id: str, name: str) -> ChangeSet:
    """A dimension's name (not blank)."""
    return _base.set_fields(
        session, "dimension", dimension_id, {"name": text(name, "dimension", "name", required=True)}
    )


def set_description(session: EditSession, dimension_id: str, description: str | None) -> ChangeSet:
    return _base.set_fields(
        session, "dimension", dimension_id, {"description": text(description, "dimension", "description")}
    )


def set_color(session: EditSession, dimension_id: str, color: str | None) -> ChangeSet:
    """A dimension's colour as #rrggbb (None: the default palette)."""
    if color is not None and not COLOUR.match(color):
        refuse("op.colour", color, table="dimension", column="color", row=dimension_id)
    return _base.set_fields(session, "dimension", dimension_id, {"color": color})


# -- the framework itself: dimensions and elements added, renamed, reordered, removed -------------------------
def add_dimension(session: EditSession, name: str, code: str | None = None) -> Added:
    """A new dimension at the end of the framework (a custom framework may have any number)."""
    values = {"name": text(name, "dimension", "name", required=True), "code": text(code, "dimension", "code")}
    return adding(session, lambda db: db.insert("dimension", values))


def _neighbour(db: PlanDB, table: str, row: Row, up: bool, **same: Any) -> Row | None:
    rows = sorted(db.rows(table, **same), key=lambda r: (r["sort_key"], r["id"]))
    i = next(i for i, r in enumerate(rows) if r["id"] == row["id"])
    j = i - 1 if up else i + 1
    return rows[j] if 0 <= j < len(rows) else None


def move_dimension(session: EditSession, dimension_id: str, up: bool) -> ChangeSet:
    """One place up or down in the framework's order (nothing changes at either end)."""

    def act(db: PlanDB) -> None:
        row = existing(db, "dimension", dimension_id)
        other = _neighbour(db, "dimension", row, up)
        if other is not None:
            swap_order(db, "dimension", row, other)

    return run(session, act)


def _programs_of(db: PlanDB, table: str, row_id: str) -> list[Row]:
    """The programs that belong to a dimension or an element."""
    return db.rows("program", **{f"{table}_id": row_id})


def delete_dimension(session: EditSession, dimension_id: str, move_to: str | None = None) -> ChangeSet:
    """Remove a dimension with its elements, issues, strategies and readiness scores.

    Its programs move to the dimension ``move_to`` (losing their element and strategy, which stay behind), or,
    when ``move_to`` is None, are deleted with it (budgets, indicators' links and Quick Wins too).
    """

    def act(db: PlanDB) -> None:
        existing(db, "dimension", dimension_id)
        if len(db.rows("dimension")) <= 1:
            refuse("op.last_dimension", table="dimension", row=dimension_id)
        if move_to is not None:
            if move_to == dimension_id:
                refuse("op.same_target", "dimensi", table="dimension", row=dimension_id)
            existing(db, "dimension", move_to)
            for p in _programs_of(db, "dimension", dimension_id):
                db.update("program", p["id"], {"dimension_id": move_to, "element_id": None, "strategy_id": None})
        db.delete("dimension", dimension_id)

    return run(session, act)


def add_element(session: EditSession, dimension_id: str, name: str) -> Added:
    """A new element at the end of a dimension's elements."""
    values = {"dimension_id": dimension_id, "name": text(name, "element", "name", required=True)}

    def act(db: PlanDB) -> str:
        existing(db, "dimension", dimension_id)
        return db.insert("element", values)

    return adding(session, act)


def rename_element(session: EditSession, element_id: str, name: str) -> ChangeSet:
    return _base.set_fields(session, "element", element_id, {"name": text(name, "element", "name", required=True)})


def move_element(session: EditSession, element_id: str, up: bool) -> ChangeSet:
    """One place up or down among the elements of its dimension."""

    def act(db: PlanDB) -> None:
        row = existing(db, "element", element_id)
        other = _neighbour(db, "element", row, up, dimension_id=row["dimension_id"])
        if other is not None:
            swap_order(db, "element", row, other)

    return run(session, act)


def delete_element(
    session: EditSession, element_id: str, move_to: str | None = None, *, delete_programs: bool = False
) -> ChangeSet:
    """Remove an element. Its programs move to the element ``move_to`` (into that element's dimension; a
    strategy of another dimension is dropped), or are deleted with it (``delete_programs``), or else stay in
    the dimension without an element."""

    def act(db: PlanDB) -> None:
        element = existing(db, "element", element_id)
        target = None
        if move_to is not None:
            if move_to == element_id:
                refuse("op.same_target", "elemen", table="element", row=element_id)
            target = existing(db, "element", move_to)
        for p in _programs_of(db, "element", element_id):
            if delete_programs:
                db.delete("program", p["id"])
            elif target is not None:
                values: Row = {"element_id": target["id"]}
                if target["dimension_id"] != element["dimension_id"]:
                    values.update(dimension_id=target["dimension_id"], strategy_id=None)
                db.update("program", p["id"], values)
        db.delete("element", element_id)

    return run(session, act)
