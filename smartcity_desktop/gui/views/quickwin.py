# SPDX-License-Identifier: GPL-3.0-or-later
"""Quick Win: the candidate and chosen programs, their innovation and risks, and the first-year month plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import labels, zoom
from smartcity_desktop.gui.chart_widget import ChartWidget
from smartcity_desktop.gui.feedback import add_feedback_action  # ws-feedback
from smartcity_desktop.gui.form_widgets import CommitTextEdit, fill_combo
from smartcity_desktop.gui.formats import format_rupiah
from smartcity_desktop.gui.layouts import stacked
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.messages import language
from smartcity_desktop.services import figures
from smartcity_desktop.services.operations import quickwins
from smartcity_desktop.services.reading import programs as q


class QuickWinView(View):
    """Programs marked Quick Win with their quick_win row and month plan."""

    tables = frozenset({"program", "quick_win", "quick_win_step", "program_budget", "dimension", "agency"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[dict[str, Any]] = []
        self.program_id: str | None = None
        self._loading = False
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.counter = QLabel()
        self.counter.setWordWrap(True)
        self.list = QTableWidget(0, 4)
        add_feedback_action(
            self.list, self.session, lambda: ("quick_win", r["qw_id"]) if (r := self.current()) else None
        )
        self.list.setHorizontalHeaderLabels(
            [self.tr("Program"), self.tr("Dimensi"), self.tr("Status"), self.tr("Anggaran")]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.list.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setStyleSheet("color: #a04000;")
        self.warnings.setWordWrap(True)
        # details tab
        self.status = QComboBox()
        self.score = QSpinBox()
        self.score.setRange(0, 5)
        self.score.setSpecialValueText(self.tr("belum dinilai"))
        self.problem = CommitTextEdit(lines=3)
        self.innovation = CommitTextEdit(lines=3)
        self.risks = CommitTextEdit(lines=3)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Nilai &inovasi (1-5)"), self.score)
        form.addRow(self.tr("&Masalah"), self.problem)
        form.addRow(self.tr("I&novasi"), self.innovation)
        form.addRow(self.tr("&Risiko"), self.risks)
        # month plan tab
        self.steps = QTableWidget(0, 3)
        self.steps.setHorizontalHeaderLabels([self.tr("Kegiatan"), self.tr("Bulan mulai"), self.tr("Bulan selesai")])
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().hide()
        self.add_step_button = QPushButton(self.tr("Tambah &kegiatan"))
        self.delete_step_button = QPushButton(self.tr("Hapus kegiatan"))
        self.chart = ChartWidget()
        plan = QWidget()
        play = QVBoxLayout(plan)
        prow = QHBoxLayout()
        prow.addWidget(self.add_step_button)
        prow.addWidget(self.delete_step_button)
        prow.addStretch(1)
        play.addWidget(self.steps, 2)
        play.addLayout(prow)
        play.addWidget(self.chart, 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(zoom.scrollable(page), self.tr("Rincian"))
        self.tabs.addTab(plan, self.tr("Rencana bulanan"))
        right = stacked((self.title, 0), (self.warnings, 0), (self.tabs, 1))
        self.detail = right
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([460, 620])
        lay = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Tandai program sebagai Quick Win di tabel Program. Patokan: satu Quick Win per dimensi.")
        )
        hint.setWordWrap(True)
        scoring = QPushButton(self.tr("&Penilaian kandidat..."))  # issue 11: the scoring board
        scoring.setToolTip(self.tr("Nilai kandidat per kriteria, suara kelompok, peringkat dan matriks"))
        scoring.clicked.connect(lambda: self.navigate.emit("quickwin_scoring", self.program_id))
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(scoring)
        lay.addLayout(top)
        lay.addWidget(self.counter)
        lay.addWidget(split, 1)
        # wiring
        self.list.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.status.activated.connect(lambda: self._set("status", self.status.currentData()))
        self.score.editingFinished.connect(lambda: self._set("innovation_score", self.score.value() or None))
        for edit, column in ((self.problem, "problem"), (self.innovation, "innovation"), (self.risks, "risks")):
            edit.editingFinished.connect(lambda e=edit, c=column: self._set(c, e.toPlainText().strip() or None))
        self.steps.itemChanged.connect(self._step_changed)
        self.add_step_button.clicked.connect(lambda: self.add_step())
        self._pending_steps: list[dict[str, Any]] = []
        self.tabs.currentChanged.connect(lambda i: self._draw(self._pending_steps) if i == 1 else None)
        self.delete_step_button.clicked.connect(lambda: self.delete_step())

    # -- View API -------------------------------------------------------
    def guidance_key(self) -> str:
        return "quickwin"

    def feedback_target(self) -> tuple[str, str] | None:
        return ("program", self.program_id) if self.program_id else None

    def refresh(self) -> None:
        db = self.session.db
        self.rows = q.quick_win_table(db)
        counts = q.quick_wins_per_dimension(db)
        parts = [f"{c['name']}: {c['count']}" for c in counts]
        missing = sum(1 for c in counts if not c["count"])
        text = self.tr("Quick Win per dimensi \u2014 %1").replace("%1", "; ".join(parts))
        if missing:
            text += " " + self.tr("(%n dimensi belum punya Quick Win)", "", missing)
        self.counter.setText(text)
        self._loading = True
        self.list.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            status = labels.label("quick_win_status", r["qw_status"]) if r["qw_id"] else self.tr("(belum diisi)")
            if not r["qw_id"] or not r["budget_total"] or (r["last_month"] or 0) > 12:
                status = "\u26a0 " + status
            budget = format_rupiah(r["budget_total"]) if r["budget_total"] else "\u2013"
            for c, value in enumerate((r["name"], r["dimension_name"], status, budget)):
                it = QTableWidgetItem(value)
                it.setData(Qt.ItemDataRole.UserRole, r["program_id"])
                if c == 3:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.setItem(i, c, it)
        self._loading = False
        row = next((i for i, r in enumerate(self.rows) if r["program_id"] == self.program_id), 0 if self.rows else -1)
        if row >= 0:
            self.list.setCurrentCell(row, 0)
        self._show(row)

    def select_row(self, table: str, row_id: str) -> bool:
        for i, r in enumerate(self.rows):
            if (table == "program" and r["program_id"] == row_id) or (table == "quick_win" and r["qw_id"] == row_id):
                self.list.setCurrentCell(i, 0)
                self._show(i)
                return True
        return False

    # -- detail ---------------------------------------------------------
    def current(self) -> dict[str, Any] | None:
        return next((r for r in self.rows if r["program_id"] == self.program_id), None)

    def _show(self, row: int) -> None:
        if self._loading:
            return
        r = self.rows[row] if 0 <= row < len(self.rows) else None
        self.program_id = r["program_id"] if r else None
        self.detail.setEnabled(r is not None)
        self._loading = True
        if r is None:
            self.title.setText(self.tr("Belum ada program Quick Win."))
            self.warnings.clear()
            self.steps.setRowCount(0)
            self.chart.set_drawing(None)
            self._loading = False
            return
        self.title.setText(r["name"])
        fill_combo(self.status, labels.choices("quick_win_status"), r["qw_status"] or "candidate")
        self.score.setValue(r["innovation_score"] or 0)
        self.problem.set_text(r["problem"])
        self.innovation.set_text(r["innovation"])
        self.risks.set_text(r["risks"])
        steps = q.quick_win_steps(self.session.db, r["qw_id"]) if r["qw_id"] else []
        self.steps.setRowCount(len(steps))
        for i, s in enumerate(steps):
            for c, value in enumerate((s["activity"], str(s["start_month"]), str(s["end_month"]))):
                it = QTableWidgetItem(value)
                it.setData(Qt.ItemDataRole.UserRole, s["id"])
                self.steps.setItem(i, c, it)
        self._loading = False
        warn = []
        if steps and max(s["end_month"] for s in steps) > 12:
            warn.append(self.tr("Rencana lebih dari 12 bulan: Quick Win sebaiknya selesai dalam tahun pertama."))
        if not r["budget_total"]:
            warn.append(self.tr("Belum ada anggaran untuk program ini."))
        self.warnings.setText("\n".join("\u26a0 " + w for w in warn))
        self.warnings.setVisible(bool(warn))
        self._draw(steps)

    def _draw(self, steps: list[dict[str, Any]]) -> None:
        self._pending_steps = steps
        if self.tabs.currentIndex() != 1:  # drawn when the month plan tab is shown (reportlab loads lazily)
            return
        if not steps:
            self.chart.set_drawing(None)
            return
        r = self.current()  # the month plan of the documents, same data
        data = figures.quick_win_plan(self.session.db, r["qw_id"], language()) if r and r["qw_id"] else None
        self.chart.set_chart("month_gantt", data)
        self.chart_data = data

    # -- edits ----------------------------------------------------------
    def _set(self, column: str, value: Any) -> None:
        r = self.current()
        if self._loading or r is None or r.get(column if column != "status" else "qw_status") == value:
            return
        self.session.run(self.tr("Ubah Quick Win"), quickwins.set_field, r["program_id"], column, value)

    def add_step(self) -> str | None:
        r = self.current()
        if r is None:
            return None
        label = self.tr("Tambah kegiatan Quick Win")
        new = self.session.add(label, quickwins.add_step, r["program_id"], self.tr("Kegiatan baru"), 1, 1)
        if new:
            self.tabs.setCurrentIndex(1)
            self.steps.setCurrentCell(self.steps.rowCount() - 1, 0)
        return new

    def delete_step(self) -> bool:
        item = self.steps.item(self.steps.currentRow(), 0)
        if item is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Hapus kegiatan"),
            self.tr("Hapus kegiatan \u201c%1\u201d?").replace("%1", item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.session.run(
            self.tr("Hapus kegiatan Quick Win"), quickwins.delete_step, item.data(Qt.ItemDataRole.UserRole)
        )

    def _step_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        sid = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        column = ("activity", "start_month", "end_month")[item.column()]
        value: Any = text
        if column != "activity":
            if not text.isdigit() or not 1 <= int(text) <= 24:
                self.session.failed.emit(self.tr("Bulan ditulis sebagai angka 1 sampai 12."))
                self._show(self.list.currentRow())
                return
            value = int(text)
        elif not text:
            self._show(self.list.currentRow())
            return
        step = self.session.db.get("quick_win_step", sid) or {}
        values = {column: value}
        if column == "start_month" and value > step.get("end_month", value):
            values["end_month"] = value
        if column == "end_month" and value < step.get("start_month", value):
            values["start_month"] = value
        self.session.run(self.tr("Ubah kegiatan Quick Win"), quickwins.update_step, sid, values)
