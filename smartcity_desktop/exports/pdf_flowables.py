# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn document-tree blocks into reportlab flowables; every piece of user text is escaped here."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from smartcity_desktop.exports import pdf_styles as ps
from smartcity_desktop.exports.fonts import FontNames
from smartcity_desktop.exports.tree import (
    BulletList,
    Chart,
    Cover,
    Heading,
    Landscape,
    PageBreak,
    Paragraph,
    Run,
    Table,
    Toc,
)

log = logging.getLogger(__name__)

LOGO_DPI = 180
LOGO_MAX = (45 * ps.MM, 45 * ps.MM)
MAX_IMAGE_PIXELS = 40_000_000
# A paragraph longer than this is laid out as consecutive pieces of about this size: reportlab breaks the whole
# rest of a paragraph into lines again at each page it continues on (quadratic: a 1 MB paragraph took minutes).
PIECE_CHARS = 4000


def escape(text: str) -> str:
    """``text`` safe inside reportlab markup (as xml.sax.saxutils.escape, which would import urllib and ssl)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_fonts(text: str) -> str:
    """``text`` escaped, with the characters Noto Sans lacks set in the bundled font that has them."""
    from smartcity_desktop.exports.fonts import covers, font_runs

    if covers(text):
        return escape(text)
    return "".join(
        escape(t) if name is None else f'<font face="{name}">{escape(t)}</font>' for name, t in font_runs(text)
    )


_SHY_BEFORE_BREAK = re.compile("(\xad\\S*)(?=\n)")
_SHY_AT_END = re.compile("\xad\\S*$")


def markup(runs: list[Run]) -> str:
    """reportlab Paragraph markup for runs: text escaped, emphasis as tags we write ourselves."""
    parts = []
    for i, r in enumerate(runs):
        text = r.text
        if "\xad" in text:  # reportlab drops the soft hyphens of a word ending at a line break: a space between
            text = _SHY_BEFORE_BREAK.sub("\\1 ", text)
            if i + 1 < len(runs) and runs[i + 1].text.startswith("\n") and _SHY_AT_END.search(text):
                text += " "
        t = escape_fonts(text).replace("\n", "<br/>")
        if r.code:
            t = f'<font color="{ps.COLORS["code"]}">{t}</font>'
        if r.italic:
            t = f"<i>{t}</i>"
        if r.bold:
            t = f"<b>{t}</b>"
        parts.append(t)
    return "".join(parts)


def text_markup(text: str) -> str:
    return escape_fonts(text).replace("\n", "<br/>")


def plain_para(text: str, style: Any) -> Any:
    """A Para of plain ``text`` (as ``Para(text_markup(text), style)``, without the markup parser when it can)."""
    return paragraph([Run(text)], style)


# Text that reportlab's markup cleaner or parser would change or split (runs of spaces, other white space, the
# characters written as entities): made the slow way.
_UNSIMPLE = re.compile(r"  |[^\S ]|[\u200b\xa0&<>]")
_TEMPLATES: dict[int, tuple[Any, dict[tuple[bool, bool, bool], Any]]] = {}


def paragraph(runs: list[Run], style: Any, bullet: str | None = None) -> Any:
    """A Para of ``runs``, built without reportlab's markup parser when the text is simple.

    Parsing markup is most of the cost of making a paragraph; for runs of plain text with single spaces the
    parser's fragments are known: the fragment of the style and emphasis, with the run's text.
    """
    from smartcity_desktop.exports.pdf_para import Para

    frags = _frags(runs, style)
    if frags is None:
        return Para(markup(runs), style, bulletText=bullet)
    para = Para("", style, bulletText=bullet, frags=frags)
    para.text = "".join(f.text for f in frags)
    return para


def _frags(runs: list[Run], style: Any) -> list[Any] | None:
    from smartcity_desktop.exports.fonts import covers

    if getattr(style, "textTransform", None) or any(_UNSIMPLE.search(r.text) or not covers(r.text) for r in runs):
        return None
    frags = []
    last = len(runs) - 1
    for i, r in enumerate(runs):
        text = r.text
        plain_run = not (r.bold or r.italic or r.code)  # no tag around it: the cleaner strips the ends
        if i == 0 and plain_run:
            text = text.lstrip(" ")
        if i == last and plain_run:
            text = text.rstrip(" ")
        if text:
            frags.append(_template(style, r.bold, r.italic, r.code).clone(text=text))
    return frags or None


def _template(style: Any, bold: bool, italic: bool, code: bool) -> Any:
    """The fragment reportlab's parser makes for text with this style and emphasis."""
    entry = _TEMPLATES.get(id(style))
    if entry is None or entry[0] is not style:
        if len(_TEMPLATES) > 256:
            _TEMPLATES.clear()
        entry = _TEMPLATES[id(style)] = (style, {})
    variants = entry[1]
    key = (bold, italic, code)
    frag = variants.get(key)
    if frag is None:
        from reportlab.platypus.paraparser import ParaParser

        _style, parsed, _bullet = ParaParser().parse(markup([Run("x", bold, italic, code)]), style)
        frag = variants[key] = parsed[0]
    return frag


def logo_image(data: bytes, max_w: float = LOGO_MAX[0], max_h: float = LOGO_MAX[1]) -> Any | None:
    """The logo as a reportlab Image downsampled to print resolution, or None when it is not a usable image."""
    from PIL import Image as PILImage
    from reportlab.platypus import Image

    PILImage.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with PILImage.open(io.BytesIO(data)) as im:
            im.draft("RGB", (int(max_w / 72 * LOGO_DPI) * 2, int(max_h / 72 * LOGO_DPI) * 2))
            im.load()
            w, h = im.size
            scale = min(max_w / w, max_h / h)
            draw_w, draw_h = w * scale, h * scale
            px = (max(1, round(draw_w / 72 * LOGO_DPI)), max(1, round(draw_h / 72 * LOGO_DPI)))
            img = im.convert("RGBA" if im.mode in ("RGBA", "LA", "P") else "RGB")
            if px[0] < w:
                img = img.resize(px, PILImage.Resampling.LANCZOS)
            out = io.BytesIO()
            if img.mode == "RGB":
                img.save(out, "JPEG", quality=88, optimize=True)
            else:
                img.save(out, "PNG", optimize=True)
            out.seek(0)
            return Image(out, width=draw_w, height=draw_h)
    except Exception as e:  # noqa: BLE001 - an attachment from an untrusted file: skip it, never fail the export
        log.warning("logo skipped: %s", e)
        return None


class Converter:
    """Blocks -> flowables for one document."""

    def __init__(self, fonts: FontNames, frame_width: float, landscape_size: tuple[float, float]) -> None:
        self.fonts = fonts
        self.styles = ps.paragraph_styles(fonts)
        self.width = frame_width
        self.landscape_size = landscape_size  # frame width, height of landscape pages
        self.chapter_breaks = True
        self.started = False  # a chapter was begun (so the next one needs a page break)
        self.heading_seq = 0
        self.fresh = True  # at the top of a new page (no page break needed before a chapter)
        self.toc: Any = None
        self.toc_guess: list[tuple[int, str, int, str]] = []
        self.caption_lists: dict[str, Any] = {}  # Daftar Tabel, Daftar Gambar by kind (pdf_lists)
        self.headings: list[Any] = []  # the heading paragraphs just converted, nothing after them yet

    # --- blocks -------------------------------------------------------------------------------------------
    def convert(self, block: Any, width: float | None = None) -> list[Any]:
        from reportlab.platypus import PageBreak as RLPageBreak

        width = width or self.width
        handler: Callable[..., list[Any]] = getattr(self, "_" + type(block).__name__.lower())
        out = handler(block, width)
        if out:
            self.fresh = isinstance(out[-1], RLPageBreak)
            heads = [f for f in out if not isinstance(f, RLPageBreak)] if isinstance(block, Heading) else []
            self.headings = [*self.headings, *heads] if heads else []
        return out

    def _cover(self, c: Cover, width: float) -> list[Any]:
        from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

        st = self.styles
        out: list[Any] = [Spacer(1, 30 * ps.MM)]
        logo = logo_image(c.logo) if c.logo else None
        if logo is not None:
            logo.hAlign = "CENTER"
            out += [logo, Spacer(1, 10 * ps.MM)]
        else:
            out.append(Spacer(1, 25 * ps.MM))
        out.append(plain_para(c.title, st["cover_title"]))
        if c.subtitle:
            out.append(plain_para(c.subtitle, st["cover_subtitle"]))
        out += [Spacer(1, 8 * ps.MM), plain_para(c.region, st["cover_region"])]
        for line in c.lines:
            out.append(plain_para(line, st["cover_line"]))
        out += [Spacer(1, 4 * ps.MM), plain_para(c.period, st["cover_line"]), Spacer(1, 30 * ps.MM)]
        out.append(plain_para(c.status, st["cover_status"]))
        if c.footer:
            out += [Spacer(1, 30 * ps.MM), plain_para(c.footer, st["cover_footer"])]
        out += [NextPageTemplate("portrait"), PageBreak()]
        self.started = False
        return out

    def _toc(self, t: Toc, width: float) -> list[Any]:
        from reportlab.platypus import TableStyle

        from smartcity_desktop.exports.pdf_dry import Contents

        toc = Contents(dotsMinLevel=0)
        pad = [(k, (0, 0), (-1, -1), 0) for k in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
        # the cell font must be ours too: reportlab's default (Helvetica) would be listed in the PDF otherwise
        toc.tableStyle = TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), *pad, ("FONT", (0, 0), (-1, -1), self.fonts.regular, 9)]
        )
        toc.levelStyles = [self.styles["toc1"], self.styles["toc2"], self.styles["toc3"]]
        self.toc = toc
        self.started = True
        return [plain_para(t.title, self.styles["toc_title"]), toc]

    def _heading(self, h: Heading, width: float) -> list[Any]:
        from reportlab.platypus import PageBreak as RLPageBreak

        from smartcity_desktop.exports.pdf_dry import Para

        out: list[Any] = []
        level = max(1, min(h.level, 4))
        if level == 1:
            if self.started and self.chapter_breaks and not self.fresh:
                out.append(RLPageBreak())
            self.started = True
            if h.number and not h.number[0].isdigit():
                title = h.text.upper()
                text = text_markup(h.number) + ("" if title == h.number.upper() else f"<br/>{text_markup(title)}")
                para = Para(text, self.styles["h1"])
            else:
                num = f"{text_markup(h.number)}.&nbsp;&nbsp;" if h.number else ""
                para = Para(num + text_markup(h.text), self.styles["h1_plain"])
        else:
            style = self.styles[f"h{level}"]
            if h.number:
                para = Para(f"{text_markup(h.number)}&nbsp;&nbsp;{text_markup(h.text)}", style)
            else:
                para = plain_para(h.text, style)
        self.heading_seq += 1
        key = f"h{self.heading_seq}"
        para._outline = (h, key)
        if h.toc and h.level <= 3:  # the contents' entries as the layout will find them (pdf.write_pdf)
            self.toc_guess.append((h.level - 1, escape_fonts(h.label), 0, key))
        out.append(para)
        return out

    def _paragraph(self, p: Paragraph, width: float) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle

        style = self.styles.get(p.style, self.styles["body"])
        pieces = split_runs(p.runs, PIECE_CHARS)
        if len(pieces) == 1:
            return [paragraph(p.runs, style)]
        # the pieces follow each other as one paragraph: no space between them, the first line not set apart
        first = ParagraphStyle(style.name + "_first", parent=style, spaceAfter=0)
        middle = ParagraphStyle(style.name + "_mid", parent=first, spaceBefore=0)
        end = ParagraphStyle(style.name + "_end", parent=style, spaceBefore=0)
        styles = [first] + [middle] * (len(pieces) - 2) + [end]
        return [paragraph(runs, st) for runs, st in zip(pieces, styles, strict=True)]

    def _bulletlist(self, b: BulletList, width: float) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Spacer

        out: list[Any] = []
        counters = [b.start - 1, 0, 0, 0]
        base = self.styles["bullet"]
        for item in b.items:
            lvl = max(0, min(item.level, 3))
            counters[lvl] += 1
            for k in range(lvl + 1, 4):
                counters[k] = 0
            ordered = b.ordered if item.ordered is None else item.ordered
            bullet = f"{counters[lvl]}." if ordered else ("•" if lvl % 2 == 0 else "–")
            style = base
            if lvl:
                indent = 14 * lvl
                style = ParagraphStyle(
                    f"bullet{lvl}",
                    parent=base,
                    leftIndent=base.leftIndent + indent,
                    bulletIndent=base.bulletIndent + indent,
                )
            out.append(paragraph(item.runs, style, bullet))
        out.append(Spacer(1, 4))
        return out

    def _captionlist(self, b: Any, width: float) -> list[Any]:
        from smartcity_desktop.exports.pdf_lists import caption_list

        return caption_list(self, b, width)

    def _pagebreak(self, b: PageBreak, width: float) -> list[Any]:
        from reportlab.platypus import PageBreak as RLPageBreak

        return [RLPageBreak()]

    def _chart(self, c: Chart, width: float) -> list[Any]:
        from reportlab.platypus import Spacer

        if c.kind in GANTTS:  # split between its rows over pages, the header repeated
            drawing = _gantt_box_class()(c, c.data["rows"], width)
        else:
            drawing = fit(c.drawing(), width, 640)
        parts: list[Any] = [Spacer(1, 4), drawing]
        if c.caption:
            parts.append(mark_caption(plain_para(c.full_caption, self.styles["figure_caption"]), c))
        return [keep(parts)]

    def _landscape(self, ls: Landscape, width: float) -> list[Any]:
        from reportlab.platypus import NextPageTemplate
        from reportlab.platypus import PageBreak as RLPageBreak

        out: list[Any] = [NextPageTemplate("landscape"), RLPageBreak()]
        self.fresh = True
        lw, lh = self.landscape_size
        # height taken on the first landscape page by blocks before the Gantt: the headings just before the
        # section go there too (keep_headings moves them past the page break)
        reserved = sum(f.wrap(lw, lh)[1] + f.getSpaceAfter() for f in self.headings)
        self.headings = []
        for b in ls.blocks:
            if isinstance(b, Chart) and b.kind == "gantt":
                out += self._gantt_pages(b, lw, lh, reserved)
                reserved = 0.0
            else:
                got = self.convert(b, lw)
                reserved += sum(f.wrap(lw, lh)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in got)
                out += got
        out += [NextPageTemplate("portrait"), RLPageBreak()]
        return out

    def _gantt_pages(self, c: Chart, width: float, height: float, reserved: float = 0.0) -> list[Any]:
        """The Gantt split into page-sized drawings; rows are never cut and group headers repeat."""
        from reportlab.platypus import PageBreak as RLPageBreak

        from smartcity_desktop.exports import charts

        rows = [charts.GanttRow(**r) for r in c.data["rows"]]
        caption_h = 16
        fitting = charts.gantt_lines_fitting(height - caption_h - 8)
        first = charts.gantt_pages(rows, charts.gantt_lines_fitting(height - caption_h - 8 - reserved))[0]
        pages = [first] + (charts.gantt_pages(rows[len(first) :], fitting) if len(first) < len(rows) else [])
        out: list[Any] = []
        for i, page in enumerate(pages):
            if i:
                out.append(RLPageBreak())
            args = {k: v for k, v in c.data.items() if k != "rows"}
            args["width"] = min(float(args.get("width", width)), width)
            drawing = charts.gantt_chart(page, **args)
            caption = c.full_caption + (f" ({i + 1}/{len(pages)})" if len(pages) > 1 else "")
            para = plain_para(caption, self.styles["caption"])
            out += [mark_caption(para, c) if i == 0 else para, fit(drawing, width, height - caption_h)]
        return out

    def _table(self, t: Table, width: float) -> list[Any]:
        from reportlab.platypus import Spacer

        from smartcity_desktop.exports.pdf_tables import table_flowables

        out: list[Any] = []
        if t.caption:
            out.append(mark_caption(plain_para(t.full_caption, self.styles["caption"]), t))
        parts = table_flowables(t, width, self.styles)
        out += parts
        if t.style == "swot":  # as tall as a page and more: starts where it stands (a TOWS matrix stayed alone)
            _swot_splits(t, parts)
        elif len(t.rows) <= 10:  # a short table is not split over two pages
            out = [keep(out)]
        return [*out, Spacer(1, 8)]


def _swot_splits(t: Table, parts: list[Any]) -> None:
    """A SWOT table splits in place, never right after its "Peluang (O) | Ancaman (T)" row (a label at a page foot
    with its items on the next page)."""
    from smartcity_desktop.exports.tree import plain

    labels = {plain(t.rows[i][0]) for i in t.total_rows if i < len(t.rows) and t.rows[i]}
    for f in parts:
        f._splits_in_place = True
        rows = getattr(f, "_cellvalues", [])
        for i, row in enumerate(rows[:-1]):
            if row and isinstance(row[0], str) and row[0] in labels:
                f.setStyle([("NOSPLIT", (0, i), (-1, i + 1))])
        if getattr(f, "repeatRows", 0) == 1:
            f.split = _without_header_over(f, labels)


def _without_header_over(table: Any, labels: set[str]) -> Any:
    """``table.split`` that does not repeat the header ("Kekuatan (S) | Kelemahan (W)") over a part that starts
    with a label row of its own ("Peluang (O) | Ancaman (T)")."""
    original = table.split

    def split(aW: float, aH: float) -> list[Any]:  # noqa: N803 - reportlab names
        parts = original(aW, aH)
        rest = parts[1]._cellvalues if len(parts) == 2 else []
        if len(rest) > 1 and isinstance(rest[1][0], str) and rest[1][0] in labels:
            table.repeatRows = 0
            try:
                bare = original(aW, aH)
            finally:
                table.repeatRows = 1
            if len(bare) == 2 and len(bare[0]._cellvalues) == len(parts[0]._cellvalues):
                return list(bare)
        return list(parts)

    return split


# A group kept together moves to the next page only when the page it would leave is at least this full: a heading
# with a long table or text after it starts where it stands on an emptier page (no page a third full before it).
KEEP_MOVES_ABOVE = 1 / 3


@cache
def _keep_class() -> type:
    from reportlab.platypus import KeepTogether

    class Keep(KeepTogether):  # type: ignore[misc]
        """KeepTogether that splits in place (headings with the start of what follows) when the page is still
        less than KEEP_MOVES_ABOVE full, instead of leaving that page almost empty; a group it moves to the next
        page stays such a group there (reportlab would regroup a caption with a table taller than a page into a
        plain KeepTogether, which moves again and leaves the heading alone on a page)."""

        def split(self, aW: float, aH: float) -> list[Any]:  # noqa: N803 - reportlab names
            frame = getattr(self, "_frame", None)
            height = getattr(frame, "_height", 0) or 0
            if getattr(self, "_wrapInfo", None) != (aW, aH):
                self.wrap(aW, aH)
            in_place = any(getattr(f, "_splits_in_place", False) for f in self._content)
            if height and (aH > (1 - KEEP_MOVES_ABOVE) * height or in_place):
                content = list(self._content) if self._H <= aH else self._in_place(aW, aH)
                if not content and getattr(frame, "_atTop", False):
                    content = list(self._content)  # nothing gained by moving: it flows from the top of this page
                if content:
                    for f in content:  # plenty of room: reportlab must not regroup them (and move them)
                        if f.__class__.__name__ == "Para":
                            f.keepWithNext = 0
                    return content
            elif height and self._H > height and not getattr(self, "_moved", False):
                from reportlab.platypus.doctemplate import FrameBreak

                again = keep(list(self._content))  # taller than a page: split in place on the next one
                again._moved = True
                return [FrameBreak(), again]
            return list(super().split(aW, aH))

        def _in_place(self, aW: float, aH: float) -> list[Any]:  # noqa: N803 - reportlab names
            """The content with the first flowable that does not fit in ``aH`` split there, the flowables before
            it whole; [] when that flowable has no part that fits (a chart, a table's first row)."""
            content = list(self._content)
            used = 0.0
            for i, f in enumerate(content):
                _w, h = f.wrapOn(self.canv, aW, aH - used)
                h += (f.getSpaceBefore() if i else 0) + f.getSpaceAfter()
                if used + h > aH:
                    parts = f.splitOn(self.canv, aW, aH - used - (f.getSpaceBefore() if i else 0))
                    return [*content[:i], *parts, *content[i + 1 :]] if len(parts) > 1 else []
                used += h
            return content

    return Keep


def keep(flowables: list[Any]) -> Any:
    """Flowables kept on one page (see Keep)."""
    return _keep_class()(flowables)


def keep_headings(story: list[Any]) -> list[Any]:
    """Headings and captions (keepWithNext) go into a group with what follows them: reportlab keeps a heading with
    the next flowable, but not with a KeepTogether (a short table, a chart), so the heading stayed alone at a page
    foot; and its own grouping moves a heading with a long table to the next page however empty this one is.
    Headings just before a landscape section go to its first page."""
    from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak

    from smartcity_desktop.exports.pdf_dry import Para

    out: list[Any] = []
    for f in story:
        k = len(out)
        while k and isinstance(out[k - 1], Para) and out[k - 1].getKeepWithNext():
            k -= 1
        before = out[k - 1] if 0 < k < len(out) else None  # what precedes the headings at the end
        turn = isinstance(f, NextPageTemplate) or (isinstance(f, PageBreak) and isinstance(before, NextPageTemplate))
        if before is not None and turn:  # headings before a landscape section go to its first page
            out[k:k] = [f]
            continue
        if (k < len(out) and not (isinstance(f, Para) and f.getKeepWithNext())) or isinstance(f, KeepTogether):
            content = list(f._content) if isinstance(f, KeepTogether) else [f]
            for para in out[k:]:
                para.keepWithNext = 0
            f = keep(out[k:] + content)
            del out[k:]
        out.append(f)
    return out


def split_runs(runs: list[Run], limit: int) -> list[list[Run]]:
    """``runs`` cut into pieces of about ``limit`` characters, at spaces or line breaks (emphasis kept)."""
    if sum(len(r.text) for r in runs) <= limit:
        return [runs]
    pieces: list[list[Run]] = [[]]
    size = 0
    for r in runs:
        text = r.text
        while size + len(text) > limit:
            room = max(0, limit - size)
            cut = max(text.rfind(" ", 0, room + 1), text.rfind("\n", 0, room + 1))
            if cut <= 0:
                if size:  # start a new piece and try again there
                    pieces.append([])
                    size = 0
                    continue
                cut = limit  # no space in a whole piece: cut the word (the line would be split anyway)
            pieces[-1].append(Run(text[:cut], r.bold, r.italic, r.code))
            pieces.append([])
            size = 0
            text = text[cut:].lstrip(" \n") if text[cut : cut + 1] in (" ", "\n") else text[cut:]
        if text:
            pieces[-1].append(Run(text, r.bold, r.italic, r.code))
            size += len(text)
    return [p for p in pieces if p]


def mark_caption(para: Any, block: Any) -> Any:
    """The caption paragraph of a numbered table or chart, marked for Daftar Tabel / Daftar Gambar."""
    from smartcity_desktop.exports.pdf_lists import mark_caption as mark

    return mark(para, block)


GANTTS = ("gantt", "month_gantt")


@cache
def _gantt_box_class() -> type:
    from smartcity_desktop.exports import charts
    from smartcity_desktop.exports.pdf_dry import DrawingBox

    class GanttBox(DrawingBox):  # type: ignore[misc]
        """A Gantt chart (scaled to the width) that splits between its rows where a page ends: each part is a
        Gantt of its own with the period header (and the group of its first row); a long Quick Win plan no longer
        leaves the page before it almost empty (it was one drawing as high as a page)."""

        def __init__(self, chart: Chart, rows: list[dict[str, Any]], max_w: float) -> None:
            self.chart, self.rows, self.max_w = chart, rows, max_w
            drawing = chart.drawing(rows=rows)
            self.scale = min(1.0, max_w / max(drawing.width, 1))
            super().__init__(fit(drawing, max_w, drawing.height * self.scale))

        def split(self, aW: float, aH: float) -> list[Any]:  # noqa: N803 - reportlab names
            row_height = float(self.chart.data.get("row_height", 14))
            fitting = charts.gantt_lines_fitting(aH / self.scale, row_height)
            pages = charts.gantt_pages([charts.GanttRow(**r) for r in self.rows], fitting)
            first = len(pages[0])
            if len(pages) < 2 or charts.gantt_height(pages[0], row_height) * self.scale > aH:
                return []
            return [
                GanttBox(self.chart, self.rows[:first], self.max_w),
                GanttBox(self.chart, self.rows[first:], self.max_w),
            ]

    return GanttBox


def fit(drawing: Any, max_w: float, max_h: float) -> Any:
    """A Drawing scaled down (never up) to fit ``max_w`` x ``max_h``, as a flowable."""
    from smartcity_desktop.exports.pdf_dry import DrawingBox

    scale = min(1.0, max_w / max(drawing.width, 1), max_h / max(drawing.height, 1))
    if scale < 0.999:
        drawing.scale(scale, scale)
        drawing.width *= scale
        drawing.height *= scale
    return DrawingBox(drawing)
