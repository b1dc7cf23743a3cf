# SPDX-License-Identifier: GPL-3.0-or-later
"""Editable lists of agencies (OPD) and funding sources: add, edit in place, reorder, delete with confirmation."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui.program_model import Index
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.services.operations import registries
from smartcity_desktop.services.reading import programs as q

log = logging.getLogger(__name__)


class RegistryModel(QAbstractTableModel):
    """Rows of one registry table plus how many programs use each row."""

    def __init__(self, session: PlanSession, table: str, columns: list[tuple[str, str]], parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self.table = table
        self.columns = columns  # (column, header); last extra column: usage count
        self.rows: list[dict[str, Any]] = []
        self.usage: dict[str, int] = {}
        self.usage_header = ""

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.session.db.rows(self.table)
        self.usage = q.usage_counts(self.session.db, self.table)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section][1] if section < len(self.columns) else self.usage_header

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsEditable if index.column() < len(self.columns) else f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() < len(self.columns):
                return r[self.columns[index.column()][0]] or ""
            return self.usage.get(r["id"], 0)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() < len(self.columns):
            return r[self.columns[index.column()][0]] or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() >= len(self.columns):
            return False
        r = self.rows[index.row()]
        column = self.columns[index.column()][0]
        text = str(value).strip() or None
        if text == r[column]:
            return False
        label = self.tr("Ubah %1").replace("%1", column)
        return self.session.run(label, registries.set_field, self.table, r["id"], column, text)


class RegistryView(View):
    """A list of one registry table (agency or funding_source)."""

    table = ""
    required: tuple[str, ...] = ("name",)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tables = frozenset({self.table, "program", "program_agency", "program_funding"})
        self.model = RegistryModel(session, self.table, self.column_specs(), self)
        self.model.usage_header = self.tr("Dipakai program")
        self.intro = QLabel(self.intro_text())
        self.intro.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.add_button = QPushButton(self.tr("&Tambah"))
        add_key = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        add_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_key.activated.connect(self.add_button.click)
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.delete_button.clicked.connect(lambda: self.delete_row())
        self.up_button.clicked.connect(lambda: self.move_row(up=True))
        self.down_button.clicked.connect(lambda: self.move_row(up=False))
        self.refresh()

    def column_specs(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def intro_text(self) -> str:
        return ""

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("Baru")}

    def refresh(self) -> None:
        rid = self.current_id()
        self.model.reload()
        self.view.setColumnWidth(2, self.fontMetrics().horizontalAdvance("0") * 30)
        if rid:
            self.select_row(self.table, rid)

    def current_id(self) -> str | None:
        idx = self.view.currentIndex()
        return str(self.model.rows[idx.row()]["id"]) if idx.isValid() and idx.row() < len(self.model.rows) else None

    def select_row(self, table: str, row_id: str) -> bool:
        if table != self.table:
            return False
        for i, r in enumerate(self.model.rows):
            if r["id"] == row_id:
                idx = self.model.index(i, 1)
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.view.selectionModel().setCurrentIndex(idx, flags)
                self.view.scrollTo(idx)
                return True
        return False

    def feedback_target(self) -> tuple[str, str] | None:
        rid = self.current_id()
        return (self.table, rid) if rid else None

    def add_row(self) -> str | None:
        rid = self.session.add(self.tr("Tambah"), registries.add, self.table, self.new_values())
        if rid:
            self.refresh()
            self.select_row(self.table, rid)
            self.view.edit(self.view.currentIndex())
        return rid

    def delete_row(self) -> bool:
        rid = self.current_id()
        if rid is None:
            return False
        row = self.session.db.get(self.table, rid) or {}
        used = q.usage_count(self.session.db, self.table, rid)
        text = self.tr("Hapus \u201c%1\u201d?").replace("%1", str(row.get("name")))
        if used:
            text += " " + self.tr("%n program memakainya; tautan di program itu akan dikosongkan.", "", used)
        answer = QMessageBox.question(
            self,
            self.tr("Hapus"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.session.run(self.tr("Hapus"), registries.delete, self.table, rid)

    def move_row(self, up: bool) -> bool:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return False
        i = idx.row()
        j = i - 1 if up else i + 1
        if not 0 <= j < len(self.model.rows):
            return False
        a, b = self.model.rows[i], self.model.rows[j]
        ok = self.session.run(self.tr("Pindahkan"), registries.move, self.table, a["id"], b["id"])
        self.select_row(self.table, a["id"])
        return ok


class AgenciesView(RegistryView):
    """The agencies (OPD) of the region."""

    table = "agency"

    def column_specs(self) -> list[tuple[str, str]]:
        return [("code", self.tr("Singkatan")), ("name", self.tr("Nama OPD")), ("kind", self.tr("Jenis"))]

    def intro_text(self) -> str:
        return self.tr("Perangkat daerah (OPD) yang melaksanakan atau mendukung program. Klik dua kali untuk mengubah.")

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("OPD baru"), "kind": "dinas"}

    def guidance_key(self) -> str:
        return "agencies"


class FundingSourcesView(RegistryView):
    """The funding sources programs can draw on."""

    table = "funding_source"

    def column_specs(self) -> list[tuple[str, str]]:
        return [
            ("code", self.tr("Kode")),
            ("name", self.tr("Nama sumber dana")),
            ("description", self.tr("Keterangan")),
        ]

    def intro_text(self) -> str:
        return self.tr("Sumber pendanaan program (APBD, APBN, DAK, CSR, KPBU, ...). Klik dua kali untuk mengubah.")

    def new_values(self) -> dict[str, Any]:
        n = self.session.db.count("funding_source") + 1
        return {"code": f"SD{n}", "name": self.tr("Sumber dana baru")}

    def guidance_key(self) -> str:
        return "funding"
