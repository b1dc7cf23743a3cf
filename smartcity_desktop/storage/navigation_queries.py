# SPDX-License-Identifier: GPL-3.0-or-later
"""What the navigation tree lists: dimensions, their programs, chapters."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.storage.db import PlanDB


def navigation_rows(db: PlanDB) -> dict[str, list[dict[str, Any]]]:
    """What the navigation tree shows: dimensions, their programs (id, name) and chapters."""
    return {
        "dimension": [dict(r) for r in db.conn.execute("SELECT id, name FROM dimension ORDER BY sort_key, id")],
        "program": [
            dict(r)
            for r in db.conn.execute("SELECT id, name, dimension_id, is_quick_win FROM program ORDER BY sort_key, id")
        ],
        "chapter": [
            dict(r) for r in db.conn.execute("SELECT id, parent_id, title, key FROM chapter ORDER BY sort_key, id")
        ],
    }
