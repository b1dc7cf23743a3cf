# SPDX-License-Identifier: GPL-3.0-or-later
"""Daftar Tabel and Daftar Gambar in the PDF: laid out as the contents are (pdf_dry.Contents), from the captions
expected, with the page each numbered caption is printed on, as links to it.

The converter marks each numbered caption's paragraph (``mark_caption``); the document template records it when it
is placed (pdf._DocTemplate.afterFlowable, ``record``); the lists are drawn when the pages are saved, and the
document is laid out again only when the captions found differ from those expected.
"""

from __future__ import annotations

from typing import Any

from smartcity_desktop.exports.pdf_dry import Contents
from smartcity_desktop.exports.sections_front import caption_key
from smartcity_desktop.exports.tree import CaptionList

HANG = 48  # points: room for "Gambar 12." before the caption's continuation lines


def _kind(block: Any) -> str:
    return "figure" if type(block).__name__ == "Chart" else "table"


class CaptionContents(Contents):
    """One list of captions: a Contents of one level with a callback name of its own (several lists share the
    canvas that draws them)."""

    def __init__(self, kind: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.callback = f"drawCaptionEntryEnd_{kind}"


def mark_caption(para: Any, block: Any) -> Any:
    """``para`` (the printed caption of ``block``, a Table or Chart) marked for its list when it is numbered."""
    if getattr(block, "number", ""):
        from smartcity_desktop.exports.pdf_flowables import escape_fonts

        kind = _kind(block)
        para._caption = (kind, escape_fonts(block.full_caption), caption_key(kind, block.number))
    return para


def caption_list(conv: Any, block: CaptionList, width: float) -> list[Any]:
    """The flowable of one list; ``conv.caption_lists`` keeps it by kind for the document template."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import TableStyle

    from smartcity_desktop.exports.pdf_flowables import escape_fonts

    got = CaptionContents(block.kind, dotsMinLevel=0)
    pad = [(k, (0, 0), (-1, -1), 0) for k in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
    got.tableStyle = TableStyle(
        [("VALIGN", (0, 0), (-1, -1), "TOP"), *pad, ("FONT", (0, 0), (-1, -1), conv.fonts.regular, 9)]
    )
    base = conv.styles["toc2"]
    # a long caption continues under its text, not under its number
    got.levelStyles = [
        ParagraphStyle("caption_list", parent=base, leftIndent=HANG, firstLineIndent=-HANG, spaceBefore=2)
    ]
    got.guess = [
        (0, escape_fonts(f"{number} {caption}"), 0, caption_key(block.kind, number))
        for number, caption in block.entries
    ]
    conv.caption_lists[block.kind] = got
    return [got]


def record(lists: dict[str, Any], canvas: Any, page: int, flowable: Any) -> None:
    """A marked caption was placed on ``page``: its entry, and the link target the list points to."""
    kind, text, key = flowable._caption
    got = lists.get(kind)
    if got is None or any(e[3] == key for e in got._entries):
        return  # no list of that kind; or the caption again (a chart continued on the next page)
    canvas.bookmarkPage(key)
    got.addEntry(0, text, page, key)


def all_settled(toc: Any, lists: dict[str, Any]) -> bool:
    """Whether the layout is final: the contents and every list found the entries they expected (each one that
    did not now expects what was found; every one is asked, not only up to the first unsettled)."""
    return all([c.settled() for c in (toc, *lists.values()) if c is not None])
