# SPDX-License-Identifier: GPL-3.0-or-later
"""Plain paragraphs broken into lines quickly, with exactly reportlab's result.

A body paragraph of one font and style throughout (a single fragment) is broken by reportlab's Paragraph word by
word in a general loop that calls ``stringWidth`` for every word. ``Para`` here breaks such a paragraph with the
same arithmetic in the same order (so the same floating-point widths, lines and justification), in a lean loop
with the words' widths looked up in pdf_tables' table. Anything else (several fragments, hyphenation, soft
hyphens, a word wider than the line, bidi or shaping, end dots ...) is left to reportlab. Splitting is reportlab's
own, as the line structure is the one reportlab would have made.

Drawing such lines (one font, one colour: reportlab's "kind 0" lines, however broken) writes the PDF text operators
reportlab's text object would write for them (``Td`` moves, ``Tw`` word spacing, the font's subset, ``Tj``) as one
string per line, byte for byte the same, without a text object's calls per line.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.rl_config import paraFontSizeHeightOffset

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

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - reportlab's name
        if debug or not _draw_lines(self):
            super().drawPara(debug)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - reportlab names
        """Flowable.drawOn (save the state, move to x, y, draw, restore) writing the operators it writes, without
        the canvas's state bookkeeping, which the restore would undo anyway; else reportlab's own."""
        self.canv = canvas
        try:
            direct = not getattr(self, "_showBoundary", None) and not self.debug and _plain_lines(self)
            fill = _fill_operator(canvas, self.blPara.textColor) if direct else ""
            if fill and self.bulletText:  # a bullet drawn reportlab's way must not change the alpha either
                bullet_color = getattr(self.style, "bulletColor", self.style.textColor)
                if getattr(bullet_color, "alpha", None) not in (None, canvas._extgstate.getValue("ca")):
                    fill = ""
        finally:
            del self.canv
        if not fill:
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW)
        code = canvas._code
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
        self.canv = canvas
        try:
            _draw_lines(self, fill)
        finally:
            del self.canv
        code.append("Q")

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
        get = known.get
        found = [get(w) for w in words]
        if None in found:
            for i, ww in enumerate(found):
                if ww is None:
                    w = words[i]
                    found[i] = known[w] = stringWidth(w, font, size, encoding)
        word_widths: list[float] = found  # type: ignore[assignment]  # every None measured
        rl_paragraph._handleBulletWidth(self.bulletText, style, max_widths)
        if style.splitLongWords and max(word_widths) > min(max_widths):
            return None
        last = len(max_widths) - 1
        lineno = 0
        max_w = max_widths[0]
        width_max = 0
        lines: list[tuple[float, list[str]]] = []
        start = 0  # the first word of the line being filled
        current = -space
        for i, ww in enumerate(word_widths):
            new = current + space + ww
            if new <= max_w + shrink * (i - start) or i == start:
                current = new
            else:
                if current > width_max:
                    width_max = current
                lines.append((max_w - current, words[start:i]))
                start = i
                current = ww
                lineno += 1
                max_w = max_widths[min(last, lineno)]
        if start < len(words):
            if current > width_max:
                width_max = current
            lines.append((max_w - current, words[start:]))
        self._width_max = width_max
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        ascent, descent = getAscentDescent(font, size)
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


def _plain_lines(para: Any) -> bool:
    """Whether reportlab's drawPara would draw ``para`` as lines of plain words in one TrueType font and colour,
    with nothing around them (no background, border, underline, link, right-to-left or shaped text)."""
    bl = para.blPara
    style = para.style
    if bl.kind != 0 or not bl.lines or hasattr(para, "_offsets") or getattr(para, "_JustifyLast", False):
        return False
    if style.backColor or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None)):
        return False
    if getattr(bl, "us_lines", None) or getattr(bl, "link", None) or style.wordWrap in ("RTL", "LTR"):
        return False
    if not para.canv.bottomup or style.alignment not in (TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY):
        return False
    return bool(getFont(bl.fontName)._dynamicFont)  # a TrueType font (the words are joined: plain text)


def _fill_operator(canvas: Any, color: Any) -> str:
    """What ``canvas.setFillColor(color)`` writes when it writes only the colour (an RGB colour of the alpha the
    canvas has), with its one other lasting effect (the PDF version); "" otherwise."""
    if type(color) is not Color or getattr(canvas, "_enforceColorSpace", None):
        return ""
    alpha = color.alpha
    if alpha is not None:
        if canvas._extgstate.getValue("ca") != alpha:
            return ""
        canvas._doc.ensureMinPdfVersion("transparency")
    return f"{fp_str((color.red, color.green, color.blue))} rg"


def _draw_lines(para: Any, fill: str = "") -> bool:
    """Draw ``para``'s lines as reportlab's drawPara draws kind-0 lines, writing the text operators directly; False
    (nothing drawn) when the paragraph is not such a one. ``fill``: the colour's operator (``_fill_operator``), to
    write it and the state's save and restore directly (the canvas's state unchanged)."""
    if not fill and not _plain_lines(para):
        return False
    canvas = para.canv
    style = para.style
    bl = para.blPara
    lines = bl.lines
    leading = style.leading
    auto = getattr(para, "autoLeading", getattr(style, "autoLeading", ""))
    if auto == "max":
        leading = max(leading, bl.ascent - bl.descent)
    elif auto == "min":
        leading = bl.ascent - bl.descent
    x0 = style.leftIndent
    y0 = para.height - (bl.fontSize if paraFontSizeHeightOffset else getattr(bl, "ascent", bl.fontSize))
    if fill:
        canvas._code.append("q")
    else:
        canvas.saveState()
    offset = style.firstLineIndent
    if para.bulletText:
        offset = _draw_bullet(canvas, offset, y0, para.bulletText, style)
    if fill:
        canvas._code.append(fill)
    else:
        canvas.setFillColor(bl.textColor)
    font = getFont(bl.fontName)
    doc = canvas._doc
    escape = canvas._escape
    split = font.splitString
    select = f" {fp_str(bl.fontSize)} Tf {fp_str(leading)} TL"
    subsets: dict[int, str] = {}
    code = ["BT", f"1 0 0 1 {fp_str(x0, y0)} Tm"]
    current = -1  # the font subset selected last
    alignment = style.alignment
    last_line = len(lines) - 1
    justify_last = not getattr(para, "_JustifyLast", False)
    min_words = style.justifyLastLine

    def move(dx: float) -> None:
        """reportlab's setXPos(tx, dx): a Td, merged into a Td just written."""
        if not (dx > 1e-6 or dx < -1e-6):
            return
        dy = 0.0
        if code[-1].endswith(" Td"):
            parts = code[-1].split()
            if len(parts) == 3:
                del code[-1]
            else:
                code[-1] = "".join(parts[:-4])
            dx += float(parts[-3])
            dy -= float(parts[-2])
            code.append(f"{fp_str(dx, -dy)} Td")
        else:
            code.append(f"{fp_str(dx, 0)} Td")

    texts = [" ".join(words) for _extra, words in lines]
    codes = _first_subset_codes(font, doc, texts)
    for i, (extra, words) in enumerate(lines):
        if i:
            offset = 0
        text = texts[i]
        if alignment == TA_JUSTIFY:
            last = justify_last and i == last_line
            if last and min_words and len(words) > min_words:
                last = False
            simple = (-1e-8 < extra <= 1e-8) or (last and extra > -1e-8)
        else:
            simple = extra > -1e-8
        spaces = 0
        if not simple:
            spaces = len(words) + text.count("\xa0") - 1
            simple = spaces <= 0
        if alignment == TA_CENTER and simple:
            at = offset + 0.5 * extra
        elif alignment == TA_RIGHT and simple:
            at = offset + extra
        else:
            at = offset
        if alignment in (TA_LEFT, TA_JUSTIFY) or simple:
            if at > 1e-6 or at < -1e-6:
                move(at)
            if not simple:
                code.append(f"{fp_str(extra / float(spaces))} Tw")
        else:  # centred or right-aligned with its spaces widened: the word spacing first
            code.append(f"{fp_str(extra / float(spaces))} Tw")
            move(at)
        if codes is not None:  # every character has its code in the first subset (nearly always)
            shown_text = f"({escape(text.translate(codes).encode('latin-1'))}) Tj T*"
            if current:  # the first subset selected first
                current = 0
                shown_text = f"{font.getSubsetInternalName(0, doc)}{select} {shown_text}"
            code.append(shown_text)
            if not simple:
                code.append("0 Tw")
            if at > 1e-6 or at < -1e-6:
                move(-at)
            continue
        shown = []
        for subset, chunk in split(text, doc):
            if subset != current:
                name = subsets.get(subset)
                if name is None:
                    name = subsets[subset] = font.getSubsetInternalName(subset, doc)
                shown.append(name + select)
                current = subset
            shown.append(f"({escape(chunk)}) Tj")
        code.append(" ".join(shown) + " T*")
        if not simple:
            code.append("0 Tw")
        move(-at)
    code.append("ET")
    canvas._code.append(" ".join(code))
    if fill:
        canvas._code.append("Q")
    else:
        canvas.restoreState()
    return True


def _first_subset_codes(font: Any, doc: Any, texts: list[str]) -> dict[int, int] | None:
    """The codes (a str.translate table) of the characters of ``texts`` in the font's first subset in ``doc``
    when every character of them has one there and no text is empty (what ``splitString`` would give), else None."""
    codes = getattr(font, "first_subset_codes", None)
    if codes is None or not all(texts):
        return None
    got: dict[int, int] | None = codes(doc, "".join(texts))
    return got


def _draw_bullet(canvas: Any, offset: float, y: float, bullet: Any, style: Any) -> float:
    """reportlab's _drawBullet for a bullet of plain text anchored at its start, in a TrueType font and an RGB
    colour, written directly (as its text object would write it); else reportlab's own. The text's new offset."""
    color = getattr(style, "bulletColor", style.textColor)
    font = getFont(style.bulletFontName)
    fill = ""
    if isinstance(bullet, str) and style.bulletAnchor == "start" and font._dynamicFont:
        fill = _fill_operator(canvas, color)  # as the text object sets it (its alpha too, when it would write it)
    if not fill:
        return float(rl_paragraph._drawBullet(canvas, offset, y, bullet, style, rtl=False))
    size = style.bulletFontSize
    x = style.bulletIndent
    y += getattr(style, "bulletOffsetY", 0)
    doc = canvas._doc
    code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm", fill]
    shown = []
    current = -1
    for subset, chunk in font.splitString(bullet, doc):
        if subset != current:
            shown.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf {fp_str(size * 1.2)} TL")
            current = subset
        shown.append(f"({canvas._escape(chunk)}) Tj")
    code += [" ".join(shown), "ET"]
    canvas._code.append(" ".join(code))
    end = x + stringWidth(bullet, style.bulletFontName, size) + size * 0.6
    return max(offset, end - style.leftIndent)
