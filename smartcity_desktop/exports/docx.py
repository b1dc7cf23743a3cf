# SPDX-License-Identifier: GPL-3.0-or-later
"""Render a document tree (exports.tree) to an editable Word file with real headings, tables and chart images."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import Any

from smartcity_desktop.exports import tree as t

log = logging.getLogger(__name__)

BODY_FONT = "Arial"  # present on Windows; LibreOffice maps it to the metric-compatible Liberation Sans
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_HEADER_FILL = "DCE6F0"
_GROUP_FILL = "EDEDED"
CHART_DPI = 150
LOGO_PIXELS = 600


def _clean(text: str | None) -> str:
    """Text safe for XML (control characters dropped); everything else is kept literally."""
    return _CONTROL.sub("", text or "")


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


def _el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(_qn(k), v)
    return e


def _field(paragraph: Any, instruction: str, placeholder: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC ...) with ``placeholder`` as its shown result until updated."""
    run = paragraph.add_run()
    run._r.append(_el("w:fldChar", **{"w:fldCharType": "begin", "w:dirty": "true"}))
    instr = _el("w:instrText", **{"xml:space": "preserve"})
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(_el("w:fldChar", **{"w:fldCharType": "separate"}))
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(_el("w:fldChar", **{"w:fldCharType": "end"}))


def _shade(cell: Any, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    props.append(_el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill}))


class DocxWriter:
    """Turns the blocks of one Document into a python-docx Document."""

    def __init__(self, document: t.Document) -> None:
        import docx
        from docx.shared import Cm, Pt

        self.src = document
        self.doc = docx.Document()
        self.Pt, self.Cm = Pt, Cm
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.5))
        self._styles()
        self.table_style = self.doc.styles["Table Grid"]
        self._metadata()
        self._header_footer(section)

    # --- set-up ---------------------------------------------------------------------------------------------
    def _styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import RGBColor

        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = BODY_FONT
        normal.font.size = self.Pt(10.5)
        normal.element.rPr.rFonts.set(_qn("w:eastAsia"), BODY_FONT)
        normal.paragraph_format.space_after = self.Pt(6)
        for level in range(1, 10):
            style = styles[f"Heading {level}"]
            style.font.name = BODY_FONT
            style.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
            style.font.size = self.Pt({1: 16, 2: 13, 3: 11.5}.get(level, 10.5))
        styles["Title"].font.name = BODY_FONT
        styles["Caption"].font.name = BODY_FONT
        # style objects, not names: python-docx looks names up by a slow scan on every use
        self.style = {s.name: s for s in styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
        # Word asks to update fields (TOC, page count) when the file is opened.
        settings = self.doc.settings.element
        settings.append(_el("w:updateFields", **{"w:val": "true"}))

    def _metadata(self) -> None:
        m = self.src.meta
        props = self.doc.core_properties
        props.title = _clean(m.title)
        props.author = _clean(m.region)
        props.subject = _clean(m.subject or m.document_name)
        props.keywords = _clean(m.keywords)
        props.language = "en-US" if m.lang == "en" else "id-ID"
        props.comments = _clean(m.creator)

    def _header_footer(self, section: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        m = self.src.meta
        head = section.header.paragraphs[0]
        head.text = _clean(f"{m.region} · {m.document_name}" + (f" · {m.draft_label}" if m.draft else ""))
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in head.runs:
            run.font.size = self.Pt(8)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        label = m.page_label or "{0} / {1}"
        for i, part in enumerate(re.split(r"(\{[01]\})", label)):
            if part == "{0}":
                _field(foot, "PAGE", "1")
            elif part == "{1}":
                _field(foot, "NUMPAGES", "1")
            elif part:
                foot.add_run(_clean(part))
            _ = i
        for run in foot.runs:
            run.font.size = self.Pt(8)

    # --- blocks ---------------------------------------------------------------------------------------------
    def render(self) -> Any:
        """The python-docx Document of the whole tree."""
        self._blocks(self.src.blocks)
        return self.doc

    def _blocks(self, blocks: list[t.Block]) -> None:
        for b in blocks:
            if isinstance(b, t.Cover):
                self._cover(b)
            elif isinstance(b, t.Toc):
                self._toc(b)
            elif isinstance(b, t.Heading):
                self._heading(b)
            elif isinstance(b, t.Paragraph):
                self._paragraph(b)
            elif isinstance(b, t.BulletList):
                self._list(b)
            elif isinstance(b, t.Table):
                self._table(b)
            elif isinstance(b, t.Chart):
                self._chart(b)
            elif isinstance(b, t.PageBreak):
                self.doc.add_page_break()
            elif isinstance(b, t.Landscape):
                self._landscape(b)

    def _para(self, text: str = "", style: str | None = None) -> Any:
        """A new body paragraph; the style is set by id (python-docx's by-name/object lookup is slow)."""
        para = self.doc.add_paragraph(_clean(text))
        if style:
            para._p.style = self.style[style].style_id
        return para

    def _runs(self, paragraph: Any, runs: list[t.Run], size: float | None = None, bold: bool = False) -> None:
        for r in runs:
            run = paragraph.add_run(_clean(r.text))
            if r.bold or bold:
                run.bold = True
            if r.italic:
                run.italic = True
            if r.code:
                run.font.name = "Courier New"
            if size:
                run.font.size = self.Pt(size)

    def _cover(self, c: t.Cover) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        center = WD_ALIGN_PARAGRAPH.CENTER
        if c.logo:
            logo = _logo_png(c.logo)
            if logo:
                self.doc.add_paragraph().alignment = center
                self.doc.paragraphs[-1].add_run().add_picture(io.BytesIO(logo), height=self.Cm(4))
        for _ in range(3):
            self.doc.add_paragraph()
        title = self._para(c.title, "Title")
        title.alignment = center
        for text, size, bold in ((c.subtitle, 14, False), (c.region, 18, True), (c.period, 13, False)):
            if text:
                p = self.doc.add_paragraph()
                p.alignment = center
                run = p.add_run(_clean(text))
                run.font.size, run.bold = self.Pt(size), bold
        for line in [c.status, *c.lines]:
            if line:
                p = self.doc.add_paragraph(_clean(line))
                p.alignment = center
        if c.footer:
            for _ in range(4):
                self.doc.add_paragraph()
            p = self.doc.add_paragraph(_clean(c.footer))
            p.alignment = center
        self.doc.add_page_break()

    def _toc(self, toc: t.Toc) -> None:
        self._para(toc.title, "TOC Heading")
        hint = (
            "Right-click and choose Update Field to build the table of contents."
            if self.src.meta.lang == "en"
            else "Klik kanan lalu pilih Update Field untuk menyusun daftar isi."
        )
        _field(self.doc.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', hint)
        self.doc.add_page_break()

    def _heading(self, h: t.Heading) -> None:
        self._para(h.label, f"Heading {max(1, min(h.level, 9))}")

    def _paragraph(self, p: t.Paragraph) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        style = {"quote": "Quote", "vision": "Intense Quote", "caption": "Caption"}.get(p.style)
        para = self._para("", style)
        size = {"small": 9.0, "note": 9.0, "lead": 12.0}.get(p.style)
        self._runs(para, p.runs, size)
        if p.style == "note":
            for run in para.runs:
                run.italic = True
        if p.style in ("center", "vision"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _list(self, lst: t.BulletList) -> None:
        base = "List Number" if lst.ordered else "List Bullet"
        for item in lst.items:
            level = max(0, min(item.level, 2))
            para = self._para("", base if level == 0 else f"{base} {level + 1}")
            self._runs(para, item.runs)

    def _cell_style(self, size: float) -> Any:
        """A paragraph style for table cells of one font size (created on first use)."""
        from docx.enum.style import WD_STYLE_TYPE

        name = f"Tabel {size:g} pt"
        if name not in self.style:
            style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.style["Normal"]
            style.font.size = self.Pt(size)
            style.paragraph_format.space_after = self.Pt(0)
            style.quick_style = False
            self.style[name] = style
        return self.style[name]

    def _usable_width(self) -> int:
        s = self.doc.sections[-1]
        return int(s.page_width or 0) - int(s.left_margin or 0) - int(s.right_margin or 0)

    def _usable_height(self) -> int:
        s = self.doc.sections[-1]
        return int(s.page_height or 0) - int(s.top_margin or 0) - int(s.bottom_margin or 0)

    def _table(self, tb: t.Table) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        ncols = max([len(tb.header), *(len(r) for r in tb.rows)] or [1])
        if tb.caption:
            self._para(tb.caption, "Caption")
        keyvalue = tb.style == "keyvalue" or not any(tb.header)
        lines: list[list[str | list[t.Run]]] = [] if keyvalue else [list[str | list[t.Run]](tb.header)]
        lines += tb.rows
        offset = 0 if keyvalue else 1
        table = self.doc.add_table(rows=len(lines), cols=ncols)
        table.style = self.table_style
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell_style = self._cell_style(tb.font_size or 9.0).style_id
        cells = table._cells  # one pass over the grid; per-row/column access is quadratic in python-docx
        widths = tb.col_widths if tb.col_widths and len(tb.col_widths) == ncols else [1.0] * ncols
        total = sum(widths) or 1.0
        usable = self._usable_width()
        emu = [int(usable * w / total) for w in widths]
        merges = []
        for r, row in enumerate(lines):
            n = r - offset
            header = r < offset
            group = n in tb.group_rows
            for i in range(ncols):
                cell = cells[r * ncols + i]
                cell.width = emu[i]
                para = cell.paragraphs[0]
                para._p.style = cell_style
                if i >= len(row) or (group and i):
                    continue
                bold = header or group or n in tb.total_rows or (keyvalue and i == 0)
                self._runs(para, t.runs_of(row[i]), bold=bold)
                if i in tb.numeric and not group:
                    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if header:
                    _shade(cell, _HEADER_FILL)
            if group:
                merges.append(r)
        if not keyvalue:
            table.rows[0]._tr.get_or_add_trPr().append(_el("w:tblHeader", **{"w:val": "true"}))
        for r in merges:
            first = cells[r * ncols]
            merged = first.merge(cells[r * ncols + ncols - 1]) if ncols > 1 else first
            _shade(merged, _GROUP_FILL)
        self.doc.add_paragraph()

    def _picture(self, png: bytes, width_pt: float, height_pt: float) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        scale = min(1.0, self._usable_width() / Pt(width_pt), (self._usable_height() * 0.92) / Pt(height_pt))
        para = self.doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run().add_picture(io.BytesIO(png), width=int(Pt(width_pt) * scale))

    def _chart(self, chart: t.Chart) -> None:
        from smartcity_desktop.exports import charts
        from smartcity_desktop.exports.raster import drawing_to_png

        if chart.kind == "gantt":
            args = dict(chart.data)
            rows = [charts.GanttRow(**r) for r in args.pop("rows")]
            width = float(args.pop("width", 760))
            row_h = float(args.get("row_height", 14))
            avail = self._usable_height() / 12700 * 0.85  # EMU -> points, leaving room for the caption
            scale = min(1.0, self._usable_width() / 12700 / width)
            pages = charts.gantt_pages(rows, charts.gantt_lines_fitting(avail / scale, row_h))
            drawings = [charts.gantt_chart(rows=page, width=width, **args) for page in pages]
        else:
            drawings = [chart.drawing()]
        for n, d in enumerate(drawings):
            if n:
                self.doc.add_page_break()
            self._picture(drawing_to_png(d, CHART_DPI), float(d.width), float(d.height))
        if chart.caption:
            self._para(chart.caption, "Caption")

    def _landscape(self, block: t.Landscape) -> None:
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Emu

        def switch(landscape: bool) -> None:
            prev = self.doc.sections[-1]
            s = self.doc.add_section(WD_SECTION.NEW_PAGE)
            s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
            w, h = sorted((int(prev.page_width or 0), int(prev.page_height or 0)))
            s.page_width, s.page_height = (Emu(h), Emu(w)) if landscape else (Emu(w), Emu(h))
            s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = self.Cm(2.0 if landscape else 2.5)

        switch(True)
        self._blocks(block.blocks)
        switch(False)


def _logo_png(data: bytes) -> bytes | None:
    """The logo as a PNG at most LOGO_PIXELS wide/high (None when it is no image Pillow can read)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
            buf = io.BytesIO()
            im.convert("RGBA").save(buf, format="PNG", optimize=True)
            return buf.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        log.warning("logo is not a readable image; left out")
        return None


def write_docx(document: t.Document, out: Path) -> None:
    """Write ``document`` as .docx to ``out`` (the caller makes this atomic)."""
    DocxWriter(document).render().save(str(out))
