# SPDX-License-Identifier: GPL-3.0-or-later
"""Small editing widgets shared by the program, indicator and Quick Win editors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from smartcity_desktop.gui.formats import format_int, format_number, format_rupiah

log = logging.getLogger(__name__)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text field that reports ``editingFinished`` when it loses focus."""

    editingFinished = Signal()  # noqa: N815 - mirrors QLineEdit

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def set_text(self, text: str | None) -> None:
        """Set the text only when it differs (keeps the cursor where it is otherwise)."""
        if self.toPlainText() != (text or ""):
            self.setPlainText(text or "")

    def focusOutEvent(self, e: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(e)
        self.editingFinished.emit()


class FieldError(QLabel):
    """A field's input error, shown beside it until the next good edit of that field clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        self.setAccessibleName(self.tr("Kesalahan isian"))
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.show_error("")


def fill_combo(box: QComboBox, items: list[tuple[Any, str]], current: Any, empty: str | None = None) -> None:
    """Fill a combo with (data, text) pairs (and an optional empty choice) and select ``current``."""
    box.blockSignals(True)
    box.clear()
    if empty is not None:
        box.addItem(empty, None)
    for data, text in items:
        box.addItem(text, data)
    i = box.findData(current) if current is not None else (0 if empty is not None else -1)
    box.setCurrentIndex(max(i, 0) if box.count() else -1)
    box.blockSignals(False)


class CheckList(QListWidget):
    """A list of checkable rows (id, text); ``toggled`` carries the checked ids after a click."""

    toggled = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.itemChanged.connect(self._changed)

    def set_items(self, items: list[tuple[str, str]], checked: list[str]) -> None:
        self._loading = True
        self.clear()
        for rid, text in items:
            it = QListWidgetItem(text, self)
            it.setData(Qt.ItemDataRole.UserRole, rid)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if rid in checked else Qt.CheckState.Unchecked)
        self._loading = False

    def checked_ids(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, rid: str, on: bool) -> None:
        """Check or uncheck one row as a click would."""
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == rid:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.toggled.emit(self.checked_ids())


class YearGrid(QTableWidget):
    """One row of values per year of the plan period (columns) with an optional total column.

    Rupiah budgets (``money``) or decimal targets; ``commit(year, text)`` is called when a cell is typed.
    """

    def __init__(self, header: str, money: bool, total_label: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        self.header = header
        self.total_label = total_label
        self.years: list[int] = []
        self.commit: Callable[[int, str], None] = lambda _y, _t: None
        self._loading = False
        self.setRowCount(1)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move between years
        self.setVerticalHeaderLabels([header])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0" * 9))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._fit_height()
        self.itemChanged.connect(self._changed)

    fits_own_height = True  # gui/zoom.py leaves its height alone: it follows its row and header

    def _fit_height(self) -> None:
        """The header, the whole row and room for the scroll bar (it appears when the years do not fit)."""
        rows = self.rowHeight(0) if self.rowCount() else self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        self.setFixedHeight(height + self.horizontalScrollBar().sizeHint().height() + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # projector zoom
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            self._fit_height()

    def _fmt(self, v: float | int | None) -> str:
        if v is None:
            return ""
        return format_int(int(v)) if self.money else format_number(v)

    def set_values(
        self, years: list[int], values: dict[int, Any], active: tuple[int | None, int | None], total: int | None = None
    ) -> None:
        """Show ``values`` per year; years outside ``active`` (first, last) are greyed. ``total``: the figure of
        the total column (core.figures, where greyed years do not count); the sum of the values when not given."""
        self._loading = True
        self.years = sorted(set(years) | set(values))
        extra = 1 if self.total_label else 0
        self.setColumnCount(len(self.years) + extra)
        self.setHorizontalHeaderLabels([str(y) for y in self.years] + ([self.total_label or ""] if extra else []))
        first, last = active
        grey = QBrush(QColor("#e4e4e4"))
        for i, y in enumerate(self.years):
            it = QTableWidgetItem(self._fmt(values.get(y)))
            it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if first is not None and not (first <= y <= (last or first)):
                it.setBackground(grey)
            self.setItem(0, i, it)
        if extra:
            if total is None and self.money:
                total = sum(int(v) for v in values.values() if v is not None)
            it = QTableWidgetItem(format_rupiah(total) if total is not None else "")
            it.setFlags(Qt.ItemFlag.ItemIsEnabled)
            it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = QFont(it.font())
            font.setBold(True)
            it.setFont(font)
            self.setItem(0, len(self.years), it)
        self._loading = False
        self._fit_height()

    def type_value(self, year: int, text: str) -> None:
        """Enter ``text`` for ``year`` as if typed into the cell."""
        item = self.item(0, self.years.index(year))
        if item is not None:
            item.setText(text)

    def value_text(self, year: int) -> str:
        item = self.item(0, self.years.index(year))
        return item.text() if item is not None else ""

    def total_text(self) -> str:
        item = self.item(0, self.columnCount() - 1)
        return item.text() if self.total_label and item is not None else ""

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() >= len(self.years):
            return
        self.commit(self.years[item.column()], item.text())
