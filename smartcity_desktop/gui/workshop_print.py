# SPDX-License-Identifier: GPL-3.0-or-later
"""Printing one meeting's papers from the Lokakarya view: its attendance list (daftar hadir, with the signature
column) or its minutes (notulen), as PDF or DOCX, written by the export worker like every export."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from smartcity_desktop.gui.actions import ExportJob
from smartcity_desktop.gui.session import PlanSession

PAPERS = ("attendance", "minutes")
FORMATS = ("pdf", "docx")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def paper_name(paper: str) -> str:
    """The document's name as people call it: "Daftar Hadir", "Notulen"."""
    return (
        QCoreApplication.translate("WorkshopPrint", "Daftar Hadir")
        if paper == "attendance"
        else QCoreApplication.translate("WorkshopPrint", "Notulen")
    )


def file_stem(paper: str, meeting: dict[str, Any], stage_number: int | None) -> str:
    """The suggested file name of a meeting's paper: "Daftar Hadir - Tahap 2 - 2026-03-14" (the meeting's title
    when it has no date; no stage part for a meeting outside the stages)."""
    parts = [paper_name(paper)]
    if stage_number is not None:
        parts.append(QCoreApplication.translate("WorkshopPrint", "Tahap {0}").format(stage_number))
    parts.append(str(meeting.get("date") or meeting.get("title") or ""))
    stem = " - ".join(p.strip() for p in parts if p and p.strip())
    return _UNSAFE.sub("_", stem).strip(". ")[:150]


def print_meeting(
    parent: QWidget, session: PlanSession, meeting_id: str, paper: str, fmt: str, out: str | None = None
) -> ExportJob | None:
    """Export ``paper`` ("attendance" or "minutes") of one meeting as ``fmt``; asks where unless ``out`` is given."""
    meeting = session.db.get("meeting", meeting_id)
    if meeting is None:
        return None
    stage = session.db.get("workshop_stage", meeting["stage_id"]) if meeting.get("stage_id") else None
    job = ExportJob(parent, session.document, fmt, paper, {"meeting": meeting_id})
    job.stem = file_stem(paper, meeting, int(stage["number"]) if stage else None)
    return job if job.start(out) else None


class PrintButton(QPushButton):
    """ "Cetak": a menu that prints the papers of the meeting ``meeting_id()`` names (None: nothing selected)."""

    def __init__(self, session: PlanSession, meeting_id: Callable[[], str | None], parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("WorkshopPrint", "&Cetak"), parent)
        self.session = session
        self.meeting_id = meeting_id
        self.setToolTip(
            QCoreApplication.translate(
                "WorkshopPrint", "Cetak daftar hadir (dengan kolom tanda tangan) atau notulen pertemuan terpilih"
            )
        )
        menu = QMenu(self)
        labels = {
            ("attendance", "pdf"): QCoreApplication.translate("WorkshopPrint", "&Daftar hadir (PDF)..."),
            ("attendance", "docx"): QCoreApplication.translate("WorkshopPrint", "Daftar hadir untuk &Word (DOCX)..."),
            ("minutes", "pdf"): QCoreApplication.translate("WorkshopPrint", "&Notulen (PDF)..."),
            ("minutes", "docx"): QCoreApplication.translate("WorkshopPrint", "Notulen untuk W&ord (DOCX)..."),
        }
        self.papers: dict[tuple[str, str], QAction] = {}
        for (paper, fmt), text in labels.items():
            act = menu.addAction(text)
            act.triggered.connect(lambda _c=False, p=paper, f=fmt: self.print_paper(p, f))
            self.papers[paper, fmt] = act
            if (paper, fmt) == ("attendance", "docx"):
                menu.addSeparator()
        self.setMenu(menu)

    def print_paper(self, paper: str, fmt: str, out: str | None = None) -> ExportJob | None:
        window: Any = self.window()
        if hasattr(window, "commit_pending_input"):
            window.commit_pending_input()  # a field being typed in (the minutes wait for a pause) stores it first
        mid = self.meeting_id()
        return print_meeting(self.window(), self.session, mid, paper, fmt, out) if mid else None
