# SPDX-License-Identifier: GPL-3.0-or-later
"""Programs, their budget and links, indicators, Quick Wins and registry usage, as the editors list them."""

from smartcity_desktop.storage.program_queries import (
    indicator_ids,
    indicator_table,
    indicator_targets,
    library_for,
    link_rows,
    neighbour,
    program_budget,
    program_choices,
    program_table,
    quick_win_of,
    quick_win_steps,
    quick_win_table,
    quick_wins_per_dimension,
    usage_count,
    usage_counts,
)

__all__ = [
    "indicator_ids",
    "indicator_table",
    "indicator_targets",
    "library_for",
    "link_rows",
    "neighbour",
    "program_budget",
    "program_choices",
    "program_table",
    "quick_win_of",
    "quick_win_steps",
    "quick_win_table",
    "quick_wins_per_dimension",
    "usage_count",
    "usage_counts",
]
