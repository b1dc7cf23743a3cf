# SPDX-License-Identifier: GPL-3.0-or-later
"""The XLSX program matrix we export imports back into a new plan with the same programs, budgets,
indicators and targets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from smartcity_desktop.demo import demo_rows
from smartcity_desktop.exports.xlsx import write_xlsx
from smartcity_desktop.services import program_import as pi
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.plans import write_plan
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.services.templates import new_plan_rows
from smartcity_desktop.storage.db import PlanDB


def _content(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Programs by name with what the matrix carries (years as the matrix shows them)."""
    by_id = {r["id"]: r for t in ("dimension", "element", "agency", "funding_source") for r in rows[t]}

    def code(rid: str | None) -> str:
        r = by_id.get(rid or "")
        return str(r.get("code") or r.get("name")) if r else ""

    out: dict[str, Any] = {}
    for p in rows["program"]:
        budgets = {b["year"]: b["amount"] for b in rows["program_budget"] if b["program_id"] == p["id"]}
        years = sorted(budgets)
        first = p["first_year"] or (years[0] if years else None)
        last = p["last_year"] or (years[-1] if years else first)
        indicators = {}
        for i in rows["indicator"]:
            if i["program_id"] == p["id"]:
                targets = {t["year"]: t["value"] for t in rows["indicator_target"] if t["indicator_id"] == i["id"]}
                indicators[i["name"]] = (i["unit"], i["baseline_value"], i["baseline_year"], i["data_source"], targets)
        out[p["name"]] = {
            "dimension": by_id[p["dimension_id"]]["name"],
            "element": by_id[p["element_id"]]["name"] if p["element_id"] else None,
            "activities": (p["activities"] or "").strip() or None,
            "lead": code(p["lead_agency_id"]),
            "supporting": sorted(code(a["agency_id"]) for a in rows["program_agency"] if a["program_id"] == p["id"]),
            "funding": sorted(
                code(f["funding_source_id"]) for f in rows["program_funding"] if f["program_id"] == p["id"]
            ),
            "years": (first, last),
            "horizon": p["horizon"],
            "quick_win": bool(p["is_quick_win"]),
            "code": p.get("code"),
            "budgets": budgets,
            "indicators": indicators,
        }
    return out


def test_exported_matrix_imports_back(tmp_path: Path) -> None:
    source = demo_rows()
    for n, p in enumerate(source["program"][:5], 1):  # RPJMD/Renstra codes travel too
        p["code"] = f"2.16.{n:02d}"
    plan = source["plan"][0]
    book = tmp_path / "matrix.xlsx"
    write_xlsx(source, book)

    target = tmp_path / "new.smartcity"
    write_plan(
        target,
        new_plan_rows(
            plan["region_name"],
            framework=plan["framework"],
            period=(plan["period_start"], plan["period_end"]),
            lang=plan["language"],
        ),
    )
    doc = PlanDocument.open(target)
    try:
        from smartcity_desktop.imports.workbook import read_workbook

        wb = read_workbook(book)
        for name in wb.sheet_names[1:]:  # the first sheet is the summary
            choices = pi.ImportChoices(sheet=name)
            pv = pi.preview(doc.db, wb, None, choices)
            assert not pv.refused, [(r.number, r.all_problems) for r in pv.refused]
            EditSession(doc).run(lambda db, pv=pv, choices=choices: pi.apply(db, pv, choices))
        got = _content(doc.db.all_rows())
    finally:
        doc.close()
    want = _content(source)
    assert set(got) == set(want)
    for name in want:
        assert got[name] == want[name], name
    assert _db_count(target, "program") == len(source["program"])


def _db_count(path: Path, table: str) -> int:
    from smartcity_desktop.storage.db import connect

    db = PlanDB(connect(path))
    try:
        return db.count(table)
    finally:
        db.close()
