# SPDX-License-Identifier: GPL-3.0-or-later
"""Vision and its explanation; missions, goals and objectives are lists (``lists`` with VISION tables)."""

from __future__ import annotations

from smartcity_desktop.services.operations import lists
from smartcity_desktop.services.operations._base import refuse, run, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

COLUMNS = ("vision", "vision_explanation")
LISTS = lists.VISION


def set_text(session: EditSession, column: str, value: str | None) -> ChangeSet:
    """The vision or its explanation (empty clears it)."""
    if column not in COLUMNS:
        refuse("value.unknown_column", table="plan", column=column)
    cleaned = text(value, "plan", column)

    def act(db: PlanDB) -> None:
        db.update("plan", db.plan()["id"], {column: cleaned})

    return run(session, act)
