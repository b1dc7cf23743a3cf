# SPDX-License-Identifier: GPL-3.0-or-later
"""Each figure of the read models on a small hand-built plan whose numbers are known."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core import figures as f
from smartcity_desktop.core.figures import PALETTE
from smartcity_desktop.storage.checksum import stamp_connection

Rows = dict[str, list[dict[str, Any]]]


def _rows() -> Rows:
    """Plan 2020-2022; P1 has a line before the plan and one after its own years, P2 one after the plan."""

    def budget(pid: str, year: int, amount: int) -> dict[str, Any]:
        return {"id": f"b-{pid}-{year}", "program_id": pid, "year": year, "amount": amount}

    return {
        "plan": [{"id": "plan", "period_start": 2020, "period_end": 2022}],
        "dimension": [
            {"id": "D2", "name": "Ekonomi", "sort_key": 2, "color": None},
            {"id": "D1", "name": "Pemerintahan", "sort_key": 1, "color": "#112233"},
            {"id": "D3", "name": "Lingkungan", "sort_key": 3, "color": "merah"},
        ],
        "agency": [
            {"id": "A1", "name": "Diskominfo", "sort_key": 1},
            {"id": "A2", "name": "Bappeda", "sort_key": 2},
            {"id": "A3", "name": "Dinas Pariwisata", "sort_key": 3},
            {"id": "A4", "name": "Dinas Sosial", "sort_key": 4},
        ],
        "funding_source": [
            {"id": "F2", "code": "APBN", "name": "APBN", "sort_key": 2},
            {"id": "F1", "code": "APBD", "name": "APBD", "sort_key": 1},
        ],
        "program": [
            {
                "id": "P1",
                "dimension_id": "D1",
                "first_year": 2020,
                "last_year": 2021,
                "horizon": "short",
                "lead_agency_id": "A1",
                "is_quick_win": 1,
                "sort_key": 1,
            },
            {
                "id": "P2",
                "dimension_id": "D2",
                "first_year": None,
                "last_year": None,
                "horizon": "long",
                "lead_agency_id": None,
                "is_quick_win": 0,
                "sort_key": 1,
            },
            {
                "id": "P3",
                "dimension_id": "D1",
                "first_year": 2021,
                "last_year": 2022,
                "horizon": "medium",
                "lead_agency_id": "A2",
                "is_quick_win": 0,
                "sort_key": 2,
            },
        ],
        "program_budget": [
            budget("P1", 2019, 50),  # before the plan: counts nowhere
            budget("P1", 2020, 101),
            budget("P1", 2021, 200),
            budget("P1", 2022, 999),  # after the program's years: counts nowhere
            budget("P2", 2021, 10),
            budget("P2", 2023, 7),  # after the plan: counts nowhere
            budget("P3", 2022, 1001),
        ],
        "program_agency": [
            {"id": "pa1", "program_id": "P1", "agency_id": "A2"},
            {"id": "pa2", "program_id": "P2", "agency_id": "A3"},
        ],
        "program_funding": [
            {"id": "pf1", "program_id": "P1", "funding_source_id": "F2"},
            {"id": "pf2", "program_id": "P1", "funding_source_id": "F1"},
            {"id": "pf3", "program_id": "P3", "funding_source_id": "F2"},
        ],
        "indicator": [
            {"id": "I1", "program_id": "P1", "dimension_id": "D2"},  # the program's dimension wins
            {"id": "I2", "program_id": None, "dimension_id": "D2"},
        ],
        "indicator_target": [
            {"id": "t1", "indicator_id": "I1", "year": 2020, "value": 1.0},
            {"id": "t2", "indicator_id": "I1", "year": 2021, "value": 2.0},
            {"id": "t3", "indicator_id": "I2", "year": 2022, "value": 3.0},
        ],
        "readiness_component": [
            {"id": "C1", "name": "Struktur", "sort_key": 1},
            {"id": "C2", "name": "Infrastruktur", "sort_key": 2},
        ],
        "readiness_element": [
            {"id": "E1", "component_id": "C1", "sort_key": 1},
            {"id": "E2", "component_id": "C1", "sort_key": 2},
            {"id": "E3", "component_id": "C2", "sort_key": 1},
        ],
        "readiness_score": [
            {"id": "s1", "element_id": "E1", "dimension_id": "D1", "score": 4},
            {"id": "s2", "element_id": "E2", "dimension_id": "D1", "score": 2},
            {"id": "s3", "element_id": "E1", "dimension_id": "D2", "score": 5},
            {"id": "s4", "element_id": "E3", "dimension_id": "D1", "score": 3},
            {"id": "s5", "element_id": "E3", "dimension_id": "D2", "score": None},  # SWOT text only
        ],
        "chapter": [{"id": "ch1", "body_md": "Teks"}, {"id": "ch2", "body_md": "  \n"}],
        "feedback": [
            {"id": "fb1", "status": "open"},
            {"id": "fb2", "status": "in_progress"},
            {"id": "fb3", "status": "done"},
        ],
        "participant": [{"id": "pp1"}, {"id": "pp2"}],
    }


def test_budget_counts_only_years_inside_the_plan_and_the_program() -> None:
    assert f.counted_budget(_rows()) == {"P1": {2020: 101, 2021: 200}, "P2": {2021: 10}, "P3": {2022: 1001}}


def test_budget_by_program_and_total() -> None:
    rows = _rows()
    assert f.budget_by_program(rows) == {"P1": 301, "P2": 10, "P3": 1001}
    assert f.budget_total(rows) == 1312


def test_budget_by_dimension_and_year() -> None:
    rows = _rows()
    assert f.budget_by_dimension(rows) == {"D1": 1302, "D2": 10, "D3": 0}
    assert list(f.budget_by_dimension(rows)) == ["D1", "D2", "D3"]  # in the plan's order
    assert f.budget_by_year(rows) == {2020: 101, 2021: 210, 2022: 1001}
    assert f.budget_by_dimension_year(rows) == {
        "D1": {2020: 101, 2021: 200, 2022: 1001},
        "D2": {2020: 0, 2021: 10, 2022: 0},
        "D3": {2020: 0, 2021: 0, 2022: 0},
    }


def test_budget_by_horizon_lead_agency_and_funding_source() -> None:
    rows = _rows()
    assert f.budget_by_horizon(rows) == {"quickwin": 0, "short": 301, "medium": 1001, "long": 10, "": 0}
    assert f.programs_by_horizon(rows) == {"quickwin": 0, "short": 1, "medium": 1, "long": 1, "": 0}
    assert f.budget_by_lead_agency(rows) == {"A1": 301, "A2": 1001, "A3": 0, "A4": 0, None: 10}
    # P1's 301 is split over APBD and APBN; the odd rupiah goes to the first source in registry order (APBD)
    assert f.budget_by_funding_source(rows) == {"F1": 151, "F2": 150 + 1001, None: 10}
    assert sum(f.budget_by_funding_source(rows).values()) == f.budget_total(rows)
    assert f.programs_by_funding_source(rows) == {"F1": 1, "F2": 2}
    assert sum(f.budget_by_lead_agency(rows).values()) == f.budget_total(rows)


def test_readiness_averages() -> None:
    rows = _rows()
    assert f.readiness_averages(rows) == {
        "C1": {"D1": 3.0, "D2": 5.0, "D3": None},
        "C2": {"D1": 3.0, "D2": None, "D3": None},
    }
    assert f.readiness_by_component(rows) == {"C1": pytest.approx(11 / 3), "C2": 3.0}
    assert f.readiness_by_dimension(rows) == {"D1": 3.0, "D2": 5.0, "D3": None}
    assert f.readiness_overall(rows) == 3.5
    assert f.readiness_overall({"readiness_score": []}) is None


def test_counts() -> None:
    rows = _rows()
    assert f.counts(rows) == {
        "dimensions": 3,
        "programs": 3,
        "quick_wins": 1,
        "indicators": 2,
        "targets": 3,
        "agencies": 3,  # A1 and A2 lead, A2 and A3 support; A4 does nothing
        "participants": 2,
        "chapters": 2,
        "chapters_written": 1,
        "feedback_open": 2,
    }
    assert f.dimension_counts(rows) == {
        "D1": {"programs": 2, "quick_wins": 1, "indicators": 1},
        "D2": {"programs": 1, "quick_wins": 0, "indicators": 1},
        "D3": {"programs": 0, "quick_wins": 0, "indicators": 0},
    }


def test_colours_one_palette_one_order() -> None:
    rows = _rows()
    # its own colour where valid, else the palette's colour of its position ("merah" is not a colour)
    assert f.dimension_colors(rows) == {"D1": "#112233", "D2": PALETTE[1], "D3": PALETTE[2]}
    assert f.component_colors(rows) == {"C1": PALETTE[0], "C2": PALETTE[1]}


def test_chart_data() -> None:
    rows = _rows()
    radar = f.radar_chart(rows)
    assert radar["axes"] == ["Pemerintahan", "Ekonomi", "Lingkungan"]
    assert radar["series"] == [
        ("Struktur", [3.0, 5.0, 0.0], PALETTE[0]),
        ("Infrastruktur", [3.0, 0.0, 0.0], PALETTE[1]),
    ]
    bars = f.budget_dimension_chart(rows, "id")
    assert bars["categories"] == ["Pemerintahan", "Ekonomi", "Lingkungan"]
    assert bars["series"] == [("", [1302, 10, 0], PALETTE[0])]
    years = f.budget_year_chart(rows, "en")
    assert years["categories"] == ["2020", "2021", "2022"]
    assert years["series"][0] == ("Pemerintahan", [101, 200, 1001], "#112233")
    assert years["lang"] == "en" and years["stacked"]


def test_years_and_gantts() -> None:
    rows = _rows()
    # P2 has no years of its own: those of its counted budget (2021; the 2023 line is outside the plan)
    assert f.program_years(rows) == {"P1": (2020, 2021), "P2": (2021, 2021), "P3": (2021, 2022)}
    gantt = f.gantt_chart(rows, "id")
    assert (gantt["first_year"], gantt["last_year"]) == (2020, 2022)
    assert [(b["start"], b["end"], b["color"], b["group"], b["sublabel"]) for b in gantt["rows"]] == [
        (2020, 2021, "#112233", "Pemerintahan", "Diskominfo"),  # the lead agency's code, else its name
        (2021, 2022, "#112233", "Pemerintahan", "Bappeda"),
        (2021, 2021, PALETTE[1], "Ekonomi", ""),
    ]
    assert [b["milestone_marker"] for b in gantt["rows"]] == [True, False, False]
    assert len(f.gantt_chart(rows, "id", {"P2"})["rows"]) == 1
    rows = dict(rows, quick_win=[{"id": "Q1", "program_id": "P2"}], quick_win_step=[
        {"id": "st2", "quick_win_id": "Q1", "activity": "Uji coba", "start_month": 3, "end_month": 14, "sort_key": 2},
        {"id": "st1", "quick_win_id": "Q1", "activity": "Survei", "start_month": 1, "end_month": 2, "sort_key": 1},
    ])  # fmt: skip
    plan = f.month_gantt_chart(rows, "Q1", "en")
    assert plan is not None and plan["months"] == 14 and plan["lang"] == "en"
    assert [(b["label"], b["color"]) for b in plan["rows"]] == [("Survei", PALETTE[1]), ("Uji coba", PALETTE[1])]
    assert f.month_gantt_chart(rows, "nothing", "en") is None


# --- through a plan file: storage reads, services hand out, the same numbers -----------------------------------
@pytest.fixture
def plan_with_budgets(plan_file: Path) -> Path:
    """The template plan (2018-2027) with two programs; one has a budget line after its years, written the way an
    older version or another tool could have (straight into the file)."""
    from smartcity_desktop.storage.db import PlanDB, connect

    conn = connect(plan_file)
    db = PlanDB(conn, who="test")
    dims = db.rows("dimension")
    with db.action():
        p1 = db.insert(
            "program",
            {
                "dimension_id": dims[0]["id"],
                "name": "Satu Data",
                "status": "planned",
                "is_quick_win": 1,
                "first_year": 2018,
                "last_year": 2019,
            },
        )
        p2 = db.insert(
            "program", {"dimension_id": dims[1]["id"], "name": "Pasar Digital", "status": "planned", "is_quick_win": 0}
        )
        db.insert("program_budget", {"program_id": p1, "year": 2018, "amount": 400_000_000})
        db.insert("program_budget", {"program_id": p1, "year": 2019, "amount": 350_000_000})
        db.insert("program_budget", {"program_id": p2, "year": 2020, "amount": 5_000_000})
        # an indicator of Satu Data that also names the second dimension: it belongs to its program's dimension
        db.insert("indicator", {"program_id": p1, "dimension_id": dims[1]["id"], "name": "Dataset terbuka"})
    stamp_connection(conn)  # as the app writes it
    conn.close()
    raw = sqlite3.connect(plan_file)
    raw.execute(
        "INSERT INTO program_budget (id, program_id, year, amount, modified_at) VALUES (?, ?, 2021, 70000000, ?)",
        ("00000000-0000-4000-8000-000000000001", p1, "2024-01-01T00:00:00Z"),
    )
    raw.execute("UPDATE dimension SET color = NULL WHERE id = ?", (dims[1]["id"],))
    raw.commit()
    stamp_connection(raw)  # as the app writes it
    raw.close()
    return plan_file


def test_program_table_info_and_dashboard_share_the_definition(plan_with_budgets: Path) -> None:
    from smartcity_desktop.services import figures
    from smartcity_desktop.services.plans import summary
    from smartcity_desktop.storage import program_queries
    from smartcity_desktop.storage.db import PlanDB, connect

    assert summary(plan_with_budgets).budget_total == 755_000_000  # the 2021 line of Satu Data is not counted
    conn = connect(plan_with_budgets)
    try:
        db = PlanDB(conn, who="test")
        totals = {r["name"]: r["budget_total"] for r in program_queries.program_table(db)}
        assert totals == {"Satu Data": 750_000_000, "Pasar Digital": 5_000_000}
        one = program_queries.program_table(db, program_id=db.rows("program", name="Satu Data")[0]["id"])
        assert one[0]["budget_total"] == 750_000_000
        assert [r["budget_total"] for r in program_queries.quick_win_table(db)] == [750_000_000]
        dash = figures.dashboard(db, "id")
        assert dash.budget_total == 755_000_000
        assert [line.budget for line in dash.dimensions][:2] == [750_000_000, 5_000_000]
        assert dash.counts["programs"] == 2 and dash.counts["quick_wins"] == 1
        assert set(dash.charts) == {"by_dimension", "by_year", "radar"}
        assert figures.readiness_radar(db) == dash.charts["radar"][1]
        # the roadmap and dimension views read the same totals and the same colours as the charts of the documents
        from smartcity_desktop.storage import profile_queries

        roadmap = {r["name"]: (r["budget"], r["dimension_color"]) for r in profile_queries.roadmap_programs(db)}
        colors = [line.color for line in dash.dimensions]
        assert colors[1] == PALETTE[1]
        assert roadmap == {"Satu Data": (750_000_000, colors[0]), "Pasar Digital": (5_000_000, PALETTE[1])}
        dim_id = dash.dimensions[0].id
        assert [r["budget"] for r in profile_queries.dimension_programs(db, dim_id)] == [750_000_000]
        table_colors = {r["name"]: r["dimension_color"] for r in program_queries.program_table(db)}
        assert table_colors["Pasar Digital"] == PALETTE[1]
        assert figures.dimension_colors(db) == {line.id: line.color for line in dash.dimensions}
        assert [line.indicators for line in dash.dimensions][:2] == [1, 0]
        assert [r["dim_id"] for r in program_queries.indicator_table(db)] == [dash.dimensions[0].id]
    finally:
        stamp_connection(conn)  # as the app writes it
        conn.close()
