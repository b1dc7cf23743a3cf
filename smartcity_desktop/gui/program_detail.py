# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail form of one program: fields, supporting agencies, funding sources and the budget per year."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import labels
from smartcity_desktop.gui.form_widgets import CheckList, CommitTextEdit, FieldError, YearGrid, fill_combo
from smartcity_desktop.gui.program_edits import parse_amount
from smartcity_desktop.gui.program_model import ProgramTableModel, ask_budgets_outside, commit_number
from smartcity_desktop.services.operations import programs
from smartcity_desktop.services.reading import programs as q

log = logging.getLogger(__name__)


class ProgramDetail(QWidget):
    """Edits the program ``program_id``; every change is one undoable edit through the table model."""

    def __init__(self, model: ProgramTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.session = model.session
        self.program_id: str | None = None
        self._loading = False
        self._build()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.tabs = QTabWidget()
        # -- tab 1: the program
        page = QWidget()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.name = QLineEdit()
        self.dimension = QComboBox()
        self.element = QComboBox()
        self.strategy = QComboBox()
        self.description = CommitTextEdit(lines=4)
        self.activities = CommitTextEdit(lines=5)
        self.activities.setPlaceholderText(self.tr("Satu kegiatan per baris"))
        self.lead = QComboBox()
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel(self.tr("s.d.")))
        years.addWidget(self.last_year)
        years.addStretch(1)
        self.horizon = QComboBox()
        self.priority = QComboBox()
        self.status = QComboBox()
        self.quick_win = QCheckBox(self.tr("&Quick Win"))
        for widget in (self.strategy, self.element, self.lead, self.dimension):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(14)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("Di&mensi"), self.dimension)
        form.addRow(self.tr("&Elemen"), self.element)
        form.addRow(self.tr("St&rategi"), self.strategy)
        form.addRow(self.tr("&OPD pelaksana"), self.lead)
        years_label = QLabel(self.tr("Ta&hun"))
        years_label.setBuddy(self.first_year)
        form.addRow(years_label, years)
        middle = QFormLayout()
        middle.addRow(self.tr("Hori&zon"), self.horizon)
        middle.addRow(self.tr("&Prioritas"), self.priority)
        middle.addRow(self.tr("&Status"), self.status)
        middle.addRow("", self.quick_win)
        texts = QFormLayout()
        texts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        texts.addRow(self.tr("Ura&ian"), self.description)
        texts.addRow(self.tr("&Kegiatan"), self.activities)
        row = QHBoxLayout(page)
        row.addLayout(form, 5)
        row.addLayout(middle, 3)
        row.addLayout(texts, 5)
        self.tabs.addTab(page, self.tr("Rincian"))
        # -- tab 2: agencies and funding
        links = QWidget()
        lay = QGridLayout(links)
        self.supporting = CheckList()
        self.funding = CheckList()
        lay.addWidget(QLabel(self.tr("OPD pendukung")), 0, 0)
        lay.addWidget(self.supporting, 1, 0)
        lay.addWidget(QLabel(self.tr("Sumber dana")), 0, 1)
        lay.addWidget(self.funding, 1, 1)
        lay.setColumnStretch(0, 3)
        lay.setColumnStretch(1, 2)
        self.tabs.addTab(links, self.tr("OPD && Dana"))
        # -- tab 3: budget
        self.budget = YearGrid(self.tr("Anggaran (Rp)"), money=True, total_label=self.tr("Jumlah"))
        self.budget.commit = self._commit_budget
        budget_page = QWidget()
        blay = QVBoxLayout(budget_page)
        blay.addWidget(self.budget)
        self.budget_error = FieldError(budget_page)
        blay.addWidget(self.budget_error)
        hint = QLabel(self.tr("Ketik angka rupiah, mis. 1.250.000.000. Tahun berlatar abu-abu di luar tahun program."))
        hint.setWordWrap(True)
        blay.addWidget(hint)
        blay.addStretch(1)
        self.tabs.addTab(budget_page, self.tr("Anggaran"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.title)
        outer.addWidget(self.tabs)
        # -- wiring
        self.name.editingFinished.connect(lambda: self._set_text("name", self.name.text(), required=True))
        self.description.editingFinished.connect(lambda: self._set_text("description", self.description.toPlainText()))
        self.activities.editingFinished.connect(self._commit_activities)
        self.first_year.editingFinished.connect(self._commit_years)
        self.last_year.editingFinished.connect(self._commit_years)
        for box, col in (
            (self.dimension, "dimension_id"),
            (self.element, "element_id"),
            (self.strategy, "strategy_id"),
            (self.lead, "lead_agency_id"),
            (self.horizon, "horizon"),
            (self.priority, "priority"),
            (self.status, "status"),
        ):
            box.activated.connect(lambda _i, b=box, c=col: self._set(c, b.currentData()))
        self.quick_win.clicked.connect(lambda on: self._set("is_quick_win", 1 if on else 0))
        self.supporting.toggled.connect(lambda ids: self._set_links("program_agency", ids))
        self.funding.toggled.connect(lambda ids: self._set_links("program_funding", ids))
        self.setEnabled(False)

    # -- loading --------------------------------------------------------
    def set_program(self, program_id: str | None) -> None:
        if program_id != self.program_id:
            self.budget_error.clear_error()
        self.program_id = program_id
        self.reload()

    def reload(self) -> None:
        """Show the current program as stored."""
        db = self.session.db
        p = q.program_table(db, program_id=self.program_id)[0] if self.program_id else None
        if p is None:
            self.program_id = None
            self.title.setText(self.tr("Pilih program di tabel untuk melihat rinciannya."))
            self.setEnabled(False)
            return
        self._loading = True
        self.setEnabled(True)
        plan = db.plan()
        start, end = int(plan["period_start"]), int(plan["period_end"])
        self.title.setText(p["name"])
        if self.name.text() != p["name"]:
            self.name.setText(p["name"])
            self.name.setCursorPosition(0)
        dims = [(r["id"], r["name"]) for r in db.rows("dimension")]
        fill_combo(self.dimension, dims, p["dimension_id"])
        elements = db.rows("element", dimension_id=p["dimension_id"])
        fill_combo(self.element, [(r["id"], r["name"]) for r in elements], p["element_id"], self.tr("(tidak ada)"))
        strategies = db.rows("strategy", dimension_id=p["dimension_id"])
        fill_combo(self.strategy, [(r["id"], r["text"]) for r in strategies], p["strategy_id"], self.tr("(tidak ada)"))
        self.description.set_text(p["description"])
        self.activities.set_text(p["activities"])
        agencies = [(r["id"], r["code"] or r["name"]) for r in self.model.agencies.values()]
        fill_combo(self.lead, agencies, p["lead_agency_id"], self.tr("(belum ditentukan)"))
        for spin, value in ((self.first_year, p["first_year"]), (self.last_year, p["last_year"])):
            spin.setRange(start, end)
            spin.setValue(value if value is not None else start)
        fill_combo(self.horizon, labels.choices("horizon"), p["horizon"], self.tr("(belum ditentukan)"))
        fill_combo(self.priority, labels.choices("priority"), p["priority"], self.tr("(belum ditentukan)"))
        fill_combo(self.status, labels.choices("program_status"), p["status"])
        self.quick_win.setChecked(bool(p["is_quick_win"]))
        self.supporting.set_items(
            [
                (r["id"], f"{r['code']} \u2013 {r['name']}" if r["code"] else r["name"])
                for r in self.model.agencies.values()
            ],
            p["agency_ids"],
        )
        self.funding.set_items(
            [(r["id"], f"{r['code']} \u2013 {r['name']}") for r in self.model.funding.values()], p["funding_ids"]
        )
        budget = {y: b["amount"] for y, b in q.program_budget(db, p["id"]).items()}
        active = (p["first_year"], p["last_year"])
        self.budget.set_values(list(range(start, end + 1)), budget, active, p["budget_total"])  # as everywhere
        self._loading = False

    # -- edits ----------------------------------------------------------
    def _edit(self, label: str, operation: Any, *args: Any) -> bool:
        if self._loading or not self.program_id:
            return False
        pid = self.program_id
        ok = self.model.run(label, [pid], operation, pid, *args)
        self.reload()
        return ok

    def _set(self, column: str, value: Any) -> None:
        if self._loading or not self.program_id:
            return
        pid = self.program_id
        current = self.session.db.get("program", pid) or {}
        if current.get(column) == value:
            return
        values: dict[str, Any] = {column: value}
        if column == "dimension_id":  # element and strategy belong to the old dimension
            values.update(element_id=None, strategy_id=None)
        self._edit(self.tr("Ubah program"), programs.update, values)

    def _set_text(self, column: str, text: str, required: bool = False) -> None:
        text = text.strip()
        if required and not text:
            self.reload()
            return
        self._set(column, text or None)

    def _commit_activities(self) -> None:
        lines = [ln.strip() for ln in self.activities.toPlainText().splitlines() if ln.strip()]
        self._set("activities", "\n".join(lines) or None)

    def _commit_years(self) -> None:
        if self._loading or not self.program_id:
            return
        first, last = sorted((self.first_year.value(), self.last_year.value()))
        pid = self.program_id
        current = self.session.db.get("program", pid) or {}
        if (current.get("first_year"), current.get("last_year")) == (first, last):
            return
        go, on_conflict = ask_budgets_outside(self, self.session, pid, first, last)
        if not go:
            self.reload()
            return
        values = {"first_year": first, "last_year": last}
        self._edit(self.tr("Ubah tahun program"), programs.update, values, on_conflict)

    def _set_links(self, table: str, ids: list[str]) -> None:
        pid = self.program_id
        if pid is None:
            return
        label = self.tr("Ubah OPD pendukung") if table == "program_agency" else self.tr("Ubah sumber dana")
        self._edit(label, programs.set_agencies if table == "program_agency" else programs.set_funding, ids)

    def _commit_budget(self, year: int, text: str) -> None:
        pid = self.program_id
        if pid is None or self._loading:
            return
        name = (self.session.db.get("program", pid) or {}).get("name", "")
        label = self.tr("Ubah anggaran {0} {1}").format(name, year)
        unreadable = self.tr(
            "Anggaran {0} tidak dikenali: “{1}”. Tulis misalnya 250 juta, 1,5 M atau 1.250.000.000."
        ).format(year, text)
        if not commit_number(
            self.session,
            self.budget_error,
            text,
            parse_amount,
            unreadable,
            lambda why: self.tr("Anggaran {0}: {1}").format(year, why),
            lambda amount: self._edit(label, programs.set_budget, year, amount),
        ):
            self.reload()
