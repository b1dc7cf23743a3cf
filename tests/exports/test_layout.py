# SPDX-License-Identifier: GPL-3.0-or-later
"""Layout rules a reviewer checks, read back from the printed PDF (text with positions) of the demo, the large
benchmark plan and a plan with long texts: no word broken without a hyphen, no heading as the last line of a page,
no page less than a third full except before a chapter or a landscape section, no page holding only a table less
than two thirds full before a heading (a TOWS matrix alone), no Rupiah amount split across lines, no caption printed
twice."""

from __future__ import annotations

import copy
import itertools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.exports import pdf_styles as ps
from smartcity_desktop.exports.tree import Chart, Document, Heading, Table

LINE_GAP = 1.45  # lines of one paragraph or cell are at most this many font sizes apart (rows of a table: more)
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBERING = re.compile(r"^(BAB [IVXLC]+|LAMPIRAN|[A-Z]?\d+(\.\d+)*\.?)\s+")


@dataclass
class Line:
    x: float
    y: float
    size: float
    font: str
    text: str


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]  # body lines in the order they are drawn (no running header, footer or watermark)

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def read_pages(pdf: Path) -> list[Page]:
    """Every page's body lines: the text pieces drawn at one position joined into one line."""
    from pypdf import PdfReader

    pages = []
    for n, page in enumerate(PdfReader(pdf).pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        lines: list[Line] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, lines: list[Line] = lines) -> None:
            if not text.strip("\n"):
                return
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            s = size * tm[0] * cm[0]
            name = str((font or {}).get("/BaseFont", ""))
            last = lines[-1] if lines else None
            if last and abs(last.y - y) < 0.1 and abs(last.x - x) < 0.1 and not last.text.endswith("\n"):
                last.text += text
            else:
                lines.append(Line(x, y, s, name, text))

        page.extract_text(visitor_text=visit)
        margin = ps.PAGE["landscape_margin"] if width > height else ps.PAGE["margin_bottom"]
        top = height - (ps.PAGE["landscape_margin"] if width > height else ps.PAGE["margin_top"]) + 2
        body = [
            Line(ln.x, ln.y, ln.size, ln.font, " ".join(ln.text.split()))
            for ln in lines
            if margin - 4 <= ln.y <= top and ln.size < 40 and ln.text.strip()
        ]
        pages.append(Page(n, width, height, body))
    return pages


def dictionary(doc: Document) -> set[str]:
    """Every word (letters only, case folded) the document prints."""
    words: set[str] = set()
    for text, _where in doc.texts():
        words.update(w.casefold() for w in _LETTERS.findall(text or ""))
    return words


def _same_block(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) < 0.6 and 0 < a.y - b.y <= LINE_GAP * a.size and abs(a.x - b.x) < 20


def _norm(text: str) -> str:
    return _NUMBERING.sub("", " ".join(text.split())).casefold()


def layout_faults(pages: list[Page], doc: Document) -> list[str]:
    """What breaks the layout rules, one line per fault."""
    words = dictionary(doc)
    headings = {" ".join(h.label.split()) for h in doc.headings()} | {" ".join(h.text.split()) for h in doc.headings()}
    chapters = {" ".join(t.split()) for h in doc.headings() if h.level == 1 for t in (h.label, h.number, h.text)}
    chapters |= {" ".join(f"{h.number}. {h.text}".split()) for h in doc.headings() if h.level == 1 and h.number}
    captions = {" ".join(b.caption.split()) for b in doc.walk() if isinstance(b, Table | Chart) and b.caption}
    titles = headings | captions
    faults: list[str] = []
    for i, page in enumerate(pages):
        lines = page.lines
        for a, b in itertools.pairwise(lines):
            if not _same_block(a, b):
                continue
            head = _LETTERS.search(b.text)
            tail = re.search(r"([^\W\d_]+)$", a.text)
            if tail and head and head.start() == 0 and b.text[:1].islower():
                joined = (tail.group(1) + head.group(0)).casefold()
                if joined in words and not (tail.group(1).casefold() in words and head.group(0).casefold() in words):
                    faults.append(f"p{page.number}: word broken without a hyphen: {a.text[-20:]!r} / {b.text[:20]!r}")
            if re.search(r"(Rp|\d)[\s\xa0]*[\d.,]*$", a.text) and re.match(r"[\d.,]", b.text):
                if re.search(r"Rp[\s\xa0]*[\d.,]*$", a.text) or re.search(r"\d[.,]$", a.text):
                    faults.append(f"p{page.number}: amount split: {a.text[-20:]!r} / {b.text[:20]!r}")
        for a, b in itertools.pairwise(lines):
            titled = a.text in titles and b.text in titles and "Bold" in a.font and "Bold" in b.font
            if titled and len(_norm(a.text)) > 3 and _norm(a.text) == _norm(b.text) and a.y > b.y:
                faults.append(f"p{page.number}: printed twice: {a.text!r}")
        if not lines or page.number == 1:
            continue
        lowest = min(lines, key=lambda ln: ln.y)
        if lowest.text in headings and "Bold" in lowest.font and page.number < len(pages):
            faults.append(f"p{page.number}: heading as the last line: {lowest.text!r}")
        margin_top = ps.PAGE["landscape_margin"] if page.landscape else ps.PAGE["margin_top"]
        margin_bottom = ps.PAGE["landscape_margin"] if page.landscape else ps.PAGE["margin_bottom"]
        usable = page.height - margin_top - margin_bottom
        fill = (page.height - margin_top - lowest.y) / usable
        if fill < 1 / 3 and i + 1 < len(pages):
            nxt = pages[i + 1]
            chapter = bool(nxt.lines) and max(nxt.lines, key=lambda ln: ln.y).text in chapters
            if not (chapter or nxt.landscape != page.landscape):
                faults.append(f"p{page.number}: page {fill:.0%} full, next page starts {nxt.lines[:1]!r}")
        elif fill < 2 / 3 and i + 1 < len(pages) and _only_a_table(page, captions) and pages[i + 1].lines:
            first = max(pages[i + 1].lines, key=lambda ln: ln.y)
            if first.text in headings and first.text not in chapters and "Bold" in first.font:
                top = max(lines, key=lambda ln: ln.y).text
                faults.append(f"p{page.number}: only the table {top!r} ({fill:.0%}), then {first.text!r}")
    return faults


def _only_a_table(page: Page, captions: set[str]) -> bool:
    """The page holds one whole table and nothing else: its caption first, then lines smaller than body text (a
    TOWS matrix alone, the next dimension's heading and SWOT moved to the next page)."""
    top = max(page.lines, key=lambda ln: ln.y)
    body = ps.paragraph_styles(_fonts())["body"].fontSize
    return top.text in captions and all(ln.size < body - 0.5 for ln in page.lines)


def _fonts() -> Any:
    from smartcity_desktop.exports import fonts

    return fonts.register()


def _export(doc: Document, out: Path) -> list[Page]:
    from smartcity_desktop.exports.pdf import write_pdf

    write_pdf(doc, out)
    return read_pages(out)


# --- the checker can fail ---------------------------------------------------------------------------------
def _doc_with(words: str) -> Document:
    from smartcity_desktop.exports.tree import Meta, Paragraph, Run

    return Document("t", Meta(region="R", title="T", document_name="T"), [Paragraph([Run(words)])])


def test_checker_finds_each_fault() -> None:
    doc = _doc_with("kecamatan Lingkungan Rp")
    body = [Line(70, 700, 10, "Regular", "di kecamat"), Line(70, 686, 10, "Regular", "an Sembalun")]
    amount = [Line(70, 600, 10, "Regular", "Rp 106.405."), Line(70, 586, 10, "Regular", "000.000")]
    twice = [Line(70, 500, 12, "Bold", "4. Daftar Quick Win"), Line(70, 480, 8.5, "Bold", "Daftar Quick Win")]
    doc.blocks.insert(0, Heading(2, "Daftar Quick Win", "4."))
    doc.blocks.append(Table(["a"], [], caption="Daftar Quick Win"))
    heading = [Line(70, 100, 12, "Bold", "Lingkungan")]
    doc.blocks.insert(0, Heading(2, "Lingkungan"))
    pages = [Page(1, 595, 842, []), Page(2, 595, 842, body + amount + twice + heading), Page(3, 595, 842, body)]
    faults = layout_faults(pages, doc)
    assert any("broken" in f for f in faults)
    assert any("amount" in f for f in faults)
    assert any("twice" in f for f in faults)
    assert any("heading as the last line" in f for f in faults)
    short = [Page(1, 595, 842, []), Page(2, 595, 842, body[:1]), Page(3, 595, 842, body)]
    assert any("full" in f for f in layout_faults(short, doc))
    doc.blocks.append(Table(["S", "W"], [], caption="Matriks TOWS Smart Economy"))
    tows = [Line(70, 757, 8.5, "Bold", "Matriks TOWS Smart Economy"), Line(70, 400, 8, "Regular", "Strategi")]
    heading = [Line(70, 757, 12, "Bold", "Lingkungan"), Line(70, 100, 10, "Regular", "di kecamat")]
    alone = [Page(1, 595, 842, []), Page(2, 595, 842, tows), Page(3, 595, 842, heading)]
    assert any("only the table" in f for f in layout_faults(alone, doc))
    tows.append(Line(70, 200, 10, "Regular", "Teks sesudah tabel"))
    assert not any("only the table" in f for f in layout_faults(alone, doc))
    hyphenated = [Line(70, 700, 10, "Regular", "di kecamat-"), Line(70, 686, 10, "Regular", "an Sembalun")]
    assert not [
        f for f in layout_faults([Page(1, 595, 842, []), Page(2, 595, 842, hyphenated * 20)], doc) if "broken" in f
    ]


# --- the three plans ----------------------------------------------------------------------------------------
def long_text_rows() -> dict[str, list[dict[str, Any]]]:
    """The demo plan with long words in narrow columns, long names, long cells and long lists."""
    from smartcity_desktop.demo import demo_rows

    rows = copy.deepcopy(demo_rows())
    long_words = "Environment kecamatan kunjungan/bulan 188.45/312/DISKOMINFO Penyelenggaraan Interoperabilitas"
    for p in rows.get("program", [])[:6]:
        p["name"] = f"{p['name']} {long_words} " + "Pengembangan Sistem Informasi Terpadu " * 6
        p["activities"] = "\n".join(f"- Kegiatan {k}: pendataan {long_words}" for k in range(30))
    for r in rows.get("regulation", [])[:4]:
        for key in ("number", "title"):
            if key in r:
                r[key] = f"{r[key]} 188.45/312/DISKOMINFO/2017 {long_words}"
    for s in rows.get("statistic", [])[:10]:
        if "name" in s:
            s["name"] = f"{s['name']} {long_words}"
    for c in rows.get("chapter", [])[:3]:
        table = "\n| Uraian | Nilai | Keterangan |\n|---|--:|---|\n" + "".join(
            f"| {long_words} | Rp 1.250.000.000 | {long_words} kunjungan/bulan |\n" for _ in range(40)
        )
        cols = ["Uraian", "Satuan", "Lokasi", "Nomor", "Anggaran", "Sumber", "Keterangan", "OPD", "Status", "Catatan"]
        wide = f"\n| {' | '.join(cols)} |\n|{'---|' * len(cols)}\n" + "".join(
            "| "
            + " | ".join(
                [
                    "Environment",
                    "kunjungan/bulan",
                    "kecamatan Sembalun",
                    "188.45/312/DISKOMINFO",
                    "Rp 1.250.000.000",
                    "Penyelenggaraan",
                    "Interoperabilitas",
                    "Diskominfo",
                    "Berkelanjutan",
                    "Pengembangan",
                ]
            )
            + " |\n"
            for _ in range(5)
        )
        c["body_md"] = (c.get("body_md") or "") + "\n\n## Tabel panjang\n" + table + "\n\n## Tabel lebar\n" + wide
    return rows


def _rows(name: str) -> dict[str, list[dict[str, Any]]]:
    if name == "demo":
        from smartcity_desktop.demo import demo_rows

        return demo_rows()
    if name == "large":
        from bench.generate import make_rows

        return make_rows("large")
    if name == "cirebon":
        from tests.plans.second_region import cirebon_rows

        return cirebon_rows()
    if name == "cirebon-short":
        from tests.plans.second_region import SHORT_PERIOD, cirebon_rows

        return cirebon_rows(SHORT_PERIOD)
    return long_text_rows()


LONG = os.environ.get("SMARTCITY_LONG") == "1"


@pytest.mark.parametrize(
    "plan",
    [
        "demo",
        "long",
        "cirebon",
        "cirebon-short",
        pytest.param("large", marks=pytest.mark.skipif(not LONG, reason="1,500 pages: SMARTCITY_LONG=1")),
    ],
)
def test_masterplan_keeps_layout_rules(plan: str, tmp_path: Path) -> None:
    from smartcity_desktop.exports import tree

    doc = tree.build(_rows(plan), "masterplan")
    pages = _export(doc, tmp_path / f"{plan}.pdf")
    faults = layout_faults(pages, doc)
    assert not faults, f"{len(faults)} faults:\n" + "\n".join(faults[:40])


@pytest.mark.parametrize("document", ["summary", "quickwin", "roadmap"])
def test_other_documents_keep_layout_rules(document: str, tmp_path: Path) -> None:
    """The second region's other documents (chapters numbered "1. Daftar Quick Win")."""
    from smartcity_desktop.exports import tree

    doc = tree.build(_rows("cirebon"), document)
    pages = _export(doc, tmp_path / f"{document}.pdf")
    faults = layout_faults(pages, doc)
    assert not faults, f"{len(faults)} faults:\n" + "\n".join(faults[:40])


@pytest.mark.parametrize("word", ["Environment", "kecamatan", "kunjungan/bulan", "188.45/312/DISKOMINFO", "Wwwwwwwww"])
def test_long_word_breaks_with_a_hyphen_or_at_a_slash(word: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from smartcity_desktop.exports.pdf_tables import split_word

    pieces = split_word(word, "Helvetica", 8.5, 24)
    assert len(pieces) > 1
    assert all(stringWidth(p, "Helvetica", 8.5) <= 24 for p in pieces[:-1])
    assert all(p.endswith(("-", "/")) for p in pieces[:-1])
    assert "".join(p.removesuffix("-") for p in pieces) == word


def test_long_table_is_laid_out_in_chunks_with_the_header_and_every_row(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from bench.export_scaling import table_document
    from smartcity_desktop.exports import fonts
    from smartcity_desktop.exports import pdf_styles as ps
    from smartcity_desktop.exports.pdf import write_pdf
    from smartcity_desktop.exports.pdf_tables import CHUNK_ROWS, table_flowables

    doc = table_document(CHUNK_ROWS * 2 + 50)
    table = doc.blocks[1]
    assert isinstance(table, Table)
    parts = table_flowables(table, 450, ps.paragraph_styles(fonts.register()))
    assert len(parts) == 3
    assert all(p._colWidths == parts[0]._colWidths for p in parts)
    assert all(p._cellvalues[0][0] == "Uraian" and p.repeatRows == 1 for p in parts)
    assert sum(len(p._cellvalues) - 1 for p in parts) == len(table.rows)
    write_pdf(doc, tmp_path / "t.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "t.pdf").pages)
    assert all(f"Desa {k} " in text for k in range(len(table.rows)))


@pytest.mark.parametrize("caption", ["", "Tujuan dan sasaran"])
def test_short_table_of_tall_rows_starts_where_it_stands(caption: str, tmp_path: Path) -> None:
    """A table of few rows is kept on one page only when the page it would leave is a third full."""
    from smartcity_desktop.exports.tree import Meta, PageBreak, Paragraph, Run

    cell = "Sasaran yang terukur dengan indikator kinerja dan target tahunan. " * 9
    blocks: list[Any] = [
        Paragraph([Run("Halaman pertama (tidak diperiksa).")]),
        PageBreak(),
        Paragraph([Run("Pengantar singkat.")]),
        *([Heading(2, "Tujuan", "1.1")] if caption else []),
        Table(["Tujuan", "Sasaran"], [[f"T{k}", cell] for k in range(8)], caption=caption),
        Paragraph([Run("Penutup.")]),
    ]
    doc = Document("t", Meta(region="R", title="T", document_name="T"), blocks)
    pages = _export(doc, tmp_path / "t.pdf")
    assert len(pages) >= 3
    assert "Tujuan" in " ".join(ln.text for ln in pages[1].lines)  # the table starts on the page it follows
    assert not [f for f in layout_faults(pages, doc) if "full" in f or "heading" in f]
