# SPDX-License-Identifier: GPL-3.0-or-later
"""Feedback (masukan) of the resource person on a part of the plan: the dialog that records one, the shared
"Tambah masukan" action every view hooks into its context menu, and the names and places of parts."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.gui import dialogs, labels
from smartcity_desktop.gui.formats import format_date
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.services.session import PlanDB

log = logging.getLogger(__name__)

Part = tuple[str, str]  # (table, row id) of the part of the plan a remark is about
CONTEXT = "Feedback"

# What a part is called, by its table (the kinds of part the issue names first).
PART_NOUNS: dict[str, Any] = {
    "chapter": QT_TRANSLATE_NOOP("Feedback", "Bab"),
    "dimension": QT_TRANSLATE_NOOP("Feedback", "Dimensi"),
    "program": QT_TRANSLATE_NOOP("Feedback", "Program"),
    "indicator": QT_TRANSLATE_NOOP("Feedback", "Indikator"),
    "readiness_score": QT_TRANSLATE_NOOP("Feedback", "Kesiapan"),
    "readiness_element": QT_TRANSLATE_NOOP("Feedback", "Kesiapan"),
    "regulation": QT_TRANSLATE_NOOP("Feedback", "Regulasi"),
    "institution_member": QT_TRANSLATE_NOOP("Feedback", "Kelembagaan"),
    "plan": QT_TRANSLATE_NOOP("Feedback", "Rencana"),
    "mission": QT_TRANSLATE_NOOP("Feedback", "Misi"),
    "agency": QT_TRANSLATE_NOOP("Feedback", "OPD"),
}
# Where a part is edited: table -> navigation key (the main window's show_place).
PART_PLACES = {
    "chapter": "chapters",
    "dimension": "dimension",
    "program": "programs",
    "quick_win": "quickwin",
    "quick_win_step": "quickwin",
    "indicator": "indicators",
    "indicator_target": "indicators",
    "readiness_score": "readiness",
    "readiness_element": "readiness",
    "readiness_component": "readiness",
    "regulation": "institutions",
    "institution_member": "institutions",
    "plan": "profile",
    "mission": "vision",
    "goal": "vision",
    "objective": "vision",
    "agency": "agencies",
    "funding_source": "funding",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def part_noun(table: str | None) -> str:
    if table == "quick_win":
        return labels.noun("quick_win")
    return tr(str(PART_NOUNS[table])) if table in PART_NOUNS else (table or "")


Getter = Callable[[str, str], "dict[str, Any] | None"]


def part_name(db: PlanDB, table: str | None, row_id: str | None, get: Getter | None = None) -> str:
    """The part's own name: a chapter's title, a program's name, "element × dimension" of a readiness cell.
    ``get(table, id)`` reads a row (default ``db.get``; :func:`part_labels` hands one that read them at once)."""
    if not table or not row_id:
        return ""
    get = get or db.get
    row = get(table, row_id)
    if row is None:
        return QCoreApplication.translate("Feedback", "(sudah dihapus)")
    if table == "quick_win":
        row = get("program", row.get("program_id") or "") or row
    if table == "readiness_score":
        element = get("readiness_element", row.get("element_id") or "") or {}
        dim = get("dimension", row.get("dimension_id") or "") or {}
        return " × ".join(str(x) for x in (element.get("name"), dim.get("name")) if x)
    if table == "plan":
        return labels.region(row)
    column = TABLES[table].label if table in TABLES else "name"
    return str(row.get(column) or row.get("name") or row.get("title") or "")


def part_label(db: PlanDB, table: str | None, row_id: str | None, get: Getter | None = None) -> str:
    """ "Program: Pusat data" ("Seluruh rencana" when a remark names no part)."""
    if not table:
        return QCoreApplication.translate("Feedback", "Seluruh rencana")
    name = part_name(db, table, row_id, get)
    return f"{part_noun(table)}: {name}" if name else part_noun(table)


def part_labels(db: PlanDB, targets: list[tuple[str | None, str | None]]) -> list[str]:
    """:func:`part_label` of each (table, id), the rows of each table read in one query (the feedback list of
    a large plan names 400 parts: one query each was half of that view's first build)."""
    wanted: dict[str, set[str]] = {}
    for table, row_id in targets:
        if table in TABLES and row_id:
            wanted.setdefault(table, set()).add(row_id)

    def names(table: str) -> set[str] | None:  # the columns part_name reads (a program's long texts are not)
        if table == "plan":
            return None
        return {TABLES[table].label, "name", "title", "program_id", "element_id", "dimension_id"}

    read: dict[str, dict[str, dict[str, Any]]] = {t: db.get_many(t, ids, names(t)) for t, ids in wanted.items()}
    follow = {"quick_win": ("program", "program_id"), "readiness_score": ("dimension", "dimension_id")}
    for table, (other, column) in follow.items():  # the rows that name those parts
        ids = {str(r[column]) for r in read.get(table, {}).values() if r.get(column)}
        if ids:
            read.setdefault(other, {}).update(db.get_many(other, ids, names(other)))
    if "readiness_score" in read:
        ids = {str(r["element_id"]) for r in read["readiness_score"].values() if r.get("element_id")}
        read["readiness_element"] = db.get_many("readiness_element", ids, names("readiness_element"))

    def get(table: str, row_id: str) -> dict[str, Any] | None:
        rows = read.get(table)
        return rows.get(row_id) if rows is not None else db.get(table, row_id)

    return [part_label(db, table, row_id, get) for table, row_id in targets]


def part_place(table: str | None, row_id: str | None) -> tuple[str, Any, Any, Any]:
    """Where to show a part: (navigation key, target, table, row id) for MainWindow.show_place."""
    key = PART_PLACES.get(table or "", "feedback")
    if key in ("chapters", "dimension"):
        return key, row_id, table, row_id
    return key, None, table, row_id


def stage_of_meetings(db: PlanDB) -> dict[str, dict[str, Any]]:
    """meeting id -> its stage row (meetings outside any stage are left out)."""
    stages = {s["id"]: s for s in db.rows("workshop_stage")}
    return {m["id"]: stages[m["stage_id"]] for m in db.rows("meeting") if m.get("stage_id") in stages}


def meeting_choices(db: PlanDB) -> list[tuple[str, str]]:
    """(meeting id, "Tahap 2 · Rapat ... (5 September 2017)") in the order of the Bimtek."""
    stage = stage_of_meetings(db)
    meetings = sorted(
        db.rows("meeting"), key=lambda m: ((stage.get(m["id"]) or {}).get("number") or 99, m.get("date") or "")
    )
    out = []
    for m in meetings:
        s = stage.get(m["id"])
        head = QCoreApplication.translate("Feedback", "Tahap {0}").format(s["number"]) + " · " if s else ""
        when = f" ({format_date(m['date'])})" if m.get("date") else ""
        out.append((m["id"], f"{head}{m['title']}{when}"))
    return out


def resource_person(db: PlanDB, meeting_id: str | None = None) -> str:
    """The resource person of the meeting, else the one who led most meetings of the plan."""
    if meeting_id:
        row = db.get("meeting", meeting_id)
        if row and row.get("resource_person"):
            return str(row["resource_person"])
    people = Counter(m["resource_person"] for m in db.rows("meeting") if m.get("resource_person"))
    return people.most_common(1)[0][0] if people else ""


def latest_meeting(db: PlanDB) -> str | None:
    """The last meeting held up to today (else the first one planned), the default of a new remark."""
    dated = sorted((m for m in db.rows("meeting") if m.get("date")), key=lambda m: m["date"])
    today = date.today().isoformat()
    held = [m for m in dated if m["date"] <= today]
    pick = held[-1] if held else (dated[0] if dated else None)
    return pick["id"] if pick else None


def error_and_buttons(dialog: QDialog, ok_text: str) -> tuple[QLabel, QDialogButtonBox]:
    """A dialog's line for refusals (red) and its OK (named ``ok_text``) and Batal buttons, connected."""
    error = QLabel()
    error.setStyleSheet("color: #b00020;")
    error.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Feedback", "&Batal"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return error, buttons


class FeedbackDialog(QDialog):
    """Text, author (the resource person by default), the meeting (and so the stage), status and date.

    A new remark on ``part`` when ``row`` is None; else ``row`` (a feedback row) is edited."""

    def __init__(
        self, session: PlanSession, part: Part | None, parent: QWidget | None = None, row: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.part = (row["target_table"], row["target_id"]) if row and row.get("target_table") else part
        db = session.db
        self.setWindowTitle(self.tr("Sunting masukan") if row else self.tr("Tambah masukan"))
        self.setMinimumWidth(520)
        self.part_label = QLabel(part_label(db, *(self.part or (None, None))))
        self.part_label.setWordWrap(True)
        self.part_label.setStyleSheet("font-weight: bold;")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Isi masukan"))
        self.text.setMinimumHeight(90)
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("(tanpa pertemuan)"), None)
        for mid, text in meeting_choices(db):
            self.meeting.addItem(text, mid)
        self.author = QLineEdit()
        self.status = QComboBox()
        for code, text in labels.choices("feedback_status"):
            self.status.addItem(text, code)
        self.given_on = QDateEdit()
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Bagian"), self.part_label)
        form.addRow(self.tr("&Masukan"), self.text)
        form.addRow(self.tr("&Tahap / pertemuan"), self.meeting)
        form.addRow(self.tr("&Dari"), self.author)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Tang&gal"), self.given_on)
        self.error, buttons = error_and_buttons(self, self.tr("&Simpan"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self._fill(db)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)

    def _fill(self, db: PlanDB) -> None:
        row = self.row or {}
        meeting = row.get("meeting_id") if self.row else latest_meeting(db)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(meeting)))
        self.text.setPlainText(row.get("text") or "")
        self.author.setText(row.get("author") or ("" if self.row else resource_person(db, meeting)))
        self.status.setCurrentIndex(max(0, self.status.findData(row.get("status") or "open")))
        self._set_date(row.get("given_on") or self._meeting_date() or date.today().isoformat())

    def _meeting_date(self) -> str | None:
        mid = self.meeting.currentData()
        row = self.session.db.get("meeting", mid) if mid else None
        return (row or {}).get("date")

    def _set_date(self, iso: str) -> None:
        self.given_on.setDate(QDate.fromString(iso[:10], "yyyy-MM-dd"))

    def _meeting_changed(self) -> None:
        if self.row is None:  # a new remark follows the meeting: its date and resource person
            day = self._meeting_date()
            if day:
                self._set_date(day)
            if not self.author.isModified():
                self.author.setText(resource_person(self.session.db, self.meeting.currentData()))

    def values(self) -> dict[str, Any]:
        return {
            "author": self.author.text().strip() or None,
            "meeting_id": self.meeting.currentData(),
            "status": self.status.currentData(),
            "given_on": self.given_on.date().toString("yyyy-MM-dd"),
        }

    def accept(self) -> None:
        """Save through the operations (one undoable step); a refusal stays in the dialog."""
        from smartcity_desktop.services.operations import workshop  # not with the navigation at launch (issue 10)

        body = self.text.toPlainText().strip()
        if not body:
            self.error.setText(self.tr("Tuliskan isi masukannya."))
            self.text.setFocus()
            return
        messages: list[str] = []
        with self.session.errors_to(messages.append):
            if self.row is not None:
                ok = self.session.run(
                    self.tr("Sunting masukan"), workshop.update_feedback, self.row["id"], text=body, **self.values()
                )
            else:
                table, rid = self.part or (None, None)
                self.new_id = self.session.add(
                    self.tr("Tambah masukan"),
                    workshop.add_feedback,
                    body,
                    target_table=table,
                    target_id=rid,
                    **self.values(),
                )
                ok = self.new_id is not None
        if not ok:
            self.error.setText(" ".join(messages))
            return
        super().accept()


def ask_feedback(session: PlanSession, part: Part | None, parent: QWidget | None = None) -> str | None:
    """Ask for a new remark on ``part`` and record it; its id, None when cancelled."""
    dlg = FeedbackDialog(session, part, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return getattr(dlg, "new_id", None)


def add_feedback_action(widget: QWidget, session: PlanSession, part_getter: Callable[[], Part | None]) -> QAction:
    """Put "Tambah masukan..." in ``widget``'s context menu for the part ``part_getter`` names at that moment
    (a view's current program, chapter, cell ...). The one hook each view makes."""
    act = QAction(QCoreApplication.translate("Feedback", "Tambah masukan..."), widget)
    act.setObjectName("add_feedback")

    def run() -> None:
        part = part_getter()
        if part is None or not part[1]:
            dialogs.info(
                widget.window(),
                QCoreApplication.translate("Feedback", "Pilih dulu bagian rencana yang diberi masukan."),
            )
            return
        ask_feedback(session, part, widget.window())

    act.triggered.connect(run)
    if widget.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    widget.addAction(act)
    return act


def current_part(window: Any) -> Part | None:
    """The part the main window shows now (its view's ``feedback_target``: program, chapter, cell ...)."""
    getter = getattr(window.stack.currentWidget(), "feedback_target", None)
    try:
        return getter() if getter is not None else None
    except Exception:  # a view that cannot say: no part (the action then asks to pick one)
        log.exception("feedback target of the current view")
        return None


def add_menu_action(actions: Any) -> None:
    """Sunting > Tambah masukan... for the part selected in the current view (no shortcut)."""
    window = actions.window
    act = QAction(QCoreApplication.translate("Feedback", "Tambah &masukan..."), window)

    def run() -> None:
        part = current_part(window)
        if part is None or not part[1]:
            dialogs.info(
                window,
                QCoreApplication.translate(
                    "Feedback", "Pilih dulu bagian rencana yang diberi masukan (bab, program, sel ...)."
                ),
            )
            return
        ask_feedback(window.session, part, window)

    act.triggered.connect(lambda _checked=False: run())
    actions.edit_menu.insertAction(actions.search, act)
    actions.add_feedback = act


def open_by_part(db: PlanDB) -> dict[tuple[str, str], int]:
    """(table, id) -> remarks not yet dealt with on that part; a Quick Win's count also on its program."""
    from smartcity_desktop.core import figures

    out: Counter[tuple[str, str]] = Counter()
    for f in figures.open_feedback({"feedback": db.rows("feedback")}):
        table, rid = f.get("target_table"), f.get("target_id")
        if table and rid:
            out[table, rid] += 1
            if table == "quick_win":
                qw = db.get("quick_win", rid)
                if qw and qw.get("program_id"):
                    out["program", qw["program_id"]] += 1
    return dict(out)


def open_marker(count: int) -> str:
    """What an entry of the navigation tree carries while remarks on it are open: "  ● 2"."""
    return f"  \u25cf {count}" if count else ""
