# SPDX-License-Identifier: GPL-3.0-or-later
"""Vision and its explanation, missions, goals (tujuan) linked to a mission, objectives (sasaran) linked to a goal."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from smartcity_desktop.gui import zoom
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.gui.views.readiness import FocusOutText
from smartcity_desktop.gui.views.row_table import Col, RowTable
from smartcity_desktop.services.operations import vision

log = logging.getLogger(__name__)


class VisionView(View):
    """The plan's vision statement and three linked lists: missions, goals, objectives."""

    tables = frozenset({"plan", "mission", "goal", "objective"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.vision = FocusOutText(self)
        self.vision.setFixedHeight(52)
        self.vision.editing_finished.connect(lambda: self._commit("vision", self.vision))
        self.explanation = FocusOutText(self)
        self.explanation.setFixedHeight(70)
        self.explanation.editing_finished.connect(lambda: self._commit("vision_explanation", self.explanation))
        top = QGroupBox(self.tr("Visi"), self)
        tl = QVBoxLayout(top)
        for text, w in ((self.tr("&Rumusan visi"), self.vision), (self.tr("&Penjelasan visi"), self.explanation)):
            label = QLabel(text, top)
            label.setBuddy(w)
            tl.addWidget(label)
            tl.addWidget(w)
        # the explanation as it reads in the document (its **bold** words rendered, not shown as marks)
        self.explanation_view = QLabel(top)
        self.explanation_view.setTextFormat(Qt.TextFormat.MarkdownText)
        self.explanation_view.setWordWrap(True)
        self.explanation_view.setAccessibleName(self.tr("Penjelasan visi seperti di dokumen"))
        self.explanation_view.setStyleSheet("QLabel { color: #333; background: #f6f6f6; padding: 4px; }")
        tl.addWidget(self.explanation_view)

        def refs(table: str) -> Any:
            return lambda: (
                [(None, self.tr("(tidak terkait)"))]
                + [(r["id"], f"{i}. {r['text']}") for i, r in enumerate(self.session.db.rows(table), 1)]
            )

        self.missions = RowTable(
            session,
            "mission",
            [Col("text", self.tr("Misi"))],
            noun=self.tr("misi"),
            wrap=True,
            add_text=self.tr("Tambah &misi"),
        )
        self.goals = RowTable(
            session,
            "goal",
            [Col("text", self.tr("Tujuan")), Col("mission_id", self.tr("Misi"), "choice", refs("mission"), 150)],
            noun=self.tr("tujuan"),
            wrap=True,
            add_text=self.tr("Tambah t&ujuan"),
            defaults=lambda: {"mission_id": self.missions.current_id()},
        )
        self.objectives = RowTable(
            session,
            "objective",
            [Col("text", self.tr("Sasaran")), Col("goal_id", self.tr("Tujuan"), "choice", refs("goal"), 150)],
            noun=self.tr("sasaran"),
            wrap=True,
            add_text=self.tr("Tambah sasara&n"),
            defaults=lambda: {"goal_id": self.goals.current_id()},
        )
        split = QSplitter(Qt.Orientation.Horizontal, self)
        for title, table in (
            (self.tr("Misi"), self.missions),
            (self.tr("Tujuan (terkait misi)"), self.goals),
            (self.tr("Sasaran (terkait tujuan)"), self.objectives),
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(table)
            split.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addWidget(zoom.scrollable(top))
        lay.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the vision texts and the three lists."""
        plan = self.session.db.plan()
        for col, edit in (("vision", self.vision), ("vision_explanation", self.explanation)):
            value = plan.get(col) or ""
            if edit.toPlainText() != value and not (edit.hasFocus() and edit.document().isModified()):
                edit.setPlainText(value)
                edit.document().setModified(False)
        explanation = plan.get("vision_explanation") or ""
        self.explanation_view.setText(explanation)
        self.explanation_view.setVisible(bool(explanation))
        for t in (self.missions, self.goals, self.objectives):
            t.refresh()

    def _commit(self, col: str, edit: FocusOutText) -> None:
        if not edit.document().isModified():
            return
        edit.document().setModified(False)
        plan = self.session.db.plan()
        value = edit.toPlainText().strip() or None
        if plan.get(col) != value:
            self.session.run(self.tr("Ubah visi"), vision.set_text, col, value)

    def select_row(self, table: str, row_id: str) -> bool:
        tables = {"mission": self.missions, "goal": self.goals, "objective": self.objectives}
        return tables[table].select_id(row_id) if table in tables else table == "plan"

    def guidance_key(self) -> str:
        return "vision"
