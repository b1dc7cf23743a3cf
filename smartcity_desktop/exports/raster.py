# SPDX-License-Identifier: GPL-3.0-or-later
"""Render our chart Drawings to PNG with Pillow (for Word), without reportlab's renderPM/cairo backend.

reportlab 5's renderPM needs rlPyCairo + pycairo, which has no wheels for Linux and is not installable offline here;
the charts use only a handful of shapes (Group, Rect, Line, PolyLine, Polygon, Circle, Ellipse, String), which this
module draws with Pillow (a reportlab dependency) and the same embedded TTF fonts, supersampled for smooth edges.
"""

from __future__ import annotations

import functools
import io
import logging
from typing import Any

from smartcity_desktop.exports import fonts

log = logging.getLogger(__name__)

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SUPERSAMPLE = 2


def _mul(a: Matrix, b: Matrix) -> Matrix:
    """The affine transform ``a`` applied after ``b`` (reportlab's 6-tuple order)."""
    return (
        a[0] * b[0] + a[2] * b[1],
        a[1] * b[0] + a[3] * b[1],
        a[0] * b[2] + a[2] * b[3],
        a[1] * b[2] + a[3] * b[3],
        a[0] * b[4] + a[2] * b[5] + a[4],
        a[1] * b[4] + a[3] * b[5] + a[5],
    )


@functools.cache
def _font(font_name: str, pixels: int) -> Any:
    from PIL import ImageFont

    names = fonts.register()
    style = {names.bold: "bold", names.italic: "italic", names.bolditalic: "bolditalic"}.get(font_name, "regular")
    return ImageFont.truetype(fonts.font_path(style), max(1, pixels))


def _rgba(color: Any, opacity: float | None = 1.0) -> tuple[int, int, int, int] | None:
    if color is None:
        return None
    alpha = getattr(color, "alpha", 1.0) * (1.0 if opacity is None else opacity)
    return (
        round(color.red * 255),
        round(color.green * 255),
        round(color.blue * 255),
        round(max(0.0, min(1.0, alpha)) * 255),
    )


class _Painter:
    """Walks a Drawing and paints its shapes onto a Pillow image."""

    def __init__(self, width: float, height: float, scale: float) -> None:
        from PIL import Image, ImageDraw

        self.scale = scale
        self.size = (max(1, round(width * scale)), max(1, round(height * scale)))
        self.image = Image.new("RGBA", self.size, (255, 255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)

    def point(self, m: Matrix, x: float, y: float) -> tuple[float, float]:
        px = m[0] * x + m[2] * y + m[4]
        py = m[1] * x + m[3] * y + m[5]
        return px * self.scale, self.size[1] - py * self.scale

    def width(self, m: Matrix, w: float | None) -> int:
        unit = (abs(m[0] * m[3] - m[1] * m[2])) ** 0.5
        return max(1, round((w if w is not None else 1.0) * unit * self.scale))

    def _target(self, fill: tuple[int, int, int, int] | None) -> tuple[Any, Any]:
        """A drawing surface: the image itself, or an overlay when the fill is translucent."""
        if fill is None or fill[3] == 255:
            return self.draw, None
        from PIL import Image, ImageDraw

        overlay = Image.new("RGBA", self.size, (0, 0, 0, 0))
        return ImageDraw.Draw(overlay), overlay

    def _merge(self, overlay: Any) -> None:
        if overlay is not None:
            from PIL import Image, ImageDraw

            self.image = Image.alpha_composite(self.image, overlay)
            self.draw = ImageDraw.Draw(self.image)

    def shape(self, node: Any, m: Matrix) -> None:
        from reportlab.graphics import shapes

        if isinstance(node, shapes.Group):
            inner = _mul(m, tuple(node.transform)) if getattr(node, "transform", None) else m  # type: ignore[arg-type]
            for child in node.contents:
                self.shape(child, inner)
            return
        stroke = _rgba(getattr(node, "strokeColor", None), getattr(node, "strokeOpacity", None))
        fill = _rgba(getattr(node, "fillColor", None), getattr(node, "fillOpacity", None))
        sw = self.width(m, getattr(node, "strokeWidth", 1))
        if isinstance(node, shapes.String):
            self.text(node, m)
        elif isinstance(node, shapes.Line):
            if stroke:
                self.draw.line([self.point(m, node.x1, node.y1), self.point(m, node.x2, node.y2)], stroke, sw)
        elif isinstance(node, shapes.Rect):
            pts = [self.point(m, node.x, node.y), self.point(m, node.x + node.width, node.y + node.height)]
            box = (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
            draw, overlay = self._target(fill)
            draw.rectangle(box, fill=fill, outline=stroke, width=sw if stroke else 0)
            self._merge(overlay)
        elif isinstance(node, shapes.Polygon | shapes.PolyLine):
            p = node.points
            pts = [self.point(m, p[i], p[i + 1]) for i in range(0, len(p) - 1, 2)]
            if len(pts) < 2:
                return
            if isinstance(node, shapes.PolyLine):
                if stroke:
                    self.draw.line(pts, stroke, sw, joint="curve")
                return
            draw, overlay = self._target(fill)
            if fill:
                draw.polygon(pts, fill=fill)
            self._merge(overlay)
            if stroke:
                self.draw.line([*pts, pts[0]], stroke, sw, joint="curve")
        elif isinstance(node, shapes.Circle | shapes.Ellipse):
            rx = node.r if isinstance(node, shapes.Circle) else node.rx
            ry = node.r if isinstance(node, shapes.Circle) else node.ry
            a, b = self.point(m, node.cx - rx, node.cy - ry), self.point(m, node.cx + rx, node.cy + ry)
            box = (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
            draw, overlay = self._target(fill)
            draw.ellipse(box, fill=fill, outline=stroke, width=sw if stroke else 0)
            self._merge(overlay)
        else:
            log.debug("raster: shape %s not drawn", type(node).__name__)

    def text(self, node: Any, m: Matrix) -> None:
        if not node.text:
            return
        size = node.fontSize * (abs(m[0] * m[3] - m[1] * m[2])) ** 0.5 * self.scale
        font = _font(node.fontName, round(size))
        anchor = {"middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
        self.draw.text(self.point(m, node.x, node.y), node.text, font=font, fill=_rgba(node.fillColor), anchor=anchor)


def drawing_to_png(drawing: Any, dpi: int = 150, palette: bool = True) -> bytes:
    """PNG bytes of a reportlab Drawing at ``dpi`` (1 point = 1/72 inch)."""
    from PIL import Image

    painter = _Painter(float(drawing.width), float(drawing.height), dpi / 72.0 * SUPERSAMPLE)
    painter.shape(drawing, IDENTITY)
    image = painter.image.convert("RGB").reduce(SUPERSAMPLE)  # box filter: the supersampling's anti-aliasing
    if palette:  # charts have few colours: an 8-bit palette PNG is a third of the size and faster to write
        image = image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        pal = image.getpalette() or []
        for i in range(0, len(pal) - 2, 3):  # the octree rounds white to 254: keep the paper white
            if min(pal[i : i + 3]) >= 250:
                pal[i : i + 3] = [255, 255, 255]
        image.putpalette(pal)
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=6, dpi=(dpi, dpi))
    return buf.getvalue()
