# SPDX-License-Identifier: GPL-3.0-or-later
"""Readiness: the score and SWOT of one element of readiness for one dimension."""

from __future__ import annotations

from smartcity_desktop.services.operations._base import Row, existing, put_cell, run
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB


def set_score(session: EditSession, element_id: str, dimension_id: str, values: Row) -> ChangeSet:
    """Set fields (score, strengths, weaknesses ...) of one grid cell; the cell's row is made when missing."""

    def act(db: PlanDB) -> None:
        existing(db, "readiness_element", element_id)
        existing(db, "dimension", dimension_id)
        put_cell(db, "readiness_score", {"element_id": element_id, "dimension_id": dimension_id}, values)

    return run(session, act)
