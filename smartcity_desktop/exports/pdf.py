# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF writer: A4 pages, running header, "Halaman 3 dari 48", bookmarks, contents, DRAFT watermark."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.exports import pdf_styles as ps
from smartcity_desktop.exports.tree import Cover, Document

log = logging.getLogger(__name__)

Progress = Callable[[float], None]
MAX_REPORTED = 12
MAX_LAYOUTS = 4
WATERMARK_ALPHA = 0.35
_lock = threading.Lock()  # reportlab's settings changed while one document is saved


class Cancelled(PlanError):
    """The user cancelled the export."""


def check_characters(doc: Document) -> None:
    """Refuse (before writing anything) text no bundled font can show, naming the characters in reading order
    and where each is (the part of the plan and the field), invisible characters by their code point."""
    from smartcity_desktop.exports.fonts import missing_characters

    if not missing_characters(["".join(t for t, _w in doc.texts() if t)]):
        return  # the usual case: one set operation over all the text
    order: list[str] = []
    places: dict[str, list[str]] = {}
    for text, where in doc.places():
        if not text:
            continue
        for ch in sorted(missing_characters([text]), key=text.index):
            if ch not in places:
                order.append(ch)
                places[ch] = []
            seen = places[ch]
            snippet = _snippet(text, ch)
            entry = f"{where}: “{snippet}”" if where and where != snippet else f"“{snippet}”"
            if len(seen) < 3 and entry not in seen:
                seen.append(entry)
    if not order:
        return
    chars = ", ".join(char_name(c) for c in order[:MAX_REPORTED])
    details = [f"{char_name(c)}: " + "; ".join(places[c]) for c in order]
    first = details[0].split(": ", 1)[1] if details else ""
    raise PlanError("export.missing_chars", chars, first, details=details)


def char_name(ch: str) -> str:
    """A character as the message shows it: itself and its code point, or only the code point when invisible."""
    import unicodedata

    if unicodedata.category(ch)[0] in "CZ" and ch != " ":
        return f"U+{ord(ch):04X}"
    return f"'{ch}' (U+{ord(ch):04X})"


def _snippet(text: str, ch: str, span: int = 24) -> str:
    i = text.index(ch)
    start, end = max(0, i - span), min(len(text), i + span)
    piece = text[start:end].replace("\n", " ")
    piece = "".join(f"[U+{ord(c):04X}]" if char_name(c).startswith("U+") else c for c in piece)
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _cancelled(cancel: Any) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: a layout makes millions of small objects, few of them garbage,
    and Python would otherwise scan them again and again (a fifth of the time of a large export)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            # the objects made meanwhile go straight to the oldest generation: re-enabling would otherwise scan
            # them all at the next allocation, to find that most are still in use
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def write_pdf(doc: Document, out: str | Path, progress: Progress | None = None, cancel: Any = None) -> None:
    """Write ``doc`` as a PDF to ``out`` (the caller makes the write atomic)."""
    with paused_gc():
        _write_pdf(doc, out, progress, cancel)


def _write_pdf(doc: Document, out: str | Path, progress: Progress | None, cancel: Any) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageTemplate

    from smartcity_desktop.exports import fonts
    from smartcity_desktop.exports.pdf_flowables import Converter, keep_headings

    check_characters(doc)
    names = fonts.register()
    meta = doc.meta
    page_w, page_h = A4
    g = ps.PAGE
    portrait_frame = _Frame(
        g["margin_left"],
        g["margin_bottom"],
        page_w - g["margin_left"] - g["margin_right"],
        page_h - g["margin_top"] - g["margin_bottom"],
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    lw, lh = landscape(A4)
    m = g["landscape_margin"]
    land_frame = _Frame(
        m, g["margin_bottom"] - 4 * ps.MM, lw - 2 * m, lh - m - g["margin_bottom"] - 8 * ps.MM, id="land",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip

    has_cover = any(isinstance(b, Cover) for b in doc.blocks)

    def make_story(expected: dict[str, list[Any]] | None) -> tuple[Any, list[Any]]:
        """The flowables of the document, and the contents expecting ``expected`` entries (else the headings),
        with the Daftar Tabel / Daftar Gambar likewise (``template.caption_lists``, pdf_lists): ``expected`` maps
        "toc" and each list's kind to the entries found by the layout before."""
        conv = Converter(names, portrait_frame._width, (land_frame._width, land_frame._height))
        conv.chapter_breaks = doc.name != "summary"
        story: list[Any] = []
        total = len(doc.blocks) or 1
        for i, block in enumerate(doc.blocks):
            if _cancelled(cancel):
                raise Cancelled("export.cancelled")
            story += conv.convert(block)
            if progress and i % 10 == 0:
                progress(0.2 * i / total)
        if conv.toc is not None:
            conv.toc.expect(conv.toc_guess if expected is None else expected["toc"])
        for kind, got in conv.caption_lists.items():
            got.expect(got.guess if expected is None else expected[kind])
        template.caption_lists = conv.caption_lists
        return conv.toc, keep_headings(story)

    def decorate(canvas: Any, _doc: Any) -> None:
        if meta.draft:
            _once(canvas, "watermark", lambda: _watermark(canvas, meta, names))
        _once(canvas, "header", lambda: _header(canvas, meta, names))

    def decorate_cover(canvas: Any, _doc: Any) -> None:
        if meta.draft:
            _once(canvas, "watermark", lambda: _watermark(canvas, meta, names))
        _cover_frame(canvas)

    templates = [
        PageTemplate("cover", [portrait_frame], onPage=decorate_cover, pagesize=A4),
        PageTemplate("portrait", [portrait_frame], onPage=decorate, pagesize=A4),
        PageTemplate("landscape", [land_frame], onPage=decorate, pagesize=landscape(A4)),
    ]
    if not has_cover:
        templates = templates[1:] + templates[:1]
    template = _DocTemplate(
        str(out),
        pagesize=A4,
        title=meta.title,
        author=meta.region,
        subject=meta.subject,
        creator=meta.creator,
        keywords=meta.keywords,
        lang="en-GB" if meta.lang == "en" else "id-ID",
    )
    template.addPageTemplates(templates)
    template.progress = progress
    template.cancel = cancel
    toc, story = make_story(None)
    template.flowable_total = max(1, len(story))
    template.toc = toc
    _layout(template, story, make_story, _numbered_canvas(meta, names, template, no_footer_first=has_cover))
    if progress:
        progress(1.0)


def _layout(template: Any, story: list[Any], make_story: Callable[[Any], Any], canvasmaker: type) -> None:
    """Lay the story out once; again only when the contents' entries were not the ones expected.

    The story is handed over (reportlab takes each flowable off the list as it places it), so a flowable and
    what its layout computed are freed once drawn; a second layout converts the document's blocks again.
    """
    for _attempt in range(MAX_LAYOUTS):
        try:
            template.build(story, canvasmaker=canvasmaker)
            return
        except _Stop:
            raise Cancelled("export.cancelled") from None
        except _Relayout:
            log.info("contents differ from the headings expected: laying out again")
            # settled() made the entries found the expected ones
            found = {kind: got._lastEntries for kind, got in template.caption_lists.items()}
            found["toc"] = template.toc._lastEntries if template.toc is not None else []
            template.toc, story = make_story(found)
    raise RuntimeError(f"contents not settled after {MAX_LAYOUTS} layouts")


class _Relayout(Exception):
    """The contents found were not the ones expected: lay the document out again."""


class _Stop(Exception):
    """Raised inside reportlab's build loop to stop a cancelled export."""


def _template_base() -> type:
    from smartcity_desktop.exports.rl import import_platypus

    import_platypus()
    from reportlab.platypus import BaseDocTemplate

    return BaseDocTemplate


def _frame_base() -> type:
    from smartcity_desktop.exports.rl import import_platypus

    import_platypus()
    from reportlab.platypus import Frame

    return Frame


class _Frame(_frame_base()):  # type: ignore[misc]
    """reportlab's Frame, whose deep copy is a copy of its values with only its containers copied deeply.

    reportlab deep-copies the page's frame each time a group kept together measures its content, only so that the
    measuring cannot change the real frame; a frame's values are numbers and names, so the full deep copy
    machinery (a tenth of a second over a large plan's 3,000 groups) gives the same copy."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        import copy

        new = object.__new__(type(self))
        state = new.__dict__
        state.update(self.__dict__)
        for key, value in state.items():
            if isinstance(value, list | dict | set):
                state[key] = copy.deepcopy(value, memo)
        return new


class _DocTemplate(_template_base()):  # type: ignore[misc]
    """Records contents entries and PDF bookmarks for headings; reports progress; obeys cancel."""

    progress: Progress | None = None
    cancel: Any = None
    toc: Any = None
    caption_lists: dict[str, Any] = {}  # noqa: RUF012 - replaced per document, never changed in place
    flowable_total = 1
    _count = 0

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's hook name
        self._count = 0
        self._outline_level = -1
        if self.toc is not None:
            self.toc.clearEntries()
        for got in self.caption_lists.values():
            got.clearEntries()
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's hook name
        self._count += 1
        if self._count % 25 == 0:
            if _cancelled(self.cancel):
                raise _Stop()
            if self.progress:
                self.progress(min(0.98, 0.2 + 0.78 * min(1.0, self._count / self.flowable_total)))
        if hasattr(flowable, "_caption"):  # a numbered caption: its page in Daftar Tabel / Daftar Gambar
            from smartcity_desktop.exports.pdf_lists import record

            record(self.caption_lists, self.canv, self.page, flowable)
        outline = getattr(flowable, "_outline", None)
        if outline is None:
            return
        heading, key = outline
        level = min(max(heading.level, 1), 3) - 1
        if heading.bookmark:
            level = min(level, self._outline_level + 1)
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(heading.label, key, level=level, closed=level >= 1)
            self._outline_level = level
        if heading.toc and heading.level <= 3 and self.toc is not None:
            from smartcity_desktop.exports.pdf_flowables import escape_fonts

            self.toc.addEntry(heading.level - 1, escape_fonts(heading.label), self.page, key)


def _numbered_canvas(meta: Any, names: Any, template: Any, no_footer_first: bool = False) -> type:
    """A canvas class that writes each page when it ends, yet each footer says "Halaman 3 dari 48".

    What needs the finished layout is added to the pages' content when the document is saved (reportlab keeps a
    written page's content as one string until then): each page's footer, and the page numbers of the contents
    (``number_later``, see pdf_dry.Contents) where a mark holds their place. Nothing else of a finished page is
    kept: before, every page's whole drawing state waited until the save (a third of the peak memory of a
    1,600-page plan).
    """
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", names.regular)  # else the preamble names Helvetica
            super().__init__(*args, **kwargs)
            self._written: list[tuple[Any, int, float]] = []  # reportlab's page, its number, its width
            self._late: list[tuple[Any, list[tuple[str, Callable[[Any], None]]]]] = []  # page, (mark, draw)s
            self._late_here: list[tuple[str, Callable[[Any], None]]] = []
            self._marks = 0

        def number_later(self, draw: Callable[[Any], None]) -> None:
            """Draw here what ``draw(canvas)`` draws when the pages are saved (a mark keeps the place)."""
            self._marks += 1
            mark = f"%late{self._marks}"  # a comment in the page's content, replaced at save
            self.__dict__["_code"].append(mark)
            self._late_here.append((mark, draw))

        def showPage(self) -> None:  # noqa: N802 - reportlab's method name
            number, width = self._pageNumber, self._pagesize[0]
            super().showPage()
            page = self._doc.Pages.pages[-1]
            if not (no_footer_first and number == 1):  # no page number on the cover
                self._written.append((page, number, width))
            if self._late_here:
                self._late.append((page, self._late_here))
                self._late_here = []

        def drawText(self, text: Any) -> None:  # noqa: N802 - reportlab's method name
            super().drawText(text)
            # a paragraph's text object holds a method bound to itself (reportlab's _do_line): a reference cycle
            # that keeps the paragraph's lines until a garbage collection, and the export pauses those
            text.__dict__.pop("_do_line", None)

        def _drawn(self, draw: Callable[[], None]) -> str:
            """The content code of what ``draw()`` draws, in its own graphics state."""
            state = self.__dict__
            code: list[str] = state["_code"]
            state["_code"] = []
            self.saveState()
            draw()
            self.restoreState()
            out = "\n".join(state["_code"])
            state["_code"] = code
            return out

        def save(self) -> None:
            from smartcity_desktop.exports import pdf_lists

            if not pdf_lists.all_settled(template.toc, template.caption_lists):
                raise _Relayout()
            if self.__dict__["_code"]:
                self.showPage()
            count = self._pageNumber - 1
            for page, items in self._late:
                stream = page.stream
                for mark, draw in items:
                    stream = stream.replace(mark + "\n", self._drawn(partial(draw, self)) + "\n", 1)
                page.stream = stream
            for page, number, width in self._written:
                page.stream += self._drawn(partial(_footer, self, meta, names, number, count, width)) + "\n"
            with binary_streams():
                super().save()

    return NumberedCanvas


@contextmanager
def binary_streams() -> Iterator[None]:
    """Page contents written as compressed bytes only, not also as ASCII85 text (reportlab's default, from when files
    went through mail as 7-bit text): a quarter smaller, and encoding them took a tenth of a large export's save.
    The decompressed contents are the same."""
    from reportlab import rl_config

    with _lock:
        was = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = was


def _once(canvas: Any, what: str, draw: Callable[[], None]) -> None:
    """Draw what is the same on every page of this size as one PDF form, made on first use and reused."""
    w, h = canvas._pagesize
    name = f"{what}_{round(w)}x{round(h)}"
    made = canvas.__dict__.setdefault("_made_forms", set())
    if name not in made:
        canvas.beginForm(name)
        draw()
        canvas.endForm()
        made.add(name)
    canvas.doForm(name)


def _header(canvas: Any, meta: Any, names: Any) -> None:
    w, h = canvas._pagesize
    g = ps.PAGE
    left = g["margin_left"] if w < h else g["landscape_margin"]
    right = w - (g["margin_right"] if w < h else g["landscape_margin"])
    y = h - g["header_gap"]
    canvas.saveState()
    canvas.setFont(names.regular, 7.5)
    canvas.setFillColor(ps.color("muted"))
    canvas.drawString(left, y, meta.region)
    canvas.drawRightString(right, y, f"{meta.document_name} {meta.period}".strip())
    canvas.setStrokeColor(ps.color("accent"))
    canvas.setLineWidth(0.6)
    canvas.line(left, y - 3.5, right, y - 3.5)
    canvas.restoreState()


def _footer(canvas: Any, meta: Any, names: Any, page: int, count: int, w: float) -> None:
    g = ps.PAGE
    canvas.saveState()
    canvas.setFont(names.regular, 8)
    canvas.setFillColor(ps.color("muted"))
    canvas.drawCentredString(w / 2, g["footer_gap"], meta.page_label.format(page, count))
    canvas.restoreState()


def _watermark(canvas: Any, meta: Any, names: Any) -> None:
    if not meta.draft:
        return
    w, h = canvas._pagesize
    canvas.saveState()
    # 35 % of the colour over white paper: drawn first on each page, so no transparency is needed
    base = ps.color("watermark")
    canvas.setFillColorRGB(*(1 - WATERMARK_ALPHA * (1 - c) for c in (base.red, base.green, base.blue)))
    canvas.setFont(names.bold, 110)
    canvas.translate(w / 2, h / 2)
    canvas.rotate(45 if w < h else 30)
    canvas.drawCentredString(0, -38, meta.draft_label)
    canvas.restoreState()


def _cover_frame(canvas: Any) -> None:
    w, h = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(ps.color("accent"))
    canvas.rect(0, h - 18 * ps.MM, w, 18 * ps.MM, stroke=0, fill=1)
    canvas.rect(0, 0, w, 6 * ps.MM, stroke=0, fill=1)
    canvas.setFillColor(ps.color("gold"))
    canvas.rect(0, h - 20 * ps.MM, w, 2 * ps.MM, stroke=0, fill=1)
    canvas.rect(0, 6 * ps.MM, w, 1.2 * ps.MM, stroke=0, fill=1)
    canvas.restoreState()
