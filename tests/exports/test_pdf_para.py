# SPDX-License-Identifier: GPL-3.0-or-later
"""The fast plain paragraph (exports/pdf_para.py) breaks, splits and draws as reportlab's Paragraph."""

from __future__ import annotations

import random
from typing import Any

import pytest

WORDS = (
    "Pemerintah Kabupaten menyusun masterplan smart city untuk lima tahun ke depan dengan dukungan seluruh "
    "OPD terkait, termasuk Diskominfo, Bappeda, RSUD dan Satpol PP; anggaran Rp 1.250.000.000 per tahun "
    "a i di ke yang dan ekosistem-digital interoperabilitas tata-kelola (SPBE) 2026/2027 100% x"
).split()


def _styles() -> dict[str, Any]:
    from smartcity_desktop.exports import fonts
    from smartcity_desktop.exports import pdf_styles as ps

    return ps.paragraph_styles(fonts.register())


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _lines(para: Any) -> list[tuple[float, list[str]]]:
    return [(extra, list(words)) for extra, words in para.blPara.lines]


@pytest.mark.parametrize("style_name", ["body", "bullet", "center", "cell"])
def test_lines_are_reportlabs_on_random_text(style_name: str) -> None:
    """Same words on the same lines with the same spare width (so the same justification) as a Paragraph."""
    from reportlab.platypus import Paragraph

    from smartcity_desktop.exports.pdf_flowables import escape, paragraph
    from smartcity_desktop.exports.pdf_para import Para
    from smartcity_desktop.exports.tree import Run

    styles = _styles()
    style = styles.get(style_name, styles["body"])
    rng = random.Random(20261201)
    fast = 0
    for _ in range(150):
        text = _text(rng, rng.randint(1, 120))
        width = rng.uniform(60, 460)
        bullet = "•" if style_name == "bullet" else None
        mine = paragraph([Run(text)], style, bullet)
        assert isinstance(mine, Para)
        theirs = Paragraph(escape(text), style, bulletText=bullet)
        assert mine.wrap(width, 800) == theirs.wrap(width, 800)
        assert _lines(mine) == _lines(theirs)
        assert mine.blPara.kind == theirs.blPara.kind == 0
        assert mine._width_max == theirs._width_max
        fast += mine._fast_break(width) is not None
    assert fast > 100  # the fast way was taken, not only reportlab's


def test_fast_way_taken_for_body_text_and_left_to_reportlab_otherwise() -> None:
    from smartcity_desktop.exports.pdf_flowables import paragraph
    from smartcity_desktop.exports.tree import Run

    style = _styles()["body"]
    assert paragraph([Run("kata biasa saja")], style)._fast_break(200) is not None
    assert paragraph([Run("kata "), Run("tebal", bold=True)], style)._fast_break(200) is None
    assert paragraph([Run("x" * 300)], style)._fast_break(100) is None  # split by reportlab: a word too wide


def test_split_over_a_page_loses_no_words_and_matches_reportlab() -> None:
    from reportlab.platypus import Paragraph

    from smartcity_desktop.exports.pdf_flowables import escape, paragraph
    from smartcity_desktop.exports.tree import Run

    style = _styles()["body"]
    rng = random.Random(7)
    for _ in range(30):
        text = _text(rng, rng.randint(40, 400))
        width, height = rng.uniform(150, 460), rng.uniform(30, 300)
        mine = paragraph([Run(text)], style)
        theirs = Paragraph(escape(text), style)
        mine.wrap(width, height)
        theirs.wrap(width, height)
        parts, rl_parts = mine.split(width, height), theirs.split(width, height)
        assert len(parts) == len(rl_parts)
        words: list[str] = []
        for part, rl_part in zip(parts, rl_parts, strict=True):
            assert part.__class__.__name__ == "Para"
            assert part.wrap(width, 10_000) == rl_part.wrap(width, 10_000)
            assert _lines(part) == _lines(rl_part)
            words += [w for _extra, line in part.blPara.lines for w in line]
        assert words == text.split()


def _drawn(para: Any, width: float = 400) -> bytes:
    """The PDF of two pages with ``para`` drawn on each (uncompressed, invariant): on the second, the font knows the
    codes of its characters already."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=0)
    for _page in range(2):
        para.wrapOn(canvas, width, 800)
        para.drawOn(canvas, 50, 20)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_drawn_the_same_as_reportlab() -> None:
    """The page content of a justified plain paragraph is byte for byte reportlab's."""
    from reportlab.platypus import Paragraph

    from smartcity_desktop.exports.pdf_flowables import escape, paragraph
    from smartcity_desktop.exports.tree import Run

    style = _styles()["body"]
    text = _text(random.Random(3), 300)
    assert _drawn(paragraph([Run(text)], style)) == _drawn(Paragraph(escape(text), style))


@pytest.mark.parametrize("style_name", ["body", "bullet", "center", "cell", "right", "left_indent", "squeezed"])
def test_lines_drawn_as_reportlab_draws_them(style_name: str) -> None:
    """Every alignment, bullets, first-line indents, texts reportlab breaks itself (no-break spaces, words wider than
    the line) and the parts of a split paragraph: the same bytes as reportlab's Paragraph draws."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from smartcity_desktop.exports.pdf_flowables import escape, paragraph
    from smartcity_desktop.exports.tree import Run

    styles = _styles()
    style = styles.get(style_name, styles["body"])
    if style_name == "right":
        style = ParagraphStyle("right", parent=styles["cell"], alignment=TA_RIGHT)
    elif style_name == "squeezed":  # lines whose spaces are narrowed: word spacing below 0, every alignment
        style = ParagraphStyle("squeezed", parent=styles["body"], spaceShrinkage=0.3)
    elif style_name == "left_indent":
        style = ParagraphStyle("indent", parent=styles["body"], firstLineIndent=12, leftIndent=6, alignment=0)
    rng = random.Random(11)
    for k in range(40):
        text = _text(rng, rng.randint(1, 90))
        if k % 5 == 1:
            text = text.replace(" ", "\xa0", 3)  # broken by reportlab, drawn by us
        if k % 5 == 2:
            text += " " + "Pemberdayaan" * 6  # a word wider than the line: split by reportlab
        width = rng.uniform(80, 460)
        if style_name == "squeezed":
            style.alignment = (0, 1, 2, 4)[k % 4]
        bullet = f"{k}." if style_name == "bullet" and k % 2 else ("•" if style_name == "bullet" else None)
        mine = paragraph([Run(text)], style, bullet)
        theirs = Paragraph(escape(text), style, bulletText=bullet)
        assert _drawn(mine, width) == _drawn(theirs, width), (k, text)
        mine.wrap(width, 60)
        theirs.wrap(width, 60)
        for part, rl_part in zip(mine.split(width, 60), theirs.split(width, 60), strict=True):
            assert _drawn(part, width) == _drawn(rl_part, width)


def test_plain_lines_are_written_without_a_text_object(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lines and the bullet are written directly (no reportlab text object, whose calls per line cost most of
    the drawing)."""
    from reportlab.pdfgen.canvas import Canvas

    from smartcity_desktop.exports.pdf_flowables import paragraph
    from smartcity_desktop.exports.tree import Run

    made: list[Any] = []
    begin = Canvas.beginText

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        made.append(args)
        return begin(self, *args, **kwargs)

    monkeypatch.setattr(Canvas, "beginText", counted)
    _drawn(paragraph([Run(_text(random.Random(5), 200))], _styles()["body"]))
    _drawn(paragraph([Run(_text(random.Random(6), 30))], _styles()["bullet"], "•"))  # its bullet too
    assert made == []
    _drawn(paragraph([Run("kata "), Run("tebal", bold=True)], _styles()["body"]))  # two fragments: reportlab's
    assert len(made) == 2  # one per page it is drawn on


def test_drawn_as_reportlab_draws_under_another_fill_alpha() -> None:
    """Where the canvas fills with another alpha than the text colour's, the colour is set the canvas's way (its
    alpha written too): still reportlab's bytes."""
    import io

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from smartcity_desktop.exports.pdf_flowables import escape, paragraph
    from smartcity_desktop.exports.tree import Run

    style = _styles()["bullet"]
    text = _text(random.Random(9), 60)

    def draw(para: Any) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, invariant=1, pageCompression=0)
        canvas.setFillAlpha(0.5)
        para.wrapOn(canvas, 300, 800)
        para.drawOn(canvas, 50, 20)
        canvas.showPage()
        canvas.save()
        return out.getvalue()

    mine = draw(paragraph([Run(text)], style, "•"))
    assert b" gs" in mine
    assert mine == draw(Paragraph(escape(text), style, bulletText="•"))
