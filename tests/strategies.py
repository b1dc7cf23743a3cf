# SPDX-License-Identifier: GPL-3.0-or-later
"""Hypothesis strategies that generate whole, valid plans from the data model."""

from __future__ import annotations

import uuid
from typing import Any

from hypothesis import strategies as st

from smartcity_desktop.core.model import DATE_COLUMNS, TABLES, TIME_COLUMNS, Column, table_order

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
STAMP = st.builds(
    lambda d, h, m: f"{d.isoformat()}T{h:02d}:{m:02d}:00Z",
    st.dates(),
    st.integers(0, 23),
    st.integers(0, 59),
)


def _value(col: Column) -> st.SearchStrategy[Any]:
    if col.choices:
        return st.sampled_from(col.choices)
    if col.pattern:
        return st.from_regex(col.pattern, fullmatch=True)
    if col.type == "int":
        return st.integers(col.min if col.min is not None else -(2**40), col.max if col.max is not None else 2**40)
    if col.type == "real":
        return st.floats(allow_nan=False, allow_infinity=False, width=64)
    if col.type == "bool":
        return st.sampled_from((0, 1))
    if col.type == "blob":
        return st.binary(min_size=1, max_size=64)
    if col.name in ("modified_at", "created_at", "deleted_at"):
        return STAMP
    return TEXT


@st.composite
def plans(draw: st.DrawFn, max_rows: int = 3) -> dict[str, list[dict[str, Any]]]:
    """A complete, consistent set of rows for every table."""
    rows: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, list[str]] = {}
    taken: set[str] = set()

    def fresh_id() -> str:
        rid = str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)), version=4))
        while rid in taken:  # ids are unique across the whole plan
            rid = str(uuid.uuid4())
        taken.add(rid)
        return rid

    for name in table_order():
        table = TABLES[name]
        if name == "feedback":
            continue
        n = 1 if table.single else draw(st.integers(0, max_rows))
        items: list[dict[str, Any]] = []
        used: list[set[tuple[Any, ...]]] = [set() for _ in table.unique]
        for _ in range(n):
            row: dict[str, Any] = {"id": fresh_id()}
            ok = True
            for col in table.all_columns[1:]:
                if col.ref:
                    choices = ids.get(col.ref, []) if col.ref != name else [r["id"] for r in items]
                    if not choices:
                        if col.required:
                            ok = False
                            break
                        row[col.name] = None
                        continue
                    opt = st.sampled_from(choices)
                    row[col.name] = draw(opt if col.required else st.none() | opt)
                elif col.required:
                    row[col.name] = draw(_value(col))
                else:
                    row[col.name] = draw(st.none() | _value(col))
            if not ok:
                continue
            combos = [tuple(row[c] for c in u) for u in table.unique]
            if any(c in used[i] for i, c in enumerate(combos)):
                continue
            for i, c in enumerate(combos):
                used[i].add(c)
            _fix_rules(name, row)
            items.append(row)
        rows[name] = items
        ids[name] = [r["id"] for r in items]
    _keep_row_rules(rows)
    rows["feedback"] = []
    for _ in range(draw(st.integers(0, max_rows))):
        targets = [(t, i) for t in ("program", "chapter", "dimension") for i in ids.get(t, [])]
        target = draw(st.none() | st.sampled_from(targets)) if targets else None
        feedback = {
            "id": fresh_id(),
            "meeting_id": draw(st.none() | st.sampled_from(ids["meeting"])) if ids["meeting"] else None,
            "author": draw(TEXT),
            "target_table": target[0] if target else None,
            "target_id": target[1] if target else None,
            "text": draw(TEXT),
            "status": draw(st.sampled_from(TABLES["feedback"].column("status").choices or ("open",))),
            "response": draw(st.none() | TEXT),
            "given_on": None,
            "sort_key": draw(st.floats(allow_nan=False, allow_infinity=False)),
            "modified_at": draw(STAMP),
            "modified_by": draw(st.none() | TEXT),
        }
        _fix_rules("feedback", feedback)
        rows["feedback"].append(feedback)
    return rows


def _fix_rules(table: str, row: dict[str, Any]) -> None:
    """Keep generated rows inside the plan-level rules (periods and month plans run forwards)."""
    if table == "plan":
        row["period_start"] = min(row["period_start"], 2091)
        row["period_end"] = row["period_start"] + 9
    spec = TABLES[table]
    for col in spec.all_columns:
        value = row.get(col.name)
        if col.type == "text" and col.required and isinstance(value, str) and not value.strip():
            row[col.name] = "x" + value  # a required text is never blank
        if value is not None and col.name in DATE_COLUMNS:
            row[col.name] = "2017-07-18"
        if value is not None and col.name in TIME_COLUMNS:
            row[col.name] = "09:00" if col.name == "start_time" else "12:00"
    for a, b in (("first_year", "last_year"), ("start_month", "end_month")):
        if row.get(a) is not None and row.get(b) is not None and row[a] > row[b]:
            row[a], row[b] = row[b], row[a]


def _keep_row_rules(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Keep programs, budgets and targets inside the plan period and their program's years."""
    plan = rows["plan"][0]
    start, end = plan["period_start"], plan["period_end"]
    for p in rows["program"]:
        for col in ("first_year", "last_year"):
            if p[col] is not None:
                p[col] = min(max(p[col], start), end)
    programs = {p["id"]: p for p in rows["program"]}

    def fits(year: int, program: dict[str, Any] | None) -> bool:
        if not start <= year <= end:
            return False
        if program is None:
            return True
        first, last = program["first_year"], program["last_year"]
        return (first is None or year >= first) and (last is None or year <= last)

    rows["program_budget"] = [b for b in rows["program_budget"] if fits(b["year"], programs.get(b["program_id"]))]
    rows["indicator_target"] = [t for t in rows["indicator_target"] if fits(t["year"], None)]
