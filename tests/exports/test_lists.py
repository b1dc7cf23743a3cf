# SPDX-License-Identifier: GPL-3.0-or-later
"""Daftar Tabel and Daftar Gambar give the page of each numbered caption: read back from the PDF (each entry's
page is the page whose text holds that caption; the entries link there) and, in the DOCX, Word's own mechanism
(caption numbers as SEQ fields, the lists as TOC fields collecting them, written out already)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from smartcity_desktop.demo import demo_rows
from smartcity_desktop.exports.tree import CaptionList, Chart, Document, Table, build
from tests.exports.test_pdf import invariant  # noqa: F401 - the same autouse fixture: reproducible PDFs

WORDS = {"id": ("Tabel", "Gambar"), "en": ("Table", "Figure")}
_LEADERS = re.compile(r"(?: \.)+ (\d+)$")  # ". . . . 17" ending a list entry (one dot when the caption is long)


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module", params=["id", "en"])
def exported(request: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Document, PdfReader, Any]:
    """The demo masterplan in one language: its tree, the PDF read back, and each page's lines as laid out."""
    from smartcity_desktop.exports.pdf import write_pdf

    lang = request.param
    doc = build(demo_rows(lang), "masterplan")
    out = tmp_path_factory.mktemp("lists") / f"masterplan_{lang}.pdf"
    write_pdf(doc, out)
    reader = PdfReader(out)
    lines = [
        [_norm(line) for line in page.extract_text(extraction_mode="layout").splitlines() if line.strip()]
        for page in reader.pages[:20]  # the lists are near the front
    ]
    texts = [_norm(page.extract_text()) for page in reader.pages]
    return lang, doc, reader, (lines, texts)


def _listed(pages: list[list[str]], word: str) -> tuple[dict[int, tuple[str, int, int]], int]:
    """The entries of one list as printed: number -> (caption, page, index of the page listing it), and the index
    of the list's last page.

    An entry ends in dot leaders and its page number, on its first line or (a long caption) on the next.
    """
    entries: dict[int, tuple[str, int, int]] = {}
    last = -1
    for i, lines in enumerate(pages):
        for k, line in enumerate(lines):
            start = re.match(rf"{word} (\d+)\. (.*)", line)
            if not start:
                continue
            text = start[2]
            end = _LEADERS.search(text)
            if end is None and k + 1 < len(lines) and not re.match(rf"{word} \d+\. ", lines[k + 1]):
                text = f"{text} {lines[k + 1]}"
                end = _LEADERS.search(text)
            if end is not None:
                entries[int(start[1])] = (text[: end.start()].strip(), int(end[1]), i)
                last = i
    return entries, last


def _captions(doc: Document, kind: type) -> list[Any]:
    return [b for b in doc.walk() if isinstance(b, kind) and b.number]


@pytest.mark.parametrize("which", [0, 1])
def test_each_entry_gives_the_page_its_caption_is_on(exported: Any, which: int) -> None:
    lang, doc, _reader, (lines, pages) = exported
    word = WORDS[lang][which]
    blocks = _captions(doc, (Table, Chart)[which])
    assert len(blocks) >= (30, 4)[which]
    entries, list_end = _listed(lines, word)
    assert sorted(entries) == list(range(1, len(blocks) + 1)), f"{word}: {sorted(entries)}"
    for b in blocks:
        n = int(re.sub(r"\D", "", b.number))
        caption, page, _on = entries[n]
        assert _norm(b.caption).startswith(caption[:40].rstrip(" .")), (caption, b.caption)
        head = f"{b.number} {' '.join(b.caption.split()[:3])}"
        holding = [i + 1 for i, text in enumerate(pages) if i > list_end and head in text]
        assert holding and page == holding[0], f"{head}: listed on page {page}, printed on {holding}"


def test_entries_link_to_their_captions(exported: Any) -> None:
    lang, _doc, reader, (lines, _texts) = exported
    at = {p.indirect_reference.idnum: i + 1 for i, p in enumerate(reader.pages)}
    for word in WORDS[lang]:
        entries, _end = _listed(lines, word)
        assert entries, word
        for i in sorted({on for _c, _p, on in entries.values()}):
            dests = [
                at[a.get_object()["/Dest"][0].idnum]
                for a in reader.pages[i].get("/Annots") or []
                if a.get_object().get("/Subtype") == "/Link"
            ]
            listed = [page for _c, page, on in entries.values() if on == i]
            # each entry's text (a link per line) and its page number link to the page it gives
            assert set(dests) == set(listed) and len(dests) >= 2 * len(listed), i


def test_list_entries_in_a_plan_without_figures_say_so() -> None:
    from smartcity_desktop.exports.sections_front import fill_lists
    from smartcity_desktop.exports.tree import Heading, Paragraph

    doc = Document(
        "masterplan",
        build(demo_rows(), "masterplan").meta,
        [
            Heading(1, "Daftar Tabel", key="_list_tables"),
            Heading(1, "Daftar Gambar", key="_list_figures"),
            Table(["a"], [["1"]], caption="Satu"),
        ],
    )
    fill_lists(doc, lambda key, *a: {"caption.table": "Tabel {0}.", "col.table": "Tabel"}.get(key, key).format(*a))
    listed = doc.blocks[1]
    assert isinstance(listed, CaptionList) and listed.entries == [("Tabel 1.", "Satu")] and listed.seq == "Tabel"
    assert isinstance(doc.blocks[3], Paragraph)  # "no figures" note


@pytest.mark.parametrize("lang", ["id", "en"])
def test_docx_lists_are_word_caption_lists(tmp_path: Path, lang: str) -> None:
    from docx import Document as Docx

    from smartcity_desktop.exports.docx import write_docx

    doc = build(demo_rows(lang), "masterplan")
    out = tmp_path / "masterplan.docx"
    write_docx(doc, out)
    body = Docx(str(out)).element.body
    xml = body.xml
    table, figure = WORDS[lang]
    for word, kind in ((table, Table), (figure, Chart)):
        blocks = _captions(doc, kind)
        assert f'TOC \\h \\z \\c "{word}"' in xml  # the list: Word's table of figures of that caption sequence
        assert xml.count(f"SEQ {word} \\* ARABIC") == len(blocks)  # every numbered caption counts in it
    paras = [p for p in Docx(str(out)).paragraphs]
    listed = [p.text for p in paras if p.style is not None and p.style.name == "table of figures"]
    tables = _captions(doc, Table)
    assert listed[: len(tables)] == [f"{t.number} {t.caption}" for t in tables]  # written out before an update
    captions = [p.text for p in paras if p.style is not None and p.style.name == "Caption"]
    assert f"{tables[0].number} {tables[0].caption}" in captions  # the field's result shows the number
