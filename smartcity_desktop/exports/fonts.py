# SPDX-License-Identifier: GPL-3.0-or-later
"""The embedded document fonts (Noto Sans, OFL): registration with reportlab and coverage checks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from smartcity_desktop.resources import resource

log = logging.getLogger(__name__)

FAMILY = "NotoSans"
_FILES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
    "bolditalic": "NotoSans-BoldItalic.ttf",
}
_IGNORED = frozenset("\n\t\r")


@dataclass(frozen=True)
class FontNames:
    """The reportlab font names of the family, one per style."""

    regular: str
    bold: str
    italic: str
    bolditalic: str
    family: str = FAMILY

    def all(self) -> tuple[str, ...]:
        return (self.regular, self.bold, self.italic, self.bolditalic)


NAMES = FontNames(
    regular=f"{FAMILY}-Regular", bold=f"{FAMILY}-Bold", italic=f"{FAMILY}-Italic", bolditalic=f"{FAMILY}-BoldItalic"
)
_lock = threading.Lock()
_registered = False


def font_path(style: str = "regular") -> str:
    """The TTF file for one style ("regular", "bold", "italic", "bolditalic")."""
    return str(resource("fonts", _FILES[style]))


def register() -> FontNames:
    """Register the family with reportlab (once per process) and return its font names."""
    global _registered
    if _registered:
        return NAMES
    with _lock:
        if _registered:
            return NAMES
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for style, name in zip(_FILES, NAMES.all(), strict=True):
            pdfmetrics.registerFont(TTFont(name, font_path(style)))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=NAMES.regular,
            bold=NAMES.bold,
            italic=NAMES.italic,
            boldItalic=NAMES.bolditalic,
            # new canvases and graphics default to our font, so no PDF names a non-embedded Helvetica
            baseFontFor="canvas graphics",
        )
        _registered = True
        log.debug("registered font family %s", FAMILY)
    return NAMES


def _covered() -> frozenset[int]:
    """Code points every style of the family can show."""
    from reportlab.pdfbase import pdfmetrics

    register()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in NAMES.all()]  # type: ignore[attr-defined]
    return frozenset(set.intersection(*sets))


_coverage: frozenset[str] | None = None


def _covered_chars() -> frozenset[str]:
    """Characters the font shows, plus the line breaks and tabs that are never drawn as glyphs."""
    global _coverage
    if _coverage is None:
        _coverage = frozenset(map(chr, _covered())) | _IGNORED
    return _coverage


def missing_characters(texts: Iterable[str]) -> dict[str, int]:
    """Characters in ``texts`` that the font cannot show, with how often each occurs."""
    cover = _covered_chars()
    missing: dict[str, int] = {}
    for t in texts:
        if not t or cover.issuperset(t):
            continue
        for ch in set(t) - cover:
            missing[ch] = missing.get(ch, 0) + t.count(ch)
    return missing
