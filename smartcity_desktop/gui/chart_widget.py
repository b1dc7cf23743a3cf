# SPDX-License-Identifier: GPL-3.0-or-later
"""Shows a chart drawn by exports/charts.py (a reportlab Drawing) as SVG, so screen and paper agree."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartcity_desktop.gui import zoom

log = logging.getLogger(__name__)

_qt_family: str | None = None


class _Fonts(QObject):
    """Runs, on the GUI thread, what waits for the chart fonts (a worker thread registers them)."""

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[Callable[[], object]] = []
        self.ready.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self) -> None:
        waiting, self.waiting = self.waiting, []
        for then in waiting:
            try:
                then()
            except RuntimeError:  # its widget is gone
                log.debug("chart waiting for fonts is gone")


_fonts: _Fonts | None = None


def fonts_ready(then: Callable[[], object]) -> bool:
    """True when the chart fonts are registered with reportlab. Else they are registered on a worker thread
    (once: parsing the four TTFs is ~60-150 ms of Python) and ``then`` runs on the GUI thread when they are:
    a view shows its numbers first and its chart a moment later (issue 10: the first chart drawn in a session
    paid for the fonts inside the first build of its view)."""
    global _fonts
    from smartcity_desktop.exports import fonts

    if fonts.registered():
        return True
    if _fonts is None:
        _fonts = _Fonts()
        threading.Thread(target=lambda signal=_fonts: (fonts.register(), signal.ready.emit()), daemon=True).start()
    _fonts.waiting.append(then)
    return False


def _load_fonts() -> str:
    """Give Qt the same TTFs the PDF embeds (once); returns their family name for the SVG."""
    global _qt_family
    if _qt_family is None:
        from PySide6.QtGui import QFontDatabase

        from smartcity_desktop.exports.fonts import _FILES, font_path

        families: list[str] = []
        for style in _FILES:
            font_id = QFontDatabase.addApplicationFont(font_path(style))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _qt_family = families[0] if families else "sans-serif"
    return _qt_family


def drawing_to_svg(drawing: Any) -> bytes:
    """Render a reportlab Drawing to SVG bytes (reportlab is imported on first use)."""
    import re

    from reportlab.graphics import renderSVG

    from smartcity_desktop.exports.fonts import register

    names = register()
    svg = renderSVG.drawToString(drawing)
    # QtSvg paints the <rect> inside reportlab's <clipPath> as a black box: drop the clip (the drawing fits anyway).
    svg = re.sub(r"<clipPath.*?</clipPath>", "", svg, flags=re.S).replace("clip-path: url(#clip)", "")
    # reportlab names fonts by their PostScript names; Qt knows the family and a weight/style.
    family = _load_fonts()
    styles = {
        names.bolditalic: "font-weight: bold; font-style: italic",
        names.bold: "font-weight: bold",
        names.italic: "font-style: italic",
        names.regular: "",
    }
    for name, extra in styles.items():
        svg = svg.replace(f"font-family: {name}", f"font-family: {family}" + (f"; {extra}" if extra else ""))
    return svg.encode("utf-8")


def chart_drawing(kind: str, data: dict[str, Any]) -> Any:
    """The Drawing of a chart given as the documents give it (``exports.tree.Chart``): same data, same picture."""
    from smartcity_desktop.exports.tree import Chart

    return Chart(kind, data).drawing()


class ChartWidget(QWidget):
    """Paints one chart, scaled to fit and keeping its aspect ratio; it asks for its natural size (points at
    96 dpi) times the projector zoom, so chart text grows with the rest of the window."""

    follows_zoom = True  # gui/zoom.py: the window's zoom changes this widget's size hint
    natural_width = 360.0  # the drawing's width in points (charts of the documents are about this wide)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._aspect = 0.6
        self._natural = self.natural_width
        self._painted: tuple[tuple[int, ...], QPixmap] | None = None  # the last part painted, as painted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)

    def set_drawing(self, drawing: Any | None) -> None:
        if drawing is None:
            self._renderer.load(QByteArray())
        else:
            self.set_svg(drawing_to_svg(drawing))
            if drawing.width:
                self._aspect = float(drawing.height) / float(drawing.width)
                self._natural = float(drawing.width)
        self.updateGeometry()
        self.update()

    def set_chart(self, kind: str, data: dict[str, Any] | None) -> Any:
        """Show the chart the documents print with this ``kind`` and ``data``; returns its Drawing."""
        drawing = chart_drawing(kind, data) if data is not None else None
        self.set_drawing(drawing)
        return drawing

    def set_svg(self, svg: bytes) -> None:
        self._renderer.load(QByteArray(svg))
        self._painted = None
        self.update()

    def set_renderer(self, renderer: QSvgRenderer) -> None:
        """Show an SVG already loaded (off the GUI thread: a large Gantt chart's parse is tens of ms)."""
        old, self._renderer = self._renderer, renderer
        renderer.setParent(self)
        old.deleteLater()
        self._painted = None
        self.update()

    def has_chart(self) -> bool:
        return self._renderer.isValid()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = round(self._natural * 96 / 72 * zoom.current)
        return QSize(width, int(width * self._aspect))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(round(200 * zoom.current), round(120 * zoom.current))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return int(width * self._aspect)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paints the chart's part that needs it, kept as a pixmap: showing the view again (a view switch) or
        an unchanged repaint blits it instead of rendering the SVG again (a large plan's Gantt chart: ~25 ms
        a screenful)."""
        if not self.has_chart():
            return
        part = event.rect()
        key = (self.width(), self.height(), part.x(), part.y(), part.width(), part.height())
        if self._painted is None or self._painted[0] != key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(part.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(-part.x(), -part.y())
            self._render(p, part)
            p.end()
            self._painted = (key, pixmap)
        p = QPainter(self)
        p.drawPixmap(part.topLeft(), self._painted[1])
        p.end()

    def _render(self, painter: QPainter, _part: QRect) -> None:
        """Paint the chart (``_part``: the widget's part that needs it)."""
        self._renderer.render(painter, self._target())

    def _target(self) -> QRectF:
        """Where the chart goes: the widget's rect, keeping the drawing's aspect ratio, centred."""
        w, h = self.width(), self.height()
        if h / max(w, 1) > self._aspect:
            ch = w * self._aspect
            return QRectF(0, (h - ch) / 2, w, ch)
        cw = h / self._aspect
        return QRectF((w - cw) / 2, 0, cw, h)


class Unpaintable(Exception):
    """A shape (or style) ``paint_drawing`` does not paint: the caller shows the drawing as SVG instead."""


def _qcolor(color: Any) -> QColor | None:
    if color is None:
        return None
    return QColor.fromRgbF(float(color.red), float(color.green), float(color.blue), float(getattr(color, "alpha", 1)))


def _shape_style(painter: QPainter, shape: Any, fill: bool = True) -> None:
    """Pen and brush of a reportlab shape (butt caps and mitred joins, as in its SVG)."""
    if getattr(shape, "strokeDashArray", None):
        raise Unpaintable("dashes")
    stroke = _qcolor(getattr(shape, "strokeColor", None))
    if stroke is None or not getattr(shape, "strokeWidth", 0):
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        pen = QPen(stroke, float(shape.strokeWidth))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
    brush = _qcolor(getattr(shape, "fillColor", None)) if fill else None
    painter.setBrush(QBrush(brush) if brush is not None else Qt.BrushStyle.NoBrush)


def chart_fonts() -> dict[str, QFont]:
    """reportlab's names of the chart fonts -> the same TTFs as Qt fonts (as ``drawing_to_svg`` names them)."""
    from smartcity_desktop.exports.fonts import register

    names, family = register(), _load_fonts()
    out: dict[str, QFont] = {}
    for name, bold, italic in (
        (names.regular, False, False),
        (names.bold, True, False),
        (names.italic, False, True),
        (names.bolditalic, True, True),
    ):
        font = QFont(family)
        font.setBold(bold)
        font.setItalic(italic)
        out[name] = font
    return out


TEXT_PX = 100  # text is laid out at this pixel size and scaled to its point size (Qt's pixel sizes are whole)


def paint_drawing(painter: QPainter, drawing: Any, target: QRectF, fonts: dict[str, QFont]) -> None:
    """Paint a reportlab Drawing made of rectangles, lines, polygons and strings (a Gantt chart) into ``target``
    with ``painter``, as its SVG would show (the same shapes, places and fonts) without writing and parsing the
    SVG (issue 10: two thirds of drawing a band of the roadmap). Raises Unpaintable for anything else."""
    from reportlab.graphics.shapes import Group, Line, Polygon, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    height = float(drawing.height)

    def paint(node: Any) -> None:
        """One shape (groups are walked by the loop below: a nested function calling itself would keep
        ``painter`` in a reference cycle, a live QPainter for the garbage collector)."""
        if isinstance(node, Rect):
            if node.rx or node.ry:
                raise Unpaintable("rounded rectangle")
            _shape_style(painter, node)
            painter.drawRect(QRectF(node.x, height - node.y - node.height, node.width, node.height))
        elif isinstance(node, Line):
            _shape_style(painter, node, fill=False)
            painter.drawLine(QPointF(node.x1, height - node.y1), QPointF(node.x2, height - node.y2))
        elif isinstance(node, Polygon):
            _shape_style(painter, node)
            xy = node.points
            points = [QPointF(xy[i], height - xy[i + 1]) for i in range(0, len(xy) - 1, 2)]
            painter.drawPolygon(QPolygonF(points), Qt.FillRule.OddEvenFill)
        elif isinstance(node, String):
            anchor = node.textAnchor
            x = float(node.x)
            if anchor in ("middle", "end"):  # as renderSVG places it: reportlab's width of the text
                width = stringWidth(node.text, node.fontName, node.fontSize)
                x -= width / 2 if anchor == "middle" else width
            elif anchor not in ("start", "left", "inherited"):
                raise Unpaintable(f"text anchor {anchor}")
            font = QFont(fonts[node.fontName]) if node.fontName in fonts else QFont(node.fontName)
            font.setPixelSize(TEXT_PX)
            painter.save()
            painter.translate(x, height - node.y)
            painter.scale(node.fontSize / TEXT_PX, node.fontSize / TEXT_PX)
            painter.setFont(font)
            painter.setPen(QPen(_qcolor(node.fillColor) or QColor(Qt.GlobalColor.black)))
            painter.drawText(QPointF(0, 0), node.text)
            painter.restore()
        else:
            raise Unpaintable(type(node).__name__)

    painter.save()
    try:
        painter.translate(target.left(), target.top())
        painter.scale(target.width() / float(drawing.width), target.height() / height)
        todo = [drawing]
        while todo:
            node = todo.pop()
            if isinstance(node, Group):
                if tuple(getattr(node, "transform", None) or (1, 0, 0, 1, 0, 0)) != (1, 0, 0, 1, 0, 0):
                    raise Unpaintable("transform")
                todo.extend(reversed(node.contents))  # in drawing order
            else:
                paint(node)
    finally:
        painter.restore()


class GanttChart(ChartWidget):
    """The roadmap's Gantt chart of the documents, drawn a band of lines at a time as the bands come into view:
    a large plan's chart (600 programs, ~2,300 shapes) took ~40 ms to draw and ~130 ms to write as SVG, all in
    Python, before the first line showed; now the first paint draws the lines on screen (issue 10). Each band is
    the chart's own drawing of those lines (``exports.charts.gantt_chart(band=...)``), painted with QPainter
    (``paint_drawing``; as SVG if it had a shape that cannot paint): together, the whole chart."""

    BAND = 16  # lines (program rows and dimension headers) per band: a screenful is two to four
    OVERHANG = 4  # pixels of a line's text that may reach into the next band

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] | None = None
        self._args: dict[str, Any] = {}  # exports.charts.gantt_chart's arguments (its rows made once)
        self._lines = 0
        self._row_height = 14.0
        self._bands: dict[int, Any] = {}  # band index -> its Drawing (or, if unpaintable, its SVG parsed)
        self._fonts: dict[str, QFont] | None = None

    def set_gantt(self, data: dict[str, Any] | None) -> tuple[float, float]:
        """Show the Gantt chart of ``data`` (``figures.roadmap_gantt``; None: nothing); nothing is drawn until
        painted. Returns the chart's natural size (width, height) in points."""
        from smartcity_desktop.exports import charts

        self._data = data
        for band in self._bands.values():
            if isinstance(band, QSvgRenderer):
                band.deleteLater()
        self._bands = {}
        self._painted = None
        width, height = 0.0, 0.0
        if data is not None:
            rows = [charts.GanttRow(**r) for r in data["rows"]]  # as exports.tree.Chart("gantt").drawing() does
            self._row_height = float(data.get("row_height", 14))
            height = charts.gantt_height(rows, self._row_height)
            self._lines = max(1, round((height - charts.HEADER_H - charts.LEGEND_H - 4) / self._row_height))
            width = float(data["width"])
            self._args = {**data, "rows": rows, "label_width": charts.gantt_label_width(rows, width, self._row_height)}
            self._aspect, self._natural = height / width, width
        self.updateGeometry()
        self.update()
        return width, height

    def has_chart(self) -> bool:
        return self._data is not None

    def bands_drawn(self) -> list[int]:
        """The bands drawn so far (tests)."""
        return sorted(self._bands)

    def _band(self, index: int) -> Any:
        band = self._bands.get(index)
        if band is None:
            from smartcity_desktop.exports.charts import gantt_chart

            start = index * self.BAND
            try:
                band = gantt_chart(**self._args, band=(start, start + self.BAND))
            except Exception:  # a chart bug must not break editing
                log.exception("roadmap chart failed")
                band = QSvgRenderer(self)
            self._bands[index] = band
        return band

    def _render(self, painter: QPainter, part: QRect) -> None:
        """Paint the bands the part of the widget needs (and those whose text may overhang into it)."""
        from smartcity_desktop.exports.charts import HEADER_H

        target = self._target()
        scale = target.width() / max(self._natural, 1.0)
        line_px = self._row_height * scale
        top = part.top() - target.top() - HEADER_H * scale - self.OVERHANG
        bottom = part.bottom() - target.top() - HEADER_H * scale + self.OVERHANG
        last = max(0, (self._lines - 1) // self.BAND)
        first_band = min(last, max(0, int(top // (line_px * self.BAND))))
        last_band = min(last, max(0, int(bottom // (line_px * self.BAND))))
        for index in range(first_band, last_band + 1):
            band = self._band(index)
            if not isinstance(band, QSvgRenderer):
                try:
                    if self._fonts is None:
                        self._fonts = chart_fonts()
                    paint_drawing(painter, band, target, self._fonts)
                    continue
                except Unpaintable as e:  # as SVG from now on
                    log.info("roadmap band %d painted as SVG: %s", index, e)
                    band = self._bands[index] = QSvgRenderer(QByteArray(drawing_to_svg(band)), self)
            band.render(painter, target)
