# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's rows indexed for document building: ordered lists, lookups, budgets, labels and formats."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import Any, Generic, TypeVar, overload

from smartcity_desktop.core import figures, formats, labels
from smartcity_desktop.resources import load_json, text

Row = dict[str, Any]
Rows = dict[str, list[Row]]


def _ordered(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=figures.sort_key)


CHOSEN = ("chosen", "running", "done")
T = TypeVar("T")


class _Figure(Generic[T]):
    """A figure of core.figures over the document's rows, computed on first use and then kept."""

    def __init__(self, compute: Callable[[Rows], T]) -> None:
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _Figure[T]: ...
    @overload
    def __get__(self, obj: PlanData, owner: type | None = None) -> T: ...
    def __get__(self, obj: PlanData | None, owner: type | None = None) -> T | _Figure[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.compute(obj.rows)
        return value


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
        self._children: dict[tuple[str, str], dict[str, list[Row]]] = {}

    # --- labels and formats -------------------------------------------------------------------------------
    def label(self, key: str, *args: Any) -> str:
        """The document label ``key`` in the plan's language, arguments filled in."""
        value = text(self._labels.get(key, key), self.lang)
        return value.format(*args) if args else value

    def labeller(self) -> Callable[..., str]:
        """``label`` as a function that holds the labels only, not the plan's rows (for parts that keep it in a
        recursive closure: a reference cycle that, while an export pauses gc, would keep every row until the end)."""
        labels, lang = self._labels, self.lang

        def label(key: str, *args: Any) -> str:
            value = text(labels.get(key, key), lang)
            return value.format(*args) if args else value

        return label

    def money(self, amount: int | None) -> str:
        """A Rupiah amount with a no-break space after "Rp": an amount is never wrapped (PDF, DOCX)."""
        return formats.format_rupiah(amount, self.lang).replace(" ", "\xa0") if amount is not None else ""

    def money_short(self, amount: int | float) -> str:
        return formats.format_rupiah_short(int(amount), self.lang).replace(" ", "\xa0")

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
        return figures.plan_period(self.rows)[0]

    @property
    def last_year(self) -> int:
        return figures.plan_period(self.rows)[1]

    @property
    def plan_years(self) -> list[int]:
        return figures.plan_years(self.rows)

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
        return figures.agency_label(self.get(agency_id))

    # --- dimensions and programs --------------------------------------------------------------------------
    @cached_property
    def dimensions(self) -> list[Row]:
        return self.table("dimension")

    @cached_property
    def _colors(self) -> dict[str, str]:
        return figures.dimension_colors(self.rows)

    def color(self, dimension_id: str | None) -> str:
        return self._colors.get(dimension_id or "", figures.PALETTE[-1])

    @cached_property
    def programs(self) -> list[Row]:
        """Programs in dimension order, then their own order."""
        dim_pos = {d["id"]: i for i, d in enumerate(self.dimensions)}
        progs = self.table("program")
        return sorted(progs, key=lambda p: dim_pos.get(p.get("dimension_id"), len(dim_pos)))

    def programs_of(self, dimension_id: str) -> list[Row]:
        return [p for p in self.programs if p.get("dimension_id") == dimension_id]

    budget = _Figure(figures.counted_budget)  # program id -> year -> amount, of the lines that count
    _program_totals = _Figure(figures.budget_by_program)
    _program_years = _Figure(figures.program_years)

    def program_total(self, program_id: str) -> int:
        return self._program_totals.get(program_id, 0)

    def program_years(self, p: Row) -> tuple[int, int]:
        """First and last year of a program (its budget years when the years are not set)."""
        return self._program_years.get(p["id"]) or (self.first_year, self.first_year)

    # The figures of core.figures, computed once per document.
    budget_by_dimension_year = _Figure(figures.budget_by_dimension_year)  # dimension id -> plan year -> amount
    budget_by_dimension = _Figure(figures.budget_by_dimension)
    budget_by_year = _Figure(figures.budget_by_year)
    budget_total = _Figure(figures.budget_total)
    counts = _Figure(figures.counts)
    readiness_averages = _Figure(figures.readiness_averages)

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
        """Indicators of a dimension: those of its programs and its own (core.figures.indicator_dimensions)."""
        return [i for i in self.table("indicator") if self._indicator_dims.get(i["id"]) == dimension_id]

    @cached_property
    def _indicator_dims(self) -> dict[str, str | None]:
        return figures.indicator_dimensions(self.rows)

    def children(self, table: str, column: str, parent_id: str) -> list[Row]:
        """The rows of ``table`` (in their order) whose ``column`` names ``parent_id``."""
        key = (table, column)
        if key not in self._children:
            grouped: dict[str, list[Row]] = defaultdict(list)
            for r in self.table(table):
                grouped[r.get(column) or ""].append(r)
            self._children[key] = grouped
        return list(self._children[key].get(parent_id, ()))

    def indicators_of_program(self, program_id: str) -> list[Row]:
        return self.children("indicator", "program_id", program_id)

    @cached_property
    def quick_wins(self) -> list[tuple[Row, Row]]:
        """(quick_win, program) pairs in program order."""
        by_prog = {q["program_id"]: q for q in self.rows.get("quick_win") or []}
        return [(by_prog[p["id"]], p) for p in self.programs if p["id"] in by_prog]

    @property
    def chosen_quick_wins(self) -> list[tuple[Row, Row]]:
        """Quick Wins chosen (chosen, running or done): the Quick Win chapter's; candidates and dropped ones are
        listed apart (``other_quick_wins``)."""
        return [(q, p) for q, p in self.quick_wins if q.get("status") in CHOSEN]

    @property
    def other_quick_wins(self) -> list[tuple[Row, Row]]:
        return [(q, p) for q, p in self.quick_wins if q.get("status") not in CHOSEN]

    def steps_of(self, quick_win_id: str) -> list[Row]:
        return self.children("quick_win_step", "quick_win_id", quick_win_id)

    @cached_property
    def logo(self) -> bytes | None:
        att = self.get(self.plan.get("logo_id"))
        data = att.get("data") if att else None
        return bytes(data) if isinstance(data, bytes | bytearray | memoryview) else None
