# SPDX-License-Identifier: GPL-3.0-or-later
"""The impact-versus-effort matrix of the Quick Win selection as a reportlab Drawing (PDF, DOCX via raster, GUI
via SVG), drawn with the shapes and helpers of exports/charts.py."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core import labels
from smartcity_desktop.core.quickwin_scoring import quadrant_name
from smartcity_desktop.exports import fonts
from smartcity_desktop.exports.charts import BAND, GRID, INK, MUTED, _color, _fit, _line, _on, _rect, _string
from smartcity_desktop.exports.rl import import_platypus

TOP = 5.0  # scores run 1..5
HIGHLIGHT = "#E8F3E8"  # the quick win quadrant


def matrix_chart(points: list[dict[str, Any]], width: float = 440, height: float = 330, lang: str = "id") -> Any:
    """Candidates placed by effort (x, 1..5) and impact (y, 1..5); each point is numbered (``label``) in its
    dimension colour; the list of numbers and names is printed beside the chart by the document.

    ``points``: dicts with label, impact, effort, color (points without both values are left out)."""
    import_platypus()
    from reportlab.graphics.shapes import Circle, Drawing, Group

    lang = "en" if lang == "en" else "id"
    names = fonts.register()
    d = Drawing(width, height)
    left, bottom, right, top = 40.0, 34.0, width - 12, height - 10
    pw, ph = right - left, top - bottom

    pad = 14.0  # points at 1 or 5 stay clear of the frame and the quadrant names

    def x_of(v: float) -> float:
        return left + pad + (v - 1) / (TOP - 1) * (pw - 2 * pad)

    def y_of(v: float) -> float:
        return bottom + pad + (v - 1) / (TOP - 1) * (ph - 2 * pad)

    mx, my = x_of(3), y_of(3)
    d.add(_rect(left, bottom, pw, ph, BAND, GRID))
    d.add(_rect(left, my, mx - left, top - my, HIGHLIGHT))
    d.add(_line(mx, bottom, mx, top, MUTED, 0.8))
    d.add(_line(left, my, right, my, MUTED, 0.8))
    for v in range(1, 6):
        d.add(_string(x_of(v), bottom - 11, str(v), names.regular, 7, "middle", MUTED))
        d.add(_string(left - 6, y_of(v) - 2.5, str(v), names.regular, 7, "end", MUTED))
    words = {code: quadrant_name(code, lang) for code in ("quick_win", "major", "fill_in", "avoid")}
    size = 8.0
    d.add(_string(left + 5, top - 10, _fit(words["quick_win"], names.bold, size, mx - left - 8), names.bold, size))
    d.add(_string(right - 5, top - 10, _fit(words["major"], names.bold, size, right - mx - 8), names.bold, size, "end"))
    d.add(_string(left + 5, bottom + 5, _fit(words["fill_in"], names.bold, size, mx - left - 8), names.bold, size))
    d.add(
        _string(right - 5, bottom + 5, _fit(words["avoid"], names.bold, size, right - mx - 8), names.bold, size, "end")
    )
    x_label, y_label = (labels.label("quick_win_criterion.axis", a, lang) for a in ("effort", "impact"))
    d.add(_string(left + pw / 2, 6, x_label, names.regular, 8, "middle", INK))
    g = _string(0, 0, y_label, names.regular, 8, "middle", INK)
    rotated = Group(g)
    rotated.transform = (0, 1, -1, 0, 12, bottom + ph / 2)
    d.add(rotated)
    placed: dict[tuple[int, int], int] = {}
    for p in points:
        if p.get("impact") is None or p.get("effort") is None:
            continue
        cx, cy = x_of(float(p["effort"])), y_of(float(p["impact"]))
        key = (round(cx / 4), round(cy / 4))
        shift = placed.get(key, 0)  # equal positions fan out to the right instead of hiding each other
        placed[key] = shift + 1
        cx += shift * 13
        d.add(Circle(cx, cy, 6.5, fillColor=_color(p.get("color")), strokeColor=_color("#FFFFFF"), strokeWidth=0.8))
        d.add(_string(cx, cy - 2.6, str(p["label"]), names.bold, 7, "middle", _on(p.get("color") or MUTED)))
    return d
