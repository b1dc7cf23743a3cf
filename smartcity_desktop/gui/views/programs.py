# SPDX-License-Identifier: GPL-3.0-or-later
"""The program table of the whole plan (or one dimension) with filters, inline editing and a detail form."""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import labels
from smartcity_desktop.gui.feedback import add_feedback_action  # ws-feedback
from smartcity_desktop.gui.form_widgets import fill_combo
from smartcity_desktop.gui.program_detail import ProgramDetail
from smartcity_desktop.gui.program_model import (
    COL_AGENCY,
    COL_BUDGET,
    COL_DIM,
    COL_ELEMENT,
    COL_FUNDING,
    COL_HORIZON,
    COL_NAME,
    COL_QW,
    COL_YEARS,
    ID_ROLE,
    ComboDelegate,
    ProgramFilter,
    ProgramTableModel,
)
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.services.operations import programs
from smartcity_desktop.services.reading import programs as q

log = logging.getLogger(__name__)

# Tables whose rows belong to one program (an edit of only these re-reads only the programs concerned).
PROGRAM_ROWS = frozenset({"program", "program_budget", "program_agency", "program_funding", "quick_win"})


class ProgramsView(View):
    """All programs (or those of the target dimension): sortable, filterable, editable in place and in a form."""

    tables = frozenset(
        {
            "program",
            "program_budget",
            "program_agency",
            "program_funding",
            "agency",
            "funding_source",
            "dimension",
            "element",
            "strategy",
            "quick_win",
            "plan",
        }
    )

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ProgramTableModel(session, self)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._size_columns)
        self._fit_pending = False  # the columns wait for the view to be shown
        self.proxy = ProgramFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.refresh()

    # -- building -------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari program..."))
        self.search.setClearButtonEnabled(True)
        self.dimension_filter = QComboBox()
        self.agency_filter = QComboBox()
        self.funding_filter = QComboBox()
        self.year_filter = QComboBox()
        self.qw_filter = QComboBox()
        for box in (self.dimension_filter, self.agency_filter, self.funding_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for box in (self.dimension_filter, self.agency_filter, self.funding_filter, self.year_filter, self.qw_filter):
            filters.addWidget(box, 1)
        self.add_button = QPushButton(self.tr("&Tambah program"))
        self.duplicate_button = QPushButton(self.tr("&Duplikat"))
        self.delete_button = QPushButton(self.tr("Hap&us"))
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))
        self.add_button.setToolTip(self.tr("Tambah program (Alt+T atau Ctrl+Shift+N)"))
        add_key = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        add_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_key.activated.connect(self.add_button.click)
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.up_button.setToolTip(self.tr("Pindahkan ke atas (Alt+Atas)"))
        self.down_button.setToolTip(self.tr("Pindahkan ke bawah (Alt+Bawah)"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.table = QTableView()
        add_feedback_action(self.table, self.session, self.feedback_target)  # ws-feedback
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DIM, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(200)  # fitting columns reads at most 200 rows (large plans)
        self.table.setItemDelegateForColumn(
            COL_HORIZON, ComboDelegate(lambda: [("", self.tr("(belum ditentukan)")), *labels.choices("horizon")], self)
        )
        self.table.setItemDelegateForColumn(
            COL_AGENCY,
            ComboDelegate(
                lambda: (
                    [("", self.tr("(belum ditentukan)"))]
                    + [(r["id"], r["code"] or r["name"]) for r in self.model.agencies.values()]
                ),
                self,
            ),
        )
        self.detail = ProgramDetail(self.model)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumHeight(160)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 260])
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)

        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.dimension_filter.activated.connect(self._filters_changed)
        self.agency_filter.activated.connect(self._filters_changed)
        self.funding_filter.activated.connect(self._filters_changed)
        self.year_filter.activated.connect(self._filters_changed)
        self.qw_filter.activated.connect(self._filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_program)
        self.duplicate_button.clicked.connect(self.duplicate_program)
        self.delete_button.clicked.connect(self.delete_program)
        self.up_button.clicked.connect(lambda: self.move_program(up=True))
        self.down_button.clicked.connect(lambda: self.move_program(up=False))

    def _fill_filters(self) -> None:
        db = self.session.db
        plan = db.plan()
        any_ = self.tr("(semua)")
        fill_combo(
            self.dimension_filter,
            [(r["id"], r["name"]) for r in db.rows("dimension")],
            self.proxy.dimension_id,
            self.tr("Semua dimensi"),
        )
        fill_combo(
            self.agency_filter,
            [(r["id"], r["code"] or r["name"]) for r in self.model.agencies.values()],
            self.proxy.agency_id,
            self.tr("Semua OPD"),
        )
        fill_combo(
            self.funding_filter,
            [(r["id"], r["code"]) for r in self.model.funding.values()],
            self.proxy.funding_id,
            self.tr("Semua sumber dana"),
        )
        years = range(int(plan["period_start"]), int(plan["period_end"]) + 1)
        fill_combo(self.year_filter, [(y, str(y)) for y in years], self.proxy.year, self.tr("Semua tahun"))
        qw = [(True, self.tr("Quick Win saja")), (False, self.tr("Bukan Quick Win"))]
        fill_combo(self.qw_filter, qw, self.proxy.quick_win, self.tr("Quick Win: %1").replace("%1", any_))

    # -- View API -------------------------------------------------------
    def guidance_key(self) -> str:
        return "programs"

    def feedback_target(self) -> tuple[str, str] | None:
        pid = self.current_program_id()
        return ("program", pid) if pid else None

    def set_target(self, target: str | None) -> None:
        """Show the programs of dimension ``target`` (None: all)."""
        # the rows do not depend on the target (it only filters), so they are re-read only when an edit made
        # them stale while the view was hidden (issue 10: the first build read them twice)
        same = bool(self.model.row_of) and (target == self.target or not self._stale)
        self.target = target
        if target != self.proxy.dimension_id:  # filtering 600 rows again only when the filter changes
            self.proxy.set_filter(dimension_id=target)
            if same:  # only the filter: the rows are current (edits arrive through _on_changed)
                self._fill_filters()
        if not same:
            self.refresh()

    def refresh(self) -> None:
        pid = self.current_program_id()
        self.model.reload()
        self._fill_filters()
        if not self.table.horizontalHeader().sectionSize(COL_BUDGET) > 150:
            self._size_columns()
        if pid is None or not self._select(pid):
            self.detail.set_program(self.current_program_id())

    def _size_columns(self) -> None:
        """1366x705: the name takes the spare width (at least 26 characters); the other columns are sized to
        their contents within a cap and give way to the name down to their header's width (a cut value shows
        whole on hover). When even the headers leave the name too little, the name gets its width and the
        table scrolls sideways."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        head = header.fontMetrics()
        digit = fm.horizontalAdvance("0")
        caps = {
            COL_DIM: 10,
            COL_ELEMENT: 10,
            COL_AGENCY: 10,
            COL_FUNDING: 9,
            COL_YEARS: 10,
            COL_HORIZON: 10,
            COL_QW: 9,
            COL_BUDGET: 22,  # an amount is never cut
        }
        if not self.table.isVisible():  # measured once shown, where the viewport has its width
            self._fit_pending = True
            return
        self._fit_pending = False
        least: dict[int, int] = {}
        accepts = self.proxy.filterAcceptsRow
        shown = [row for row in range(len(self.model.rows)) if accepts(row, QModelIndex())]
        for col, cap in caps.items():
            title = str(self.proxy.headerData(col, Qt.Orientation.Horizontal) or "")
            least[col] = head.horizontalAdvance(title) + 24
            content = max(header.sectionSizeHint(col), self._content_width(col, fm, shown))
            self.table.setColumnWidth(col, max(least[col], min(content, digit * cap)))
        name_title = str(self.proxy.headerData(COL_NAME, Qt.Orientation.Horizontal) or "")
        name_min = max(digit * 26, head.horizontalAdvance(name_title) + 24)
        room = self.table.viewport().width() - name_min
        used = sum(self.table.columnWidth(c) for c in caps)
        if used > room:  # give way, down to the headers
            spare = sum(self.table.columnWidth(c) - least[c] for c in caps)
            cut = min(used - room, spare)
            for c in caps:
                share = (self.table.columnWidth(c) - least[c]) / spare if spare else 0
                self.table.setColumnWidth(c, self.table.columnWidth(c) - round(cut * share))
        too_narrow = sum(self.table.columnWidth(c) for c in caps) > room
        mode = QHeaderView.ResizeMode.Interactive if too_narrow else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(COL_NAME, mode)
        if too_narrow:
            self.table.setColumnWidth(COL_NAME, name_min)

    def _content_width(self, col: int, fm: Any, shown: list[int]) -> int:
        """The width the column's cells ask for: the delegate's size of the cell with the widest text of the
        column (found with font metrics over every row shown, each distinct text formatted and measured once;
        only the text differs between a column's cells), instead of ``resizeColumnToContents`` asking the
        delegate of every row (issue 10: half the first build)."""
        widest, widest_row, extra = -1, 0, 0
        digit = max("0123456789", key=fm.horizontalAdvance)  # an amount as wide as its digits may make it
        for text, row in self.model.distinct_texts(shown, col).items():
            w = fm.horizontalAdvance(text)
            bound = fm.horizontalAdvance(re.sub(r"\d", digit, text)) if col == COL_BUDGET else w
            if bound > widest:
                widest, widest_row, extra = bound, row, bound - w
        if widest < 0:
            return 0
        cell = self.proxy.mapFromSource(self.model.index(widest_row, col))
        return self.table.sizeHintForIndex(cell).width() + extra

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._fit_pending:
            self._fit_timer.start()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.model.rows and event.size().width() != event.oldSize().width():
            self._fit_timer.start()  # once the resizing settles (a window drag sends many)

    def _on_changed(self, tables: set[str]) -> None:
        if self.model.local_edit:  # the model re-reads the edited rows itself
            return
        ids = self._touched_programs(tables)
        if ids is not None and self.isVisible():  # e.g. undo of a cell edit: re-read only those rows
            for pid in ids:
                self.model.reload_program(pid)
            if self.detail.program_id in ids:
                self.detail.reload()
            return
        super()._on_changed(tables)

    def _touched_programs(self, tables: set[str]) -> set[str] | None:
        """The programs an edit changed when it only changed a few programs' own rows, else None."""
        changes = self.session.last_changes
        if changes is None or not tables <= PROGRAM_ROWS:
            return None
        ids = set()
        for c in changes.changes:
            row = c.after or c.before or {}
            ids.add(c.id if c.table == "program" else str(row.get("program_id")))
        return ids if len(ids) <= 20 else None

    def select_row(self, table: str, row_id: str) -> bool:
        """Select a program (clearing filters that hide it)."""
        if table != "program" or row_id not in self.model.row_of:
            return False
        if not self._select(row_id):
            self.search.clear()
            self.proxy.set_filter(
                dimension_id=None, agency_id=None, funding_id=None, year=None, quick_win=None, text=""
            )
            self._fill_filters()
            return self._select(row_id)
        return True

    def select_program(self, program_id: str) -> bool:
        return self.select_row("program", program_id)

    # -- selection ------------------------------------------------------
    def current_program_id(self) -> str | None:
        idx = self.table.currentIndex() if hasattr(self, "table") else QModelIndex()
        return str(idx.data(ID_ROLE)) if idx.isValid() else None

    def _select(self, program_id: str) -> bool:
        row = self.model.row_of.get(program_id)
        if row is None:
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        if not idx.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(idx)
        self.detail.set_program(program_id)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.set_program(str(current.data(ID_ROLE)) if current.isValid() else None)

    def _filters_changed(self) -> None:
        self.proxy.set_filter(
            dimension_id=self.dimension_filter.currentData(),
            agency_id=self.agency_filter.currentData(),
            funding_id=self.funding_filter.currentData(),
            year=self.year_filter.currentData(),
            quick_win=self.qw_filter.currentData(),
        )

    # -- actions --------------------------------------------------------
    def _current_dimension(self) -> str | None:
        dim = self.proxy.dimension_id or self.target
        if dim:
            return dim
        dims = self.session.db.rows("dimension")
        return str(dims[0]["id"]) if dims else None

    def add_program(self) -> str | None:
        """Add a program to the current dimension and select its name for typing."""
        dim = self._current_dimension()
        if dim is None:
            return None
        plan = self.session.db.plan()
        period = (int(plan["period_start"]), int(plan["period_end"]))
        name = self.tr("Program baru")
        new = self.model.run(self.tr("Tambah program"), [], programs.add, dim, name, period)
        if not new:
            return None
        self.model.reload()
        self._select(new)
        self.detail.tabs.setCurrentIndex(0)  # a new program starts on its details, whatever tab was open
        self.detail.name.setFocus()
        self.detail.name.selectAll()
        return str(new)

    def duplicate_program(self) -> str | None:
        pid = self.current_program_id()
        if pid is None:
            return None
        suffix = self.tr("(salinan)")
        new = self.model.run(self.tr("Duplikat program"), [], programs.duplicate, pid, suffix)
        self.model.reload()
        if new:
            self._select(new)
            return str(new)
        return None

    def delete_program(self) -> bool:
        """Delete the selected program (with its budget, indicators and Quick Win) after asking."""
        pid = self.current_program_id()
        if pid is None:
            return False
        name = self.model.rows[self.model.row_of[pid]]["name"]
        answer = QMessageBox.question(
            self,
            self.tr("Hapus program"),
            self.tr("Hapus program \u201c%1\u201d beserta anggaran, indikator, dan Quick Win-nya?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        row = self.table.currentIndex().row()
        ok = bool(self.model.run(self.tr("Hapus program"), [pid], programs.delete, pid))
        if self.proxy.rowCount():
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
        else:
            self.detail.set_program(None)
        return ok

    def move_program(self, up: bool) -> bool:
        pid = self.current_program_id()
        if pid is None:
            return False
        if q.neighbour(self.session.db, pid, up) is None:
            return False
        if self.model.run(self.tr("Pindahkan program"), [], programs.move, pid, up):
            self.model.reload()
            self.table.sortByColumn(COL_DIM, Qt.SortOrder.AscendingOrder)
            self._select(pid)
            return True
        return False
