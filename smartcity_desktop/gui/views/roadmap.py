# SPDX-License-Identifier: GPL-3.0-or-later
"""The roadmap: a Gantt chart of programs by year, grouped by dimension, Quick Wins marked."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop import messages
from smartcity_desktop.core.figures import gantt_chart
from smartcity_desktop.gui import labels
from smartcity_desktop.gui.chart_widget import GanttChart
from smartcity_desktop.gui.formats import format_rupiah_short
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.services.figures import GANTT_TABLES
from smartcity_desktop.services.reading.profile import roadmap_programs

log = logging.getLogger(__name__)


class ProgramList(QTreeWidget):
    """The programs beside the chart; a program's tooltip (its name and budget) is made when the pointer rests on
    it, not for each of a large plan's 600 programs at every build (issue 10)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tips: dict[str, tuple[str, int]] = {}  # program id -> (name, budget)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            tip = self.tips.get(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None
            if tip is not None and self.header().logicalIndexAt(event.pos().x()) == 0:
                name, budget = tip
                text = f"{name} \u2014 {format_rupiah_short(budget, messages.language())}"
                QToolTip.showText(event.globalPos(), text, self.viewport())
                return True
        return super().viewportEvent(event)


class RoadmapView(View):
    """Programs over the plan period; filters by dimension and horizon; a list beside navigates to programs."""

    tables = frozenset({"program", "dimension", "plan", "quick_win", "program_budget"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.programs: list[dict[str, Any]] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.dimension_box = QComboBox(self)
        self.horizon_box = QComboBox(self)
        self.horizon_box.addItem(self.tr("Semua jangka waktu"), None)
        for code, text in labels.choices("horizon"):
            self.horizon_box.addItem(text, code)
        self.dimension_box.currentIndexChanged.connect(self._filters_changed)
        self.horizon_box.currentIndexChanged.connect(self._filters_changed)
        dim_label = QLabel(self.tr("&Dimensi:"), self)
        dim_label.setBuddy(self.dimension_box)
        hor_label = QLabel(self.tr("&Jangka:"), self)
        hor_label.setBuddy(self.horizon_box)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        for w in (dim_label, self.dimension_box, hor_label, self.horizon_box):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)

        self.chart = GanttChart()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.chart)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setStyleSheet("QScrollArea { background: white; }")

        self.list = ProgramList(self)
        self.list.setHeaderLabels([self.tr("Program"), self.tr("Tahun")])
        # the years are always read whole; the names take the rest (their full text is the tooltip)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # sized from font metrics over the distinct year texts (_fill_list): Qt's ResizeToContents measured
        # all 600 items at every layout (issue 10); all rows are one line (uniform heights: no per-row measure)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.list.setUniformRowHeights(True)
        self.list.setRootIsDecorated(True)
        self.list.setAccessibleName(self.tr("Daftar program roadmap"))
        self.list.itemActivated.connect(self._activated)
        self.list.setToolTip(self.tr("Klik dua kali (atau Enter) untuk membuka program"))

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.scroll_area)
        split.addWidget(self.list)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 260])
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split, 1)

    # -- reading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read programs and dimensions; the chart draws the lines on screen as it paints."""
        keep = self.dimension_box.currentData()
        self.dimension_box.blockSignals(True)
        self.dimension_box.clear()
        self.dimension_box.addItem(self.tr("Semua dimensi"), None)
        for d in self.session.db.rows("dimension"):
            self.dimension_box.addItem(d["name"], d["id"])
        self.dimension_box.setCurrentIndex(max(self.dimension_box.findData(keep), 0))
        self.dimension_box.blockSignals(False)
        self.programs = roadmap_programs(self.session.db, self.session.budget_totals())
        self._filters_changed()

    def shown_programs(self) -> list[dict[str, Any]]:
        """The programs passing the dimension and horizon filters."""
        dim, hor = self.dimension_box.currentData(), self.horizon_box.currentData()
        return [
            p
            for p in self.programs
            if (dim is None or p["dimension_id"] == dim)
            and (hor is None or p["horizon"] == hor or (hor == "quickwin" and p["is_quick_win"]))
        ]

    def _filters_changed(self) -> None:
        shown = self.shown_programs()
        self._fill_list(shown)
        plan = self.session.db.plan()
        first, last = int(plan.get("period_start") or 2018), int(plan.get("period_end") or 2027)
        qw = sum(1 for p in shown if p["is_quick_win"])
        self.summary.setText(
            self.tr("{0} program, {1} Quick Win, periode {2}\u2013{3}").format(len(shown), qw, first, last)
        )
        rows = self.session.table_rows(GANTT_TABLES)  # kept per table (the dashboard read them at launch)
        data = self.chart_data = gantt_chart(rows, messages.language(), {p["id"] for p in shown})
        self.drawn_size = self.chart.set_gantt(data)
        self._fit()

    def _fit(self) -> None:
        """Scale the chart to the scroll area's width: the whole plan period is seen without scrolling sideways
        (the rows scroll down)."""
        size = getattr(self, "drawn_size", None)
        if size:
            scale = max(0.5, (self.scroll_area.viewport().width() - 2) / size[0])
            self.chart.setFixedSize(int(size[0] * scale), int(size[1] * scale))

    def _fill_list(self, shown: list[dict[str, Any]]) -> None:
        self.list.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        texts = {""}
        self.list.tips = {}
        for p in shown:
            group = groups.get(p["dimension_id"])
            if group is None:
                group = QTreeWidgetItem(self.list, [p["dimension_name"], ""])
                group.setFirstColumnSpanned(False)
                f = group.font(0)
                f.setBold(True)
                group.setFont(0, f)
                groups[p["dimension_id"]] = group
            a, b = p["first_year"], p["last_year"]
            years = str(a or b or "") if not (a and b) or a == b else f"{a}\u2013{b}"
            texts.add(years)
            name = ("\u2605 " if p["is_quick_win"] else "") + p["name"]
            item = QTreeWidgetItem(group, [name, years])
            item.setData(0, Qt.ItemDataRole.UserRole, p["id"])
            self.list.tips[p["id"]] = (p["name"], int(p["budget"] or 0))
        self.list.expandAll()
        fm, head = self.list.fontMetrics(), self.list.header()
        title = head.fontMetrics().horizontalAdvance(self.list.headerItem().text(1))
        head.resizeSection(1, max(title, *(fm.horizontalAdvance(t) for t in texts)) + 2 * fm.horizontalAdvance("0") + 8)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        pid = item.data(0, Qt.ItemDataRole.UserRole)
        if pid:
            self.navigate.emit("programs", pid)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit)

    def select_row(self, table: str, row_id: str) -> bool:
        """Select a program in the list beside the chart."""
        if table != "program":
            return False
        for i in range(self.list.topLevelItemCount()):
            group = self.list.topLevelItem(i)
            for j in range(group.childCount() if group else 0):
                child = group.child(j) if group else None
                if child is not None and child.data(0, Qt.ItemDataRole.UserRole) == row_id:
                    self.list.setCurrentItem(child)
                    return True
        return False

    def guidance_key(self) -> str:
        return "roadmap"
