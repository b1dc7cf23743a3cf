# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole plan at a glance: navigation, completeness rows, dashboard, workshop record, feedback, search."""

from smartcity_desktop.storage.dashboard_queries import (
    RULE_TABLES,
    feedback_for,
    navigation_rows,
    rule_rows,
    workshop_overview,
)
from smartcity_desktop.storage.search import search

__all__ = [
    "RULE_TABLES",
    "feedback_for",
    "navigation_rows",
    "rule_rows",
    "search",
    "workshop_overview",
]
