# SPDX-License-Identifier: GPL-3.0-or-later
"""Rows of the plain ordered lists edited as tables (missions, elements, statistics, members ...).

Each subject module names its lists; these functions refuse any other table, so a face cannot reach
programs, budgets or chapters around their own operations.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.services.operations import _base
from smartcity_desktop.services.operations._base import Added, Row, adding, refuse
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet

VISION = ("mission", "goal", "objective")
DIMENSION = ("element", "strategic_issue", "strategy")
PROFILE = ("statistic", "district")
INSTITUTIONS = ("institution_member", "regulation")
REGISTRIES = ("agency", "funding_source")
LIST_TABLES = frozenset(VISION + DIMENSION + PROFILE + INSTITUTIONS + REGISTRIES)


def _clean(table: str, values: Row) -> Row:
    """Texts stripped; a required text may not be blank."""
    spec = TABLES[table]
    out = dict(values)
    for name, value in values.items():
        if name in spec.column_names and spec.column(name).type == "text" and not spec.column(name).ref:
            out[name] = _base.text(value, table, name, required=spec.column(name).required)
    return out


class Lists:
    """The operations on the rows of some plain lists; any other table is refused."""

    def __init__(self, tables: frozenset[str]) -> None:
        self.tables = tables

    def _list(self, table: str) -> None:
        if table not in self.tables:
            refuse("op.not_list_table", table, table=table)

    def add(self, session: EditSession, table: str, values: Row) -> Added:
        """A new row at the end of a list."""
        self._list(table)
        return adding(session, lambda db: db.insert(table, _clean(table, values)))

    def set_value(self, session: EditSession, table: str, row_id: str, column: str, value: Any) -> ChangeSet:
        """Change one field of a list row."""
        return self.set_values(session, table, row_id, {column: value})

    def set_values(self, session: EditSession, table: str, row_id: str, values: Row) -> ChangeSet:
        """Change several fields of a list row at once (one edit, e.g. a statistic's number or text)."""
        self._list(table)
        return _base.set_fields(session, table, row_id, _clean(table, values))

    def delete(self, session: EditSession, table: str, row_id: str) -> ChangeSet:
        """Delete a list row and what belongs to it (references to it become empty)."""
        self._list(table)
        return _base.delete(session, table, row_id)

    def move(self, session: EditSession, table: str, row_id: str, other_id: str) -> ChangeSet:
        """Swap the places of two rows of one list."""
        self._list(table)
        return _base.move(session, table, row_id, other_id)


_ALL = Lists(LIST_TABLES)
add = _ALL.add
set_value = _ALL.set_value
set_values = _ALL.set_values
delete = _ALL.delete
move = _ALL.move
