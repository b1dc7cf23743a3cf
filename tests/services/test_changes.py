# SPDX-License-Identifier: GPL-3.0-or-later
"""Stages and versions: close a stage (named snapshot), compare two states, restore as a new file only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcity_desktop.core import figures
from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services import stages
from smartcity_desktop.services.changes import change_report
from smartcity_desktop.services.document import PlanDocument, read_rows
from smartcity_desktop.services.operations import chapters, programs, workshop
from smartcity_desktop.services.session import EditSession


@pytest.fixture
def s(demo_file: Path) -> Iterator[EditSession]:
    doc = PlanDocument.open(demo_file)
    try:
        yield EditSession(doc)
    finally:
        doc.close()


def _edit_after_stage(s: EditSession) -> dict[str, str]:
    """Plausible work between two stages: one program added, one removed, one changed, text, feedback."""
    progs = s.db.rows("program")
    first, gone = progs[0], progs[1]
    dim = first["dimension_id"]
    new_id, _ = programs.add(s, dim, "Sistem Informasi Desa Terpadu", (2019, 2021))
    programs.delete(s, gone["id"])
    programs.rename(s, first["id"], first["name"] + " (revisi)")
    budget = next(b for b in s.db.rows("program_budget") if b["program_id"] == first["id"] and b["amount"])
    programs.set_budget(s, first["id"], budget["year"], budget["amount"] + 250_000_000)
    chapter = next(c for c in s.db.rows("chapter") if c.get("body_md"))
    chapters.set_body(s, chapter["id"], chapter["body_md"] + "\n\nKalimat tambahan hasil Tahap III.")
    open_fb = next(f for f in s.db.rows("feedback") if f["status"] == "open")
    workshop.answer_feedback(s, open_fb["id"], "Sudah ditindaklanjuti", "done")
    workshop.add_feedback(s, "Masukan baru narasumber", author="Narasumber")
    return {"new": new_id, "gone": gone["name"], "first": first["name"], "chapter": chapter["title"]}


def test_close_stage_compare_and_report(s: EditSession) -> None:
    sid, changes = stages.close_stage(s, 4)
    snap = s.db.get("snapshot", sid)
    assert snap is not None and snap["name"] == "Draf Tahap 4, 27 Oktober 2017" and snap["kind"] == "stage"
    with pytest.raises(PlanError) as e:
        stages.close_stage(s, 2)  # the demo's draft of stage 2 has this name already
    assert e.value.key == "stage.name_taken"
    with pytest.raises(PlanError):
        stages.close_stage(s, 9)
    edits = _edit_after_stage(s)
    rows = s.db.all_rows()
    before, name = stages.rows_at(rows, "Draf Tahap 4")  # a unique start of the name is enough
    after, now = stages.rows_at(rows, None)
    assert name == snap["name"] and now == "Rencana saat ini"
    report = change_report(before, after, name, now)
    kinds = {(p.kind, p.name) for p in report.programs}
    assert ("added", "Sistem Informasi Desa Terpadu") in kinds
    assert ("removed", edits["gone"]) in kinds
    changed = next(p for p in report.programs if p.kind == "changed")
    assert {f.field for f in changed.fields} >= {"name", "budget"}
    name_change = next(f for f in changed.fields if f.field == "name")
    assert (name_change.before, name_change.after) == (edits["first"], edits["first"] + " (revisi)")
    gone_id = next(p["id"] for p in before["program"] if p["name"] == edits["gone"])
    gone_budget = figures.budget_by_program(before)[gone_id]
    assert report.budget_after - report.budget_before == 250_000_000 - gone_budget
    chapter = next(c for c in report.chapters if c.title == edits["chapter"])
    assert ("new", "Kalimat tambahan hasil Tahap III.") in chapter.diff
    assert [f.text for f in report.feedback_opened] == ["Masukan baru narasumber"]
    assert [f.response for f in report.feedback_closed] == ["Sudah ditindaklanjuti"]
    assert change_report(after, after, now, now).empty
    assert report.counts() == {"added": 1, "removed": 1, "changed": 1, "chapters": 1, "opened": 1, "closed": 1}
    s.undo(changes)  # closing a stage is one step
    assert s.db.get("snapshot", sid) is None


def test_budget_totals_follow_core_figures(s: EditSession) -> None:
    stages.close_stage(s, 1, "Versi A")
    p = s.db.rows("program")[0]
    programs.set_budget(s, p["id"], p["first_year"] or 2018, 1_000_000)
    rows = s.db.all_rows()
    before, _ = stages.rows_at(rows, "Versi A")
    report = change_report(before, rows, "a", "b")
    assert (report.budget_before, report.budget_after) == (figures.budget_total(before), figures.budget_total(rows))
    assert report.budget_before != report.budget_after


def test_unchanged_plan_gives_an_empty_report(s: EditSession) -> None:
    stages.close_stage(s, 3, "Versi C")
    rows = s.db.all_rows()
    before, _ = stages.rows_at(rows, "Versi C")
    assert change_report(before, rows, "a", "b").empty


def test_restore_never_overwrites(s: EditSession, tmp_path: Path, demo_file: Path) -> None:
    sid, _ = stages.close_stage(s, 1, "Versi A")
    programs.delete(s, s.db.rows("program")[0]["id"])
    existing = tmp_path / "ada.smartcity"
    existing.write_bytes(b"keep me")
    with pytest.raises(PlanError) as e:
        stages.restore_snapshot_as_new_file(s.db, sid, existing)
    assert e.value.key == "file.exists" and existing.read_bytes() == b"keep me"
    with pytest.raises(PlanError):
        stages.restore_from_file(demo_file, "Versi A", demo_file)  # never over the plan itself
    target = tmp_path / "pulih.smartcity"
    stages.restore_snapshot_as_new_file(s.db, "Versi A", target)
    restored, _version = read_rows(target)
    assert len(restored["program"]) == len(s.db.rows("program")) + 1
    assert restored["snapshot"] == []
    with pytest.raises(PlanError) as e:
        stages.restore_snapshot_as_new_file(s.db, "Tidak ada", tmp_path / "x.smartcity")
    assert e.value.key == "stage.snapshot_unknown" and "Versi A" in e.value.message()


def test_snapshots_listed_oldest_first(s: EditSession) -> None:
    stages.close_stage(s, 1, "A")
    stages.close_stage(s, 2, "B")
    names = [x.name for x in stages.snapshots(s.db.all_rows(), "stage")]
    assert names[-2:] == ["A", "B"]


def test_demo_has_stage_drafts_that_really_differ() -> None:
    """The demo's drafts at the end of stages 1-3: valid plans, and Tahap 2 -> Tahap 3 shows the work of stage 3."""
    from smartcity_desktop.core import rules
    from smartcity_desktop.demo import demo_rows

    rows = demo_rows()
    names = [x.name for x in stages.snapshots(rows, "stage")]
    assert names == ["Draf Tahap 1, 19 Juli 2017", "Draf Tahap 2, 5 September 2017", "Draf Tahap 3, 28 September 2017"]
    drafts = [stages.rows_at(rows, n)[0] for n in names]
    for draft in drafts:
        assert rules.broken_rules(draft) == [] and rules.row_problems(draft) == []
    counts = [len(d["program"]) for d in drafts]
    assert counts == sorted(counts) and counts[-1] < len(rows["program"])
    report = change_report(drafts[1], drafts[2], names[1], names[2])
    c = report.counts()
    assert c["added"] >= 3 and c["changed"] >= 3 and c["chapters"] >= 1 and c["opened"] >= 1 and c["closed"] >= 1
    assert report.budget_before != report.budget_after
    renamed = [f for p in report.programs for f in p.fields if f.field == "name"]
    assert renamed and all(f.before != f.after for f in renamed)
    assert stages.stage_versions(rows, 3) == (
        stages.find_snapshot(rows, names[1]),
        stages.find_snapshot(rows, names[2]),
    )
    assert stages.stage_versions(rows, 4)[1] is None  # stage 4 is not closed: compared with the plan as it is
