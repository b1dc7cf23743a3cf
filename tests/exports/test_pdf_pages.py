# SPDX-License-Identifier: GPL-3.0-or-later
"""How the PDF writer treats pages: each page written when it ends (not held until the save), one layout, the
late parts (page count, contents numbers, bookmarks) right on every page, also when a second layout is needed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from smartcity_desktop.exports import pdf
from smartcity_desktop.services.exporting import export_file


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory, demo_bytes: bytes) -> Path:
    from smartcity_desktop.storage.checksum import stamp_connection
    from smartcity_desktop.storage.db import PlanDB, connect

    path = tmp_path_factory.mktemp("pages") / "demo.smartcity"
    path.write_bytes(demo_bytes)
    conn = connect(path)
    try:
        db = PlanDB(conn, who="test")
        with db.action():  # arrows the embedded font lacks (reported separately)
            for c in db.rows("chapter"):
                if c.get("body_md") and "→" in c["body_md"]:
                    db.update("chapter", c["id"], {"body_md": c["body_md"].replace("→", "-")})
        stamp_connection(conn)
    finally:
        conn.close()
    return path


class _Watch:
    """Counts layouts and, at each page's end, the pages the PDF document already holds."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.layouts = 0
        self.held: list[tuple[int, int]] = []  # (page ended, pages in the PDF document after it)
        build = pdf._DocTemplate.build
        make = pdf._numbered_canvas
        watch = self

        def counted(template: Any, *args: Any, **kwargs: Any) -> Any:
            watch.layouts += 1
            return build(template, *args, **kwargs)

        def canvas_class(*args: Any, **kwargs: Any) -> type:
            base: Any = make(*args, **kwargs)

            class Watched(base):  # type: ignore[misc, valid-type]
                def showPage(self) -> None:  # noqa: N802 - reportlab's method name
                    page = self._pageNumber
                    super().showPage()
                    watch.held.append((page, len(self._doc.Pages.pages)))

            return Watched

        monkeypatch.setattr(pdf._DocTemplate, "build", counted)
        monkeypatch.setattr(pdf, "_numbered_canvas", canvas_class)


def _pages(out: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]


@pytest.fixture(scope="module")
def watched(demo_plan: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[_Watch, Path]:
    """The demo's masterplan, written while watching the layouts and the pages held."""
    out = tmp_path_factory.mktemp("watched") / "m.pdf"
    with pytest.MonkeyPatch.context() as mp:
        watch = _Watch(mp)
        export_file(demo_plan, out, "pdf")
    return watch, out


def test_each_page_is_written_when_it_ends_and_one_layout_suffices(watched: tuple[_Watch, Path]) -> None:
    """Before: every page's whole drawing was kept on the canvas until the save (490 MB for the large plan)."""
    watch, out = watched
    count = len(PdfReader(out).pages)
    assert watch.layouts == 1
    assert len(watch.held) == count > 40
    assert watch.held == [(n, n) for n in range(1, count + 1)]  # page n is in the document when it ends


def test_other_documents_take_one_layout(demo_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    watch = _Watch(monkeypatch)
    for document in ("summary", "quickwin", "roadmap"):
        export_file(demo_plan, tmp_path / f"{document}.pdf", "pdf", document=document)
    assert watch.layouts == 3


def _contents_numbers(pages: list[str]) -> dict[str, int]:
    at = next(i for i, p in enumerate(pages) if "Daftar Isi" in p)
    text = " ".join(pages[at : at + 3])
    return {m.group(2): int(m.group(1)) for m in re.finditer(r"\. (\d+) (BAB [IVX]+ [A-Z][a-z]+)", text)}


def _bookmarks(out: Path) -> dict[str, int]:
    reader = PdfReader(out)
    page_of = {p.indirect_reference.idnum: i + 1 for i, p in enumerate(reader.pages)}
    found: dict[str, int] = {}
    todo = [reader.trailer["/Root"]["/Outlines"].get_object()["/First"]]
    while todo:
        item = todo.pop().get_object()
        found[str(item["/Title"])] = page_of[item["/Dest"][0].idnum]
        todo += [item[k] for k in ("/First", "/Next") if k in item]
    return found


def _check_late_parts(out: Path) -> None:
    pages = _pages(out)
    count = len(pages)
    assert "Halaman" not in pages[0]  # no page number on the cover
    for n, text in enumerate(pages[1:], 2):
        assert text.endswith(f"Halaman {n} dari {count}") or f"Halaman {n} dari {count}" in text, n
        assert len(re.findall(r"Halaman \d+ dari", text)) == 1, n
    marks = _bookmarks(out)
    chapters = {t: p for t, p in marks.items() if t.startswith("BAB ")}
    assert len(chapters) >= 7
    for title, page in chapters.items():
        assert title.split(" ", 2)[2].upper() in pages[page - 1].upper(), (title, page)
    numbers = _contents_numbers(pages)
    assert len(numbers) >= 7, numbers
    for title, page in numbers.items():
        assert any(t.startswith(title) and p == page for t, p in chapters.items()), (title, page, chapters)


def test_every_page_counts_pages_and_the_late_parts_point_right(watched: tuple[_Watch, Path]) -> None:
    _check_late_parts(watched[1])


def test_a_second_layout_starts_from_fresh_flowables(
    demo_plan: Path, watched: tuple[_Watch, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contents expected nothing (a wrong guess): the document is laid out again, converted anew, and the
    result is the same as with one layout."""
    from smartcity_desktop.exports import pdf_dry

    one = watched[1]
    expect = pdf_dry.Contents.expect
    first = [True]

    def wrong_first(self: Any, entries: list[Any]) -> None:
        expect(self, [] if first[0] else entries)
        first[0] = False

    monkeypatch.setattr(pdf_dry.Contents, "expect", wrong_first)
    watch = _Watch(monkeypatch)
    two = tmp_path / "two.pdf"
    export_file(demo_plan, two, "pdf")
    assert watch.layouts == 2
    _check_late_parts(two)
    assert _pages(two) == _pages(one)


def test_the_export_leaves_no_cycles_of_plan_data_markdown_or_drawn_text(plan_file: Path, tmp_path: Path) -> None:
    """The export pauses gc: a reference cycle keeps what it holds until the end. Before: the chapter builder's
    recursive closure kept the plan's rows, markdown trees linked their parents, and every drawn paragraph's
    text object kept its lines (150,000 such objects after the large plan's export)."""
    import gc

    gc.collect()
    was = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        export_file(plan_file, tmp_path / "m.pdf", "pdf")
        gc.collect()
        kinds = {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(was)
        gc.garbage.clear()
    found = kinds & {"PlanData", "SyntaxTreeNode", "_Node", "PDFTextObject", "Heading", "Paragraph"}
    assert not found, found


def test_frame_deep_copy_is_a_copy_of_its_values() -> None:
    """reportlab deep-copies the frame whenever a kept-together group measures itself: the writer's frames copy their
    values (numbers, names) and only their containers deeply, the same copy for less work."""
    import copy

    from smartcity_desktop.exports.pdf import _Frame

    frame = _Frame(10, 20, 400, 700, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame._saveGeom(x1=5)  # a dict of saved geometry
    frame._atTop = 0
    twin = copy.deepcopy(frame)
    assert type(twin) is _Frame and twin is not frame
    assert twin.__dict__ == frame.__dict__
    assert twin.__dict__["_savedGeom"] is not frame.__dict__["_savedGeom"]
    twin._y = 5.0
    twin.x1 = 50  # a geometry value: recomputes the copy only
    assert frame._y != 5.0 and frame._x1 == 5
