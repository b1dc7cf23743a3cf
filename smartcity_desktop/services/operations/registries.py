# SPDX-License-Identifier: GPL-3.0-or-later
"""Registries: agencies (OPD) and funding sources, used by programs."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.services.operations import lists
from smartcity_desktop.services.operations._base import Added, Row, refuse
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet

TABLES = lists.REGISTRIES


def _registry(table: str) -> None:
    if table not in TABLES:
        refuse("op.not_list_table", table, table=table)


def add(session: EditSession, table: str, values: Row) -> Added:
    """A new agency or funding source, last in its list."""
    _registry(table)
    return lists.add(session, table, values)


def set_field(session: EditSession, table: str, row_id: str, column: str, value: Any) -> ChangeSet:
    _registry(table)
    return lists.set_value(session, table, row_id, column, value)


def delete(session: EditSession, table: str, row_id: str) -> ChangeSet:
    """Delete an agency or funding source; programs that used it lose the reference."""
    _registry(table)
    return lists.delete(session, table, row_id)


def move(session: EditSession, table: str, row_id: str, other_id: str) -> ChangeSet:
    _registry(table)
    return lists.move(session, table, row_id, other_id)
