# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference pages of the demo masterplan: which pages (found by the heading or caption they show, not by number),
how they are rendered (pdftoppm, low resolution) and how two renders are compared (Pillow).

Update the stored renders deliberately, after a change of the document's look: ``python -m tests.reference.update``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"  # side-by-side images of differing pages, for a human (gitignored)
DPI = 40
# a pixel differs when a channel differs by more than this; a page differs when more than TOLERANCE of its pixels do
PIXEL_THRESHOLD = 48
TOLERANCE = 0.01


def _line(text: str) -> Callable[[list[str], bool], bool]:
    want = " ".join(text.split()).casefold()
    return lambda lines, _landscape: any(ln == want for ln in lines)


def _starts(text: str) -> Callable[[list[str], bool], bool]:
    want = " ".join(text.split()).casefold()
    return lambda lines, _landscape: any(ln.startswith(want) for ln in lines)


def _caption(text: str) -> Callable[[list[str], bool], bool]:
    """A numbered caption ("Tabel 12. Indikator dimensi ...")."""
    want = re.compile(r"(tabel|table) \d+\. " + re.escape(" ".join(text.split()).casefold()))
    return lambda lines, _landscape: any(want.match(ln) for ln in lines)


# name -> how to know the page (the first page that matches)
PAGES: dict[str, Callable[[list[str], bool], bool]] = {
    "cover": lambda lines, _landscape: any(ln == "masterplan smart city" for ln in lines),
    "contents": _line("Daftar Isi"),
    "chapter": _line("BAB I"),
    "readiness": _line("3.1 Kesiapan Struktur"),
    "dimension": _line("5.2 Program dan Kegiatan per Dimensi"),
    "indicators": _caption("Indikator dimensi"),
    "quickwin": _line("6.2 Profil Quick Win"),
    "gantt": lambda _lines, landscape: landscape,
    "budget": _line("7.3 Rencana Pembiayaan"),
    "annex": _line("LAMPIRAN"),
}


def pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def demo_masterplan(out: Path) -> Path:
    """The demo plan's masterplan PDF."""
    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.exports import tree
    from smartcity_desktop.exports.pdf import write_pdf

    write_pdf(tree.build(demo_rows(), "masterplan"), out)
    return out


def find_pages(pdf: Path) -> dict[str, int]:
    """Reference name -> page number (1-based) of the first page that shows it; names not found are left out."""
    from pypdf import PdfReader

    found: dict[str, int] = {}
    for n, page in enumerate(PdfReader(pdf).pages, 1):
        lines = [" ".join(ln.split()).casefold() for ln in page.extract_text().splitlines()]
        lines = [re.sub(r"^(\d+(\.\d+)*)\s+", r"\1 ", ln) for ln in lines]
        landscape = float(page.mediabox.width) > float(page.mediabox.height)
        for name, matches in PAGES.items():
            body = name in ("cover", "contents", "chapter") or "chapter" in found  # not the contents' lines
            if name not in found and body and matches(lines, landscape):
                found[name] = n
    return found


def render(pdf: Path, page: int, out: Path) -> Path:
    """Page ``page`` of ``pdf`` as a PNG at DPI."""
    exe = pdftoppm()
    if exe is None:
        raise RuntimeError("pdftoppm is not installed (poppler-utils)")
    stem = out.with_suffix("")
    subprocess.run(
        [exe, "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
        check=True,
        capture_output=True,
    )
    return stem.with_suffix(".png")


def difference(reference: Path, current: Path) -> float:
    """The share of pixels that differ visibly (1.0 when the sizes differ)."""
    from PIL import Image, ImageChops

    with Image.open(reference) as a, Image.open(current) as b:
        if a.size != b.size:
            return 1.0
        diff = ImageChops.difference(a.convert("L"), b.convert("L"))
        histogram = diff.histogram()
        differing = sum(histogram[PIXEL_THRESHOLD + 1 :])
        return differing / (a.size[0] * a.size[1])


def side_by_side(reference: Path, current: Path, out: Path) -> Path:
    """Reference, current and their difference (red) side by side, for a human to look at."""
    from PIL import Image, ImageChops, ImageOps

    with Image.open(reference) as a0, Image.open(current) as b0:
        a, b = a0.convert("RGB"), b0.convert("RGB")
        size = (max(a.width, b.width), max(a.height, b.height))
        canvas = Image.new("RGB", (size[0] * 3 + 20, size[1]), "white")
        canvas.paste(a, (0, 0))
        canvas.paste(b, (size[0] + 10, 0))
        if a.size == b.size:
            mask = ImageChops.difference(a.convert("L"), b.convert("L")).point(
                lambda v: 255 if v > PIXEL_THRESHOLD else 0
            )
            red = Image.new("RGB", a.size, (220, 0, 0))
            faded = ImageOps.autocontrast(b.convert("L")).point(lambda v: 128 + v // 2).convert("RGB")
            faded.paste(red, (0, 0), mask)
            canvas.paste(faded, (2 * size[0] + 20, 0))
        out.parent.mkdir(parents=True, exist_ok=True)
        canvas.save(out)
    return out
