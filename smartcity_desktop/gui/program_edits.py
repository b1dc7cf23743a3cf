# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading what users type in the program editors (years, Rupiah, numbers); edits: services.operations."""

from __future__ import annotations

import logging
import re

from smartcity_desktop.gui.formats import parse_number, parse_rupiah

log = logging.getLogger(__name__)


parse_amount = parse_rupiah  # the names the program editors use
parse_decimal = parse_number


def parse_years(text: str) -> tuple[int | None, int | None]:
    """'2018-2020' / '2018 – 2020' / '2019' -> (first, last); '' -> (None, None)."""
    nums = [int(n) for n in re.findall(r"\d{4}", text)]
    if not nums:
        if text.strip():
            raise ValueError(text)
        return None, None
    if len(nums) > 2:
        raise ValueError(text)
    return nums[0], nums[-1]


def format_years(first: int | None, last: int | None) -> str:
    if first is None and last is None:
        return ""
    if first == last or last is None:
        return str(first)
    if first is None:
        return str(last)
    return f"{first}\u2013{last}"
