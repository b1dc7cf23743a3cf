# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts around the chapters of the Kominfo document set: the approval page (Lembar Pengesahan), the lists of
tables and figures (Daftar Tabel, Daftar Gambar), the glossary (Daftar Singkatan) and the signature closing the
Penutup.

The lists of tables and figures are filled after the whole document is built (``fill_lists``): their entries
are the captions the document prints, numbered "Tabel 1.", "Gambar 1." in the body and in the list alike, each
with the page it is printed on (the writers know the pages: the PDF lays them out as its contents, pdf_lists; the
DOCX writes Word's own caption numbers and list fields, SEQ and TOC).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from smartcity_desktop.exports.plandata import PlanData
from smartcity_desktop.exports.tree import (
    Block,
    CaptionList,
    Chart,
    Document,
    Heading,
    Landscape,
    Paragraph,
    Run,
    Table,
)

LIST_TABLES = "_list_tables"  # keys of the headings the lists are filled under
LIST_FIGURES = "_list_figures"
APPROVAL = "_approval"
GLOSSARY = "_glossary"
SIGN_SPACE = 4  # blank lines above the signatory's name


_NOT_DIGITS = re.compile(r"\D")


def caption_key(kind: str, number: str) -> str:
    """The link target of a numbered caption ("cap_table_3"): the same in the list and at the caption."""
    return f"cap_{kind}_{_NOT_DIGITS.sub('', number)}"


def _signature(d: PlanData, place_date: str) -> Table:
    """The regional head's signature block on the right half: place and date, title, room to sign, name."""
    title = d.plan.get("head_title") or _head_title(d)
    name = d.plan.get("head_name") or (d.label("sign.blank") if d.draft else "……………………………")
    rows: list[list[str | list[Run]]] = [["", place_date], ["", [Run(title + ",", bold=True)]]]
    rows += [["", ""] for _ in range(SIGN_SPACE)]
    rows.append(["", [Run(name, bold=True)]])
    return Table([], rows, [1, 1], style="plain")


def _head_title(d: PlanData) -> str:
    """The regional head's title when the profile does not give it: "Bupati Lombok Timur", "Wali Kota Bogor"."""
    kind = "kota" if d.plan.get("region_type") == "kota" else "kabupaten"
    return d.label(f"sign.head.{kind}", d.plan.get("region_name") or "")


def _place_date(d: PlanData) -> str:
    place = d.plan.get("signing_place") or d.plan.get("capital") or ""
    when = d.date(d.plan.get("signed_on")) or "……………… " + str(d.first_year)
    return d.label("sign.place_date", place, when) if place else when


def approval_page(d: PlanData) -> list[Block]:
    """Lembar Pengesahan: what is approved, where and when, and the regional head's signature block."""
    doc_name = d.plan.get("title") or d.label("doc.masterplan")
    out: list[Block] = [
        Heading(1, d.label("approval.title"), key=APPROVAL),
        Paragraph([Run(str(doc_name).upper(), bold=True)], "center"),
        Paragraph([Run(d.region.upper(), bold=True)], "center"),
        Paragraph([Run(d.period, bold=True)], "center"),
        Paragraph.text(d.label("approval.statement", doc_name, d.region, d.period)),
    ]
    place = d.plan.get("signing_place") or d.plan.get("capital") or "……………"
    when = d.date(d.plan.get("signed_on")) or "……………"
    facts: list[list[str | list[Run]]] = [
        ["", d.label("approval.place", place)],
        ["", d.label("approval.date", when)],
    ]
    out.append(Table([], facts, [1, 1], style="plain"))
    sign = _signature(d, "")
    sign.rows = sign.rows[1:]  # place and date are stated above
    out.append(sign)
    return out


def closing_signature(d: PlanData, prefix: str = "") -> list[Block]:
    """The signature that closes the Penutup: place and date, the regional head's title and name."""
    return [_signature(d, _place_date(d))]


def glossary(d: PlanData) -> list[Block]:
    """Daftar Singkatan from the plan's glossary, sorted as a reader looks them up."""
    terms = sorted(d.table("abbreviation"), key=lambda r: str(r.get("term") or "").casefold())
    out: list[Block] = [Heading(1, d.label("lists.abbreviations"), key=GLOSSARY)]
    if not terms:
        return [*out, Paragraph.text(d.label("lists.none", d.label("lists.abbreviations").lower()), "note")]
    rows: list[list[str | list[Run]]] = [[[Run(str(r["term"]), bold=True)], str(r.get("meaning") or "")] for r in terms]
    header = [d.label("col.abbreviation"), d.label("col.meaning")]
    return [*out, Table(header, rows, [1.3, 5], font_size=9)]


def list_headings(d: PlanData) -> list[Block]:
    """The headings of Daftar Tabel and Daftar Gambar; ``fill_lists`` puts their entries under them."""
    return [
        Heading(1, d.label("lists.tables"), key=LIST_TABLES),
        Heading(1, d.label("lists.figures"), key=LIST_FIGURES),
    ]


def fill_lists(doc: Document, label: Callable[..., str]) -> None:
    """Number every caption of ``doc`` ("Tabel 3. ...", "Gambar 2. ...") and list them under the list headings.

    ``label`` is the document's label function (PlanData.label). A caption is numbered once, where it is printed;
    the writers add the page each is printed on.
    """
    lab = label
    tables: list[tuple[str, str]] = []
    figures: list[tuple[str, str]] = []

    def visit(blocks: list[Block]) -> None:
        for b in blocks:
            if isinstance(b, Landscape):
                visit(b.blocks)
            elif isinstance(b, Table) and b.caption:
                b.number = lab("caption.table", str(len(tables) + 1))
                tables.append((b.number, b.caption))
            elif isinstance(b, Chart) and b.caption:
                b.number = lab("caption.figure", str(len(figures) + 1))
                figures.append((b.number, b.caption))

    visit(doc.blocks)
    for key, entries, kind, col, noun in (
        (LIST_TABLES, tables, "table", "col.table", "lists.tables"),
        (LIST_FIGURES, figures, "figure", "col.figure", "lists.figures"),
    ):
        at = next((i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.key == key), None)
        if at is None:
            continue
        got: Block = (
            CaptionList(kind, lab(col), entries)
            if entries
            else Paragraph.text(lab("lists.none", lab(noun).lower()), "note")
        )
        doc.blocks.insert(at + 1, got)
