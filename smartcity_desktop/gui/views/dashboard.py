# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's home view: counts and budget per dimension, budget per year, readiness radar, completeness."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import labels, zoom
from smartcity_desktop.gui.chart_widget import ChartWidget
from smartcity_desktop.gui.formats import format_int, format_rupiah, format_rupiah_short
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.messages import language
from smartcity_desktop.services import figures
from smartcity_desktop.services.reading.overview import RULE_TABLES

if TYPE_CHECKING:
    from smartcity_desktop.core import rules

log = logging.getLogger(__name__)


class ChartWorker(QThread):
    """Draws the dashboard charts (reportlab) and renders them to SVG off the GUI thread."""

    ready = Signal(int, object)  # generation, {name: (svg bytes, aspect)}

    def __init__(self, generation: int, charts: dict[str, tuple[str, dict[str, Any]]]) -> None:
        super().__init__()
        self.generation = generation
        self.charts = charts  # name -> (kind, data) exactly as the documents print them

    def run(self) -> None:
        try:
            from smartcity_desktop.gui.chart_widget import chart_drawing, drawing_to_svg
        except ImportError as e:
            log.info("charts not available yet: %s", e)
            self.ready.emit(self.generation, {})
            return
        out: dict[str, tuple[bytes, float]] = {}
        try:
            for name, (kind, data) in self.charts.items():
                drawing = chart_drawing(kind, data)
                out[name] = (drawing_to_svg(drawing), float(drawing.height) / float(drawing.width or 1))
        except Exception:
            log.exception("dashboard charts failed")
        self.ready.emit(self.generation, out)


class DashboardView(View):
    """Numbers first (they show at once), charts when the worker has drawn them."""

    tables = frozenset(figures.DASHBOARD_TABLES) | {"meeting"}
    open_place = Signal(str, object, object, object)
    defer_figures = False  # gui/app.py at launch: the first paint does not wait for the figures (issue 10)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._generation = 0
        self._workers: list[ChartWorker] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f4e79;")
        self.heading.setWordWrap(True)
        self.cards = QGridLayout()  # six in a row; three per row when zoomed for a projector
        self.card_frames: list[QFrame] = []
        self.card_labels: dict[str, QLabel] = {}
        for key, title in (
            ("programs", self.tr("Program")),
            ("quick_wins", labels.noun("quick_win")),
            ("indicators", self.tr("Indikator")),
            ("budget", self.tr("Total anggaran")),
            ("chapters", self.tr("Bab terisi")),
            ("feedback", self.tr("Masukan terbuka")),
        ):
            self.card_frames.append(self._card(key, title))
        self.zoom_changed_to(zoom.current)
        self.table = QTableWidget(0, 5)
        qw = labels.noun("quick_win")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dimensi"), self.tr("Program"), qw, self.tr("Indikator"), self.tr("Anggaran")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
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
        self.chart_titles = [
            QLabel(self.tr("Anggaran per dimensi")),
            QLabel(self.tr("Anggaran per tahun")),
            QLabel(self.tr("Kesiapan per dimensi")),
        ]
        for label in self.chart_titles:
            label.setStyleSheet("font-weight: bold;")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.figures: figures.Dashboard | None = None  # what the dashboard shows (tests read it)
        self.completeness_counts: dict[str, int] = {}  # group -> findings, as Kelengkapan lists them
        self.chart_note = QLabel(self.tr("Grafik sedang digambar..."))
        self.chart_note.setStyleSheet("color: #666;")
        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        self.completeness.setTextFormat(Qt.TextFormat.RichText)
        self.completeness_button = QPushButton(self.tr("Lihat &kelengkapan"))
        self.completeness_button.clicked.connect(lambda: self.open_place.emit("completeness", None, None, None))
        self._layout()

    def zoom_changed_to(self, zoom: float) -> None:
        """Lay the KPI cards out for the zoom: one row of six, or two rows of three from 150%."""
        big = zoom >= 1.5
        per_row = 3 if big else 6
        for i, frame in enumerate(self.card_frames):
            self.cards.removeWidget(frame)
            self.cards.addWidget(frame, i // per_row, i % per_row)
        grid = getattr(self, "_grid", None)
        if grid is None:  # still building
            return
        grid.removeWidget(self.table)  # zoomed: the table across, Kelengkapan below the charts
        grid.removeItem(self._done)
        grid.addWidget(self.table, 2, 0, 1, 3 if big else 2)
        if big:
            grid.addLayout(self._done, 5, 0, 1, 3)
        else:
            grid.addLayout(self._done, 2, 2)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # room now

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
        # 1366x705 shows it all: the table beside Kelengkapan, the three charts in one row below
        grid.addWidget(self.heading, 0, 0, 1, 3)
        grid.addLayout(self.cards, 1, 0, 1, 3)
        grid.addWidget(self.table, 2, 0, 1, 2)
        done = QVBoxLayout()
        title = QLabel(self.tr("Kelengkapan"))
        title.setStyleSheet("font-weight: bold;")
        done.addWidget(title)
        done.addWidget(self.completeness)
        done.addWidget(self.completeness_button, 0, Qt.AlignmentFlag.AlignLeft)
        done.addStretch(1)
        grid.addLayout(done, 2, 2)
        self._grid, self._done = grid, done
        self.zoom_changed_to(zoom.current)
        grid.addWidget(self.chart_note, 3, 0, 1, 3)
        for col, (title, chart) in enumerate(
            zip(self.chart_titles, (self.chart_dim, self.chart_year, self.chart_radar), strict=True)
        ):
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(chart, 1)
            grid.addLayout(box, 4, col)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(4, 1)
        for w in (self.chart_dim, self.chart_year, self.chart_radar):
            w.setMinimumHeight(200)
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
        self.heading.setText(  # "Kabupaten Lombok Timur" / "Lombok Timur Regency"
            self.tr("Masterplan Smart City {0}, {1}–{2}").format(
                labels.region(plan), plan.get("period_start", ""), plan.get("period_end", "")
            )
        )
        if DashboardView.defer_figures:
            return
        fig = self.figures = self.session.take(f"dashboard:{lang}") or figures.dashboard(  # (gui/app.py)
            db, lang, self.session.table_rows(figures.DASHBOARD_TABLES)
        )
        counts = fig.counts
        self.card_labels["programs"].setText(format_int(counts["programs"], lang))
        self.card_labels["quick_wins"].setText(format_int(counts["quick_wins"], lang))
        self.card_labels["indicators"].setText(format_int(counts["indicators"], lang))
        self.card_labels["budget"].setText(format_rupiah_short(fig.budget_total, lang))
        self.card_labels["budget"].setToolTip(format_rupiah(fig.budget_total, lang))
        self.card_labels["chapters"].setText(f"{counts['chapters_written']}/{counts['chapters']}")
        self.card_labels["feedback"].setText(format_int(counts["feedback_open"], lang))
        self._fill_table(fig.dimensions, lang)
        # what Kelengkapan lists, counted alike (read once per change: the same findings as its own)
        self._fill_completeness(self.session.findings(RULE_TABLES))
        self._start_charts(fig.charts)

    def _fill_table(self, dims: list[figures.DimensionLine], lang: str) -> None:
        self.table.setRowCount(len(dims))
        for r, d in enumerate(dims):
            cells = [
                d.name,
                format_int(d.programs, lang),
                format_int(d.quick_wins, lang),
                format_int(d.indicators, lang),
                format_rupiah(d.budget, lang),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.table.setItem(r, c, item)
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(dims))) + 4
        self.table.setFixedHeight(min(max(height, 80), 320))

    def _fill_completeness(self, findings: list[rules.Finding]) -> None:
        groups = {
            "program": self.tr("Program belum lengkap"),
            "quickwin": self.tr("Quick Win perlu diperiksa"),
            "chapter": self.tr("Bab masih kosong"),
            "dimension": self.tr("Dimensi belum lengkap"),
            "readiness": self.tr("Analisis kesiapan"),
            "institution": self.tr("Langkah kelembagaan"),
            "plan": self.tr("Visi dan misi"),
            "rules": self.tr("Aturan yang dilanggar"),
            "feedback": self.tr("Masukan terbuka"),
        }
        counts: dict[str, int] = {}
        for f in findings:
            counts[f.group] = counts.get(f.group, 0) + 1
        self.completeness_counts = counts
        if not findings:
            self.completeness.setText(self.tr("Tidak ada yang perlu dilengkapi."))
            return
        lines = [self.tr("{0} hal perlu dilengkapi:").format(len(findings))]
        lines += [f"• {groups.get(g, g)}: {n}" for g, n in counts.items()]
        self.completeness.setText("<br>".join(lines))

    def _start_charts(self, charts: dict[str, tuple[str, dict[str, Any]]]) -> None:
        self._generation += 1
        self._drop_chart_workers()
        worker = ChartWorker(self._generation, charts)
        worker.ready.connect(self._charts_ready)
        worker.finished.connect(self._drop_chart_workers)
        self._workers.append(worker)
        # start after the numbers are painted: the chart thread competes for the interpreter
        QTimer.singleShot(40, self, self._start_chart_worker)

    def _start_chart_worker(self) -> None:
        for w in self._workers:
            if w.generation == self._generation and not w.isRunning() and not w.isFinished():
                w.start()

    def _drop_chart_workers(self) -> None:
        """Delete the chart workers that ended or will never start (a newer drawing replaced theirs): a QThread
        left to Python's garbage collector was destroyed at a random moment of later work (CI, stop 17)."""
        keep = []
        for w in self._workers:
            if w.isRunning() or (not w.isFinished() and w.generation == self._generation):
                keep.append(w)
            else:
                w.deleteLater()
        self._workers = keep

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
        self._drop_chart_workers()

    def wait_for_charts(self, timeout_ms: int = 5000) -> None:
        """Block until chart workers finish (tests and screenshots)."""
        for w in list(self._workers):
            if w.isRunning():
                w.wait(timeout_ms)
