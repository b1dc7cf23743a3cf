# SPDX-License-Identifier: GPL-3.0-or-later
"""The markdown reader's fast path (plain paragraphs, bulleted lines and headings read without markdown-it) gives
exactly the blocks markdown-it gives, for any text."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcity_desktop.exports import markdown
from smartcity_desktop.exports.tree import Block


def _by_markdown_it(text: str, heading_base: int = 2) -> list[Block]:
    if not text or not text.strip():
        return []
    builder = markdown._Builder(heading_base)
    builder.blocks_of(markdown._tree(markdown._parser().parse(text)), quote=False)
    return builder.out


PIECES = [
    "kata", "Anggaran", "Rp 1.000", "3.5 juta", " ", "  ", "\n", "\n\n", "\n \n", "- ", "-  ", "* ", "+ ", "# ", "## ",
    "#### ", "#", " #", "1. ", "2) ", "10. ", "*", "**", "_", "`", "|", "| a | b |\n|---|---|\n| 1 | 2 |", "[a]",
    "[a]: /u", "](x)", "---", "===", "> ", "    ", "\t", "```", "~~~", "&amp;", "<b>", "\\", "!", "~~", "\u00a0",
    "\u2028", "\r\n", "\x00", "é", "👍", "  \n",
]  # fmt: skip


@settings(max_examples=2000 if os.environ.get("SMARTCITY_LONG") else 300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(1, 4))
def test_fast_path_reads_as_markdown_it(pieces: list[str], heading_base: int) -> None:
    text = "".join(pieces)
    assert markdown.parse(text, heading_base) == _by_markdown_it(text, heading_base), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lihat [aturan][r].\n\nTeks biasa.\n\n[r]: https://jdih.example",  # a definition serves any block
        "```\nkode\n\nTeks di dalam kode\n\nlagi\n```",  # a fence spans blank lines
        "- satu\n\n- dua\n\nTeks.\n\n- tiga",  # one loose list, then a new one
        "1. satu\n\n- dua\n\n3. tiga\n\n4. empat",
        "Judul\n===\n\nJudul dua\n---",
        "- satu\nlanjutan malas",
        "    kode\n\nTeks",
        "> kutipan\n\nTeks",
        "# \n\n#\n\n## Judul ##",
        "- satu\n\n  lanjutan item satu\n\nTeks",  # an indented block continues the last item
        "1. satu\n\n   lanjutan\n\n5. dua",  # ... and the list goes on over it, numbered on
        "1. satu\n5. dua\n\n7. tiga\n\n8) empat",  # numbered from the first number typed, per delimiter
        "Teks\n1. satu\n\n4. dua\n\nTeks\n\n3. baru",
        "# Judul\n3. satu\n4. dua\n\n- tiga",
    ],
)
def test_blocks_that_depend_on_their_neighbours(text: str) -> None:
    assert markdown.parse(text) == _by_markdown_it(text)


def test_typical_chapter_text_is_read_as_markdown_it() -> None:
    text = (
        "## 1.1 Kondisi Saat Ini\n\nPembangunan kota informasi desa publik.\nPemantauan air informasi.\n\n"
        "- Perangkat menengah pemantauan warga.\n- Yang tepat jaringan kesiapsiagaan.\n\n"
        "1. Satu\n2. Dua\n\n- Lanjut\n\n| Kolom | Nilai |\n|---|--:|\n| a | 1 |\n\n"
        "Seluruh secara **penguatan** mikro.\n"
        "### Sub\nTeks setelah judul.\n\n#### Judul saja\n"
    )
    assert markdown.parse(text) == _by_markdown_it(text)
    assert len(markdown.parse(text)) == 10
