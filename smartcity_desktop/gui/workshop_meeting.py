# SPDX-License-Identifier: GPL-3.0-or-later
"""One meeting of the workshop record: its details, its attendance check list and its minutes (notulen)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextListFormat
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui.form_widgets import CommitTextEdit, FieldError, fill_combo
from smartcity_desktop.gui.formats import format_date, parse_date_input
from smartcity_desktop.gui.layouts import button_row, labelled_row
from smartcity_desktop.gui.markdown_pause import PausedMarkdown
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.chapters import ChaptersView
from smartcity_desktop.services.operations import workshop

Row = dict[str, Any]
TIME = re.compile(r"^([01]?\d|2[0-3])[.:]([0-5]\d)$")


def run_showing(
    session: PlanSession, error: FieldError, label: str, op: Callable[..., Any], *args: Any, **kwargs: Any
) -> bool:
    """Run one operation; its refusal is shown in ``error`` (beside the field), a success clears it."""
    refused: list[str] = []
    with session.errors_to(refused.append):
        ok = session.run(label, op, *args, **kwargs)
    error.show_error(refused[-1] if refused else "")
    return ok


def store_field(
    session: PlanSession,
    error: FieldError,
    row: Row | None,
    column: str,
    value: Any,
    label: str,
    op: Callable[..., Any],
    required: QLineEdit | None = None,
) -> bool:
    """One field of ``row`` through ``op(id, column=value)`` when it changed; a blank ``required`` field gets its
    stored text back (and the refusal beside it)."""
    if row is None:
        return False
    if isinstance(value, str):
        value = value.strip() or None
    if value == row.get(column):
        return False
    if required is not None and value is None:
        required.setText(str(row.get(column) or ""))
    return run_showing(session, error, label, op, row["id"], **{column: value})


def keep_typing(edit: QLineEdit, value: str) -> None:
    """Show ``value`` unless the user is typing in the field."""
    if edit.text() != value and not (edit.hasFocus() and edit.isModified()):
        edit.setText(value)
        edit.setCursorPosition(0)  # a long text shows its start


def people_of(db: Any) -> tuple[list[Row], dict[str, str], dict[str, str]]:
    """Participants with agency and group names: (rows, agency id -> name, participant id -> group id)."""
    agencies = {a["id"]: (a.get("code") or a["name"]) for a in db.rows("agency")}
    groups = {m["participant_id"]: m["group_id"] for m in db.rows("work_group_member")}
    people = sorted(db.rows("participant"), key=lambda p: (p.get("sort_key") or 0, p["name"]))
    return people, agencies, groups


class MeetingForm(QWidget):
    """Title, stage, date, time, venue, chair, resource person and agenda of one meeting."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row: Row | None = None
        self.title = QLineEdit(self)
        self.stage = QComboBox(self)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText(self.tr("mis. 18 Juli 2017"))
        self.start = QLineEdit(self)
        self.end = QLineEdit(self)
        for e in (self.start, self.end):
            e.setPlaceholderText("08:30")
            e.setMaximumWidth(80)
        self.venue = QLineEdit(self)
        self.chair = QLineEdit(self)
        self.resource = QLineEdit(self)
        self.agenda = CommitTextEdit(self, lines=4)
        self.agenda.setPlaceholderText(self.tr("Satu acara per baris"))
        self.error = FieldError(self)
        names = {
            self.title: self.tr("Judul pertemuan"),
            self.stage: self.tr("Tahap"),
            self.date: self.tr("Tanggal"),
            self.start: self.tr("Jam mulai"),
            self.end: self.tr("Jam selesai"),
            self.venue: self.tr("Tempat"),
            self.chair: self.tr("Pimpinan rapat"),
            self.resource: self.tr("Narasumber"),
            self.agenda: self.tr("Acara"),
        }
        for w, name in names.items():
            w.setAccessibleName(name)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end)
        times.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Judul:"), self.title)
        form.addRow(self.tr("Ta&hap:"), self.stage)
        form.addRow(self.tr("Tan&ggal:"), self.date)
        time_label = QLabel(self.tr("&Waktu:"), self)
        time_label.setBuddy(self.start)
        form.addRow(time_label, times)
        form.addRow(self.tr("Te&mpat:"), self.venue)
        form.addRow(self.tr("Pimpinan &rapat:"), self.chair)
        form.addRow(self.tr("&Narasumber:"), self.resource)
        form.addRow(self.tr("A&cara:"), self.agenda)
        form.addRow(self.error)
        for edit, column in (
            (self.title, "title"),
            (self.venue, "venue"),
            (self.chair, "chair"),
            (self.resource, "resource_person"),
        ):
            edit.editingFinished.connect(self._text_slot(edit, column))
        self.date.editingFinished.connect(self._commit_date)
        self.start.editingFinished.connect(lambda: self._commit_time(self.start, "start_time"))
        self.end.editingFinished.connect(lambda: self._commit_time(self.end, "end_time"))
        self.stage.activated.connect(self._commit_stage)
        self.agenda.editingFinished.connect(lambda: self.commit("agenda", self.agenda.toPlainText()))

    def _text_slot(self, edit: QLineEdit, column: str) -> Callable[[], bool]:
        return lambda: self.commit(column, edit.text())

    def load(self, row: Row | None, stages: list[Row]) -> None:
        self.row = row
        self.setEnabled(row is not None)
        r = row or {}
        fill_combo(
            self.stage,
            [(s["id"], self.tr("Tahap {0}: {1}").format(s["number"], s["title"])) for s in stages],
            r.get("stage_id"),
            self.tr("(tanpa tahap)"),
        )
        keep_typing(self.title, r.get("title") or "")
        keep_typing(self.date, format_date(r.get("date")) if r.get("date") else "")
        keep_typing(self.start, r.get("start_time") or "")
        keep_typing(self.end, r.get("end_time") or "")
        keep_typing(self.venue, r.get("venue") or "")
        keep_typing(self.chair, r.get("chair") or "")
        keep_typing(self.resource, r.get("resource_person") or "")
        if not self.agenda.hasFocus():
            self.agenda.set_text(r.get("agenda"))

    def commit(self, column: str, value: Any) -> bool:
        """Store one field of the meeting (unchanged values are not stored)."""
        required = self.title if column == "title" else None
        label, op = self.tr("Ubah pertemuan"), workshop.update_meeting
        return store_field(self.session, self.error, self.row, column, value, label, op, required)

    def _commit_date(self) -> None:
        try:
            value = parse_date_input(self.date.text())
        except ValueError:
            self.error.show_error(
                self.tr("Tanggal \u201c{0}\u201d tidak dapat dibaca (mis. 18 Juli 2017).").format(self.date.text())
            )
            return
        self.commit("date", value)

    def _commit_time(self, edit: QLineEdit, column: str) -> None:
        text = edit.text().strip()
        m = TIME.match(text)
        if text and m is None:
            self.error.show_error(self.tr("Jam \u201c{0}\u201d tidak dapat dibaca (mis. 08:30).").format(text))
            return
        self.commit(column, f"{int(m.group(1)):02d}:{m.group(2)}" if m else None)

    def _commit_stage(self) -> None:
        self.commit("stage_id", self.stage.currentData())


class AttendancePanel(QWidget):
    """A check list of the register for one meeting, filtered by agency and working group."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self._loading = False
        self.agency = QComboBox(self)
        self.agency.setAccessibleName(self.tr("Saring menurut instansi"))
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Saring menurut kelompok"))
        self.all_button = QPushButton(self.tr("Hadir s&emua yang tampil"), self)
        self.none_button = QPushButton(self.tr("Kosongkan yang &tampil"), self)
        self.count = QLabel(self)
        self.count.setStyleSheet("font-weight: 600;")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Daftar hadir"))
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._toggled)
        self.agency.activated.connect(self._apply_filter)
        self.group.activated.connect(self._apply_filter)
        self.all_button.clicked.connect(lambda: self.mark_shown(True))
        self.none_button.clicked.connect(lambda: self.mark_shown(False))
        filters = labelled_row(self, (self.tr("&Instansi:"), self.agency, 1), (self.tr("&Kelompok:"), self.group, 1))
        buttons = button_row(self.all_button, self.none_button, right=self.count)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(buttons)
        lay.addWidget(self.list, 1)

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        db = self.session.db
        people, agencies, groups = people_of(db)
        present = {a["participant_id"]: bool(a["present"]) for a in db.rows("attendance", meeting_id=meeting_id)}
        used = sorted({p["agency_id"] for p in people if p.get("agency_id")}, key=lambda a: agencies.get(a, ""))
        fill_combo(self.agency, [(a, agencies.get(a, "")) for a in used], self.agency.currentData(), self.tr("Semua"))
        group_names = [(g["id"], g["name"]) for g in db.rows("work_group")]
        fill_combo(self.group, group_names, self.group.currentData(), self.tr("Semua"))
        names = dict(group_names)
        rows = []
        for p in people:
            extra = ", ".join(x for x in (p.get("position"), agencies.get(p.get("agency_id") or "")) if x)
            text = p["name"] + (f" \u2014 {extra}" if extra else "")
            if groups.get(p["id"]):
                text += f"  [{names.get(groups[p['id']], '')}]"
            rows.append((p["id"], text, (p.get("agency_id"), groups.get(p["id"]))))
        self._loading = True
        try:
            # the same people: ticks change in place (a tick's own signal must never delete its item)
            if [(it.data(Qt.ItemDataRole.UserRole), it.text()) for it in self.items()] != [r[:2] for r in rows]:
                self.list.clear()
                for rid, text, _keys in rows:
                    item = QListWidgetItem(text, self.list)
                    item.setData(Qt.ItemDataRole.UserRole, rid)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            for item, (rid, _text, keys) in zip(self.items(), rows, strict=True):
                item.setData(Qt.ItemDataRole.UserRole + 1, keys)
                item.setCheckState(Qt.CheckState.Checked if present.get(rid) else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self._apply_filter()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def shown(self) -> list[QListWidgetItem]:
        return [it for it in self.items() if not it.isHidden()]

    def _apply_filter(self) -> None:
        agency, group = self.agency.currentData(), self.group.currentData()
        for it in self.items():
            a, g = it.data(Qt.ItemDataRole.UserRole + 1)
            it.setHidden((agency is not None and a != agency) or (group is not None and g != group))
        self._count()

    def _count(self) -> None:
        items = self.items()
        here = sum(it.checkState() == Qt.CheckState.Checked for it in items)
        shown = self.shown()
        text = self.tr("Hadir: {0} dari {1} peserta").format(here, len(items))
        if len(shown) != len(items):
            text += self.tr(" (tampil {0})").format(len(shown))
        self.count.setText(text)

    def _toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self.meeting_id is None:
            return
        here = item.checkState() == Qt.CheckState.Checked
        pid = item.data(Qt.ItemDataRole.UserRole)
        label = self.tr("Tandai hadir") if here else self.tr("Tandai tidak hadir")
        self.session.run(label, workshop.set_attendance, self.meeting_id, pid, here)
        self._count()

    def set_present(self, participant_id: str, here: bool) -> None:
        """Tick or untick one participant as a click would."""
        for it in self.items():
            if it.data(Qt.ItemDataRole.UserRole) == participant_id:
                it.setCheckState(Qt.CheckState.Checked if here else Qt.CheckState.Unchecked)
                return

    def mark_shown(self, here: bool) -> bool:
        """Everyone shown (after the filters) present, or absent, in one step."""
        if self.meeting_id is None:
            return False
        want = {str(it.data(Qt.ItemDataRole.UserRole)): here for it in self.shown()}
        if not want:
            return False
        label = self.tr("Tandai hadir semua yang tampil") if here else self.tr("Kosongkan yang tampil")
        return self.session.run(label, workshop.set_attendance_many, self.meeting_id, want)


class MinutesPanel(QWidget):
    """The notulen of one meeting: minute-taker, proceedings (rich text kept as Markdown), decisions (a list)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row: Row | None = None
        self._db_md = ""  # minutes_md as last read or written
        self.taker = QLineEdit(self)
        self.taker.setAccessibleName(self.tr("Notulis"))
        self.taker.editingFinished.connect(self._commit_taker)
        self.editor = QTextEdit(self)
        self.editor.setAcceptRichText(True)
        self.editor.setTabChangesFocus(True)
        self.editor.setUndoRedoEnabled(False)  # one undo: the plan's; typing is stored after a pause
        self.editor.setAccessibleName(self.tr("Jalannya rapat"))
        self._pause = PausedMarkdown(self.editor, session, self._store_proceedings, lambda: self.row is not None)
        self.editor.textChanged.connect(self._pause.typed)
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.tr("Tebal"), self._bold)
        bar.addAction(self.tr("Miring"), self._italic)
        bar.addAction(self.tr("\u2022 Daftar"), lambda: self._list(QTextListFormat.Style.ListDisc))
        bar.addAction(self.tr("1. Daftar"), lambda: self._list(QTextListFormat.Style.ListDecimal))
        self.decisions = QListWidget(self)
        self.decisions.setAccessibleName(self.tr("Keputusan"))
        self.decisions.setAlternatingRowColors(True)
        self.decisions.itemChanged.connect(lambda _it: self.commit_decisions())
        self.add_decision_button = QPushButton(self.tr("Tambah &keputusan"), self)
        self.delete_decision_button = QPushButton(self.tr("Hapus keputusan"), self)
        self.add_decision_button.clicked.connect(self.add_decision)
        self.delete_decision_button.clicked.connect(self.delete_decision)
        self.error = FieldError(self)
        top = labelled_row(self, (self.tr("N&otulis:"), self.taker, 1))
        proceedings_label = QLabel(self.tr("&Jalannya rapat:"), self)
        proceedings_label.setBuddy(self.editor)
        decisions_label = QLabel(self.tr("Keputusan / kesimpulan:"), self)
        decisions_label.setBuddy(self.decisions)
        dbuttons = button_row(self.add_decision_button, self.delete_decision_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(proceedings_label)
        lay.addWidget(bar)
        lay.addWidget(self.editor, 3)
        lay.addWidget(decisions_label)
        lay.addWidget(self.decisions, 2)
        lay.addLayout(dbuttons)
        lay.addWidget(self.error)

    def load(self, row: Row | None) -> None:
        if self.row is not None and (row is None or row["id"] != self.row["id"]):
            self.commit_proceedings()
        same = row is not None and self.row is not None and row["id"] == self.row["id"]
        self.row = row
        self.setEnabled(row is not None)
        r = row or {}
        keep_typing(self.taker, r.get("minute_taker") or "")
        md = r.get("minutes_md") or ""
        if not same or (md != self._db_md and not self._pause.timer.isActive()):
            self._pause.timer.stop()
            self._pause.load(md)
            self._db_md = md
        items = workshop.decisions_of(r.get("decisions"))
        if items != self.decision_texts() and self.decisions.state() != QListWidget.State.EditingState:
            self.decisions.blockSignals(True)
            self.decisions.clear()
            for text in items:
                self._decision_item(text)
            self.decisions.blockSignals(False)

    def _decision_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.decisions)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def decision_texts(self) -> list[str]:
        return [t for i in range(self.decisions.count()) if (t := self.decisions.item(i).text().strip())]

    # -- writing ---------------------------------------------------------------
    def commit_proceedings(self) -> bool:
        """Store the proceedings typed since loading as one undoable edit."""
        return self._pause.commit()

    def _store_proceedings(self, md: str) -> bool:
        assert self.row is not None  # PausedMarkdown stores only while a meeting is shown
        self._db_md = md.strip()
        label = self.tr("Ubah notulen")
        return run_showing(self.session, self.error, label, workshop.set_minutes, self.row["id"], proceedings_md=md)

    def _commit_taker(self) -> None:
        if self.row is not None and (self.taker.text().strip() or None) != self.row.get("minute_taker"):
            label, taker = self.tr("Ubah notulis"), self.taker.text()
            run_showing(self.session, self.error, label, workshop.set_minutes, self.row["id"], minute_taker=taker)

    def commit_decisions(self) -> bool:
        if self.row is None:
            return False
        items = self.decision_texts()
        if items == workshop.decisions_of(self.row.get("decisions")):
            return False
        label = self.tr("Ubah keputusan")
        return run_showing(self.session, self.error, label, workshop.set_minutes, self.row["id"], decisions=items)

    def add_decision(self) -> None:
        """A new decision line, open for typing (stored when typed)."""
        item = self._decision_item("")
        self.decisions.setCurrentItem(item)
        self.decisions.editItem(item)

    def delete_decision(self) -> bool:
        row = self.decisions.currentRow()
        if row < 0:
            return False
        self.decisions.takeItem(row)
        return self.commit_decisions()

    # -- formatting: the chapter editor's own (they use only ``self.editor``) -------------------------
    def _bold(self) -> None:
        ChaptersView.toggle_bold(cast(Any, self))

    def _italic(self) -> None:
        ChaptersView.toggle_italic(cast(Any, self))

    def _list(self, style: QTextListFormat.Style) -> None:
        ChaptersView.toggle_list(cast(Any, self), style)
