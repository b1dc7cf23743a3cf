# SPDX-License-Identifier: GPL-3.0-or-later
"""Editing an open plan: each user action is one transaction whose ChangeSet undo/redo replay."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.storage.db import Change, ChangeSet, PlanDB

__all__ = ["Change", "ChangeSet", "EditSession", "PlanDB"]  # the faces name these types from here, not storage


class EditSession:
    """The one way faces change an open plan."""

    def __init__(self, document: PlanDocument) -> None:
        self.document = document

    @property
    def db(self) -> PlanDB:
        return self.document.db

    def run(self, action: Callable[[PlanDB], Any]) -> ChangeSet:
        """Run ``action(db)`` as one transaction; returns what changed (empty when nothing did)."""
        with self.db.action() as changes:
            action(self.db)
        self.document.edited(changes)
        return changes

    def undo(self, changes: ChangeSet) -> ChangeSet:
        return self.run(lambda db: db.apply(changes.reversed()))

    def redo(self, changes: ChangeSet) -> ChangeSet:
        return self.run(lambda db: db.apply(changes))

    # single-row edits for tests, tools and importers that work below the operations (no rules beyond
    # the model's); the faces use services.operations
    def insert(self, table: str, values: dict[str, Any]) -> tuple[str, ChangeSet]:
        out: list[str] = []
        changes = self.run(lambda db: out.append(db.insert(table, values)))
        return out[0], changes

    def update(self, table: str, rid: str, values: dict[str, Any]) -> ChangeSet:
        return self.run(lambda db: db.update(table, rid, values))

    def delete(self, table: str, rid: str) -> ChangeSet:
        return self.run(lambda db: db.delete(table, rid))
