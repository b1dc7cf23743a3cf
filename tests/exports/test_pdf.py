# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF documents, read back with pypdf: text per page, bookmarks, metadata, fonts, watermark, safety."""

from __future__ import annotations

import io
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.exports.tree import Run
from smartcity_desktop.services.exporting import export_file
from smartcity_desktop.storage.checksum import stamp_connection
from smartcity_desktop.storage.db import PlanDB, connect

HOSTILE = '<b>Tebal</b> & <img src="x.png"> <a href="javascript:alert(1)">klik</a>'


@pytest.fixture(autouse=True)
def invariant() -> Iterator[None]:
    """Reproducible output (no dates or random ids in the PDF)."""
    from reportlab import rl_config

    old = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = old


def _edit(path: Path, fn: Any) -> None:
    conn = connect(path)
    try:
        db = PlanDB(conn, who="test")
        with db.action():
            fn(db)
        stamp_connection(conn)  # edited outside the app: write the content checksum as the app would
    finally:
        conn.close()


def _printable(db: PlanDB) -> None:
    """The demo's chapter text uses arrows the embedded font lacks (reported separately); write them as '-'."""
    for c in db.rows("chapter"):
        if c.get("body_md") and "→" in c["body_md"]:
            db.update("chapter", c["id"], {"body_md": c["body_md"].replace("→", "-")})


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory, demo_bytes: bytes) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "demo.smartcity"
    path.write_bytes(demo_bytes)
    _edit(path, _printable)
    return path


@pytest.fixture(scope="module")
def masterplan(demo_plan: Path) -> tuple[Path, PdfReader, list[str]]:
    out = demo_plan.with_name("masterplan.pdf")
    export_file(demo_plan, out, "pdf")
    reader = PdfReader(out)
    return out, reader, [_norm(p.extract_text()) for p in reader.pages]


@pytest.fixture(scope="module")
def demo_rows(demo_plan: Path) -> dict[str, list[dict[str, Any]]]:
    from smartcity_desktop.services.document import read_rows

    return read_rows(demo_plan)[0]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "")


def _fonts(reader: PdfReader) -> dict[str, Any]:
    found: dict[str, Any] = {}

    def visit(resources: Any) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font.get("/BaseFont"))] = font
        for xobj in (resources.get("/XObject") or {}).values():
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Form":
                visit(xobj.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def _images(reader: PdfReader) -> list[Any]:
    out = []
    for page in reader.pages:
        for xobj in (page["/Resources"].get("/XObject") or {}).values():
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Image":
                out.append(xobj)
    return out


# --- the masterplan of the demo ---------------------------------------------------------------------------
def test_every_page_names_the_region_and_counts_pages(masterplan: Any) -> None:
    pages = masterplan[2]
    assert len(pages) > 40
    assert all("Kabupaten Lombok Timur" in p for p in pages)
    assert "Halaman" not in pages[0]  # no page number on the cover (issue 9)
    assert f"Halaman 2 dari {len(pages)}" in pages[1]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]


def test_every_dimension_program_and_quick_win_is_printed(masterplan: Any, demo_rows: dict) -> None:
    text = " ".join(masterplan[2])
    for dim in demo_rows["dimension"]:
        assert dim["name"] in text
    for prog in demo_rows["program"]:
        assert _norm(prog["name"]) in text, prog["name"]
    assert demo_rows["quick_win"]
    assert "Rp " in text and re.search(r"Rp \d{1,3}(\.\d{3})+", text)


def test_contents_with_page_numbers_and_bookmarks(masterplan: Any) -> None:
    _out, reader, pages = masterplan
    at = next(i for i, p in enumerate(pages) if "Daftar Isi" in p)  # after the approval page and the foreword
    toc_text = " ".join(pages[at : at + 2])
    assert "Daftar Isi" in toc_text and re.search(r"BAB I Pendahuluan[ .]*\d+", toc_text)
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    for label in ("BAB I Pendahuluan", "BAB III", "BAB V", "BAB VI Quick Win", "BAB VII", "LAMPIRAN"):
        assert any(t.startswith(label) for t in top), (label, top)
    nested = [o for o in reader.outline if isinstance(o, list)]
    assert nested and any(t.title.startswith("1.1") for t in nested[0] if not isinstance(t, list))


def test_bookmarks_and_contents_name_the_page_of_each_heading(masterplan: Any) -> None:
    _out, reader, pages = masterplan
    page_of = {p.indirect_reference.idnum: i + 1 for i, p in enumerate(reader.pages)}
    found: dict[str, int] = {}
    node: Any = reader.trailer["/Root"]["/Outlines"].get_object()["/First"]
    todo = [node]
    while todo:
        item = todo.pop().get_object()
        found[item["/Title"]] = page_of[item["/Dest"][0].idnum]
        todo += [item[k] for k in ("/First", "/Next") if k in item]
    assert len(set(found.values())) > len(found) / 3, "bookmarks point to their own pages, not all to one"
    for title in ("BAB I Pendahuluan", "1.1 Latar Belakang", "BAB VI Quick Win"):
        page = found[title]
        assert title.split(" ", 1)[1].upper() in pages[page - 1].upper(), (title, page)
        # the contents (pages 2-3) show the same number (its dot leaders come out of pypdf before the title)
        at = next(i for i, p in enumerate(pages) if "Daftar Isi" in p)
        number = re.search(rf"\. (\d+)\s+{re.escape(title)}\s", " ".join(pages[at : at + 2]))
        assert number and int(number.group(1)) == page, (title, page)


def test_metadata(masterplan: Any) -> None:
    meta = masterplan[1].metadata
    assert meta.title == "Masterplan Smart City Kabupaten Lombok Timur 2018–2027"
    assert meta.author == "Kabupaten Lombok Timur"
    assert "Lombok Timur" in (meta.subject or "")
    assert meta.creator == "Smart City Masterplan Desktop"


def test_every_font_is_embedded_charts_included(masterplan: Any) -> None:
    fonts = _fonts(masterplan[1])
    assert fonts
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name, name
        desc = font.get("/FontDescriptor")
        if desc is None and font.get("/DescendantFonts"):
            desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        assert desc is not None, name
        desc = desc.get_object()
        assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_draft_watermark_and_landscape_roadmap(masterplan: Any) -> None:
    _out, reader, pages = masterplan
    assert all("DRAFT" in p for p in pages)
    landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert landscape, "the roadmap Gantt is on landscape pages"
    assert len(landscape) < len(reader.pages) / 2


def test_demo_pdf_is_small(masterplan: Any) -> None:
    assert masterplan[0].stat().st_size < 1_000_000


# --- status, language, logo -------------------------------------------------------------------------------
def test_page_contents_are_compressed_bytes_without_ascii85(masterplan: Any) -> None:
    """Page contents and forms are Flate streams only (not also ASCII85 text, a quarter larger); reportlab's own
    setting is left as it was."""
    from reportlab import rl_config

    path, reader, _texts = masterplan
    assert b"ASCII85Decode" not in path.read_bytes()
    assert b"FlateDecode" in path.read_bytes()
    assert reader.pages[3].get_contents().get_data().count(b" Tj") > 10
    assert rl_config.useA85 == 1


def test_final_plan_has_no_watermark_and_english_labels(plan_file: Path, tmp_path: Path) -> None:
    def finalise(db: PlanDB) -> None:
        db.update("plan", db.plan()["id"], {"status": "final", "language": "en"})

    _edit(plan_file, finalise)
    out = tmp_path / "final.pdf"
    export_file(plan_file, out, "pdf")
    pages = [_norm(p.extract_text()) for p in PdfReader(out).pages]
    assert not any("DRAFT" in p for p in pages)
    assert "Page 2 of" in pages[1] and "Page 1 of" not in pages[0]
    assert "Contents" in " ".join(pages)


def test_logo_is_downsampled(plan_file: Path, tmp_path: Path) -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.frombytes("RGB", (1500, 1500), os.urandom(1500 * 1500 * 3)).save(buf, "PNG", compress_level=1)

    def add_logo(db: PlanDB) -> None:
        att = db.insert("attachment", {"kind": "logo", "name": "logo.png", "mime": "image/png", "data": buf.getvalue()})
        db.update("plan", db.plan()["id"], {"logo_id": att})

    _edit(plan_file, add_logo)
    out = tmp_path / "logo.pdf"
    export_file(plan_file, out, "pdf")
    images = _images(PdfReader(out))
    assert len(images) == 1
    assert int(images[0]["/Width"]) <= 360 and int(images[0]["/Height"]) <= 360
    assert out.stat().st_size < len(buf.getvalue()) / 4


def test_a_broken_logo_is_skipped(plan_file: Path, tmp_path: Path) -> None:
    def add_logo(db: PlanDB) -> None:
        att = db.insert("attachment", {"kind": "logo", "name": "x.png", "mime": "image/png", "data": b"\x89PNGnope"})
        db.update("plan", db.plan()["id"], {"logo_id": att})

    _edit(plan_file, add_logo)
    out = tmp_path / "nologo.pdf"
    export_file(plan_file, out, "pdf")
    assert not _images(PdfReader(out))


# --- hostile and unprintable text -------------------------------------------------------------------------
def _add_program(path: Path, name: str) -> None:
    def add(db: PlanDB) -> None:
        dim = db.rows("dimension")[0]  # in sort_key order
        db.insert(
            "program",
            {"dimension_id": dim["id"], "name": name, "status": "planned", "is_quick_win": 0, "first_year": 2019},
        )

    _edit(path, add)


def test_hostile_text_prints_literally_and_embeds_nothing(plan_file: Path, tmp_path: Path) -> None:
    _add_program(plan_file, HOSTILE)
    out = tmp_path / "hostile.pdf"
    export_file(plan_file, out, "pdf")
    reader = PdfReader(out)
    text = " ".join(_norm(p.extract_text()) for p in reader.pages)
    assert "<b>Tebal</b> &" in text and '<img src="x.png">' in text
    assert '<a href="javascript:alert(1)">klik</a>' in text
    assert not _images(reader)
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            action = annot.get("/A")
            # only the contents' internal links (GoTo a page) are allowed
            assert action is None or action.get_object().get("/S") == "/GoTo", annot
    raw = out.read_bytes()
    assert b"/URI" not in raw and b"/JavaScript" not in raw and b"/Launch" not in raw


def test_unprintable_character_is_reported_before_writing(plan_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "old.pdf"
    export_file(plan_file, out, "pdf")
    before = out.read_bytes()
    _add_program(plan_file, "Aplikasi 漢字 Desa")
    with pytest.raises(PlanError) as e:
        export_file(plan_file, out, "pdf")
    assert e.value.key == "export.missing_chars"
    message = e.value.message("id")
    assert "U+6F22" in message and "Aplikasi" in message
    assert out.read_bytes() == before  # the earlier file is untouched
    assert sorted(p.name for p in folder.iterdir()) == ["old.pdf"]  # no temp file left


@pytest.mark.parametrize("cell", ["Aplikasi 漢字", [Run("Aplikasi "), Run("漢字", bold=True)]])
def test_unprintable_character_in_a_table_cell_is_refused(cell: Any) -> None:
    """Table cells are checked like all text (their texts are read together, a plain one or runs)."""
    from smartcity_desktop.exports.pdf import check_characters
    from smartcity_desktop.exports.tree import Document, Heading, Meta, Table

    rows: list[list[Any]] = [["satu", "1"], [cell, "2"], [None, "3"]]
    meta = Meta(region="R", title="T", document_name="D")
    doc = Document("t", meta, [Heading(1, "Bab"), Table(["Nama", "Nilai"], rows)])
    with pytest.raises(PlanError) as e:
        check_characters(doc)
    assert "U+6F22" in e.value.message("id")
    rows[1][0] = "Aplikasi"
    check_characters(doc)


def test_cancel_leaves_nothing_and_progress_reaches_the_end(plan_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "c.pdf"
    stop = threading.Event()
    stop.set()
    with pytest.raises(PlanError) as e:
        export_file(plan_file, out, "pdf", cancel=stop)
    assert e.value.key == "export.cancelled"
    assert not list(folder.iterdir())
    seen: list[float] = []
    export_file(plan_file, out, "pdf", progress=seen.append, cancel=threading.Event())
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


def test_output_is_reproducible_in_invariant_mode(plan_file: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export_file(plan_file, a, "pdf")
    export_file(plan_file, b, "pdf")
    assert a.read_bytes() == b.read_bytes()


# --- the other documents ----------------------------------------------------------------------------------
@pytest.mark.parametrize("document", ["summary", "quickwin", "roadmap"])
def test_other_documents(document: str, demo_plan: Path, demo_rows: dict, tmp_path: Path) -> None:
    out = tmp_path / f"{document}.pdf"
    export_file(demo_plan, out, "pdf", document)
    reader = PdfReader(out)
    text = " ".join(_norm(p.extract_text()) for p in reader.pages)
    assert "Kabupaten Lombok Timur" in text and "Halaman 2 dari" in text
    quick_wins = {q["program_id"] for q in demo_rows["quick_win"]}
    for prog in demo_rows["program"]:
        if prog["id"] in quick_wins or document != "quickwin":
            if document == "quickwin" or document == "summary":
                assert _norm(prog["name"]) in text, prog["name"]
    if document == "roadmap":
        assert any(float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages)
        assert "Tahun 2018" in text
    assert all("/FontFile2" in str(f.get("/FontDescriptor").get_object()) for f in _fonts(reader).values())


def test_unknown_and_later_documents_are_refused(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    # attendance is built now (workshop-docs) but needs its meeting: refused the same way, nothing written
    for name, key in (("attendance", "doc.meeting_needed"), ("poster", "cli.document_unknown")):
        with pytest.raises(PlanError) as e:
            export_file(plan_file, out, "pdf", name)
        assert e.value.key == key
    assert not out.exists()


def test_cli_export(demo_plan: Path, tmp_path: Path) -> None:
    from smartcity_desktop.cli import main

    out = tmp_path / "cli.pdf"
    assert main(["export", str(demo_plan), "-o", str(out), "--document", "summary"]) == 0
    assert PdfReader(out).pages


def test_sqlite_untouched(demo_plan: Path) -> None:
    conn = sqlite3.connect(demo_plan)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@pytest.mark.parametrize("alignment", [0, 2])
def test_cell_lines_as_paragraph_breaks_them(alignment: int) -> None:
    """Table cells drawn as strings are broken exactly where a Paragraph breaks them (or left to a Paragraph)."""
    import random

    from reportlab.lib.styles import ParagraphStyle

    from smartcity_desktop.exports import fonts
    from smartcity_desktop.exports import pdf_styles as ps
    from smartcity_desktop.exports.pdf_flowables import paragraph
    from smartcity_desktop.exports.pdf_tables import break_lines
    from smartcity_desktop.exports.tree import Run

    style = ParagraphStyle("c", parent=ps.paragraph_styles(fonts.register())["cell"], alignment=alignment)
    rng = random.Random(4)
    words = "Rp 1.250.000.000 Dinas Komunikasi dan Informatika pelayanan publik Smart (SI-HARTA) Kabupaten a".split()
    used = 0
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        text = text.replace(" ", "\n", rng.randint(0, 2)) + ("\n" if rng.random() < 0.2 else "")
        width = rng.uniform(30, 200)
        lines = break_lines(text, style, width)
        if lines is None:
            continue
        used += 1
        para = paragraph([Run(text)], style)
        para.wrap(width, 10_000)
        expected = [
            " ".join(getattr(w, "text", w) for w in (line.words if hasattr(line, "words") else line[1])).strip()
            for line in para.blPara.lines
        ]
        assert lines == expected, text
    assert used > 150
