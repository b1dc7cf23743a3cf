# SPDX-License-Identifier: GPL-3.0-or-later
"""Projector zoom: one factor for what the application font does not reach by itself.

The controller scales the application font (menus, forms, tables' text). Here the rest follows the same
factor: font sizes written in style sheets (headings, KPI figures), fixed heights, table rows and columns,
and charts (drawn at their natural size times the factor). Each widget keeps the values it had at the zoom
it was built with, so returning to that zoom (Ctrl+0 = 100%) restores them exactly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QScrollArea, QTableView, QTreeView, QWidget

current = 1.0  # the window's zoom: charts ask for their natural size times this
BASE = "smartcityZoomBase"  # dynamic property: (zoom, style sheet, fixed height, column widths) at first sight
MAX_SIZE = 16777215
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")


def scrollable(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: when zoomed text makes it taller than its place, it scrolls
    instead of squeezing its fields over each other."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    return area


def scale_sheet(sheet: str, factor: float) -> str:
    """'font-size: 15pt' -> 'font-size: 22.5pt' for factor 1.5 (other rules unchanged)."""
    return _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * factor:g}pt", sheet)


def _base(w: QWidget, zoom: float) -> dict[str, object]:
    base = w.property(BASE)
    if isinstance(base, dict):
        return base
    fixed = w.minimumHeight() == w.maximumHeight() and w.maximumHeight() < MAX_SIZE
    entry: dict[str, object] = {
        "zoom": zoom,
        "sheet": w.styleSheet() if "font-size" in w.styleSheet() else "",
        "height": w.maximumHeight() if fixed and w.maximumHeight() > 0 else 0,
    }
    if isinstance(w, QTableView):
        entry["rows"] = w.verticalHeader().defaultSectionSize()
    if isinstance(w, (QTableView, QTreeView)):
        header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
        entry["columns"] = [header.sectionSize(i) for i in range(header.count())]
        entry["min_section"] = header.minimumSectionSize()
        entry["modes"] = [header.sectionResizeMode(i) for i in range(header.count())]
    w.setProperty(BASE, entry)
    return entry


def apply(root: QWidget, zoom: float, previous: float) -> None:
    """Scale ``root`` and its children to ``zoom``. A widget seen for the first time has its sizes noted as
    those of ``previous`` (the zoom it was shown at until now); later changes scale from those notes."""
    global current
    current = zoom
    for w in [root, *root.findChildren(QWidget)]:
        base = _base(w, previous)
        factor = zoom / float(base["zoom"])  # type: ignore[arg-type]
        if base["sheet"]:
            w.setStyleSheet(scale_sheet(str(base["sheet"]), factor))
        if base["height"] and not getattr(w, "fits_own_height", False):
            w.setFixedHeight(round(int(base["height"]) * factor))  # type: ignore[call-overload]
        if isinstance(w, QAbstractItemView):
            _scale_view(w, base, factor)
        if getattr(w, "follows_zoom", False):  # a chart: its size hint follows ``current``
            w.updateGeometry()


def fit_headers(root: QWidget) -> None:
    """Widen columns whose header text would be cut (a longer translation, a larger font); the widths the
    user or the view chose stay when the header fits."""
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QTableView):
            header = view.horizontalHeader()
        elif isinstance(view, QTreeView):
            header = view.header()
        else:
            continue
        model = view.model()
        if model is None or header.isHidden():
            continue
        fm = header.fontMetrics()
        for i in range(header.count()):
            mode = header.sectionResizeMode(i)
            if header.isSectionHidden(i) or mode == QHeaderView.ResizeMode.Stretch:
                continue
            text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            need = max((fm.horizontalAdvance(t) for t in text.split("\n")), default=0) + 12
            if not text or header.sectionSize(i) >= need:
                continue
            if mode == QHeaderView.ResizeMode.ResizeToContents:
                # Qt fitted it to a font it no longer uses (its refit after a font change comes late, or never
                # for a hidden view): the column takes the width it needs now and keeps it (user-resizable)
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(i, need)


def _scale_view(view: QAbstractItemView, base: dict[str, object], factor: float) -> None:
    if isinstance(view, QTableView):
        rows = round(int(base["rows"]) * factor)  # type: ignore[call-overload]
        if factor != 1:  # never lower than the text
            rows = max(rows, view.fontMetrics().height() + 8)
        view.verticalHeader().setDefaultSectionSize(rows)
        header: QHeaderView = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return
    if base.get("min_section"):
        least = round(int(base["min_section"]) * factor)  # type: ignore[call-overload]
        if factor > 1:  # a stretched column keeps room for its header text; the others scroll
            fm = header.fontMetrics()
            model = view.model()
            for i in range(header.count()):
                if model is not None and header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
                    text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                    wide = max((fm.horizontalAdvance(t) for t in text.split("\n")), default=0)
                    least = max(least, wide + 16)
        header.setMinimumSectionSize(least)
    modes: list[QHeaderView.ResizeMode] = list(base.get("modes") or [])  # type: ignore[call-overload]
    model = view.model()
    for i, mode in enumerate(modes):
        if i >= header.count() or mode != QHeaderView.ResizeMode.Stretch:
            continue
        header.setSectionResizeMode(i, mode)  # as built; a zoomed one below keeps room for its header
        if factor > 1 and model is not None:
            text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            need = max((header.fontMetrics().horizontalAdvance(t) for t in text.split("\n")), default=0) + 24
            if header.sectionSize(i) < need:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(i, need)
    widths: list[int] = list(base.get("columns") or [])  # type: ignore[call-overload]
    for i, width in enumerate(widths):
        built = modes[i] if i < len(modes) else header.sectionResizeMode(i)  # as built, not as zoomed above
        if i < header.count() and built in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
            header.resizeSection(i, round(int(width) * factor))
