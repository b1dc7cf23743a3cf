# SPDX-License-Identifier: GPL-3.0-or-later
"""The chapter editor: title, status, Markdown body in a rich-text editor, guidance, and outline actions."""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.outline import chapter_numbers
from smartcity_desktop.gui import labels
from smartcity_desktop.gui.feedback import add_feedback_action  # ws-feedback
from smartcity_desktop.gui.formats import format_int
from smartcity_desktop.gui.layouts import labelled_row
from smartcity_desktop.gui.markdown_pause import PausedMarkdown
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.services.operations import chapters
from smartcity_desktop.services.reading.profile import rows_where

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+", re.UNICODE)


def word_count(text: str) -> int:
    """Words in plain text (letters/digits runs)."""
    return len(_WORD.findall(text))


class ChaptersView(View):
    """Edits one chapter (target = chapter id); the outline itself is shown by the navigation tree."""

    tables = frozenset({"chapter"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.row: dict[str, Any] | None = None
        self._db_md = ""  # body_md as last read from / written to the database
        self._loaded_id: str | None = None
        self._build()

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        add_feedback_action(self.heading, self.session, self.feedback_target)  # ws-feedback
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Judul bab"))
        self.title_edit.editingFinished.connect(self._commit_title)
        self.status_box = QComboBox(self)
        for code, text in labels.choices("chapter_status"):
            self.status_box.addItem(text, code)
        self.status_box.activated.connect(self._commit_status)
        top = labelled_row(self, (self.tr("&Judul:"), self.title_edit, 1), (self.tr("&Status:"), self.status_box, 0))

        outline = QHBoxLayout()
        self.add_sub_button = QPushButton(self.tr("Tambah s&ubbab"), self)
        self.add_after_button = QPushButton(self.tr("Tambah bab s&esudahnya"), self)
        self.up_button = QPushButton(self.tr("Naik"), self)
        self.down_button = QPushButton(self.tr("Turun"), self)
        self.delete_button = QPushButton(self.tr("Hapus bab"), self)
        self.add_sub_button.clicked.connect(self.add_subchapter)
        self.add_after_button.clicked.connect(self.add_chapter_after)
        self.up_button.clicked.connect(lambda: self.move_chapter(-1))
        self.down_button.clicked.connect(lambda: self.move_chapter(1))
        self.delete_button.clicked.connect(self.delete_chapter)
        for b in (self.add_sub_button, self.add_after_button, self.up_button, self.down_button, self.delete_button):
            outline.addWidget(b)
        outline.addStretch(1)

        self.guidance_toggle = QToolButton(self)
        self.guidance_toggle.setText(self.tr("Panduan penulisan"))
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setChecked(False)  # the side panel shows the same guidance; open it here on demand
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.guidance_toggle.setAutoRaise(True)
        self.guidance_toggle.toggled.connect(self._toggle_guidance)
        self.guidance = QLabel(self)
        self.guidance.setTextFormat(Qt.TextFormat.MarkdownText)
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #e0c97a; padding: 6px; }")

        self.editor = QTextEdit(self)
        self.editor.setAcceptRichText(True)
        self.editor.setTabChangesFocus(True)
        self.editor.setUndoRedoEnabled(False)  # one undo: Ctrl+Z here stores the typing, then undoes plan edits
        self.editor.setAccessibleName(self.tr("Isi bab"))
        self.editor.textChanged.connect(self._text_changed)
        self._pause = PausedMarkdown(self.editor, self.session, self._store_body, lambda: self.row is not None)
        self.toolbar = self._make_toolbar()
        self.words = QLabel(self)

        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(top)
        lay.addLayout(outline)
        lay.addWidget(self.guidance_toggle)
        lay.addWidget(self.guidance)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.editor, 1)
        lay.addWidget(self.words)
        self._toggle_guidance(self.guidance_toggle.isChecked())
        self.setEnabled(False)

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def act(
            text: str, tip: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            a = QAction(text, self)
            a.setToolTip(tip)
            a.triggered.connect(slot)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.editor.addAction(a)
            bar.addAction(a)
            return a

        act(self.tr("Teks"), self.tr("Paragraf biasa (Ctrl+Alt+0)"), lambda: self.set_heading(0), "Ctrl+Alt+0")
        for level in (1, 2, 3):
            act(
                f"H{level}",
                self.tr("Judul tingkat {0} (Ctrl+{0})").format(level),
                self._heading_slot(level),
                f"Ctrl+{level}",
            )
        bar.addSeparator()
        self.bold_action = act(
            self.tr("Tebal"), self.tr("Tebal (Ctrl+B)"), self.toggle_bold, QKeySequence.StandardKey.Bold
        )
        self.italic_action = act(
            self.tr("Miring"), self.tr("Miring (Ctrl+I)"), self.toggle_italic, QKeySequence.StandardKey.Italic
        )
        f = self.bold_action.font()
        f.setBold(True)
        self.bold_action.setFont(f)
        f = self.italic_action.font()
        f.setItalic(True)
        self.italic_action.setFont(f)
        bar.addSeparator()
        act(
            self.tr("\u2022 Daftar"),
            self.tr("Daftar berbutir"),
            lambda: self.toggle_list(QTextListFormat.Style.ListDisc),
        )
        act(
            self.tr("1. Daftar"),
            self.tr("Daftar bernomor"),
            lambda: self.toggle_list(QTextListFormat.Style.ListDecimal),
        )
        act(self.tr("Tabel"), self.tr("Sisipkan tabel 3 kolom"), self.insert_table)
        return bar

    def _heading_slot(self, level: int) -> Any:
        return lambda: self.set_heading(level)

    # -- loading ----------------------------------------------------------------
    def set_target(self, target: str | None) -> None:
        if target != self.target:
            self.commit_body()
        super().set_target(target)

    def refresh(self) -> None:
        """Re-read the chapter; the body is reloaded only when it changed outside the editor (undo, merge)."""
        self.row = self.session.db.get("chapter", self.target) if self.target else None
        self.setEnabled(self.row is not None)
        if self.row is None:
            self.heading.setText(self.tr("Pilih bab di navigasi"))
            self._load_body("")
            return
        prefix = chapter_numbers(self.session.db.rows("chapter")).get(self.row["id"], "")
        self.heading.setText((prefix + "  " if prefix else "") + str(self.row["title"]))
        if self.title_edit.text() != self.row["title"] and not (
            self.title_edit.hasFocus() and self.title_edit.isModified()
        ):
            self.title_edit.setText(self.row["title"] or "")
        self.status_box.setCurrentIndex(max(self.status_box.findData(self.row["status"]), 0))
        guidance = self.row.get("guidance_md") or ""
        self.guidance.setText(guidance or self.tr("_Tidak ada panduan untuk bab ini._"))
        body = self.row.get("body_md") or ""
        if body != self._db_md or self.row["id"] != self._loaded_id:
            self._pause.timer.stop()  # an undo or another chapter: pending typing gives way to the stored text
            self._load_body(body)
        self._update_outline_buttons()

    def _load_body(self, body: str) -> None:
        pos = self.editor.textCursor().position()
        self._pause.load(body)
        self._db_md = body
        self._loaded_id = self.row["id"] if self.row else None
        cur = self.editor.textCursor()
        cur.setPosition(min(pos, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cur)
        self._update_words()

    # -- committing ---------------------------------------------------------------
    def _text_changed(self) -> None:
        self._update_words()
        self._pause.typed()

    def commit_body(self) -> bool:
        """Store the editor's Markdown as one undoable edit (when it changed since loading)."""
        return self._pause.commit()

    def _store_body(self, md: str) -> bool:
        assert self.row is not None  # PausedMarkdown stores only while a chapter is shown
        self._db_md = md  # set first: the changed signal must not reload the editor
        return self.session.run(self.tr("Ubah isi bab"), chapters.set_body, self.row["id"], md)

    def _commit_title(self) -> None:
        text = self.title_edit.text().strip()
        if self.row is None:
            return
        if not text:
            self.title_edit.setText(self.row["title"])
            return
        if text != self.row["title"]:
            self.session.run(self.tr("Ubah judul bab"), chapters.set_title, self.row["id"], text)

    def _commit_status(self) -> None:
        code = self.status_box.currentData()
        if self.row is not None and code != self.row["status"]:
            self.session.run(self.tr("Ubah status bab"), chapters.set_status, self.row["id"], code)

    def _update_words(self) -> None:
        n = word_count(self.editor.toPlainText())
        self.words.setText(self.tr("{0} kata").format(format_int(n)))

    def _toggle_guidance(self, shown: bool) -> None:
        self.guidance.setVisible(shown)
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # -- formatting -----------------------------------------------------------------
    def set_heading(self, level: int) -> None:
        """Make the current block a heading of ``level`` (0: normal paragraph)."""
        cur = self.editor.textCursor()
        cur.beginEditBlock()
        bf = cur.blockFormat()
        bf.setHeadingLevel(level)
        cur.setBlockFormat(bf)
        cf = QTextCharFormat()
        cf.setProperty(QTextCharFormat.Property.FontSizeAdjustment, (4 - level) if level else 0)
        cf.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cur.select(QTextCursor.SelectionType.BlockUnderCursor)
        cur.mergeCharFormat(cf)
        cur.endEditBlock()
        self.editor.mergeCurrentCharFormat(cf)
        self.editor.setFocus()

    def toggle_bold(self) -> None:
        cf = QTextCharFormat()
        bold = self.editor.fontWeight() >= QFont.Weight.Bold
        cf.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self.editor.mergeCurrentCharFormat(cf)

    def toggle_italic(self) -> None:
        cf = QTextCharFormat()
        cf.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(cf)

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Turn the selected blocks into a list of ``style``, or back into paragraphs."""
        cur = self.editor.textCursor()
        current = cur.currentList()
        cur.beginEditBlock()
        if current is not None and current.format().style() == style:
            for i in reversed(range(current.count())):
                block = current.item(i)
                if cur.block() == block or (cur.selectionStart() <= block.position() <= cur.selectionEnd()):
                    current.remove(block)
            bf = QTextBlockFormat()
            bf.setIndent(0)
            cur.mergeBlockFormat(bf)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cur.createList(fmt)
        cur.endEditBlock()
        self.editor.setFocus()

    def insert_table(self) -> None:
        """Insert a 3-column table with a header row (stored as a Markdown pipe table)."""
        cur = self.editor.textCursor()
        cur.beginEditBlock()
        if cur.block().length() > 1:
            cur.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cur.insertBlock(QTextBlockFormat())
        table = cur.insertTable(3, 3)
        for c in range(3):
            table.cellAt(0, c).firstCursorPosition().insertText(self.tr("Kolom {0}").format(c + 1))
        cur.endEditBlock()
        self.editor.setTextCursor(table.cellAt(1, 0).firstCursorPosition())
        self.editor.setFocus()

    # -- outline ------------------------------------------------------------------------
    def _siblings(self) -> list[dict[str, Any]]:
        assert self.row is not None
        return rows_where(self.session.db, "chapter", "parent_id", self.row["parent_id"])

    def _update_outline_buttons(self) -> None:
        if self.row is None:
            return
        sibs = [s["id"] for s in self._siblings()]
        i = sibs.index(self.row["id"]) if self.row["id"] in sibs else -1
        self.up_button.setEnabled(i > 0)
        self.down_button.setEnabled(0 <= i < len(sibs) - 1)

    def add_subchapter(self) -> str | None:
        """A new last child of this chapter; the view switches to it."""
        if self.row is None:
            return None
        self.commit_body()
        return self._add(self.row["id"], None)

    def add_chapter_after(self) -> str | None:
        """A new chapter right after this one, at the same level."""
        if self.row is None:
            return None
        self.commit_body()
        sibs = self._siblings()
        i = next(i for i, s in enumerate(sibs) if s["id"] == self.row["id"])
        after = sibs[i + 1]["sort_key"] if i + 1 < len(sibs) else self.row["sort_key"] + 2
        return self._add(self.row["parent_id"], (self.row["sort_key"] + after) / 2)

    def _add(self, parent_id: str | None, sort_key: float | None) -> str | None:
        rid = self.session.add(self.tr("Tambah bab"), chapters.add, parent_id, self.tr("Bab baru"), sort_key=sort_key)
        if rid:
            self.set_target(rid)
            self.navigate.emit("chapters", rid)
            self.title_edit.setFocus()
            self.title_edit.selectAll()
        return rid

    def move_chapter(self, step: int) -> bool:
        """Swap this chapter with its previous/next sibling (one undoable edit)."""
        if self.row is None:
            return False
        self.commit_body()
        sibs = self._siblings()
        i = next(i for i, s in enumerate(sibs) if s["id"] == self.row["id"])
        j = i + step
        if not 0 <= j < len(sibs):
            return False
        return self.session.run(self.tr("Pindahkan bab"), chapters.move, sibs[i]["id"], sibs[j]["id"])

    def delete_chapter(self) -> bool:
        """Delete this chapter and its sub-chapters after confirmation."""
        if self.row is None:
            return False
        n = len(rows_where(self.session.db, "chapter", "parent_id", self.row["id"]))
        extra = self.tr(" beserta {0} subbab").format(n) if n else ""
        answer = QMessageBox.question(
            self,
            self.tr("Hapus bab"),
            self.tr("Hapus bab \u201c{0}\u201d{1}? Bisa dibatalkan dengan Urungkan (Ctrl+Z).").format(
                self.row["title"], extra
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._pause.timer.stop()
        parent = self.row["parent_id"]
        ok = self.session.run(self.tr("Hapus bab"), chapters.delete, self.row["id"])
        if ok:
            self.row = None
            self.set_target(parent)
            self.navigate.emit("chapters", parent)
        return ok

    # -- navigation support -------------------------------------------------------------
    def select_row(self, table: str, row_id: str) -> bool:
        if table != "chapter":
            return False
        self.set_target(row_id)
        return self.row is not None

    def guidance_key(self) -> str:
        return "chapters"

    def feedback_target(self) -> tuple[str, str] | None:
        return ("chapter", self.row["id"]) if self.row else None

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.commit_body()
        super().hideEvent(event)
