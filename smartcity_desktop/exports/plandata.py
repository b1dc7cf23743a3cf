# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's rows indexed for document building: ordered lists, lookups, budgets, labels and formats."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import Any

from smartcity_desktop.core import formats, labels
from smartcity_desktop.resources import load_json, text

Row = dict[str, Any]
Rows = dict[str, list[Row]]
DEFAULT_COLORS = ("#4477AA", "#66CCEE", "#228833", "#CCBB44", "#EE6677", "#AA3377", "#BBBBBB")


def _ordered(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: (r.get("sort_key") is None, r.get("sort_key") or 0, str(r.get("id"))))


class PlanData:
    """Read-only view of one plan's rows with the lookups the document builders need."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        plans = rows.get("plan") or [{}]
        self.plan: Row = plans[0]
        self.lang = "en" if self.plan.get("language") == "en" else "id"
        # value labels ("horizon.short", "noun.quick_win") come from the one catalogue, core/labels.py
        self._labels: dict[str, Any] = {**load_json("templates", "document_labels.json"), **labels.keyed()}
        self._tables: dict[str, list[Row]] = {}

    # --- labels and formats -------------------------------------------------------------------------------
    def label(self, key: str, *args: Any) -> str:
        """The document label ``key`` in the plan's language, arguments filled in."""
        value = text(self._labels.get(key, key), self.lang)
        return value.format(*args) if args else value

    def money(self, amount: int | None) -> str:
        return formats.format_rupiah(amount, self.lang) if amount is not None else ""

    def money_short(self, amount: int | float) -> str:
        return formats.format_rupiah_short(int(amount), self.lang)

    def number(self, value: float | int | None) -> str:
        return formats.format_number(value, lang=self.lang)

    def date(self, value: str | None) -> str:
        return formats.format_date(value, self.lang) if value else ""

    def years(self, first: int | None, last: int | None) -> str:
        if first is None and last is None:
            return ""
        if first is None or last is None or first == last:
            return str(first or last)
        return f"{first}–{last}"

    # --- the plan -----------------------------------------------------------------------------------------
    @property
    def region(self) -> str:
        """'Kabupaten Lombok Timur' (Indonesian) / 'Regency of Lombok Timur' (English)."""
        kind = self.plan.get("region_type") or ""
        prefix = self.label(f"region.{kind}") if kind in ("kabupaten", "kota") else ""
        return f"{prefix} {self.plan.get('region_name') or ''}".strip()

    @property
    def first_year(self) -> int:
        return int(self.plan.get("period_start") or 2018)

    @property
    def last_year(self) -> int:
        return max(int(self.plan.get("period_end") or self.first_year), self.first_year)

    @property
    def plan_years(self) -> list[int]:
        return list(range(self.first_year, self.last_year + 1))

    @property
    def draft(self) -> bool:
        return self.plan.get("status") != "final"

    @property
    def period(self) -> str:
        return self.label("cover.period", self.first_year, self.last_year)

    def table(self, name: str) -> list[Row]:
        """Rows of ``name`` in their user order."""
        ordered = self._tables.get(name)
        if ordered is None:
            ordered = self._tables[name] = _ordered(self.rows.get(name) or [])
        return list(ordered)

    @cached_property
    def by_id(self) -> dict[str, Row]:
        return {r["id"]: r for rows in self.rows.values() for r in rows if isinstance(r, dict) and r.get("id")}

    def get(self, row_id: str | None) -> Row | None:
        return self.by_id.get(row_id) if row_id else None

    def name_of(self, row_id: str | None, column: str = "name") -> str:
        row = self.get(row_id)
        return str(row.get(column) or "") if row else ""

    def agency_name(self, agency_id: str | None) -> str:
        row = self.get(agency_id)
        if not row:
            return ""
        return str(row.get("code") or row.get("name") or "")

    # --- dimensions and programs --------------------------------------------------------------------------
    @cached_property
    def dimensions(self) -> list[Row]:
        return self.table("dimension")

    def color(self, dimension_id: str | None) -> str:
        for i, d in enumerate(self.dimensions):
            if d["id"] == dimension_id:
                c = str(d.get("color") or "")
                return c if c.startswith("#") and len(c) in (4, 7) else DEFAULT_COLORS[i % len(DEFAULT_COLORS)]
        return DEFAULT_COLORS[-1]

    @cached_property
    def programs(self) -> list[Row]:
        """Programs in dimension order, then their own order."""
        dim_pos = {d["id"]: i for i, d in enumerate(self.dimensions)}
        progs = self.table("program")
        return sorted(progs, key=lambda p: dim_pos.get(p.get("dimension_id"), len(dim_pos)))

    def programs_of(self, dimension_id: str) -> list[Row]:
        return [p for p in self.programs if p.get("dimension_id") == dimension_id]

    @cached_property
    def budget(self) -> dict[str, dict[int, int]]:
        """program id -> year -> amount."""
        out: dict[str, dict[int, int]] = defaultdict(dict)
        for b in self.rows.get("program_budget") or []:
            out[b["program_id"]][int(b["year"])] = int(b.get("amount") or 0)
        return out

    def program_total(self, program_id: str) -> int:
        return sum(self.budget.get(program_id, {}).values())

    def program_years(self, p: Row) -> tuple[int, int]:
        """First and last year of a program (its budget years when the years are not set)."""
        years = sorted(self.budget.get(p["id"], {}))
        first = p.get("first_year") or (years[0] if years else self.first_year)
        last = p.get("last_year") or (years[-1] if years else first)
        return int(first), max(int(last), int(first))

    def dimension_year_budget(self) -> dict[str, dict[int, int]]:
        """dimension id -> year -> amount."""
        out: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for p in self.programs:
            for year, amount in self.budget.get(p["id"], {}).items():
                out[p["dimension_id"]][year] += amount
        return out

    @property
    def budget_years(self) -> list[int]:
        years = {y for b in self.budget.values() for y in b}
        return sorted(years | set(self.plan_years))

    @cached_property
    def supporting(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for pa in self.rows.get("program_agency") or []:
            out[pa["program_id"]].append(self.agency_name(pa["agency_id"]))
        return out

    @cached_property
    def funding(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for pf in self.rows.get("program_funding") or []:
            src = self.get(pf["funding_source_id"])
            if src:
                out[pf["program_id"]].append(str(src.get("code") or src.get("name") or ""))
        return out

    # --- indicators and quick wins ------------------------------------------------------------------------
    @cached_property
    def targets(self) -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = defaultdict(dict)
        for t in self.rows.get("indicator_target") or []:
            out[t["indicator_id"]][int(t["year"])] = t["value"]
        return out

    def indicators_of_dimension(self, dimension_id: str) -> list[Row]:
        """Indicators of a dimension: its own and those of its programs."""
        progs = {p["id"] for p in self.programs_of(dimension_id)}
        return [
            i
            for i in self.table("indicator")
            if i.get("program_id") in progs or (not i.get("program_id") and i.get("dimension_id") == dimension_id)
        ]

    def indicators_of_program(self, program_id: str) -> list[Row]:
        return list(self._indicators_by_program.get(program_id, ()))

    @cached_property
    def _indicators_by_program(self) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = defaultdict(list)
        for i in self.table("indicator"):
            out[i.get("program_id") or ""].append(i)
        return out

    @cached_property
    def quick_wins(self) -> list[tuple[Row, Row]]:
        """(quick_win, program) pairs in program order."""
        by_prog = {q["program_id"]: q for q in self.rows.get("quick_win") or []}
        return [(by_prog[p["id"]], p) for p in self.programs if p["id"] in by_prog]

    def steps_of(self, quick_win_id: str) -> list[Row]:
        return list(self._steps_by_quick_win.get(quick_win_id, ()))

    @cached_property
    def _steps_by_quick_win(self) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = defaultdict(list)
        for s in self.table("quick_win_step"):
            out[s.get("quick_win_id") or ""].append(s)
        return out

    @cached_property
    def logo(self) -> bytes | None:
        att = self.get(self.plan.get("logo_id"))
        data = att.get("data") if att else None
        return bytes(data) if isinstance(data, bytes | bytearray | memoryview) else None
