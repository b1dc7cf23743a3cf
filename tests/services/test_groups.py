# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand out copies to working groups and merge them back into the master."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.errors import FileRefused, PlanError
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.groups import (
    Group,
    answer_key,
    hand_out,
    merge_groups,
    parse_group,
    resolve_dimensions,
)
from smartcity_desktop.services.plans import summary


def _edit(path: Path, fn: Any) -> None:
    doc = PlanDocument.open(path)
    try:
        with doc.db.action() as changes:
            fn(doc.db)
        doc.edited(changes)
    finally:
        doc.close()


def _program(db: Any, name_part: str) -> dict[str, Any]:
    return next(p for p in db.rows("program") if name_part in p["name"])


def _rows(path: Path, table: str) -> list[dict[str, Any]]:
    from smartcity_desktop.services.document import read_rows

    return read_rows(path)[0][table]


@pytest.fixture
def handed(demo_file: Path, tmp_path: Path) -> tuple[Path, list[Path]]:
    out = tmp_path / "kelompok"
    out.mkdir()
    doc = PlanDocument.open(demo_file)
    try:
        files = hand_out(
            doc,
            [parse_group("Kelompok 1:Ekonomi"), parse_group("Kelompok 2:Lingkungan,Mobility"), Group("Kelompok 3")],
            out,
            "Bagikan ke kelompok, Tahap 2",
        )
    finally:
        doc.close()
    return demo_file, files


def test_parse_group_and_dimensions_by_word_code_or_number() -> None:
    assert parse_group("Kelompok 2:Ekonomi, 3") == Group("Kelompok 2", ("Ekonomi", "3"))
    dims = [
        {"id": "a", "code": "economy", "name": "Smart Economy", "sort_key": 1},
        {"id": "b", "code": "living", "name": "Smart Living", "sort_key": 2},
    ]
    assert resolve_dimensions(dims, ["ekonomi", "2", "Smart Living"]) == ["a", "b", "b"]
    with pytest.raises(PlanError) as e:
        resolve_dimensions(dims, ["Pariwisata"])
    assert "Pariwisata" in e.value.message() and "Smart Living" in e.value.message()
    with pytest.raises(PlanError):
        parse_group(":Ekonomi")


def test_hand_out_writes_one_copy_per_group_with_its_baseline(handed: tuple[Path, list[Path]]) -> None:
    master, files = handed
    assert [f.name for f in files] == [
        "Kelompok-1-Economy.smartcity",
        "Kelompok-2-Kelompok-2.smartcity",
        "Kelompok-3-Kelompok-3.smartcity",
    ]
    infos = [_rows(f, "copy_info")[0] for f in files]
    master_info = _rows(master, "copy_info")[0]
    baselines = [s for s in _rows(master, "snapshot") if s["kind"] == "baseline"]
    assert len(baselines) == 1
    for info, group in zip(infos, ("Kelompok 1", "Kelompok 2", "Kelompok 3"), strict=True):
        assert info["plan_id"] == master_info["plan_id"] and info["id"] != master_info["id"]
        assert info["baseline_id"] == baselines[0]["id"] and info["group_name"] == group
    assert len(json.loads(infos[1]["group_dimensions"])) == 2
    assert summary(files[0]).counts["program"] == summary(master).counts["program"]


def test_three_groups_merge_with_one_conflict_and_nothing_lost(handed: tuple[Path, list[Path]]) -> None:
    master, (g1, g2, g3) = handed
    _edit(g1, lambda db: db.update("program", _program(db, "Pasar")["id"], {"name": "Pasar Daring Selong"}))
    _edit(g2, lambda db: db.update("program", _program(db, "Pasar")["id"], {"name": "Pasar Online"}))

    def add_program(db: Any) -> None:
        p = db.rows("program")[0]
        db.insert(
            "program",
            {
                **{k: p[k] for k in ("dimension_id", "status", "is_quick_win")},
                "id": None,
                "name": "Bank Sampah Digital",
            },
        )

    _edit(g3, add_program)
    _edit(g2, lambda db: db.update("plan", db.plan()["id"], {"motto": "Patuh Karya"}))
    doc = PlanDocument.open(master)
    try:
        outcome = merge_groups(doc, [g1, g2, g3])
        names = {p["name"] for p in doc.db.rows("program")}
    finally:
        doc.close()
    assert "Pasar Daring Selong" in names and "Bank Sampah Digital" in names
    assert summary(master).plan["motto"] == "Patuh Karya"
    assert outcome.open_conflicts == 1
    (conflict,) = outcome.groups[1].plan.conflicts
    assert (conflict.master, conflict.group) == ("Pasar Daring Selong", "Pasar Online")
    decisions = _rows(master, "merge_decision")
    assert [d["decision"] for d in decisions] == ["open"]
    report = outcome.report()
    assert [len(g["conflicts"]) for g in report["groups"]] == [0, 1, 0]
    assert any(c["field"] == "name" for c in report["groups"][0]["changed"])


def test_merging_the_same_copy_again_changes_nothing(handed: tuple[Path, list[Path]]) -> None:
    master, (g1, _g2, _g3) = handed
    _edit(g1, lambda db: db.update("program", _program(db, "Pasar")["id"], {"activities": "Satu\n\nDua"}))
    doc = PlanDocument.open(master)
    try:
        first = merge_groups(doc, [g1])
        before = {t: rows for t, rows in doc.db.all_rows().items() if t not in ("snapshot", "merge_decision")}
        second = merge_groups(doc, [g1])
        after = {t: rows for t, rows in doc.db.all_rows().items() if t not in ("snapshot", "merge_decision")}
    finally:
        doc.close()
    assert first.groups[0].plan.updates and not second.groups[0].plan
    assert before == after


def test_a_renamed_copy_from_a_read_only_folder_merges(handed: tuple[Path, list[Path]], tmp_path: Path) -> None:
    master, (g1, _g2, _g3) = handed
    _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Dari surel"}))
    ro = tmp_path / "ro"
    ro.mkdir()
    renamed = ro / "Kelompok 1 (1).smartcity"
    shutil.copy(g1, renamed)
    renamed.chmod(0o444)
    ro.chmod(0o555)
    try:
        doc = PlanDocument.open(master)
        try:
            merge_groups(doc, [renamed])
        finally:
            doc.close()
    finally:
        ro.chmod(0o755)
    assert summary(master).plan["motto"] == "Dari surel"


def test_the_conflict_decided_for_the_group_lands_on_the_next_merge(handed: tuple[Path, list[Path]]) -> None:
    from smartcity_desktop.services.groups import decide

    master, (g1, _g2, _g3) = handed
    _edit(master, lambda db: db.update("plan", db.plan()["id"], {"motto": "Master"}))
    _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Kelompok"}))
    doc = PlanDocument.open(master)
    try:
        (c,) = merge_groups(doc, [g1]).groups[0].plan.conflicts
        decide(doc, _rows_copy_id(g1), c.key, "group")
        again = merge_groups(doc, [g1])
    finally:
        doc.close()
    assert not again.open_conflicts and summary(master).plan["motto"] == "Kelompok"


def _rows_copy_id(path: Path) -> str:
    return str(_rows(path, "copy_info")[0]["id"])


def test_a_file_of_another_plan_or_a_bad_file_is_refused_and_the_master_untouched(
    handed: tuple[Path, list[Path]], plan_file: Path, tmp_path: Path
) -> None:
    master, (g1, _g2, _g3) = handed
    bad = tmp_path / "rusak.smartcity"
    bad.write_bytes(g1.read_bytes()[:5000])
    before = master.read_bytes()
    for files, error in (([g1, plan_file], PlanError), ([g1, bad], FileRefused)):
        doc = PlanDocument.open(master)
        try:
            with pytest.raises(error):
                merge_groups(doc, files)
        finally:
            doc.close(abandon=True)
        assert master.read_bytes() == before


def test_a_clock_a_year_off_wins_nothing(handed: tuple[Path, list[Path]]) -> None:
    master, (g1, _g2, _g3) = handed
    _edit(master, lambda db: db.update("plan", db.plan()["id"], {"motto": "Master"}))

    def skewed(db: Any) -> None:
        db.update("plan", db.plan()["id"], {"motto": "Kelompok"})
        db.conn.execute("UPDATE plan SET modified_at = '2031-01-01T00:00:00Z'")

    _edit(g1, skewed)
    doc = PlanDocument.open(master)
    try:
        outcome = merge_groups(doc, [g1])
    finally:
        doc.close()
    assert outcome.open_conflicts == 1 and summary(master).plan["motto"] == "Master"


def test_a_group_copy_knows_its_group_and_flags_edits_outside_its_dimensions(
    handed: tuple[Path, list[Path]],
) -> None:
    from smartcity_desktop.services.groups import group_copy, outside_group

    master, (g1, _g2, _g3) = handed
    doc = PlanDocument.open(master)
    try:
        assert group_copy(doc.db) is None
    finally:
        doc.close()
    doc = PlanDocument.open(g1)
    try:
        group = group_copy(doc.db)
        assert group is not None and group.name == "Kelompok 1" and group.dimension_names == ("Smart Economy",)
        dims = {d["id"]: d["name"] for d in doc.db.rows("dimension")}
        own = next(p for p in doc.db.rows("program") if dims[p["dimension_id"]] == "Smart Economy")
        other = next(p for p in doc.db.rows("program") if dims[p["dimension_id"]] != "Smart Economy")
        with doc.db.action() as inside:
            doc.db.set_yearly("program_budget", "program_id", own["id"], 2019, "amount", 5)
        with doc.db.action() as outside:
            doc.db.update("program", other["id"], {"name": "Diubah kelompok lain"})
            doc.db.update("plan", doc.db.plan()["id"], {"motto": "Moto"})
        assert outside_group(doc.db, group, inside) == []
        assert outside_group(doc.db, group, outside) == ["Diubah kelompok lain", "Lombok Timur"]
    finally:
        doc.close(abandon=True)


def test_preview_changes_nothing_and_answers_from_the_preview_are_applied(handed: tuple[Path, list[Path]]) -> None:
    from smartcity_desktop.services.groups import merge_reports, preview_merge

    master, (g1, g2, _g3) = handed
    _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Satu"}))
    _edit(g2, lambda db: db.update("plan", db.plan()["id"], {"motto": "Dua"}))
    before = master.read_bytes()
    doc = PlanDocument.open(master)
    try:
        preview = preview_merge(doc, [g1, g2])
        assert not doc.dirty
        (c,) = preview.groups[1].plan.conflicts
        assert (c.master, c.group) == ("Satu", "Dua")
        outcome = merge_groups(doc, [g1, g2], decisions={answer_key(preview.groups[1].copy_id, c): "group"})
        assert outcome.open_conflicts == 0
        reports = merge_reports(doc.db)
    finally:
        doc.close()
    assert before != master.read_bytes() and summary(master).plan["motto"] == "Dua"
    assert [g["group"] for g in reports[-1]["groups"]] == ["Kelompok 1", "Kelompok 2"]
    assert reports[-1]["groups"][1]["resolved"][0]["decision"] == "group"


def test_a_copy_from_a_previous_stage_and_a_plain_file_copy_still_merge(
    handed: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    master, (old_stage, _g2, _g3) = handed
    later = tmp_path / "tahap3"
    later.mkdir()
    doc = PlanDocument.open(master)
    try:
        hand_out(doc, [Group("Kelompok 1")], later, "Tahap 3")
    finally:
        doc.close()
    _edit(master, lambda db: db.update("plan", db.plan()["id"], {"capital": "Selong"}))
    _edit(old_stage, lambda db: db.update("plan", db.plan()["id"], {"motto": "Tahap dua"}))
    plain = tmp_path / "salinan-biasa.smartcity"
    shutil.copy(master, plain)
    _edit(plain, lambda db: db.update("plan", db.plan()["id"], {"motto": "Tanpa baseline"}))
    doc = PlanDocument.open(master)
    try:
        outcome = merge_groups(doc, [old_stage, plain])
    finally:
        doc.close()
    first, second = outcome.groups
    assert first.baseline == "shared" and not first.plan.conflicts
    assert second.baseline == "none" and [c.column for c in second.plan.conflicts] == ["motto"]
    plan = summary(master).plan
    assert (plan["motto"], plan["capital"]) == ("Tahap dua", "Selong")


def test_a_conflict_answered_with_a_typed_value(handed: tuple[Path, list[Path]]) -> None:
    from smartcity_desktop.services.groups import preview_merge

    master, (g1, _g2, _g3) = handed
    _edit(master, lambda db: db.update("plan", db.plan()["id"], {"motto": "Master"}))
    _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Kelompok"}))
    doc = PlanDocument.open(master)
    try:
        preview = preview_merge(doc, [g1])
        (c,) = preview.groups[0].plan.conflicts
        outcome = merge_groups(doc, [g1], edits={answer_key(preview.groups[0].copy_id, c): "Master dan Kelompok"})
        again = merge_groups(doc, [g1])
    finally:
        doc.close()
    assert outcome.open_conflicts == 0 and not again.open_conflicts and not again.groups[0].plan
    assert summary(master).plan["motto"] == "Master dan Kelompok"


def test_the_merge_report_exports_as_pdf(handed: tuple[Path, list[Path]], tmp_path: Path) -> None:
    from pypdf import PdfReader

    from smartcity_desktop.cli import main

    master, (g1, _g2, _g3) = handed
    _edit(master, lambda db: db.update("plan", db.plan()["id"], {"motto": "Master"}))
    _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Kelompok", "capital": "Selong Baru"}))
    doc = PlanDocument.open(master)
    try:
        merge_groups(doc, [g1])
    finally:
        doc.close()
    out = tmp_path / "laporan.pdf"
    assert main(["export", str(master), "--document", "merges", "-o", str(out)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    for words in ("Laporan Penggabungan Kelompok", "Kelompok-1-Economy.smartcity)", "Ibu kota", "Selong Baru", "Moto"):
        assert words in text, text
    assert "1 isian diubah" in text and "terbuka" in text and str(tmp_path) not in text


def test_a_merge_takes_a_backup_first_and_a_refused_backup_refuses_the_merge(
    handed: tuple[Path, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.core.errors import WriteFailed
    from smartcity_desktop.services import backups, groups

    master, (g1, _g2, _g3) = handed
    _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Baru"}))
    doc = PlanDocument.open(master)
    try:
        before = [b for b in backups.list_backups(doc) if b.reason == "merge"]
        merge_groups(doc, [g1])
        assert len([b for b in backups.list_backups(doc) if b.reason == "merge"]) == len(before) + 1

        def full(*_a: Any) -> None:
            raise WriteFailed("write.folder_full", "backups")

        monkeypatch.setattr(groups, "take_backup", full)
        _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Lagi"}))
        with pytest.raises(WriteFailed):
            merge_groups(doc, [g1])
        assert doc.db.plan()["motto"] == "Baru"
    finally:
        doc.close()


def test_tables_a_copy_holds_as_the_master_does_are_not_read_and_the_merge_is_the_same(
    handed: tuple[Path, list[Path]],
) -> None:
    from smartcity_desktop.services.groups import plan_id_of, preview_copies, read_copies

    master, (g1, g2, _g3) = handed
    _edit(g1, lambda db: db.update("program", _program(db, "Pasar")["id"], {"activities": "Satu\n\nDua"}))
    doc = PlanDocument.open(master)
    try:
        plan_id = plan_id_of(doc.db)
        full = read_copies([g1, g2], plan_id)
        lean = read_copies([g1, g2], plan_id, doc.db)
        plans_full = [g.plan for g in preview_copies(doc.db, full).groups]
        plans_lean = [g.plan for g in preview_copies(doc.db, lean).groups]
    finally:
        doc.close()
    (_p1, rows1), (_p2, rows2) = lean
    assert "program" not in rows1.same and "program" in rows1  # the group's edit is read
    assert {"indicator_target", "readiness_score", "chapter"} <= rows2.same  # untouched: left unread
    assert not rows2.get("indicator_target") and full[1][1]["indicator_target"]
    assert {"copy_info", "snapshot"}.isdisjoint(rows2.same)
    assert plans_lean == plans_full and plans_lean[0].updates and not plans_lean[1]


def test_a_damaged_copy_among_several_is_refused_with_its_own_message(
    handed: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    from smartcity_desktop.services.groups import read_copies

    _master, (g1, g2, g3) = handed
    data = bytearray(g2.read_bytes())
    at = data.find(b"Pasar")
    data[at] ^= 0x01  # one bit of a program name: only the checksum sees it
    bad = tmp_path / "Kelompok-2-dari-email.smartcity"
    bad.write_bytes(bytes(data))
    with pytest.raises(FileRefused) as refused:
        read_copies([g1, bad, g3], None)
    assert refused.value.key == "file.checksum_mismatch" and str(bad) in refused.value.message()


def _flip_in(path: Path, text: str, out: Path) -> Path:
    data = bytearray(path.read_bytes())
    at = data.find(text.encode("utf-8"))
    assert at >= 0
    data[at + 1] ^= 0x01  # one bit of a letter: only the checksum sees it
    out.write_bytes(bytes(data))
    return out


def _chapter_phrase(path: Path) -> tuple[str, str]:
    chapter = next(c for c in _rows(path, "chapter") if len(c["body_md"] or "") > 200)
    return chapter["id"], chapter["body_md"][100:140]


def test_damage_in_a_table_the_group_changed_refuses_the_copy(handed: tuple[Path, list[Path]], tmp_path: Path) -> None:
    master, (g1, _g2, _g3) = handed
    _edit(g1, lambda db: db.update("program", _program(db, "Pasar")["id"], {"name": "Pasar Daring Selong"}))
    bad = _flip_in(g1, "Pasar Daring Selong", tmp_path / "rusak.smartcity")
    before = master.read_bytes()
    doc = PlanDocument.open(master)
    try:
        with pytest.raises(FileRefused) as refused:
            merge_groups(doc, [bad])
    finally:
        doc.close(abandon=True)
    assert refused.value.key == "file.checksum_mismatch" and "program" in refused.value.message()
    assert master.read_bytes() == before


def test_damage_in_a_table_the_group_left_as_the_master_has_it_is_never_read(
    handed: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    from smartcity_desktop.storage.vet import vet

    master, (g1, _g2, _g3) = handed
    _edit(g1, lambda db: db.update("plan", db.plan()["id"], {"motto": "Kata kelompok"}))
    chapter_id, phrase = _chapter_phrase(g1)
    damaged = _flip_in(g1, phrase, tmp_path / "Kelompok-1-dari-usb.smartcity")
    with pytest.raises(FileRefused):  # read on its own, the copy is damaged
        vet(damaged)
    doc = PlanDocument.open(master)
    try:
        outcome = merge_groups(doc, [damaged])  # merged into the master, its chapters are not needed
        body = doc.db.get("chapter", chapter_id)["body_md"]
    finally:
        doc.close()
    assert phrase in body and summary(master).plan["motto"] == "Kata kelompok"
    assert not outcome.open_conflicts and all(u.table != "chapter" for u in outcome.groups[0].plan.updates)
