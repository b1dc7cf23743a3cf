# SPDX-License-Identifier: GPL-3.0-or-later
"""The chapter editor stores Markdown, commits after a pause as one undoable edit, and manages the outline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextListFormat
from PySide6.QtWidgets import QMessageBox

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.chapters import ChaptersView
from smartcity_desktop.services.document import PlanDocument


@pytest.fixture
def setup(plan_file: Path, qtbot: Any) -> Iterator[tuple[PlanSession, ChaptersView, dict[str, Any]]]:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    view = ChaptersView(session)
    qtbot.addWidget(view)
    first = session.db.rows("chapter", parent_id=None)[0]
    view.set_target(first["id"])
    view.show()
    yield session, view, first
    view.close()
    doc.close()


def test_bold_typing_stores_markdown_after_pause(setup: Any, qtbot: Any) -> None:
    session, view, first = setup
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "Halo ")
    qtbot.keyClick(view.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor, "tebal")
    assert session.db.get("chapter", first["id"])["body_md"] == ""  # not per keystroke
    qtbot.waitUntil(lambda: "**tebal**" in (session.db.get("chapter", first["id"])["body_md"] or ""), timeout=3000)
    assert session.undo_stack.count() == 1
    assert "2 kata" in view.words.text()
    session.undo_stack.undo()
    assert session.db.get("chapter", first["id"])["body_md"] == ""
    assert view.editor.toPlainText() == ""  # the editor reloads without a new edit
    assert session.undo_stack.count() == 1 and session.undo_stack.index() == 0


def test_heading_list_and_table_roundtrip(setup: Any, qtbot: Any) -> None:
    session, view, first = setup
    qtbot.keyClicks(view.editor, "Latar")
    view.set_heading(2)
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    view.set_heading(0)
    qtbot.keyClicks(view.editor, "butir")
    view.toggle_list(QTextListFormat.Style.ListDisc)
    view.insert_table()
    assert view.commit_body()
    md = session.db.get("chapter", first["id"])["body_md"]
    assert "## Latar" in md
    assert "- butir" in md
    assert "|Kolom 1|Kolom 2|Kolom 3|" in md


def test_focus_out_commits_and_title_edit(setup: Any, qtbot: Any) -> None:
    session, view, first = setup
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "teks")
    view.title_edit.setFocus()
    assert session.db.get("chapter", first["id"])["body_md"].strip() == "teks"
    view.title_edit.setText("Pendahuluan Baru")
    view.title_edit.editingFinished.emit()
    assert session.db.get("chapter", first["id"])["title"] == "Pendahuluan Baru"
    view.status_box.setCurrentIndex(view.status_box.findData("review"))
    view.status_box.activated.emit(view.status_box.currentIndex())
    assert session.db.get("chapter", first["id"])["status"] == "review"


def test_outline_add_move_delete(setup: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    session, view, first = setup
    tops = session.db.rows("chapter", parent_id=None)
    new = view.add_chapter_after()
    assert new
    order = [r["id"] for r in session.db.rows("chapter", parent_id=None)]
    assert order.index(new) == 1 and order[0] == first["id"] and order[2] == tops[1]["id"]
    sub = view.add_subchapter()
    assert session.db.get("chapter", sub)["parent_id"] == new
    view.set_target(new)
    assert view.move_chapter(-1)
    assert session.db.rows("chapter", parent_id=None)[0]["id"] == new
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not view.delete_chapter()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.delete_chapter()
    assert session.db.get("chapter", new) is None and session.db.get("chapter", sub) is None  # cascade
    session.undo_stack.undo()
    assert session.db.get("chapter", sub) is not None
