# SPDX-License-Identifier: GPL-3.0-or-later
"""Penilaian Quick Win: criteria with weights, a keyboard-driven scoring grid with dot votes per working group,
the ranked list (core.quickwin_scoring, the same ranking the documents print) and the impact-versus-effort
matrix drawn in Qt (``QuickWinMatrix``, reusable by presenter mode); "Jadikan Quick Win" chooses a candidate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIntValidator, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.quickwin_scoring import TOP, Ranked, quadrant, ranking
from smartcity_desktop.core.quickwin_scoring import quadrant_name as scoring_quadrant_name
from smartcity_desktop.gui import dialogs, labels, zoom
from smartcity_desktop.gui.form_widgets import fill_combo
from smartcity_desktop.gui.formats import format_number, parse_number
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.messages import language
from smartcity_desktop.services import figures
from smartcity_desktop.services.operations import workshop

ROLE = Qt.ItemDataRole.UserRole
TABLES = ("dimension", "program", "quick_win", "quick_win_criterion", "quick_win_score", "quick_win_vote", "work_group")
QUADRANT_COLORS = {"quick_win": "#E3F1E3", "major": "#FFF4DC", "fill_in": "#EEF2F7", "avoid": "#F9E6E4"}
SELECTED = "#E65100"
CHOSEN = ("chosen", "running", "done")  # quick_win statuses of a chosen Quick Win


def quadrant_name(code: str) -> str:
    """The quadrant's name as the documents print it, in the interface language."""
    return scoring_quadrant_name(code, language())


def short_name(name: str, limit: int = 18) -> str:
    """A dot's label: the part before a colon ("Si Pepadu"), else the first words up to ``limit`` characters."""
    head = name.split(":", 1)[0].strip() if ":" in name else name
    if len(head) <= limit:
        return head
    out = ""
    for word in head.split():
        if len(out) + len(word) + 1 > limit - 1:
            break
        out = f"{out} {word}".strip()
    return (out or head[: limit - 1]) + "\u2026"


def two_lines(text: str, limit: int = 12) -> str:
    """A long header split at the space nearest its middle (headers show "\\n" as a line break)."""
    if len(text) <= limit or " " not in text:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1 :]


class QuickWinMatrix(QWidget):
    """Impact (up) versus effort (right) of ranked candidates (``core.quickwin_scoring.Ranked``), drawn with
    QPainter: the four quadrants named as in the documents, a numbered dot (its rank) per scored candidate
    with its short name, chosen Quick Wins ringed in green, the selected one ringed in orange.

    Reusable (presenter mode): ``QuickWinMatrix(ranked)``; ``set_ranked`` and ``set_selected`` update it;
    ``picked(program_id)`` when a dot is clicked. Sizes follow the font and the projector zoom."""

    picked = Signal(str)
    follows_zoom = True  # gui/zoom.py asks for a new size hint when the zoom changes

    def __init__(
        self, ranked: list[Ranked] | None = None, colors: dict[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ranked: list[Ranked] = list(ranked or [])
        self.colors: dict[str, str] = dict(colors or {})
        self.selected: str | None = None
        self._dots: list[tuple[QPointF, float, str]] = []  # centre, radius, program id (for clicks)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self.setAccessibleName(self.tr("Matriks dampak dan upaya"))

    def set_ranked(self, ranked: list[Ranked], colors: dict[str, str] | None = None) -> None:
        self.ranked = list(ranked)
        if colors is not None:
            self.colors = dict(colors)
        self.update()

    def set_selected(self, program_id: str | None) -> None:
        if program_id != self.selected:
            self.selected = program_id
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(round(440 * zoom.current), round(330 * zoom.current))

    def placed(self) -> list[Ranked]:
        """The candidates with a dot (both an impact and an effort value)."""
        return [r for r in self.ranked if r.impact is not None and r.effort is not None]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        fm = self.fontMetrics()
        line = fm.height()
        left, top = line * 2.0, line * 0.6
        right, bottom = self.width() - line * 0.6, self.height() - line * 2.2
        if right - left < 40 or bottom - top < 40:
            return
        pad, high = line * 0.9, line * 1.5  # dots at 1 or 5 stay inside the frame and below the quadrant names

        def x_of(v: float) -> float:
            return left + pad + (v - 1) / (TOP - 1) * (right - left - 2 * pad)

        def y_of(v: float) -> float:
            return bottom - high - (v - 1) / (TOP - 1) * (bottom - top - 2 * high)

        mx, my = x_of((TOP + 1) / 2), y_of((TOP + 1) / 2)
        boxes = {
            "quick_win": QRectF(QPointF(left, top), QPointF(mx, my)),
            "major": QRectF(QPointF(mx, top), QPointF(right, my)),
            "fill_in": QRectF(QPointF(left, my), QPointF(mx, bottom)),
            "avoid": QRectF(QPointF(mx, my), QPointF(right, bottom)),
        }
        bold = QFont(self.font())
        bold.setBold(True)
        for code, box in boxes.items():
            p.fillRect(box, QColor(QUADRANT_COLORS[code]))
        p.setPen(QPen(QColor("#9AA5B1"), 1))
        p.drawRect(QRectF(QPointF(left, top), QPointF(right, bottom)))
        p.drawLine(QPointF(mx, top), QPointF(mx, bottom))
        p.drawLine(QPointF(left, my), QPointF(right, my))
        p.setFont(bold)
        p.setPen(QColor("#33475B"))
        names: list[QRectF] = []  # the quadrant names: dot labels keep off them
        for code, box in boxes.items():
            align = Qt.AlignmentFlag.AlignTop if code in ("quick_win", "major") else Qt.AlignmentFlag.AlignBottom
            align |= Qt.AlignmentFlag.AlignLeft if code in ("quick_win", "fill_in") else Qt.AlignmentFlag.AlignRight
            area = box.adjusted(5, 3, -5, -3)
            names.append(p.boundingRect(area, int(align), quadrant_name(code)))
            p.drawText(area, int(align), quadrant_name(code))
        p.setFont(self.font())
        p.setPen(QColor("#5F6B7A"))
        for v in range(1, int(TOP) + 1):
            p.drawText(QRectF(x_of(v) - line, bottom + 2, 2 * line, line), int(Qt.AlignmentFlag.AlignCenter), str(v))
            p.drawText(
                QRectF(left - line * 1.3, y_of(v) - line / 2, line, line), int(Qt.AlignmentFlag.AlignRight), str(v)
            )
        p.setPen(QColor("#1F2933"))
        effort, impact = (labels.label("quick_win_criterion.axis", a) for a in ("effort", "impact"))
        p.drawText(
            QRectF(left, bottom + line + 2, right - left, line), int(Qt.AlignmentFlag.AlignCenter), effort + " \u2192"
        )
        p.save()
        p.translate(line * 0.1, (top + bottom) / 2)
        p.rotate(-90)
        p.drawText(
            QRectF(-(bottom - top) / 2, 0, bottom - top, line), int(Qt.AlignmentFlag.AlignCenter), impact + " \u2192"
        )
        p.restore()
        self._dots = []
        radius = line * 0.55
        for r in self.placed():  # a dot on top of another moves right until it is free (the PDF does the same)
            centre = QPointF(x_of(float(r.effort or 0)), y_of(float(r.impact or 0)))
            while any((centre - c).manhattanLength() < radius * 2.2 for c, _r, _p in self._dots):
                centre += QPointF(radius * 2.2, 0)
            self._dots.append((centre, radius, r.program_id))
        by_id = {r.program_id: r for r in self.ranked}
        chosen_pen = QPen(QColor("#2E7D32"), 2.5)
        small = QFont(bold)
        small.setPointSizeF(max(6.0, bold.pointSizeF() * 0.8))
        for centre, _radius, pid in self._dots:
            r = by_id[pid]
            color = QColor(self.colors.get(r.dimension_id or "", "#607D8B"))
            if pid == self.selected:
                p.setPen(QPen(QColor(SELECTED), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(centre, radius + 4, radius + 4)
            p.setPen(chosen_pen if r.status in CHOSEN else QPen(QColor("#FFFFFF"), 1))
            p.setBrush(color)
            p.drawEllipse(centre, radius, radius)
            p.setPen(QColor("#FFFFFF") if color.lightness() < 150 else QColor("#000000"))
            p.setFont(small)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(r.rank))
        p.setBrush(Qt.BrushStyle.NoBrush)
        # labels: the selected one first, then by rank; each where it overlaps no dot, label or quadrant name
        frame = QRectF(QPointF(left, top), QPointF(right, bottom))
        used = names + [QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c, _r, _p in self._dots]
        for centre, _radius, pid in sorted(self._dots, key=lambda d: (d[2] != self.selected, by_id[d[2]].rank)):
            selected = pid == self.selected
            p.setFont(bold if selected else self.font())
            label = short_name(by_id[pid].name)
            width = p.fontMetrics().horizontalAdvance(label) + 4
            cx, cy = centre.x(), centre.y()
            spots = [
                QRectF(cx + radius + 3, cy - line / 2, width, line),
                QRectF(cx - radius - 3 - width, cy - line / 2, width, line),
                QRectF(cx - width / 2, cy - radius - line - 1, width, line),
                QRectF(cx - width / 2, cy + radius + 1, width, line),
            ]
            spot = next((b for b in spots if frame.contains(b) and not any(b.intersects(u) for u in used)), None)
            if spot is None:
                continue  # the rank in the dot and the ranked list still name it
            used.append(spot)
            p.setPen(QColor(SELECTED) if selected else QColor("#1F2933"))
            p.drawText(spot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        for centre, radius, pid in reversed(self._dots):
            if (pos - centre).manhattanLength() <= radius * 1.6:
                self.picked.emit(pid)
                return
        super().mousePressEvent(event)


class ScoreDelegate(QStyledItemDelegate):
    """Cells edited with a line edit taking digits only; Enter commits and moves on like Tab."""

    def __init__(self, top: Callable[[int], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.top = top  # column -> highest value allowed (5 for a score, 999 for votes)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:  # noqa: N802
        edit = QLineEdit(parent)
        edit.setValidator(QIntValidator(0, self.top(index.column()), edit))
        edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return edit

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class ScoreGrid(QTableWidget):
    """Candidates (rows) x criteria or working groups (columns, after the name). Typing a digit starts editing
    the cell; Tab or Enter commits and moves on; Delete clears the cell. ``top``: the highest value allowed."""

    cleared = Signal(int, int)

    def __init__(self, top: int, parent: QWidget | None = None) -> None:
        super().__init__(0, 1, parent)
        self.top = top
        self.setItemDelegate(ScoreDelegate(lambda _column: self.top, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(62)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.cleared.emit(self.currentRow(), self.currentColumn())
            return
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_on()
            return
        super().keyPressEvent(event)

    def move_on(self) -> None:
        """To the next cell (the next row's first value after the last column)."""
        row, col = self.currentRow(), self.currentColumn()
        if col + 1 < self.columnCount():
            self.setCurrentCell(row, col + 1)
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, 1)


class RankingTable(QTableWidget):
    """The ranked list: the program column takes the room the number columns leave (also when zoomed, where a
    stretched column would make every column as wide as its header)."""

    NAME = 1

    def fit(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.columnCount()) if c != self.NAME)
        header.resizeSection(self.NAME, max(120, self.viewport().width() - others))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()


class QuickWinScoringView(View):
    """The Quick Win selection board (see the module docstring)."""

    tables = frozenset(TABLES)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ranked: list[Ranked] = []
        self.criteria: list[dict[str, Any]] = []
        self.groups: list[dict[str, Any]] = []
        self.candidates: list[str] = []  # program ids in grid order
        self.program_id: str | None = None
        self._loading = False
        self._build()
        self.refresh()

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Penilaian Quick Win"))
        title.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f4e79;")
        hint = QLabel(
            self.tr(
                "Beri nilai 1-5 per kriteria (ketik angka, Tab atau Enter untuk lanjut) dan suara tiap kelompok;"
                " peringkat dan matriks ikut berubah."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        # scoring and voting grids
        self.grid = ScoreGrid(int(TOP))
        self.grid.setAccessibleName(self.tr("Nilai kandidat per kriteria"))
        self.votes_grid = ScoreGrid(999)
        self.votes_grid.setAccessibleName(self.tr("Suara kelompok kerja"))
        self.add_combo = QComboBox()
        self.add_combo.setAccessibleName(self.tr("Program yang akan dinilai"))
        self.add_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(18)
        self.add_button = QPushButton(self.tr("Tambah &kandidat"))
        srow = QHBoxLayout()
        srow.addWidget(self.add_combo, 1)
        srow.addWidget(self.add_button)
        # criteria
        self.criteria_table = QTableWidget(0, 4)
        self.criteria_table.setAccessibleName(self.tr("Kriteria penilaian"))
        self.criteria_table.setHorizontalHeaderLabels(
            [self.tr("Kriteria"), self.tr("Bobot (%)"), self.tr("Sumbu"), self.tr("Makin tinggi\nmakin baik")]
        )
        self.criteria_table.verticalHeader().hide()
        self.criteria_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteria_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.criteria_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in ((1, 80), (2, 90), (3, 110)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, width)
        self.weight_sum = QLabel()
        self.weight_sum.setWordWrap(True)
        self.add_criterion_button = QPushButton(self.tr("Tambah k&riteria"))
        self.delete_criterion_button = QPushButton(self.tr("Hapus kriteria"))
        self.default_button = QPushButton(self.tr("Kriteria ba&waan"))
        self.default_button.setToolTip(self.tr("Dampak, urgensi, biaya dan kelayakan (bila belum ada kriteria)"))
        crit = QWidget()
        clay = QVBoxLayout(crit)
        clay.addWidget(self.criteria_table, 1)
        clay.addWidget(self.weight_sum)
        crow = QHBoxLayout()
        for b in (self.add_criterion_button, self.delete_criterion_button, self.default_button):
            crow.addWidget(b)
        crow.addStretch(1)
        clay.addLayout(crow)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, self.tr("&Nilai"))
        self.tabs.addTab(self.votes_grid, self.tr("&Suara kelompok"))
        self.tabs.addTab(crit, self.tr("Kriteria"))
        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addWidget(self.tabs, 1)
        llay.addLayout(srow)
        # ranking and matrix
        self.ranking_table = RankingTable(0, 5)
        self.ranking_table.setAccessibleName(self.tr("Peringkat kandidat"))
        self.ranking_table.setHorizontalHeaderLabels(
            [self.tr("No"), self.tr("Program"), self.tr("Skor"), self.tr("Suara"), self.tr("Kuadran")]
        )
        self.ranking_table.verticalHeader().hide()
        self.ranking_table.setWordWrap(False)
        self.ranking_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranking_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rh = self.ranking_table.horizontalHeader()
        rh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        for c in (0, 2, 3, 4):
            rh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.matrix = QuickWinMatrix()
        self.choose_button = QPushButton(self.tr("&Jadikan Quick Win"))
        self.choose_button.setToolTip(self.tr("Kandidat terpilih menjadi Quick Win (bisa dibatalkan dengan Ctrl+Z)"))
        self.chosen_note = QLabel()
        self.chosen_note.setWordWrap(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.ranking_table)
        bottom = QWidget()
        blay = QVBoxLayout(bottom)
        blay.setContentsMargins(0, 0, 0, 0)
        blay.addWidget(self.matrix, 1)
        brow = QHBoxLayout()
        brow.addWidget(self.chosen_note, 1)
        brow.addWidget(self.choose_button)
        blay.addLayout(brow)
        right.addWidget(bottom)
        right.setSizes([220, 330])
        right.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([520, 480])
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(hint)
        lay.addWidget(split, 1)
        # wiring
        for grid in (self.grid, self.votes_grid):
            grid.itemChanged.connect(self._grid_changed)
            grid.cleared.connect(lambda row, col, g=grid: self._clear_cell(g, row, col))
            grid.currentCellChanged.connect(lambda row, *_, g=grid: self._select_row(row, g))
        self.ranking_table.currentCellChanged.connect(lambda row, *_: self._select_row(row, self.ranking_table))
        self.matrix.picked.connect(self.select_program)
        self.add_button.clicked.connect(lambda: self.add_candidate())
        self.criteria_table.itemChanged.connect(self._criterion_changed)
        self.add_criterion_button.clicked.connect(lambda: self.add_criterion())
        self.delete_criterion_button.clicked.connect(lambda: self.delete_criterion())
        self.default_button.clicked.connect(lambda: self.default_criteria())
        self.choose_button.clicked.connect(lambda: self.choose())

    # -- View API -------------------------------------------------------------
    def guidance_key(self) -> str:
        return "quickwin"

    def feedback_target(self) -> tuple[str, str] | None:
        return ("program", self.program_id) if self.program_id else None

    def select_row(self, table: str, row_id: str) -> bool:
        if table == "program" and row_id in self.candidates:
            self.select_program(row_id)
            return True
        return False

    def refresh(self) -> None:
        rows = cast("dict[str, list[dict[str, Any]]]", figures.read_rows(self.session.db, TABLES))
        self.criteria = list(rows.get("quick_win_criterion") or [])
        self.groups = sorted(rows.get("work_group") or [], key=lambda g: (g.get("sort_key") or 0, g["name"]))
        self.ranked = ranking(rows)
        colors = {d["id"]: d.get("color") or "#607D8B" for d in rows.get("dimension") or []}
        votes: dict[tuple[str, str], int] = {
            (v["program_id"], v["group_id"]): int(v["votes"] or 0) for v in rows.get("quick_win_vote") or []
        }
        by_id = {r.program_id: r for r in self.ranked}
        dims = {d["id"]: i for i, d in enumerate(rows.get("dimension") or [])}
        programs = {p["id"]: p for p in rows.get("program") or []}
        order = sorted(
            by_id,
            key=lambda pid: (
                dims.get(programs[pid].get("dimension_id") or "", 99),
                programs[pid].get("sort_key") or 0,
                programs[pid]["name"].casefold(),
            ),
        )
        self._loading = True
        try:
            self._fill_criteria()
            self._fill_grids(order, by_id, votes)
            self._fill_ranking()
            fill_combo(
                self.add_combo,
                [
                    (p["id"], p["name"])
                    for p in sorted(programs.values(), key=lambda p: p["name"].casefold())
                    if p["id"] not in by_id
                ],
                None,
            )
            self.add_button.setEnabled(self.add_combo.count() > 0)
        finally:
            self._loading = False
        self.matrix.set_ranked(self.ranked, colors)
        if self.program_id not in by_id:
            self.program_id = self.ranked[0].program_id if self.ranked else None
        self._show_selected()

    # -- filling --------------------------------------------------------------
    def _fill_criteria(self) -> None:
        t = self.criteria_table
        t.setRowCount(len(self.criteria))
        for i, c in enumerate(self.criteria):
            name = QTableWidgetItem(c["name"])
            name.setToolTip(c.get("description") or "")
            weight = QTableWidgetItem(format_number(float(c["weight"] or 0)))
            weight.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            better = QTableWidgetItem(self.tr("ya") if c["higher_is_better"] else self.tr("tidak"))
            better.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            better.setCheckState(Qt.CheckState.Checked if c["higher_is_better"] else Qt.CheckState.Unchecked)
            for col, it in ((0, name), (1, weight), (3, better)):
                it.setData(ROLE, c["id"])
                t.setItem(i, col, it)
            axis = t.cellWidget(i, 2)
            if not isinstance(axis, QComboBox):
                axis = QComboBox()
                axis.setAccessibleName(self.tr("Sumbu matriks"))
                axis.activated.connect(lambda _i, box=axis: self._axis_changed(box))
                t.setCellWidget(i, 2, axis)
            axis.setProperty("criterion", c["id"])
            fill_combo(axis, labels.choices("quick_win_criterion.axis"), c["axis"])
        total = sum(float(c["weight"] or 0) for c in self.criteria)
        text = self.tr("Jumlah bobot: %1%").replace("%1", format_number(total))
        if self.criteria and abs(total - 100) > 0.01:
            text += " " + self.tr("(skor dihitung menurut perbandingan bobot)")
        self.weight_sum.setText(text)
        self.default_button.setEnabled(not self.criteria)
        self.delete_criterion_button.setEnabled(bool(self.criteria))

    def _fill_grids(self, order: list[str], by_id: dict[str, Ranked], votes: dict[tuple[str, str], int]) -> None:
        self.candidates = order
        tips = [c.get("description") or c["name"] for c in self.criteria]
        heads = [two_lines(c["name"]) for c in self.criteria]
        self._fill_grid(
            self.grid,
            heads,
            tips,
            lambda r: [str(r.scores[c["id"]]) if c["id"] in r.scores else "" for c in self.criteria],
            by_id,
        )
        heads = [two_lines(g["name"].removeprefix("Kelompok ").strip() or g["name"]) for g in self.groups]
        tips = [self.tr("Suara %1").replace("%1", g["name"]) for g in self.groups]
        self._fill_grid(
            self.votes_grid,
            heads,
            tips,
            lambda r: [str(votes.get((r.program_id, g["id"]), 0) or "") for g in self.groups],
            by_id,
        )

    def _fill_grid(
        self,
        g: ScoreGrid,
        heads: list[str],
        tips: list[str],
        values: Callable[[Ranked], list[str]],
        by_id: dict[str, Ranked],
    ) -> None:
        """Candidate names then ``values`` per candidate; cells are updated in place when rows and columns stay
        (an open editor and the current cell survive the refresh that follows each edit)."""
        heads = [self.tr("Program"), *heads]
        shape = (tuple(self.candidates), tuple(heads))
        if g.property("shape") != shape:
            g.clear()
            g.setColumnCount(len(heads))
            g.setRowCount(len(self.candidates))
            g.setHorizontalHeaderLabels(heads)
            for col, tip in enumerate(tips, 1):
                head = g.horizontalHeaderItem(col)
                if head is not None:
                    head.setToolTip(tip)
            g.horizontalHeader().resizeSection(0, 175)
            g.setProperty("shape", shape)
        for row, pid in enumerate(self.candidates):
            r = by_id[pid]
            name = ("\u2605 " if r.status in CHOSEN else "") + short_name(r.name, 26)
            for col, value in enumerate([name, *values(r)]):
                it = g.item(row, col)
                if it is None:
                    it = QTableWidgetItem()
                    if col == 0:
                        it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                        it.setToolTip(r.name)
                    else:
                        it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    it.setData(ROLE, pid)
                    g.setItem(row, col, it)
                if it.text() != value:
                    it.setText(value)

    def _fill_ranking(self) -> None:
        t = self.ranking_table
        t.setRowCount(len(self.ranked))
        for i, r in enumerate(self.ranked):
            chosen = r.status in CHOSEN
            score = format_number(r.weighted, 2) if r.weighted is not None else "\u2013"
            quad = quadrant_name(quadrant(r.impact, r.effort))
            name = ("\u2605 " if chosen else "") + r.name
            for c, value in enumerate((str(r.rank), name, score, str(r.votes), quad)):
                it = QTableWidgetItem(value)
                it.setData(ROLE, r.program_id)
                if c in (0, 2, 3):
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if chosen:
                    it.setForeground(QColor("#2E7D32"))
                if c == 1:
                    it.setToolTip(
                        r.name + (" \u2014 " + labels.label("quick_win_status", r.status) if r.status else "")
                    )
                t.setItem(i, c, it)
        t.fit()

    # -- selection ------------------------------------------------------------
    def current(self) -> Ranked | None:
        return next((r for r in self.ranked if r.program_id == self.program_id), None)

    def _select_row(self, row: int, table: QTableWidget) -> None:
        if self._loading:
            return
        it = table.item(row, 0)
        if it is not None:
            self.program_id = it.data(ROLE)
            self._show_selected(keep=table)

    def select_program(self, program_id: str) -> None:
        self.program_id = program_id
        self._show_selected()

    def _show_selected(self, keep: QTableWidget | None = None) -> None:
        pid = self.program_id
        self._loading = True
        try:
            for grid in (self.grid, self.votes_grid):
                if keep is not grid and pid in self.candidates:
                    grid.setCurrentCell(self.candidates.index(pid), max(grid.currentColumn(), 0))
            if keep is not self.ranking_table:
                row = next((i for i, r in enumerate(self.ranked) if r.program_id == pid), -1)
                if row >= 0:
                    self.ranking_table.setCurrentCell(row, 1)
                else:
                    self.ranking_table.clearSelection()
        finally:
            self._loading = False
        self.matrix.set_selected(pid)
        r = self.current()
        chosen = r is not None and r.status in CHOSEN
        self.choose_button.setEnabled(r is not None and not chosen)
        if r is None:
            self.chosen_note.setText(self.tr("Belum ada kandidat: tambahkan program untuk dinilai."))
        elif chosen:
            self.chosen_note.setText(
                self.tr("\u2605 %1 sudah menjadi Quick Win.").replace("%1", short_name(r.name, 40))
            )
        else:
            self.chosen_note.setText(
                self.tr("Terpilih: %1 (peringkat %2)").replace("%1", short_name(r.name, 40)).replace("%2", str(r.rank))
            )

    # -- edits -----------------------------------------------------------------
    def _grid_changed(self, item: QTableWidgetItem) -> None:
        grid = item.tableWidget()
        if self._loading or item.column() == 0 or not isinstance(grid, ScoreGrid):
            return
        text = item.text().strip()
        value = int(text) if text.isdigit() else None
        if text and (value is None or not 0 <= value <= grid.top or (grid is self.grid and value == 0)):
            self.session.failed.emit(self.tr("Nilai ditulis sebagai angka 1 sampai 5."))
            self.refresh()
            return
        self._set_cell(grid, item.row(), item.column(), value)

    def _clear_cell(self, grid: ScoreGrid, row: int, col: int) -> None:
        self._set_cell(grid, row, col, None)

    def _set_cell(self, grid: ScoreGrid, row: int, col: int, value: int | None) -> None:
        if not 0 <= row < len(self.candidates) or col < 1:
            return
        pid = self.candidates[row]
        if grid is self.grid and col <= len(self.criteria):
            self.score(pid, self.criteria[col - 1]["id"], value)
        elif grid is self.votes_grid and col <= len(self.groups):
            self.set_votes(pid, self.groups[col - 1]["id"], value or 0)

    def score(self, program_id: str, criterion_id: str, value: int | None) -> bool:
        r = next((x for x in self.ranked if x.program_id == program_id), None)
        if r is not None and r.scores.get(criterion_id) == value:
            return False
        ok = self.session.run(
            self.tr("Nilai kandidat Quick Win"), workshop.score_candidate, program_id, {criterion_id: value}
        )
        if not ok:
            self.refresh()
        return ok

    def set_votes(self, program_id: str, group_id: str, votes: int) -> bool:
        ok = self.session.run(self.tr("Suara kelompok"), workshop.set_votes, program_id, group_id, votes)
        if not ok:
            self.refresh()
        return ok

    def add_candidate(self, program_id: str | None = None) -> bool:
        pid = program_id or self.add_combo.currentData()
        if not pid:
            return False
        self.program_id = pid
        return self.session.run(self.tr("Tambah kandidat Quick Win"), workshop.score_candidate, pid, {})

    def choose(self) -> bool:
        r = self.current()
        if r is None:
            return False
        return self.session.run(self.tr("Jadikan Quick Win"), workshop.choose_quick_win, r.program_id)

    def _criterion_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        cid = item.data(ROLE)
        col = item.column()
        if col == 0:
            name = item.text().strip()
            if name:
                self.session.run(self.tr("Ubah kriteria"), workshop.update_criterion, cid, name=name)
            else:
                self.refresh()
        elif col == 1:
            try:
                weight = parse_number(item.text())
            except ValueError:
                weight = None
            if weight is None:
                self.session.failed.emit(self.tr("Bobot ditulis sebagai angka 0 sampai 100."))
                self.refresh()
                return
            self.set_weight(cid, weight)
        elif col == 3:
            better = item.checkState() == Qt.CheckState.Checked
            self.session.run(self.tr("Ubah kriteria"), workshop.update_criterion, cid, higher_is_better=better)

    def set_weight(self, criterion_id: str, weight: float) -> bool:
        ok = self.session.run(self.tr("Ubah bobot kriteria"), workshop.update_criterion, criterion_id, weight=weight)
        if not ok:
            self.refresh()
        return ok

    def _axis_changed(self, box: QComboBox) -> None:
        if not self._loading:
            cid = box.property("criterion")
            self.session.run(self.tr("Ubah kriteria"), workshop.update_criterion, cid, axis=box.currentData())

    def add_criterion(self) -> str | None:
        new = self.session.add(self.tr("Tambah kriteria"), workshop.add_criterion, self.tr("Kriteria baru"), 10)
        if new:
            self.tabs.setCurrentIndex(1)
            row = next((i for i, c in enumerate(self.criteria) if c["id"] == new), -1)
            if row >= 0:
                self.criteria_table.setCurrentCell(row, 0)
        return new

    def delete_criterion(self) -> bool:
        item = self.criteria_table.item(self.criteria_table.currentRow(), 0)
        if item is None:
            return False
        text = self.tr("Hapus kriteria \u201c%1\u201d beserta semua nilainya?").replace("%1", item.text())
        if not dialogs.confirm(self, text, self.tr("Hapus kriteria")):
            return False
        return self.session.run(self.tr("Hapus kriteria"), workshop.delete_criterion, item.data(ROLE))

    def default_criteria(self) -> list[str] | None:
        return self.session.add(self.tr("Kriteria bawaan"), workshop.default_criteria)
