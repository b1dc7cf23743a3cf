# SPDX-License-Identifier: GPL-3.0-or-later
"""One dimension: name, description, colour, elements, strategic issues, strategies and its programs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import framework
from smartcity_desktop.gui.feedback import add_feedback_action  # ws-feedback
from smartcity_desktop.gui.formats import format_rupiah
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.gui.views.readiness import FocusOutText
from smartcity_desktop.gui.views.row_table import Col, RowTable
from smartcity_desktop.services import figures
from smartcity_desktop.services.operations import dimensions_elements
from smartcity_desktop.services.reading.profile import dimension_programs, rows_where


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
        self.add_dimension_button = QPushButton(self.tr("Tambah &dimensi"), self)
        self.delete_dimension_button = QPushButton(self.tr("Hapus dime&nsi\u2026"), self)
        self.dimension_up = QPushButton(self.tr("Naik"), self)
        self.dimension_down = QPushButton(self.tr("Turun"), self)
        self.dimension_up.setToolTip(self.tr("Pindahkan dimensi ke atas dalam kerangka"))
        self.dimension_down.setToolTip(self.tr("Pindahkan dimensi ke bawah dalam kerangka"))
        self.add_dimension_button.clicked.connect(self.add_dimension)
        self.delete_dimension_button.clicked.connect(self.delete_dimension)
        self.dimension_up.clicked.connect(lambda: self.move_dimension(up=True))
        self.dimension_down.clicked.connect(lambda: self.move_dimension(up=False))
        head = QGroupBox(self.tr("Dimensi"), self)
        add_feedback_action(head, self.session, self.feedback_target)  # ws-feedback
        form = QFormLayout(head)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.color_button)
        for b in (self.dimension_up, self.dimension_down, self.add_dimension_button, self.delete_dimension_button):
            row.addWidget(b)
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
            delete=self.delete_element,
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

    # -- the framework: dimensions and elements --------------------------------------
    def add_dimension(self) -> str | None:
        """A new dimension at the end of the framework, shown at once with its name ready for typing."""
        rid = self.session.add(self.tr("Tambah dimensi"), dimensions_elements.add_dimension, self.tr("Dimensi baru"))
        if rid:
            self.navigate.emit("dimension", rid)
            self.name_edit.setFocus()
            self.name_edit.selectAll()
        return rid

    def move_dimension(self, up: bool) -> bool:
        if not self.row:
            return False
        label = self.tr("Pindahkan dimensi {0}").format(self.row["name"])
        return self.session.run(label, dimensions_elements.move_dimension, self.row["id"], up)

    def delete_dimension(self) -> bool:
        """Remove this dimension; its programs move to another dimension or go with it, as the user says."""
        if not self.row:
            return False
        db = self.session.db
        others = [(r["id"], r["name"]) for r in db.rows("dimension") if r["id"] != self.row["id"]]
        count = len(db.rows("program", dimension_id=self.row["id"]))
        dlg = framework.ProgramsGoDialog(
            self.tr("Hapus dimensi"),
            self.tr(
                "Hapus dimensi \u201c{0}\u201d beserta elemen, isu, strategi dan nilai kesiapannya? "
                "Dimensi ini memiliki {1} program. Ke mana program itu?"
            ).format(self.row["name"], count),
            others,
            move_text=self.tr("Pindahkan programnya ke dimensi:"),
            delete_text=self.tr("Hapus programnya juga"),
            parent=self,
        )
        if not framework.ask(dlg):
            return False
        kind, target = dlg.choice()
        move_to = target if kind == framework.MOVE else None
        label = self.tr("Hapus dimensi {0}").format(self.row["name"])
        ok = self.session.run(label, dimensions_elements.delete_dimension, self.row["id"], move_to)
        if ok:
            self.navigate.emit("dimension", move_to or (others[0][0] if others else None))
        return ok

    def delete_element(self, element_id: str) -> bool:
        """Remove an element; its programs move to another element, stay without one, or go with it."""
        db = self.session.db
        element = db.get("element", element_id)
        if element is None:
            return False
        count = len(db.rows("program", element_id=element_id))
        names = {d["id"]: d["name"] for d in db.rows("dimension")}
        targets = [
            (e["id"], f"{names.get(e['dimension_id'], '')} \u203a {e['name']}")
            for d in db.rows("dimension")
            for e in db.rows("element", dimension_id=d["id"])
            if e["id"] != element_id
        ]
        if count:
            dlg = framework.ProgramsGoDialog(
                self.tr("Hapus elemen"),
                self.tr("Elemen \u201c{0}\u201d memiliki {1} program. Ke mana program itu?").format(
                    element["name"], count
                ),
                targets,
                move_text=self.tr("Pindahkan ke elemen:"),
                keep_text=self.tr("Tetap di dimensi ini, tanpa elemen"),
                delete_text=self.tr("Hapus programnya juga"),
                parent=self,
            )
            if not framework.ask(dlg):
                return False
            kind, target = dlg.choice()
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Hapus elemen"),
                self.tr("Hapus elemen \u201c{0}\u201d? Bisa dibatalkan dengan Urungkan (Ctrl+Z).").format(
                    element["name"]
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            kind, target = framework.KEEP, None
        label = self.tr("Hapus elemen {0}").format(element["name"])
        return self.session.run(
            label,
            dimensions_elements.delete_element,
            element_id,
            target if kind == framework.MOVE else None,
            delete_programs=kind == framework.DELETE,
        )

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
