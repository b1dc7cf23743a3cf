# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables drawn by GridTable (exports/pdf_grid.py): every cell printed, header on every page, rows split over
pages and long cells continued, cells with emphasis or other scripts set as a Paragraph would set them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.exports.tree import Document, Heading, Meta, Run, Table

HEADER = ["Uraian", "Nilai", "Satuan"]


def _doc(table: Table) -> Document:
    meta = Meta(region="Kabupaten Uji", title="Uji", document_name="Uji")
    return Document("t", meta, [Heading(1, "Tabel", "BAB I"), table])


def _pages(doc: Document, out: Path) -> list[str]:
    from pypdf import PdfReader

    from smartcity_desktop.exports.pdf import write_pdf

    write_pdf(doc, out)
    return [p.extract_text() for p in PdfReader(out).pages]


def _styles() -> dict[str, Any]:
    from smartcity_desktop.exports import fonts
    from smartcity_desktop.exports import pdf_styles as ps

    return ps.paragraph_styles(fonts.register())


def _table(rows: int) -> Table:
    body: list[list[Any]] = [
        [f"Baris nomor {k} kecamatan", f"{k * 37:,}".replace(",", "."), "jiwa"] for k in range(rows)
    ]
    return Table(HEADER, body, [4, 2, 1], {1}, total_rows={rows - 1}, group_rows={5})


def test_every_cell_is_printed_with_the_header_on_every_page(tmp_path: Path) -> None:
    table = _table(260)  # two chunks (CHUNK_ROWS), several pages each
    pages = _pages(_doc(table), tmp_path / "t.pdf")
    with_rows = [p for p in pages if "Baris nomor" in p]
    assert len(with_rows) >= 4
    assert all(all(h in p for h in HEADER) for p in with_rows)
    text = "\n".join(pages)
    words = text.split()
    for k, row in enumerate(table.rows):
        if k == 5:
            assert "Baris nomor 5 kecamatan" in text  # the group row: one cell over the whole row
            continue
        assert f"Baris nomor {k} kecamatan" in text
        assert row[1] in words
    # rows in order: each row's label after the previous one's
    at = [text.index(f"Baris nomor {k} kecamatan") for k in range(len(table.rows))]
    assert at == sorted(at)


def test_split_repeats_the_header_and_loses_no_row() -> None:
    from smartcity_desktop.exports.pdf_grid import GridTable
    from smartcity_desktop.exports.pdf_tables import table_flowable

    grid = table_flowable(_table(120), 450, _styles())
    assert isinstance(grid, GridTable) and grid.repeatRows == 1
    _w, h = grid.wrap(450, 600)
    pieces: list[Any] = []
    rest = grid
    while True:
        got = rest.split(450, 300)
        assert got, "a piece of a table must fit 300 points"
        if len(got) == 1:
            pieces.append(got[0])
            break
        first, rest = got
        assert first.wrap(450, 300)[1] <= 300
        pieces.append(first)
    assert len(pieces) > 3
    assert all(p._cellvalues[0] == grid._cellvalues[0] for p in pieces)  # the header on each piece
    body = [row for p in pieces for row in p._cellvalues[1:]]
    assert body == grid._cellvalues[1:]
    assert sum(p.wrap(450, 300)[1] for p in pieces) == pytest.approx(h + (len(pieces) - 1) * grid.heights()[0])


def test_split_gives_nothing_when_no_row_fits_after_the_header() -> None:
    from smartcity_desktop.exports.pdf_tables import table_flowable

    grid = table_flowable(_table(20), 450, _styles())
    heights = grid.heights()
    assert grid.split(450, heights[0] + heights[1] - 0.01) == []
    assert len(grid.split(450, heights[0] + heights[1] + 0.01)) == 2


def test_cell_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    long_cell = "\n".join(f"Kegiatan nomor {k} pelatihan" for k in range(150))
    table = Table(["Program", "Kegiatan"], [["Program A", long_cell], ["Program B", "satu"]], [1, 3])
    text = "\n".join(_pages(_doc(table), tmp_path / "t.pdf"))
    assert all(f"Kegiatan nomor {k} pelatihan" in text for k in range(150))
    assert "Program B" in text


def test_emphasis_changing_at_line_breaks_is_set_in_lines_of_their_fonts() -> None:
    """An indicator over an italic note: lines in two fonts, broken exactly where a Paragraph breaks them."""
    from smartcity_desktop.exports.fonts import register
    from smartcity_desktop.exports.pdf_flowables import paragraph
    from smartcity_desktop.exports.pdf_grid import FontLines
    from smartcity_desktop.exports.pdf_tables import PADDING_X, table_flowable

    names = register()
    runs = [
        Run("Persentase penduduk dengan layanan air minum (23)"),
        Run("\nMengukur: Transportasi lingkungan pengembangan bencana teknologi 133", italic=True),
    ]
    grid = table_flowable(Table(["Indikator", "Nilai"], [[runs, "1"]], [3, 1], {1}), 300, _styles())
    cell = grid._cellvalues[1][0]
    assert isinstance(cell, FontLines)
    assert {f for _t, f in cell} == {names.regular, names.italic}
    assert cell[0][1] == names.regular and cell[-1][1] == names.italic
    para = paragraph(runs, _styles()["cell"])
    para.wrap(grid._colWidths[0] - PADDING_X, 10_000)
    expected = [" ".join(getattr(w, "text", w) for w in line.words).strip() for line in para.blPara.lines]
    assert [t for t, _f in cell] == expected


@pytest.mark.parametrize(
    "runs",
    [
        [Run("T1 (M1)", bold=True), Run(" Kebijakan pariwisata pendidikan")],  # emphasis within a line
        [Run("Kode "), Run("SI-HARTA", code=True)],  # another colour
        [Run("Pesantren "), Run("\u0627\u0644\u0646\u0648\u0631")],  # Arabic: a fallback font
    ],
)
def test_markup_and_fallback_cells_stay_paragraphs_and_print(runs: list[Run], tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    from smartcity_desktop.exports.pdf_tables import table_flowable

    table = Table(["Nama", "Nilai"], [[runs, "12"], ["Polos", "3"]], [3, 1], {1})
    grid = table_flowable(table, 300, _styles())
    assert isinstance(grid._cellvalues[1][0], Paragraph)
    assert grid._cellvalues[2][0] == "Polos"  # a plain cell stays a string
    text = "\n".join(_pages(_doc(table), tmp_path / "t.pdf"))
    first = runs[0].text.split()[0]
    assert first in text and "Polos" in text and "12" in text


def test_keyvalue_and_plain_tables_print_every_cell(tmp_path: Path) -> None:
    facts = [["Nama", "Wadul Bae"], ["OPD", "Dinas Komunikasi dan Informatika"], ["Anggaran", "Rp 1.250.000.000"]]
    signature = [["Disahkan di Kota Uji", ""], ["", [Run("Bupati Uji,", bold=True)]]]
    meta = Meta(region="Kabupaten Uji", title="Uji", document_name="Uji")
    doc = Document(
        "t",
        meta,
        [Table([], facts, [1, 3], style="keyvalue", font_size=8.5), Table([], signature, [1, 1], style="plain")],
    )
    text = "\n".join(_pages(doc, tmp_path / "t.pdf")).replace("\xa0", " ")
    for k, v in facts:
        assert k in text and v in text
    assert "Disahkan di Kota Uji" in text and "Bupati Uji," in text


def _heavy_rules(piece: Any) -> list[tuple[float, float, float, float]]:
    """The heavy (box) rules a piece draws: (x0, y0, x1, y1) of each segment."""
    import re

    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas("unused.pdf")
    piece.wrap(450, 10_000)
    piece.drawOn(canvas, 0, 0)
    code = canvas._code
    out = []
    for i, op in enumerate(code):
        if op.strip() in ("0.8 w", ".8 w") and i + 1 < len(code):
            for m in re.finditer(r"([-\d.]+) ([-\d.]+) m ([-\d.]+) ([-\d.]+) l", code[i + 1]):
                out.append(tuple(float(v) for v in m.groups()))
    return out  # type: ignore[return-value]


def test_split_table_boxes_as_reportlab_splits_a_box() -> None:
    """Sides on every piece, the top over each header, the bottom rule only below the table's last row."""
    from smartcity_desktop.exports.pdf_tables import table_flowable

    body: list[list[Any]] = [[f"Baris {k}", str(k), "jiwa"] for k in range(60)]
    grid = table_flowable(Table(HEADER, body, [4, 2, 1], {1}), 450, _styles())
    grid.wrap(450, 10_000)
    first, rest = grid.split(450, 300)
    last = rest.split(450, 10_000)[0]
    for piece, bottom in ((first, False), (last, True)):
        height = piece.wrap(450, 10_000)[1]
        rules = _heavy_rules(piece)
        across = sorted(round(y0, 2) for x0, y0, x1, y1 in rules if y0 == y1 and x1 - x0 > 400)
        assert across == ([0.0] if bottom else []) + [round(height, 2)]
        sides = [r for r in rules if r[0] == r[2]]
        assert len(sides) == 2 and all(abs(r[1] - r[3]) == pytest.approx(height) for r in sides)


def test_nosplit_rows_stay_on_one_piece() -> None:
    """reportlab's NOSPLIT (used for a SWOT label row and its items): the split moves before the pair."""
    from smartcity_desktop.exports.pdf_tables import table_flowable

    grid = table_flowable(_table(30), 450, _styles())
    heights = grid.heights()
    room = sum(heights[:11]) + 0.01  # the header and 10 rows fit
    assert len(grid.split(450, room)[0].rows) == 11
    grid.setStyle([("NOSPLIT", (0, 10), (-1, 11)), ("NOSPLIT", (0, 21), (-1, 22))])
    first, rest = grid.split(450, room)
    assert len(first.rows) == 10  # rows 10 and 11 (the 10th and 11th body rows) went on together
    assert rest._cellvalues[1] == grid._cellvalues[10] and rest._cellvalues[2] == grid._cellvalues[11]
    rest.wrap(450, 10_000)
    second, _rest = rest.split(450, sum(rest.heights()[:13]) + 0.01)  # header + 12 rows: up to row 21
    assert second._cellvalues[-1] == grid._cellvalues[20]
    with pytest.raises(ValueError):
        grid.setStyle([("BACKGROUND", (0, 0), (-1, 0), "red")])


def test_cell_lines_drawn_again_are_remembered_and_written_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line drawn before is written from the canvas's memory (no font lookups again), with the same bytes."""
    import io

    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen.canvas import Canvas

    from smartcity_desktop.exports import pdf_grid
    from smartcity_desktop.exports.pdf_tables import table_flowable

    styles = _styles()
    font_class = type(getFont(styles["cell"].fontName))
    splits: list[str] = []
    split = font_class.splitString

    def counted(self: Any, text: str, doc: Any, encoding: str = "utf-8") -> Any:
        splits.append(text)
        return split(self, text, doc, encoding)

    monkeypatch.setattr(font_class, "splitString", counted)

    def pdf() -> tuple[bytes, list[int]]:
        out = io.BytesIO()
        canvas = Canvas(out, invariant=1, pageCompression=0)
        counts = []
        for _page in range(2):
            splits.clear()
            table = table_flowable(_table(40), 450, styles)
            table.wrapOn(canvas, 450, 2000)
            table.drawOn(canvas, 50, 20)
            canvas.showPage()
            counts.append(len(splits))
        canvas.save()
        return out.getvalue(), counts

    remembered, counts = pdf()
    assert counts[0] > 40 and counts[1] == 0
    monkeypatch.setattr(pdf_grid, "MAX_SHOWN", -1)  # nothing remembered
    fresh, counts = pdf()
    assert counts[1] == counts[0]
    assert fresh == remembered


def test_cells_written_by_the_fast_ways_are_what_the_general_way_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cells of one line and of several lines, left and right aligned, written directly in the usual rows: the same
    bytes as the general way (``show``) writes them."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from smartcity_desktop.exports import pdf_grid
    from smartcity_desktop.exports.pdf_tables import table_flowable

    styles = _styles()
    body: list[list[Any]] = [
        [f"Baris {k} " + "dengan uraian yang cukup panjang " * (k % 4), f"{k * 1234567:,}".replace(",", "."), "jiwa"]
        for k in range(30)
    ]
    table = Table(HEADER, body, [2, 1, 1], {1}, total_rows={29}, group_rows={5})

    def pdf() -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, invariant=1, pageCompression=0)
        flowable = table_flowable(table, 300, styles)
        flowable.wrapOn(canvas, 300, 5000)
        flowable.drawOn(canvas, 50, 20)
        canvas.showPage()
        canvas.save()
        return out.getvalue()

    fast = pdf()
    assert fast.count(b"Tm") > 60
    spec = pdf_grid.GridTable._spec
    monkeypatch.setattr(
        pdf_grid.GridTable, "_spec", lambda self, look: [(x, r, None, n, tf) for x, r, _f, n, tf in spec(self, look)]
    )
    assert pdf() == fast
