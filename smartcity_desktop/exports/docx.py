# SPDX-License-Identifier: GPL-3.0-or-later
"""Render a document tree (exports.tree) to an editable Word file with real headings, tables and chart images."""

from __future__ import annotations

import copy
import io
import logging
import re
from pathlib import Path
from typing import Any

from smartcity_desktop.exports import docx_xml as x
from smartcity_desktop.exports import tree as t

log = logging.getLogger(__name__)

BODY_FONT = "Arial"  # present on Windows; LibreOffice maps it to the metric-compatible Liberation Sans
HEADER_FILL = "DCE6F0"
GROUP_FILL = "EDEDED"
CHART_DPI = 150
LOGO_PIXELS = 600
EMU_PER_PT = 12700
_NUMBERED = re.compile(r"^(\D*?)(\d+)(\D*)$")  # "Tabel 3." -> "Tabel ", "3", "."
_PARAGRAPH_STYLES = {"quote": "Quote", "vision": "Intense Quote", "caption": "Caption"}


def _field(p: Any, instruction: str, placeholder: str = "", size_half_pt: int | None = None) -> None:
    """Append a Word field (PAGE, NUMPAGES, TOC ...) to paragraph element ``p``, showing ``placeholder``."""
    from lxml import etree

    def run() -> Any:
        r = etree.SubElement(p, x.w("r"))
        if size_half_pt:
            etree.SubElement(etree.SubElement(r, x.w("rPr")), x.w("sz")).set(x.w("val"), str(size_half_pt))
        return r

    etree.SubElement(run(), x.w("fldChar"), {x.w("fldCharType"): "begin", x.w("dirty"): "true"})
    instr = etree.SubElement(run(), x.w("instrText"))
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    etree.SubElement(run(), x.w("fldChar"), {x.w("fldCharType"): "separate"})
    etree.SubElement(run(), x.w("t")).text = placeholder
    etree.SubElement(run(), x.w("fldChar"), {x.w("fldCharType"): "end"})


def _toc_field(
    writer: Any, entries: list[tuple[int, str]], instruction: str = 'TOC \\o "1-3" \\h \\z \\u', style: str = ""
) -> None:
    """A TOC field whose result is the list of headings, one paragraph each, in Word's "toc N" styles (or all in
    ``style``: "table of figures" for a list of captions, ``TOC \\h \\z \\c "Tabel"``)."""
    from lxml import etree

    def fld(p: Any, kind: str) -> None:
        attrs = {x.w("fldCharType"): kind}
        if kind == "begin":
            attrs[x.w("dirty")] = "true"
        etree.SubElement(etree.SubElement(p, x.w("r")), x.w("fldChar"), attrs)

    for i, (level, label) in enumerate(entries):
        p = writer._para(style=style or f"toc {level}")
        if i == 0:
            fld(p, "begin")
            instr = etree.SubElement(etree.SubElement(p, x.w("r")), x.w("instrText"))
            instr.text = f" {instruction} "
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            fld(p, "separate")
        x.add_run(p, label)
        if i == len(entries) - 1:
            fld(p, "end")


VML = "urn:schemas-microsoft-com:vml"


def _watermark(p: Any, text: str) -> None:
    """The draft mark as Word's own watermark: a VML text shape in the header, behind the text of every page."""
    from xml.sax.saxutils import quoteattr

    from lxml import etree

    shape = (
        f'<w:r xmlns:w="{x.W}" xmlns:v="{VML}"><w:pict>'
        '<v:shape id="SmartCityDraftWatermark" type="#_x0000_t136" stroked="f" fillcolor="#C8CDD3" '
        'style="position:absolute;margin-left:0;margin-top:0;width:420pt;height:105pt;rotation:315;'
        "z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical:center;mso-position-vertical-relative:margin">'
        '<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;Noto Sans&quot;;font-size:1pt" string={quoteattr(text)}/>'
        "</v:shape></w:pict></w:r>"
    )
    p.append(etree.fromstring(shape))


class DocxWriter:
    """Turns the blocks of one Document into a python-docx Document."""

    def __init__(self, document: t.Document) -> None:
        import docx
        from docx.shared import Cm

        self.src = document
        self.doc = docx.Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.5))
        self.usable = self._usable(section)
        self.style_ids: dict[str, str] = {}
        self._styles()
        self._metadata()
        self._header_footer(section)
        self.body = self.doc.element.body
        self.final_sectpr = self.body.sectPr
        self._shape_id = 1000
        # caption sequences listed by a Daftar Tabel / Daftar Gambar: their captions are numbered by SEQ fields
        self.sequences = {b.seq for b in document.walk() if isinstance(b, t.CaptionList)}

    # --- set-up ---------------------------------------------------------------------------------------------
    def _styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor

        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = BODY_FONT
        normal.font.size = Pt(10.5)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(x.w("eastAsia"), BODY_FONT)
        normal.paragraph_format.space_after = Pt(6)
        for level in range(1, 10):
            style = styles[f"Heading {level}"]
            style.font.name = BODY_FONT
            style.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
            style.font.size = Pt({1: 16, 2: 13, 3: 11.5}.get(level, 10.5))
        for name in ("Title", "Caption", "TOC Heading"):
            styles[name].font.name = BODY_FONT
        for size, name in ((9.0, "table9"), (8.0, "table8")):
            style = styles.add_style(f"Tabel {size:g} pt", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.font.size = Pt(size)
            style.paragraph_format.space_after = Pt(0)
            self.style_ids[name] = style.style_id
        from docx.shared import Cm

        for level in (1, 2, 3):  # Word's own names: its "Update Field" keeps using them
            style = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            style.paragraph_format.space_after = Pt(2)
        style = styles.add_style("table of figures", WD_STYLE_TYPE.PARAGRAPH)  # Word's name for caption lists
        style.base_style = normal
        style.paragraph_format.space_after = Pt(2)
        for s in styles:
            if s.type == WD_STYLE_TYPE.PARAGRAPH:
                self.style_ids.setdefault(s.name, s.style_id)
        self.table_style_id = styles["Table Grid"].style_id
        # Word asks to update fields (table of contents, page count) when the file is opened.
        from lxml import etree

        etree.SubElement(self.doc.settings.element, x.w("updateFields")).set(x.w("val"), "true")

    def _metadata(self) -> None:
        m = self.src.meta
        props = self.doc.core_properties
        props.title = x.clean(m.title)
        props.author = x.clean(m.region)
        props.subject = x.clean(m.subject or m.document_name)
        props.keywords = x.clean(m.keywords)
        props.language = "en-US" if m.lang == "en" else "id-ID"
        props.comments = x.clean(m.creator)

    def _header_footer(self, section: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        m = self.src.meta
        head = section.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        head.add_run(x.clean(f"{m.region} · {m.document_name}" + (f" · {m.draft_label}" if m.draft else "")))
        head.runs[0].font.size = Pt(8)
        if m.draft:
            _watermark(head._p, x.clean(m.draft_label))
        if any(isinstance(b, t.Cover) for b in self.src.blocks[:1]):  # docs-parts: no page number on the cover
            section.different_first_page_header_footer = True
            if m.draft:
                _watermark(section.first_page_header.paragraphs[0]._p, x.clean(m.draft_label))
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for part in re.split(r"(\{[01]\})", m.page_label or "{0} / {1}"):
            if part in ("{0}", "{1}"):
                _field(foot._p, "PAGE" if part == "{0}" else "NUMPAGES", "1", size_half_pt=16)
            elif part:
                foot.add_run(x.clean(part)).font.size = Pt(8)

    @staticmethod
    def _usable(section: Any) -> tuple[int, int]:
        """Usable width and height of a section in EMU."""
        w = int(section.page_width or 0) - int(section.left_margin or 0) - int(section.right_margin or 0)
        h = int(section.page_height or 0) - int(section.top_margin or 0) - int(section.bottom_margin or 0)
        return w, h

    # --- blocks ---------------------------------------------------------------------------------------------
    def render(self) -> Any:
        """The python-docx Document of the whole tree."""
        self.body.remove(self.final_sectpr)  # blocks are appended at the end; the final section goes back last
        try:
            self._blocks(self.src.blocks)
        finally:
            self.body.append(self.final_sectpr)
        return self.doc

    def _blocks(self, blocks: list[t.Block]) -> None:
        for b in blocks:
            if isinstance(b, t.Cover):
                self._cover(b)
            elif isinstance(b, t.Toc):
                self._toc(b)
            elif isinstance(b, t.Heading):
                self._para(b.label, f"Heading {max(1, min(b.level, 9))}")
            elif isinstance(b, t.Paragraph):
                self._paragraph(b)
            elif isinstance(b, t.BulletList):
                self._list(b)
            elif isinstance(b, t.CaptionList):
                self._caption_list(b)
            elif isinstance(b, t.Table):
                self._table(b)
            elif isinstance(b, t.Chart):
                self._chart(b)
            elif isinstance(b, t.PageBreak):
                x.page_break(self.body)
            elif isinstance(b, t.Landscape):
                self._landscape(b)

    def _para(self, text: str = "", style: str | None = None, align: str | None = None) -> Any:
        p = x.paragraph(self.body, self.style_ids.get(style) if style else None, align)
        if text:
            x.add_run(p, text)
        return p

    @staticmethod
    def _runs(p: Any, runs: list[t.Run], bold: bool = False, italic: bool = False) -> None:
        for r in runs:
            x.add_run(p, r.text, r.bold or bold, r.italic or italic, r.code)

    def _sized(self, p: Any, text: str, half_points: int, bold: bool = False) -> None:
        from lxml import etree

        r = x.add_run(p, text, bold)
        props = r.find(x.w("rPr"))
        if props is None:
            props = etree.Element(x.w("rPr"))
            r.insert(0, props)
        etree.SubElement(props, x.w("sz")).set(x.w("val"), str(half_points))

    def _cover(self, c: t.Cover) -> None:
        logo = _logo_png(c.logo) if c.logo else None
        if logo:
            self._image(logo, 4 * 72 / 2.54 * EMU_PER_PT, height=True)
        for _ in range(3):
            self._para()
        self._para(c.title, "Title", "center")
        for text, half_points, bold in ((c.subtitle, 28, False), (c.region, 36, True), (c.period, 26, False)):
            if text:
                self._sized(self._para(align="center"), text, half_points, bold)
        for line in [c.status, *c.lines]:
            if line:
                self._para(line, align="center")
        if c.footer:
            for _ in range(4):
                self._para()
            self._para(c.footer, align="center")
        x.page_break(self.body)

    def _toc(self, toc: t.Toc) -> None:
        self._para(toc.title, "TOC Heading")
        hint = (
            "Right-click and choose Update Field to build the table of contents."
            if self.src.meta.lang == "en"
            else "Klik kanan lalu pilih Update Field untuk menyusun daftar isi."
        )
        entries = [(h.level, h.label) for h in self.src.walk() if isinstance(h, t.Heading) and h.toc and h.level <= 3]
        if not entries:
            _field(self._para(), 'TOC \\o "1-3" \\h \\z \\u', hint)
        else:
            # the contents written out already (the headings, in their styles); the field around them lets Word
            # add the page numbers when it updates fields on opening (dirty)
            _toc_field(self, entries)
        x.page_break(self.body)

    def _caption_list(self, lst: t.CaptionList) -> None:
        """Daftar Tabel / Daftar Gambar as Word's list of captions (a TOC field collecting one SEQ), written out
        already with the captions; Word adds the page numbers when it updates fields on opening."""
        instruction = f'TOC \\h \\z \\c "{lst.seq}"'
        _toc_field(
            self, [(1, f"{number} {caption}") for number, caption in lst.entries], instruction, "table of figures"
        )

    def _caption(self, number: str, caption: str) -> None:
        """A caption paragraph; "Tabel 3." numbered by Word's SEQ field when a list collects that sequence."""
        p = self._para(style="Caption")
        got = _NUMBERED.match(number)
        if got and got[1].strip() in self.sequences:
            word, n, rest = got.groups()
            x.add_run(p, word)
            _field(p, f"SEQ {word.strip()} \\* ARABIC", n)
            x.add_run(p, f"{rest} {caption}")
        else:
            x.add_run(p, f"{number} {caption}" if number else caption)

    def _paragraph(self, para: t.Paragraph) -> None:
        style = _PARAGRAPH_STYLES.get(para.style) or ("table9" if para.style in ("small", "note") else None)
        align = "center" if para.style in ("center", "vision") else None
        p = self._para(style=style, align=align)
        self._runs(p, para.runs, italic=para.style == "note")

    def _list(self, lst: t.BulletList) -> None:
        num_id = self._restarted_numbering(lst.start) if lst.ordered else None
        for item in lst.items:
            level = max(0, min(item.level, 2))
            base = "List Number" if (lst.ordered if item.ordered is None else item.ordered) else "List Bullet"
            p = self._para(style=base if level == 0 else f"{base} {level + 1}")
            if num_id is not None and level == 0:
                props = p.find(x.w("pPr"))
                numpr = x._sub(props, "numPr")
                x._sub(numpr, "ilvl", val="0")
                x._sub(numpr, "numId", val=str(num_id))
                props.remove(numpr)
                props.insert(1, numpr)  # after pStyle, as the schema orders them
            self._runs(p, item.runs)

    def _restarted_numbering(self, start: int = 1) -> int | None:
        """A new numbering instance of the "List Number" style that starts again at 1 (each numbered list of the
        document its own: Word otherwise counts on across lists, "Misi 19-23")."""
        style = self.doc.styles["List Number"].element
        found = style.find(f"{x.w('pPr')}/{x.w('numPr')}/{x.w('numId')}")
        if found is None:
            return None
        numbering = self.doc.part.numbering_part.element
        base = next((n for n in numbering.num_lst if str(n.numId) == found.get(x.w("val"))), None)
        if base is None:
            return None
        num = numbering.add_num(base.abstractNumId.val)
        override = x._sub(num, "lvlOverride", ilvl="0")
        x._sub(override, "startOverride", val=str(start))
        return int(num.numId)

    def _table(self, tb: t.Table) -> None:
        ncols = max([len(tb.header), *(len(r) for r in tb.rows)] or [1])
        if tb.caption:
            self._caption(tb.number, tb.caption)
        keyvalue = tb.style == "keyvalue" or not any(tb.header)
        widths = tb.col_widths if tb.col_widths and len(tb.col_widths) == ncols else [1.0] * ncols
        total = sum(widths) or 1.0
        table = x.TableXml(self.table_style_id, [int(self.usable[0] * w / total) for w in widths])
        cell_style = self.style_ids["table8" if (tb.font_size or 9.0) < 9 else "table9"]
        if not keyvalue:
            tr = table.row(header=True)
            for i in range(ncols):
                p = x.paragraph(table.cell(tr, i, fill=HEADER_FILL), cell_style)
                if i < len(tb.header):
                    x.add_run(p, tb.header[i], bold=True)
        for n, row in enumerate(tb.rows):
            tr = table.row()
            if n in tb.group_rows:
                p = x.paragraph(table.cell(tr, 0, span=ncols, fill=GROUP_FILL), cell_style)
                self._runs(p, t.runs_of(row[0] if row else ""), bold=True)
                continue
            for i in range(ncols):
                align = "right" if i in tb.numeric else None
                p = x.paragraph(table.cell(tr, i), cell_style, align)
                if i < len(row):
                    self._runs(p, t.runs_of(row[i]), bold=n in tb.total_rows or (keyvalue and i == 0))
        self.body.append(table.tbl)
        self._para()

    def _image(self, png: bytes, size_emu: float, height: bool = False) -> None:
        from docx.oxml.shape import CT_Inline

        r_id, image = self.doc.part.get_or_add_image(io.BytesIO(png))
        cx, cy = image.scaled_dimensions(None, int(size_emu)) if height else image.scaled_dimensions(int(size_emu))
        self._shape_id += 1  # python-docx's own id lookup scans the whole document for every picture
        x.picture(self._para(align="center"), CT_Inline.new_pic_inline(self._shape_id, r_id, image.filename, cx, cy))

    def _chart(self, chart: t.Chart) -> None:
        from smartcity_desktop.exports import charts
        from smartcity_desktop.exports.raster import drawing_to_png

        if chart.kind == "gantt":
            args = dict(chart.data)
            rows = [charts.GanttRow(**r) for r in args.pop("rows")]
            width = float(args.pop("width", 760))
            row_h = float(args.get("row_height", 14))
            avail = self.usable[1] / EMU_PER_PT * 0.88  # leave room for the caption
            scale = min(1.0, self.usable[0] / EMU_PER_PT / width)
            pages = charts.gantt_pages(rows, charts.gantt_lines_fitting(avail / scale, row_h))
            drawings = [charts.gantt_chart(rows=page, width=width, **args) for page in pages]
        else:
            drawings = [chart.drawing()]
        for n, d in enumerate(drawings):
            if n:
                x.page_break(self.body)
            w, h = float(d.width) * EMU_PER_PT, float(d.height) * EMU_PER_PT
            scale = min(1.0, self.usable[0] / w, self.usable[1] * 0.92 / h)
            self._image(drawing_to_png(d, CHART_DPI), w * scale)
        if chart.caption:
            self._caption(chart.number, chart.caption)

    def _landscape(self, block: t.Landscape) -> None:
        """Blocks on landscape pages: a section break before and after (a sectPr describes the section it ends)."""
        from docx.enum.section import WD_ORIENT
        from docx.section import Section
        from docx.shared import Cm, Emu

        def end_section() -> None:
            from lxml import etree

            sect = copy.deepcopy(self.final_sectpr)  # keeps the header/footer references
            etree.SubElement(x.paragraph(self.body), x.w("pPr")).append(sect)

        def orient(landscape: bool) -> None:
            s = Section(self.final_sectpr, self.doc.part)
            w, h = sorted((int(s.page_width or 0), int(s.page_height or 0)))
            s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = (Emu(h), Emu(w)) if landscape else (Emu(w), Emu(h))
            s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(2.0 if landscape else 2.5)
            self.usable = self._usable(s)

        end_section()  # the portrait pages so far
        orient(True)
        self._blocks(block.blocks)
        end_section()  # the landscape pages
        orient(False)


def _logo_png(data: bytes | None) -> bytes | None:
    """The logo as a PNG at most LOGO_PIXELS wide/high (None when it is no image Pillow can read)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data or b"")) as im:
            im.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
            buf = io.BytesIO()
            im.convert("RGBA").save(buf, format="PNG", optimize=True)
            return buf.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        log.warning("logo is not a readable image; left out")
        return None


def write_docx(document: t.Document, out: Path) -> None:
    """Write ``document`` as .docx to ``out`` (the caller makes this atomic)."""
    DocxWriter(document).render().save(out if hasattr(out, "write") else str(out))
