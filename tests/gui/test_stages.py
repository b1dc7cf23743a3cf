# SPDX-License-Identifier: GPL-3.0-or-later
"""Stages and versions through the real window: close a stage, list the versions, compare two of them in a
readable change report, print one as it was, restore one as a new plan file (never over a file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from smartcity_desktop.gui import stages_dialogs as sd
from tests.gui.jobs import export_ended


@pytest.fixture
def close_dialog(auto_accept: Any) -> list[sd.CloseStageDialog]:
    """CloseStageDialog.exec presses "Tutup tahap" with what the dialog proposes."""
    return auto_accept(sd.CloseStageDialog)


@pytest.fixture(autouse=True)
def dialogs_closed(qapp: Any) -> Iterator[None]:
    """Each test leaves no dialog of its own open (they would outlive the window in later tests)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def names(dlg: sd.VersionsDialog) -> list[str]:
    return [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]


def test_close_a_stage_and_see_the_version_listed(demo_window: Any, close_dialog: list[Any]) -> None:
    window = demo_window
    window.menu_actions.close_stage.trigger()
    (dlg,) = close_dialog
    assert dlg.stage.currentData() == 4  # stages 1-3 of the demo have their drafts already
    assert dlg.name.text() == "Draf Tahap 4, 27 Oktober 2017"  # the stage's last meeting day
    assert dlg.result() == QDialog.DialogCode.Accepted
    window.menu_actions.versions.trigger()
    versions = window.versions_dialog
    listed = names(versions)
    assert listed[:3] == [
        "Draf Tahap 1, 19 Juli 2017",
        "Draf Tahap 2, 5 September 2017",
        "Draf Tahap 3, 28 September 2017",
    ]
    assert "Draf Tahap 4, 27 Oktober 2017" in listed
    kinds = {versions.table.item(r, 2).text() for r in range(versions.table.rowCount())}
    assert kinds == {"Tahap lokakarya"}  # the label catalogue

    window.session.undo_stack.undo()  # closing a stage is one undoable step
    versions.refresh()
    assert "Draf Tahap 4, 27 Oktober 2017" not in names(versions)


def test_a_taken_name_is_refused_in_the_dialog(demo_window: Any) -> None:
    dlg = sd.CloseStageDialog(demo_window.session, demo_window)
    dlg.stage.setCurrentIndex(dlg.stage.findData(2))
    assert dlg.name.text() == "Draf Tahap 2, 5 September 2017"
    before = len(demo_window.session.db.rows("snapshot"))
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "Draf Tahap 2, 5 September 2017" in dlg.error.text()
    assert len(demo_window.session.db.rows("snapshot")) == before


def test_compare_stage_2_with_stage_3_shows_real_changes(demo_window: Any) -> None:
    window = demo_window
    versions = sd.show_versions(window)
    versions.select("Draf Tahap 2, 5 September 2017")
    third = versions.versions[2]
    versions.compare_with.setCurrentIndex(versions.compare_with.findData(third.id))
    compare = versions.compare()
    assert compare is not None
    text = compare.text()
    assert "Perubahan dari Draf Tahap 2, 5 September 2017 ke Draf Tahap 3, 28 September 2017" in text
    counts = compare.report.counts()
    assert counts["added"] > 0 and counts["changed"] > 0 and counts["chapters"] > 0
    added = next(p.name for p in compare.report.programs if p.kind == "added")
    assert added in text
    renamed = next(p for p in compare.report.programs if any(f.field == "name" for f in p.fields))
    assert renamed.name in text  # a program changed field by field: the old name struck, the new one beside
    assert "Total anggaran" in text and "Rp" in text
    html = compare.view.toHtml()
    assert "line-through" in html or "<s>" in html  # deletions marked
    assert "underline" in html or "<u>" in html  # insertions marked
    assert compare.report.budget_before != compare.report.budget_after
    assert "Masukan dibuka" in text and "Masukan ditutup" in text


def test_compare_with_the_current_plan_and_save_it_as_pdf(demo_window: Any, tmp_path: Path, qtbot: Any) -> None:
    from pypdf import PdfReader

    window = demo_window
    versions = sd.show_versions(window)
    versions.select("Draf Tahap 3, 28 September 2017")
    assert versions.compare_with.currentData() == sd.CURRENT
    compare = versions.compare()
    assert compare is not None and "ke Rencana saat ini" in compare.text()
    out = tmp_path / "perubahan.pdf"
    job = compare.save_pdf(str(out))
    qtbot.waitUntil(lambda: export_ended(job), timeout=60000)
    qtbot.waitUntil(out.exists, timeout=5000)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Draf Tahap 3" in text


def test_print_a_version_as_it_was(demo_window: Any, tmp_path: Path, qtbot: Any) -> None:
    from pypdf import PdfReader

    window = demo_window
    versions = sd.show_versions(window)
    versions.select("Draf Tahap 2, 5 September 2017")
    out = tmp_path / "tahap2.pdf"
    job = versions.export_pdf(str(out))
    qtbot.waitUntil(lambda: export_ended(job), timeout=60000)
    qtbot.waitUntil(out.exists, timeout=5000)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    compare = versions.compare(versions.versions[2].id)
    added = next(p.name for p in compare.report.programs if p.kind == "added")
    assert "Lombok Timur" in text
    assert " ".join(added.split()[:3]) not in " ".join(text.split())  # added only in stage 3: not printed


def test_restore_a_version_as_a_new_file_and_open_it(
    demo_window: Any, demo_file: Path, tmp_path: Path, controller: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    original = demo_file.read_bytes()
    versions = sd.show_versions(window)
    versions.select("Draf Tahap 2, 5 September 2017")
    target = tmp_path / "Tahap 2.smartcity"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    written = versions.restore()
    assert written == target and target.exists()
    qtbot.waitUntil(lambda: controller.window is not window and controller.window is not None, timeout=10000)
    new = controller.window
    assert new.session.document.path.resolve() == target.resolve()
    programs = {p["name"] for p in new.session.db.rows("program")}
    assert "Sistem Informasi Perikanan" in programs  # the stage 2 name (renamed in stage 3)
    assert demo_file.read_bytes() == original  # the open plan was never written by the restore


def test_a_restore_never_overwrites_a_file(demo_window: Any, tmp_path: Path, messages_patched: Any) -> None:
    versions = sd.show_versions(demo_window)
    versions.select("Draf Tahap 1, 19 Juli 2017")
    target = tmp_path / "ada.smartcity"
    target.write_bytes(b"tidak boleh ditimpa")
    assert versions.restore(str(target)) is None
    assert target.read_bytes() == b"tidak boleh ditimpa"
    assert messages_patched.shown and messages_patched.shown[-1][0] == "critical"
    # the open plan itself is refused the same way
    assert versions.restore(str(demo_window.session.document.path)) is None


def test_close_a_stage_of_a_new_plan_without_meetings(window: Any, close_dialog: list[Any]) -> None:
    from datetime import date

    from smartcity_desktop.core.formats import format_date

    assert len(window.session.db.rows("workshop_stage")) == 4  # the template's stages, none with a meeting
    window.menu_actions.close_stage.trigger()
    (dlg,) = close_dialog
    assert dlg.stage.currentData() == 1
    assert dlg.name.text() == f"Draf Tahap 1, {format_date(date.today(), 'id')}"
    assert [s["name"] for s in window.session.db.rows("snapshot")] == [dlg.name.text()]
