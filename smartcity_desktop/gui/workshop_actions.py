# SPDX-License-Identifier: GPL-3.0-or-later
"""Action items of the workshop record: what, who (agency or person), due by which stage, done or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from smartcity_desktop.gui import labels
from smartcity_desktop.gui.form_widgets import FieldError, fill_combo
from smartcity_desktop.gui.formats import format_date
from smartcity_desktop.gui.record_panel import RecordPanel
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.workshop_meeting import keep_typing, run_showing, store_field
from smartcity_desktop.services.operations import workshop

Row = dict[str, Any]


def done_label() -> str:
    """The catalogue's label of a done action item ("Selesai")."""
    return labels.column_label("action_item", "status", "done")


def stage_starts(db: Any) -> list[tuple[int, str]]:
    """(stage number, its first meeting day) for every stage with a dated meeting, in order."""
    first: dict[str, str] = {}
    for m in db.rows("meeting"):
        if m.get("stage_id") and m.get("date"):
            first[m["stage_id"]] = min(first.get(m["stage_id"], m["date"]), m["date"])
    return sorted((s["number"], first[s["id"]]) for s in db.rows("workshop_stage") if s["id"] in first)


def due_stage(starts: list[tuple[int, str]], due: str | None) -> int | None:
    """The stage an action is due by: the first that begins on or after its due date."""
    if not due:
        return None
    return next((n for n, day in starts if day >= due), None)


class ActionsPanel(RecordPanel):
    """The list of action items with a done tick per row, and the selected item's fields beside it."""

    COLUMNS = 4
    SELECT_COLUMN = 1

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.COLUMNS, parent)
        self._loading = False
        self.table.setHorizontalHeaderLabels(
            [done_label(), self.tr("Tindak lanjut"), self.tr("Oleh"), self.tr("Batas")]
        )
        self.table.setAccessibleName(self.tr("Tindak lanjut"))
        self.table.setWordWrap(True)
        hdr = self.table.horizontalHeader()
        hdr.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i, width in ((0, 60), (2, 160), (3, 90)):
            hdr.resizeSection(i, width)
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())
        self.table.itemChanged.connect(self._ticked)

        self.text = QLineEdit(self)
        self.agency = QComboBox(self)
        self.owner = QLineEdit(self)
        self.stage = QComboBox(self)
        self.meeting = QComboBox(self)
        self.done = QCheckBox(self.tr("S&elesai"), self)
        self.due_note = QLabel(self)
        self.due_note.setStyleSheet("color: #555;")
        self.error = FieldError(self)
        form_box, form = self.fields_form(
            (
                (self.tr("Tin&dakan:"), self.text),
                (self.tr("&Instansi:"), self.agency),
                (self.tr("&Penanggung jawab:"), self.owner),
                (self.tr("Sebelum ta&hap:"), self.stage),
                (self.tr("Pertem&uan:"), self.meeting),
            )
        )
        form.addRow("", self.due_note)
        form.addRow("", self.done)
        form.addRow(self.error)
        self.text.editingFinished.connect(lambda: self.commit("text", self.text.text()))
        self.owner.editingFinished.connect(lambda: self.commit("owner", self.owner.text()))
        self.agency.activated.connect(lambda: self.commit("agency_id", self.agency.currentData()))
        self.meeting.activated.connect(lambda: self.commit("meeting_id", self.meeting.currentData()))
        self.stage.activated.connect(self._commit_stage)
        self.done.clicked.connect(lambda on: self.set_done(self.row["id"], on) if self.row else None)

        self.add_button = QPushButton(self.tr("Tambah &tindak lanjut"), self)
        self.delete_button = QPushButton(self.tr("Hapus tindak lanjut"), self)
        self.add_button.clicked.connect(lambda: self.add_action())
        self.delete_button.clicked.connect(self.delete_action)
        self.lay_out((self.add_button, self.delete_button), form_box)
        self.meeting_for_new: str | None = None  # the meeting a new item follows (the one selected in the view)

    # -- reading -------------------------------------------------------------
    def refresh(self) -> None:
        db = self.session.db
        keep = self.current_id()
        agencies = {a["id"]: (a.get("code") or a["name"]) for a in db.rows("agency")}
        meetings = {m["id"]: m for m in db.rows("meeting")}
        self._starts = stage_starts(db)
        items = sorted(db.rows("action_item"), key=lambda a: (a.get("due_date") or "9999", a.get("sort_key") or 0))
        self.ids = [a["id"] for a in items]
        self._loading = True
        self.table.setRowCount(len(items))
        for i, a in enumerate(items):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if a["status"] == "done" else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.AccessibleTextRole, done_label())
            self.table.setItem(i, 0, tick)
            who = " / ".join(x for x in (agencies.get(a.get("agency_id") or ""), a.get("owner")) if x)
            for c, v in enumerate((a["text"], who, self._due_text(a.get("due_date"))), 1):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                self.table.setItem(i, c, item)
        self._loading = False
        done = sum(a["status"] == "done" for a in items)
        self.count.setText(self.tr("{0} dari {1} selesai").format(done, len(items)))
        fill_combo(self.agency, sorted(agencies.items(), key=lambda a: a[1]), None, self.tr("(belum diisi)"))
        fill_combo(
            self.stage,
            [(n, self.tr("Tahap {0}").format(n)) for n, _day in self._starts],
            None,
            self.tr("(tanpa batas)"),
        )
        fill_combo(
            self.meeting,
            [(m["id"], m["title"]) for m in sorted(meetings.values(), key=lambda m: m.get("date") or "")],
            None,
            self.tr("(tanpa pertemuan)"),
        )
        if keep in self.ids:
            self.select(keep)
        else:
            self._show_current()

    def _due_text(self, due: str | None) -> str:
        n = due_stage(self._starts, due)
        if n is not None:
            return self.tr("Tahap {0}").format(n)
        return format_date(due) if due else ""

    def _show_current(self) -> None:
        aid = self.current_id()
        self.row = self.session.db.get("action_item", aid) if aid else None
        r = self.row or {}
        for w in (self.text, self.agency, self.owner, self.stage, self.meeting, self.done, self.delete_button):
            w.setEnabled(self.row is not None)
        keep_typing(self.text, r.get("text") or "")
        keep_typing(self.owner, r.get("owner") or "")
        self.agency.setCurrentIndex(max(self.agency.findData(r.get("agency_id")), 0))
        self.meeting.setCurrentIndex(max(self.meeting.findData(r.get("meeting_id")), 0))
        n = due_stage(self._starts, r.get("due_date"))
        self.stage.setCurrentIndex(max(self.stage.findData(n), 0) if n is not None else 0)
        due = r.get("due_date")
        self.due_note.setText(self.tr("Batas tanggal: {0}").format(format_date(due)) if due else "")
        self.done.setChecked(r.get("status") == "done")

    # -- writing -------------------------------------------------------------
    def commit(self, column: str, value: Any) -> bool:
        required = self.text if column == "text" else None
        label, op = self.tr("Ubah tindak lanjut"), workshop.update_action_item
        return store_field(self.session, self.error, self.row, column, value, label, op, required)

    def _commit_stage(self) -> None:
        if self.row is None:
            return
        n = self.stage.currentData()
        label = self.tr("Ubah batas tindak lanjut")
        if n is None:
            self.commit("due_date", None)
        else:
            run_showing(self.session, self.error, label, workshop.set_action_due_stage, self.row["id"], n)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0 or not 0 <= item.row() < len(self.ids):
            return
        self.set_done(self.ids[item.row()], item.checkState() == Qt.CheckState.Checked)

    def set_done(self, action_id: str, done: bool) -> bool:
        label = self.tr("Tindak lanjut selesai") if done else self.tr("Tindak lanjut dibuka lagi")
        return self.session.run(label, workshop.set_action_done, action_id, done)

    def add_action(self, text: str | None = None) -> str | None:
        """A new action item (following the selected meeting), selected with its text ready to type."""
        extra = {"meeting_id": self.meeting_for_new} if self.meeting_for_new else {}
        label = self.tr("Tambah tindak lanjut")
        rid = self.session.add(label, workshop.add_action_item, text or self.tr("Tindak lanjut baru"), **extra)
        return self.show_new(rid, self.text)

    def delete_action(self) -> bool:
        if self.row is None:
            return False
        text = self.tr("Hapus tindak lanjut \u201c{0}\u201d? Bisa dibatalkan dengan Urungkan (Ctrl+Z).")
        title = self.tr("Hapus tindak lanjut")
        return self.delete_row(text.format(self.row["text"]), title, workshop.delete_action_item)
