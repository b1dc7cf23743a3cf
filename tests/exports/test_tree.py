# SPDX-License-Identifier: GPL-3.0-or-later
"""The document tree: the Markdown reader, the builders and the merge of chapter text with generated parts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcity_desktop.core.errors import NotAvailable, PlanError
from smartcity_desktop.exports.chapter_parts import merge_body
from smartcity_desktop.exports.markdown import parse, parse_inline
from smartcity_desktop.exports.tree import (
    DOCUMENTS,
    BulletList,
    Chart,
    Cover,
    Heading,
    Landscape,
    Paragraph,
    Run,
    Table,
    Toc,
    build,
    builders,
    plain,
)


# --- Markdown --------------------------------------------------------------------------------------------
def test_emphasis_and_code() -> None:
    runs = parse_inline("a **tebal** dan *miring* serta `kode` dan ***keduanya***")
    assert Run("tebal", bold=True) in runs
    assert Run("miring", italic=True) in runs
    assert Run("kode", code=True) in runs
    assert Run("keduanya", bold=True, italic=True) in runs
    assert plain(runs) == "a tebal dan miring serta kode dan keduanya"


def test_unmatched_marks_and_snake_case_stay_literal() -> None:
    assert plain(parse_inline("2 * 3 = 6 dan **belum ditutup")) == "2 * 3 = 6 dan **belum ditutup"
    runs = parse_inline("nama_berkas_ini dan _miring_")
    assert runs[0] == Run("nama_berkas_ini dan ")
    assert runs[1] == Run("miring", italic=True)
    assert plain(parse_inline(r"\*bukan miring\*")) == "*bukan miring*"


def test_markup_stays_plain_text() -> None:
    text = '<b>Tebal</b> & <img src="x.png">'
    (p,) = parse(text)
    assert isinstance(p, Paragraph) and plain(p.runs) == text


def test_headings_paragraphs_lists_tables() -> None:
    md = """# Judul
Baris satu
baris dua.

- butir **satu**
- butir dua
  - anak
1. pertama
2) kedua

| Nama | Nilai |
|:-----|------:|
| Padi | 1.250 |
| Jagung \\| manis | 30 |

> kutipan
"""
    blocks = parse(md, heading_base=2)
    kinds = [type(b).__name__ for b in blocks]
    assert kinds == ["Heading", "Paragraph", "BulletList", "BulletList", "Table", "Paragraph"]
    h, p, ul, ol, t, q = blocks
    assert isinstance(h, Heading) and h.level == 2 and h.text == "Judul" and not h.toc
    assert isinstance(p, Paragraph) and plain(p.runs) == "Baris satu baris dua."
    assert isinstance(ul, BulletList) and not ul.ordered
    assert [i.level for i in ul.items] == [0, 0, 1]
    assert ul.items[0].runs[-1] == Run("satu", bold=True)
    assert isinstance(ol, BulletList) and ol.ordered and len(ol.items) == 2
    assert isinstance(t, Table) and t.header == ["Nama", "Nilai"] and len(t.rows) == 2
    assert plain(t.rows[1][0]) == "Jagung | manis"
    assert t.numeric == {1}
    assert isinstance(q, Paragraph) and q.style == "quote"


def test_table_rows_are_padded_and_cut_to_the_header() -> None:
    (t,) = parse("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |")
    assert isinstance(t, Table)
    assert [len(r) for r in t.rows] == [3, 3]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_`#|-:>1.\\\n ")), max_size=80))
def test_odd_input_never_crashes(text: str) -> None:
    blocks = parse(text)
    for b in blocks:
        assert isinstance(b, Heading | Paragraph | BulletList | Table)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_inline_keeps_every_letter(text: str) -> None:
    out = plain(parse_inline(text))
    letters = [c for c in text if c.isalnum()]
    assert [c for c in out if c.isalnum()] == letters


# --- merge ------------------------------------------------------------------------------------------------
def test_merge_drops_repeated_title_and_sections_named_like_generated_parts() -> None:
    body = parse("## Program\n\nPengantar.\n\n### Smart Economy\n\n| No | Program |\n|---|---|\n| 1 | Pasar |\n")
    generated = [Heading(3, "Smart Economy", "5.2.1"), Paragraph([Run("dari data")])]
    kept, gen = merge_body("Program", body, generated)
    assert [plain(b.runs) for b in kept if isinstance(b, Paragraph)] == ["Pengantar."]
    assert not any(isinstance(b, Table | Heading) for b in kept)
    assert gen == generated


def test_merge_keeps_users_words_over_generated_repeats() -> None:
    body = parse("1. Misi satu.\n2. Misi dua.")
    generated = parse("1. Misi satu.\n2. Misi dua.")
    kept, gen = merge_body("Misi", body, generated)
    assert kept == body and gen == []


# --- builders ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo() -> dict:
    from smartcity_desktop.demo import demo_rows

    return demo_rows()


def test_registry_has_the_documents_and_names_the_later_ones(demo: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    assert {"masterplan", "summary", "quickwin", "roadmap"} <= set(builders())
    # every listed document is built now (workshop-docs); a listed one without a builder is still "later"
    assert set(builders()) == set(DOCUMENTS)
    from smartcity_desktop.exports import documents

    monkeypatch.delitem(documents.BUILDERS, "workshop")
    with pytest.raises(NotAvailable) as e:
        build(demo, "workshop")
    assert "workshop" in e.value.message("id")
    monkeypatch.undo()
    with pytest.raises(PlanError) as e3:  # the paperwork of one stage needs its number
        build(demo, "workshop")
    assert e3.value.key == "doc.stage_needed"
    with pytest.raises(PlanError) as e2:
        build(demo, "brosur")
    assert e2.value.key == "cli.document_unknown"


def test_masterplan_structure(demo: dict) -> None:
    doc = build(demo, "masterplan")
    assert isinstance(doc.blocks[0], Cover)
    # docs-parts: Lembar Pengesahan and Kata Pengantar come before the contents, the lists after it
    toc = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Toc))
    first = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.number == "BAB I")
    assert [b.text for b in doc.blocks[1:toc] if isinstance(b, Heading)] == ["Lembar Pengesahan", "Kata Pengantar"]
    assert [b.text for b in doc.blocks[toc:first] if isinstance(b, Heading)] == [
        "Daftar Tabel",
        "Daftar Gambar",
        "Daftar Singkatan",
    ]
    chapters = [h for h in doc.headings() if h.level == 1 and h.number]
    assert chapters[0].number == "BAB I" and chapters[1].number == "BAB II"
    assert chapters[-1].number == "LAMPIRAN"
    texts = "\n".join(t for t, _ in doc.texts())
    for dim in demo["dimension"]:
        assert dim["name"] in texts
    for prog in demo["program"]:
        assert prog["name"] in texts
    kinds = {b.kind for b in doc.walk() if isinstance(b, Chart)}
    assert {"radar", "bar", "gantt", "month_gantt"} <= kinds
    assert any(isinstance(b, Landscape) for b in doc.blocks)
    assert doc.meta.region == "Kabupaten Lombok Timur" and doc.meta.draft


def test_every_document_builds_in_both_languages() -> None:
    from smartcity_desktop.demo import demo_rows

    for lang in ("id", "en"):
        rows = demo_rows(lang)
        for name in ("masterplan", "summary", "quickwin", "roadmap"):
            doc = build(rows, name)
            assert doc.blocks and doc.meta.lang == lang
    assert build(demo_rows("en"), "masterplan").meta.page_label == "Page {0} of {1}"


def test_an_empty_new_plan_builds(plan_file: object) -> None:
    from smartcity_desktop.services.templates import new_plan_rows

    rows = new_plan_rows("Kota Kecil")
    for name in ("masterplan", "summary", "quickwin", "roadmap"):
        assert build(rows, name).blocks
