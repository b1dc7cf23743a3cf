# SPDX-License-Identifier: GPL-3.0-or-later
"""The Word export: read back with python-docx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.exports import tree
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.exporting import available_formats, export_file


@pytest.fixture(scope="module")
def demo_docx(tmp_path_factory: pytest.TempPathFactory, demo_bytes: bytes) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("docx")
    plan = folder / "demo.smartcity"
    plan.write_bytes(demo_bytes)
    out = folder / "masterplan.docx"
    export_file(plan, out, "docx")
    return plan, out


def _all_text(doc: Any) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_demo_docx_headings_tables_programs(demo_docx: tuple[Path, Path]) -> None:
    import docx

    assert "docx" in available_formats()
    plan, out = demo_docx
    rows, _ = read_rows(plan)
    source = tree.build(rows, "masterplan")
    doc = docx.Document(str(out))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    chapters = [h.label for h in source.headings() if h.level == 1]
    assert chapters and all(("Heading 1", c) in headings for c in chapters)
    heading_texts = " | ".join(text for _style, text in headings)
    for dim in rows["dimension"]:
        assert dim["name"] in heading_texts
    assert len(doc.tables) == sum(1 for b in source.walk() if isinstance(b, tree.Table))
    text = _all_text(doc)
    for p in rows["program"]:
        assert p["name"] in text
    charts = sum(1 for b in source.walk() if isinstance(b, tree.Chart))
    assert len(doc.inline_shapes) >= charts
    assert doc.core_properties.author == source.meta.region
    assert any(s.orientation == 1 for s in doc.sections)  # the roadmap on landscape pages
    footer_xml = doc.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert 'TOC \\o "1-3"' in doc.element.xml


def test_chart_images_are_png(demo_docx: tuple[Path, Path]) -> None:
    import zipfile

    _plan, out = demo_docx
    with zipfile.ZipFile(out) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert media and all(z.read(n)[:8] == b"\x89PNG\r\n\x1a\n" for n in media)
    assert out.stat().st_size < 2_000_000


def test_hostile_text_prints_literally(plan_file: Path, tmp_path: Path) -> None:
    import docx

    from smartcity_desktop.exports.docx import write_docx

    rows, _ = read_rows(plan_file)
    dim = rows["dimension"][0]
    hostile = '<b>bold</b> & <img src="x"> <a href="javascript:alert(1)">x</a>\x07'
    rows["program"] = [
        {"id": "p1", "dimension_id": dim["id"], "name": hostile, "is_quick_win": 0, "status": "planned", "sort_key": 1}
    ]
    out = tmp_path / "x.docx"
    write_docx(tree.build(rows, "masterplan"), out)
    text = _all_text(docx.Document(str(out)))
    assert hostile.replace("\x07", "") in text


def test_png_of_a_chart() -> None:
    import io

    from PIL import Image

    from smartcity_desktop.exports import charts
    from smartcity_desktop.exports.raster import drawing_to_png

    d = charts.bar_chart(["A", "B"], [("x", [1_000_000, 2_000_000], "#4477AA")], width=300, height=200)
    png = drawing_to_png(d, dpi=144)
    with Image.open(io.BytesIO(png)) as im:
        assert im.size == (600, 400)
        rgb = im.convert("RGB")
        colours = {rgb.getpixel((x, y)) for x in range(0, 600, 7) for y in range(0, 400, 7)}
    assert (255, 255, 255) in colours and len(colours) > 3  # not blank: bars and text drawn
