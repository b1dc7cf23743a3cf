# SPDX-License-Identifier: GPL-3.0-or-later
"""core.formats in the interface's language: one money and number format per language in every view, and
what people type read the same way (Indonesian '1.234,5', English '1,234.5')."""

from __future__ import annotations

from datetime import date

from smartcity_desktop.core import formats as _f
from smartcity_desktop.core.formats import parse_date_input  # noqa: F401 - dates are read in both languages
from smartcity_desktop.messages import language


def format_int(value: int, lang: str | None = None) -> str:
    return _f.format_int(value, lang or language())


def format_number(value: float | int | None, decimals: int | None = None, lang: str | None = None) -> str:
    return _f.format_number(value, decimals, lang or language())


def format_rupiah(amount: int | None, lang: str | None = None) -> str:
    return _f.format_rupiah(amount, lang or language())


def format_rupiah_short(amount: int, lang: str | None = None) -> str:
    return _f.format_rupiah_short(amount, lang or language())


def format_date(value: str | date | None, lang: str | None = None, weekday: bool = False) -> str:
    return _f.format_date(value, lang or language(), weekday)


def format_timestamp(iso: str | None, lang: str | None = None) -> str:
    return _f.format_timestamp(iso, lang or language())


def parse_number(text: str, lang: str | None = None) -> float | None:
    return _f.parse_number(text, lang or language())


def parse_rupiah(text: str, lang: str | None = None) -> int | None:
    return _f.parse_rupiah(text, lang or language())
