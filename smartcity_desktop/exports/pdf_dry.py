# SPDX-License-Identifier: GPL-3.0-or-later
"""Flowables for a one-pass layout: paragraphs that remember their line breaking, and contents drawn last.

The contents' page numbers are known only at the end of the layout, but their size is known at the start (the
headings are known; a page number never changes how an entry wraps). So the contents take their final size on
the first and only layout pass and are drawn onto their pages when the document is saved, with the real numbers.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.tableofcontents import TableOfContents

Entry = tuple[int, str, int, str]


class Para(Paragraph):
    """A Paragraph that remembers its last line breaking.

    Tables ask the same paragraph for its size at the same width several times; breaking lines is the costliest
    step of the whole export.
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


class Contents(TableOfContents):
    """Contents laid out from the headings expected, drawn at once; their page numbers are drawn at save time.

    ``expect(entries)`` gives the (level, label markup, _, key) of every heading in story order; the layout
    records the real entries through ``addEntry``; ``settled()`` says whether they are the expected ones (else
    the caller lays the document out again, expecting what was found).
    """

    def expect(self, entries: list[Entry]) -> None:
        # the entry's "page" is its index: the formatter turns it into the real page number when drawn
        self._lastEntries = [(level, text, i, key) for i, (level, text, _p, key) in enumerate(entries)]
        self._entries: list[Entry] = []
        self.formatter = self._page_of

    def settled(self) -> bool:
        found = [(e[0], e[1], e[3]) for e in self._entries]
        if found == [(e[0], e[1], e[3]) for e in self._lastEntries]:
            return True
        self.expect(list(self._entries))
        return False

    def _page_of(self, index: int) -> str:
        return str(self._entries[index][2])

    _made: tuple[float, Any, Any] | None = None  # width, entries and canvas the table was made for
    callback = "drawTOCEntryEnd"  # the canvas's name for drawing an entry's end (one per list: pdf_lists)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        """As TableOfContents.wrap, with paragraphs that remember their line breaking, made once per layout
        (the contents are wrapped twice: inside the KeepTogether made for their title, then alone)."""
        from reportlab.platypus import Spacer
        from reportlab.platypus.tableofcontents import drawPageNumbers

        if self._made != (avail_w, self._lastEntries, self.canv):
            entries: list[tuple[int, str, int, str | None]] = list(self._lastEntries) or [
                (0, "Placeholder for table of contents", 0, None)
            ]
            formatter: Any = getattr(self, "formatter", None)

            def entry_end(canvas: Any, _kind: str, label: str) -> None:
                """Draw the dots and the page number after an entry (reportlab's drawTOCEntryEnd), as a form
                defined when the canvas saves its pages (the numbers are known then); the link at once."""
                page, level, index = (int(v) for v in label.split(","))
                style = self.getLevelStyle(level)
                dot = " . " if self.dotsMinLevel >= 0 and level >= self.dotsMinLevel else ""
                key = entries[index][3]
                info = canvas._curr_tx_info
                at = {"cur_x": info["cur_x"], "cur_y": info["cur_y"]}

                def draw(canvas: Any, with_link: bool = False) -> None:
                    number = formatter(page) if formatter else page
                    canvas._curr_tx_info = at
                    drawPageNumbers(canvas, style, [(number, key if with_link else None)], avail_w, avail_h, dot)

                number_later = getattr(canvas, "number_later", None)
                if number_later is None:
                    draw(canvas, with_link=True)
                    return
                number_later(draw)
                if key:  # the dots and the number lead to the heading, as the entry's text does
                    x, y = at["cur_x"], at["cur_y"]
                    canvas.linkRect("", key, (x, y, avail_w, y + style.leading), relative=1)

            self.canv.setNamedCB(self.callback, entry_end)
            data: list[list[Any]] = []
            for i, (level, text, page, key) in enumerate(entries):
                style = self.getLevelStyle(level)
                if key:
                    text = f'<a href="#{key}">{text}</a>'
                end = f'<onDraw name="{self.callback}" label="{page},{level},{i}"/>'
                if style.spaceBefore:
                    data.append([Spacer(1, style.spaceBefore)])
                data.append([Para(text + end, style)])
            self._table = Table(data, colWidths=(avail_w,), style=self.tableStyle)
            self._made = (avail_w, self._lastEntries, self.canv)
        self.width, self.height = self._table.wrapOn(self.canv, avail_w, avail_h)
        return self.width, self.height


class DrawingBox(Flowable):
    """A reportlab Drawing as a flowable."""

    def __init__(self, drawing: Any) -> None:
        super().__init__()
        self.drawing = drawing
        self.width = drawing.width
        self.height = drawing.height
        self.hAlign = getattr(drawing, "hAlign", "CENTER")

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)
