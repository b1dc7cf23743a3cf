# SPDX-License-Identifier: GPL-3.0-or-later
"""Ctrl+F: search across the whole plan; results click through to the place that shows the row."""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from smartcity_desktop import messages
from smartcity_desktop.core import labels as catalogue
from smartcity_desktop.core.rules import locate
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.services.reading.overview import search

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole


_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|^#+\s*|`")


def plain_snippet(text: str) -> str:
    """A snippet as words: no Markdown marks ('**', '#', '`'), table bars as commas, one line."""
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if re.fullmatch(r"\|?[\s:|-]+\|?", line) and "-" in line:
            continue  # a table's rule line
        if "|" in line:
            line = ", ".join(cell.strip() for cell in line.strip("|").split("|") if cell.strip())
        line = _MARKUP.sub("", line).strip()
        if line:
            lines.append(line)
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


def table_name(table: str) -> str:
    """The name of a table of the plan in the interface language (from the label catalogue)."""
    return catalogue.table_label(table, messages.language())


class SearchDialog(QDialog):
    """A non-modal search box; Enter or double-click on a result emits ``open_place``."""

    open_place = Signal(str, object, object, object)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Cari di rencana"))
        self.setModal(False)
        self.resize(560, 460)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Ketik minimal 2 huruf: nama program, OPD, kata di bab..."))
        self.query.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Cari:"))
        label.setBuddy(self.query)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Hasil pencarian"))
        self.results.setWordWrap(True)
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.query)
        lay.addWidget(self.count)
        lay.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)
        self.results.itemDoubleClicked.connect(self._open)
        session.changed.connect(lambda _tables: self._timer.start() if self.isVisible() else None)

    def run_search(self) -> int:
        """Search now; returns the number of results."""
        self._timer.stop()
        self.results.clear()
        text = self.query.text()
        hits = search(self.session.db, text)
        for h in hits:
            where = self.place_text(h)
            snip = plain_snippet(h["snippet"])
            item = QListWidgetItem(f"{where}\n    {snip}" if snip and snip not in where else where)
            item.setToolTip(where)
            item.setData(ROLE, (h["table"], h["id"], h["row"]))
            self.results.addItem(item)
        if len(text.strip()) < 2:
            self.count.setText("")
        elif hits:
            self.count.setText(self.tr("{0} hasil").format(len(hits)))
        else:
            self.count.setText(self.tr("Tidak ditemukan."))
        return len(hits)

    def place_text(self, hit: dict[str, Any]) -> str:
        """Where a result is, in words: 'Analisis Kesiapan › Tata kelola / Ekonomi › Kelemahan'."""
        from smartcity_desktop.gui.navigation import entry_label

        db = self.session.db
        table, row = hit["table"], hit["row"]
        key, _target = locate(table, row)
        parts = [entry_label(key)]
        if table == "readiness_score":
            element = db.get("readiness_element", row.get("element_id")) or {}
            dimension = db.get("dimension", row.get("dimension_id")) or {}
            parts.append(f"{element.get('name', '')} / {dimension.get('name', '')}")
        elif table == "chapter":
            parts = [f"{entry_label(key)} {row.get('title') or ''}".strip()]
        else:
            label = plain_snippet(hit["label"]) if hit["label"] and hit["label"] != hit["snippet"] else ""
            parts.append(f"{table_name(table)} {label}".strip())
        column = catalogue.column_name(hit.get("column"), messages.language())
        if column and column != hit.get("column"):  # a column without a name of its own says nothing
            parts.append(column)
        return " \u203a ".join(p for p in parts if p)

    def _open_first(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(ROLE)
        if not data:
            return
        table, rid, row = data
        key, target = locate(table, row)
        log.debug("search result -> %s %s %s %s", key, target, table, rid)
        self.open_place.emit(key, target, table, rid)
        self.move_aside()

    def move_aside(self) -> None:
        """Stand beside the place just opened, over the side panel, not on top of it: the right edge of the
        main window (narrowed to fit there)."""
        parent = self.parentWidget()
        if parent is None:
            return
        frame = parent.frameGeometry()
        width = min(self.width(), max(320, frame.width() // 4))
        self.resize(width, min(self.height(), frame.height() - 80))
        self.move(frame.right() - width - 8, frame.top() + 60)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)
