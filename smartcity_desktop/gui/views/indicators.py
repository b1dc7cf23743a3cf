# SPDX-License-Identifier: GPL-3.0-or-later
"""Indicators of all programs: baseline, data source and a target per year of the plan period."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui.feedback import add_feedback_action  # ws-feedback
from smartcity_desktop.gui.form_widgets import FieldError, YearGrid, fill_combo
from smartcity_desktop.gui.formats import format_number
from smartcity_desktop.gui.indicator_model import COL_NAME, IndicatorModel
from smartcity_desktop.gui.program_edits import parse_decimal
from smartcity_desktop.gui.program_model import ID_ROLE, commit_number
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.services.operations import indicators
from smartcity_desktop.services.reading import programs as q

log = logging.getLogger(__name__)


class IndicatorFilter(QSortFilterProxyModel):
    """The table's proxy. The filter by dimension, program and text is the model's (issue 10: it reads only the
    rows shown instead of filtering all 4,000 in Python); this passes the rows through unchanged."""

    def _model(self) -> IndicatorModel:
        model = self.sourceModel()
        assert isinstance(model, IndicatorModel)
        return model

    @property
    def dimension_id(self) -> str | None:
        return self._model().dimension_id

    @property
    def program_id(self) -> str | None:
        return self._model().program_id

    @property
    def text(self) -> str:
        return self._model().text

    def set_filter(self, **kw: Any) -> None:
        self._model().set_filter(**kw)


class IndicatorsView(View):
    """The indicator table with a detail form and the target grid of the selected indicator."""

    tables = frozenset({"indicator", "indicator_target", "indicator_library", "program", "dimension", "plan"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = IndicatorModel(session, self)
        self.proxy = IndicatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self._loading = False
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari indikator..."))
        self.search.setClearButtonEnabled(True)
        self.dimension_filter = QComboBox()
        self.program_filter = QComboBox()
        self.program_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program_filter.setMinimumContentsLength(24)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.dimension_filter, 1)
        top.addWidget(self.program_filter, 2)
        self.table = QTableView()
        add_feedback_action(self.table, self.session, self.feedback_target)  # ws-feedback
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.add_button = QPushButton(self.tr("&Tambah indikator"))
        self.library_button = QPushButton(self.tr("Dari pustaka in&dikator"))
        self.library_menu = QMenu(self)
        self.library_button.setMenu(self.library_menu)
        self.delete_button = QPushButton(self.tr("&Hapus"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.library_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # detail
        self.detail = QWidget()
        form = QFormLayout()
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.baseline = QLineEdit()
        self.baseline_year = QLineEdit()
        self.baseline_year.setInputMask("0000;_")
        self.source = QLineEdit()
        self.program = QComboBox()
        self.program.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program.setMinimumContentsLength(20)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("&Program"), self.program)
        form.addRow(self.tr("S&umber data"), self.source)
        side = QFormLayout()
        side.addRow(self.tr("Sa&tuan"), self.unit)
        side.addRow(self.tr("&Baseline"), self.baseline)
        side.addRow(self.tr("Tahun baseline"), self.baseline_year)
        row = QHBoxLayout()
        row.addLayout(form, 3)
        row.addLayout(side, 2)
        self.targets = YearGrid(self.tr("Target"), money=False, total_label=None)
        self.targets.commit = self._commit_target
        dlay = QVBoxLayout(self.detail)
        dlay.setContentsMargins(0, 0, 0, 0)
        dlay.addLayout(row)
        dlay.addWidget(QLabel(self.tr("Target per tahun (pakai koma desimal, mis. 12,5)")))
        dlay.addWidget(self.targets)
        self.target_error = FieldError(self.detail)
        dlay.addWidget(self.target_error)
        dlay.addStretch(1)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setChildrenCollapsible(False)
        split.setSizes([440, 220])
        QVBoxLayout(self).addWidget(split)
        # wiring
        self.search.textChanged.connect(lambda t: self._filter(text=t))
        self.dimension_filter.activated.connect(self._dimension_changed)
        self.program_filter.activated.connect(lambda: self._filter(program_id=self.program_filter.currentData()))
        self.table.selectionModel().currentRowChanged.connect(self._indicator_changed)
        self.add_button.clicked.connect(lambda: self.add_indicator())
        self.library_menu.aboutToShow.connect(self._fill_library_menu)
        self.delete_button.clicked.connect(self.delete_indicator)
        for edit, column in ((self.name, "name"), (self.unit, "unit"), (self.source, "data_source")):
            edit.editingFinished.connect(lambda e=edit, c=column: self._set(c, e.text().strip() or None))
        self.baseline.editingFinished.connect(self._commit_baseline)
        self.baseline_year.editingFinished.connect(
            lambda: self._set(
                "baseline_year", int(self.baseline_year.text()) if self.baseline_year.text().strip() else None
            )
        )
        self.program.activated.connect(lambda: self._set_program(self.program.currentData()))

    # -- View API -------------------------------------------------------
    def guidance_key(self) -> str:
        return "indicators"

    def feedback_target(self) -> tuple[str, str] | None:
        iid = self.current_id()
        return ("indicator", iid) if iid else None

    def refresh(self) -> None:
        iid = self.current_id()
        self.model.reload()
        db = self.session.db
        dims = [(r["id"], r["name"]) for r in db.rows("dimension")]
        fill_combo(self.dimension_filter, dims, self.proxy.dimension_id, self.tr("Semua dimensi"))
        self._programs = q.program_choices(db)
        self._fill_program_filter()
        fm = self.table.fontMetrics().horizontalAdvance("0")
        for col, chars in enumerate((13, 26, 34, 9, 12, 16)):
            self.table.setColumnWidth(col, fm * chars)
        for col in range(6, self.model.columnCount()):
            self.table.setColumnWidth(col, fm * 8)
        if not (iid and self._select(iid)):
            self._load_detail()

    def _fill_program_filter(self) -> None:
        dim = self.proxy.dimension_id
        items = [(p["id"], p["name"]) for p in self._programs if not dim or p["dimension_id"] == dim]
        fill_combo(self.program_filter, items, self.proxy.program_id, self.tr("Semua program"))

    def _dimension_changed(self) -> None:
        self._filter(dimension_id=self.dimension_filter.currentData(), program_id=None)
        self._fill_program_filter()

    def _filter(self, **kw: Any) -> None:
        """A new filter; the selected indicator stays selected when it passes it."""
        iid = self.current_id()
        self.proxy.set_filter(**kw)
        if not (iid and iid in self.model.ids and self._select(iid)):
            self._load_detail()

    def _on_changed(self, tables: set[str]) -> None:
        if not self.model.local_edit:
            super()._on_changed(tables)

    def select_row(self, table: str, row_id: str) -> bool:
        if table == "program":
            self._filter(dimension_id=None, program_id=row_id, text="")
            self._fill_program_filter()
            return True
        if table != "indicator":
            return False
        if not self._select(row_id):
            if self.session.db.get("indicator", row_id) is None:
                return False
            self.search.clear()
            self.proxy.set_filter(dimension_id=None, program_id=None, text="")
            self.dimension_filter.setCurrentIndex(0)
            self._fill_program_filter()
            return self._select(row_id)
        return True

    # -- selection and detail -------------------------------------------
    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        return str(idx.data(ID_ROLE)) if idx.isValid() else None

    def current_row(self) -> dict[str, Any] | None:
        iid = self.current_id()
        return self.model.rows[self.model.row_of[iid]] if iid in self.model.row_of else None

    def _select(self, iid: str) -> bool:
        row = self.model.find(iid)
        idx = self.proxy.mapFromSource(self.model.index(-1 if row is None else row, COL_NAME))
        if not idx.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(idx, flags)
        self.table.scrollTo(idx)
        self._load_detail()
        return True

    def _load_detail(self) -> None:
        r = self.current_row()
        self.detail.setEnabled(r is not None)
        self._loading = True
        if r is None:
            for e in (self.name, self.unit, self.baseline, self.baseline_year, self.source):
                e.clear()
            self.targets.set_values(self.model.years, {}, (None, None))
            self._loading = False
            return
        self.name.setText(r["name"])
        self.name.setCursorPosition(0)
        self.unit.setText(r["unit"] or "")
        self.baseline.setText(format_number(r["baseline_value"]))
        self.baseline_year.setText(str(r["baseline_year"] or ""))
        self.source.setText(r["data_source"] or "")
        items = [(p["id"], f"{p['dimension_name']} \u2013 {p['name']}") for p in self._programs]
        fill_combo(self.program, items, r["program_id"], self.tr("(tanpa program)"))
        self.targets.set_values(self.model.years, self.model.targets(r), (None, None))
        self._loading = False

    # -- edits ----------------------------------------------------------
    def _set(self, column: str, value: Any) -> None:
        r = self.current_row()
        if self._loading or r is None or r.get(column) == value or (column == "name" and not value):
            return
        iid = r["id"]
        self.model.run(self.tr("Ubah indikator"), iid, indicators.update, iid, {column: value})
        self._load_detail()

    def _set_program(self, program_id: str | None) -> None:
        r = self.current_row()
        if self._loading or r is None or r["program_id"] == program_id:
            return
        dim = next((p["dimension_id"] for p in self._programs if p["id"] == program_id), r["dim_id"])
        iid = r["id"]
        values = {"program_id": program_id, "dimension_id": dim}
        self.model.run(self.tr("Ubah program indikator"), iid, indicators.update, iid, values)
        self._load_detail()

    def _commit_baseline(self) -> None:
        try:
            value = parse_decimal(self.baseline.text())
        except ValueError:
            self.session.failed.emit(self.tr("Angka tidak dikenali: tulis misalnya 12,5."))
            self._load_detail()
            return
        self._set("baseline_value", value)

    def _indicator_changed(self, *_args: object) -> None:
        self.target_error.clear_error()
        self._load_detail()

    def _commit_target(self, year: int, text: str) -> None:
        r = self.current_row()
        if r is None or self._loading:
            return
        iid = r["id"]
        label = self.tr("Ubah target %1").replace("%1", str(year))
        commit_number(
            self.session,
            self.target_error,
            text,
            parse_decimal,
            self.tr("Target {0} tidak dikenali: “{1}”. Tulis misalnya 12,5.").format(year, text),
            lambda why: self.tr("Target {0}: {1}").format(year, why),
            lambda value: self.model.run(label, iid, indicators.set_target, iid, year, value),
        )
        self._load_detail()

    def _context(self) -> tuple[str | None, str | None]:
        """(program id, dimension id) for a new indicator: the filter, else the selected indicator's."""
        r = self.current_row()
        program = self.proxy.program_id or (r["program_id"] if r else None)
        dim = self.proxy.dimension_id or (r["dim_id"] if r else None)
        if program:
            dim = next((p["dimension_id"] for p in self._programs if p["id"] == program), dim)
        return program, dim

    def add_indicator(self, library_id: str | None = None) -> str | None:
        """Add a blank indicator, or one copied from the indicator library."""
        program, dim = self._context()
        new = self.model.run(
            self.tr("Tambah indikator"),
            None,
            indicators.add,
            self.tr("Indikator baru"),
            program_id=program,
            dimension_id=dim,
            library_id=library_id,
        )
        if new:
            self.select_row("indicator", new)
            if not library_id:
                self.name.setFocus()
                self.name.selectAll()
        return str(new) if new else None

    def _fill_library_menu(self) -> None:
        self.library_menu.clear()
        _program, dim = self._context()
        for lib in q.library_for(self.session.db, dim):
            text = f"{lib['name']} ({lib['unit']})" if lib["unit"] else lib["name"]
            self.library_menu.addAction(text, lambda lid=lib["id"]: self.add_indicator(lid))
        if self.library_menu.isEmpty():
            self.library_menu.addAction(self.tr("(pustaka kosong)")).setEnabled(False)

    def delete_indicator(self) -> bool:
        r = self.current_row()
        if r is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Hapus indikator"),
            self.tr("Hapus indikator \u201c%1\u201d beserta targetnya?").replace("%1", r["name"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        iid = r["id"]
        return bool(self.model.run(self.tr("Hapus indikator"), None, indicators.delete, iid))

    def _index(self, iid: str, column: int) -> QModelIndex:
        row = self.model.find(iid)
        return self.model.index(-1 if row is None else row, column)
