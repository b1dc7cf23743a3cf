# SPDX-License-Identifier: GPL-3.0-or-later
"""One undo for the whole window: where an undone edit lives, Ctrl+Z in text fields, the history dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit, QUndoView, QVBoxLayout, QWidget

from smartcity_desktop.services.session import ChangeSet

VISION_COLUMNS = frozenset({"vision", "vision_explanation"})


def place_of(changes: ChangeSet, exists: Callable[[str, str], bool]) -> tuple[str, str | None] | None:
    """(navigation key, row id or None) where the first change of ``changes`` can be seen now."""
    from smartcity_desktop.core.rules import PLACES  # not at the launch (issue 10)

    for c in changes.changes:
        spec = PLACES.get(c.table)
        if spec is None:
            continue
        key, column = spec
        row = c.after or c.before or {}
        if c.table == "plan" and c.before and c.after:
            changed = {k for k in c.after if c.after.get(k) != c.before.get(k)}
            if changed & VISION_COLUMNS:
                key = "vision"
        if column is None:
            return key, None
        if column == "":
            return key, c.id if exists(c.table, c.id) else None
        owner = row.get(column)
        return key, str(owner) if owner else None
    return None


def lower_first(text: str) -> str:
    """'Ubah anggaran ...' -> 'ubah anggaran ...' (a command's label inside a sentence)."""
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


class TextUndoRouter(QObject):
    """Ctrl+Z / Ctrl+Y in a line or plain-text field undo the typing there while there is some; once the
    field has nothing typed since it got the focus (or its text was stored when leaving it), the keys reach
    the window's undo of plan edits. Installed by the main window.

    It watches only the text field that has the keyboard focus (the one these keys go to), not the whole
    application: a filter on the application runs Python for every event of every widget, building a view
    included (issue 10: ~20 ms of the launch)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.field: QWidget | None = None  # the text field with the focus, whose events pass here
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.focus_changed)
            self.focus_changed(None, app.focusWidget())

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focus moved: watch ``new`` when it is a text field (its FocusIn came just before this)."""
        self.release()
        if isinstance(new, (QLineEdit, QPlainTextEdit)):
            new.setProperty(TYPED, False)  # typing before (now stored) belongs to the plan's undo
            new.installEventFilter(self)
            self.field = new

    def release(self) -> None:
        field, self.field = self.field, None
        if field is not None and shiboken6.isValid(field):
            field.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(obj, (QLineEdit, QPlainTextEdit)):
            obj.setProperty(TYPED, False)  # typing before (now stored) belongs to the plan's undo
        elif kind == QEvent.Type.KeyPress and isinstance(obj, (QLineEdit, QPlainTextEdit)):
            assert isinstance(event, QKeyEvent)
            if _edits_text(event):
                obj.setProperty(TYPED, True)
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)) and (
                self._ours(obj) and not self._has_typing(obj)
            ):
                event.ignore()
                return True  # not the field's: the window's Urungkan / Ulangi take the key
        return False

    def _ours(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and self.window.isAncestorOf(obj)

    @staticmethod
    def _has_typing(obj: QObject) -> bool:
        """Typed in since it got the focus (and the field can still undo it)."""
        if isinstance(obj, QLineEdit):
            return bool(obj.property(TYPED)) and obj.isUndoAvailable() and not obj.isReadOnly()
        if isinstance(obj, QPlainTextEdit):
            return bool(obj.property(TYPED)) and obj.document().isUndoAvailable() and not obj.isReadOnly()
        return True  # other editors (the chapter editor routes its own keys) keep theirs


def plan_undo_key(event: QEvent, stack: QUndoStack, before: Callable[[], object]) -> bool:
    """Ctrl+Z / Ctrl+Y in an editor that keeps no undo of its own (chapter text, minutes): the plan's undo,
    after ``before`` stored the typing since the last pause. True when ``event`` was such a key (consumed)."""
    if not isinstance(event, QKeyEvent) or event.type() == QEvent.Type.KeyRelease:
        return False
    undo = event.matches(QKeySequence.StandardKey.Undo)
    if not (undo or event.matches(QKeySequence.StandardKey.Redo)):
        return False
    event.accept()  # the override: the key comes here, not to the window's actions
    if event.type() == QEvent.Type.KeyPress:
        before()
        stack.undo() if undo else stack.redo()
    return True


TYPED = "smartcityTyped"  # dynamic property: the field was typed in since it got the focus


def _edits_text(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Paste) or event.matches(QKeySequence.StandardKey.Cut):
        return True
    if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return True
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier


class HistoryDialog(QDialog):
    """Sunting > Riwayat: every plan edit of this session; clicking an entry goes back (or forward) to it."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Riwayat perubahan"))
        self.view = QUndoView(stack, self)
        self.view.setEmptyLabel(self.tr("<rencana seperti saat dibuka>"))
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Klik satu langkah untuk kembali ke keadaan sesudah langkah itu."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addWidget(self.view, 1)
        self.resize(460, 420)

    def labels(self) -> list[str]:
        model: Any = self.view.model()
        return [str(model.index(i, 0).data()) for i in range(model.rowCount())]


def install(window: QWidget) -> TextUndoRouter:
    return TextUndoRouter(window)


def uninstall(router: TextUndoRouter) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.disconnect(router.focus_changed)
    router.release()
