# SPDX-License-Identifier: GPL-3.0-or-later
"""The workshop record (Lokakarya): the four stages and their meetings (details, attendance, minutes), the
participant register, the action items, and the resource person's feedback as a plain list."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.formats import MONTHS_SHORT, parse_date
from smartcity_desktop.gui import dialogs
from smartcity_desktop.gui.formats import format_date
from smartcity_desktop.gui.layouts import splitter, stacked
from smartcity_desktop.gui.record_panel import RecordPanel
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.side_panel import status_label
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.gui.workshop_actions import ActionsPanel
from smartcity_desktop.gui.workshop_meeting import AttendancePanel, MeetingForm, MinutesPanel
from smartcity_desktop.gui.workshop_people import ParticipantsPanel
from smartcity_desktop.gui.workshop_print import PrintButton
from smartcity_desktop.messages import language
from smartcity_desktop.services.operations import workshop
from smartcity_desktop.services.reading.overview import feedback_for, workshop_overview

NO_STAGE = QT_TRANSLATE_NOOP("WorkshopsView", "Pertemuan lain")
ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
PanelT = TypeVar("PanelT", bound=RecordPanel)


def short_date(value: str | None, lang: str) -> str:
    """'4 Sep 2017': a meeting's day in the narrow column of the tree."""
    day = parse_date(value)
    return f"{day.day} {MONTHS_SHORT[lang if lang in MONTHS_SHORT else 'id'][day.month - 1]} {day.year}" if day else ""


class WorkshopsView(View):
    """Tabs: meetings by stage (details, attendance, minutes), participants, action items, feedback."""

    tables = frozenset(
        {
            "workshop_stage",
            "meeting",
            "attendance",
            "participant",
            "feedback",
            "action_item",
            "agency",
            "work_group",
            "work_group_member",
        }
    )

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.stages: list[dict[str, Any]] = []
        self.meeting: dict[str, Any] | None = None
        title = QLabel(self.tr("Lokakarya (Bimtek)"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f4e79;")

        # meetings by stage -------------------------------------------------------------
        self.meetings = QTreeWidget()
        self.meetings.setHeaderLabels([self.tr("Tahap / pertemuan"), self.tr("Tanggal"), self.tr("Hadir")])
        self.meetings.setAccessibleName(self.tr("Tahap dan pertemuan"))
        head = self.meetings.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.resizeSection(1, 85)
        head.resizeSection(2, 50)
        self.meetings.currentItemChanged.connect(lambda *_a: self._show_current())
        self.add_meeting_button = QPushButton(self.tr("Tambah &pertemuan"))
        self.delete_meeting_button = QPushButton(self.tr("Hapus pertemuan"))
        self.add_meeting_button.clicked.connect(lambda: self.add_meeting())
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.meetings, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_meeting_button)
        row.addWidget(self.delete_meeting_button)
        self.print_button = PrintButton(session, lambda: self.meeting["id"] if self.meeting else None, self)
        row.addWidget(self.print_button)  # guigaps: one meeting's daftar hadir / notulen as PDF or DOCX
        left_lay.addLayout(row)

        self.stage_head = QLabel()
        self.stage_head.setStyleSheet("font-weight: 600; color: #1f4e79;")
        self.stage_head.setWordWrap(True)
        self.stage_purpose = QLabel()
        self.stage_purpose.setWordWrap(True)
        self.stage_purpose.setStyleSheet("color: #444;")
        self.stage_purpose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = MeetingForm(session)
        self.attendance = AttendancePanel(session)
        self.minutes = MinutesPanel(session)
        self.meeting_tabs = QTabWidget()
        self.meeting_tabs.addTab(self.form, self.tr("Rincian"))
        self.meeting_tabs.addTab(self.attendance, self.tr("Kehadiran"))
        self.meeting_tabs.addTab(self.minutes, self.tr("Notulen"))
        right = stacked((self.stage_head, 0), (self.stage_purpose, 0), (self.meeting_tabs, 1), margins=(4, 0, 6, 0))
        split = splitter(Qt.Orientation.Horizontal, (left, 2), (right, 3))
        split.setSizes([380, 500])

        # the other tabs: the participants and the follow-up items are built and read when first shown --------
        self._participants: ParticipantsPanel | None = None
        self._action_items: ActionsPanel | None = None
        self.people_page, self.actions_page = QWidget(), QWidget()
        for page in (self.people_page, self.actions_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.feedback = QTreeWidget()
        self.feedback.setHeaderLabels([self.tr("Masukan"), self.tr("Dari"), self.tr("Status"), self.tr("Tanggal")])
        self.feedback.setAccessibleName(self.tr("Masukan narasumber"))
        self.feedback.setColumnWidth(0, 420)
        self.feedback.setRootIsDecorated(False)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Tahap dan pertemuan"))
        self.tabs.addTab(self.people_page, self.tr("Peserta"))
        self.tabs.addTab(self.actions_page, self.tr("Tindak lanjut"))
        self.tabs.addTab(self.feedback, self.tr("Masukan"))
        self._feedback_stale = True
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.tabs, 1)

    def guidance_key(self) -> str:
        return "workshops"

    @property
    def participants(self) -> ParticipantsPanel:
        """The participants tab (built and read when first shown or asked for: issue 10, the first build of the
        view read and laid out every participant and follow-up item of the plan for tabs not shown)."""
        if self._participants is None:
            self._participants = self._on_page(self.people_page, ParticipantsPanel(self.session))
        return self._participants

    @property
    def action_items(self) -> ActionsPanel:
        """The follow-up items tab (built and read when first shown or asked for)."""
        if self._action_items is None:
            self._action_items = self._on_page(self.actions_page, ActionsPanel(self.session))
            self._action_items.meeting_for_new = self.meeting["id"] if self.meeting else None
        return self._action_items

    def _on_page(self, page: QWidget, panel: PanelT) -> PanelT:
        layout = page.layout()
        assert layout is not None
        layout.addWidget(panel)
        for table in panel.findChildren(QAbstractItemView):  # as the main window does for a view's tables
            table.setTabKeyNavigation(False)
        panel.refresh()
        return panel

    # -- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        db, lang = self.session.db, language()
        self.stages = workshop_overview(db)
        keep = self._current()
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for stage in self.stages:
            if stage["id"] is None:
                head_text = QCoreApplication.translate("WorkshopsView", str(NO_STAGE))
            else:
                head_text = self.tr("Tahap {0}: {1}").format(stage["number"], stage["title"])
            head = QTreeWidgetItem(self.meetings, [head_text])
            head.setData(0, ROLE_KIND, "stage")
            head.setData(0, ROLE_ID, stage["id"])
            head.setToolTip(0, stage.get("purpose") or head_text)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for m in stage["meetings"]:
                attendance = f"{m['present']}/{m['invited']}" if m["invited"] else "–"
                item = QTreeWidgetItem(head, [m["title"], short_date(m["date"], lang), attendance])
                item.setToolTip(1, format_date(m["date"], lang, weekday=True))
                item.setData(0, ROLE_KIND, "meeting")
                item.setData(0, ROLE_ID, m["id"])
                item.setToolTip(0, m["title"])
            head.setExpanded(True)
        if not (keep and self._select(*keep)):
            first = self.meetings.topLevelItem(0)
            if first is not None:
                self.meetings.setCurrentItem(first.child(0) or first)
        self.meetings.blockSignals(False)
        self._show_current()  # once (issue 10: the selection's signal loaded the meeting a second time)
        for panel in (self._participants, self._action_items):
            if panel is not None:
                panel.refresh()
        self._feedback_stale = True  # the feedback tab (400 items on a large plan) is filled when shown
        if self.tabs.currentWidget() is self.feedback:
            self._fill_feedback()

    def _tab_shown(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.people_page:
            self.participants  # noqa: B018 - built when first shown
        elif page is self.actions_page:
            self.action_items  # noqa: B018
        if self._feedback_stale and self.tabs.currentWidget() is self.feedback:
            self._fill_feedback()

    def _fill_feedback(self) -> None:
        self._feedback_stale = False
        lang = language()
        self.feedback.clear()
        items = feedback_for(self.session.db)
        for f in items:
            row = QTreeWidgetItem(
                self.feedback,
                [f["text"], f.get("author") or "", status_label(f["status"]), format_date(f["given_on"], lang)],
            )
            row.setToolTip(0, f["text"] + (f"\n→ {f['response']}" if f.get("response") else ""))
        if not items:
            QTreeWidgetItem(self.feedback, [self.tr("Belum ada masukan.")])

    def _current(self) -> tuple[str, str | None] | None:
        item = self.meetings.currentItem()
        return (item.data(0, ROLE_KIND), item.data(0, ROLE_ID)) if item is not None else None

    def _select(self, kind: str, rid: str | None) -> bool:
        for i in range(self.meetings.topLevelItemCount()):
            head = self.meetings.topLevelItem(i)
            if head is None:
                continue
            for item in [head, *(head.child(j) for j in range(head.childCount()))]:
                if item is not None and item.data(0, ROLE_KIND) == kind and item.data(0, ROLE_ID) == rid:
                    self.meetings.setCurrentItem(item)
                    return True
        return False

    def _stage_of_current(self) -> dict[str, Any] | None:
        cur = self._current()
        if cur is None:
            return None
        kind, rid = cur
        for s in self.stages:
            if (kind == "stage" and s["id"] == rid) or (
                kind == "meeting" and any(m["id"] == rid for m in s["meetings"])
            ):
                return s
        return None

    def _show_current(self) -> None:
        cur = self._current()
        db = self.session.db
        self.meeting = db.get("meeting", cur[1]) if cur and cur[0] == "meeting" and cur[1] else None
        stage = self._stage_of_current()
        if stage is not None and stage["id"] is not None:
            self.stage_head.setText(self.tr("Tahap {0}: {1}").format(stage["number"], stage["title"]))
            purpose = stage.get("purpose") or ""
            outputs = stage.get("outputs") or ""
            self.stage_purpose.setText(purpose + (self.tr("\nHasil: {0}").format(outputs) if outputs else ""))
        else:
            self.stage_head.setText(QCoreApplication.translate("WorkshopsView", str(NO_STAGE)) if stage else "")
            self.stage_purpose.setText("")
        real = [s for s in self.stages if s["id"] is not None]
        self.form.load(self.meeting, real)
        self.attendance.load(self.meeting["id"] if self.meeting else None)
        self.minutes.load(self.meeting)
        self.meeting_tabs.setEnabled(self.meeting is not None)
        self.delete_meeting_button.setEnabled(self.meeting is not None)
        self.print_button.setEnabled(self.meeting is not None)
        if self._action_items is not None:
            self._action_items.meeting_for_new = self.meeting["id"] if self.meeting else None

    # -- writing -----------------------------------------------------------------
    def add_meeting(self, title: str | None = None) -> str | None:
        """A new meeting in the selected stage, selected with its title ready to type."""
        stage = self._stage_of_current()
        extra = {"stage_id": stage["id"]} if stage and stage["id"] else {}
        label = self.tr("Tambah pertemuan")
        rid = self.session.add(label, workshop.add_meeting, title or self.tr("Pertemuan baru"), **extra)
        if rid:
            self.refresh()
            self._select("meeting", rid)
            self.meeting_tabs.setCurrentWidget(self.form)
            self.form.title.setFocus()
            self.form.title.selectAll()
        return rid

    def delete_meeting(self) -> bool:
        if self.meeting is None:
            return False
        text = self.tr(
            "Hapus pertemuan \u201c{0}\u201d beserta daftar hadirnya? Bisa dibatalkan dengan Urungkan (Ctrl+Z)."
        ).format(self.meeting["title"])
        if not dialogs.confirm(self, text, self.tr("Hapus pertemuan")):
            return False
        return self.session.run(self.tr("Hapus pertemuan"), workshop.delete_meeting, self.meeting["id"])

    # -- navigation support ---------------------------------------------------------
    def select_row(self, table: str, row_id: str) -> bool:
        if table == "meeting":
            self.tabs.setCurrentIndex(0)
            return self._select("meeting", row_id)
        if table == "participant":
            self.tabs.setCurrentWidget(self.people_page)
            return self.participants.select(row_id)
        if table == "action_item":
            self.tabs.setCurrentWidget(self.actions_page)
            return self.action_items.select(row_id)
        if table == "feedback":
            self.tabs.setCurrentWidget(self.feedback)
            return True
        return False

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.minutes.commit_proceedings()
        super().hideEvent(event)
