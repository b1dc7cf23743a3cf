# SPDX-License-Identifier: GPL-3.0-or-later
"""Completeness rules over plain rows (no Qt, no SQL)."""

from __future__ import annotations

from typing import Any

import pytest

from smartcity_desktop.core.rules import check_plan, locate
from smartcity_desktop.services.templates import new_plan_rows


@pytest.fixture
def rows() -> dict[str, list[dict[str, Any]]]:
    return new_plan_rows("Lombok Timur")


def keys(rows: dict[str, list[dict[str, Any]]]) -> list[str]:
    return [f.key for f in check_plan(rows)]


def _program(rows: dict[str, Any], **values: Any) -> dict[str, Any]:
    p = {
        "id": f"p{len(rows['program'])}",
        "dimension_id": rows["dimension"][0]["id"],
        "name": "Si Pepadu",
        "lead_agency_id": None,
        "is_quick_win": 0,
        "first_year": 2018,
        "last_year": 2018,
    }
    p.update(values)
    rows["program"].append(p)
    return p


def test_new_plan_findings(rows: dict[str, Any]) -> None:
    k = keys(rows)
    assert k.count("dimension.no_program") == 6
    assert {"plan.no_vision", "plan.no_mission", "institution.no_perbup", "institution.no_dewan"} <= set(k)
    leaves = [c for c in rows["chapter"] if not any(d.get("parent_id") == c["id"] for d in rows["chapter"])]
    assert k.count("chapter.empty") == len(leaves)


def test_program_findings_and_their_fix(rows: dict[str, Any]) -> None:
    p = _program(rows)
    found = {f.key: f for f in check_plan(rows) if f.row_id == p["id"]}
    assert set(found) == {"program.no_agency", "program.no_indicator", "program.no_budget"}
    assert found["program.no_agency"].nav == "programs" and found["program.no_agency"].args == ("Si Pepadu",)
    p["lead_agency_id"] = rows["agency"][0]["id"]
    rows["program_budget"].append({"id": "b", "program_id": p["id"], "year": 2018, "amount": 5})
    rows["indicator"].append({"id": "i", "program_id": p["id"], "name": "Aduan"})
    assert [f.key for f in check_plan(rows) if f.group == "program"] == ["program.no_target"]
    rows["indicator_target"].append({"id": "t", "indicator_id": "i", "year": 2019, "value": 10})
    assert not [f for f in check_plan(rows) if f.group == "program"]
    assert "dimension.no_program" not in [f.key for f in check_plan(rows) if f.target == p["dimension_id"]]


def test_quick_win_longer_than_twelve_months_or_without_budget(rows: dict[str, Any]) -> None:
    p = _program(rows, is_quick_win=1, lead_agency_id="a")
    rows["quick_win"].append({"id": "q", "program_id": p["id"], "status": "chosen"})
    rows["quick_win_step"].append({"id": "s", "quick_win_id": "q", "activity": "x", "start_month": 3, "end_month": 14})
    qk = [(f.key, f.nav, f.table, f.row_id) for f in check_plan(rows) if f.group == "quickwin"]
    assert qk == [
        ("quickwin.no_budget", "quickwin", "quick_win", "q"),
        ("quickwin.too_long", "quickwin", "quick_win", "q"),
    ]
    rows["quick_win_step"][0]["end_month"] = 12
    rows["program_budget"].append({"id": "b", "program_id": p["id"], "year": 2018, "amount": 1})
    assert not [f for f in check_plan(rows) if f.group == "quickwin"]
    p["last_year"] = 2019  # twelve months from mid-2018 run into 2019: the month plan decides
    assert not [f for f in check_plan(rows) if f.group == "quickwin"]
    rows["quick_win_step"].clear()  # without a month plan, two calendar years may well be longer than 12 months
    assert [f.key for f in check_plan(rows) if f.group == "quickwin"] == ["quickwin.too_long"]


def test_enacted_regent_regulation_and_members(rows: dict[str, Any]) -> None:
    rows["regulation"].append(
        {"id": "r", "kind": "Perbup", "title": "Masterplan Smart City 2018-2027", "status": "draft"}
    )
    assert "institution.no_perbup" in keys(rows)
    rows["regulation"][0]["status"] = "enacted"
    assert "institution.no_perbup" not in keys(rows)
    rows["institution_member"].append({"id": "m", "body": "dewan", "name": "Bupati"})
    k = keys(rows)
    assert "institution.no_dewan" not in k and "institution.no_tim" in k


def test_written_chapter_is_not_flagged(rows: dict[str, Any]) -> None:
    leaf = next(c for c in rows["chapter"] if c.get("parent_id"))
    leaf["body_md"] = "Latar belakang..."
    assert leaf["id"] not in [f.row_id for f in check_plan(rows) if f.key == "chapter.empty"]


def test_locate() -> None:
    assert locate("strategy", {"id": "s", "dimension_id": "d"}) == ("dimension", "d")
    assert locate("chapter", {"id": "c"}) == ("chapters", "c")
    assert locate("mission", {"id": "m"}) == ("vision", None)
    assert locate("funding_source", {"id": "f"}) == ("funding", None)
    assert locate("feedback", {"id": "f"}) == ("workshops", None)
