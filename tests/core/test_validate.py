# SPDX-License-Identifier: GPL-3.0-or-later
"""Row rules: each value against its column, and the rules between the columns of one row."""

from __future__ import annotations

from typing import Any

import pytest

from smartcity_desktop.core.model import MAX_MONEY, TABLES
from smartcity_desktop.core.validate import check_period, check_row, is_date
from smartcity_desktop.messages import describe

PID = "11111111-1111-4111-8111-111111111111"
DIM = "22222222-2222-4222-8222-222222222222"


def _row(table: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {c: None for c in TABLES[table].column_names}
    row.update(id=PID, modified_at="2026-01-01T00:00:00Z")
    if TABLES[table].ordered:
        row["sort_key"] = 1.0
    row.update(values)
    return row


def _program(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict(dimension_id=DIM, name="Si Pepadu", status="planned", is_quick_win=0)
    return _row("program", **{**base, **values})


def _plan(**values: Any) -> dict[str, Any]:
    base = dict(region_name="Lombok Timur", region_type="kabupaten", period_start=2018, period_end=2027)
    base.update(framework="giffinger", language="id", status="draft")
    base.update(values)
    return _row("plan", **base)


def keys(table: str, row: dict[str, Any]) -> list[str]:
    return [p.key for p in check_row(table, row)]


def test_valid_rows_pass() -> None:
    assert keys("plan", _plan()) == []
    assert keys("program", _program(first_year=2019, last_year=2021, description="a\n\tb\r\n")) == []


@pytest.mark.parametrize("name", ["", " ", "\u00a0\u3000", "\t"])
def test_blank_names_are_refused(name: str) -> None:
    assert keys("plan", _plan(region_name=name)) == ["value.blank"]
    assert keys("program", _program(name=name)) == ["value.blank"]


def test_control_characters() -> None:
    assert keys("program", _program(name="Si\x00Pepadu")) == ["value.control_char"]
    assert keys("program", _program(description="bell \x07")) == ["value.control_char"]
    assert keys("program", _program(description="C1 \x85")) == ["value.control_char"]
    assert keys("program", _program(name="two\nlines")) == ["value.one_line"]
    assert keys("program", _program(name="tab\there")) == ["value.one_line"]
    p = check_row("program", _program(name="ab\x1bc"))[0]
    assert "U+001B" in describe(p) and "posisi 3" in describe(p)


@pytest.mark.parametrize("value", ["2017-02-31", "31-02-2017", "2017-13-01", "2017-7-18", "kemarin"])
def test_dates_that_do_not_exist(value: str) -> None:
    assert not is_date(value)
    row = _row("regulation", kind="Perbup", title="Masterplan", status="enacted", enacted_on=value)
    assert keys("regulation", row) == ["value.not_date"]
    assert "2017-07-18" in describe(check_row("regulation", row)[0])  # states the form


def test_dates_and_times_that_exist() -> None:
    assert is_date("2016-02-29") and not is_date("2017-02-29")
    meeting = _row("meeting", title="Lokakarya", date="2017-07-18", start_time="09:00", end_time="15.30")
    assert keys("meeting", meeting) == []
    assert keys("meeting", {**meeting, "start_time": "25:00"}) == ["value.not_time"]
    assert keys("meeting", {**meeting, "end_time": "08:00"}) == ["meeting.times"]


def test_money_limit_is_stated() -> None:
    assert keys("program_budget", _row("program_budget", program_id=DIM, year=2019, amount=MAX_MONEY)) == []
    for amount in (MAX_MONEY + 1, 10**19):
        row = _row("program_budget", program_id=DIM, year=2019, amount=amount)
        (p,) = check_row("program_budget", row)
        assert p.key == "value.money_too_large"
        assert "Rp 1.000.000.000.000.000 per baris anggaran" in describe(p, "id")
        assert "limit of Rp 1,000,000,000,000,000 per budget line" in describe(p, "en")
        assert "bilangan bulat" not in describe(p, "id")


def test_huge_whole_numbers_say_out_of_range() -> None:
    (p,) = check_row("district", _row("district", name="Selong", population=10**19))
    assert p.key == "value.out_of_range"


@pytest.mark.parametrize(
    ("start", "end", "key", "fragment"),
    [
        (2018, 2018, "plan.period_order", "tahun akhir harus setelah tahun awal"),
        (2018, 2017, "plan.period_order", "tahun akhir harus setelah tahun awal"),
        (2018, 2038, "plan.period_length", "2018-2038 mencakup 21 tahun; paling lama 20 tahun"),
        (1989, 1999, "plan.period_range", "tahun harus antara 1990 dan 2100"),
        (2095, 2101, "plan.period_range", "tahun harus antara 1990 dan 2100"),
    ],
)
def test_period_messages_state_the_true_rule(start: int, end: int, key: str, fragment: str) -> None:
    from smartcity_desktop.messages import t

    found = check_period(start, end)
    assert found is not None and found[0] == key
    assert fragment in t(found[0], *found[1])


def test_periods_that_hold() -> None:
    assert check_period(2018, 2019) is None and check_period(2018, 2037) is None
    assert check_period(1990, 2009) is None and check_period(2081, 2100) is None
    assert keys("plan", _plan(period_end=2037)) == []
    assert keys("plan", _plan(period_end=2018)) == ["plan.period_order"]


def test_rules_within_one_row() -> None:
    assert keys("program", _program(first_year=2022, last_year=2020)) == ["program.years"]
    step = _row("quick_win_step", quick_win_id=DIM, activity="Uji coba", start_month=5, end_month=2)
    assert keys("quick_win_step", step) == ["quickwin.months"]
