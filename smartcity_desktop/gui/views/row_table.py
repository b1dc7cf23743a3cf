# SPDX-License-Identifier: GPL-3.0-or-later
"""A reusable editable table of rows of one plan table: add, edit in place, reorder, delete (all undoable)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.gui.form_widgets import FieldError
from smartcity_desktop.gui.formats import format_date, format_int, format_number, parse_date_input, parse_number
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.services.operations import lists
from smartcity_desktop.services.session import PlanDB

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[], list[tuple[Any, str]]]


@dataclass
class Col:
    """One shown column: the table column, its header, its kind and (for choices) the allowed values."""

    name: str
    header: str
    kind: str = "text"  # text | int | year | real | choice | date | number_or_text
    choices: Choices | None = None
    width: int = 0
    text_column: str = ""  # number_or_text: where a value that is not a number is kept (e.g. "value_text")


parse_date_text = parse_date_input


def cell_value(col: Col, row: dict[str, Any]) -> Any:
    """The stored value a cell shows: a number, or the text kept beside it when there is none."""
    value = row.get(col.name)
    if col.kind == "number_or_text" and value is None:
        return row.get(col.text_column) or None
    return value


def display(col: Col, value: Any) -> str:
    """How a stored value is shown in a cell."""
    if value is None or value == "":
        return ""
    if col.kind == "int":
        return format_int(int(value))
    if col.kind == "real" or (col.kind == "number_or_text" and isinstance(value, (int, float))):
        return format_number(value)
    if col.kind == "date":
        return format_date(value)
    if col.kind == "choice" and col.choices:
        return dict(col.choices()).get(value, str(value))
    return str(value)


def parse(col: Col, text: Any) -> Any:
    """A cell's typed text as the stored value (raises ValueError)."""
    if col.kind == "choice":
        return text
    s = str(text).strip()
    if col.kind in ("int", "year"):
        n = parse_number(s)
        return None if n is None else int(n)
    if col.kind == "real":
        return parse_number(s)
    if col.kind == "number_or_text":
        try:
            return parse_number(s)
        except ValueError:
            return s
    if col.kind == "date":
        return parse_date_text(s)
    return s or None


class RowsModel(QAbstractTableModel):
    """Rows of one table; edits go to the session as one undoable update per cell."""

    input_error = Signal(str)  # "" after a good edit: the table's error line shows it

    def __init__(self, session: PlanSession, table: str, cols: list[Col], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.table, self.cols = session, table, cols
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows``; the same rows in the same order are updated in place, so an open editor and the
        current cell survive an edit (Tab after typing moves on instead of reopening the edited cell)."""
        if [r["id"] for r in rows] == [r["id"] for r in self.rows] and rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.cols) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.cols[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.cols[index.column()]
        value = cell_value(col, self.rows[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(col, value)
        if role == Qt.ItemDataRole.EditRole:
            if col.kind == "choice":
                return value
            if col.kind == "real" or (col.kind == "number_or_text" and isinstance(value, (int, float))):
                return format_number(value) if value is not None else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            col.kind in ("int", "real", "year") or (col.kind == "number_or_text" and isinstance(value, (int, float)))
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.cols[index.column()]
        row = self.rows[index.row()]
        try:
            new = parse(col, value)
        except ValueError:
            self.input_error.emit(self.tr("{0}: nilai \u201c{1}\u201d tidak dapat dibaca.").format(col.header, value))
            return False
        if new == cell_value(col, row):
            return False
        refused: list[str] = []
        with self.session.errors_to(refused.append):
            ok = self.commit(col, row, new)
        self.input_error.emit(f"{col.header}: {refused[-1]}" if refused else "")
        return ok

    def commit(self, col: Col, row: dict[str, Any], new: Any) -> bool:
        """Store ``new`` in ``row``'s cell of ``col`` as one undoable edit; False when refused."""
        label = self.tr("Ubah {0}").format(col.header)
        if col.kind == "number_or_text":  # a number, or a text such as "Selong" kept beside it
            number = isinstance(new, float)
            values = {col.name: new if number else None, col.text_column: None if number else new}
            return self.session.run(label, lists.set_values, self.table, row["id"], values)
        return self.session.run(label, lists.set_value, self.table, row["id"], col.name, new)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for columns with a fixed list of values (codes or row ids)."""

    def __init__(self, cols: list[Col], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cols = cols

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        col = self.cols[index.column()]
        if col.kind != "choice" or col.choices is None:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for value, text in col.choices():
            box.addItem(text, value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class RowTable(QWidget):
    """A titled table of rows with Tambah / Naik / Turun / Hapus buttons."""

    selection_changed = Signal(object)  # selected row id or None

    def __init__(
        self,
        session: PlanSession,
        table: str,
        cols: list[Col],
        *,
        load: Callable[[PlanDB], list[dict[str, Any]]] | None = None,
        defaults: Callable[[], dict[str, Any] | None] | None = None,
        noun: str = "",
        wrap: bool = False,
        add_text: str = "",
        delete: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.table, self.cols = session, table, cols
        self._load = load or (lambda db: db.rows(table))
        self._defaults = defaults or (lambda: {})
        self.noun = noun or self.tr("baris")
        self.wrap = wrap
        self._delete = delete  # a table's own removal (e.g. elements ask where their programs go)
        self.model = RowsModel(session, table, cols, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(cols, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setTabKeyNavigation(False)
        hdr = self.view.horizontalHeader()
        hdr.setStretchLastSection(all(c.width for c in cols))
        fm = hdr.fontMetrics()  # a stretched column never gets narrower than its header (the others scroll)
        widest = max((fm.horizontalAdvance(c.header) for c in cols if not c.width), default=0)
        hdr.setMinimumSectionSize(max(hdr.minimumSectionSize(), widest + 16))
        for i, c in enumerate(cols):
            if c.width:
                hdr.resizeSection(i, c.width)
            else:
                hdr.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.add_button = QPushButton(add_text or self.tr("&Tambah"), self)
        self.up_button = QPushButton(self.tr("Naik"), self)
        self.down_button = QPushButton(self.tr("Turun"), self)
        self.delete_button = QPushButton(self.tr("Hapus"), self)
        self.add_button.clicked.connect(self.add_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.delete_button.clicked.connect(self.delete_row)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        self.error = FieldError(self)
        self.model.input_error.connect(self.error.show_error)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        if not TABLES[table].ordered:
            self.up_button.hide()
            self.down_button.hide()

    # -- reading ------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the rows, keeping the selected row when it still exists."""
        keep = self.current_id()
        self.model.set_rows(self._load(self.session.db))
        if self.wrap:
            self.view.setWordWrap(True)
            self.view.resizeRowsToContents()
        if keep and self.current_id() != keep:
            self.select_id(keep)
        self._update_buttons()

    def current_id(self) -> str | None:
        idx = self.view.currentIndex()
        if not idx.isValid() or idx.row() >= len(self.model.rows):
            return None
        return str(self.model.rows[idx.row()]["id"])

    def select_id(self, rid: str, column: int = 0) -> bool:
        for i, r in enumerate(self.model.rows):
            if r["id"] == rid:
                self.view.setCurrentIndex(self.model.index(i, column))
                self.view.scrollTo(self.model.index(i, column))
                return True
        return False

    def _current_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.selection_changed.emit(self.current_id())

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for b in (self.up_button, self.down_button, self.delete_button):
            b.setEnabled(has)

    # -- writing ------------------------------------------------------------
    def add_row(self) -> str | None:
        """Insert a new row (defaults + a placeholder in the first text column) and start editing it."""
        values = self._defaults()
        if values is None:
            return None
        spec = TABLES[self.table]
        texts = [c for c in self.cols if c.kind == "text"]
        empty = [c for c in texts if spec.column(c.name).required and not values.get(c.name)]
        for c in empty:
            values[c.name] = self.tr("(baru)")
        first = empty[0] if empty else (texts[0] if texts else None)
        rid = self.session.add(self.tr("Tambah {0}").format(self.noun), lists.add, self.table, values)
        if rid:
            self.refresh()
            col = self.cols.index(first) if first else 0
            if self.select_id(rid, col):
                self.view.edit(self.view.currentIndex())
        return rid

    def move_row(self, step: int) -> None:
        """Swap the selected row's sort_key with its neighbour's (one undoable edit)."""
        rows = self.model.rows
        i = self.view.currentIndex().row()
        j = i + step
        if i < 0 or not 0 <= j < len(rows):
            return
        a, b = rows[i], rows[j]
        if self.session.run(self.tr("Pindahkan {0}").format(self.noun), lists.move, self.table, a["id"], b["id"]):
            self.refresh()
            self.select_id(a["id"], max(self.view.currentIndex().column(), 0))

    def delete_row(self) -> bool:
        """Delete the selected row after confirmation."""
        rid = self.current_id()
        if rid is None:
            return False
        if self._delete is not None:
            return self._delete(rid)
        row = self.session.db.get(self.table, rid) or {}
        name = str(row.get(TABLES[self.table].label) or "")
        answer = QMessageBox.question(
            self,
            self.tr("Hapus"),
            self.tr("Hapus {0} \u201c{1}\u201d beserta semua isinya? Bisa dibatalkan dengan Urungkan (Ctrl+Z).").format(
                self.noun, name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.session.run(self.tr("Hapus {0}").format(self.noun), lists.delete, self.table, rid)
