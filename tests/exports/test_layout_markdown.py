# SPDX-License-Identifier: GPL-3.0-or-later
"""Chapter text as people write it (CommonMark + GFM tables): each construct -> the blocks the writers print, and the
PDF and DOCX read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from smartcity_desktop.exports.markdown import parse, parse_inline
from smartcity_desktop.exports.tree import BulletList, Document, Heading, ListItem, Meta, Paragraph, Run, Table, plain

# (Markdown, the blocks it must give)
CONSTRUCTS: list[tuple[str, list[object]]] = [
    ("Satu\ndua", [Paragraph([Run("Satu dua")])]),
    ("Baris satu  \nbaris dua", [Paragraph([Run("Baris satu\nbaris dua")])]),
    ("Baris satu\\\nbaris dua", [Paragraph([Run("Baris satu\nbaris dua")])]),
    ("Judul\n=====", [Heading(2, "Judul", bookmark=False, toc=False)]),
    ("## Sub *miring*", [Heading(3, "Sub miring", bookmark=False, toc=False)]),
    ("#### Dalam", [Heading(4, "Dalam", bookmark=False, toc=False)]),
    (
        "a **b** *c* ***d*** `e`",
        [
            Paragraph(
                [
                    Run("a "),
                    Run("b", bold=True),
                    Run(" "),
                    Run("c", italic=True),
                    Run(" "),
                    Run("d", bold=True, italic=True),
                    Run(" "),
                    Run("e", code=True),
                ]
            )
        ],
    ),
    (r"\*bukan\* \# \[x\] 2 \* 3", [Paragraph([Run("*bukan* # [x] 2 * 3")])]),
    (
        "[Kominfo](https://kominfo.go.id) dan <https://a.id>",
        [Paragraph([Run("Kominfo (https://kominfo.go.id) dan https://a.id")])],
    ),
    ("surat <info@a.id>", [Paragraph([Run("surat info@a.id")])]),
    ("![Peta wilayah](peta.png)", [Paragraph([Run("Peta wilayah")])]),
    ("<b>Tebal</b> &amp; <br>", [Paragraph([Run("<b>Tebal</b> &amp; <br>")])]),
    ("<div>\nblok\n</div>", [Paragraph([Run("<div> blok </div>")])]),
    ("> kutipan\n> lanjut", [Paragraph([Run("kutipan lanjut")], "quote")]),
    ("    kode  x\n    baris 2", [Paragraph([Run("kode  x\nbaris 2", code=True)])]),
    ("```python\nif a:\n    b()\n```", [Paragraph([Run("if a:\n    b()", code=True)])]),
    ("***", []),
    (
        "- a\n- b\n  - c\n    - d\n- e",
        [BulletList([ListItem([Run(t)], lv) for t, lv in (("a", 0), ("b", 0), ("c", 1), ("d", 2), ("e", 0))])],
    ),
    ("3. tiga\n4. empat", [BulletList([ListItem([Run("tiga")]), ListItem([Run("empat")])], ordered=True, start=3)]),
    (
        "1. satu\n\n   lanjut\n2. dua",
        [BulletList([ListItem([Run("satu\nlanjut")]), ListItem([Run("dua")])], ordered=True)],
    ),
    (
        "- butir\n  1. satu\n  2. dua",
        [
            BulletList(
                [
                    ListItem([Run("butir")]),
                    ListItem([Run("satu")], 1, ordered=True),
                    ListItem([Run("dua")], 1, ordered=True),
                ]
            )
        ],
    ),
    ("- a\n\n1. b", [BulletList([ListItem([Run("a")])]), BulletList([ListItem([Run("b")])], ordered=True)]),
    (
        "1. a\n\nteks\n\n1. b",
        [
            BulletList([ListItem([Run("a")])], ordered=True),
            Paragraph([Run("teks")]),
            BulletList([ListItem([Run("b")])], ordered=True),
        ],
    ),
    (
        "| A | B |\n|---|--:|\n| x | y |\n| 1 |",
        [Table(["A", "B"], [[[Run("x")], [Run("y")]], [[Run("1")], []]], numeric={1})],
    ),
    (
        "| Nama | Rp |\n|---|---|\n| **a** \\| b | 1.250 |",
        [Table(["Nama", "Rp"], [[[Run("a", bold=True), Run(" | b")], [Run("1.250")]]], numeric={1})],
    ),
    ("a_b_c dan 2*3*4", [Paragraph([Run("a_b_c dan 2"), Run("3", italic=True), Run("4")])]),
]


@pytest.mark.parametrize(("md", "expected"), CONSTRUCTS, ids=[c[0][:24] for c in CONSTRUCTS])
def test_construct_gives_blocks(md: str, expected: list[object]) -> None:
    assert parse(md, heading_base=2) == expected


def test_inline_without_marks_is_one_run() -> None:
    assert parse_inline("Kabupaten Lombok Timur") == [Run("Kabupaten Lombok Timur")]
    assert parse_inline("") == []


def test_one_megabyte_paragraph_parses() -> None:
    text = ("Kata **tebal** dan kata biasa. " * 34_000)[:1_000_000]
    (p,) = parse(text)
    assert isinstance(p, Paragraph) and len(plain(p.runs)) > 850_000


SAMPLE = """# Bagian

Teks dengan **tebal**, [tautan](https://contoh.id) dan `kode`.\\
Baris kedua setelah jeda.

5. lima
6. enam
   - sub butir

> Kutipan tokoh.

```
kode blok
```

| Kolom | Nilai |
|---|--:|
| Padi | 1.250 |

<span>tag</span> tetap teks
"""
EXPECTED_TEXT = [
    "Teks dengan tebal, tautan (https://contoh.id) dan kode.",
    "Baris kedua setelah jeda.",
    "5. lima",
    "6. enam",
    "sub butir",
    "Kutipan tokoh.",
    "kode blok",
    "Padi",
    "1.250",
    "<span>tag</span> tetap teks",
]


def _document() -> Document:
    return Document("t", Meta(region="Kab. Contoh", title="Uji", document_name="Uji"), parse(SAMPLE, heading_base=1))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_pdf_prints_every_construct(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from smartcity_desktop.exports.pdf import write_pdf

    out = tmp_path / "md.pdf"
    write_pdf(_document(), out)
    text = _norm(" ".join(p.extract_text() for p in PdfReader(out).pages))
    for want in EXPECTED_TEXT:
        assert want in text


def test_docx_prints_every_construct(tmp_path: Path) -> None:
    import docx

    from smartcity_desktop.exports.docx import write_docx

    out = tmp_path / "md.docx"
    write_docx(_document(), out)
    d = docx.Document(str(out))
    paras = [p.text for p in d.paragraphs]
    text = _norm(" ".join(paras + [c.text for t in d.tables for r in t.rows for c in r.cells]))
    for want in EXPECTED_TEXT:
        assert want.removeprefix("5. ").removeprefix("6. ") in text
    assert "Teks dengan tebal, tautan (https://contoh.id) dan kode.\nBaris kedua setelah jeda." in paras
    numbering = out.read_bytes()
    assert numbering  # the numbered list starts at 5: its numbering instance says so
    import zipfile

    xml = zipfile.ZipFile(out).read("word/numbering.xml").decode()
    assert 'w:startOverride w:val="5"' in xml
