# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only overview of the workshop stages, their meetings, attendance and feedback (editing comes later)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from smartcity_desktop.gui.formats import format_date
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.side_panel import status_label
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.messages import language
from smartcity_desktop.services.reading.overview import feedback_for, workshop_overview

log = logging.getLogger(__name__)

NO_STAGE = QT_TRANSLATE_NOOP("WorkshopsView", "Pertemuan lain")


class WorkshopsView(View):
    """Stages -> meetings (date, venue, resource person, attendance), and every feedback item below."""

    tables = frozenset({"workshop_stage", "meeting", "attendance", "participant", "feedback", "action_item"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        title = QLabel(self.tr("Lokakarya (Bimtek)"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f4e79;")
        note = QLabel(self.tr("Ringkasan tahap, pertemuan, kehadiran dan masukan. Penyuntingan lengkap menyusul."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.meetings = QTreeWidget()
        self.meetings.setHeaderLabels(
            [
                self.tr("Tahap / pertemuan"),
                self.tr("Tanggal"),
                self.tr("Tempat"),
                self.tr("Narasumber"),
                self.tr("Hadir"),
            ]
        )
        self.meetings.setAccessibleName(self.tr("Tahap dan pertemuan"))
        self.meetings.setColumnWidth(0, 330)
        self.meetings.setColumnWidth(1, 130)
        self.meetings.setColumnWidth(2, 200)
        self.feedback = QTreeWidget()
        self.feedback.setHeaderLabels([self.tr("Masukan"), self.tr("Dari"), self.tr("Status"), self.tr("Tanggal")])
        self.feedback.setAccessibleName(self.tr("Masukan narasumber"))
        self.feedback.setColumnWidth(0, 420)
        self.feedback.setRootIsDecorated(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.meetings)
        split.addWidget(self.feedback)
        split.setSizes([300, 200])
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(note)
        lay.addWidget(split, 1)

    def guidance_key(self) -> str:
        return "workshops"

    def refresh(self) -> None:
        db, lang = self.session.db, language()
        self.meetings.clear()
        for stage in workshop_overview(db):
            if stage["id"] is None:
                head_text = QCoreApplication.translate("WorkshopsView", str(NO_STAGE))
            else:
                head_text = self.tr("Tahap {0}: {1}").format(stage["number"], stage["title"])
            head = QTreeWidgetItem(self.meetings, [head_text])
            head.setToolTip(0, head_text)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for m in stage["meetings"]:
                attendance = f"{m['present']}/{m['invited']}" if m["invited"] else "–"
                item = QTreeWidgetItem(
                    head,
                    [
                        m["title"],
                        format_date(m["date"], lang),
                        m["venue"] or "",
                        m["resource_person"] or "",
                        attendance,
                    ],
                )
                item.setToolTip(0, m["title"])
                item.setToolTip(2, m["venue"] or "")
                item.setToolTip(3, m["resource_person"] or "")
            head.setExpanded(True)
        self.feedback.clear()
        items = feedback_for(db)
        for f in items:
            row = QTreeWidgetItem(
                self.feedback,
                [f["text"], f.get("author") or "", status_label(f["status"]), format_date(f["given_on"], lang)],
            )
            row.setToolTip(0, f["text"] + (f"\n→ {f['response']}" if f.get("response") else ""))
        if not items:
            QTreeWidgetItem(self.feedback, [self.tr("Belum ada masukan.")])
