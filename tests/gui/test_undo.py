# SPDX-License-Identifier: GPL-3.0-or-later
"""One undo in the real window: it says what it undid and shows where; text fields; the chapter editor; history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smartcity_desktop.services.operations import programs


def _active(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _program_with_budget(window: Any) -> tuple[str, int]:
    db = window.session.db
    view = window.show_place("programs")
    pid = window.session.add("Tambah program", programs.add, db.rows("dimension")[0]["id"], "Pasar Daring")
    view.select_program(pid)
    year = int(db.plan()["period_start"]) + 1
    view.detail.budget.type_value(year, "250 juta")
    assert db.rows("program_budget", program_id=pid)[0]["amount"] == 250_000_000
    return str(pid), year


def test_undo_elsewhere_says_what_and_shows_where(window: Any, qtbot: Any) -> None:
    """Issue 10: Ctrl+Z outside an editor undid an edit of another view silently."""
    _active(window, qtbot)
    pid, year = _program_with_budget(window)
    window.show_place("indicators")
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.db.rows("program_budget", program_id=pid) == []
    assert window.statusBar().currentMessage() == f"Dibatalkan: ubah anggaran Pasar Daring {year}"
    assert window.current[0] == "programs"
    assert window.views["programs"].current_program_id() == pid
    window.menu_actions.redo.trigger()
    assert window.statusBar().currentMessage() == f"Diulangi: ubah anggaran Pasar Daring {year}"
    assert window.session.db.rows("program_budget", program_id=pid)[0]["amount"] == 250_000_000


def test_ctrl_z_in_a_field_undoes_typing_there_then_the_plan(window: Any, qtbot: Any) -> None:
    _active(window, qtbot)
    pid, _year = _program_with_budget(window)
    name = window.views["programs"].detail.name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    name.end(False)
    QTest.keyClicks(name, " Kota")
    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing in the field
    assert name.text() == "Pasar Daring"
    assert window.session.db.rows("program_budget", program_id=pid) != []
    window.nav.setFocus()  # leave the field and come back: nothing typed there now, Ctrl+Z is the plan's
    qtbot.waitUntil(window.nav.hasFocus)
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.db.rows("program_budget", program_id=pid) == []


def test_ctrl_z_in_the_chapter_editor_is_one_undo(window: Any, qtbot: Any) -> None:
    """Issue 10: the editor's own undo was recorded as a new edit, so Ulangi greyed out."""
    _active(window, qtbot)
    db = window.session.db
    chapter = db.rows("chapter")[0]
    view = window.show_place("chapters", chapter["id"])
    before = db.get("chapter", chapter["id"])["body_md"] or ""
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    QTest.keyClicks(view.editor, "Kalimat baru.")
    steps = window.session.undo_stack.count()
    QTest.keyClick(view.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (db.get("chapter", chapter["id"])["body_md"] or "") == before
    assert "Kalimat baru." not in view.editor.toPlainText()
    assert window.session.undo_stack.count() == steps + 1  # the typing, stored then undone: no new edit
    assert window.menu_actions.redo.isEnabled()
    view.commit_body()  # leaving the editor records nothing: the text is the stored one
    assert window.menu_actions.redo.isEnabled()
    QTest.keyClick(view.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "Kalimat baru." in (db.get("chapter", chapter["id"])["body_md"] or "")


def test_history_lists_edits_and_goes_back_on_click(window: Any, qtbot: Any) -> None:
    _active(window, qtbot)
    pid, year = _program_with_budget(window)
    window.menu_actions.history.trigger()
    dlg = window._history
    assert dlg.isVisible()
    assert dlg.labels()[1:] == ["Tambah program", f"Ubah anggaran Pasar Daring {year}"]
    view = dlg.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(1, 0)).center())
    assert window.session.undo_stack.index() == 1
    assert window.session.db.get("program", pid) is not None
    assert window.session.db.rows("program_budget", program_id=pid) == []
    dlg.close()


def test_budget_errors_stay_beside_the_field_until_a_good_edit(window: Any, qtbot: Any) -> None:
    """Issue 10: input errors showed as status-bar text that stayed after the next good edit."""
    db = window.session.db
    pid, year = _program_with_budget(window)
    detail = window.views["programs"].detail
    detail.tabs.setCurrentIndex(2)
    error = detail.budget_error
    assert not error.isVisibleTo(detail)
    detail.budget.type_value(year, "dua ratus")
    assert error.isVisibleTo(detail)
    assert "dua ratus" in error.text() and "250 juta" in error.text()
    assert window.error_label.text() == ""  # not in the status bar
    detail.budget.type_value(year, "10000000000000000")  # over Rp 10^15: refused by the operation
    assert error.isVisibleTo(detail) and str(year) in error.text()
    assert window.error_label.text() == ""
    assert db.rows("program_budget", program_id=pid)[0]["amount"] == 250_000_000
    detail.budget.type_value(year, "1,5 M")
    assert db.rows("program_budget", program_id=pid)[0]["amount"] == 1_500_000_000
    assert not error.isVisibleTo(detail)


def test_row_table_errors_beside_the_table(window: Any) -> None:
    view = window.show_place("profile")
    table = view.districts
    table.add_row()
    row = len(table.model.rows) - 1
    col = next(i for i, c in enumerate(table.cols) if c.name == "population")
    assert not table.model.setData(table.model.index(row, col), "banyak")
    assert "banyak" in table.error.text()
    assert window.error_label.text() == ""
    assert table.model.setData(table.model.index(row, col), "12.500")
    assert table.error.text() == ""


def test_only_the_text_field_with_the_focus_is_watched(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    """Issue 10: the router filtered every event of the application, so building a view (the launch's
    dashboard included) ran Python for each of its widgets' events."""
    from PySide6.QtWidgets import QLineEdit, QTableWidget, QVBoxLayout, QWidget

    from smartcity_desktop.gui import undo

    seen: list[Any] = []
    real = undo.TextUndoRouter.eventFilter

    def watching(router: Any, obj: Any, event: Any) -> bool:
        seen.append(obj)
        return bool(real(router, obj, event))

    monkeypatch.setattr(undo.TextUndoRouter, "eventFilter", watching)
    _active(window, qtbot)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    box = QWidget(window.stack)
    lay = QVBoxLayout(box)
    field = QLineEdit(box)
    lay.addWidget(QTableWidget(3, 3, box))
    lay.addWidget(field)
    window.stack.addWidget(box)
    window.stack.setCurrentWidget(box)
    QApplication.processEvents()
    assert seen == []  # a new table and field, shown and laid out: none of their events passed
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, "ab")
    assert field in seen and all(obj is field for obj in seen)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    seen.clear()
    QApplication.sendEvent(field, QEvent(QEvent.Type.User))
    assert seen == []  # not watched once the focus left it
