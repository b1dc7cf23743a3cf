# SPDX-License-Identifier: GPL-3.0-or-later
"""Typing in a rich-text editor kept as Markdown and stored as one undoable plan edit: after a pause, on
leaving the editor, or just before Ctrl+Z undoes plan edits (the chapter editor and the meeting minutes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTextEdit

from smartcity_desktop.gui import undo
from smartcity_desktop.gui.session import PlanSession

PAUSE_MS = 800


class PausedMarkdown(QObject):
    """Watches ``editor``; ``store(md)`` writes the typed Markdown while ``editing()`` says a record is shown."""

    def __init__(
        self,
        editor: QTextEdit,
        session: PlanSession,
        store: Callable[[str], bool],
        editing: Callable[[], bool],
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.undo_stack = session.undo_stack
        self._store, self._editing = store, editing
        self.loaded_md = ""  # the editor's own Markdown right after loading (Qt normalises Markdown)
        self.loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.commit)
        editor.installEventFilter(self)

    def load(self, md: str) -> None:
        """Show ``md`` in the editor (not typing: nothing is stored)."""
        self.loading = True
        try:
            self.editor.setMarkdown(md)
            self.loaded_md = self.editor.toMarkdown()
        finally:
            self.loading = False

    def typed(self) -> None:
        if not self.loading and self._editing():
            self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        if obj is self.editor and undo.plan_undo_key(event, self.undo_stack, self.commit):
            return True  # typing since the last pause became the edit Ctrl+Z undoes
        return super().eventFilter(obj, event)

    def commit(self) -> bool:
        """Store the editor's Markdown as one undoable edit (when it changed since loading)."""
        self.timer.stop()
        if not self._editing() or self.loading:
            return False
        md = self.editor.toMarkdown()
        if md == self.loaded_md:
            return False
        self.loaded_md = md
        return self._store(md)
