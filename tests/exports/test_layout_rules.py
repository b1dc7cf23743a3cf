# SPDX-License-Identifier: GPL-3.0-or-later
"""The layout rules on small documents made for each fault the plans showed (read back as in test_layout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from smartcity_desktop.exports.tree import (
    Chart,
    Document,
    Heading,
    Landscape,
    Meta,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from tests.exports.test_layout import _export, layout_faults

FILLER = "Teks pengantar yang mengisi halaman dengan kalimat biasa tentang rencana kota cerdas. " * 6


def _doc(blocks: list[Any]) -> Document:
    first: list[Any] = [Paragraph([Run("Halaman pertama (tidak diperiksa).")]), PageBreak()]
    return Document("t", Meta(region="R", title="T", document_name="T"), first + blocks)


def test_heading_stays_with_a_table_whose_row_is_taller_than_a_page(tmp_path: Path) -> None:
    """Cirebon p17: a heading over a short table with a row of 30 activities moved to the next page, where
    reportlab grouped the caption with the table again, could not fit it and left the heading alone there."""
    activities = "\n".join(f"- Kegiatan {k}: penyusunan arsitektur dan peta rencana SPBE kelurahan" for k in range(60))
    blocks = [
        *(Paragraph([Run(FILLER)]) for _ in range(5)),
        Heading(3, "Program dan kegiatan"),
        Table(["No", "Program"], [["1", "Pendek"], ["2", activities], ["3", "Pendek"]], [0.5, 5], caption="Program"),
        Paragraph([Run("Penutup.")]),
    ]
    doc = _doc(blocks)
    pages = _export(doc, tmp_path / "t.pdf")
    assert not layout_faults(pages, doc)


def test_heading_before_a_landscape_section_goes_to_its_first_page(tmp_path: Path) -> None:
    """Cirebon p30: "7.2 Rencana Aksi Tahunan" (no text of its own) stood at the foot of a portrait page, its
    Gantt on the landscape page after it."""
    from smartcity_desktop.core import figures
    from tests.plans.second_region import cirebon_rows

    gantt = Chart("gantt", figures.gantt_chart(cirebon_rows(), "id"), "Roadmap program")
    blocks = [Paragraph([Run(FILLER)]), Heading(2, "Rencana Aksi Tahunan", "7.2"), Landscape([gantt])]
    doc = _doc(blocks)
    pages = _export(doc, tmp_path / "t.pdf")
    assert not layout_faults(pages, doc)
    landscape = [p for p in pages if p.landscape]
    assert landscape and "7.2 Rencana Aksi Tahunan" in [ln.text for ln in landscape[0].lines]
    assert "Roadmap program" in [ln.text for ln in landscape[0].lines]  # the Gantt under it
    assert not [p for p in pages if not p.lines]


def test_long_word_before_a_line_break_in_a_cell_breaks_with_a_hyphen(tmp_path: Path) -> None:
    """Cirebon p19: a long word at the end of a cell's first line of text (the indicator's name, then its
    sasaran in italics) was cut anywhere without a hyphen: reportlab drops the soft hyphens of a word that ends
    at a line break."""
    from smartcity_desktop.exports import tree
    from tests.plans.second_region import cirebon_rows

    blocks = tree.build(cirebon_rows(), "masterplan").walk()
    table = next(b for b in blocks if isinstance(b, Table) and "Indikator dimensi Smart Governance" in b.caption)
    assert any("\nMengukur" in r.text and r.italic for row in table.rows for cell in row[1:2] for r in cell)
    doc = _doc([table])
    pages = _export(doc, tmp_path / "t.pdf")
    assert not layout_faults(pages, doc)


def test_long_month_gantt_splits_between_rows_with_the_header_on_each_page(tmp_path: Path) -> None:
    """Large plan: the Quick Win plan of 70 Quick Wins was one drawing as high as a page, the page before it 10%
    full. Now it starts where it stands, continues on the next pages with the month header, every row once."""
    rows = [
        {"label": f"Quick Win nomor {k}", "start": 1 + k % 6, "end": 7 + k % 6, "color": "#336699"} for k in range(70)
    ]
    chart = Chart("month_gantt", {"rows": rows, "months": 12, "width": 470, "lang": "id"}, "Rencana pelaksanaan")
    blocks = [Paragraph([Run(FILLER)]), Heading(2, "Rencana Pelaksanaan Quick Win", "6.3"), chart]
    doc = _doc(blocks)
    pages = _export(doc, tmp_path / "t.pdf")
    assert not layout_faults(pages, doc)
    labels = [ln.text for p in pages for ln in p.lines if ln.text.startswith("Quick Win nomor")]
    assert labels == [f"Quick Win nomor {k}" for k in range(70)]
    holding = [p for p in pages if any(ln.text.startswith("Quick Win nomor") for ln in p.lines)]
    assert len(holding) >= 2
    assert all("Bulan" in [ln.text for ln in p.lines] for p in holding)  # the header repeated
    assert "Rencana Pelaksanaan Quick Win" in " ".join(ln.text for ln in holding[0].lines)


def test_chart_labels_print_every_script_in_its_font() -> None:
    """Cirebon's roadmap Gantt printed "Cirebon Kota Wali  — promosi" (the Javanese name left out), "Papan nama
    ganda Latin–" (Pegon and Sundanese left out) and Quick Wins without their emoji: chart labels were drawn in
    Noto Sans only."""
    from reportlab.graphics.shapes import Group, String

    from smartcity_desktop.exports import charts
    from tests.plans.second_region import EMOJI, JAVANESE, PEGON, SUNDANESE

    label = f"Kota Wali {JAVANESE} {PEGON} {SUNDANESE} {EMOJI}"
    drawing = charts.gantt_chart([charts.GanttRow(label, 2024, 2026, "#336699", "Smart Branding")], 2024, 2028)

    def strings(node: Any) -> list[Any]:
        kids = node.contents if isinstance(node, Group) or hasattr(node, "contents") else []
        return [node] if isinstance(node, String) else [s for k in kids for s in strings(k)]

    from smartcity_desktop.exports.fonts import shaped

    drawn = strings(drawing)
    fonts_of = {ch: s.fontName for s in drawn for ch in s.text}
    # complex scripts are drawn as HarfBuzz shapes them (glyphs in visual order), each in its own font
    javanese, sundanese = shaped("NotoSansJavanese", JAVANESE), shaped("NotoSansSundanese", SUNDANESE)
    assert "".join(s.text for s in drawn).count(javanese) == 1
    assert fonts_of[javanese[0]] == "NotoSansJavanese"
    assert fonts_of[sundanese[0]] == "NotoSansSundanese"
    assert fonts_of[shaped("NotoNaskhArabic", PEGON)[0]] == "NotoNaskhArabic"
    assert fonts_of[EMOJI[0]] == "SymbolaEmoji"
    assert fonts_of["K"].startswith("NotoSans-")


def _swot(name: str, items: int, strategies: int) -> list[Any]:
    """A SWOT table of ``items`` lines per quadrant and its TOWS matrix, as sections_readiness makes them."""

    def cell(kind: str) -> list[Run]:
        line = ": kekuatan daerah yang dijelaskan dengan kalimat cukup panjang untuk mengisi sel.\n"
        return [Run("".join(f"• {kind} {k}{line}" for k in range(items)))]

    def quadrant(kind: str) -> list[Run]:
        lines = "".join(f"• Strategi {kind} {k} yang memanfaatkan peluang daerah\n" for k in range(strategies))
        return [Run(f"Strategi {kind}\n", bold=True), Run(lines)]

    swot = Table(
        ["Kekuatan (S)", "Kelemahan (W)"],
        [[cell("S"), cell("W")], ["Peluang (O)", "Ancaman (T)"], [cell("O"), cell("T")]],
        [1, 1],
        total_rows={1},
        style="swot",
        font_size=8.5,
    )
    tows = Table(
        ["", "Kekuatan (S)", "Kelemahan (W)"],
        [
            [[Run("Peluang (O)", bold=True)], quadrant("S-O"), quadrant("W-O")],
            [[Run("Ancaman (T)", bold=True)], quadrant("S-T"), quadrant("W-T")],
        ],
        [0.8, 2, 2],
        font_size=8,
        caption=f"Matriks TOWS {name}",
    )
    return [Heading(3, f"Analisis SWOT {name}", "3.4.1"), swot, tows]


def test_tows_matrix_is_not_left_alone_on_its_page(tmp_path: Path) -> None:
    """A TOWS matrix that did not fit under its SWOT table stood alone on a page half empty: the next dimension's
    heading and SWOT table (kept together) moved to the page after. The SWOT table now starts where it stands,
    and never splits right after its "Peluang (O) | Ancaman (T)" row."""
    blocks = [*_swot("Smart Economy", 12, 8), *_swot("Smart Living", 8, 8)[:2], Paragraph([Run("Penutup.")])]
    doc = _doc(blocks)
    pages = _export(doc, tmp_path / "t.pdf")
    assert not layout_faults(pages, doc)
    for page in pages:
        lowest = min(page.lines, key=lambda ln: ln.y).text
        assert lowest not in ("Peluang (O)", "Ancaman (T)", "Peluang (O) Ancaman (T)")


def test_swot_continued_at_its_opportunities_does_not_repeat_the_strengths_header(tmp_path: Path) -> None:
    """A SWOT table continued on the next page at its "Peluang (O) | Ancaman (T)" row printed the "Kekuatan (S) |
    Kelemahan (W)" header above it (over opportunities and threats)."""
    blocks = [Paragraph([Run(FILLER)]), *_swot("Smart Economy", 16, 2)[:2], Paragraph([Run("Penutup.")])]
    doc = _doc(blocks)
    pages = _export(doc, tmp_path / "t.pdf")
    assert not layout_faults(pages, doc)
    starts = [[ln.text for ln in sorted(p.lines, key=lambda ln: -ln.y)[:3]] for p in pages[1:]]
    assert ["Peluang (O)", "Ancaman (T)"] in [s[:2] for s in starts]  # continued at its label row
    assert not [s for s in starts if s[:1] == ["Kekuatan (S)"] and "Peluang (O)" in s]
