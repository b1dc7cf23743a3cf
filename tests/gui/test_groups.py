# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand out to groups and merge their copies through the real window: preview, conflict dialog, one undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smartcity_desktop.gui import groups_dialogs
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import profile


def _set_motto(path: Path, motto: str) -> None:
    doc = PlanDocument.open(path)
    try:
        with doc.db.action() as changes:
            doc.db.update("plan", doc.db.plan()["id"], {"motto": motto})
        doc.edited(changes)
    finally:
        doc.close()


def test_hand_out_and_merge_with_a_conflict_decided_in_the_dialog(
    demo_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    seen: dict[str, Any] = {}

    def fill_hand_out(dialog: QDialog) -> int:
        assert isinstance(dialog, groups_dialogs.HandOutDialog)
        assert dialog.table.rowCount() == 3  # three groups proposed, two dimensions each
        dialog.table.item(0, 0).setText("Kelompok Ekonomi")
        dialog.table.removeRow(2)
        dialog.folder.setText(str(tmp_path))
        seen["groups"] = dialog.chosen_groups()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(groups_dialogs.HandOutDialog, "exec", fill_hand_out)
    files = groups_dialogs.hand_out(demo_window, demo_window.session)
    assert [g.name for g in seen["groups"]] == ["Kelompok Ekonomi", "Kelompok 2"]
    assert len(files) == 2 and all(f.exists() for f in files)

    session = demo_window.session
    assert session.run("Moto", profile.set_field, "motto", "Dari fasilitator")
    _set_motto(files[0], "Dari kelompok")
    _set_motto(files[1], "Dari kelompok")  # both groups agree: one conflict per group with the master

    def decide(dialog: QDialog) -> int:
        assert isinstance(dialog, groups_dialogs.MergeDialog)
        items = dialog.conflict_items()
        assert len(items) == 2
        dialog.tree.setCurrentItem(items[0])
        assert dialog.take.isEnabled() and "Dari kelompok" in dialog.diff.toPlainText()
        dialog.keep.click()
        dialog.tree.setCurrentItem(items[1])
        dialog.edit.click()
        dialog.edited.setPlainText("Kata sepakat")
        seen["decisions"] = (dict(dialog.decisions), dict(dialog.edits))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(groups_dialogs.MergeDialog, "exec", decide)
    outcome = groups_dialogs.merge(demo_window, session, [str(f) for f in files])
    assert outcome is not None and outcome.open_conflicts == 0
    assert len(seen["decisions"][0]) == 1 and list(seen["decisions"][1].values()) == ["Kata sepakat"]
    assert session.db.plan()["motto"] == "Kata sepakat"
    session.undo_stack.undo()  # the whole merge is one step
    assert session.db.plan()["motto"] == "Dari fasilitator"
    session.undo_stack.redo()
    assert session.db.plan()["motto"] == "Kata sepakat"


def test_a_bad_group_file_is_refused_with_a_message(demo_window: Any, tmp_path: Path, messages_patched: Any) -> None:
    bad = tmp_path / "rusak.smartcity"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert groups_dialogs.merge(demo_window, demo_window.session, [str(bad)]) is None
    assert messages_patched.texts() and "rusak.smartcity" in messages_patched.texts()[-1]


def test_merge_dialog_lists_changes_of_each_group(demo_window: Any, tmp_path: Path, qtbot: Any) -> None:
    from smartcity_desktop.services import groups

    doc = demo_window.session.document
    files = groups.hand_out(doc, [groups.Group("A")], tmp_path, "b")
    _set_motto(files[0], "Baru")
    preview = groups.preview_merge(doc, files)
    dialog = groups_dialogs.MergeDialog(preview)
    qtbot.addWidget(dialog)
    top = dialog.tree.topLevelItem(0)
    assert top is not None and top.text(0).startswith("A")
    changed = top.child(0)
    assert changed is not None and changed.text(0) == "Diubah (1)"
    assert changed.child(0).text(2) == "Baru" and not dialog.conflict_items()
    assert dialog.tree.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_group_copy_opens_with_its_banner_and_flags_edits_elsewhere(
    controller: Any, demo_file: Path, tmp_path: Path, qtbot: Any
) -> None:
    from smartcity_desktop.services import groups

    doc = PlanDocument.open(demo_file)
    try:
        (copy,) = groups.hand_out(doc, [groups.Group("Kelompok Hijau", ("Smart Environment",))], tmp_path, "b")
    finally:
        doc.close()
    assert controller.open_path(str(copy))
    win = controller.window
    qtbot.waitExposed(win)
    assert win.banner.isVisible() and "Kelompok Hijau" in win.banner_label.text()
    assert "Smart Environment" in win.banner_label.text()
    assert win.session.run("Moto", profile.set_field, "motto", "Moto baru")
    assert "Di luar dimensi kelompok Kelompok Hijau" in win.statusBar().currentMessage()


def test_the_file_menu_offers_hand_out_merge_and_the_merge_report(
    demo_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[str] = []
    monkeypatch.setattr(groups_dialogs, "hand_out", lambda *_a: called.append("hand_out"))
    monkeypatch.setattr(groups_dialogs, "merge", lambda *_a: called.append("merge"))
    actions = demo_window.menu_actions
    actions.hand_out.trigger()
    actions.merge.trigger()
    assert called == ["hand_out", "merge"]
    assert "merges" in actions.export


def test_the_merge_preview_shows_allowed_values_by_their_label(demo_window: Any, tmp_path: Path, qtbot: Any) -> None:
    from smartcity_desktop.services import groups

    doc = demo_window.session.document
    (copy, other) = groups.hand_out(doc, [groups.Group("A"), groups.Group("B")], tmp_path, "b")
    for path, status in ((copy, "ongoing"), (other, "done")):
        group_doc = PlanDocument.open(path)
        try:
            with group_doc.db.action() as changes:
                pid = next(p for p in group_doc.db.rows("program") if p["status"] == "planned")["id"]
                group_doc.db.update("program", pid, {"status": status})
            group_doc.edited(changes)
        finally:
            group_doc.close()
    dialog = groups_dialogs.MergeDialog(groups.preview_merge(doc, [copy, other]))
    qtbot.addWidget(dialog)
    changed = dialog.tree.topLevelItem(0).child(0)
    assert (changed.child(0).text(1), changed.child(0).text(2)) == ("Direncanakan", "Berjalan")
    (conflict,) = dialog.conflict_items()
    assert (conflict.text(1), conflict.text(2)) == ("Berjalan", "Selesai")
