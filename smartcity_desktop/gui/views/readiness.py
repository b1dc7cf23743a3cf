# SPDX-License-Identifier: GPL-3.0-or-later
"""The readiness analysis: scores 1-5 per readiness element and dimension, SWOT per cell, radar chart."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop import messages
from smartcity_desktop.gui import zoom
from smartcity_desktop.gui.chart_widget import ChartWidget, fonts_ready
from smartcity_desktop.gui.feedback import add_feedback_action  # ws-feedback
from smartcity_desktop.gui.formats import format_number
from smartcity_desktop.gui.layouts import splitter
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.resources import load_json, text
from smartcity_desktop.services import figures
from smartcity_desktop.services.operations import readiness
from smartcity_desktop.services.reading.profile import readiness_grid

log = logging.getLogger(__name__)

SWOT = ("strengths", "weaknesses", "opportunities", "threats", "notes")
SCORE_COLORS = {1: "#f4cccc", 2: "#fce5cd", 3: "#fff2cc", 4: "#d9ead3", 5: "#b6d7a8"}
ROLE_CELL = Qt.ItemDataRole.UserRole + 1  # (element_id, dimension_id) of a score cell


def scale() -> list[tuple[int, str, str]]:
    """(score, label, description) of the 1-5 scale in the current language."""
    lang = messages.language()
    data = load_json("templates", "readiness.json")
    return [(s["score"], text(s["label"], lang), text(s["description"], lang)) for s in data["scale"]]


class FocusOutText(QPlainTextEdit):
    """A multi-line text field that says when the user leaves it (to commit once, not per keystroke)."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.editing_finished.emit()
        super().focusOutEvent(event)


class ScoreDelegate(QStyledItemDelegate):
    """A combo box with the scale's labels (and an empty choice) for score cells."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        box.addItem("\u2014", None)
        for score, label, desc in scale():
            box.addItem(f"{score} \u2013 {label}", score)
            box.setItemData(box.count() - 1, desc, Qt.ItemDataRole.ToolTipRole)
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or None), 0))
        editor.showPopup()

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReadinessView(View):
    """A grid of elements (rows, grouped by component) x dimensions (columns); SWOT of the selected cell."""

    tables = frozenset({"readiness_score", "readiness_element", "readiness_component", "dimension"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.elements: list[dict[str, Any]] = []
        self.dims: list[dict[str, Any]] = []
        self.scores: dict[tuple[str, str], dict[str, Any]] = {}
        self._filling = False
        self._radar: dict[str, Any] | None = None  # data of a radar not drawn yet
        self._drawing: Any = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.grid = QTableWidget(self)
        self.grid.setItemDelegate(ScoreDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setTabKeyNavigation(False)
        self.grid.setAccessibleName(self.tr("Skor kesiapan"))
        self.grid.itemChanged.connect(self._item_changed)
        self.grid.currentCellChanged.connect(lambda *_: self._show_cell())
        self.grid.installEventFilter(self)
        add_feedback_action(self.grid, self.session, self.feedback_target)  # ws-feedback

        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setText(
            self.tr("Skala: ")
            + "  \u00b7  ".join(f"<b>{s}</b> {label}" for s, label, _d in scale())
            + self.tr("  \u2014 ketik 1-5 pada sel, Delete untuk mengosongkan")
        )
        self.legend.setToolTip("\n".join(f"{s} {label}: {d}" for s, label, d in scale()))

        self.cell_box = QGroupBox(self.tr("Analisis SWOT sel terpilih"), self)
        form = QGridLayout(self.cell_box)
        form.setVerticalSpacing(2)
        self.cell_label = QLabel(self)
        self.cell_label.setWordWrap(True)
        form.addWidget(self.cell_label, 0, 0, 1, 2)
        names = (
            self.tr("&Kekuatan"),
            self.tr("Kelema&han"),
            self.tr("&Peluang"),
            self.tr("Ancama&n"),
            self.tr("Ca&tatan"),
        )
        self.swot: dict[str, FocusOutText] = {}
        for i, (col, name) in enumerate(zip(SWOT, names, strict=True)):
            edit = FocusOutText(self.cell_box)
            edit.setMinimumHeight(44)
            edit.editing_finished.connect(lambda c=col: self._commit_swot(c))
            label = QLabel(name, self.cell_box)
            label.setBuddy(edit)
            row, column = 1 + 2 * (i // 2), i % 2
            span = 2 if col == "notes" else 1
            form.addWidget(label, row, column, 1, span)
            form.addWidget(edit, row + 1, column, 1, span)
            self.swot[col] = edit

        self.chart = ChartWidget(self)
        self.chart.setMinimumSize(300, 250)

        # The grid takes the full width (six dimension columns must not be cut); the selected cell's
        # SWOT and the radar share the space below it.
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Rata-rata kesiapan per komponen"), right)
        title.setStyleSheet("font-weight: 600;")
        rl.addWidget(title)
        rl.addWidget(self.chart, 1)
        below = splitter(Qt.Orientation.Horizontal, (self.cell_box, 3), (right, 2), parent=self)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.grid, 1)
        tl.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(zoom.scrollable(top))
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        lay = QHBoxLayout(self)
        lay.addWidget(split)

    # -- reading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the grid and the chart, keeping the current cell."""
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        self.elements, self.dims, self.scores = readiness_grid(self.session.db)
        self._fill_grid()
        if row >= 0 and col >= 0:
            self.grid.setCurrentCell(row, col)
        self._show_cell()
        self.update_chart()

    def _fill_grid(self) -> None:
        self._filling = True
        g = self.grid
        g.clearSpans()
        g.clear()
        g.setColumnCount(len(self.dims))
        labels_h = [str(d["name"]).replace(" ", "\n", 1) for d in self.dims]
        g.setHorizontalHeaderLabels(labels_h)
        fm = g.horizontalHeader().fontMetrics()
        widest = max((fm.horizontalAdvance(part) for label in labels_h for part in label.split("\n")), default=40)
        g.horizontalHeader().setMinimumSectionSize(widest + 12)  # "Governance" must not be cut
        rows: list[tuple[str, Any]] = []
        last = None
        for e in self.elements:
            if e["component_id"] != last:
                rows.append(("component", e))
                last = e["component_id"]
            rows.append(("element", e))
        g.setRowCount(len(rows))
        labels = []
        bold = QFont(g.font())
        bold.setBold(True)
        for r, (kind, e) in enumerate(rows):
            if kind == "component":
                labels.append(e["component_name"])
                item = QTableWidgetItem(self._component_summary(e["component_id"]))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setFont(bold)
                item.setBackground(QBrush(QColor("#e8eaf0")))
                g.setItem(r, 0, item)
                if self.dims:
                    g.setSpan(r, 0, 1, len(self.dims))
                continue
            labels.append("   " + e["name"])
            for c, d in enumerate(self.dims):
                s = self.scores.get((e["id"], d["id"]))
                score = s["score"] if s else None
                item = QTableWidgetItem()
                item.setData(ROLE_CELL, (e["id"], d["id"]))
                self._paint(item, score, s)
                g.setItem(r, c, item)
        g.setVerticalHeaderLabels(labels)
        # as tall as its rows, never taller; a small window scrolls the grid instead of overlapping the scale line
        row_height = g.verticalHeader().defaultSectionSize()
        head = g.horizontalHeader().sizeHint().height() + 2 * g.frameWidth() + 2
        g.setMaximumHeight(head + row_height * len(rows))
        g.setMinimumHeight(head + row_height * min(len(rows), 4))
        for r, (kind, e) in enumerate(rows):
            hi = g.verticalHeaderItem(r)
            if hi is not None:
                hi.setToolTip(e.get("description") or "")
                if kind == "component":
                    hi.setFont(bold)
        self._filling = False

    def _component_summary(self, component_id: str) -> str:
        """'rata-rata 2,4 · 18 dari 18 sel dinilai' for a component's header row."""
        ids = {e["id"] for e in self.elements if e["component_id"] == component_id}
        vals = [s["score"] for (eid, _d), s in self.scores.items() if eid in ids and s["score"]]
        total = len(ids) * len(self.dims)
        if not vals:
            return self.tr("belum dinilai")
        mean = format_number(round(sum(vals) / len(vals), 1))
        return self.tr("rata-rata {0} \u00b7 {1} dari {2} sel dinilai").format(mean, len(vals), total)

    def _paint(self, item: QTableWidgetItem, score: int | None, row: dict[str, Any] | None) -> None:
        item.setData(Qt.ItemDataRole.EditRole, score)
        item.setData(Qt.ItemDataRole.DisplayRole, "" if score is None else str(score))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setBackground(QBrush(QColor(SCORE_COLORS.get(score or 0, "#ffffff"))))
        has_text = bool(row and any(row.get(c) for c in SWOT))
        item.setToolTip(self.tr("Ada analisis SWOT") if has_text else self.tr("Belum ada analisis SWOT"))

    def _cell(self) -> tuple[str, str] | None:
        item = self.grid.currentItem()
        key = item.data(ROLE_CELL) if item is not None else None
        return tuple(key) if key else None  # type: ignore[return-value]

    def _show_cell(self) -> None:
        key = self._cell()
        self.cell_box.setEnabled(key is not None)
        row = self.scores.get(key) if key else None
        if key is None:
            self.cell_label.setText(self.tr("Pilih satu sel skor untuk mengisi analisis SWOT-nya."))
        else:
            e = next(x for x in self.elements if x["id"] == key[0])
            d = next(x for x in self.dims if x["id"] == key[1])
            score = row["score"] if row and row["score"] else None
            label = dict((s, lab) for s, lab, _d in scale()).get(score or 0, self.tr("belum dinilai"))
            self.cell_label.setText(f"<b>{e['name']}</b> \u00d7 <b>{d['name']}</b> \u2014 {score or ''} {label}")
        for col, edit in self.swot.items():
            value = (row or {}).get(col) or ""
            if edit.toPlainText() != value and not (edit.hasFocus() and edit.document().isModified()):
                edit.setPlainText(value)
                edit.document().setModified(False)

    def update_chart(self) -> None:
        """Redraw the radar: one axis per dimension, one series per component (average score). The first radar
        of a session waits for the chart fonts, registered off the GUI thread (the grid shows at once)."""
        data = figures.readiness_radar(self.session.db)  # the radar of the documents, same data
        if data is None or len(data["axes"]) < 3:
            self._radar = None
            self.chart.set_drawing(None)
            return
        self._radar = data
        if fonts_ready(self._draw_radar):
            self._draw_radar()

    def _draw_radar(self) -> None:
        if self._radar is not None:
            self._drawing = self.chart.set_chart("radar", self._radar)
            self._radar = None

    @property
    def drawing(self) -> Any:
        """The radar's Drawing (drawn now when it still waits for the fonts)."""
        self._draw_radar()
        return self._drawing

    # -- writing ----------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = item.data(ROLE_CELL)
        if key:
            self.set_score(key[0], key[1], item.data(Qt.ItemDataRole.EditRole))

    def set_score(self, element_id: str, dimension_id: str, score: int | None) -> bool:
        """Store a score (None clears it); the score row is created on first edit."""
        return self._write(element_id, dimension_id, {"score": score or None}, self.tr("Ubah skor kesiapan"))

    def _commit_swot(self, col: str) -> None:
        key = self._cell()
        edit = self.swot[col]
        if key is None or not edit.document().isModified():
            return
        edit.document().setModified(False)
        value = edit.toPlainText().strip() or None
        self._write(key[0], key[1], {col: value}, self.tr("Ubah analisis SWOT"))

    def _write(self, element_id: str, dimension_id: str, values: dict[str, Any], label: str) -> bool:
        existing = self.scores.get((element_id, dimension_id))
        if existing and all(existing.get(k) == v for k, v in values.items()):
            return False
        if existing is None and all(v is None for v in values.values()):
            return False
        return self.session.run(label, readiness.set_score, element_id, dimension_id, values)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.grid and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = self._cell()
            if key is not None:
                if Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_5:
                    self.set_score(key[0], key[1], event.key() - Qt.Key.Key_0)
                    return True
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
                    self.set_score(key[0], key[1], None)
                    return True
        return super().eventFilter(obj, event)

    def select_row(self, table: str, row_id: str) -> bool:
        """Select the cell of a readiness_score row (or the first cell of an element)."""
        target: tuple[str, str | None] | None = None
        if table == "readiness_score":
            s = self.session.db.get("readiness_score", row_id)
            target = (s["element_id"], s["dimension_id"]) if s else None
        elif table == "readiness_element":
            target = (row_id, None)
        if target is None:
            return False
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                key = item.data(ROLE_CELL) if item else None
                if key and key[0] == target[0] and (target[1] is None or key[1] == target[1]):
                    self.grid.setCurrentCell(r, c)
                    return True
        return False

    def guidance_key(self) -> str:
        return "readiness"

    def feedback_target(self) -> tuple[str, str] | None:
        """The selected cell (its score row; the element while it has no score): ws-feedback."""
        key = self._cell()
        row = self.scores.get(key) if key else None
        return ("readiness_score", row["id"]) if row else (("readiness_element", key[0]) if key else None)
