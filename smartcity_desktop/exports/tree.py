# SPDX-License-Identifier: GPL-3.0-or-later
"""The neutral document tree that every writer (PDF, DOCX) renders; user text stays plain text here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Run:
    """A stretch of inline text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


def runs_of(cell: str | list[Run] | None) -> list[Run]:
    """A table cell (plain text or runs) as runs."""
    if cell is None:
        return []
    if isinstance(cell, str):
        return [Run(cell)] if cell else []
    return list(cell)


def plain(cell: str | list[Run] | None) -> str:
    """The plain text of a cell or a list of runs."""
    if isinstance(cell, str):
        return cell  # most cells: no runs made and joined
    if not cell:
        return ""
    return cell[0].text if len(cell) == 1 else "".join([r.text for r in cell])


@dataclass
class Meta:
    """What a document is about: used for the cover, running header, footer and PDF metadata."""

    region: str
    title: str
    document_name: str
    subject: str = ""
    lang: str = "id"
    draft: bool = True
    period: str = ""
    page_label: str = "Halaman {0} dari {1}"
    draft_label: str = "DRAFT"
    toc_label: str = "Daftar Isi"
    creator: str = "Smart City Masterplan Desktop"
    keywords: str = ""


@dataclass
class Cover:
    """The cover page."""

    title: str
    subtitle: str
    region: str
    period: str
    status: str
    lines: list[str] = field(default_factory=list)
    logo: bytes | None = None
    footer: str = ""


@dataclass
class Toc:
    """A table of contents with page numbers."""

    title: str


@dataclass
class Heading:
    """A heading; ``number`` is shown before the text ("BAB I", "5.2"); level 1 starts a chapter."""

    level: int
    text: str
    number: str = ""
    bookmark: bool = True
    toc: bool = True
    key: str = ""

    @property
    def label(self) -> str:
        """Number and text, as the table of contents and bookmarks show it."""
        if self.number and self.number.casefold() == self.text.casefold():
            return self.number  # "LAMPIRAN", not "LAMPIRAN Lampiran"
        return f"{self.number} {self.text}".strip()


@dataclass
class Paragraph:
    """A paragraph of runs; ``style`` is one of body, lead, small, caption, note, quote, center."""

    runs: list[Run]
    style: str = "body"

    @classmethod
    def text(cls, text: str, style: str = "body", bold: bool = False) -> Paragraph:
        return cls([Run(text, bold=bold)], style)


@dataclass
class ListItem:
    runs: list[Run]
    level: int = 0
    ordered: bool | None = None  # a nested list of the other kind (numbers in bullets); None: as its list


@dataclass
class BulletList:
    """A bulleted (or numbered) list; a numbered one counts from ``start``."""

    items: list[ListItem]
    ordered: bool = False
    start: int = 1


@dataclass
class Table:
    """A table: header row, body rows of cells, hints for widths and alignment.

    ``col_widths`` are relative weights; ``numeric`` columns are right-aligned; ``group_rows`` hold one cell
    spanning the whole row (a sub-heading inside the table); ``total_rows`` are shown bold; ``style`` is "grid",
    "keyvalue" (first column is a label, no header) or "plain" (no lines, no header: signature blocks).
    """

    header: list[str]
    rows: list[list[str | list[Run]]]
    col_widths: list[float] | None = None
    numeric: set[int] = field(default_factory=set)
    group_rows: set[int] = field(default_factory=set)
    total_rows: set[int] = field(default_factory=set)
    caption: str = ""
    style: str = "grid"
    font_size: float | None = None
    # workshop-docs: paper forms. ``row_height`` (mm) of every body row (room to sign); ``split_last``: the
    # last two columns are one column split in two staggered halves (one header over both, no line between)
    row_height: float | None = None
    split_last: bool = False
    number: str = ""  # docs-parts: "Tabel 3." in documents with a Daftar Tabel, printed before the caption

    @property
    def full_caption(self) -> str:
        """The caption as printed: its number (when the document numbers tables) and its text."""
        return f"{self.number} {self.caption}" if self.number and self.caption else self.caption


@dataclass
class Chart:
    """A chart drawn by exports.charts: ``kind`` is radar, bar, gantt or month_gantt; ``data`` its arguments."""

    kind: str
    data: dict[str, Any]
    caption: str = ""
    number: str = ""  # docs-parts: "Gambar 2." in documents with a Daftar Gambar

    @property
    def full_caption(self) -> str:
        """The caption as printed: its number (when the document numbers figures) and its text."""
        return f"{self.number} {self.caption}" if self.number and self.caption else self.caption

    def drawing(self, **overrides: Any) -> Any:
        """The reportlab Drawing of this chart (imports reportlab on first use)."""
        from smartcity_desktop.exports import charts

        args = dict(self.data)
        args.update(overrides)
        if self.kind in ("gantt", "month_gantt"):
            args["rows"] = [charts.GanttRow(**r) for r in args["rows"]]
            fn = charts.gantt_chart if self.kind == "gantt" else charts.month_gantt
            return fn(**args)
        if self.kind == "radar":
            return charts.radar_chart(**args)
        if self.kind == "quickwin_matrix":  # workshop-docs: impact versus effort of the Quick Win selection
            from smartcity_desktop.exports.charts_quickwin import matrix_chart

            return matrix_chart(**args)
        if self.kind == "bar":
            lang = args.pop("lang", "id")
            if args.get("value_format") == "money_short":
                from smartcity_desktop.core.formats import format_rupiah_short

                args["value_format"] = lambda v: format_rupiah_short(int(v), lang)
            return charts.bar_chart(**args)
        raise ValueError(f"unknown chart kind {self.kind}")


@dataclass
class CaptionList:
    """Daftar Tabel or Daftar Gambar (sections_front.fill_lists): the numbered captions of one ``kind`` ("table",
    "figure") as printed, (number, caption), each listed with its page; ``seq`` is the word the numbers start with
    ("Tabel", "Figure"): the name of Word's caption sequence."""

    kind: str
    seq: str
    entries: list[tuple[str, str]]


@dataclass
class PageBreak:
    """Start a new page."""


@dataclass
class Landscape:
    """Blocks printed on landscape pages (the roadmap Gantt)."""

    blocks: list[Block]


Block = Cover | Toc | Heading | Paragraph | BulletList | Table | Chart | PageBreak | Landscape | CaptionList


@dataclass
class Document:
    """One document: its metadata and its blocks in reading order."""

    name: str
    meta: Meta
    blocks: list[Block]

    def walk(self) -> Iterator[Block]:
        """Every block, descending into landscape sections."""
        yield from _walk(self.blocks)

    def headings(self) -> list[Heading]:
        return [b for b in self.walk() if isinstance(b, Heading)]

    def texts(self) -> Iterator[tuple[str, str]]:
        """(text, where) for every piece of text the document prints (a table's cells as one text); ``where`` is the
        enclosing heading."""
        yield from self._meta_texts()
        where = self.meta.title
        for b in self.walk():
            if isinstance(b, Heading):
                where = b.label
                yield b.label, where
            elif isinstance(b, Table):
                yield b.full_caption, where
                yield from ((h, where) for h in b.header)
                # the cells in one text (a table may have thousands): a cell's text only matters by its characters
                yield " ".join([c if c.__class__ is str else plain(c) for row in b.rows for c in row]), where
            else:
                yield from self._block_texts(b, where)

    def places(self) -> Iterator[tuple[str, str]]:
        """(text, place) for every piece of text, in reading order; the place is the path of the two enclosing
        headings ("Wadul Bae > Permasalahan"), with a table's caption, row and column for a cell."""
        path: list[str] = []
        levels: list[int] = []
        for text, _where in self._meta_texts():
            yield text, self.meta.title
        for b in self.walk():
            if isinstance(b, Heading):
                while levels and levels[-1] >= b.level:
                    levels.pop()
                    path.pop()
                where = " > ".join(path[-2:])
                levels.append(b.level)
                path.append(b.text)
                yield b.label, where or b.label
                continue
            where = " > ".join(path[-2:]) or self.meta.title
            if isinstance(b, Table):
                at = f"{where} > {b.caption}" if b.caption else where
                yield b.full_caption, where
                for h in b.header:
                    yield h, at
                for n, row in enumerate(b.rows, 1):
                    for c, cell in enumerate(row):
                        col = b.header[c] if c < len(b.header) and b.header[c] else str(c + 1)
                        yield plain(cell), f"{at} > {n} > {col}" if b.style != "keyvalue" else f"{at} > {n}"
            else:
                for text, _w in self._block_texts(b, where):
                    yield text, where

    def _meta_texts(self) -> Iterator[tuple[str, str]]:
        m = self.meta
        for t in (m.region, m.title, m.document_name, m.subject, m.page_label, m.draft_label, m.toc_label):
            yield t, m.title

    def _block_texts(self, b: Block, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(b, Cover):
            for t in (b.title, b.subtitle, b.region, b.period, b.status, b.footer, *b.lines):
                yield t, where
        elif isinstance(b, Toc):
            yield b.title, where
        elif isinstance(b, Paragraph):
            yield plain(b.runs), where
        elif isinstance(b, BulletList):
            for it in b.items:
                yield plain(it.runs), where
        elif isinstance(b, Chart):
            yield b.full_caption, where
            yield from ((t, where) for t in _chart_texts(b.data))


def _walk(blocks: list[Block]) -> Iterator[Block]:
    for b in blocks:
        yield b
        if isinstance(b, Landscape):
            yield from _walk(b.blocks)


def _chart_texts(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        if not data.startswith("#"):
            yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from _chart_texts(v)
    elif isinstance(data, list | tuple):
        for v in data:
            yield from _chart_texts(v)


Builder = Callable[..., Document]  # (rows, **options): meeting, stage, report ... for the workshop paperwork

DOCUMENTS = (
    "masterplan",
    "summary",
    "quickwin",
    "roadmap",
    "merges",
    "workshop",
    "attendance",
    "minutes",
    "berita-acara",
    "changes",
)


def builders() -> dict[str, Builder]:
    """Document name -> builder; documents not built yet are absent."""
    from smartcity_desktop.exports.documents import BUILDERS

    return BUILDERS


def build(rows: Rows, name: str = "masterplan", **options: Any) -> Document:
    """The document ``name`` of the plan in ``rows`` (``options`` for the documents that take them)."""
    from smartcity_desktop.core.errors import NotAvailable, PlanError

    found = builders().get(name)
    if found is None:
        if name in DOCUMENTS:
            raise NotAvailable("export.document_later", name)
        raise PlanError("cli.document_unknown", name, ", ".join(DOCUMENTS))
    return captions_once(found(rows, **options) if options else found(rows))


def captions_once(doc: Document) -> Document:
    """A table's or chart's caption that repeats the heading right before it is left out ("4. Daftar Quick Win"
    then "Daftar Quick Win")."""

    def clean(blocks: list[Block]) -> None:
        last: Block | None = None
        for b in blocks:
            if isinstance(b, Landscape):
                clean(b.blocks)
            elif isinstance(b, Table | Chart) and isinstance(last, Heading):
                if b.caption and " ".join(b.caption.split()).casefold() == " ".join(last.text.split()).casefold():
                    b.caption = ""
            last = b

    clean(doc.blocks)
    return doc
