# SPDX-License-Identifier: GPL-3.0-or-later
"""Flowables that skip drawing on a "dry" canvas: the first multiBuild pass only needs the layout."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table


def is_dry(canv: Any) -> bool:
    return bool(getattr(canv, "dry", False))


class Para(Paragraph):
    """A Paragraph that is laid out but not drawn on a dry canvas, and that remembers its last line breaking.

    Tables and both layout passes ask the same paragraph for its size at the same width many times; breaking
    lines is the costliest step of the whole export.
    """

    _memo: tuple[float, Any, Any, Any] | None = None

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == avail_w:
            _w, self.height, self.blPara, self._wrapWidths = memo
            self.width = avail_w
            return avail_w, self.height
        got = super().wrap(avail_w, avail_h)
        if avail_w >= 1e-6:
            self._memo = (avail_w, self.height, self.blPara, self._wrapWidths)
        return got

    def draw(self) -> None:
        if not is_dry(self.canv):
            super().draw()


class DryTable(Table):
    """A Table that is laid out but not drawn on a dry canvas."""

    def draw(self) -> None:
        if not is_dry(self.canv):
            super().draw()


class DrawingBox(Flowable):
    """A reportlab Drawing as a flowable that is not rendered on a dry canvas."""

    def __init__(self, drawing: Any) -> None:
        super().__init__()
        self.drawing = drawing
        self.width = drawing.width
        self.height = drawing.height
        self.hAlign = getattr(drawing, "hAlign", "CENTER")

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if not is_dry(self.canv):
            self.drawing.drawOn(self.canv, 0, 0)
