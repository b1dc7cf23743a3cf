# SPDX-License-Identifier: GPL-3.0-or-later
"""Print-friendly charts as reportlab Drawings (radar, bars, Gantt), drawn with the embedded fonts only."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.core import labels
from smartcity_desktop.core.formats import format_rupiah_short
from smartcity_desktop.exports import fonts
from smartcity_desktop.exports.rl import import_platypus

log = logging.getLogger(__name__)

INK = "#222222"
MUTED = "#666666"
GRID = "#C8C8C8"
BAND = "#F3F3F3"
FALLBACK = "#777777"
_UNITS = {"year": {"id": "Tahun", "en": "Year"}, "month": {"id": "Bulan", "en": "Month"}}


@dataclass(frozen=True)
class GanttRow:
    """One bar of a Gantt chart; start and end are inclusive years (or months)."""

    label: str
    start: int
    end: int
    color: str
    group: str = ""
    milestone_marker: bool = False  # Quick Win mark
    sublabel: str = ""


def _color(value: str | None) -> Any:
    from reportlab.lib import colors

    try:
        return colors.HexColor(value or FALLBACK)
    except (ValueError, TypeError):
        return colors.HexColor(FALLBACK)


def _on(fill: str) -> str:
    """Text colour readable on ``fill``."""
    c = _color(fill)
    return INK if 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue > 0.6 else "#FFFFFF"


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut where the font changes: (font, text); the characters ``font``'s family lacks in the bundled
    font that has them (Javanese, Arabic, emoji ...), as in the text of the document."""
    return [(name or font, t) for name, t in fonts.font_runs(text)]


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(t, f, size) for f, t in _runs(text, font)))


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width``."""
    if _width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _width(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…" if lo else ""


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width``, the last one cut with an ellipsis."""
    lines: list[str] = []
    current = ""
    words = text.split()
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if _width(trial, font, size) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    return [_fit(line, font, size, width) for line in lines[:max_lines]]


def _string(x: float, y: float, text: str, font: str, size: float, anchor: str = "start", color: str = INK) -> Any:
    """A String, or a Group of Strings one per font where ``text`` needs a fallback font (a String of characters
    its font lacks printed nothing for them)."""
    from reportlab.graphics.shapes import Group, String

    runs = _runs(text, font)
    if len(runs) == 1 and runs[0][0] == font:
        return String(x, y, text, fontName=font, fontSize=size, fillColor=_color(color), textAnchor=anchor)
    left = x - {"middle": 0.5, "end": 1.0}.get(anchor, 0.0) * _width(text, font, size)
    group = Group()
    for f, t in runs:
        group.add(String(left, y, t, fontName=f, fontSize=size, fillColor=_color(color), textAnchor="start"))
        left += _width(t, f, size)
    return group


def _line(x1: float, y1: float, x2: float, y2: float, color: str = GRID, width: float = 0.5) -> Any:
    from reportlab.graphics.shapes import Line

    return Line(x1, y1, x2, y2, strokeColor=_color(color), strokeWidth=width)


def _rect(x: float, y: float, w: float, h: float, fill: str | None, stroke: str | None = None, sw: float = 0.5) -> Any:
    from reportlab.graphics.shapes import Rect

    return Rect(
        x, y, w, h, fillColor=_color(fill) if fill else None, strokeColor=_color(stroke) if stroke else None,
        strokeWidth=sw,
    )  # fmt: skip


def _diamond(cx: float, cy: float, r: float, fill: str = INK) -> Any:
    from reportlab.graphics.shapes import Polygon

    return Polygon(
        [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy], fillColor=_color(fill), strokeColor=_color("#FFFFFF"),
        strokeWidth=0.6,
    )  # fmt: skip


def _legend(items: Sequence[tuple[str, str]], x: float, y: float, width: float, size: float = 7.5) -> tuple[Any, float]:
    """A legend of colour swatches flowing over lines from (x, y) downwards; returns the group and its height."""
    from reportlab.graphics.shapes import Group

    names = fonts.register()
    g = Group()
    cx, cy, line_h = x, y - size, size + 4
    for label, color in items:
        text = _fit(label, names.regular, size, width - size - 4)
        w = size + 3 + _width(text, names.regular, size) + 10
        if cx > x and cx + w > x + width:
            cx, cy = x, cy - line_h
        g.add(_rect(cx, cy - 1, size, size, color))
        g.add(_string(cx + size + 3, cy, text, names.regular, size))
        cx += w
    return g, (y - cy + 3) if items else 0.0


def _nice_step(top: float, ticks: int = 5) -> float:
    raw = top / ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def radar_chart(
    axes: list[str],
    series: list[tuple[str, list[float], str]],
    width: float = 360,
    height: float = 300,
    max_value: float = 5,
) -> Any:
    """A spider chart of scores 0..max_value per axis, one outlined polygon per series, legend below."""
    import_platypus()  # before reportlab.graphics, which imports it
    from reportlab.graphics.shapes import Circle, Drawing, Polygon
    from reportlab.lib import colors

    names = fonts.register()
    d = Drawing(width, height)
    items = [(s[0], s[2]) for s in series if s[0]]
    legend_h = _legend(items, 8, 0, width - 16)[1]
    label_size = 7.5
    plot_top, plot_bottom = height - 6, legend_h + 10
    n = len(axes)
    r = max(20.0, min((width - 2 * 70) / 2, (plot_top - plot_bottom - 2 * 22) / 2))
    cx, cy = width / 2, (plot_top + plot_bottom) / 2
    if n == 0:
        return d

    def point(i: int, v: float) -> tuple[float, float]:
        ang = math.pi / 2 - 2 * math.pi * i / n
        k = r * max(0.0, min(v, max_value)) / max_value
        return cx + k * math.cos(ang), cy + k * math.sin(ang)

    levels = int(max_value) if float(max_value).is_integer() and max_value <= 10 else 5
    for lv in range(1, levels + 1):
        pts = [c for i in range(n) for c in point(i, max_value * lv / levels)]
        d.add(Polygon(pts, fillColor=None, strokeColor=_color(GRID), strokeWidth=0.5))
        lx, ly = point(0, max_value * lv / levels)
        d.add(_string(lx + 2, ly - 7, f"{max_value * lv / levels:g}", names.regular, 6, color=MUTED))
    for i, label in enumerate(axes):
        ox, oy = point(i, max_value)
        d.add(_line(cx, cy, ox, oy, GRID))
        ang = math.pi / 2 - 2 * math.pi * i / n
        dx, dy = math.cos(ang), math.sin(ang)
        anchor = "middle" if abs(dx) < 0.3 else ("start" if dx > 0 else "end")
        lines = _wrap(label, names.regular, label_size, 90, 2)
        tx, ty = cx + (r + 6) * dx, cy + (r + 6) * dy
        block = len(lines) * (label_size + 1)
        top = ty + block / 2 if abs(dy) < 0.3 else (ty + block if dy > 0 else ty - 1)
        for k, text in enumerate(lines):
            d.add(_string(tx, top - (k + 1) * (label_size + 1) + 2, text, names.regular, label_size, anchor))
    for _name, values, color in series:
        pts = [c for i in range(n) for c in point(i, values[i] if i < len(values) else 0)]
        fill = _color(color)
        fill = colors.Color(fill.red, fill.green, fill.blue, alpha=0.15)  # fillOpacity alone is lost in SVG
        d.add(Polygon(pts, fillColor=fill, strokeColor=_color(color), strokeWidth=1.4))
        for i in range(n):
            px, py = point(i, values[i] if i < len(values) else 0)
            d.add(Circle(px, py, 1.8, fillColor=_color(color), strokeColor=None))
    if items:
        d.add(_legend(items, 8, legend_h + 4, width - 16)[0])
    return d


def bar_chart(
    categories: list[str],
    series: list[tuple[str, list[int], str]],
    width: float = 480,
    height: float = 260,
    value_format: Callable[[float], str] | None = None,
    stacked: bool = False,
    title: str = "",
) -> Any:
    """Vertical bars per category (grouped or stacked series) with a value axis formatted by ``value_format``."""
    import_platypus()  # before reportlab.graphics, which imports it
    from reportlab.graphics.shapes import Drawing

    names = fonts.register()
    fmt = value_format or (lambda v: format_rupiah_short(int(v)))
    d = Drawing(width, height)
    top = height - 4
    if title:
        d.add(_string(width / 2, top - 10, _fit(title, names.bold, 10, width - 8), names.bold, 10, "middle"))
        top -= 18
    legend_items = [(s[0], s[2]) for s in series if s[0]] if len(series) > 1 or stacked else []
    legend_h = _legend(legend_items, 8, 0, width - 16)[1]
    n = len(categories)
    label_size = 7.5
    cat_w_guess = (width - 60) / max(n, 1)
    cat_lines = [_wrap(c, names.regular, label_size, max(cat_w_guess - 4, 20), 3) for c in categories]
    label_h = max((len(x) for x in cat_lines), default=1) * (label_size + 1.5) + 4
    bottom = 4 + legend_h + (6 if legend_h else 0) + label_h
    if stacked:
        peak = max((sum(s[1][i] for s in series if i < len(s[1])) for i in range(n)), default=0)
    else:
        peak = max((v for s in series for v in s[1]), default=0)
    step = _nice_step(peak * 1.08) if peak > 0 else 1.0
    ticks = max(1, math.ceil(peak * 1.08 / step)) if peak > 0 else 4
    tick_labels = [fmt(step * k) if peak > 0 else "" for k in range(ticks + 1)]
    left = 6 + max((_width(t, names.regular, 7) for t in tick_labels), default=0) + 6
    right = width - 8
    plot_h = max(10.0, top - 6 - bottom)
    scale = plot_h / (step * ticks)
    for k in range(ticks + 1):
        y = bottom + k * step * scale
        d.add(_line(left, y, right, y, GRID if k else MUTED, 0.5 if k else 0.8))
        d.add(_string(left - 4, y - 2.5, tick_labels[k], names.regular, 7, "end", MUTED))
    if n == 0:
        return d
    cat_w = (right - left) / n
    nser = max(1, 1 if stacked else len(series))
    bar_w = min(cat_w * 0.72 / nser, 48)
    show_values = not stacked and len(series) == 1
    for i, lines in enumerate(cat_lines):
        x0 = left + i * cat_w
        lines = _wrap(categories[i], names.regular, label_size, cat_w - 4, 3)
        for k, text in enumerate(lines):
            d.add(
                _string(
                    x0 + cat_w / 2, bottom - (k + 1) * (label_size + 1.5) - 1, text, names.regular, label_size, "middle"
                )
            )
        base = bottom
        group_x = x0 + (cat_w - bar_w * nser) / 2
        for j, (_name, values, color) in enumerate(series):
            v = values[i] if i < len(values) else 0
            if v <= 0:
                continue
            h = v * scale
            if stacked:
                d.add(_rect(group_x, base, bar_w, h, color, "#FFFFFF", 0.4))
                base += h
            else:
                bx = group_x + j * bar_w
                d.add(_rect(bx, bottom, bar_w, h, color))
                label = fmt(v)
                if show_values and _width(label, names.regular, 6.5) <= cat_w - 2:
                    d.add(_string(bx + bar_w / 2, bottom + h + 2.5, label, names.regular, 6.5, "middle"))
    if legend_items:
        d.add(_legend(legend_items, 8, legend_h + 4, width - 16)[0])
    return d


# ---------------------------------------------------------------------------------------------------------------
# Gantt
# ---------------------------------------------------------------------------------------------------------------
HEADER_H = 18.0
LEGEND_H = 16.0


def _lines(rows: Sequence[GanttRow]) -> list[tuple[str, GanttRow | str]]:
    """The drawn lines: a ("group", name) header whenever the group changes, then ("row", row)."""
    out: list[tuple[str, GanttRow | str]] = []
    current: str | None = None
    for row in rows:
        if row.group and row.group != current:
            out.append(("group", row.group))
        current = row.group
        out.append(("row", row))
    return out


def gantt_height(rows: Sequence[GanttRow], row_height: float = 14) -> float:
    """The height of the Drawing gantt_chart makes for ``rows``."""
    return HEADER_H + max(1, len(_lines(rows))) * row_height + LEGEND_H + 4


def gantt_pages(rows: Sequence[GanttRow], rows_per_page: int) -> list[list[GanttRow]]:
    """Split rows into pages of at most ``rows_per_page`` drawn lines (group headers count, rows are never cut)."""
    pages: list[list[GanttRow]] = []
    page: list[GanttRow] = []
    used = 0
    limit = max(2, rows_per_page)
    for row in rows:
        need = 1 + (1 if row.group and (not page or page[-1].group != row.group) else 0)
        if page and used + need > limit:
            pages.append(page)
            page, used = [], 0
            need = 1 + (1 if row.group else 0)
        page.append(row)
        used += need
    if page or not pages:
        pages.append(page)
    return pages


def gantt_lines_fitting(available_height: float, row_height: float = 14) -> int:
    """How many lines (rows plus group headers) fit in ``available_height`` points."""
    return max(2, int((available_height - HEADER_H - LEGEND_H - 4) // row_height))


def gantt_label_width(rows: Sequence[GanttRow], width: float = 760, row_height: float = 14) -> float:
    """The width of gantt_chart's label column: the widest label (bold) and a margin, within a quarter (at most
    120 points) and 40% of ``width``. Measuring stops at the first label reaching the cap (same result)."""
    names = fonts.register()
    size = min(8.0, row_height * 0.58)
    cap = width * 0.4
    widest = 60.0 if not rows else 0.0
    for r in rows:
        widest = max(widest, _width(r.label, names.bold, size))
        if widest + 14 >= cap:
            break
    return max(min(cap, widest + 14), min(width * 0.25, 120))


def gantt_chart(
    rows: list[GanttRow],
    first_year: int,
    last_year: int,
    width: float = 760,
    row_height: float = 14,
    lang: str = "id",
    unit: str = "year",
    quick_win_label: str | None = None,  # default: the catalogue's noun in lang
    band: tuple[int, int] | None = None,
    label_width: float | None = None,
) -> Any:
    """A Gantt chart over first_year..last_year: label column, year grid, grouped rows, Quick Wins marked.

    ``band``: (start, stop) draws only those drawn lines (group headers count; the period header goes with the
    first line, the bottom rule and the legend with the last), placed as in the whole chart: the screen draws a
    large roadmap a band at a time (issue 10), and the bands together are the whole chart; ``label_width``:
    ``gantt_label_width`` of the same arguments, when the caller has it (each band would measure every label)."""
    import_platypus()  # before reportlab.graphics, which imports it
    from reportlab.graphics.shapes import Drawing

    names = fonts.register()
    lines = _lines(rows)
    height = gantt_height(rows, row_height)
    d = Drawing(width, height)
    last_year = max(last_year, first_year)
    periods = list(range(first_year, last_year + 1))
    size = min(8.0, row_height * 0.58)
    label_w = gantt_label_width(rows, width, row_height) if label_width is None else label_width
    x0, x1 = label_w, width - 4
    col = (x1 - x0) / len(periods)
    top = height - HEADER_H
    bottom = top - max(1, len(lines)) * row_height
    start, stop = band or (0, len(lines))
    first_band, last_band = start <= 0, stop >= len(lines)
    # header: period labels
    unit_word = _UNITS.get(unit, _UNITS["year"]).get(lang, _UNITS["year"]["id"])
    if first_band:
        d.add(_string(4, top + 5, unit_word if unit == "month" else "", names.bold, size))
    for k, p in enumerate(periods if first_band else ()):
        d.add(_rect(x0 + k * col, top, col, HEADER_H - 2, "#E4E4E4" if k % 2 else "#EDEDED"))
        d.add(
            _string(x0 + (k + 0.5) * col, top + 5, _fit(str(p), names.bold, size, col - 1), names.bold, size, "middle")
        )
    # body bands and rows
    for idx, (kind, item) in enumerate(lines):
        if not start <= idx < stop:
            continue
        y = top - (idx + 1) * row_height
        mid = y + row_height / 2
        if kind == "group":
            assert isinstance(item, str)
            color = next((r.color for r in rows if r.group == item), FALLBACK)
            d.add(_rect(0, y, width - 4, row_height, "#E9E9E9"))
            d.add(_rect(2, y + 2, 4, row_height - 4, color))
            d.add(_string(10, mid - size * 0.35, _fit(item, names.bold, size, width - 24), names.bold, size))
            continue
        assert isinstance(item, GanttRow)
        if idx % 2:
            d.add(_rect(0, y, width - 4, row_height, BAND))
        font = names.bold if item.milestone_marker else names.regular
        indent = 10 if item.group else 4
        mark_w = 9 if item.milestone_marker else 0
        if item.milestone_marker:
            d.add(_diamond(indent + 3, mid, 3.2))
        d.add(
            _string(
                indent + mark_w, mid - size * 0.35, _fit(item.label, font, size, x0 - indent - mark_w - 4), font, size
            )
        )
    # vertical grid over the body
    grid_bottom = bottom if last_band else top - stop * row_height
    grid_top = top if first_band else top - start * row_height
    for k in range(len(periods) + 1):
        x = x0 + k * col
        d.add(_line(x, grid_bottom, x, grid_top, GRID, 0.4))
    if last_band:
        d.add(_line(0, bottom, width - 4, bottom, MUTED, 0.6))
    # bars drawn last so they sit above the grid
    for idx, (kind, item) in enumerate(lines):
        if kind != "row" or not start <= idx < stop:
            continue
        assert isinstance(item, GanttRow)
        y = top - (idx + 1) * row_height
        s, e = sorted((item.start, item.end))
        s, e = max(s, first_year), min(e, last_year)
        if s > e:
            continue
        bx = x0 + (s - first_year) * col + 1
        bw = (e - s + 1) * col - 2
        bh = row_height * 0.56
        by = y + (row_height - bh) / 2
        d.add(_rect(bx, by, bw, bh, item.color))
        if item.milestone_marker:
            d.add(_diamond(bx + 1, by + bh / 2, bh / 2 + 1.2))
        if item.sublabel:
            sub = 6.0
            pad = 6.0 if item.milestone_marker else 0.0
            text_in = _fit(item.sublabel, names.regular, sub, bw - 6 - pad)
            if text_in == item.sublabel:
                d.add(
                    _string(
                        bx + pad + (bw - pad) / 2,
                        by + bh / 2 - 2.1,
                        text_in,
                        names.regular,
                        sub,
                        "middle",
                        _on(item.color),
                    )
                )
            elif x1 - (bx + bw) > 30:
                d.add(_string(bx + bw + 3, by + bh / 2 - 2.1, _fit(item.sublabel, names.regular, sub, x1 - bx - bw - 4),
                              names.regular, sub, color=MUTED))  # fmt: skip
    if last_band and any(r.milestone_marker for r in rows):
        d.add(_diamond(8, 8, 3.5))
        d.add(_string(15, 5.3, quick_win_label or labels.noun("quick_win", lang), names.regular, 7.5))
    return d


def month_gantt(rows: list[GanttRow], months: int = 12, width: float = 480, lang: str = "id") -> Any:
    """A month plan (months 1..months), e.g. a Quick Win's first-year steps."""
    return gantt_chart(rows, 1, max(1, months), width=width, row_height=14, lang=lang, unit="month")
