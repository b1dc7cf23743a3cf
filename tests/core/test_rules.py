# SPDX-License-Identifier: GPL-3.0-or-later
"""Completeness rules over plain rows (no Qt, no SQL)."""

from __future__ import annotations

from typing import Any

import pytest

from smartcity_desktop.core.errors import FileRefused
from smartcity_desktop.core.rules import check_plan, locate
from smartcity_desktop.services.templates import new_plan_rows
from smartcity_desktop.storage.checksum import stamp_connection


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
    rows["quick_win"].append(
        {"id": "q", "program_id": p["id"], "status": "chosen", "innovation": "Aplikasi", "innovation_score": 3}
    )
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


# -- one rule set on every path: storage writes, JSON import, check of an existing file -------------

PROGRAM = "11111111-1111-4111-8111-111111111111"
BUDGET = "22222222-2222-4222-8222-222222222222"
INDICATOR = "33333333-3333-4333-8333-333333333333"
NEW = "44444444-4444-4444-8444-444444444444"


def _base_rows() -> dict[str, list[dict[str, Any]]]:
    """A new plan (2018-2027) with one program running 2019-2021, a budget for 2019 and an indicator."""
    rows = new_plan_rows("Lombok Timur")
    stamp = {"modified_at": "2026-01-01T00:00:00Z", "modified_by": None}
    rows["program"].append(
        {
            **{c: None for c in ("element_id", "strategy_id", "description", "activities", "lead_agency_id")},
            **{"horizon": None, "priority": None, "sort_key": 1.0, **stamp},
            "id": PROGRAM,
            "dimension_id": rows["dimension"][0]["id"],
            "name": "Si Pepadu",
            "first_year": 2019,
            "last_year": 2021,
            "status": "planned",
            "is_quick_win": 0,
        }
    )
    rows["program_budget"].append({"id": BUDGET, "program_id": PROGRAM, "year": 2019, "amount": 5, **stamp})
    rows["indicator"].append(
        {
            **{c: None for c in ("dimension_id", "library_id", "unit", "baseline_value", "baseline_year")},
            **{"data_source": None, "sort_key": 1.0, **stamp},
            "id": INDICATOR,
            "program_id": PROGRAM,
            "name": "Aduan terjawab",
        }
    )
    return rows


def _loop(rows: dict[str, list[dict[str, Any]]]) -> tuple[str, str]:
    """A chapter and one of its children: making the child the parent closes a loop."""
    child = next(c for c in rows["chapter"] if c.get("parent_id"))
    return child["parent_id"], child["id"]


# Each case: a change as (table, row id or None for a new row, values), the code storage gives, the code
# import and check give (a period change is refused by storage with the programs it would leave outside).
Change = tuple[str, "str | None", dict[str, Any]]
CASES: dict[str, tuple[Any, str, str]] = {
    "budget outside program years": ("program_budget", None, {"program_id": PROGRAM, "year": 2023, "amount": 1}),
    "budget outside plan period": ("program_budget", None, {"program_id": PROGRAM, "year": 2030, "amount": 1}),
    "target outside plan period": ("indicator_target", None, {"indicator_id": INDICATOR, "year": 2031, "value": 1.0}),
    "period shortened under a program": ("plan", "PLAN", {"period_end": 2020}),
    "blank region name": ("plan", "PLAN", {"region_name": "   "}),
    "empty region name": ("plan", "PLAN", {"region_name": ""}),
    "blank program name": ("program", PROGRAM, {"name": " \u00a0 "}),
    "one-year period": ("plan", "PLAN", {"period_end": 2018}),
    "21-year period": ("plan", "PLAN", {"period_end": 2038}),
    "period before 1990": ("plan", "PLAN", {"period_start": 1989}),
    "date that does not exist": (
        "regulation",
        None,
        {"kind": "Perbup", "title": "Masterplan", "status": "enacted", "enacted_on": "2017-02-31"},
    ),
    "chapter parent loop": ("chapter", "LOOP", {}),
    "control character": ("program", PROGRAM, {"name": "Si\x07Pepadu"}),
    "line break in a name": ("program", PROGRAM, {"name": "Si\nPepadu"}),
    "money above the limit": ("program_budget", BUDGET, {"amount": 10**15 + 1}),
    "reference to a missing row": ("program", PROGRAM, {"lead_agency_id": NEW}),
    "budget of a missing program": ("program_budget", None, {"program_id": NEW, "year": 2020, "amount": 1}),
}
EXPECTED: dict[str, tuple[str, str]] = {
    "budget outside program years": ("budget.outside_program", "budget.outside_program"),
    "budget outside plan period": ("budget.outside_period", "budget.outside_period"),
    "target outside plan period": ("target.outside_period", "target.outside_period"),
    "period shortened under a program": ("plan.period_programs", "program.outside_period_years"),
    "blank region name": ("value.blank", "value.blank"),
    "empty region name": ("value.blank", "value.blank"),
    "blank program name": ("value.blank", "value.blank"),
    "one-year period": ("plan.period_order", "plan.period_order"),
    "21-year period": ("plan.period_length", "plan.period_length"),
    "period before 1990": ("value.out_of_range", "value.out_of_range"),
    "date that does not exist": ("value.not_date", "value.not_date"),
    "chapter parent loop": ("chapter.parent_loop", "chapter.parent_loop"),
    "control character": ("value.control_char", "value.control_char"),
    "line break in a name": ("value.one_line", "value.one_line"),
    "money above the limit": ("value.money_too_large", "value.money_too_large"),
    "reference to a missing row": ("row.dangling", "row.dangling"),
    "budget of a missing program": ("row.dangling", "row.dangling"),
}

# What each rule's message says (Indonesian): the true rule, with its limits.
FRAGMENTS = {
    "budget.outside_program": "anggaran tahun 2023 di luar tahun program (2019-2021)",
    "budget.outside_period": "anggaran tahun 2030 di luar periode rencana 2018-2027",
    "target.outside_period": "target tahun 2031 di luar periode rencana 2018-2027",
    "program.outside_period_years": "tahun program 2021 di luar periode rencana 2018-2020",
    "value.blank": "tidak boleh kosong atau hanya spasi",
    "plan.period_order": "tahun akhir harus setelah tahun awal",
    "plan.period_length": "mencakup 21 tahun; paling lama 20 tahun",
    "value.out_of_range": "harus antara 1990 dan 2100",
    "value.not_date": "'2017-02-31' bukan tanggal yang ada",
    "chapter.parent_loop": "menjadi induk dirinya sendiri",
    "value.control_char": "karakter kendali tak terlihat U+0007",
    "value.one_line": "harus satu baris",
    "value.money_too_large": "Rp 1.000.000.000.000.001 melebihi batas Rp 1.000.000.000.000.000 per baris",
    "row.dangling": "merujuk ke baris yang tidak ada",
}


def _resolve(case: str, rows: dict[str, list[dict[str, Any]]]) -> tuple[str, str | None, dict[str, Any]]:
    table, rid, values = CASES[case]
    if rid == "PLAN":
        rid = rows["plan"][0]["id"]
    if rid == "LOOP":
        parent, child = _loop(rows)
        rid, values = parent, {"parent_id": child}
    return table, rid, dict(values)


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, list[dict[str, Any]]]]:
    from smartcity_desktop.services.plans import write_plan

    rows = _base_rows()
    path = tmp_path_factory.mktemp("rules") / "base.smartcity"
    write_plan(path, rows)
    return path.read_bytes(), rows


def _copy(base: bytes, tmp_path: Any) -> Any:
    path = tmp_path / "plan.smartcity"
    path.write_bytes(base)
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_storage_refuses_with_the_true_rule(case: str, base_file: Any, tmp_path: Any) -> None:
    from smartcity_desktop.core.errors import InvalidEdit
    from smartcity_desktop.storage.db import PlanDB, connect

    path = _copy(base_file[0], tmp_path)
    db = PlanDB(connect(path), "tester")
    before = db.all_rows()
    table, rid, values = _resolve(case, before)
    with pytest.raises(InvalidEdit) as info:
        with db.action():
            if rid is None:
                db.insert(table, values)
            else:
                db.update(table, rid, values)
    assert info.value.key == EXPECTED[case][0], info.value.message()
    if EXPECTED[case][0] in FRAGMENTS:
        assert FRAGMENTS[EXPECTED[case][0]] in info.value.message()
    assert db.all_rows() == before  # the whole action was rolled back
    db.close()


def test_period_change_names_the_programs_outside(base_file: Any, tmp_path: Any) -> None:
    from smartcity_desktop.core.errors import InvalidEdit
    from smartcity_desktop.storage.db import PlanDB, connect

    db = PlanDB(connect(_copy(base_file[0], tmp_path)), "tester")
    plan_id = db.plan()["id"]
    with pytest.raises(InvalidEdit) as info:
        db.update("plan", plan_id, {"period_start": 2020})
    assert "Si Pepadu" in info.value.message() and "2020-2027" in info.value.message()
    # Clipping the program in the same action is allowed: the rule holds at the end of the action.
    with db.action():
        db.delete("program_budget", BUDGET)
        db.update("program", PROGRAM, {"first_year": 2020})
        db.update("plan", plan_id, {"period_start": 2020})
    assert db.plan()["period_start"] == 2020
    db.close()


@pytest.mark.parametrize("case", list(CASES))
def test_import_refuses_with_the_true_rule(case: str, base_file: Any, tmp_path: Any) -> None:
    from smartcity_desktop.core.errors import ImportRefused
    from smartcity_desktop.core.interchange import dumps, encode
    from smartcity_desktop.core.model import TABLES
    from smartcity_desktop.services.plans import import_json

    rows = {name: [dict(r) for r in items] for name, items in base_file[1].items()}
    table, rid, values = _resolve(case, rows)
    if rid is None:
        row = {c: None for c in TABLES[table].column_names}
        row.update(id=NEW, modified_at="2026-01-01T00:00:00Z", **values)
        if TABLES[table].ordered:
            row["sort_key"] = 99.0
        rows.setdefault(table, []).append(row)
    else:
        next(r for r in rows[table] if r["id"] == rid).update(values)
    src = tmp_path / "plan.json"
    src.write_text(dumps(encode(rows, 1)), encoding="utf-8")
    with pytest.raises(ImportRefused) as info:
        import_json(src, tmp_path / "out.smartcity")
    expected = FRAGMENTS[EXPECTED[case][1]]
    assert any(expected in d for d in info.value.details), (expected, info.value.details)
    assert not (tmp_path / "out.smartcity").exists()


@pytest.mark.parametrize("case", list(CASES))
def test_check_lists_a_file_that_already_breaks_a_rule(case: str, base_file: Any, tmp_path: Any) -> None:
    import sqlite3

    from smartcity_desktop.services.plans import check, check_problems

    path = _copy(base_file[0], tmp_path)
    table, rid, values = _resolve(case, base_file[1])
    conn = sqlite3.connect(path)  # another tool, or an earlier version, wrote this
    if rid is None:
        values = {**values, "id": NEW, "modified_at": "2026-01-01T00:00:00Z"}
        if table in ("regulation",):
            values["sort_key"] = 99.0
        conn.execute(
            f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )
    else:
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), rid])
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()
    problems = check_problems(path)
    assert EXPECTED[case][1] in [p.key for p in problems]
    found = next(p for p in problems if p.key == EXPECTED[case][1])
    assert found.table in (table, "program") and found.row_id  # its place
    line = next(line for line in check(path) if f"[{EXPECTED[case][1]}]" in line)
    assert FRAGMENTS[EXPECTED[case][1]] in line


def test_chapter_loops_are_found_once_with_their_chain(rows: dict[str, Any]) -> None:
    from smartcity_desktop.core.rules import plan_problems
    from smartcity_desktop.messages import describe

    a, b, c = rows["chapter"][:3]
    a["parent_id"], b["parent_id"], c["parent_id"] = c["id"], a["id"], b["id"]
    loops = [p for p in plan_problems(rows) if p.key == "chapter.parent_loop"]
    assert len(loops) == 1 and " → " in describe(loops[0])
    assert all(ch["title"] in describe(loops[0]) for ch in (a, b, c))
    a["parent_id"], b["parent_id"], c["parent_id"] = None, None, c["id"]  # its own parent
    loops = [p for p in plan_problems(rows) if p.key == "chapter.parent_loop"]
    assert [p.row_id for p in loops] == [c["id"]]


def test_rows_outside_period_for_clip_or_keep() -> None:
    from smartcity_desktop.core.rules import rows_outside_period

    rows = _base_rows()
    rows["indicator_target"].append({"id": "t", "indicator_id": INDICATOR, "year": 2026, "value": 1.0})
    assert {k: len(v) for k, v in rows_outside_period(rows, 2018, 2027).items()} == {
        "program": 0,
        "program_budget": 0,
        "indicator_target": 0,
    }
    out = rows_outside_period(rows, 2020, 2025)
    assert [p["id"] for p in out["program"]] == [PROGRAM]
    assert [b["id"] for b in out["program_budget"]] == [BUDGET]
    assert [t["id"] for t in out["indicator_target"]] == ["t"]


def test_enforce_looks_only_at_the_rows_an_action_touched() -> None:
    from smartcity_desktop.core.rules import enforce

    rows = _base_rows()
    rows["program_budget"][0]["year"] = 2030  # an earlier version wrote this
    assert [p.key for p in enforce(rows, None)] == ["budget.outside_period"]
    assert enforce(rows, {rows["chapter"][0]["id"]}) == []  # editing elsewhere stays possible
    assert [p.key for p in enforce(rows, {PROGRAM})] == ["budget.outside_period"]
    assert [p.key for p in enforce(rows, {rows["plan"][0]["id"]})] == ["budget.outside_period"]


def test_kelengkapan_lists_broken_rules_at_their_place() -> None:
    from smartcity_desktop.core.rules import findings
    from smartcity_desktop.messages import describe_finding

    rows = _base_rows()
    rows["program_budget"][0]["year"] = 2030
    rows["program"][0]["name"] = "Si\x07Pepadu"
    found = [f for f in findings(rows) if f.group == "rules"]
    assert [(f.key, f.nav, f.table) for f in found] == [
        ("value.control_char", "programs", "program"),
        ("budget.outside_period", "programs", "program_budget"),
    ]
    assert found[0].row_id == PROGRAM and found[1].row_id == BUDGET
    assert "di Program" in describe_finding(found[1], rows)
    assert findings(rows)[len(found) :] == check_plan(rows)


def test_a_file_that_broke_a_rule_stays_editable(base_file: Any, tmp_path: Any) -> None:
    import sqlite3

    from smartcity_desktop.core.errors import InvalidEdit
    from smartcity_desktop.storage.db import PlanDB, connect

    path = _copy(base_file[0], tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE program_budget SET year = 2030")  # an earlier version wrote this
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()
    db = PlanDB(connect(path), "tester")
    db.update("program", PROGRAM, {"name": "Si Pepadu 2"})  # unrelated to the broken rule: allowed
    db.update("plan", db.plan()["id"], {"motto": "Selong"})
    with pytest.raises(InvalidEdit) as info:
        db.update("program", PROGRAM, {"last_year": 2022})  # the program's years are what the rule reads
    assert info.value.key == "budget.outside_period"
    db.update("program_budget", BUDGET, {"year": 2020})  # the fix
    db.update("program", PROGRAM, {"last_year": 2022})
    db.close()


@pytest.mark.parametrize(
    ("region", "period", "key"),
    [
        ("  ", (2018, 2027), "value.blank"),
        ("X", (2018, 2038), "plan.period_length"),
        ("X", (2018, 2018), "plan.period_order"),
    ],
)
def test_a_new_plan_file_keeps_the_rules(region: str, period: tuple[int, int], key: str, tmp_path: Any) -> None:
    from smartcity_desktop.core.errors import InvalidEdit
    from smartcity_desktop.services.plans import write_plan

    with pytest.raises(InvalidEdit) as info:  # the GUI's start screen and `new` both come this way
        write_plan(tmp_path / "x.smartcity", new_plan_rows(region, period=period))
    assert info.value.key == key
    assert not (tmp_path / "x.smartcity").exists()


def test_an_amount_of_ten_to_the_nineteen_states_the_money_limit(base_file: Any, tmp_path: Any) -> None:
    import sqlite3

    from smartcity_desktop.core.errors import ImportRefused, InvalidEdit
    from smartcity_desktop.core.interchange import dumps, encode
    from smartcity_desktop.services.plans import check, import_json
    from smartcity_desktop.storage.db import PlanDB, connect

    limit = "melebihi batas Rp 1.000.000.000.000.000 per baris anggaran"
    db = PlanDB(connect(_copy(base_file[0], tmp_path)))
    with pytest.raises(InvalidEdit) as info:
        db.update("program_budget", BUDGET, {"amount": 10**19})
    assert limit in info.value.message() and "bilangan bulat" not in info.value.message()
    db.close()
    rows = {name: [dict(r) for r in items] for name, items in base_file[1].items()}
    rows["program_budget"][0]["amount"] = 10**19
    (tmp_path / "p.json").write_text(dumps(encode(rows, 1)), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_json(tmp_path / "p.json", tmp_path / "out.smartcity")
    assert any(limit in d for d in refused.value.details)
    path = tmp_path / "plan.smartcity"
    conn = sqlite3.connect(path)  # SQLite keeps 10^19 as a REAL
    conn.execute("UPDATE program_budget SET amount = ?", (float(10**19),))
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()
    with pytest.raises(FileRefused) as damaged:  # a REAL in an INTEGER column: vetting names the place
        check(path)
    assert "'program_budget'" in damaged.value.message() and "'amount'" in damaged.value.message()


def test_kelengkapan_names_unscored_readiness_dimensions_without_quick_win_and_quick_wins_without_innovation() -> None:
    """Issue 10: 0 of 18 readiness cells scored, dimensions without a Quick Win and a Quick Win without
    innovation or score went unnoticed."""
    from smartcity_desktop.core.rules import check_plan
    from smartcity_desktop.demo import demo_rows

    rows = demo_rows()
    assert not {f.key for f in check_plan(rows)} & {"readiness.unscored", "dimension.no_quick_win"}
    rows["readiness_score"] = rows["readiness_score"][:3]
    economy = rows["dimension"][0]["id"]
    for p in rows["program"]:
        if p["dimension_id"] == economy:
            p["is_quick_win"] = 0
    programs = {p["id"]: p for p in rows["program"]}
    qw = next(q for q in rows["quick_win"] if programs[q["program_id"]]["is_quick_win"])
    qw["innovation"] = " "
    found = {(f.key, f.args) for f in check_plan(rows)}
    cells = len(rows["readiness_element"]) * len(rows["dimension"])
    assert ("readiness.unscored", ("3", str(cells))) in found
    assert ("dimension.no_quick_win", (rows["dimension"][0]["name"],)) in found
    assert ("quickwin.no_innovation", (programs[qw["program_id"]]["name"],)) in found


def test_one_table_of_places_for_kelengkapan_search_and_undo() -> None:
    """Branch dedup: rules.locate (Kelengkapan, search) and the GUI's undo read the same PLACES."""
    from smartcity_desktop.core.model import CONTENT_TABLES
    from smartcity_desktop.core.rules import PLACES

    for table in CONTENT_TABLES:
        row = {"id": "r", "dimension_id": "d"}
        assert locate(table, row)[0] == PLACES.get(table, ("workshops", None))[0], table
    assert locate("element", {"id": "e", "dimension_id": "d"}) == ("dimension", "d")
    assert locate("dimension", {"id": "d"}) == ("dimension", "d")
    assert locate("strategic_issue", {"id": "i", "dimension_id": None}) == ("vision", None)
    assert locate("indicator_library", {"id": "l"}) == ("indicators", None)
