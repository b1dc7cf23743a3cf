# SPDX-License-Identifier: GPL-3.0-or-later
"""One dimension: name, description, colour, elements, strategic issues, strategies and its programs."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.formats import format_rupiah
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.gui.views.readiness import FocusOutText
from smartcity_desktop.gui.views.row_table import Col, RowTable
from smartcity_desktop.services import figures
from smartcity_desktop.services.operations import dimensions_elements
from smartcity_desktop.services.reading.profile import dimension_programs, rows_where

log = logging.getLogger(__name__)


class DimensionView(View):
    """Edits one dimension (target = dimension id)."""

    tables = frozenset(
        {"dimension", "element", "strategic_issue", "strategy", "program", "program_budget", "indicator"}
    )

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.row: dict[str, Any] | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.editingFinished.connect(self._commit_name)
        self.description = FocusOutText(self)
        self.description.setFixedHeight(64)
        self.description.editing_finished.connect(self._commit_description)
        self.color_button = QPushButton(self.tr("&Warna\u2026"), self)
        self.color_button.clicked.connect(self.choose_color)
        head = QGroupBox(self.tr("Dimensi"), self)
        form = QFormLayout(head)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.color_button)
        form.addRow(self.tr("Nama"), row)
        form.addRow(self.tr("&Uraian"), self.description)

        def dim_rows(table: str) -> Any:
            return lambda db: rows_where(db, table, "dimension_id", self.target) if self.target else []

        def issues() -> list[tuple[Any, str]]:
            return [(None, self.tr("(tanpa isu)"))] + [
                (r["id"], r["text"]) for r in dim_rows("strategic_issue")(self.session.db)
            ]

        defaults = lambda: {"dimension_id": self.target} if self.target else None  # noqa: E731
        self.elements = RowTable(
            session,
            "element",
            [Col("name", self.tr("Elemen"), width=260), Col("description", self.tr("Uraian"))],
            load=dim_rows("element"),
            defaults=defaults,
            noun=self.tr("elemen"),
        )
        self.issues = RowTable(
            session,
            "strategic_issue",
            [Col("text", self.tr("Isu strategis"), width=320), Col("description", self.tr("Uraian"))],
            load=dim_rows("strategic_issue"),
            defaults=defaults,
            noun=self.tr("isu strategis"),
        )
        self.strategies = RowTable(
            session,
            "strategy",
            [
                Col("text", self.tr("Strategi"), width=320),
                Col("issue_id", self.tr("Menjawab isu"), "choice", issues, 240),
                Col("description", self.tr("Uraian")),
            ],
            load=dim_rows("strategy"),
            defaults=lambda: (
                {"dimension_id": self.target, "issue_id": self.issues.current_id()} if self.target else None
            ),
            noun=self.tr("strategi"),
        )
        self.programs = QTreeWidget(self)
        self.programs.setRootIsDecorated(False)
        self.programs.setHeaderLabels([self.tr("Program"), self.tr("Tahun"), self.tr("Indikator"), self.tr("Anggaran")])
        self.programs.itemActivated.connect(self._open_program)
        self.programs.setToolTip(self.tr("Klik dua kali (atau Enter) untuk membuka program"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.elements, self.tr("&Elemen"))
        self.tabs.addTab(self.issues, self.tr("&Isu strategis"))
        self.tabs.addTab(self.strategies, self.tr("&Strategi"))
        self.tabs.addTab(self.programs, self.tr("&Program"))
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Re-read the dimension and its lists."""
        db = self.session.db
        self.row = db.get("dimension", self.target) if self.target else None
        self.setEnabled(self.row is not None)
        row = self.row or {}
        if self.name_edit.text() != (row.get("name") or "") and not self.name_edit.isModified():
            self.name_edit.setText(row.get("name") or "")
        desc = row.get("description") or ""
        if self.description.toPlainText() != desc and not self.description.document().isModified():
            self.description.setPlainText(desc)
        color = figures.dimension_colors(db).get(self.target or "", "#777777")  # as in every chart
        self.color_button.setStyleSheet(f"QPushButton {{ border-left: 18px solid {color}; padding: 4px 8px; }}")
        for t in (self.elements, self.issues, self.strategies):
            t.refresh()
        self.programs.clear()
        progs = dimension_programs(db, self.target) if self.target else []
        for p in progs:
            years = f"{p['first_year'] or ''}\u2013{p['last_year'] or ''}"
            item = QTreeWidgetItem(
                self.programs,
                [
                    ("\u2605 " if p["is_quick_win"] else "") + p["name"],
                    years,
                    str(p["indicators"]),
                    format_rupiah(p["budget"]),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, p["id"])
            for c in (2, 3):
                item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.programs.resizeColumnToContents(0)
        total = sum(p["budget"] for p in progs)
        self.tabs.setTabText(3, self.tr("&Program ({0}, {1})").format(len(progs), format_rupiah(total)))

    def _commit_name(self) -> None:
        self.name_edit.setModified(False)
        text = self.name_edit.text().strip()
        if self.row and text and text != self.row["name"]:
            self.session.run(self.tr("Ubah nama dimensi"), dimensions_elements.rename, self.row["id"], text)

    def _commit_description(self) -> None:
        doc = self.description.document()
        if not self.row or not doc.isModified():
            return
        doc.setModified(False)
        value = self.description.toPlainText().strip() or None
        if value != self.row["description"]:
            label = self.tr("Ubah uraian dimensi")
            self.session.run(label, dimensions_elements.set_description, self.row["id"], value)

    def choose_color(self) -> None:
        if not self.row:
            return
        color = QColorDialog.getColor(QColor(self.row["color"] or "#777777"), self, self.tr("Warna dimensi"))
        if color.isValid():
            self.set_color(color.name().upper())

    def set_color(self, value: str) -> bool:
        if not self.row or value == self.row["color"]:
            return False
        return self.session.run(self.tr("Ubah warna dimensi"), dimensions_elements.set_color, self.row["id"], value)

    def _open_program(self, item: QTreeWidgetItem, _col: int) -> None:
        pid = item.data(0, Qt.ItemDataRole.UserRole)
        if pid:
            self.navigate.emit("programs", pid)

    def select_row(self, table: str, row_id: str) -> bool:
        tabs = {"element": (0, self.elements), "strategic_issue": (1, self.issues), "strategy": (2, self.strategies)}
        if table in tabs:
            i, t = tabs[table]
            self.tabs.setCurrentIndex(i)
            return t.select_id(row_id)
        return table == "dimension" and row_id == self.target

    def guidance_key(self) -> str:
        return "dimensions"

    def feedback_target(self) -> tuple[str, str] | None:
        return ("dimension", self.row["id"]) if self.row else None
