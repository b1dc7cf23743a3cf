# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole plan at a glance: navigation, completeness rows, dashboard, workshop record, feedback, search."""

from smartcity_desktop.storage.dashboard_queries import (
    RULE_TABLES,
    budget_by_dimension_year,
    dimension_summary,
    feedback_for,
    navigation_rows,
    readiness_averages,
    rule_rows,
    totals,
    workshop_overview,
)
from smartcity_desktop.storage.search import search

__all__ = [
    "RULE_TABLES",
    "budget_by_dimension_year",
    "dimension_summary",
    "feedback_for",
    "navigation_rows",
    "readiness_averages",
    "rule_rows",
    "search",
    "totals",
    "workshop_overview",
]
