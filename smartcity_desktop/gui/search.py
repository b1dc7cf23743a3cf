# SPDX-License-Identifier: GPL-3.0-or-later
"""Ctrl+F: search across the whole plan; results click through to the place that shows the row."""

from __future__ import annotations

import logging

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
            where = table_name(h["table"])
            label = h["label"] if h["label"] and h["label"] != h["snippet"] else ""
            line = f"{where}: {label}\n    {h['snippet']}" if label else f"{where}: {h['snippet']}"
            item = QListWidgetItem(line)
            item.setData(ROLE, (h["table"], h["id"], h["row"]))
            self.results.addItem(item)
        if len(text.strip()) < 2:
            self.count.setText("")
        elif hits:
            self.count.setText(self.tr("{0} hasil").format(len(hits)))
        else:
            self.count.setText(self.tr("Tidak ditemukan."))
        return len(hits)

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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)
