# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of single values and rows against the data model (no SQL, no Qt).

The row half of the one rule set: every value against its column (type, required and not blank,
range, allowed values, dates, times, control characters, money limit) and the rules between the
columns of one row (a plan period, a program's years, a month plan, a meeting's times). The rules
between rows live in ``core/rules.py``. Every write (``PlanDB.insert/update``), every import
(``core/interchange.decode``) and ``check`` run both. A ``Problem``'s ``key`` is its stable code.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from smartcity_desktop.core.formats import Money
from smartcity_desktop.core.model import (
    CONTENT_TABLES,
    DATE_COLUMNS,
    MAX_MONEY,
    MAX_PERIOD_YEARS,
    MULTILINE_COLUMNS,
    PROGRAM_CODE_PATTERN,
    TABLES,
    TIME_COLUMNS,
    YEAR_MAX,
    YEAR_MIN,
    Column,
    Table,
)

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_TEXT = 2_000_000  # characters in one field
MAX_BLOB = 20 * 1024 * 1024  # bytes in one attachment
MAX_INT = 2**62
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3])[:.]([0-5]\d)$")
# C0 and C1 control characters; multi-line text may hold tab, line feed and carriage return.
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MULTILINE_OK = frozenset("\t\n\r")
# Text the app writes itself (timestamps, ids of other tables): not typed by people.
_MACHINE_TEXT = frozenset({"modified_at", "modified_by", "created_at", "deleted_at", "deleted_by"})
PROGRAM_CODE_RE = re.compile(PROGRAM_CODE_PATTERN)  # "2.16.02", "1.02.02.2.01", "X.XX.01"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan: its stable code (``key``, a message key) with arguments, and its place.

    The place is the table, the row id and the column; ``check`` prints it and ``check --repair``
    can look fixes up by ``key``.
    """

    table: str
    row_id: str | None
    column: str | None
    key: str
    args: tuple[Any, ...] = ()

    @property
    def code(self) -> str:
        return self.key


def _blank(value: Any) -> bool:
    return isinstance(value, str) and not value.strip()


def check_value(table: Table, col: Column, value: Any, row_id: str | None) -> Problem | None:
    """Return the problem with one value, or None when it fits its column."""

    def bad(key: str, *args: Any) -> Problem:
        return Problem(table.name, row_id, col.name, key, args)

    if value is None:
        return bad("value.required") if col.required else None
    if col.name == "id" or col.ref:
        if not isinstance(value, str) or not UUID_RE.match(value):
            return bad("value.not_uuid")
        return None
    t = col.type
    if t == "text":
        if not isinstance(value, str):
            return bad("value.not_text")
        if len(value) > MAX_TEXT:
            return bad("value.too_long", MAX_TEXT)
        if col.pattern and value and not re.fullmatch(col.pattern, value):  # the one pattern so far: program codes
            return bad("value.bad_program_code", value)
        return _check_text(col, value, bad)
    if t == "bool":
        return None if value in (0, 1) and not isinstance(value, float) else bad("value.not_bool")
    if t == "int":
        if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) >= 2**63:
            value = int(value)  # SQLite keeps a whole number beyond 64 bits as REAL: state the limit instead
        if isinstance(value, bool) or not isinstance(value, int):
            return bad("value.not_int")
    elif t == "real":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return bad("value.not_number")
    elif t == "blob":
        if not isinstance(value, (bytes, bytearray)):
            return bad("value.not_blob")
        return bad("value.too_long", MAX_BLOB) if len(value) > MAX_BLOB else None
    if col.name == "amount" and col.max is not None and value > col.max:
        return bad("value.money_too_large", Money(value), Money(MAX_MONEY))
    if col.min is not None and col.max is not None and not col.min <= value <= col.max:
        return bad("value.out_of_range", value, col.min, col.max)
    if col.min is not None and value < col.min:
        return bad("value.too_small", value, col.min)
    if col.max is not None and value > col.max:
        return bad("value.too_large", value, col.max)
    if t == "int" and abs(value) > MAX_INT:
        return bad("value.out_of_range", value, -MAX_INT, MAX_INT)
    return None


def _check_text(col: Column, value: str, bad: Any) -> Problem | None:
    if col.required and _blank(value):
        return bad("value.blank")
    if col.choices and value not in col.choices:
        return bad("value.not_choice", value, ", ".join(col.choices))
    if col.name == "target_table" and value not in CONTENT_TABLES:
        return bad("value.not_choice", value, "…")
    if col.name not in _MACHINE_TEXT:
        for m in CONTROL_RE.finditer(value):
            ch = m.group()
            if ch in MULTILINE_OK:
                if col.name in MULTILINE_COLUMNS:
                    continue
                return bad("value.one_line")
            return bad("value.control_char", f"U+{ord(ch):04X}", m.start() + 1)
    if col.name in DATE_COLUMNS and value and not is_date(value):
        return bad("value.not_date", value)
    if col.name in TIME_COLUMNS and value and not TIME_RE.match(value):
        return bad("value.not_time", value)
    return None


def is_date(text: str) -> bool:
    """Whether ``text`` is a calendar date that exists, written YYYY-MM-DD."""
    if not DATE_RE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def check_period(start: Any, end: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The rule of a plan period as (message key, arguments), or None when ``start``-``end`` is a valid period.

    Both years lie in 1990-2100, the end comes after the start, and the period covers at most 20 years
    (start and end included: 2018-2037 is 20 years).
    """
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return None  # the column checks report these
    if not (YEAR_MIN <= start <= YEAR_MAX and YEAR_MIN <= end <= YEAR_MAX):
        return "plan.period_range", (start, end, YEAR_MIN, YEAR_MAX)
    if end <= start:
        return "plan.period_order", (start, end)
    if end - start + 1 > MAX_PERIOD_YEARS:
        return "plan.period_length", (start, end, end - start + 1, MAX_PERIOD_YEARS)
    return None


def years_order(first: int | None, last: int | None) -> bool:
    """Whether a program's years are out of order (the first after the last); open ends never are."""
    return first is not None and last is not None and first > last


def _row_rules(table_name: str, row: dict[str, Any], row_id: str | None) -> list[Problem]:
    """Rules between the columns of one row."""

    def ints(a: str, b: str) -> tuple[int, int] | None:
        x, y = row.get(a), row.get(b)
        ok = all(isinstance(v, int) and not isinstance(v, bool) for v in (x, y))
        return (x, y) if ok else None  # type: ignore[return-value]

    out: list[Problem] = []
    if table_name == "plan":
        found = check_period(row.get("period_start"), row.get("period_end"))
        if found:
            out.append(Problem("plan", row_id, "period_end", found[0], found[1]))
    elif table_name == "program" and (pair := ints("first_year", "last_year")) and years_order(*pair):
        out.append(Problem("program", row_id, "last_year", "program.years", pair))
    elif table_name == "quick_win_step" and (pair := ints("start_month", "end_month")) and pair[0] > pair[1]:
        out.append(Problem("quick_win_step", row_id, "end_month", "quickwin.months", pair))
    elif table_name == "meeting":
        a, b = row.get("start_time"), row.get("end_time")
        if isinstance(a, str) and isinstance(b, str) and TIME_RE.match(a) and TIME_RE.match(b):
            if a.replace(".", ":") > b.replace(".", ":"):
                out.append(Problem("meeting", row_id, "end_time", "meeting.times", (a, b)))
    return out


def check_row(table_name: str, row: dict[str, Any]) -> list[Problem]:
    """Every problem of one complete row (unknown and missing columns included)."""
    table = TABLES[table_name]
    row_id = row.get("id") if isinstance(row.get("id"), str) else None
    problems: list[Problem] = []
    for name in row:
        if name not in table.column_names:
            problems.append(Problem(table_name, row_id, name, "value.unknown_column"))
    for col in table.all_columns:
        p = check_value(table, col, row.get(col.name), row_id)
        if p:
            problems.append(p)
    if not problems:
        problems += _row_rules(table_name, row, row_id)
    return problems
