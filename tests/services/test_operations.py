# SPDX-License-Identifier: GPL-3.0-or-later
"""Operations by subject: each refuses a wrong argument with its message and returns a ChangeSet that undoes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import (
    chapters,
    dimensions_elements,
    indicators,
    institutions,
    lists,
    plan,
    profile,
    programs,
    quickwins,
    readiness,
    registries,
    vision,
    workshop,
)
from smartcity_desktop.services.session import ChangeSet, EditSession

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def s(plan_file: Path) -> Iterator[EditSession]:
    doc = PlanDocument.open(plan_file)
    try:
        yield EditSession(doc)
    finally:
        doc.close()


def _state(s: EditSession) -> dict[str, Any]:
    rows = s.db.all_rows()
    return {t: sorted((r for r in rs), key=lambda r: r["id"]) for t, rs in rows.items()}


def undoes(s: EditSession, op: Callable[[], Any]) -> Any:
    """Run ``op``; its ChangeSet is not empty and undoing it brings back every row; redo repeats it."""
    before = _state(s)
    result = op()
    changes: ChangeSet = result[1] if isinstance(result, tuple) else result
    assert isinstance(changes, ChangeSet) and changes
    after = _state(s)
    assert after != before
    s.undo(changes)
    assert _state(s) == before
    s.redo(changes)
    assert {t: [r["id"] for r in rs] for t, rs in _state(s).items()} == {
        t: [r["id"] for r in rs] for t, rs in after.items()
    }
    return result


# The same rule under the key of the core rule set (core/validate.py, core/rules.py, branch `rules`): the
# operations check their arguments before writing, storage enforces the rules at the end of each action.
SAME_RULE = {
    "op.blank": {"value.blank"},
    "op.amount_range": {"value.money_too_large"},
    "op.year_outside_period": {"budget.outside_period", "target.outside_period", "program.outside_period_years"},
    "op.year_outside_program": {"budget.outside_program"},
    "op.period_invalid": {"plan.period_range", "plan.period_order", "plan.period_length"},
    "op.chapter_loop": {"chapter.parent_loop"},
    "op.years_order": {"program.years"},  # branch dedup: the operations refuse with the core rule's key
    "value.too_large": {"value.out_of_range"},  # the rule set states both bounds
}


def refuses(s: EditSession, key: str, op: Callable[[], Any], *words: str) -> PlanError:
    """``op`` raises the PlanError ``key`` (or the core rule's key for the same rule; its message naming
    ``words``) and changes nothing."""
    before = _state(s)
    with pytest.raises(PlanError) as info:
        op()
    assert info.value.key in {key, *SAME_RULE.get(key, ())}, info.value.message()
    for w in words:
        assert w in info.value.message("en"), info.value.message("en")
    assert _state(s) == before
    return info.value


def _dim(s: EditSession) -> str:
    return str(s.db.rows("dimension")[0]["id"])


def _period(s: EditSession) -> tuple[int, int]:
    p = s.db.plan()
    return int(p["period_start"]), int(p["period_end"])


def _program(s: EditSession, **fields: Any) -> str:
    start, _end = _period(s)
    pid, _ = programs.add(s, _dim(s), "Si Pepadu", (start, start + 2), **fields)
    return pid


# -- programs -------------------------------------------------------------------------


def test_programs_add_rename_years_move_duplicate_delete(s: EditSession) -> None:
    start, end = _period(s)
    pid, _ = undoes(s, lambda: programs.add(s, _dim(s), "Si Pepadu", (start, start + 1)))
    assert s.db.get("program", pid) is not None
    refuses(s, "op.blank", lambda: programs.add(s, _dim(s), "   "), "program.name")
    refuses(s, "op.blank", lambda: programs.rename(s, pid, ""))
    undoes(s, lambda: programs.rename(s, pid, "Si Pepadu 2"))
    refuses(s, "op.years_order", lambda: programs.set_years(s, pid, start + 2, start + 1))
    refuses(s, "op.year_outside_period", lambda: programs.set_years(s, pid, start, end + 1), str(end + 1))
    undoes(s, lambda: programs.set_years(s, pid, start, end))
    other, _ = programs.add(s, _dim(s), "Kedua")
    undoes(s, lambda: programs.move(s, other, True))
    copy, _ = undoes(s, lambda: programs.duplicate(s, pid, "(salinan)"))
    assert s.db.get("program", copy)["name"] == "Si Pepadu 2 (salinan)"  # type: ignore[index]
    refuses(s, "row.not_found", lambda: programs.delete(s, "00000000-0000-0000-0000-000000000000"))
    undoes(s, lambda: programs.delete(s, pid))


def test_programs_budget_in_the_program_years_and_within_the_limit(s: EditSession) -> None:
    start, end = _period(s)
    pid = _program(s)
    undoes(s, lambda: programs.set_budget(s, pid, start, 1_000_000))
    undoes(s, lambda: programs.set_budget(s, pid, start, None))
    refuses(s, "op.year_outside_program", lambda: programs.set_budget(s, pid, start + 5, 10), str(start + 5))
    refuses(s, "op.year_outside_period", lambda: programs.set_budget(s, pid, end + 1, 10), str(end + 1))
    refuses(s, "op.amount_range", lambda: programs.set_budget(s, pid, start, 10**15 + 1), "1,000,000,000,000,000")
    refuses(s, "op.amount_range", lambda: programs.set_budget(s, pid, start, -1))
    refuses(s, "value.not_int", lambda: programs.set_budget(s, pid, start, 1.5))  # type: ignore[arg-type]
    undoes(s, lambda: programs.set_budget(s, pid, start, 10**15))


def test_programs_shorter_years_ask_about_budgets_outside(s: EditSession) -> None:
    """New program years that leave budgets outside: refused with the years, or clipped, or kept."""
    start, _end = _period(s)
    pid = _program(s)
    programs.set_budget(s, pid, start, 100)
    programs.set_budget(s, pid, start + 2, 300)
    assert programs.budgets_outside(s.db, pid, start, start + 1) == [start + 2]
    err = refuses(s, "op.years_budget_conflict", lambda: programs.set_years(s, pid, start, start + 1), str(start + 2))
    assert isinstance(err, programs.YearsConflict) and err.years == [start + 2]
    assert not programs.set_years(s, pid, start, start + 1, on_conflict="keep")
    undoes(s, lambda: programs.set_years(s, pid, start, start + 1, on_conflict="clip"))
    assert [b["year"] for b in s.db.rows("program_budget", program_id=pid)] == [start]
    assert s.db.get("program", pid)["last_year"] == start + 1  # type: ignore[index]


def test_programs_quick_win_and_links(s: EditSession) -> None:
    pid = _program(s)
    undoes(s, lambda: programs.set_quick_win(s, pid, True))
    assert len(s.db.rows("quick_win", program_id=pid)) == 1
    undoes(s, lambda: programs.update(s, pid, {"horizon": "medium", "is_quick_win": 0}))
    agency = s.db.rows("agency")[0]["id"]
    fund = s.db.rows("funding_source")[0]["id"]
    undoes(s, lambda: programs.set_agencies(s, pid, [agency]))
    undoes(s, lambda: programs.set_funding(s, pid, [fund]))
    refuses(s, "op.not_list_table", lambda: programs.set_links(s, "program_budget", pid, []))
    refuses(s, "value.not_choice", lambda: programs.update(s, pid, {"horizon": "someday"}))


# -- indicators and Quick Wins --------------------------------------------------------


def test_indicators(s: EditSession) -> None:
    start, end = _period(s)
    pid = _program(s)
    iid, _ = undoes(s, lambda: indicators.add(s, "Warga terlayani", program_id=pid))
    assert s.db.get("indicator", iid)["dimension_id"] == _dim(s)  # type: ignore[index]
    refuses(s, "op.blank", lambda: indicators.add(s, " "))
    refuses(s, "op.blank", lambda: indicators.update(s, iid, {"name": ""}))
    undoes(s, lambda: indicators.update(s, iid, {"unit": "%"}))
    undoes(s, lambda: indicators.set_target(s, iid, start + 1, 80.0))
    undoes(s, lambda: indicators.set_target(s, iid, start + 6, 1.0))  # outcomes may be measured later
    refuses(s, "op.year_outside_period", lambda: indicators.set_target(s, iid, end + 1, 1.0), str(end + 1))
    refuses(s, "value.not_number", lambda: indicators.set_target(s, iid, start, float("nan")))
    lone, _ = indicators.add(s, "Tanpa program")
    refuses(s, "op.year_outside_period", lambda: indicators.set_target(s, lone, end + 3, 1.0))
    undoes(s, lambda: indicators.set_program(s, lone, pid))
    undoes(s, lambda: indicators.delete(s, iid))


def test_quick_wins(s: EditSession) -> None:
    pid = _program(s)
    undoes(s, lambda: quickwins.set_field(s, pid, "problem", "Antrian panjang"))
    refuses(s, "value.unknown_column", lambda: quickwins.set_field(s, pid, "program_id", pid))
    refuses(s, "value.too_large", lambda: quickwins.set_field(s, pid, "innovation_score", 9))
    sid, _ = undoes(s, lambda: quickwins.add_step(s, pid, "Sosialisasi", 1, 3))
    refuses(s, "op.step_months", lambda: quickwins.add_step(s, pid, "X", 4, 2))
    refuses(s, "op.blank", lambda: quickwins.add_step(s, pid, ""))
    refuses(s, "op.step_months", lambda: quickwins.update_step(s, sid, {"start_month": 5}))
    undoes(s, lambda: quickwins.update_step(s, sid, {"end_month": 6}))
    undoes(s, lambda: quickwins.delete_step(s, sid))


# -- readiness, chapters, profile, plan, vision, dimensions -------------------------------


def test_readiness(s: EditSession) -> None:
    element = s.db.rows("readiness_element")[0]["id"]
    undoes(s, lambda: readiness.set_score(s, element, _dim(s), {"score": 3}))
    undoes(s, lambda: readiness.set_score(s, element, _dim(s), {"strengths": "SDM siap"}))
    refuses(s, "value.too_large", lambda: readiness.set_score(s, element, _dim(s), {"score": 6}))
    refuses(s, "row.not_found", lambda: readiness.set_score(s, element, element, {"score": 2}))


def test_chapters(s: EditSession) -> None:
    top = s.db.rows("chapter", parent_id=None)
    cid, _ = undoes(s, lambda: chapters.add(s, top[0]["id"], "Latar belakang"))
    refuses(s, "op.blank", lambda: chapters.add(s, None, "  "))
    undoes(s, lambda: chapters.set_body(s, cid, "# Isi\n\nTeks."))
    undoes(s, lambda: chapters.set_title(s, cid, "Latar"))
    refuses(s, "op.blank", lambda: chapters.set_title(s, cid, ""))
    undoes(s, lambda: chapters.set_status(s, cid, "final"))
    refuses(s, "value.not_choice", lambda: chapters.set_status(s, cid, "selesai"))
    refuses(s, "op.chapter_loop", lambda: chapters.set_parent(s, top[0]["id"], cid))
    refuses(s, "op.not_siblings", lambda: chapters.move(s, cid, top[1]["id"]))
    undoes(s, lambda: chapters.move(s, top[0]["id"], top[1]["id"]))
    undoes(s, lambda: chapters.delete(s, cid))


def test_profile_and_logo(s: EditSession) -> None:
    undoes(s, lambda: profile.set_field(s, "motto", "Patuh, Karya, Taat"))
    refuses(s, "op.blank", lambda: profile.set_field(s, "region_name", " "), "plan.region_name")
    refuses(s, "value.unknown_column", lambda: profile.set_field(s, "period_start", 2000))
    refuses(s, "value.not_choice", lambda: profile.set_field(s, "region_type", "desa"))
    undoes(s, lambda: profile.set_logo(s, "logo.png", "image/png", PNG))
    refuses(s, "value.not_choice", lambda: profile.set_logo(s, "x.gif", "image/gif", PNG))
    undoes(s, lambda: profile.remove_logo(s))
    sid, _ = undoes(s, lambda: lists.add(s, "statistic", {"name": "Penduduk", "value": 1.2}))
    undoes(s, lambda: lists.set_value(s, "statistic", sid, "value", 1.3))
    undoes(s, lambda: lists.set_values(s, "statistic", sid, {"value": None, "value_text": "Selong"}))
    undoes(s, lambda: lists.delete(s, "statistic", sid))
    refuses(s, "op.not_list_table", lambda: lists.add(s, "program", {"name": "x"}))


def test_plan_period_refused_clipped_or_kept(s: EditSession) -> None:
    start, end = _period(s)
    refuses(s, "op.period_invalid", lambda: plan.set_period(s, 2018, 2018), "2018")
    refuses(s, "op.period_invalid", lambda: plan.check_period(2018, 2017), "2017")
    refuses(s, "op.period_invalid", lambda: plan.set_period(s, 2018, 2038), "20")
    refuses(s, "op.period_invalid", lambda: plan.set_period(s, 1989, 1999), "1990")
    undoes(s, lambda: plan.set_period(s, 2018, 2037))  # 20 years
    plan.set_period(s, start, end)
    pid = _program(s)
    programs.set_years(s, pid, start, end)
    programs.set_budget(s, pid, end, 500)
    programs.set_budget(s, pid, start, 700)
    iid, _ = indicators.add(s, "Target", program_id=pid)
    indicators.set_target(s, iid, end, 5.0)
    assert {c[0] for c in plan.outside(s.db, start, end - 1)} == {"program", "program_budget", "indicator_target"}
    assert plan.outside(s.db, start, end) == []
    err = refuses(s, "op.period_conflict", lambda: plan.set_period(s, start, end - 1), "Si Pepadu")
    assert isinstance(err, plan.PeriodConflict) and {c[0] for c in err.conflicts} == {
        "program",
        "program_budget",
        "indicator_target",
    }
    assert not plan.set_period(s, start, end - 1, on_conflict="keep")
    assert _period(s) == (start, end)
    undoes(s, lambda: plan.set_period(s, start, end - 1, on_conflict="clip"))
    assert _period(s) == (start, end - 1)
    assert s.db.get("program", pid)["last_year"] == end - 1  # type: ignore[index]
    assert [b["year"] for b in s.db.rows("program_budget", program_id=pid)] == [start]
    assert s.db.rows("indicator_target", indicator_id=iid) == []


def test_vision_and_dimensions(s: EditSession) -> None:
    undoes(s, lambda: vision.set_text(s, "vision", "Lombok Timur Cerdas"))
    refuses(s, "value.unknown_column", lambda: vision.set_text(s, "region_name", "x"))
    mid, _ = undoes(s, lambda: lists.add(s, "mission", {"text": "Misi satu"}))
    refuses(s, "op.blank", lambda: lists.set_value(s, "mission", mid, "text", ""))
    dim = _dim(s)
    undoes(s, lambda: dimensions_elements.rename(s, dim, "Smart Governance"))
    refuses(s, "op.blank", lambda: dimensions_elements.rename(s, dim, ""))
    undoes(s, lambda: dimensions_elements.set_color(s, dim, "#123456"))
    refuses(s, "op.colour", lambda: dimensions_elements.set_color(s, dim, "blue"), "blue")
    undoes(s, lambda: dimensions_elements.set_description(s, dim, "Tata kelola"))
    eid, _ = undoes(s, lambda: lists.add(s, "element", {"dimension_id": dim, "name": "E"}))
    other, _ = lists.add(s, "element", {"dimension_id": dim, "name": "F"})
    undoes(s, lambda: lists.move(s, "element", eid, other))


def test_institutions_registries_workshop(s: EditSession) -> None:
    undoes(s, lambda: institutions.add_member(s, "dewan", "Bupati"))
    refuses(s, "op.blank", lambda: institutions.add_member(s, "dewan", ""))
    undoes(s, lambda: institutions.add_regulation(s, "Perbup Masterplan"))
    aid, _ = undoes(s, lambda: registries.add(s, "agency", {"name": "Diskominfo"}))
    undoes(s, lambda: registries.set_field(s, "agency", aid, "code", "KOM"))
    refuses(s, "op.blank", lambda: registries.set_field(s, "agency", aid, "name", ""))
    refuses(s, "op.not_list_table", lambda: registries.add(s, "mission", {"text": "x"}))
    first = s.db.rows("agency")[0]["id"]
    undoes(s, lambda: registries.move(s, "agency", aid, first))
    undoes(s, lambda: registries.delete(s, "agency", aid))
    mid, _ = undoes(s, lambda: workshop.add_meeting(s, "Lokakarya 1"))
    refuses(s, "op.blank", lambda: workshop.add_meeting(s, ""))
    fid, _ = undoes(s, lambda: workshop.add_feedback(s, "Tambah indikator", target_table="plan", meeting_id=mid))
    refuses(s, "value.not_choice", lambda: workshop.add_feedback(s, "x", target_table="tombstone"))
    undoes(s, lambda: workshop.set_feedback_status(s, fid, "done"))
    refuses(s, "value.not_choice", lambda: workshop.set_feedback_status(s, fid, "finished"))
    person, _ = undoes(s, lambda: workshop.add_participant(s, "Lalu Ahmad"))
    refuses(s, "op.blank", lambda: workshop.add_participant(s, " "))
    undoes(s, lambda: workshop.set_attendance(s, mid, person, True))
    undoes(s, lambda: workshop.set_attendance(s, mid, person, False))
    refuses(s, "row.not_found", lambda: workshop.set_attendance(s, mid, mid, True))
    undoes(s, lambda: workshop.add_action_item(s, "Kirim data", feedback_id=fid))


def test_workshop_record(s: EditSession) -> None:
    """The whole record (branch workshop-docs); more in tests/services/test_workshop.py."""
    mid, _ = workshop.add_meeting(s, "Lokakarya 1")
    undoes(s, lambda: workshop.update_meeting(s, mid, venue="Aula", date="2017-07-18"))
    refuses(s, "value.unknown_column", lambda: workshop.update_meeting(s, mid, colour="x"))
    pid, _ = workshop.add_participant(s, "Lalu Ahmad")
    undoes(s, lambda: workshop.update_participant(s, pid, nip="198908212014022002"))
    refuses(s, "op.blank", lambda: workshop.update_participant(s, pid, name=" "))
    undoes(s, lambda: workshop.set_attendance_many(s, mid, {pid: True}))
    undoes(s, lambda: workshop.set_minutes(s, mid, proceedings_md="Dibuka", decisions=["A"], minute_taker="B"))
    assert workshop.decisions_of("A\n\nB") == ["A", "B"]
    fid, _ = workshop.add_feedback(s, "Tambah indikator")
    undoes(s, lambda: workshop.answer_feedback(s, fid, "Sudah", "done"))
    undoes(s, lambda: workshop.update_feedback(s, fid, author="Narasumber"))
    aid, _ = workshop.add_action_item(s, "Kirim data")
    undoes(s, lambda: workshop.update_action_item(s, aid, owner="Baiq"))
    undoes(s, lambda: workshop.set_action_done(s, aid, True))
    undoes(s, lambda: workshop.import_participants(s, [{"name": "Rina", "nip": "198908212014022002"}]))
    refuses(s, "op.blank", lambda: workshop.import_participants(s, [{"name": "Rina"}, {"name": ""}]))
    undoes(s, lambda: workshop.delete_action_item(s, aid))
    undoes(s, lambda: workshop.delete_feedback(s, fid))
    undoes(s, lambda: workshop.delete_participant(s, pid))
    undoes(s, lambda: workshop.delete_meeting(s, mid))
    stage = s.db.rows("workshop_stage")[0]
    workshop.add_meeting(s, "Tahap 1", stage_id=stage["id"], date="2017-07-18")
    aid2, _ = workshop.add_action_item(s, "Kirim daftar aplikasi")
    undoes(s, lambda: workshop.set_action_due_stage(s, aid2, stage["number"]))
    gid, _ = undoes(s, lambda: workshop.add_group(s, "Kelompok A"))
    refuses(s, "op.blank", lambda: workshop.add_group(s, " "))
    pid2, _ = workshop.add_participant(s, "Rina")
    undoes(s, lambda: workshop.set_group_members(s, gid, [pid2]))
    gid2, _ = workshop.add_group(s, "Kelompok B")  # ws-record: a person's one group, set from the register
    undoes(s, lambda: workshop.set_participant_group(s, pid2, gid2))
    assert [m["group_id"] for m in s.db.rows("work_group_member", participant_id=pid2)] == [gid2]
    undoes(s, lambda: workshop.set_participant_group(s, pid2, None))
    assert s.db.rows("work_group_member", participant_id=pid2) == []
    refuses(s, "row.not_found", lambda: workshop.set_participant_group(s, pid2, pid2))
    crit, _ = undoes(s, lambda: workshop.default_criteria(s))
    cid, _ = undoes(s, lambda: workshop.add_criterion(s, "Inovasi", 10, "impact", True))
    refuses(s, "value.out_of_range", lambda: workshop.add_criterion(s, "X", 101))
    undoes(s, lambda: workshop.update_criterion(s, cid, weight=15))
    prog = (
        s.db.rows("program")[0]["id"]
        if s.db.rows("program")
        else programs.add(s, s.db.rows("dimension")[0]["id"], "P")[0]
    )
    undoes(s, lambda: workshop.score_candidate(s, prog, {crit[0]: 4, cid: 3}))
    undoes(s, lambda: workshop.set_votes(s, prog, gid, 3))
    undoes(s, lambda: workshop.choose_quick_win(s, prog))
    undoes(s, lambda: workshop.delete_criterion(s, cid))


def test_every_operation_is_exercised_here() -> None:
    """Each public operation of each subject module is called by a test in this file."""
    import inspect
    from types import ModuleType

    from smartcity_desktop.services import operations

    source = Path(__file__).read_text(encoding="utf-8")
    missing = []
    for name in operations.__all__:
        module: ModuleType = getattr(operations, name)
        for fname, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not fname.startswith("_"):
                if f"{name}.{fname}(" not in source:
                    missing.append(f"{name}.{fname}")
    assert missing == []


def test_framework_dimensions_and_elements(s: EditSession) -> None:
    """Issue 10: the framework is editable; removing a dimension or element moves or deletes its programs.
    (``undoes`` leaves each operation done: it undoes and redoes it.)"""
    db = s.db
    dims = db.rows("dimension")
    new_dim, _ = undoes(s, lambda: dimensions_elements.add_dimension(s, "Smart Tourism", "ST"))
    refuses(s, "op.blank", lambda: dimensions_elements.add_dimension(s, " "))
    assert [d["id"] for d in db.rows("dimension")][-1] == new_dim
    undoes(s, lambda: dimensions_elements.move_dimension(s, new_dim, True))
    assert [d["id"] for d in db.rows("dimension")][-2] == new_dim
    el, _ = undoes(s, lambda: dimensions_elements.add_element(s, new_dim, "Destinasi digital"))
    el2, _ = dimensions_elements.add_element(s, new_dim, "Promosi")
    undoes(s, lambda: dimensions_elements.rename_element(s, el, "Destinasi cerdas"))
    undoes(s, lambda: dimensions_elements.move_element(s, el2, True))
    assert [e["id"] for e in db.rows("element", dimension_id=new_dim)] == [el2, el]
    p1, _ = programs.add(s, new_dim, "Peta wisata", element_id=el)
    p2, _ = programs.add(s, new_dim, "Tiket daring", element_id=el)
    # an element removed: its programs go to another element (of another dimension here) ...
    other = db.rows("element", dimension_id=dims[0]["id"])[0]
    refuses(s, "op.same_target", lambda: dimensions_elements.delete_element(s, el, el))
    undoes(s, lambda: dimensions_elements.delete_element(s, el, other["id"]))
    assert db.get("element", el) is None
    moved = db.get("program", p1)
    assert (moved["element_id"], moved["dimension_id"]) == (other["id"], dims[0]["id"])
    # ... or are deleted with it
    p3, _ = programs.add(s, new_dim, "Wisata virtual", element_id=el2)
    undoes(s, lambda: dimensions_elements.delete_element(s, el2, delete_programs=True))
    assert db.get("program", p3) is None
    # a dimension removed: its programs move to another dimension, or go with it
    p4, _ = programs.add(s, new_dim, "Desa wisata")
    changes = dimensions_elements.delete_dimension(s, new_dim)
    assert db.get("program", p4) is None
    s.undo(changes)
    assert db.get("program", p4)["dimension_id"] == new_dim
    undoes(s, lambda: dimensions_elements.delete_dimension(s, new_dim, dims[1]["id"]))
    assert db.get("program", p4)["dimension_id"] == dims[1]["id"]
    assert db.get("program", p2)["dimension_id"] == dims[0]["id"]
    for d in db.rows("dimension")[1:]:
        dimensions_elements.delete_dimension(s, d["id"])
    refuses(s, "op.last_dimension", lambda: dimensions_elements.delete_dimension(s, dims[0]["id"]))


# -- branch dedup: the operations check with the one rule set of core (no rule of their own) ----------------


def test_operations_refuse_with_the_core_rules_own_key_and_words(s: EditSession) -> None:
    """Each argument check names the rule of core/validate.py or core/rules.py that ``check`` would list."""
    from smartcity_desktop.core import rules
    from smartcity_desktop.core.validate import check_period

    start, end = _period(s)
    pid = _program(s)
    cases = [
        (lambda: programs.set_years(s, pid, start, end + 1), "program.outside_period_years"),
        (lambda: programs.set_years(s, pid, start + 2, start + 1), "program.years"),
        (lambda: programs.set_budget(s, pid, start + 5, 10), "budget.outside_program"),
        (lambda: programs.set_budget(s, pid, end + 1, 10), "budget.outside_period"),
        (lambda: plan.set_period(s, 2018, 2038), "plan.period_length"),
        (lambda: plan.set_period(s, 1989, 1999), "plan.period_range"),
    ]
    for op, key in cases:
        with pytest.raises(PlanError) as info:
            op()
        assert info.value.key == key, info.value.message("en")
    found = check_period(2018, 2038)
    assert found is not None and found[0] == "plan.period_length"
    top = s.db.rows("chapter", parent_id=None)
    child, _ = chapters.add(s, top[0]["id"], "Sub")
    with pytest.raises(PlanError) as info:
        chapters.set_parent(s, top[0]["id"], child)
    assert info.value.key == "chapter.parent_loop" and "Sub" in info.value.message("en")
    assert rules.parent_loop(s.db.rows("chapter"), top[0]["id"], child) is not None
    assert rules.parent_loop(s.db.rows("chapter"), child, top[1]["id"]) is None


def test_period_conflicts_are_the_rows_the_rule_set_finds(s: EditSession) -> None:
    from smartcity_desktop.core import rules

    start, end = _period(s)
    pid = _program(s)
    programs.set_years(s, pid, start, end)
    programs.set_budget(s, pid, end, 500)
    rows = {t: s.db.rows(t) for t in ("program", "program_budget", "indicator_target")}
    expected = {(t, r["id"]) for t, items in rules.rows_outside_period(rows, start, end - 1).items() for r in items}
    assert {(c[0], c[1]) for c in plan.outside(s.db, start, end - 1)} == expected and expected
