# SPDX-License-Identifier: GPL-3.0-or-later
"""Charts: sizes, rendering to PDF/SVG, only embedded fonts, Gantt paging; the font coverage check."""

from __future__ import annotations

from typing import Any

import pytest

from smartcity_desktop.exports import charts, fonts
from smartcity_desktop.exports.charts import GanttRow

DIMS = ["Smart Economy", "Smart People", "Smart Governance", "Smart Mobility", "Smart Environment", "Smart Living"]
COLORS = ["#DDCC77", "#CC6677", "#332288", "#88CCEE", "#117733", "#AA4499"]


def _strings(node: Any) -> list[Any]:
    from reportlab.graphics.shapes import Group, String

    if isinstance(node, String):
        return [node]
    if isinstance(node, Group) or hasattr(node, "contents"):
        return [s for child in node.contents for s in _strings(child)]
    return []


def _gantt_rows(n: int) -> list[GanttRow]:
    return [
        GanttRow(
            f"Program nomor {i} dengan nama yang cukup panjang untuk dipotong di kolom label",
            2018 + i % 5,
            2020 + i % 8,
            COLORS[i % 6],
            group=DIMS[i * 6 // max(n, 1)],
            milestone_marker=i % 7 == 0,
            sublabel="Diskominfo",
        )
        for i in range(n)
    ]


def _all_charts() -> dict[str, Any]:
    series = [("Struktur", [3, 2.5, 4, 1, 5, 2], "#4477AA"), ("Infrastruktur", [2, 3, 3.5, 2, 1, 4], "#CC6677")]
    budget = [("Anggaran", [1_250_000_000, 300_000_000, 0, 9_000_000_000, 45_000_000, 2_000_000_000], "#4477AA")]
    years = [str(y) for y in range(2018, 2028)]
    stacked = [
        (d, [i * 10**8 * (k + 1) for k in range(10)], c) for i, (d, c) in enumerate(zip(DIMS, COLORS, strict=True))
    ]
    steps = [GanttRow("Pendataan", 1, 3, "#117733"), GanttRow("Peluncuran", 10, 12, "#117733")]
    return {
        "radar": charts.radar_chart(DIMS, series),
        "bar": charts.bar_chart(DIMS, budget, title="Anggaran per dimensi"),
        "stacked": charts.bar_chart(years, stacked, stacked=True),
        "gantt": charts.gantt_chart(_gantt_rows(12), 2018, 2027),
        "month": charts.month_gantt(steps),
    }


def test_sizes_are_as_asked() -> None:
    d = charts.radar_chart(DIMS, [], width=300, height=250)
    assert (d.width, d.height) == (300, 250)
    d = charts.bar_chart(DIMS, [], width=400, height=200)
    assert (d.width, d.height) == (400, 200)
    rows = _gantt_rows(12)
    d = charts.gantt_chart(rows, 2018, 2027, width=700, row_height=12)
    assert d.width == 700 and d.height == charts.gantt_height(rows, 12)
    lines = len(rows) + len({r.group for r in rows})
    assert d.height >= lines * 12


@pytest.mark.parametrize("name", ["radar", "bar", "stacked", "gantt", "month"])
def test_renders_to_pdf_and_svg_with_only_our_fonts(name: str) -> None:
    from reportlab.graphics import renderPDF, renderSVG

    d = _all_charts()[name]
    pdf = renderPDF.drawToString(d)
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf  # TrueType embedded
    assert b"Helvetica" not in pdf
    svg = renderSVG.drawToString(d)
    assert "<svg" in svg
    used = {s.fontName for s in _strings(d)}
    assert used and used <= set(fonts.register().all())


def test_texts_are_in_the_drawing() -> None:
    texts = [s.text for s in _strings(_all_charts()["bar"])]
    assert "Anggaran per dimensi" in texts
    assert "Rp 1,25 M" in texts  # value label above the bar
    assert any(t.startswith("Rp ") and t.endswith(" M") for t in texts)  # axis


def test_gantt_marks_quick_wins_and_groups() -> None:
    rows = _gantt_rows(8)
    d = charts.gantt_chart(rows, 2018, 2027)
    strings = _strings(d)
    bold = {s.text for s in strings if s.fontName == fonts.register().bold}
    assert "Smart Economy" in bold  # group header
    assert "Quick Win" in {s.text for s in strings}
    assert any(t.startswith("Program nomor 0") for t in bold)  # the Quick Win row's label is bold
    assert not any(t.startswith("Program nomor 1 ") for t in bold)


def test_gantt_with_no_rows_and_many_rows() -> None:
    from reportlab.graphics import renderPDF

    empty = charts.gantt_chart([], 2018, 2027)
    assert renderPDF.drawToString(empty).startswith(b"%PDF")
    rows = _gantt_rows(200)
    big = charts.gantt_chart(rows, 2018, 2027)
    assert big.height > 200 * 14
    pages = charts.gantt_pages(rows, charts.gantt_lines_fitting(480))
    assert [r for p in pages for r in p] == rows  # every row once, in order
    limit = charts.gantt_lines_fitting(480)
    for page in pages:
        assert charts.gantt_height(page) <= 480
        d = charts.gantt_chart(page, 2018, 2027)
        assert len({s.text for s in _strings(d) if s.text in DIMS}) >= 1  # group header repeated on every page
        assert len(page) + len({r.group for r in page}) <= limit
    assert charts.gantt_pages([], 10) == [[]]


def test_labels_are_cut_not_overflowing() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    d = charts.gantt_chart(_gantt_rows(3), 2018, 2027, width=500)
    for s in _strings(d):
        if s.textAnchor == "start":
            assert s.x + stringWidth(s.text, s.fontName, s.fontSize) <= 500


def test_register_is_idempotent_and_missing_characters() -> None:
    a = fonts.register()
    b = fonts.register()
    assert a == b and a.regular == "NotoSans-Regular"
    assert fonts.missing_characters(["Rp 1.250.000 • – “kutip” € é ñ\n\t\r", ""]) == {}
    # ✓ is printed in a bundled fallback font (SymbolaEmoji) since issue 9; CJK is in none of them
    assert fonts.missing_characters(["ok 日 日 ✓", "本"]) == {"日": 2, "本": 1}


def test_font_files_and_licence_are_shipped() -> None:
    from smartcity_desktop.resources import resource

    total = 0
    for style in ("regular", "bold", "italic", "bolditalic"):
        path = fonts.font_path(style)
        total += __import__("os").path.getsize(path)
    assert total < 3_000_000
    assert "Open Font License" in resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    extra = sum(__import__("os").path.getsize(resource("fonts", f)) for _n, f in fonts.FALLBACKS)
    assert extra < 1_700_000  # the fallback fonts, trimmed (resources/fonts/README.md)
    assert "free for any use" in resource("fonts", "Symbola-LICENSE.txt").read_text(encoding="utf-8")


def _shapes(node: Any) -> list[tuple[Any, ...]]:
    """Every leaf shape of a drawing as comparable values (kind, its attributes), in drawing order."""
    from reportlab.graphics.shapes import Group

    if isinstance(node, Group) or hasattr(node, "contents"):
        return [s for child in node.contents for s in _shapes(child)]
    attrs = {k: v for k, v in vars(node).items() if not k.startswith("_")}
    return [(type(node).__name__, tuple(sorted((k, repr(v)) for k, v in attrs.items())))]


def test_gantt_bands_together_are_the_whole_chart() -> None:
    """The screen draws a large roadmap a band of lines at a time (issue 10): every shape of the whole chart is in
    exactly one band at the same place (the grid's vertical lines are cut at the bands' edges), the label column
    is as wide, and a whole chart drawn with its measured label width is the same chart."""
    rows = _gantt_rows(45)
    whole = charts.gantt_chart(rows, 2018, 2027)
    width = charts.gantt_label_width(rows)
    assert _shapes(charts.gantt_chart(rows, 2018, 2027, label_width=width)) == _shapes(whole)
    n = round((whole.height - charts.HEADER_H - charts.LEGEND_H - 4) / 14)
    bands = [charts.gantt_chart(rows, 2018, 2027, band=(a, a + 16), label_width=width) for a in range(0, n, 16)]
    assert {(d.width, d.height) for d in bands} == {(whole.width, whole.height)}
    banded = [s for d in bands for s in _shapes(d)]
    not_grid = [s for s in _shapes(whole) if s[0] != "Line"]
    assert sorted(s for s in banded if s[0] != "Line") == sorted(not_grid)
    lines = [s for s in _shapes(whole) if s[0] == "Line"]
    cut = [s for s in banded if s[0] == "Line"]
    assert len(cut) == (len(lines) - 1) * len(bands) + 1  # each vertical line once per band, one bottom rule
    assert sum(len(_strings(d)) for d in bands) == len(_strings(whole))
