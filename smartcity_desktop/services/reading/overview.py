# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole plan at a glance: navigation, completeness rows, dashboard, workshop record, feedback, search."""

from smartcity_desktop.storage.navigation_queries import navigation_rows
from smartcity_desktop.storage.rule_queries import RULE_TABLES, rule_rows
from smartcity_desktop.storage.search import search
from smartcity_desktop.storage.workshop_queries import feedback_for, workshop_overview

__all__ = [
    "RULE_TABLES",
    "feedback_for",
    "navigation_rows",
    "rule_rows",
    "search",
    "workshop_overview",
]
