# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts of the Kominfo document set, read back from the PDF (pypdf) and the DOCX (python-docx): Lembar
Pengesahan, Kata Pengantar, Daftar Tabel, Daftar Gambar, Daftar Singkatan, the signed Penutup, the TOWS matrix,
the logo and no page number on the cover; and the repeats issue 9 found (the regulation list twice, the BAB VII
table again in 7.1), the Quick Win Gantt over 1-12 for every bar, charts rounding differently."""

from __future__ import annotations

import copy
import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from smartcity_desktop.core.formats import format_rupiah_short
from smartcity_desktop.demo import demo_rows
from smartcity_desktop.exports.tree import Chart, Document, Paragraph, Table, build, plain
from tests.exports.test_pdf import invariant  # noqa: F401 - the same autouse fixture: reproducible PDFs

HEAD = "H. Lalu Wiradarma, S.H., M.H."
EXTRA_TERM = ("BAKTI", "Badan Aksesibilitas Telekomunikasi dan Informasi")


def _rows(lang: str = "id") -> dict[str, list[dict[str, Any]]]:
    rows = demo_rows(lang)
    rows["abbreviation"].append(
        {"id": "abbr-bakti", "term": EXTRA_TERM[0], "meaning": EXTRA_TERM[1], "sort_key": 999.0, "modified_at": "x"}
    )
    return rows


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def masterplan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, list[str], Path]:
    from reportlab import rl_config

    from smartcity_desktop.exports.pdf import write_pdf

    rl_config.invariant = 1
    doc = build(_rows(), "masterplan")
    out = tmp_path_factory.mktemp("parts") / "masterplan.pdf"
    write_pdf(doc, out)
    pages = [_norm(p.extract_text()) for p in PdfReader(out).pages]
    return doc, pages, out


def _page(pages: list[str], title: str) -> tuple[int, str]:
    """The first page whose text (after the running header) starts with the part's title."""
    for i, text in enumerate(pages):
        if re.search(rf"2018–2027 {re.escape(title)}\b", text):
            return i, text
    raise AssertionError(f"no page starts with {title}")


def test_approval_page_carries_the_head_of_region(masterplan: Any) -> None:
    _doc, pages, _out = masterplan
    at, text = _page(pages, "Lembar Pengesahan")
    assert at == 1  # right after the cover
    assert "Bupati Lombok Timur," in text and HEAD in text
    assert "Disahkan di Selong" in text and "18 Desember 2017" in text


def test_foreword_before_the_contents(masterplan: Any) -> None:
    _doc, pages, _out = masterplan
    foreword, text = _page(pages, "Kata Pengantar")
    contents, _t = _page(pages, "Daftar Isi")
    assert foreword < contents and "Puji syukur" in text
    assert "{{" not in text and "43 program" in text  # live fields filled


def test_glossary_lists_the_plans_abbreviations(masterplan: Any) -> None:
    _doc, pages, _out = masterplan
    _at, text = _page(pages, "Daftar Singkatan")
    for term, meaning in (
        ("APBD", "Anggaran Pendapatan dan Belanja Daerah"),
        ("SPBE", "Sistem Pemerintahan"),
        EXTRA_TERM,
    ):
        assert term in text and meaning in text, term
    assert text.index("APBD") < text.index("BAKTI") < text.index("OPD")  # sorted, not in the order kept


def test_list_of_tables_names_the_captions_with_their_numbers(masterplan: Any) -> None:
    doc, pages, _out = masterplan
    at, _text = _page(pages, "Daftar Tabel")
    listed = _norm(" ".join(pages[at : at + 3]))
    tables = [b for b in doc.walk() if isinstance(b, Table) and b.caption]
    assert len(tables) > 30 and all(t.number for t in tables)
    regs = next(t for t in tables if t.caption == "Regulasi pendukung")
    assert f"{regs.number} Regulasi pendukung" in listed  # the list (with its page: test_lists) ...
    body = [p for p in pages[at + 2 :] if f"{regs.number} Regulasi pendukung" in p]
    assert len(body) == 1 and "5.3" in body[0]  # ... and the caption in 5.3 under the same number
    _g, figures = _page(pages, "Daftar Gambar")
    radar = next(c for c in doc.walk() if isinstance(c, Chart) and c.kind == "radar")
    assert radar.number == "Gambar 1." and f"Gambar 1. {radar.caption}" in figures


def test_tows_matrix_per_dimension(masterplan: Any) -> None:
    doc, pages, _out = masterplan
    tows = [p for p in pages if "Matriks TOWS Smart Economy" in p and "Peluang (O)" in p]
    assert tows
    for quadrant in ("Strategi S-O", "Strategi W-O", "Strategi S-T", "Strategi W-T", "Ancaman (T)"):
        assert quadrant in tows[0], quadrant
    assert "Melindungi pelaku usaha kecil" in _norm(" ".join(tows))  # the dimension's W-T strategy
    matrices = [t for t in doc.walk() if isinstance(t, Table) and t.caption.startswith("Matriks TOWS")]
    assert len(matrices) == 6  # one per dimension of the demo


def test_closing_is_signed(masterplan: Any) -> None:
    _doc, pages, _out = masterplan
    at, _t = _page(pages, "BAB VIII")
    closing = " ".join(pages[at : at + 2])
    assert "Selong, 18 Desember 2017" in closing and "Bupati Lombok Timur," in closing and HEAD in closing


def test_cover_has_no_page_number(masterplan: Any) -> None:
    _doc, pages, _out = masterplan
    assert "Halaman" not in pages[0] and f"Halaman 2 dari {len(pages)}" in pages[1]


def test_regulation_list_printed_once(masterplan: Any) -> None:
    """Before: the same regulation table in 5.3 and again in annex C (read from the demo PDF)."""
    _doc, pages, _out = masterplan
    text = " ".join(pages)
    assert text.count("Pembentukan Dewan Smart City Kabupaten Lombok Timur Dalam proses") == 1
    assert "Tabel ini sama dengan “Regulasi pendukung” (5.3 Kebijakan dan Kelembagaan)" in text


def test_bab7_table_not_repeated_in_7_1(masterplan: Any) -> None:
    """Before: BAB VII's text typed the horizon table that 7.1 generates, so it was printed twice."""
    doc, _pages, _out = masterplan
    horizon_rows = [t for t in doc.walk() if isinstance(t, Table) and plain(t.rows[0][0]) == "Quick Win"]
    horizon_rows = [t for t in horizon_rows if len(t.rows) == 4 and len(t.header) == 3]
    assert len(horizon_rows) == 1


def test_a_typed_copy_of_a_generated_table_becomes_a_note() -> None:
    """The rule itself: a chapter that types the rows of a generated table gets a note, not a second table."""
    rows = demo_rows()
    typed = "| Jangka | Jumlah | Anggaran |\n|---|---|---|\n"
    first = build(rows, "masterplan")
    generated = next(t for t in first.walk() if isinstance(t, Table) and t.caption == "Tahapan pengembangan")
    typed += "\n".join("| " + " | ".join(plain(c) for c in r) + " |" for r in generated.rows)
    bab7 = next(c for c in rows["chapter"] if c["key"] == "bab7")
    bab7["body_md"] = "Program menurut jangka waktunya:\n\n" + typed + "\n"
    doc = build(rows, "masterplan")
    copies = [
        t
        for t in doc.walk()
        if isinstance(t, Table)
        and [plain(c) for c in t.rows[0]] == ["Quick Win", *[plain(c) for c in generated.rows[0][1:]]]
    ]
    assert len(copies) == 1
    notes = [plain(b.runs) for b in doc.walk() if isinstance(b, Paragraph) and "sama dengan" in plain(b.runs)]
    assert any("BAB VII" in n for n in notes)


def test_quick_win_summary_gantt_uses_each_quick_wins_months() -> None:
    """Before: every bar of the Quick Win summary Gantt ran over months 1-12."""
    rows = demo_rows()
    doc = build(rows, "masterplan")
    plan = next(
        c for c in doc.walk() if isinstance(c, Chart) and c.caption == "Rencana pelaksanaan Quick Win per bulan"
    )
    steps: dict[str, list[dict[str, Any]]] = {}
    for s in rows["quick_win_step"]:
        steps.setdefault(s["quick_win_id"], []).append(s)
    names = {p["id"]: p["name"] for p in rows["program"]}
    spans = {
        names[q["program_id"]]: (
            min(s["start_month"] for s in steps[q["id"]]),
            max(s["end_month"] for s in steps[q["id"]]),
        )
        for q in rows["quick_win"]
        if q["id"] in steps
    }
    bars = {b["label"]: (b["start"], b["end"]) for b in plan.data["rows"]}
    assert bars and all(bars[name] == spans[name] for name in bars)
    assert len(set(bars.values())) > 3  # the bars differ, not 1-12 for all


def test_chart_money_rounds_the_same_everywhere() -> None:
    """Before: 'Rp 10,11 M' beside 'Rp 14,6 M' and 'Rp 5 M' (two decimals, zeros dropped)."""
    assert format_rupiah_short(10_110_000_000) == "Rp 10,1 M"
    assert format_rupiah_short(14_620_000_000) == "Rp 14,6 M"
    assert format_rupiah_short(6_490_000_000) == "Rp 6,49 M"
    assert format_rupiah_short(125_400_000_000) == "Rp 125 M"
    assert format_rupiah_short(350_000_000) == "Rp 350 jt"
    assert format_rupiah_short(14_620_000_000, "en") == "Rp 14.6 bn"
    from reportlab.graphics.shapes import String

    doc = build(demo_rows(), "masterplan")
    chart = next(c for c in doc.walk() if isinstance(c, Chart) and c.kind == "bar")
    labels = [s.text for s in chart.drawing().getContents() if isinstance(s, String) and s.text.startswith("Rp ")]

    def digits(label: str) -> int:
        return len(re.sub(r"\D", "", label).lstrip("0"))

    values = [t for t in labels if "," in t]
    assert values and all(digits(t) == 3 for t in values), values


def test_docx_carries_the_parts(tmp_path: Path) -> None:
    from docx import Document as Docx

    from smartcity_desktop.exports.docx import write_docx

    out = tmp_path / "masterplan.docx"
    write_docx(build(_rows(), "masterplan"), out)
    d = Docx(str(out))
    paras = [p.text for p in d.paragraphs]
    cells = " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    for title in ("Lembar Pengesahan", "Kata Pengantar", "Daftar Tabel", "Daftar Gambar", "Daftar Singkatan"):
        assert title in paras, title
    assert HEAD in cells and "Bupati Lombok Timur," in cells
    assert EXTRA_TERM[0] in cells and "Anggaran Pendapatan dan Belanja Daerah" in cells
    assert any(p.startswith("Tabel ") and p.endswith(". Regulasi pendukung") for p in paras[:300])  # Daftar Tabel
    assert "Strategi S-O" in cells and "Strategi W-T" in cells
    assert any(p.startswith("Tabel ") and p.endswith("Regulasi pendukung") for p in paras)  # numbered caption
    # no page number on the cover: the first page has its own (empty) footer, the others count pages
    section = d.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" not in section.first_page_footer._element.xml
    assert "PAGE" in section.footer._element.xml


def test_english_parts() -> None:
    doc = build(_rows("en"), "masterplan")
    heads = [h.text for h in doc.headings() if h.level == 1 and not h.number]
    assert heads[:5] == ["Approval Page", "Foreword", "List of Tables", "List of Figures", "List of Abbreviations"]
    texts = " ".join(t for t, _ in doc.texts())
    assert "TOWS matrix: Smart Economy" in texts and "S-O strategy" in texts and "Table 1." in texts


def test_logo_on_the_cover(tmp_path: Path) -> None:
    from PIL import Image

    from smartcity_desktop.exports.pdf import write_pdf

    buf = io.BytesIO()
    Image.new("RGB", (120, 140), (20, 90, 160)).save(buf, "PNG")
    rows = copy.deepcopy(demo_rows())
    rows.setdefault("attachment", []).append(
        {"id": "logo-1", "kind": "logo", "name": "logo.png", "mime": "image/png", "data": buf.getvalue()}
    )
    rows["plan"][0]["logo_id"] = "logo-1"
    out = tmp_path / "logo.pdf"
    write_pdf(build(rows, "masterplan"), out)
    reader = PdfReader(out)
    assert reader.pages[0].images  # the logo on the cover
    assert "Halaman" not in reader.pages[0].extract_text()


def test_budget_matrices_in_every_masterplan_once() -> None:
    """Funding source x year and lead agency x year: printed where the text places them (the demo's fields), and
    in the financing part of a plan whose text does not (before: no funding breakdown at all)."""
    from smartcity_desktop.core import figures

    def matrices(rows: dict[str, Any]) -> list[Table]:
        doc = build(rows, "masterplan")
        return [
            t
            for t in doc.walk()
            if isinstance(t, Table) and t.header[:1] in (["Sumber dana"], ["OPD penanggung jawab"])
        ]

    rows = demo_rows()
    assert len(matrices(rows)) == 2
    for c in rows["chapter"]:
        if c["key"] == "bab7.pembiayaan":
            c["body_md"] = "Rencana pembiayaan disusun bersama TAPD."
    got = matrices(rows)
    assert len(got) == 2
    total = figures.budget_total(rows)
    assert all(plain(t.rows[-1][-1]) == f"{total / 1_000_000:,.0f}".replace(",", ".") for t in got)


def test_tables_once_compares_whole_tables() -> None:
    """Tables alike in their first and last rows are different tables unless every row is the same (the rows
    between are compared only then); a repeat names the first table printed, spaces and case aside."""
    from smartcity_desktop.exports.chapter_parts import tables_once
    from smartcity_desktop.exports.tree import Heading, Meta, Run

    def table(middle: str, caption: str) -> Table:
        return Table(["A", "B"], [["Awal", "1"], [middle, "2"], ["Akhir", [Run("3")]]], caption=caption)

    blocks: list[Any] = [
        Heading(1, "Satu"),
        table("Tengah", "Pertama"),
        table("Lain", "Kedua"),
        Heading(1, "Dua"),
        table("  lain ", "Ketiga"),
        table("TENGAH", "Keempat"),
        table("Baru", "Kelima"),
    ]
    doc = Document("masterplan", Meta("R", "T", "D"), blocks)
    tables_once(doc, lambda key, *args: f"{key}: {' / '.join(args)}")
    kept = [b.caption if isinstance(b, Table) else plain(b.runs) for b in doc.blocks if not isinstance(b, Heading)]
    assert kept == [
        "Pertama",
        "Kedua",
        "table.repeated: “Kedua” / Satu",
        "table.repeated: “Pertama” / Satu",
        "Kelima",
    ]
