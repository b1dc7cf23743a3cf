# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only list of records (one selected at a time) with the selected record's fields in a form beside it.

The workshop record's action items and participant register are both built this way; the
subclass makes its fields and buttons (their texts stay in its own translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import dialogs
from smartcity_desktop.gui.layouts import button_row, splitter
from smartcity_desktop.gui.session import PlanSession

Row = dict[str, Any]


class RecordPanel(QWidget):
    """The table of records (``self.ids`` in its row order) and ``self.row``, the selected record."""

    SELECT_COLUMN = 0  # the cell a selection puts the cursor in

    def __init__(self, session: PlanSession, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ids: list[str] = []
        self.row: Row | None = None
        self.table = QTableWidget(0, columns, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)

    def fields_form(self, rows: tuple[tuple[str, QWidget], ...]) -> tuple[QWidget, QFormLayout]:
        """The form beside the table: one row a (label, field), the field named for screen readers by its label."""
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        for label, w in rows:
            w.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, w)
        return form_box, form

    def lay_out(self, buttons: tuple[QPushButton, ...], form_box: QWidget) -> None:
        """The buttons and the count (``self.count``) above; the table and the form side by side below."""
        self.count = QLabel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(button_row(*buttons, right=self.count))
        lay.addWidget(splitter(Qt.Orientation.Horizontal, (self.table, 3), (form_box, 2), parent=self), 1)

    def current_id(self) -> str | None:
        r = self.table.currentRow()
        return self.ids[r] if 0 <= r < len(self.ids) else None

    def select(self, record_id: str) -> bool:
        if record_id not in self.ids:
            return False
        self.table.setCurrentCell(self.ids.index(record_id), self.SELECT_COLUMN)
        self._show_current()
        return True

    def _show_current(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def show_new(self, record_id: str | None, first_field: QLineEdit) -> str | None:
        """After adding a record: the list again with the new one selected and its first field ready to type."""
        if record_id:
            self.refresh()
            self.select(record_id)
            first_field.setFocus()
            first_field.selectAll()
        return record_id

    def delete_row(self, question: str, title: str, op: Callable[..., Any]) -> bool:
        """Delete the selected record by ``op`` (one undo step named ``title``) once the user confirms."""
        if self.row is None or not dialogs.confirm(self, question, title):
            return False
        return self.session.run(title, op, self.row["id"])
