# SPDX-License-Identifier: GPL-3.0-or-later
"""A table flowable that draws what reportlab's Table draws for our table styles, for a fraction of its cost.

reportlab's Table resolves a style command list into a style object per cell, measures every cell again at each
wrap and draws each line of each cell as a text object of its own. Our tables need little of that: a look per row
(font, colour, background, paddings, alignment per column), full-row spans (group rows), the header repeated on
each page, and a few line patterns. ``GridTable`` keeps the same geometry (row heights, split points, positions of
text, backgrounds and rules) and draws the text of all plain cells of a page as one PDF text object.

Cells are strings already broken into lines (see pdf_tables), FontLines (lines in fonts of their own) or flowables
(Paragraphs: mixed emphasis within a line, fallback fonts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable
from reportlab.rl_config import _FUZZ

GRID_WEIGHT = 0.4
BOX_WEIGHT = 0.8


class FontLines(tuple):  # type: ignore[type-arg]
    """A cell of lines each in a font of its own: ((text, font name), ...) (a label over an italic note)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Look:
    """How the cells of a row are set: font and leading (per column: a label column may be bold), text colour,
    alignment per column (LEFT, RIGHT, CENTER), vertical alignment (TOP, MIDDLE), paddings."""

    fonts: tuple[str, ...]
    size: float
    leadings: tuple[float, ...]
    color: Color
    aligns: tuple[str, ...]
    valign: str = "TOP"
    left: float = 4.0
    right: float = 4.0
    top: float = 2.5
    bottom: float = 3.0


@dataclass(slots=True)
class Row:
    """One table row: its cells, its look and what is painted with it.

    ``backgrounds``: (first column, last column, colour) painted in order; ``span``: the first cell spans the
    whole row (a group row), or ``span_last`` the last two columns (the header of a split column); ``rule_above``:
    a heavy accent rule above the row (a total); ``join``: a rule of this colour below the row, painted over the
    grid (a row continued in the next one: no visible rule between its parts)."""

    cells: list[Any]
    look: Look
    backgrounds: tuple[tuple[int, int, Color], ...] = ()
    span: bool = False
    span_last: bool = False
    rule_above: bool = False
    join: Color | None = None


@dataclass(frozen=True, slots=True)
class Rules:
    """The rules of a table: ``kind`` "grid" (grid and a heavy box), "split" (grid up to the last two columns,
    then only rules below the rows, heavy box), "keyvalue" (rules below the rows, heavy accent above the first and
    below the last) or "none"."""

    kind: str
    grid: Color
    accent: Color


class GridTable(Flowable):  # type: ignore[misc]
    """Rows of cells in columns ``widths`` wide; the first ``repeat`` rows (the header) repeat on each page.

    ``first``/``last``: this piece holds the table's first/last row (keyvalue tables rule only those)."""

    def __init__(
        self,
        rows: list[Row],
        widths: list[float],
        rules: Rules,
        repeat: int = 0,
        first: bool = True,
        last: bool = True,
        heights: list[float] | None = None,
    ) -> None:
        super().__init__()
        self.rows = rows
        self._colWidths = widths  # reportlab's names: what a reader of a Table looks at
        self.repeatRows = repeat
        self.rules = rules
        self.first = first
        self.last = last
        self.hAlign = "LEFT"
        self._heights = heights
        self._nosplit: set[int] = set()  # split positions (rows before the split) that a NOSPLIT forbids
        total = 0.0
        self._colpositions = [0.0]
        for w in widths:
            total += w
            self._colpositions.append(total)
        self.width = total
        self.height = 0.0

    @property
    def _cellvalues(self) -> list[list[Any]]:
        return [r.cells for r in self.rows]

    # --- geometry ---------------------------------------------------------------------------------------------
    def heights(self) -> list[float]:
        """Each row's height: its tallest cell (lines times leading, or a flowable's height) plus paddings."""
        if self._heights is None:
            self._heights = [self._row_height(r) for r in self.rows]
        return self._heights

    def _row_height(self, row: Row) -> float:
        look = row.look
        widths = self._colWidths
        pad = look.top + look.bottom
        h = 0.0
        ncols = len(widths)
        for c, v in enumerate(row.cells):
            if row.span and c:
                break
            if row.span_last and c == ncols - 1:
                continue
            if isinstance(v, str):
                t = look.leadings[c] * (v.count("\n") + 1)
            elif isinstance(v, FontLines):
                t = look.leadings[c] * max(1, len(v))
            else:
                w = widths[c]
                if row.span:
                    w = self.width
                elif row.span_last and c == ncols - 2:
                    w += widths[c + 1]
                t = v.wrap(w - look.left - look.right, 72000 - pad)[1]
            if t + pad > h:
                h = t + pad
        return h

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.height = sum(self.heights())
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Any]:
        """The rows that fit in ``avail_h`` and the rest (after the repeated header), as reportlab's Table splits
        by rows; nothing when not even one row after the header fits."""
        heights = self.heights()
        h = 0.0
        n = 0
        fits = 0
        for rh in heights:
            if h + rh > avail_h:
                break
            h += rh
            fits += 1
            if fits not in self._nosplit:
                n = fits
        if n <= self.repeat_count:
            return []
        if n == len(self.rows):
            return [self]
        r = self.repeat_count
        head = GridTable(
            self.rows[:n], self._colWidths, self.rules, r, self.first, False, heights[:n]
        )  # fmt: skip
        tail = GridTable(
            self.rows[:r] + self.rows[n:], self._colWidths, self.rules, r, False, self.last, heights[:r] + heights[n:]
        )
        head._nosplit = {k for k in self._nosplit if k < n}
        tail._nosplit = {k - n + r for k in self._nosplit if k > n}
        return [head, tail]

    def setStyle(self, commands: list[tuple[Any, ...]]) -> None:  # noqa: N802 - reportlab's name
        """reportlab's ("NOSPLIT", (c0, r0), (c1, r1)): rows r0..r1 stay on one page (the only style command a
        GridTable takes; its look is given by its rows)."""
        n = len(self.rows)
        for op, (_sc, sr), (_ec, er), *_rest in commands:
            if op != "NOSPLIT":
                raise ValueError(f"GridTable takes no {op!r} command")
            sr, er = sorted((sr + n if sr < 0 else sr, er + n if er < 0 else er))
            self._nosplit.update(range(sr + 1, er + 1))  # no split leaving these many rows before it

    @property
    def repeat_count(self) -> int:
        return int(self.repeatRows)

    # --- drawing ----------------------------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        heights = self.heights()
        tops = []  # the top of each row, from the table's top (its height) down
        y = sum(heights)
        for h in heights:
            tops.append(y)
            y -= h
        canv.saveState()
        self._draw_backgrounds(canv, heights, tops)
        self._draw_cells(canv, heights, tops)
        self._draw_rules(canv, heights, tops)
        canv.restoreState()

    def _draw_backgrounds(self, canv: Any, heights: list[float], tops: list[float]) -> None:
        cp = self._colpositions
        code = canv._code
        current = None
        for row, top, h in zip(self.rows, tops, heights, strict=True):
            for sc, ec, color in row.backgrounds:
                if color != current:
                    canv.setFillColor(color)
                    current = color
                code.append(f"{_n(cp[sc])} {_n(top - h)} {_n(cp[ec + 1] - cp[sc])} {_n(h)} re f")

    def _draw_cells(self, canv: Any, heights: list[float], tops: list[float]) -> None:
        """Plain cells as PDF text written directly (no canvas calls per line), flowables (cells with markup) drawn
        in their place: the text reads in the order of the cells, row by row."""
        cp = self._colpositions
        widths = self._colWidths
        ncols = len(widths)
        doc = canv._doc
        escape = canv._escape
        ops: list[str] = []
        state: list[Any] = [None]  # the colour set last
        fonts: dict[str, Any] = {}
        sizes: dict[float, str] = {}
        subsets: dict[tuple[str, int], str] = {}  # (font, subset) -> its PDF name
        specs: dict[int, list[tuple[Any, bool, Any, str, str]]] = {}  # id(look) -> per column, see _spec
        known = _shown_lines(canv)

        def flush() -> None:
            if ops:
                canv._code.append("\n".join(ops))
                ops.clear()

        def show(row: Row, top: float, h: float, c: int, v: Any) -> None:
            """Draw cell ``c`` (``v``) of ``row`` (its top at ``top``, ``h`` high)."""
            look = row.look
            x0 = cp[c]
            w = self.width if row.span else widths[c] + (widths[c + 1] if row.span_last and c == ncols - 2 else 0)
            if not isinstance(v, (str, FontLines)):
                vh = v.wrap(w - look.left - look.right, 72000 - look.top - look.bottom)[1]
                if look.valign == "MIDDLE":
                    y = (top - h) + (h + look.bottom - look.top + vh) / 2.0
                else:
                    y = top - look.top
                flush()
                v.drawOn(canv, x0 + look.left, y - vh)
                state[0] = None  # the flowable may have set another colour
                return
            if state[0] is not look.color:
                flush()
                canv.setFillColor(look.color)
                state[0] = look.color
            lines = [(line, look.fonts[c]) for line in v.split("\n")] if isinstance(v, str) else v
            leading = look.leadings[c]
            size = look.size
            tf = sizes.get(size) or sizes.setdefault(size, f" {fp_str(size)} Tf (")
            if look.valign == "MIDDLE":
                y = (top - h) + (look.bottom + h - look.top + len(lines) * leading) / 2.0 - size
            else:
                y = top - look.top - size
            align = "LEFT" if row.span else look.aligns[c]
            if align == "RIGHT":
                x = x0 + w - look.right
            elif align == "LEFT":
                x = x0 + look.left
            else:
                x = x0 + (w + look.left - look.right) * 0.5
            left = fp_str(x) if align == "LEFT" else ""
            for line, name in lines:
                if line:
                    font = fonts.get(name) or fonts.setdefault(name, getFont(name))
                    lx = x
                    if align == "RIGHT":
                        lx = x - font.stringWidth(line, size)
                    elif align != "LEFT":
                        lx = x - font.stringWidth(line, size) * 0.5
                    if font._dynamicFont:  # a text object per line, as reportlab draws it: readers (pypdf)
                        # take each as one piece of text
                        tj = known.get((name, tf, line)) or shown(font, name, tf, line)
                        ops.append(f"BT 1 0 0 1 {left or fp_str(lx)} {fp_str(y)} Tm {tj}")
                    else:  # a font that is not embedded (not ours): the canvas's way
                        flush()
                        canv.setFont(name, size)
                        canv.drawString(lx, y, line)
                y -= leading

        def shown(font: Any, name: str, tf: str, line: str) -> str:
            """The operators showing ``line`` (font subsets, escaped codes) and ending the text object."""
            key = (name, tf, line)
            got = known.get(key)
            if got is None:  # the callers looked first; here when the line is new
                parts = []
                for subset, chunk in font.splitString(line, doc):
                    sub = subsets.get((name, subset))
                    if sub is None:
                        sub = subsets[(name, subset)] = font.getSubsetInternalName(subset, doc)
                    parts.append(f"{sub}{tf}{escape(chunk)}) Tj")
                parts.append("ET")
                got = known[key] = " ".join(parts)
            return got

        for row, top, h in zip(self.rows, tops, heights, strict=True):
            look = row.look
            if row.span or row.span_last or look.valign != "TOP":
                for c, v in enumerate(row.cells):
                    if (row.span and c) or (row.span_last and c == ncols - 1):
                        break
                    if v:
                        show(row, top, h, c, v)
                continue
            # the usual row: cells of one line, set at the top
            spec = specs.get(id(look))
            if spec is None:
                spec = specs[id(look)] = self._spec(look)
            y = top - look.top - look.size
            ys = ""  # fp_str(y), made once the row has a line to show
            for c, v in enumerate(row.cells):
                if not v:
                    continue
                if v.__class__ is not str or state[0] is not look.color:
                    show(row, top, h, c, v)
                    continue
                x, right, font, name, tf = spec[c]
                if font is None:
                    show(row, top, h, c, v)
                elif "\n" in v:  # lines one below the other, as show() sets them
                    size = look.size
                    leading = look.leadings[c]
                    line_y = y
                    for line in v.split("\n"):
                        if line:
                            xs = fp_str(x - font.stringWidth(line, size)) if right else x
                            tj = known.get((name, tf, line)) or shown(font, name, tf, line)
                            ops.append(f"BT 1 0 0 1 {xs} {fp_str(line_y)} Tm {tj}")
                        line_y -= leading
                else:
                    ys = ys or fp_str(y)
                    xs = fp_str(x - font.stringWidth(v, look.size)) if right else x
                    ops.append(f"BT 1 0 0 1 {xs} {ys} Tm {known.get((name, tf, v)) or shown(font, name, tf, v)}")
        flush()

    def _spec(self, look: Look) -> list[tuple[Any, bool, Any, str, str]]:
        """Per column of a row with ``look``: where its text is anchored (a left-aligned column's x as the PDF
        writes it), whether it is right-aligned, its font (None when not embedded or centred: drawn the general
        way), font name and size operator."""
        out = []
        for c, (name, align) in enumerate(zip(look.fonts, look.aligns, strict=True)):
            font = getFont(name)
            right = align == "RIGHT"
            x = self._colpositions[c + 1] - look.right if right else self._colpositions[c] + look.left
            usable = font._dynamicFont and align in ("LEFT", "RIGHT")
            out.append((x if right else fp_str(x), right, font if usable else None, name, f" {fp_str(look.size)} Tf ("))
        return out

    def _draw_rules(self, canv: Any, heights: list[float], tops: list[float]) -> None:
        rules = self.rules
        if rules.kind == "none" and not any(r.rule_above or r.join for r in self.rows):
            return
        cp = self._colpositions
        ncols = len(self._colWidths)
        bottom = tops[-1] - heights[-1] if tops else 0.0
        code = canv._code
        code.append("1 J 1 j")
        groups: list[tuple[float, Color, list[str]]] = []

        def segments(weight: float, color: Color) -> list[str]:
            if not groups or groups[-1][0] != weight or groups[-1][1] != color:
                groups.append((weight, color, []))
            return groups[-1][2]

        n = len(self.rows)
        # the PDF numbers of the rows' tops (and of the bottom of the last row) and of the table's width, written once
        top_s = [_n(t) for t in tops] + [_n(bottom)]
        zero, full = _n(0.0), _n(self.width)

        def hline(out: list[str], x0: str, x1: str, y: str) -> None:
            out.append(f"{x0} {y} m {x1} {y} l")

        def vline(out: list[str], x: float, first: int, stop: int) -> None:
            """A vertical rule at ``x`` along rows first..stop-1, broken where a span covers ``x``."""
            inner = 0.0 + _FUZZ < x < self.width - _FUZZ
            xs = _n(x)
            start = None
            for i in range(first, stop):
                row = self.rows[i]
                blocked = inner and (row.span or (row.span_last and abs(x - cp[ncols - 1]) < _FUZZ))
                if blocked:
                    if start is not None:
                        out.append(f"{xs} {top_s[start]} m {xs} {top_s[i]} l")
                        start = None
                elif start is None:
                    start = i
            if start is not None:
                out.append(f"{xs} {top_s[start]} m {xs} {below(stop - 1)} l")

        def below(i: int) -> str:
            """The PDF number of the bottom of row ``i`` (the next row's top: the same subtraction made it)."""
            return top_s[i + 1] if i + 1 < n else _n(tops[i] - heights[i])

        accent = rules.accent
        for i, row in enumerate(self.rows):
            if row.rule_above:
                hline(segments(BOX_WEIGHT, accent), zero, full, top_s[i])
        if rules.kind in ("grid", "split") and n:
            last_col = ncols if rules.kind == "grid" else ncols - 2
            out = segments(GRID_WEIGHT, rules.grid)
            x1 = cp[last_col]
            x1s = _n(x1)
            # GRID = box of the region, then its inner rules (reportlab's order)
            hline(out, zero, x1s, top_s[0])
            hline(out, zero, x1s, top_s[n])
            vline(out, 0.0, 0, n)
            vline(out, x1, 0, n)
            for i in range(1, n):
                hline(out, zero, x1s, top_s[i])
            for c in range(1, last_col):
                vline(out, cp[c], 0, n)
            if rules.kind == "split":
                split_x = _n(cp[ncols - 2])
                for i in range(n):
                    hline(out, split_x, full, below(i))
            # the box of a table split over pages (as reportlab splits it): its sides on every piece, its top on
            # the first piece and above each repeated header, its bottom below the table's last row only
            out = segments(BOX_WEIGHT, accent)
            if self.first or self.repeatRows:
                hline(out, zero, full, top_s[0])
            if self.last:
                hline(out, zero, full, top_s[n])
            vline(out, 0.0, 0, n)
            vline(out, self.width, 0, n)
        elif rules.kind == "keyvalue" and n:
            out = segments(GRID_WEIGHT, rules.grid)
            for i in range(n):
                hline(out, zero, full, below(i))
            if self.first:
                hline(segments(BOX_WEIGHT, accent), zero, full, top_s[0])
            if self.last:
                hline(segments(BOX_WEIGHT, accent), zero, full, top_s[n])
        for i, row in enumerate(self.rows):
            if row.join is not None:
                hline(segments(GRID_WEIGHT, row.join), zero, full, below(i))
        weight = color = None
        for w, col, out in groups:
            if col != color:
                canv.setStrokeColor(col)
                color = col
            if w != weight:
                canv.setLineWidth(w)
                weight = w
            code.append(" ".join(out) + " S")


MAX_SHOWN = 50_000  # lines whose operators a canvas remembers (cells repeat: years, units, sources, agencies)


def _shown_lines(canv: Any) -> dict[tuple[str, str, str], str]:
    """The text operators of the cell lines drawn on ``canv`` so far, by font, size operator and text: a line's
    characters have their subset codes once it was drawn, so its operators never change in that document."""
    known: dict[tuple[str, str, str], str] | None = canv.__dict__.get("_grid_shown")
    if known is None or len(known) > MAX_SHOWN:
        known = canv.__dict__["_grid_shown"] = {}
    return known


def _n(v: float) -> str:
    return str(fp_str(v))
