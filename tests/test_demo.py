# SPDX-License-Identifier: GPL-3.0-or-later
"""The built-in demo plan (Lombok Timur 2017): valid, consistent, deterministic and complete."""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core import labels, model, rules
from smartcity_desktop.core.formats import format_number, format_rupiah
from smartcity_desktop.core.interchange import check_consistency
from smartcity_desktop.core.validate import check_row
from smartcity_desktop.demo import demo_data, demo_rows
from smartcity_desktop.resources import resource

Rows = dict[str, list[dict[str, Any]]]
# Completeness hints the demo shows on purpose: a plan in progress whose Perbup is still being drafted.
DEMO_HINTS = {"institution.no_perbup"}


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
    data = demo_data()
    template = data["template"]
    assert {k: plan[k] for k in ("region_name", "region_type", "framework", "province")} == {
        k: template[k] for k in ("region_name", "region_type", "framework", "province")
    }
    assert [plan["period_start"], plan["period_end"]] == template["period"]
    assert {k: plan[k] for k in data["values"]} == data["values"]
    assert all(v and str(v).strip() for v in data["values"].values())
    assert plan["status"] == "draft"
    assert plan["notes"] == data["notes"]["id"]
    assert "demo" in data["notes"]["id"].lower() and "demo" in data["notes"]["en"].lower()


def test_profile(rows: Rows) -> None:
    """The kecamatan table adds up to the region's totals among the statistics (same year)."""
    districts = rows["district"]
    assert len(districts) >= 10
    assert len({d["name"] for d in districts}) == len(districts)
    assert all(s["source"] for s in rows["statistic"])
    year = min(s["year"] for s in rows["statistic"])
    totals = {
        s["unit"]: s["value"]
        for s in rows["statistic"]
        if s["year"] == year and s["value"] is not None and s["name"].startswith("Jumlah")
    }
    assert totals["kecamatan"] == len(districts)
    assert totals["jiwa"] == sum(d["population"] for d in districts)
    assert totals["desa"] == sum(d["villages"] for d in districts)
    assert totals["kelurahan"] == sum(d["urban_villages"] for d in districts)
    assert any(s["value"] and s["year"] > year for s in rows["statistic"])  # a later figure too
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
    assert all(2 <= n <= 4 for n in per_dim.values())
    # docs-parts: one strategy of each TOWS type per dimension (the readiness analysis prints the matrix)
    for dim in rows["dimension"]:
        kinds = {s["tows"] for s in rows["strategy"] if s["dimension_id"] == dim["id"]}
        assert kinds == {"so", "wo", "st", "wt"}, dim["name"]
    assert {i["dimension_id"] for i in rows["strategic_issue"]} == set(per_dim)


def test_programs(rows: Rows) -> None:
    programs = rows["program"]
    dims = {d["id"]: d["code"] for d in rows["dimension"]}
    elements = by_id(rows, "element")
    strategies = by_id(rows, "strategy")
    assert len(programs) >= 30
    per_dim = Counter(dims[p["dimension_id"]] for p in programs)
    assert set(per_dim) == set(dims.values()) and min(per_dim.values()) >= 5
    budgets = defaultdict(dict)
    for b in rows["program_budget"]:
        budgets[b["program_id"]][b["year"]] = b["amount"]
    funding = Counter(f["program_id"] for f in rows["program_funding"])
    for p in programs:
        assert elements[p["element_id"]]["dimension_id"] == p["dimension_id"]
        assert strategies[p["strategy_id"]]["dimension_id"] == p["dimension_id"]
        assert p["lead_agency_id"] and p["description"] and p["activities"]
        assert rows["plan"][0]["period_start"] <= p["first_year"] <= p["last_year"] <= rows["plan"][0]["period_end"]
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
    assert {dims[p["dimension_id"]] for p in qw_programs} == set(dims.values())
    quick_wins = {q["program_id"]: q for q in rows["quick_win"]}
    steps = Counter(s["quick_win_id"] for s in rows["quick_win_step"])
    for p in qw_programs:
        start = rows["plan"][0]["period_start"]
        assert p["horizon"] == "quickwin" and p["first_year"] == start and p["last_year"] in (start, start + 1)
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
        assert ind["unit"] and ind["data_source"] and ind["baseline_year"] == rows["plan"][0]["period_start"] - 1
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
    # every build-time placeholder filled; what is left are live fields the documents know (exports/fields.py)
    import re

    from smartcity_desktop.exports import fields
    from smartcity_desktop.exports.plandata import PlanData

    d = PlanData(rows)
    for c in chapters:
        live = fields.FIELD.findall(c["body_md"])
        assert "{" not in fields.FIELD.sub("", c["body_md"]), c["key"]
        for name, arg in live:
            known = name == "bagian_data" or (name == "tabel" and arg in fields.TABLES)
            assert known or fields.value(d, name, arg or None) is not None, (name, arg)
    assert any(re.search(r"\{\{total_anggaran\}\}", c["body_md"]) for c in chapters)


def test_institutions(rows: Rows) -> None:
    bodies = Counter(m["body"] for m in rows["institution_member"])
    assert bodies["dewan"] >= 3 and bodies["tim_pelaksana"] >= 3
    regs = rows["regulation"]
    assert any(r["kind"] == "Keputusan Bupati" and r["status"] == "enacted" for r in regs)
    assert any(r["kind"] == "Peraturan Bupati" and r["status"] in ("draft", "in_process") for r in regs)


def test_workshops(rows: Rows) -> None:
    """Four stages of two consecutive days each, all before the plan period starts, one resource person."""
    stages = {s["id"]: s["number"] for s in rows["workshop_stage"]}
    assert sorted(stages.values()) == [1, 2, 3, 4]
    meetings = rows["meeting"]
    per_stage = Counter(stages[m["stage_id"]] for m in meetings)
    assert per_stage == {1: 2, 2: 2, 3: 2, 4: 2}
    days: dict[int, list[datetime.date]] = defaultdict(list)
    for m in meetings:
        days[stages[m["stage_id"]]].append(datetime.date.fromisoformat(m["date"]))
    for stage, (a, b) in sorted((k, sorted(v)) for k, v in days.items()):
        assert (b - a).days == 1 and a.year == rows["plan"][0]["period_start"] - 1, stage
    assert [min(days[n]) for n in sorted(days)] == sorted(min(v) for v in days.values())
    assert len({m["resource_person"] for m in meetings}) == 1 and len({m["venue"] for m in meetings}) == 1
    for m in meetings:
        assert rows["plan"][0]["capital"] in m["venue"]
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
    resource_person = rows["meeting"][0]["resource_person"]
    assert all(f["author"].split(" (")[0] in resource_person and f["meeting_id"] for f in feedback)
    actions = rows["action_item"]
    assert actions and any(a["feedback_id"] for a in actions)
    assert all(a["agency_id"] and a["due_date"] and a["meeting_id"] for a in actions)


# --- rules, totals, data files -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_rule_passes(lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """core/rules.py finds nothing but the demo's deliberate hints; `check` calls the written file good."""
    from smartcity_desktop.cli import main
    from smartcity_desktop.services.plans import write_plan

    rows = demo_rows(lang)
    assert {f.key for f in rules.check_plan(rows)} <= DEMO_HINTS
    path = tmp_path / "demo.smartcity"
    write_plan(path, rows)
    assert main(["check", str(path)]) == 0, capsys.readouterr()


def _table_after(body: str, header: str) -> list[list[str]]:
    """The cells of the Markdown table whose header line starts with ``header``."""
    lines = body.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    out = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        out.append([c.strip() for c in line.strip("|").split("|")])
    return out


def test_chapter_totals_agree_with_the_budget_rows(rows: Rows) -> None:
    """The yearly, horizon, funding and dimension tables of the chapters add up to the program budgets."""
    text = "\n\n".join(c["body_md"] for c in rows["chapter"])
    total = sum(b["amount"] for b in rows["program_budget"])
    by_year: dict[int, int] = defaultdict(int)
    for b in rows["program_budget"]:
        by_year[b["year"]] += b["amount"]
    program_total = defaultdict(int)
    for b in rows["program_budget"]:
        program_total[b["program_id"]] += b["amount"]
    rp = lambda v: format_rupiah(v, "id")  # noqa: E731
    # the totals and the yearly and funding tables are live fields (exports/fields.py): read them as printed
    from smartcity_desktop.exports.tree import Paragraph, Table, build, plain

    doc = build(rows, "masterplan")
    printed = [plain(b.runs).replace("\xa0", " ") for b in doc.walk() if isinstance(b, Paragraph)]
    tables = [b for b in doc.walk() if isinstance(b, Table)]
    assert sum(t.count(rp(total)) for t in printed) >= 3  # in BAB V, BAB VII and the financing section
    yearly = next(
        [[plain(c).replace("\xa0", " ") for c in r] for r in t.rows]
        for t in tables
        if t.header[:2] == ["Tahun", "Program berjalan"]
    )
    plan = rows["plan"][0]
    assert [int(r[0]) for r in yearly[:-1]] == list(range(plan["period_start"], plan["period_end"] + 1))
    assert [r[3] for r in yearly[:-1]] == [rp(by_year[int(r[0])]) for r in yearly[:-1]]
    assert yearly[-1][3] == rp(total)
    # docs-parts: the horizon table is the generated one of 7.1 (BAB VII no longer repeats it as typed text)
    horizons = next(
        [[plain(c).replace("\xa0", " ") for c in r] for r in t.rows] for t in tables if t.header[:1] == ["Jangka"]
    )
    expected = [
        [
            text_,
            str(sum(p["horizon"] == h for p in rows["program"])),
            rp(sum(program_total[p["id"]] for p in rows["program"] if p["horizon"] == h)),
        ]
        for h, text_ in labels.choices("horizon", "id")
    ]
    assert horizons == expected  # labels from the catalogue ("Jangka pendek", never "Pendek")
    funding = next(t for t in tables if t.header[:1] == ["Sumber dana"])
    assert plain(funding.rows[-1][-1]) == format_number(total / 1_000_000, lang="id")  # millions of Rupiah
    agencies = next(t for t in tables if t.header[:1] == ["OPD penanggung jawab"])
    assert plain(agencies.rows[-1][-1]) == format_number(total / 1_000_000, lang="id")
    summary = _table_after(text, "| Dimensi | Program | Quick Win |")
    assert [r[0] for r in summary] == [d["name"] for d in rows["dimension"]]
    assert sum(int(r[1]) for r in summary) == len(rows["program"])
    assert sum(int(r[2]) for r in summary) == len(rows["quick_win"])
    amounts = [int(re.sub(r"\D", "", r[3])) for r in summary]
    assert sum(amounts) == total


def test_program_tables_use_catalogue_labels(rows: Rows) -> None:
    text = "\n\n".join(c["body_md"] for c in rows["chapter"])
    horizon_labels = {t for _, t in labels.choices("horizon", "id")}
    header = "| No | Program | Elemen | OPD pelaksana | Tahun | Jangka |"
    tables = text.split(header)[1:]
    assert len(tables) == len(rows["dimension"])
    shown = [_table_after(header + t, header) for t in tables]
    assert sum(len(t) for t in shown) == len(rows["program"])
    assert {r[-1] for t in shown for r in t} == {labels.label("horizon", p["horizon"]) for p in rows["program"]}
    assert {r[-1] for t in shown for r in t} <= horizon_labels  # never "Pendek", "Menengah"
    status = {t for _, t in labels.choices("quick_win_status", "id")}
    # the Quick Win list is generated now (BAB VI's {{bagian_data}}): read it from the document
    from smartcity_desktop.exports.tree import Table, build, plain

    doc = build(rows, "masterplan")
    tables = [b for b in doc.walk() if isinstance(b, Table)]
    qw_table = next(t for t in tables if t.caption == "Daftar Quick Win")
    candidates = next(t for t in tables if t.caption == "Kandidat Quick Win yang belum dipilih")
    chosen = [q for q in rows["quick_win"] if q["status"] in ("chosen", "running", "done")]
    assert len(qw_table.rows) == len(chosen) and len(candidates.rows) == len(rows["quick_win"]) - len(chosen)
    shown = [plain(r[1]) for t in tables if t.style == "keyvalue" for r in t.rows if plain(r[0]) == "Status"]
    assert len(shown) >= len(chosen) and set(shown) <= status  # each chosen Quick Win's profile
    assert {plain(r[-1]) for r in candidates.rows} <= status


DEMO = Path(resource("demo"))


def test_data_files_name_real_tables_keys_and_chapters(rows: Rows) -> None:
    files = sorted((DEMO / "rows").glob("*.json"))
    assert files
    for path in files:
        assert path.stem in model.TABLES, path.name
        stored = json.loads(path.read_text(encoding="utf-8"))
        keys = [r["key"] for r in stored]
        assert len(keys) == len(set(keys)), path.name
        columns = set(model.TABLES[path.stem].column_names)
        assert all(set(r) - {"key"} <= columns for r in stored), path.name
        assert len(rows[path.stem]) >= len(stored)
    data = demo_data()
    chapter_keys = {c["key"] for c in rows["chapter"]}
    texts = {p.stem for p in (DEMO / "chapters").glob("*.md")}
    assert texts <= chapter_keys and texts == set(data["chapter_status"])
    assert set(data["chapter_status"].values()) <= set(model.CHAPTER_STATUSES)
    assert {c["key"] for c in rows["chapter"] if c["key"] in texts and c["status"]} == texts


def test_every_placeholder_is_known() -> None:
    """A {field} of a chapter text the builder does not compute would raise; catch typos here."""
    from smartcity_desktop.demo import ChapterTables

    fields = set(ChapterTables(demo_rows()).fields())
    used = set()
    for path in (DEMO / "chapters").glob("*.md"):
        # {{field}} is a live field printed by the documents (checked in test_chapters), not the builder's
        used |= set(re.findall(r"(?<!\{)\{(\w+)\}(?!\})", path.read_text(encoding="utf-8")))
    assert used <= fields
    assert len(used) >= 10
