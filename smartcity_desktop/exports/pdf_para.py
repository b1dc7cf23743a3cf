# SPDX-License-Identifier: GPL-3.0-or-later
"""Plain paragraphs broken into lines quickly, with exactly reportlab's result.

A body paragraph of one font and style throughout (a single fragment) is broken by reportlab's Paragraph word by
word in a general loop that calls ``stringWidth`` for every word. ``Para`` here breaks such a paragraph with the
same arithmetic in the same order (so the same floating-point widths, lines and justification), in a lean loop
with the words' widths looked up in pdf_tables' table. Anything else (several fragments, hyphenation, soft
hyphens, a word wider than the line, bidi or shaping, end dots ...) is left to reportlab. Drawing and splitting
are reportlab's own, as the line structure is the one reportlab would have made.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import paragraph as rl_paragraph

from smartcity_desktop.exports import pdf_dry
from smartcity_desktop.exports.pdf_tables import widths_of


def _simple_style(style: Any) -> bool:
    wrap = style.wordWrap
    return not (
        style.endDots
        or style.shaping
        or (wrap and wrap.upper() in ("RTL", "LTR"))
        or getattr(style, "hyphenationLang", "")
        or style.uriWasteReduce
        or style.embeddedHyphenation
    )


class Para(pdf_dry.Para):
    """pdf_dry.Para whose single-fragment line breaking is reportlab's algorithm with the word widths cached.

    Named ``Para`` as the class it refines: layout code recognises paragraphs by that name.
    """

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        got = self._fast_break(width)
        return super().breakLines(width) if got is None else got

    def _fast_break(self, width: Any) -> Any:
        frags = self.frags
        if len(frags) != 1:
            return None
        f = frags[0]
        style = self.style
        if hasattr(f, "cbDefn") or hasattr(f, "backColor") or not _simple_style(style):
            return None
        if rl_paragraph._processed_frags(frags):
            return None
        if hasattr(f, "text"):
            text = f.text
            if not isinstance(text, str) or "\xad" in text or "\xa0" in text:
                return None
            text = rl_paragraph.strip(text)
            if not text:
                return None
            words = text.split()
        else:
            words = f.words
            if isinstance(words, rl_paragraph.BidiList) or not all(
                type(w) is str and "\xad" not in w and w.strip() for w in words
            ):
                return None
            words = list(words)
            if not words:
                return None
        max_widths = list(width) if isinstance(width, (tuple, list)) else [width]
        font, size = f.fontName, f.fontSize
        encoding = self.encoding
        known = widths_of(font, size)
        space = stringWidth(" ", font, size, encoding)
        shrink = style.spaceShrinkage * space
        # the word widths first: a word wider than every line width reportlab would split (left to reportlab)
        word_widths = []
        for w in words:
            ww = known.get(w)
            if ww is None:
                ww = known[w] = stringWidth(w, font, size, encoding)
            word_widths.append(ww)
        rl_paragraph._handleBulletWidth(self.bulletText, style, max_widths)
        if style.splitLongWords and max(word_widths) > min(max_widths):
            return None
        last = len(max_widths) - 1
        lineno = 0
        max_w = max_widths[0]
        width_max = 0
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        current = -space
        for word, ww in zip(words, word_widths, strict=True):
            new = current + space + ww
            if new <= max_w + shrink * len(line) or not line:
                line.append(word)
                current = new
            else:
                if current > width_max:
                    width_max = current
                lines.append((max_w - current, line))
                line = [word]
                current = ww
                lineno += 1
                max_w = max_widths[min(last, lineno)]
        if line:
            if current > width_max:
                width_max = current
            lines.append((max_w - current, line))
        self._width_max = width_max
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        ascent, descent = getAscentDescent(font, size)
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)
