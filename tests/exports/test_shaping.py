# SPDX-License-Identifier: GPL-3.0-or-later
"""Arabic script (Pegon, religious names) prints joined and right to left; Javanese and Balinese vowel signs
stand where they are read. The runs are shaped with HarfBuzz (fonts.shaped) before reportlab draws them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from smartcity_desktop.demo import demo_rows
from smartcity_desktop.exports import fonts
from smartcity_desktop.exports.tree import Document, Heading, Paragraph, Run, Table, build
from tests.exports.test_pdf import invariant  # noqa: F401 - the same autouse fixture: reproducible PDFs

BASMALAH = "بسم الله الرحمن الرحيم"
PEGON = "ڠاجي ڤد"  # "ngaji pada": ڠ (nga) and ڤ (pa), letters of Pegon without Arabic presentation forms for ڠ
# presentation forms: beh initial, seen medial, meem final ("بسم" joined)
BISM = "\ufe91\ufeb4\ufee2"
RAHIM = "\ufedf\ufeae\ufea3\ufef4\ufee2"  # "لرحيم" joined: lam initial, reh final, hah initial, yeh medial, meem final
PADA = "\ufb6c\ufeaa"  # "ڤد": veh initial, dal final


@pytest.fixture(scope="module")
def arabic_pdf(tmp_path_factory: pytest.TempPathFactory) -> str:
    from smartcity_desktop.exports.pdf import write_pdf

    meta = build(demo_rows(), "summary").meta
    blocks = [
        Heading(1, "Aksara"),
        Paragraph([Run(f"Bismillah: {BASMALAH}, lalu kata Pegon {PEGON} (ngaji pada).")]),
        Table(["Nama", "Tulisan"], [["Pegon", PEGON], ["Doa", BASMALAH]], caption="Aksara Arab"),
    ]
    out = tmp_path_factory.mktemp("shaping") / "arabic.pdf"
    write_pdf(Document("summary", meta, blocks), out)
    return PdfReader(out).pages[0].extract_text()


def test_arabic_prints_joined(arabic_pdf: str) -> None:
    """Before: every letter in its isolated form (the code points as typed, U+0628 U+0633 U+0645)."""
    text = arabic_pdf
    assert text.count(BISM) == 2 and text.count(PADA) == 2  # the paragraph and the table cell
    assert "\u0628\u0633\u0645" not in text and "\u06a4\u062f" not in text  # no letter left unjoined


def test_arabic_words_run_right_to_left(arabic_pdf: str) -> None:
    """The text is drawn in visual order: the phrase's last word leftmost. (pypdf turns each right-to-left piece
    it reads back into reading order, so a word's letters read in logical order only when drawn right to left.)"""
    line = next(line for line in arabic_pdf.splitlines() if line.startswith("Bismillah"))
    assert RAHIM in line and line.index(RAHIM) < line.index(BISM) < line.index("lalu")


def test_shaped_runs_are_in_visual_order() -> None:
    ((name, text),) = fonts.font_runs("بسم")
    assert name == "NotoNaskhArabic" and text == BISM[::-1]  # drawn left to right: meem, seen, beh
    runs = fonts.font_runs(f"({BASMALAH})")
    assert [n for n, _t in runs] == [None, "NotoNaskhArabic", None]  # one Arabic run, spaces kept in it
    assert runs[1][1].count("\xa0") == 3 and " " not in runs[1][1]  # its words stay on one line
    assert fonts.font_runs("Kota Bogor, 2024") == [(None, "Kota Bogor, 2024")]  # Latin: untouched


def test_long_arabic_text_breaks_between_pieces() -> None:
    ((_name, text),) = fonts.font_runs(" ".join([BASMALAH] * 6))
    pieces = text.split(" ")
    assert len(pieces) > 1 and all(len(p) <= fonts.RTL_CHUNK for p in pieces)


@pytest.mark.parametrize(
    ("font", "word", "sign", "consonant"),
    [
        ("NotoSansJavanese", "ꦏꦺ", "\ua9ba", "\ua98f"),  # ke: taling stands before ka
        ("NotoSansBalinese", "ᬓᬾ", "\u1b3e", "\u1b13"),  # ke: taling stands before ka
    ],
)
def test_vowel_signs_stand_before_their_consonant(font: str, word: str, sign: str, consonant: str) -> None:
    """Before: drawn in the order typed, the sign after the consonant."""
    ((name, text),) = fonts.font_runs(word)
    assert name == font and text.index(sign) < text.index(consonant)


def test_latin_plan_unchanged_by_shaping(tmp_path: Path) -> None:
    """A plan without complex scripts never reaches the shaper (so its PDF is as before)."""
    from smartcity_desktop.exports.pdf import write_pdf

    fonts._shaped.clear()
    write_pdf(build(demo_rows(), "summary"), tmp_path / "summary.pdf")
    assert not fonts._shaped


def test_a_latin_document_does_not_load_harfbuzz(tmp_path: Path) -> None:
    """reportlab imports uharfbuzz for its own shaping, which we do not use: a Latin-only export skipped it (~11 ms
    of the demo's export, which is measured against LibreOffice's time)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from smartcity_desktop.demo import demo_rows\n"
        "from smartcity_desktop.exports import tree\n"
        "from smartcity_desktop.exports.pdf import write_pdf\n"
        f"write_pdf(tree.build(demo_rows(), 'summary'), {str(tmp_path / 'r.pdf')!r})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('uharfbuzz', 'rlbidi')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]"
