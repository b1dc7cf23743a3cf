# SPDX-License-Identifier: GPL-3.0-or-later
"""Cadangan and Periksa dokumen through the real windows: restore into a new file, repair in one step."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from smartcity_desktop.services import backups
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.operations import profile, programs
from smartcity_desktop.storage.checksum import stamp_connection


def _wait_window(controller: Any, qtbot: Any) -> Any:
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=5000)
    return controller.window


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path, asked: list[str]) -> None:
    def fake(_parent: Any, _title: str, suggested: str, _filter: str = "", *a: Any, **k: Any) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def test_restore_deleted_programs_from_the_start_screen(
    controller: Any, qtbot: Any, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages_patched: Any
) -> None:
    assert controller.open_path(str(demo_file))
    window = _wait_window(controller, qtbot)
    ids = [r["id"] for r in window.session.db.rows("program")][:21]
    for rid in ids:
        assert window.session.run("Hapus program", programs.delete, rid)
    assert window.close()  # closing writes the plan: the 21 programs are gone from the file
    assert len(read_rows(demo_file)[0]["program"]) == 22

    start = controller.show_start()
    qtbot.waitExposed(start)
    qtbot.mouseClick(start.backups_button, Qt.MouseButton.LeftButton)
    dlg = start.backups_dialog
    qtbot.waitExposed(dlg)
    assert dlg.plans.currentText() == "Lombok Timur"
    assert dlg.table.rowCount() == 1
    cells = [dlg.table.item(0, c).text() for c in range(5)]
    assert cells[1] == "penyuntingan" and cells[2] == "43" and cells[3] == "42" and cells[4].endswith(("KB", "MB"))
    month = ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember").split()
    assert any(m in cells[0] for m in month) and "." in cells[0].split()[-1]  # '1 Desember 2026 07.19'

    target = tmp_path / "pulih" / "Lombok Timur pulih.smartcity"
    target.parent.mkdir()
    asked: list[str] = []
    _save_as(monkeypatch, target, asked)
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".smartcity") and "cadangan" in asked[0]
    assert any("Buka berkas itu sekarang?" in text for text in messages_patched.texts())
    window = _wait_window(controller, qtbot)  # answered Yes: the restored plan is open
    assert window.session.document.path == target.absolute()
    restored = {r["id"] for r in window.session.db.rows("program")}
    assert len(restored) == 43 and set(ids) <= restored
    assert len(read_rows(demo_file)[0]["program"]) == 22  # the plan file itself was not touched
    reasons = [b.reason for b in backups.list_backups(demo_file)]
    assert reasons == ["restore", "edit"]  # the plan as it was, backed up before the restore


def test_restore_from_the_open_plan_never_overwrites(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages_patched: Any
) -> None:
    from smartcity_desktop.gui.backups_dialog import BackupsDialog

    backups.take_backup(window.session.document, "manual")
    window.menu_actions.restore_backup.trigger()
    dlg = next(w for w in window.findChildren(BackupsDialog))
    assert dlg.table.rowCount() == 1 and not dlg.plans.isVisible()
    existing = tmp_path / "ada.smartcity"
    existing.write_bytes(b"keep")
    _save_as(monkeypatch, existing, [])
    assert dlg.restore_selected() is None
    assert existing.read_bytes() == b"keep"
    assert any("sudah ada" in text for text in messages_patched.texts())
    messages_patched.answer = messages_patched.answer.No  # do not open it
    new = tmp_path / "baru.smartcity"
    assert dlg.restore_selected(str(new)) == new
    assert read_rows(new)[0]["plan"][0]["region_name"] == "Lombok Timur"
    assert [b.reason for b in backups.list_backups(window.session.document)] == ["restore", "manual"]


def test_check_document_repairs_through_the_gui(controller: Any, qtbot: Any, demo_file: Path) -> None:
    from smartcity_desktop.gui.backups_dialog import CheckDialog

    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE dimension SET sort_key = 1.0")
    conn.execute("UPDATE plan SET motto = 'Maju' || char(7)")
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()
    assert controller.open_path(str(demo_file))
    window = _wait_window(controller, qtbot)
    window.menu_actions.check_document.trigger()
    dlg = next(w for w in window.findChildren(CheckDialog))
    qtbot.waitExposed(dlg)
    assert dlg.list.count() == 5 + 1 and dlg.repair_button.isEnabled()
    changed: list[Any] = []
    window.session.changed.connect(changed.append)
    window.session.cached("probe", lambda: "before the repair")
    qtbot.mouseClick(dlg.repair_button, Qt.MouseButton.LeftButton)
    texts = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    assert "perbaikan dibuat" in dlg.summary.text()
    assert any("motto: karakter kendali dihapus, sekarang 'Maju'" in x for x in texts)
    assert sum("dimension (" in x and "sort_key" in x for x in texts) == 5
    assert changed and "dimension" in changed[-1]
    assert window.session.cached("probe", lambda: "after") == "after"  # read models of the repaired plan, not the old
    assert [b.reason for b in backups.list_backups(window.session.document)] == ["repair"]
    again = CheckDialog(window, window.session)
    assert again.findings == [] and "tidak ada yang perlu diperbaiki" in again.summary.text()
    assert window.close()
    keys = [d["sort_key"] for d in read_rows(demo_file)[0]["dimension"]]
    assert len(set(keys)) == len(keys)


def test_a_full_disk_for_backups_is_told_once_in_the_status_bar_and_editing_goes_on(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, messages_patched: Any
) -> None:
    import errno

    def full(_src: Path, _dst: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "copy_into_working", full)
    monkeypatch.setattr(backups, "EDIT_INTERVAL", 0.0)
    doc = window.session.document
    shown: list[str] = []
    window.session.failed.connect(shown.append)
    for i in range(3):
        assert window.session.run("Catatan", profile.set_field, "notes", f"n{i}")
        qtbot.waitUntil(lambda: not doc.dirty, timeout=5000)
        assert read_rows(doc.path)[0]["plan"][0]["notes"] == f"n{i}"  # each edit reached the file
        if i == 0:
            qtbot.waitUntil(lambda: bool(shown), timeout=5000)
            assert "Cadangan tidak dapat ditulis" in window.error_label.text()
    qtbot.wait(100)
    assert len(shown) == 1 and messages_patched.shown == []  # once, and never a message box
