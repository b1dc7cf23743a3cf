# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's home view: counts and budget per dimension, budget per year, readiness radar, completeness."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core import rules
from smartcity_desktop.core.formats import format_int, format_rupiah, format_rupiah_short
from smartcity_desktop.gui.chart_widget import ChartWidget
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.messages import language
from smartcity_desktop.services.reading import overview as q

log = logging.getLogger(__name__)

PALETTE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB")
COMPONENT_COLORS = ("#4477AA", "#EE6677", "#228833", "#CCBB44")


class ChartWorker(QThread):
    """Draws the dashboard charts (reportlab) and renders them to SVG off the GUI thread."""

    ready = Signal(int, object)  # generation, {name: (svg bytes, aspect)}

    def __init__(self, generation: int, data: dict[str, Any], titles: dict[str, str], lang: str) -> None:
        super().__init__()
        self.generation = generation
        self.data = data
        self.titles = titles
        self.lang = lang

    def run(self) -> None:
        try:
            from smartcity_desktop.exports import charts
            from smartcity_desktop.gui.chart_widget import drawing_to_svg
        except ImportError as e:
            log.info("charts not available yet: %s", e)
            self.ready.emit(self.generation, {})
            return
        out: dict[str, tuple[bytes, float]] = {}
        d = self.data
        money = lambda v: format_rupiah_short(int(v), self.lang)  # noqa: E731
        try:
            drawings = {
                "by_dimension": charts.bar_chart(
                    d["dim_names"],
                    [(self.titles["budget"], d["dim_budget"], PALETTE[0])],
                    width=420,
                    height=250,
                    value_format=money,
                    title=self.titles["by_dimension"],
                ),
                "by_year": charts.bar_chart(
                    [str(y) for y in d["years"]],
                    [(name, values, color) for name, values, color in d["year_series"]],
                    width=420,
                    height=250,
                    value_format=money,
                    stacked=True,
                    title=self.titles["by_year"],
                ),
                "radar": charts.radar_chart(d["dim_names"], d["radar"], width=380, height=300),
            }
            for name, drawing in drawings.items():
                out[name] = (drawing_to_svg(drawing), float(drawing.height) / float(drawing.width or 1))
        except Exception:
            log.exception("dashboard charts failed")
        self.ready.emit(self.generation, out)


class DashboardView(View):
    """Numbers first (they show at once), charts when the worker has drawn them."""

    tables = frozenset(q.RULE_TABLES) | {"readiness_score", "feedback", "meeting"}
    open_place = Signal(str, object, object, object)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._generation = 0
        self._workers: list[ChartWorker] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f4e79;")
        self.heading.setWordWrap(True)
        self.cards = QHBoxLayout()
        self.card_labels: dict[str, QLabel] = {}
        for key, title in (
            ("programs", self.tr("Program")),
            ("quick_wins", self.tr("Quick Win")),
            ("indicators", self.tr("Indikator")),
            ("budget", self.tr("Total anggaran")),
            ("chapters", self.tr("Bab terisi")),
            ("feedback", self.tr("Masukan terbuka")),
        ):
            self.cards.addWidget(self._card(key, title))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dimensi"), self.tr("Program"), self.tr("Quick Win"), self.tr("Indikator"), self.tr("Anggaran")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Ringkasan per dimensi"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 5):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(self._open_dimension)
        self.table.cellDoubleClicked.connect(self._open_dimension)
        self.chart_dim = ChartWidget()
        self.chart_year = ChartWidget()
        self.chart_radar = ChartWidget()
        self.chart_note = QLabel(self.tr("Grafik sedang digambar..."))
        self.chart_note.setStyleSheet("color: #666;")
        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        self.completeness.setTextFormat(Qt.TextFormat.RichText)
        self.completeness_button = QPushButton(self.tr("Lihat &kelengkapan"))
        self.completeness_button.clicked.connect(lambda: self.open_place.emit("completeness", None, None, None))
        self._layout()

    def _card(self, key: str, title: str) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame { background: #f4f7fb; border-radius: 4px; }")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(10, 6, 10, 6)
        value = QLabel("–")
        value.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f4e79; background: transparent;")
        caption = QLabel(title)
        caption.setStyleSheet("color: #444; background: transparent;")
        lay.addWidget(value)
        lay.addWidget(caption)
        self.card_labels[key] = value
        return frame

    def _layout(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addLayout(self.cards, 1, 0, 1, 2)
        grid.addWidget(self.table, 2, 0, 1, 2)
        done = QVBoxLayout()
        title = QLabel(self.tr("Kelengkapan"))
        title.setStyleSheet("font-weight: bold;")
        done.addWidget(title)
        done.addWidget(self.completeness)
        done.addWidget(self.completeness_button, 0, Qt.AlignmentFlag.AlignLeft)
        done.addStretch(1)
        grid.addWidget(self.chart_note, 3, 0, 1, 2)
        grid.addWidget(self.chart_dim, 4, 0)
        grid.addWidget(self.chart_year, 4, 1)
        grid.addWidget(self.chart_radar, 5, 0)
        grid.addLayout(done, 5, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for w in (self.chart_dim, self.chart_year, self.chart_radar):
            w.setMinimumHeight(220)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- data -------------------------------------------------------------------------
    def guidance_key(self) -> str:
        return ""

    def refresh(self) -> None:
        db, lang = self.session.db, language()
        plan = db.plan()
        kind = {"kabupaten": self.tr("Kabupaten"), "kota": self.tr("Kota")}.get(plan.get("region_type") or "", "")
        self.heading.setText(
            self.tr("Masterplan Smart City {0} {1}, {2}–{3}").format(
                kind, plan.get("region_name", ""), plan.get("period_start", ""), plan.get("period_end", "")
            )
        )
        totals = q.totals(db)
        self.card_labels["programs"].setText(format_int(totals["programs"], lang))
        self.card_labels["quick_wins"].setText(format_int(totals["quick_wins"], lang))
        self.card_labels["indicators"].setText(format_int(totals["indicators"], lang))
        self.card_labels["budget"].setText(format_rupiah_short(totals["budget"], lang))
        self.card_labels["budget"].setToolTip(format_rupiah(totals["budget"], lang))
        self.card_labels["chapters"].setText(f"{totals['chapters_written']}/{totals['chapters']}")
        self.card_labels["feedback"].setText(format_int(totals["feedback_open"], lang))
        dims = q.dimension_summary(db)
        self._fill_table(dims, lang)
        self._fill_completeness(rules.check_plan(q.rule_rows(db)))
        self._start_charts(plan, dims, lang)

    def _fill_table(self, dims: list[dict[str, Any]], lang: str) -> None:
        self.table.setRowCount(len(dims))
        for r, d in enumerate(dims):
            cells = [
                d["name"],
                format_int(d["programs"], lang),
                format_int(d["quick_wins"], lang),
                format_int(d["indicators"], lang),
                format_rupiah(d["budget"], lang),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, d["id"])
                self.table.setItem(r, c, item)
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(dims))) + 4
        self.table.setFixedHeight(min(max(height, 80), 320))

    def _fill_completeness(self, findings: list[rules.Finding]) -> None:
        groups = {
            "program": self.tr("Program belum lengkap"),
            "quickwin": self.tr("Quick Win perlu diperiksa"),
            "chapter": self.tr("Bab masih kosong"),
            "dimension": self.tr("Dimensi tanpa program"),
            "institution": self.tr("Langkah kelembagaan"),
            "plan": self.tr("Visi dan misi"),
        }
        counts: dict[str, int] = {}
        for f in findings:
            counts[f.group] = counts.get(f.group, 0) + 1
        if not findings:
            self.completeness.setText(self.tr("Tidak ada yang perlu dilengkapi."))
            return
        lines = [self.tr("{0} hal perlu dilengkapi:").format(len(findings))]
        lines += [f"• {groups[g]}: {n}" for g, n in counts.items()]
        self.completeness.setText("<br>".join(lines))

    def _start_charts(self, plan: dict[str, Any], dims: list[dict[str, Any]], lang: str) -> None:
        db = self.session.db
        first, last = int(plan.get("period_start") or 0), int(plan.get("period_end") or 0)
        years = list(range(first, last + 1)) if first and last >= first else []
        per_year = q.budget_by_dimension_year(db)
        colors = [d.get("color") or PALETTE[i % len(PALETTE)] for i, d in enumerate(dims)]
        readiness = q.readiness_averages(db)
        data = {
            "dim_names": [d["name"] for d in dims],
            "dim_budget": [int(d["budget"]) for d in dims],
            "years": years,
            "year_series": [
                (d["name"], [per_year.get(d["id"], {}).get(y, 0) for y in years], colors[i]) for i, d in enumerate(dims)
            ],
            "radar": [
                (c["name"], [c["scores"].get(d["id"], 0.0) for d in dims], COMPONENT_COLORS[i % 4])
                for i, c in enumerate(readiness)
            ],
        }
        titles = {
            "budget": self.tr("Anggaran"),
            "by_dimension": self.tr("Anggaran per dimensi"),
            "by_year": self.tr("Anggaran per tahun"),
        }
        self._generation += 1
        worker = ChartWorker(self._generation, data, titles, lang)
        worker.ready.connect(self._charts_ready)
        worker.finished.connect(lambda w=worker: self._workers.remove(w) if w in self._workers else None)
        self._workers = [w for w in self._workers if w.isRunning()] + [worker]
        # start after the numbers are painted: the chart thread competes for the interpreter
        QTimer.singleShot(40, lambda w=worker: w.start() if w.generation == self._generation else None)

    def _charts_ready(self, generation: int, svgs: dict[str, tuple[bytes, float]]) -> None:
        if generation != self._generation:
            return
        if not svgs:
            self.chart_note.setText(self.tr("Grafik belum tersedia."))
            return
        self.chart_note.setText(self.tr("Anggaran dan kesiapan (grafik sama dengan di PDF)"))
        for name, widget in (
            ("by_dimension", self.chart_dim),
            ("by_year", self.chart_year),
            ("radar", self.chart_radar),
        ):
            if name in svgs:
                svg, aspect = svgs[name]
                widget.set_svg(svg)
                widget._aspect = aspect  # the drawing was rendered off-thread; keep its proportions
                widget.updateGeometry()

    def _open_dimension(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            dim = item.data(Qt.ItemDataRole.UserRole)
            self.open_place.emit("dimension", dim, "dimension", dim)

    def shutdown(self) -> None:
        """The window closes: let running chart workers end first."""
        self._generation += 1
        self.wait_for_charts()

    def wait_for_charts(self, timeout_ms: int = 5000) -> None:
        """Block until chart workers finish (tests and screenshots)."""
        for w in list(self._workers):
            if w.isRunning():
                w.wait(timeout_ms)
