# SPDX-License-Identifier: GPL-3.0-or-later
"""Every figure the plan shows or prints, each computed here once, as a pure function over the plan's rows.

The dashboard, the views, ``info`` and every export (PDF, DOCX, XLSX) take their budget totals, readiness
averages, counts and colours from these functions, so screen and paper cannot disagree.

One definition of the budget: an amount counts only in a year inside the plan period and inside its program's
years (where the program states them). A budget line outside them is shown nowhere and counted nowhere (the
rules make such a line invalid anyway).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from smartcity_desktop.core.model import HORIZONS

Row = Mapping[str, Any]
Rows = Mapping[str, Sequence[Row]]

# One palette, one order (Paul Tol's "bright", colour-blind safe): dimensions without a colour of their own take
# the colour of their position, readiness components likewise.
PALETTE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB")
DEFAULT_FIRST_YEAR = 2018

# Chart sizes (points), the same on screen and on paper.
RADAR_SIZE = (400, 300)
BAR_DIMENSION_SIZE = (470, 220)
BAR_YEAR_SIZE = (470, 240)


def sort_key(row: Row) -> tuple[bool, float, str]:
    """The user order of rows: sort_key (rows without one last), then id."""
    return row.get("sort_key") is None, row.get("sort_key") or 0, str(row.get("id"))


def ordered(rows: Sequence[Row]) -> list[Row]:
    """Rows in their user order."""
    return sorted(rows, key=sort_key)


def _table(rows: Rows, name: str) -> list[Row]:
    return ordered(rows.get(name) or [])


# --- the period -----------------------------------------------------------------------------------------------
def plan_period(rows: Rows) -> tuple[int, int]:
    """First and last year of the plan (the last never before the first)."""
    plan = (rows.get("plan") or [{}])[0]
    first = int(plan.get("period_start") or DEFAULT_FIRST_YEAR)
    last = max(int(plan.get("period_end") or first), first)
    return first, last


def plan_years(rows: Rows) -> list[int]:
    first, last = plan_period(rows)
    return list(range(first, last + 1))


def dimensions(rows: Rows) -> list[Row]:
    return _table(rows, "dimension")


def programs(rows: Rows) -> list[Row]:
    """Programs in dimension order, then their own order."""
    pos = {d["id"]: i for i, d in enumerate(dimensions(rows))}
    return sorted(_table(rows, "program"), key=lambda p: pos.get(p.get("dimension_id"), len(pos)))


# --- budget ---------------------------------------------------------------------------------------------------
def counted_budget(rows: Rows) -> dict[str, dict[int, int]]:
    """program id -> year -> amount, of the budget lines that count (inside the plan period and program years)."""
    first, last = plan_period(rows)
    progs = {p["id"]: p for p in rows.get("program") or []}
    out: dict[str, dict[int, int]] = defaultdict(dict)
    for b in rows.get("program_budget") or []:
        p = progs.get(b.get("program_id"))
        if p is None or b.get("year") is None:
            continue
        year = int(b["year"])
        if not first <= year <= last:
            continue
        if p.get("first_year") is not None and year < int(p["first_year"]):
            continue
        if p.get("last_year") is not None and year > int(p["last_year"]):
            continue
        out[p["id"]][year] = out[p["id"]].get(year, 0) + int(b.get("amount") or 0)
    return dict(out)


def budget_by_program(rows: Rows) -> dict[str, int]:
    """program id -> its budget over the plan (every program, 0 when it has none)."""
    budget = counted_budget(rows)
    return {p["id"]: sum(budget.get(p["id"], {}).values()) for p in rows.get("program") or []}


def budget_total(rows: Rows) -> int:
    """The plan's whole budget."""
    return sum(sum(years.values()) for years in counted_budget(rows).values())


def budget_by_dimension_year(rows: Rows) -> dict[str, dict[int, int]]:
    """dimension id -> plan year -> amount (every dimension in order, every plan year)."""
    budget = counted_budget(rows)
    years = plan_years(rows)
    out = {d["id"]: dict.fromkeys(years, 0) for d in dimensions(rows)}
    for p in rows.get("program") or []:
        per = out.get(p.get("dimension_id"))
        if per is None:
            continue
        for year, amount in budget.get(p["id"], {}).items():
            per[year] += amount
    return out


def budget_by_dimension(rows: Rows) -> dict[str, int]:
    """dimension id -> amount (every dimension, in order)."""
    return {dim: sum(per.values()) for dim, per in budget_by_dimension_year(rows).items()}


def budget_by_year(rows: Rows) -> dict[int, int]:
    """plan year -> amount (every plan year)."""
    out = dict.fromkeys(plan_years(rows), 0)
    for years in counted_budget(rows).values():
        for year, amount in years.items():
            out[year] += amount
    return out


def _horizon(p: Row) -> str:
    h = p.get("horizon")
    return str(h) if h in HORIZONS else ""


def budget_by_horizon(rows: Rows) -> dict[str, int]:
    """horizon (quickwin, short, medium, long; "" for none) -> amount."""
    per_program = budget_by_program(rows)
    out = dict.fromkeys((*HORIZONS, ""), 0)
    for p in rows.get("program") or []:
        out[_horizon(p)] += per_program[p["id"]]
    return out


def programs_by_horizon(rows: Rows) -> dict[str, int]:
    """horizon (quickwin, short, medium, long; "" for none) -> number of programs."""
    out = dict.fromkeys((*HORIZONS, ""), 0)
    for p in rows.get("program") or []:
        out[_horizon(p)] += 1
    return out


def budget_by_lead_agency(rows: Rows) -> dict[str | None, int]:
    """lead agency id (None: no lead agency) -> amount, agencies in registry order."""
    per_program = budget_by_program(rows)
    out: dict[str | None, int] = {a["id"]: 0 for a in _table(rows, "agency")}
    for p in rows.get("program") or []:
        lead = p.get("lead_agency_id") or None
        out[lead] = out.get(lead, 0) + per_program[p["id"]]
    return out


def budget_by_funding_source(rows: Rows) -> dict[str | None, int]:
    """funding source id (None: program without a source) -> amount, sources in registry order.

    A program with several sources is split into equal shares; the remainder of the division goes to the first
    of its sources in registry order, so the shares always add up to the total.
    """
    per_program = budget_by_program(rows)
    sources = _table(rows, "funding_source")
    pos = {s["id"]: i for i, s in enumerate(sources)}
    out: dict[str | None, int] = {s["id"]: 0 for s in sources}
    mine: dict[str, list[str]] = defaultdict(list)
    for pf in rows.get("program_funding") or []:
        if pf.get("funding_source_id") in pos and pf["funding_source_id"] not in mine[pf["program_id"]]:
            mine[pf["program_id"]].append(pf["funding_source_id"])
    for p in rows.get("program") or []:
        amount = per_program[p["id"]]
        ids = sorted(mine.get(p["id"], []), key=pos.__getitem__)
        if not ids:
            out[None] = out.get(None, 0) + amount
            continue
        share = amount // len(ids)
        for n, sid in enumerate(ids):
            out[sid] += share + (amount - share * len(ids) if n == 0 else 0)
    return out


def budget_by_lead_agency_year(rows: Rows) -> dict[str | None, dict[int, int]]:
    """lead agency id (None: no lead agency) -> year -> amount of the counted budget (issue 9: the lead agency x
    year matrix); agencies in registry order."""
    budget = counted_budget(rows)
    out: dict[str | None, dict[int, int]] = {a["id"]: {} for a in _table(rows, "agency")}
    for p in rows.get("program") or []:
        cell = out.setdefault(p.get("lead_agency_id") or None, {})
        for year, amount in budget.get(p["id"], {}).items():
            cell[year] = cell.get(year, 0) + amount
    return out


def budget_by_funding_source_year(rows: Rows) -> dict[str | None, dict[int, int]]:
    """funding source id (None: no source) -> year -> amount (issue 9: the funding source x year matrix).

    A program's budget of a year with several sources is split into equal shares as in budget_by_funding_source
    (the remainder to the first source in registry order), so each year adds up to budget_by_year.
    """
    budget = counted_budget(rows)
    sources = _table(rows, "funding_source")
    pos = {s["id"]: i for i, s in enumerate(sources)}
    out: dict[str | None, dict[int, int]] = {s["id"]: {} for s in sources}
    mine: dict[str, list[str]] = defaultdict(list)
    for pf in rows.get("program_funding") or []:
        if pf.get("funding_source_id") in pos and pf["funding_source_id"] not in mine[pf["program_id"]]:
            mine[pf["program_id"]].append(pf["funding_source_id"])
    for p in rows.get("program") or []:
        ids: list[str | None] = list(sorted(mine.get(p["id"], []), key=pos.__getitem__)) or [None]
        for year, amount in budget.get(p["id"], {}).items():
            share = amount // len(ids)
            for n, sid in enumerate(ids):
                cell = out.setdefault(sid, {})
                cell[year] = cell.get(year, 0) + share + (amount - share * len(ids) if n == 0 else 0)
    return out


def programs_by_funding_source(rows: Rows) -> dict[str, int]:
    """funding source id -> number of programs it funds (sources in registry order)."""
    out = {s["id"]: 0 for s in _table(rows, "funding_source")}
    progs = {p["id"] for p in rows.get("program") or []}
    for program_id, source in {
        (pf.get("program_id"), pf.get("funding_source_id")) for pf in rows.get("program_funding") or []
    }:
        if source in out and program_id in progs:
            out[source] += 1
    return out


# --- readiness ------------------------------------------------------------------------------------------------
def _scored(rows: Rows) -> list[tuple[str, str, int]]:
    """(component id, dimension id, score) of every scored cell of the readiness grid."""
    component = {e["id"]: e.get("component_id") for e in rows.get("readiness_element") or []}
    dims = {d["id"] for d in rows.get("dimension") or []}
    return [
        (str(component[s["element_id"]]), str(s["dimension_id"]), int(s["score"]))
        for s in rows.get("readiness_score") or []
        if s.get("score") and s.get("element_id") in component and s.get("dimension_id") in dims
    ]


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def readiness_averages(rows: Rows) -> dict[str, dict[str, float | None]]:
    """component id -> dimension id -> mean score of its scored elements (None: none scored); all in order."""
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for comp, dim, score in _scored(rows):
        cells[(comp, dim)].append(score)
    dims = dimensions(rows)
    return {
        c["id"]: {d["id"]: _mean(cells.get((c["id"], d["id"]), [])) for d in dims}
        for c in _table(rows, "readiness_component")
    }


def readiness_by_component(rows: Rows) -> dict[str, float | None]:
    """component id -> mean of all its scored cells (over every dimension)."""
    cells: dict[str, list[int]] = defaultdict(list)
    for comp, _dim, score in _scored(rows):
        cells[comp].append(score)
    return {c["id"]: _mean(cells.get(c["id"], [])) for c in _table(rows, "readiness_component")}


def readiness_by_dimension(rows: Rows) -> dict[str, float | None]:
    """dimension id -> mean of all its scored cells (over every component)."""
    cells: dict[str, list[int]] = defaultdict(list)
    for _comp, dim, score in _scored(rows):
        cells[dim].append(score)
    return {d["id"]: _mean(cells.get(d["id"], [])) for d in dimensions(rows)}


def readiness_overall(rows: Rows) -> float | None:
    """Mean of every scored cell of the grid."""
    return _mean([score for _c, _d, score in _scored(rows)])


# --- counts ---------------------------------------------------------------------------------------------------
def indicator_dimensions(rows: Rows) -> dict[str, str | None]:
    """indicator id -> its dimension: its program's dimension, or its own when it has no program."""
    prog_dim = {p["id"]: p.get("dimension_id") for p in rows.get("program") or []}
    return {
        i["id"]: prog_dim.get(i["program_id"]) if i.get("program_id") else i.get("dimension_id")
        for i in rows.get("indicator") or []
    }


def program_count(rows: Rows) -> int:
    return len(rows.get("program") or [])


def quick_win_count(rows: Rows) -> int:
    """Programs marked as Quick Win."""
    return sum(1 for p in rows.get("program") or [] if p.get("is_quick_win"))


def indicator_count(rows: Rows) -> int:
    return len(rows.get("indicator") or [])


def target_count(rows: Rows) -> int:
    return len(rows.get("indicator_target") or [])


def agencies_involved(rows: Rows) -> int:
    """Agencies leading or supporting at least one program."""
    ids = {p.get("lead_agency_id") for p in rows.get("program") or [] if p.get("lead_agency_id")}
    ids |= {pa.get("agency_id") for pa in rows.get("program_agency") or [] if pa.get("agency_id")}
    return len(ids)


def participant_count(rows: Rows) -> int:
    """People on the workshop participant list."""
    return len(rows.get("participant") or [])


def chapters_written(rows: Rows) -> tuple[int, int]:
    """(chapters with text, all chapters)."""
    chapters = rows.get("chapter") or []
    return sum(1 for c in chapters if str(c.get("body_md") or "").strip()), len(chapters)


OPEN_FEEDBACK = ("open", "in_progress")  # statuses of feedback not yet dealt with


def open_feedback(rows: Rows) -> list[Row]:
    """The feedback items not yet dealt with (open or in progress), in their order."""
    return [f for f in ordered(rows.get("feedback") or []) if f.get("status") in OPEN_FEEDBACK]


def feedback_open(rows: Rows) -> int:
    """Feedback not yet dealt with (open or in progress): the count the dashboard and Kelengkapan show."""
    return len(open_feedback(rows))


def counts(rows: Rows) -> dict[str, int]:
    """The plan's counts by name (what the dashboard cards, ``info`` and the summary document show)."""
    written, chapters = chapters_written(rows)
    return {
        "dimensions": len(rows.get("dimension") or []),
        "programs": program_count(rows),
        "quick_wins": quick_win_count(rows),
        "indicators": indicator_count(rows),
        "targets": target_count(rows),
        "agencies": agencies_involved(rows),
        "participants": participant_count(rows),
        "chapters": chapters,
        "chapters_written": written,
        "feedback_open": feedback_open(rows),
    }


def dimension_counts(rows: Rows) -> dict[str, dict[str, int]]:
    """dimension id -> {programs, quick_wins, indicators} (every dimension, in order)."""
    out = {d["id"]: {"programs": 0, "quick_wins": 0, "indicators": 0} for d in dimensions(rows)}
    for p in rows.get("program") or []:
        if p.get("dimension_id") in out:
            out[p["dimension_id"]]["programs"] += 1
            out[p["dimension_id"]]["quick_wins"] += 1 if p.get("is_quick_win") else 0
    for dim in indicator_dimensions(rows).values():
        if dim in out:
            out[dim]["indicators"] += 1
    return out


# --- colours --------------------------------------------------------------------------------------------------
def _valid(color: Any) -> bool:
    c = str(color or "")
    return c.startswith("#") and len(c) in (4, 7) and all(ch in "0123456789abcdefABCDEF" for ch in c[1:])


def dimension_colors(rows: Rows) -> dict[str, str]:
    """dimension id -> its colour: its own when it has a valid one, else the palette's colour of its position."""
    return {
        d["id"]: str(d["color"]) if _valid(d.get("color")) else PALETTE[i % len(PALETTE)]
        for i, d in enumerate(dimensions(rows))
    }


def component_colors(rows: Rows) -> dict[str, str]:
    """readiness component id -> the colour of its series in the radar (palette order)."""
    return {c["id"]: PALETTE[i % len(PALETTE)] for i, c in enumerate(_table(rows, "readiness_component"))}


# --- years ------------------------------------------------------------------------------------------------------
def program_years(rows: Rows) -> dict[str, tuple[int, int]]:
    """program id -> (first, last) year: its own, else the years of its counted budget, else the plan's first."""
    budget = counted_budget(rows)
    start = plan_period(rows)[0]
    out = {}
    for p in rows.get("program") or []:
        years = sorted(budget.get(p["id"], {}))
        first = p.get("first_year") or (years[0] if years else start)
        last = p.get("last_year") or (years[-1] if years else first)
        out[p["id"]] = (int(first), max(int(last), int(first)))
    return out


def agency_label(agency: Row | None) -> str:
    """How an agency is named in tables and charts: its code, else its name."""
    return str(agency.get("code") or agency.get("name") or "") if agency else ""


# --- charts: the same data on screen and on paper -------------------------------------------------------------
def radar_chart(rows: Rows) -> dict[str, Any]:
    """Arguments of the readiness radar (exports.charts.radar_chart): one axis per dimension, one series per
    component with its average scores (0 where nothing is scored)."""
    means = readiness_averages(rows)
    colors = component_colors(rows)
    dims = dimensions(rows)
    series = [
        (str(c.get("name") or ""), [means[c["id"]][d["id"]] or 0.0 for d in dims], colors[c["id"]])
        for c in _table(rows, "readiness_component")
    ]
    width, height = RADAR_SIZE
    return {"axes": [str(d.get("name") or "") for d in dims], "series": series, "width": width, "height": height}


GANTT_WIDTH = 760


def gantt_chart(rows: Rows, lang: str, program_ids: Collection[str] | None = None) -> dict[str, Any]:
    """Arguments of the roadmap Gantt (exports.charts.gantt_chart, rows as dicts): one bar per program over its
    years, in its dimension's colour, grouped by dimension, Quick Wins marked; only ``program_ids`` when given."""
    first, last = plan_period(rows)
    years = program_years(rows)
    colors = dimension_colors(rows)
    dims = {d["id"]: d for d in rows.get("dimension") or []}
    agencies = {a["id"]: a for a in rows.get("agency") or []}
    bars = [
        {
            "label": str(p.get("name") or ""),
            "start": years[p["id"]][0],
            "end": years[p["id"]][1],
            "color": colors.get(str(p.get("dimension_id")), PALETTE[-1]),
            "group": str(dims.get(p.get("dimension_id"), {}).get("name") or ""),
            "milestone_marker": bool(p.get("is_quick_win")),
            "sublabel": agency_label(agencies.get(p.get("lead_agency_id"))),
        }
        for p in programs(rows)
        if program_ids is None or p["id"] in program_ids
    ]
    return {"rows": bars, "first_year": first, "last_year": last, "width": GANTT_WIDTH, "lang": lang}


MONTH_GANTT_WIDTH = 470


def month_gantt_chart(rows: Rows, quick_win_id: str, lang: str) -> dict[str, Any] | None:
    """Arguments of a Quick Win's month plan (exports.charts.month_gantt): one bar per step in its program's
    dimension colour, at least 12 months; None without steps."""
    steps = [s for s in _table(rows, "quick_win_step") if s.get("quick_win_id") == quick_win_id]
    if not steps:
        return None
    qw = next((q for q in rows.get("quick_win") or [] if q["id"] == quick_win_id), {})
    prog = next((p for p in rows.get("program") or [] if p["id"] == qw.get("program_id")), {})
    color = dimension_colors(rows).get(str(prog.get("dimension_id")), PALETTE[-1])
    bars: list[dict[str, Any]] = [
        {"label": str(s["activity"]), "start": int(s["start_month"]), "end": int(s["end_month"]), "color": color}
        for s in steps
    ]
    months = max([12, *(b["end"] for b in bars)])
    return {"rows": bars, "months": months, "width": MONTH_GANTT_WIDTH, "lang": lang}


def budget_dimension_chart(rows: Rows, lang: str) -> dict[str, Any]:
    """Arguments of the bar chart of the budget per dimension."""
    per = budget_by_dimension(rows)
    dims = dimensions(rows)
    width, height = BAR_DIMENSION_SIZE
    return {
        "categories": [str(d.get("name") or "") for d in dims],
        "series": [("", [per[d["id"]] for d in dims], PALETTE[0])],
        "width": width,
        "height": height,
        "value_format": "money_short",
        "lang": lang,
    }


def budget_year_chart(rows: Rows, lang: str) -> dict[str, Any]:
    """Arguments of the stacked bar chart of the budget per year, one series per dimension in its colour."""
    per = budget_by_dimension_year(rows)
    colors = dimension_colors(rows)
    years = plan_years(rows)
    width, height = BAR_YEAR_SIZE
    return {
        "categories": [str(y) for y in years],
        "series": [
            (str(d.get("name") or ""), [per[d["id"]][y] for y in years], colors[d["id"]]) for d in dimensions(rows)
        ],
        "stacked": True,
        "width": width,
        "height": height,
        "value_format": "money_short",
        "lang": lang,
    }
