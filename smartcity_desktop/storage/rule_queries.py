# SPDX-License-Identifier: GPL-3.0-or-later
"""Rows as the rules and the figures read them: whole tables, table by table (core.rules, core.figures)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smartcity_desktop.storage.db import PlanDB

# Tables the completeness rules read (blobs and bookkeeping are left out).
RULE_TABLES = (
    "plan",
    "dimension",
    "program",
    "program_budget",
    "indicator",
    "indicator_target",
    "quick_win",
    "quick_win_step",
    "chapter",
    "regulation",
    "institution_member",
    "mission",
    "feedback",  # open feedback is listed too (issue 10)
)


def table_rows(db: PlanDB, tables: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The rows of the tables the figures (core.figures) or the rules look at, table by table."""
    return {name: db.rows(name) for name in tables}


def rule_rows(db: PlanDB) -> dict[str, list[dict[str, Any]]]:
    """The rows the completeness rules look at."""
    return table_rows(db, RULE_TABLES)
