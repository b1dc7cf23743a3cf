# SPDX-License-Identifier: GPL-3.0-or-later
"""The side panel: guidance for the current part of the plan and the feedback attached to it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from smartcity_desktop.gui.formats import format_date
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.messages import language
from smartcity_desktop.resources import load_json, text
from smartcity_desktop.services.reading.overview import feedback_for

log = logging.getLogger(__name__)

# Guidance section for views that do not name one themselves.
DEFAULT_GUIDANCE = {
    "profile": "profile",
    "readiness": "readiness",
    "vision": "vision",
    "dimension": "dimensions",
    "programs": "programs",
    "indicators": "indicators",
    "quickwin": "quickwin",
    "roadmap": "roadmap",
    "chapters": "chapters",
    "institutions": "institutions",
    "agencies": "agencies",
    "funding": "funding",
    "workshops": "workshops",
    "completeness": "completeness",
}
# Feedback shown when the view names no row: everything aimed at these tables.
KEY_FEEDBACK_TABLE = {"profile": "plan", "vision": "plan", "programs": "program", "quickwin": "quick_win"}
FEEDBACK_STATUS = {
    "open": QT_TRANSLATE_NOOP("SidePanel", "terbuka"),
    "in_progress": QT_TRANSLATE_NOOP("SidePanel", "dikerjakan"),
    "done": QT_TRANSLATE_NOOP("SidePanel", "selesai"),
    "declined": QT_TRANSLATE_NOOP("SidePanel", "ditolak"),
}


def status_label(status: str | None) -> str:
    return QCoreApplication.translate("SidePanel", str(FEEDBACK_STATUS.get(status or "", status or "")))


class FeedbackList(QListWidget):
    """The feedback items, added as lines in one call (a large plan's program feedback: 400 items, each made,
    given a tooltip and added from Python before, issue 10); an item's tooltip, its text alone, is looked up
    when the pointer rests on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tips: list[str] = []

    def set_lines(self, lines: list[str], tips: list[str]) -> None:
        """Show ``lines``; ``tips[i]`` is the tooltip of line i ("" for none)."""
        self.clear()
        self.tips = tips
        self.addItems(lines)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            row = self.row(item) if item is not None else -1
            if 0 <= row < len(self.tips) and self.tips[row]:
                QToolTip.showText(event.globalPos(), self.tips[row], self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class SidePanel(QWidget):
    """Guidance (Markdown) above, feedback items below; ``show_for`` sets what it is about."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._place: tuple[str, str, Any] = ("dashboard", "", None)
        self.title = QLabel(self.tr("Panduan"))
        self.title.setStyleSheet("font-weight: bold;")
        self.guidance = QTextBrowser()
        self.guidance.setOpenExternalLinks(False)
        self.guidance.setAccessibleName(self.tr("Panduan"))
        self.feedback_title = QLabel(self.tr("Masukan narasumber"))
        self.feedback_title.setStyleSheet("font-weight: bold;")
        self.feedback = FeedbackList()
        self.feedback.setWordWrap(True)
        self.feedback.setAlternatingRowColors(True)
        self.feedback.setSpacing(2)
        # 400 multi-line items (a large plan's program feedback): lay out a screenful now, the rest when idle
        self.feedback.setLayoutMode(QListView.LayoutMode.Batched)
        self.feedback.setBatchSize(25)
        self.feedback.setAccessibleName(self.tr("Masukan narasumber"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addWidget(self.guidance, 3)
        lay.addWidget(self.feedback_title)
        lay.addWidget(self.feedback, 2)
        self.setMinimumWidth(200)

    def show_for(self, key: str, guidance_key: str = "", feedback: tuple[str, str] | None = None) -> None:
        """Show guidance for ``guidance_key`` (or the key's default) and feedback for ``feedback`` (table, id)."""
        self._place = (key, guidance_key, feedback)
        self._show_guidance(key, guidance_key, feedback)
        self._show_feedback(key, feedback)

    def refresh(self) -> None:
        self.show_for(*self._place)

    def _show_guidance(self, key: str, guidance_key: str, feedback: tuple[str, str] | None) -> None:
        lang = language()
        body = ""
        if key == "chapters" and feedback and feedback[0] == "chapter":
            row = self.session.db.get("chapter", feedback[1])
            body = (row or {}).get("guidance_md") or ""
        if not body:
            section = guidance_key or DEFAULT_GUIDANCE.get(key, "")
            try:
                body = text(load_json("templates", "guidance.json")["sections"].get(section), lang)
            except (OSError, ValueError, KeyError) as e:
                log.warning("guidance unavailable: %s", e)
        if not body and key == "dashboard":
            body = self.tr(
                "Selamat datang. Pilih bagian rencana di panel kiri. Semua perubahan tersimpan otomatis; "
                "Ctrl+Z mengurungkan, Ctrl+F mencari di seluruh rencana."
            )
        self.guidance.setMarkdown(body or self.tr("Tidak ada panduan untuk bagian ini."))

    def _show_feedback(self, key: str, feedback: tuple[str, str] | None) -> None:
        if feedback:
            items = feedback_for(self.session.db, feedback[0], feedback[1])
        elif key in KEY_FEEDBACK_TABLE:
            items = feedback_for(self.session.db, KEY_FEEDBACK_TABLE[key])
        elif key in ("dashboard", "workshops"):
            items = [f for f in feedback_for(self.session.db) if f.get("status") in ("open", "in_progress")]
        else:
            items = []
        lang = language()
        lines: list[str] = []
        for f in items:
            head = " · ".join(
                x
                for x in (status_label(f.get("status")), f.get("author") or "", format_date(f.get("given_on"), lang))
                if x
            )
            line = f"[{head}]\n{f['text']}"
            if f.get("response"):
                line += "\n→ " + f["response"]
            lines.append(line)
        if items:
            self.feedback.set_lines(lines, [f["text"] for f in items])
        else:
            self.feedback.set_lines([self.tr("Belum ada masukan untuk bagian ini.")], [""])
        self.feedback_title.setText(self.tr("Masukan narasumber ({0})").format(len(items)))
