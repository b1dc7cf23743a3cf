# SPDX-License-Identifier: GPL-3.0-or-later
"""Indonesian formats of numbers, money and dates, and reading what people type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.core.formats import (
    format_date,
    format_date_range,
    format_int,
    format_number,
    format_rupiah,
    format_rupiah_short,
    format_timestamp,
    parse_date_input,
    parse_number,
    parse_rupiah,
    roman,
)


def test_indonesian_formats() -> None:
    assert format_int(1289907) == "1.289.907"
    assert format_int(1289907, "en") == "1,289,907"
    assert format_number(1234.5) == "1.234,5"
    assert format_number(12.0) == "12"
    assert format_number(-0.25) == "-0,25"
    assert format_rupiah(1_250_000_000) == "Rp 1.250.000.000"
    assert format_rupiah_short(1_250_000_000) == "Rp 1,25 M"
    assert format_rupiah_short(350_000_000) == "Rp 350 jt"
    assert format_date("2017-07-18") == "18 Juli 2017"
    assert format_date("2017-07-18", weekday=True) == "Selasa, 18 Juli 2017"
    assert format_date("2017-07-18", "en") == "18 July 2017"
    assert format_date_range("2017-07-18", "2017-07-19") == "18-19 Juli 2017"
    assert format_date_range("2017-09-27", "2017-10-02") == "27 September - 2 Oktober 2017"
    assert format_timestamp("2017-10-27T09:05:00Z") == "27 Oktober 2017 09.05"
    assert [roman(n) for n in (1, 4, 8, 9, 14)] == ["I", "IV", "VIII", "IX", "XIV"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,5", 1234.5),
        ("12,5", 12.5),
        ("1.289.907", 1289907),
        ("1000", 1000),
        ("2.5", 2.5),
        ("", None),
        ("75 %", 75),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["satu", "1,2,3", "nan", "inf"])
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_rupiah_and_dates() -> None:
    assert parse_rupiah("Rp 1.250.000.000") == 1_250_000_000
    assert parse_rupiah("Rp. 1.250.000.000,00") == 1_250_000_000
    assert parse_rupiah("") is None
    with pytest.raises(ValueError):
        parse_rupiah("1.250,50")
    assert parse_date_input("18 Juli 2017") == "2017-07-18"
    assert parse_date_input("18 Agu 2017") == "2017-08-18"
    assert parse_date_input("18 August 2017") == "2017-08-18"
    assert parse_date_input("18/07/2017") == "2017-07-18"
    with pytest.raises(ValueError):
        parse_date_input("31/02/2017")
    with pytest.raises(ValueError):
        parse_date_input("18 Bulan 2017")


@given(st.integers(min_value=0, max_value=10**15))
def test_money_round_trip(amount: int) -> None:
    assert parse_rupiah(format_rupiah(amount)) == amount


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=0, max_value=99))
def test_number_round_trip(whole: int, cents: int) -> None:
    value = whole + (cents / 100 if whole >= 0 else -cents / 100)
    assert parse_number(format_number(value)) == pytest.approx(value)


def test_parse_rupiah_as_people_type_it() -> None:
    """Issue 10: '250 juta' and '1,5 M' were refused as a budget."""
    for text, amount in (
        ("250 juta", 250_000_000),
        ("250 jt", 250_000_000),
        ("1,5 M", 1_500_000_000),
        ("1,5 miliar", 1_500_000_000),
        ("Rp 1,5 M", 1_500_000_000),
        ("Rp 250.000.000", 250_000_000),
        ("250000000", 250_000_000),
        ("500 rb", 500_000),
        ("2 T", 2_000_000_000_000),
    ):
        assert parse_rupiah(text) == amount, text
    for bad in ("satu juta", "250 abc", "1,5", "0,0000001 jt", "-5 juta"):
        with pytest.raises(ValueError):
            parse_rupiah(bad)


def test_parse_in_english() -> None:
    """Issue 10: one number format per language, also for what is typed."""
    from smartcity_desktop.core.formats import parse_number

    assert parse_number("1,234.5", "en") == 1234.5
    assert parse_number("12.5", "en") == 12.5
    assert parse_rupiah("1,250,000,000", "en") == 1_250_000_000
    assert parse_rupiah("Rp 1.5 M", "en") == 1_500_000_000
    assert parse_rupiah("250 million", "en") == 250_000_000
    for bad in ("1.234,5", "12,5"):
        with pytest.raises(ValueError):
            parse_number(bad, "en")
