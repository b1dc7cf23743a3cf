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
