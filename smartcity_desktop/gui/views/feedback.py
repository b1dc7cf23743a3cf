# SPDX-License-Identifier: GPL-3.0-or-later
"""The feedback list (Lokakarya > Masukan): every remark of the resource person, filtered by stage, status,
part and author; status and the team's response are edited in the form beside it; a double-click opens the
part the remark is about."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core import figures
from smartcity_desktop.gui import dialogs, labels
from smartcity_desktop.gui.feedback import FeedbackDialog, ask_feedback, part_labels, part_noun, part_place
from smartcity_desktop.gui.feedback import stage_of_meetings as stages_by_meeting
from smartcity_desktop.gui.formats import format_date
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.services.operations import workshop
from smartcity_desktop.services.reading.overview import feedback_for

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole
ALL = "*"
NONE = "-"
COLUMNS = ("text", "part", "status", "stage", "given_on", "author", "response")
Index = QModelIndex | QPersistentModelIndex


class RemarksModel(QAbstractTableModel):
    """The remarks the filters let through, one per row; each cell's text is made when the table draws it
    (a large plan's 400 remarks as 2,800 table items were a third of the list's first build, issue 10)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[dict[str, Any]] = []
        self.bold = QFont()
        self.bold.setBold(True)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    @staticmethod
    def text(f: dict[str, Any], column: str) -> str:
        if column == "status":
            return labels.label("feedback_status", f["status"])
        if column == "stage":
            return str(f["stage"] or "")
        if column == "given_on":
            return format_date(f.get("given_on"))
        return str(f.get(column) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.text(f, column).split())  # one line: a remark's line breaks as spaces
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(f, column)
        if role == ROLE:
            return f["id"]
        if role == Qt.ItemDataRole.FontRole and column == "status" and f["status"] in figures.OPEN_FEEDBACK:
            return self.bold
        return None


class FeedbackView(View):
    """Filters above, the list, and the selected remark's status and response in a form on the right."""

    tables = frozenset({"feedback", "meeting", "workshop_stage"})
    open_place = Signal(str, object, object, object)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.items: list[dict[str, Any]] = []  # every remark with its derived fields (stage, part label)
        self.shown: list[dict[str, Any]] = []  # those the filters let through, in table order
        self._filling = False
        title = QLabel(self.tr("Masukan narasumber"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f4e79;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.stage_filter = QComboBox()
        self.status_filter = QComboBox()
        self.part_filter = QComboBox()
        self.author_filter = QComboBox()
        filters = QHBoxLayout()
        for text, box in (
            (self.tr("&Tahap"), self.stage_filter),
            (self.tr("&Status"), self.status_filter),
            (self.tr("Bag&ian"), self.part_filter),
            (self.tr("&Dari"), self.author_filter),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._filter_changed)
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        self.model = RemarksModel(
            [
                self.tr("Masukan"),
                self.tr("Bagian"),
                self.tr("Status"),
                self.tr("Tahap"),
                self.tr("Tanggal"),
                self.tr("Dari"),
                self.tr("Tanggapan tim"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar masukan"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((250, 170, 140, 50, 120, 160, 260)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _index: self.open_part())
        self.table.activated.connect(lambda _index: self.open_part())

        self.form = QGroupBox(self.tr("Tindak lanjut"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox()
        for code, text in labels.choices("feedback_status"):
            self.status.addItem(text, code)
        self.response = QPlainTextEdit()
        self.response.setTabChangesFocus(True)
        self.response.setAccessibleName(self.tr("Tanggapan tim"))
        self.save_button = QPushButton(self.tr("Simpan tangga&pan"))
        self.save_button.clicked.connect(self.save_answer)
        self.open_button = QPushButton(self.tr("Buka bagiann&ya"))
        self.open_button.clicked.connect(self.open_part)
        self.edit_button = QPushButton(self.tr("Su&nting..."))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.delete_button.clicked.connect(self.delete_current)
        form = QFormLayout(self.form)
        form.addRow(self.detail)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("Tanggapan ti&m"), self.response)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        more = QHBoxLayout()
        for b in (self.open_button, self.edit_button, self.delete_button):
            more.addWidget(b)
        more.addStretch(1)
        form.addRow(more)
        self.add_button = QPushButton(self.tr("Tambah masu&kan..."))
        self.add_button.clicked.connect(lambda: ask_feedback(self.session, None, self.window()))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 300])
        hint = QLabel(self.tr("Klik dua kali sebuah masukan untuk membuka bagian rencana yang dimaksud."))
        hint.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        lay.addWidget(hint)
        self.refresh()

    def guidance_key(self) -> str:
        return "workshops"

    # -- reading --------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.session.db
        stage_of = stages_by_meeting(db)
        self.items = []
        remarks = figures.ordered(feedback_for(db))
        parts = part_labels(db, [(f.get("target_table"), f.get("target_id")) for f in remarks])
        for f, part in zip(remarks, parts, strict=True):
            stage = stage_of.get(f.get("meeting_id") or "")
            self.items.append({**f, "stage": stage["number"] if stage else None, "part": part})
        self.items.sort(key=lambda f: (f["given_on"] or "", f["stage"] or 0), reverse=True)
        self._fill_filters(db)
        self._fill_table()

    def _fill_filters(self, db: Any) -> None:
        self._filling = True
        try:
            stages = [(s["number"], self.tr("Tahap {0}").format(s["number"])) for s in db.rows("workshop_stage")]
            self._refill(self.stage_filter, self.tr("Semua tahap"), [*sorted(stages), (NONE, self.tr("Tanpa tahap"))])
            self._refill(self.status_filter, self.tr("Semua status"), labels.choices("feedback_status"))
            tables = sorted({f.get("target_table") or NONE for f in self.items}, key=lambda t: part_noun(t))
            parts = [(t, part_noun(t) if t != NONE else self.tr("Seluruh rencana")) for t in tables]
            self._refill(self.part_filter, self.tr("Semua bagian"), parts)
            authors = sorted({f.get("author") or "" for f in self.items} - {""})
            self._refill(self.author_filter, self.tr("Semua narasumber"), [(a, a) for a in authors])
        finally:
            self._filling = False

    def _refill(self, box: QComboBox, everything: str, choices: list[tuple[Any, str]]) -> None:
        keep = box.currentData()
        box.clear()
        box.addItem(everything, ALL)
        for code, text in choices:
            box.addItem(text, code)
        box.setCurrentIndex(max(0, box.findData(keep)))

    def set_filters(self, **values: Any) -> None:
        """Choose filter values by code (stage number, status code, part table, author); tests and links."""
        boxes = {
            "stage": self.stage_filter,
            "status": self.status_filter,
            "part": self.part_filter,
            "author": self.author_filter,
        }
        for key, value in values.items():
            box = boxes[key]
            box.setCurrentIndex(max(0, box.findData(ALL if value is None else value)))

    def _passes(self) -> Any:
        """The filters' test of one remark (their values read once)."""
        stage, status = self.stage_filter.currentData(), self.status_filter.currentData()
        part, author = self.part_filter.currentData(), self.author_filter.currentData()
        return lambda f: (
            (stage == ALL or (f["stage"] if f["stage"] is not None else NONE) == stage)
            and (status == ALL or f["status"] == status)
            and (part == ALL or (f.get("target_table") or NONE) == part)
            and (author == ALL or (f.get("author") or "") == author)
        )

    def _filter_changed(self) -> None:
        if not self._filling:
            self._fill_table()

    def _fill_table(self) -> None:
        keep = self.current()
        passes = self._passes()
        self.shown = [f for f in self.items if passes(f)]
        self.model.set_rows(self.shown)
        opened = figures.feedback_open({"feedback": self.items})
        self.summary.setText(
            self.tr("{0} masukan, {1} belum selesai (terbuka atau sedang ditangani); ditampilkan {2}.").format(
                len(self.items), opened, len(self.shown)
            )
        )
        row = next((i for i, f in enumerate(self.shown) if keep and f["id"] == keep["id"]), 0 if self.shown else -1)
        self.set_current_row(row)
        self._show_current()

    # -- the selected remark ------------------------------------------------------------
    def current(self) -> dict[str, Any] | None:
        row = self.table.currentIndex().row() if hasattr(self, "table") else -1
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def set_current_row(self, row: int) -> None:
        """Select the ``row``-th remark shown (-1: none)."""
        self.table.setCurrentIndex(self.model.index(row, 0) if row >= 0 else QModelIndex())

    def select_row(self, table: str, row_id: str) -> bool:
        if table != "feedback":
            return False
        for i, f in enumerate(self.shown):
            if f["id"] == row_id:
                self.set_current_row(i)
                return True
        self.set_filters(stage=None, status=None, part=None, author=None)
        return any(f["id"] == row_id for f in self.shown) and self.select_row(table, row_id)

    def _show_current(self) -> None:
        f = self.current()
        self.form.setEnabled(f is not None)
        if f is None:
            self.detail.setText(self.tr("Pilih sebuah masukan."))
            self.response.setPlainText("")
            return
        head = " · ".join(x for x in (f["part"], f.get("author") or "", format_date(f.get("given_on"))) if x)
        self.detail.setText(f"<b>{_escape(head)}</b><br>{_escape(f['text'])}")
        self.status.setCurrentIndex(max(0, self.status.findData(f["status"])))
        self.response.setPlainText(f.get("response") or "")
        self.open_button.setEnabled(bool(f.get("target_table")))

    def save_answer(self) -> bool:
        """The response and status of the selected remark, one undoable step."""
        f = self.current()
        if f is None:
            return False
        response = self.response.toPlainText().strip() or None
        status = self.status.currentData()
        if response == (f.get("response") or None) and status == f["status"]:
            return False
        return self.session.run(self.tr("Tanggapi masukan"), workshop.answer_feedback, f["id"], response, status)

    def open_part(self) -> None:
        f = self.current()
        if f is None or not f.get("target_table"):
            return
        if self.session.db.get(f["target_table"], f["target_id"]) is None:
            dialogs.info(self.window(), self.tr("Bagian yang dimaksud masukan ini sudah dihapus."))
            return
        self.open_place.emit(*part_place(f["target_table"], f["target_id"]))

    def edit_current(self) -> None:
        f = self.current()
        if f is not None:
            row = self.session.db.get("feedback", f["id"])
            FeedbackDialog(self.session, None, self.window(), row).exec()

    def delete_current(self) -> None:
        f = self.current()
        if f is not None and dialogs.confirm(self.window(), self.tr("Hapus masukan ini?")):
            self.session.run(self.tr("Hapus masukan"), workshop.delete_feedback, f["id"])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
