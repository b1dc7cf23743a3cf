# SPDX-License-Identifier: GPL-3.0-or-later
"""The region, its institutions, chapters, dimensions, readiness grid and road map, as the views show them."""

from smartcity_desktop.storage.profile_queries import (
    dimension_programs,
    district_totals,
    goals_with_mission,
    masterplan_enacted,
    members,
    readiness_grid,
    roadmap_programs,
    rows_where,
    sibling_chapters,
)

__all__ = [
    "dimension_programs",
    "district_totals",
    "goals_with_mission",
    "masterplan_enacted",
    "members",
    "readiness_grid",
    "roadmap_programs",
    "rows_where",
    "sibling_chapters",
]
