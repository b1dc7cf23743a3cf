# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of single values and rows against the data model (no SQL, no Qt)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.core.model import CONTENT_TABLES, PROGRAM_CODE_PATTERN, TABLES, Column, Table

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_TEXT = 2_000_000  # characters in one field
MAX_BLOB = 20 * 1024 * 1024  # bytes in one attachment
MAX_INT = 2**62
PROGRAM_CODE_RE = re.compile(PROGRAM_CODE_PATTERN)  # "2.16.02", "1.02.02.2.01", "X.XX.01"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a row: where, and a message key with its arguments."""

    table: str
    row_id: str | None
    column: str | None
    key: str
    args: tuple[Any, ...] = ()


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
            return bad("value.too_long")
        if col.choices and value not in col.choices:
            return bad("value.not_choice", value, ", ".join(col.choices))
        if col.pattern and not re.fullmatch(col.pattern, value):  # the one pattern so far: program codes
            return bad("value.bad_program_code", value)
        if col.name == "target_table" and value not in CONTENT_TABLES:
            return bad("value.not_choice", value, "…")
        return None
    if t == "bool":
        return None if value in (0, 1) and not isinstance(value, float) else bad("value.not_bool")
    if t == "int":
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT:
            return bad("value.not_int")
    elif t == "real":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return bad("value.not_number")
    elif t == "blob":
        if not isinstance(value, (bytes, bytearray)):
            return bad("value.not_blob")
        return bad("value.too_long") if len(value) > MAX_BLOB else None
    if col.min is not None and value < col.min:
        return bad("value.too_small", value, col.min)
    if col.max is not None and value > col.max:
        return bad("value.too_large", value, col.max)
    return None


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
    return problems
