# SPDX-License-Identifier: GPL-3.0-or-later
"""The built-in demo plan (Lombok Timur 2017): valid, consistent, deterministic and complete."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest

from smartcity_desktop.core.interchange import check_consistency
from smartcity_desktop.core.validate import check_row
from smartcity_desktop.demo import demo_rows

Rows = dict[str, list[dict[str, Any]]]
DIMS = {"economy", "people", "governance", "mobility", "environment", "living"}
BIMTEK_DATES = [
    "2017-07-18", "2017-07-19", "2017-09-04", "2017-09-05",
    "2017-09-27", "2017-09-28", "2017-10-26", "2017-10-27",
]  # fmt: skip


@pytest.fixture(scope="module")
def rows() -> Rows:
    return demo_rows()


def by_id(rows: Rows, table: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in rows[table]}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_row_is_valid_and_consistent(lang: str) -> None:
    rows = demo_rows(lang)
    problems = [p for table, items in rows.items() for r in items for p in check_row(table, r)]
    assert problems == []
    assert check_consistency(rows) == []
    assert rows["plan"][0]["language"] == lang


def test_english_uses_english_template_names() -> None:
    rows = demo_rows("en")
    titles = {c["key"]: c["title"] for c in rows["chapter"]}
    assert titles["bab1"] == "Introduction"
    assert "demo data" in rows["plan"][0]["notes"].lower()


def test_deterministic() -> None:
    assert demo_rows() == demo_rows()
    assert demo_rows("en") == demo_rows("en")


def test_plan_row(rows: Rows) -> None:
    (plan,) = rows["plan"]
    assert plan["region_name"] == "Lombok Timur"
    assert plan["region_type"] == "kabupaten"
    assert plan["capital"] == "Selong"
    assert plan["motto"] == "Patuh Karya"
    assert plan["region_code"] == "52.03"
    assert plan["province"] == "Nusa Tenggara Barat"
    assert (plan["period_start"], plan["period_end"]) == (2018, 2027)
    assert plan["status"] == "draft"
    assert plan["vision"] and plan["vision_explanation"]
    assert "Data demo: contoh fiktif berdasarkan fakta publik" in plan["notes"]
    assert "ilustratif" in plan["notes"]


def test_profile(rows: Rows) -> None:
    districts = rows["district"]
    assert len(districts) == 20
    assert len({d["name"] for d in districts}) == 20
    assert sum(d["population"] for d in districts) == 1289907
    assert sum(d["villages"] for d in districts) == 239
    assert sum(d["urban_villages"] for d in districts) == 15
    stats = {s["name"]: s for s in rows["statistic"]}
    assert stats["Jumlah penduduk"]["value"] == 1289907
    assert stats["Jumlah penduduk"]["source"]
    assert any(s["value"] == 1325240 for s in rows["statistic"])
    assert any("ilustratif" in (s["source"] or "").lower() for s in rows["statistic"])


def test_vision_missions_goals_objectives(rows: Rows) -> None:
    assert 4 <= len(rows["mission"]) <= 5
    missions = by_id(rows, "mission")
    goals = by_id(rows, "goal")
    assert goals and all(g["mission_id"] in missions for g in goals.values())
    assert {g["mission_id"] for g in goals.values()} == set(missions)
    assert rows["objective"] and all(o["goal_id"] in goals for o in rows["objective"])


def test_readiness_scores_cover_every_pair(rows: Rows) -> None:
    pairs = Counter((s["element_id"], s["dimension_id"]) for s in rows["readiness_score"])
    expected = {(e["id"], d["id"]) for e in rows["readiness_element"] for d in rows["dimension"]}
    assert set(pairs) == expected and max(pairs.values()) == 1
    scores = [s["score"] for s in rows["readiness_score"]]
    assert all(1 <= s <= 5 for s in scores) and len(set(scores)) >= 3
    with_swot = [s for s in rows["readiness_score"] if s["strengths"] and s["threats"]]
    assert len(with_swot) > len(scores) * 0.8


def test_strategies_per_dimension(rows: Rows) -> None:
    per_dim = Counter(s["dimension_id"] for s in rows["strategy"])
    assert set(per_dim) == {d["id"] for d in rows["dimension"]}
    assert all(2 <= n <= 3 for n in per_dim.values())
    assert {i["dimension_id"] for i in rows["strategic_issue"]} == set(per_dim)


def test_programs(rows: Rows) -> None:
    programs = rows["program"]
    dims = {d["id"]: d["code"] for d in rows["dimension"]}
    elements = by_id(rows, "element")
    strategies = by_id(rows, "strategy")
    assert len(programs) >= 30
    per_dim = Counter(dims[p["dimension_id"]] for p in programs)
    assert set(per_dim) == DIMS and min(per_dim.values()) >= 5
    budgets = defaultdict(dict)
    for b in rows["program_budget"]:
        budgets[b["program_id"]][b["year"]] = b["amount"]
    funding = Counter(f["program_id"] for f in rows["program_funding"])
    for p in programs:
        assert elements[p["element_id"]]["dimension_id"] == p["dimension_id"]
        assert strategies[p["strategy_id"]]["dimension_id"] == p["dimension_id"]
        assert p["lead_agency_id"] and p["description"] and p["activities"]
        assert 2018 <= p["first_year"] <= p["last_year"] <= 2027
        assert p["horizon"] and p["priority"]
        years = set(range(p["first_year"], p["last_year"] + 1))
        assert set(budgets[p["id"]]) == years
        assert all(10_000_000 <= a <= 5_000_000_000 for a in budgets[p["id"]].values())
        assert 1 <= funding[p["id"]] <= 2
    assert {a["program_id"] for a in rows["program_agency"]} == {p["id"] for p in programs}


def test_quick_wins(rows: Rows) -> None:
    dims = {d["id"]: d["code"] for d in rows["dimension"]}
    qw_programs = [p for p in rows["program"] if p["is_quick_win"]]
    assert len(qw_programs) >= 8
    assert {dims[p["dimension_id"]] for p in qw_programs} == DIMS
    quick_wins = {q["program_id"]: q for q in rows["quick_win"]}
    steps = Counter(s["quick_win_id"] for s in rows["quick_win_step"])
    for p in qw_programs:
        assert p["horizon"] == "quickwin" and p["first_year"] == 2018 and p["last_year"] in (2018, 2019)
        q = quick_wins[p["id"]]
        assert q["problem"] and q["innovation"] and q["risks"] and 1 <= q["innovation_score"] <= 5
        assert q["status"] in ("candidate", "chosen", "running")
        assert 3 <= steps[q["id"]] <= 6
    assert set(quick_wins) == {p["id"] for p in qw_programs}
    assert all(1 <= s["start_month"] <= s["end_month"] <= 12 for s in rows["quick_win_step"])


def test_indicators_and_targets(rows: Rows) -> None:
    programs = by_id(rows, "program")
    indicators = rows["indicator"]
    assert len(indicators) >= 70
    targets = defaultdict(set)
    for t in rows["indicator_target"]:
        targets[t["indicator_id"]].add(t["year"])
    for ind in indicators:
        p = programs[ind["program_id"]]
        assert ind["unit"] and ind["data_source"] and ind["baseline_year"] == 2017
        assert ind["baseline_value"] is not None and ind["dimension_id"] == p["dimension_id"]
        assert targets[ind["id"]] == set(range(p["first_year"], p["last_year"] + 1))
    per_program = Counter(i["program_id"] for i in indicators)
    assert sum(n >= 2 for n in per_program.values()) >= 0.7 * len(programs)
    assert sum(1 for i in indicators if i["library_id"]) >= 5


def test_chapters(rows: Rows) -> None:
    chapters = rows["chapter"]
    assert all((c["body_md"] or "").strip() for c in chapters)
    top = [c for c in chapters if c["parent_id"] is None]
    assert {c["key"] for c in top} >= {f"bab{i}" for i in range(1, 9)} | {"lampiran"}
    for c in top:
        assert 150 <= len(c["body_md"].split()) <= 450, c["key"]
        assert not c["body_md"].lstrip().startswith(f"## {c['title']}")  # the title is the heading already
    assert any("|---|" in c["body_md"] for c in chapters)
    assert any("- " in c["body_md"] and "**" in c["body_md"] for c in chapters)
    assert len({c["status"] for c in chapters}) == 3
    background = next(c for c in chapters if c["key"] == "bab1.latar_belakang")
    assert "dokumen demo" in background["body_md"].splitlines()[0].lower()
    assert all("{" not in c["body_md"] for c in chapters)  # every placeholder filled


def test_institutions(rows: Rows) -> None:
    bodies = Counter(m["body"] for m in rows["institution_member"])
    assert bodies["dewan"] >= 3 and bodies["tim_pelaksana"] >= 3
    regs = rows["regulation"]
    assert any(r["kind"] == "Keputusan Bupati" and r["status"] == "enacted" for r in regs)
    assert any(r["kind"] == "Peraturan Bupati" and r["status"] in ("draft", "in_process") for r in regs)


def test_workshops(rows: Rows) -> None:
    stages = {s["id"]: s["number"] for s in rows["workshop_stage"]}
    assert sorted(stages.values()) == [1, 2, 3, 4]
    meetings = rows["meeting"]
    assert sorted(m["date"] for m in meetings) == BIMTEK_DATES
    per_stage = Counter(stages[m["stage_id"]] for m in meetings)
    assert per_stage == {1: 2, 2: 2, 3: 2, 4: 2}
    for m in meetings:
        assert "Didik Partono Rudiarto" in m["resource_person"]
        assert "Selong" in m["venue"]
        assert m["chair"] and m["minute_taker"] and m["agenda"] and m["minutes_md"] and m["decisions"]
    participants = rows["participant"]
    assert 20 <= len(participants) <= 30
    assert all(len(p["nip"]) == 18 and p["nip"].isdigit() and p["agency_id"] for p in participants)
    attendance = Counter(a["meeting_id"] for a in rows["attendance"])
    assert all(attendance[m["id"]] == len(participants) for m in meetings)
    present = sum(a["present"] for a in rows["attendance"])
    assert 0.8 * len(rows["attendance"]) <= present < len(rows["attendance"])


def test_feedback_and_actions(rows: Rows) -> None:
    feedback = rows["feedback"]
    assert len(feedback) >= 12
    assert {f["target_table"] for f in feedback} >= {"program", "chapter", "dimension", "quick_win"}
    assert len({f["status"] for f in feedback}) >= 3
    assert all("Didik Partono Rudiarto" in f["author"] and f["meeting_id"] for f in feedback)
    actions = rows["action_item"]
    assert actions and any(a["feedback_id"] for a in actions)
    assert all(a["agency_id"] and a["due_date"] and a["meeting_id"] for a in actions)
