# SPDX-License-Identifier: GPL-3.0-or-later
"""Defaults a new plan starts with, the same from the start screen and the CLI's ``new``."""

from __future__ import annotations

import datetime

PERIOD_YEARS = 10  # a masterplan covers ten years


def default_period(today: datetime.date | None = None) -> tuple[int, int]:
    """The plan period offered for a new plan: the ten years starting next year."""
    first = (today or datetime.date.today()).year + 1
    return first, first + PERIOD_YEARS - 1
