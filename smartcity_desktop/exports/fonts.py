# SPDX-License-Identifier: GPL-3.0-or-later
"""The embedded document fonts (Noto Sans, OFL): registration with reportlab and coverage checks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.resources import resource

log = logging.getLogger(__name__)

FAMILY = "NotoSans"
_FILES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
    "bolditalic": "NotoSans-BoldItalic.ttf",
}
# Fonts for the characters Noto Sans lacks, tried in this order (resources/fonts/README.md): registered, and so
# embedded, only when a document has such a character. One face each, used for every style.
FALLBACKS = (
    ("NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf"),
    ("NotoSansJavanese", "NotoSansJavanese-Regular.ttf"),
    ("NotoSansBalinese", "NotoSansBalinese-Regular.ttf"),
    ("NotoSansSundanese", "NotoSansSundanese-Regular.ttf"),
    ("NotoSansBuginese", "NotoSansBuginese-Regular.ttf"),
    ("SymbolaEmoji", "SymbolaEmoji.ttf"),
)
# Scripts whose letters change shape with their neighbours or are reordered (Arabic joins right to left; Javanese,
# Balinese and Sundanese vowel signs stand before their consonant, conjuncts stack): their runs are shaped with
# HarfBuzz, the font's own OpenType rules, before reportlab sees them (``shaped``).
SHAPED = frozenset({"NotoNaskhArabic", "NotoSansJavanese", "NotoSansBalinese", "NotoSansSundanese", "NotoSansBuginese"})
RTL_CHUNK = 48  # characters of right-to-left text kept on one line (its words in visual order)
MAX_SHAPED = 20_000  # remembered shaped runs
_IGNORED = frozenset("\n\t\r")
MAX_WIDTHS = 200_000  # remembered text widths per font


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


def registered() -> bool:
    """Whether ``register`` has run in this process (its first call parses the TTFs)."""
    return _registered


def register() -> FontNames:
    """Register the family with reportlab (once per process) and return its font names."""
    global _registered
    if _registered:
        return NAMES
    with _lock:
        if _registered:
            return NAMES
        from reportlab.pdfbase import pdfmetrics

        font_class = _font_class()
        for style, name in zip(_FILES, NAMES.all(), strict=True):
            pdfmetrics.registerFont(font_class(name, font_path(style)))
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


def _font_class() -> type:
    """reportlab's TTFont with a fast path for text whose characters all have a code in the first subset."""
    import weakref

    from reportlab.pdfbase.ttfonts import TTFont

    class FastTTFont(TTFont):  # type: ignore[misc]
        """Drawing text asks the font to map it to subset codes, character by character in Python; once every
        character of a text has its code (nearly always, after the first pages), one ``str.translate`` does.
        Widths of texts are remembered."""

        _fast: tuple[Any, Any, dict[int, int], frozenset[str]] | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._widths: dict[tuple[Any, float], float] = {}

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802
            """The width of ``text``, remembered: line breaking measures the same words over and over."""
            key = (text, size)
            width = self._widths.get(key)
            if width is None:
                if len(self._widths) > MAX_WIDTHS:
                    self._widths.clear()
                width = self._widths[key] = super().stringWidth(text, size, encoding)
            return width

        def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
            fast = self._fast
            if fast is not None and fast[0]() is doc and isinstance(text, str) and text:
                _ref, _state, codes, known = fast
                if known.issuperset(text):
                    return [(0, text.translate(codes).encode("latin-1"))]
            got = super().splitString(text, doc, encoding)
            if isinstance(text, str):
                self._learn(text, doc)
            return got  # type: ignore[no-any-return]

        def first_subset_codes(self, doc: Any, text: str) -> dict[int, int] | None:
            """A str.translate table giving every character of ``text`` its code in the first subset in ``doc``
            (``splitString`` would give [(0, those codes)]), or None when a character has none there yet."""
            fast = self._fast
            if fast is not None and fast[0]() is doc and fast[3].issuperset(text):
                return fast[2]
            return None

        def _learn(self, text: str, doc: Any) -> None:
            """Remember the first-subset codes of the characters of ``text`` (already given by reportlab)."""
            state = self.state.get(doc)
            if state is None:
                return
            fast = self._fast
            if fast is None or fast[0]() is not doc or fast[1] is not state:
                fast = (weakref.ref(doc), state, {}, frozenset())
            codes, known = fast[2], set(fast[3])
            for ch in set(text) - known:
                code = 32 if ch == "\xa0" else ord(ch)  # reportlab prints a no-break space as a space
                n = state.assignments.get(code)
                if n is not None and n < 256:
                    codes[ord(ch)] = n
                    known.add(ch)
            self._fast = (fast[0], state, codes, frozenset(known))

    return FastTTFont


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


def covers(text: str) -> bool:
    """Whether the main family shows every character of ``text`` (no fallback font needed)."""
    return _covered_chars().issuperset(text)


_fallback_cover: dict[str, str] | None = None  # character -> fallback font name


def _fallbacks() -> dict[str, str]:
    """Register the fallback fonts (once) and map each character they add to the first that has it."""
    global _fallback_cover
    if _fallback_cover is None:
        with _lock:
            if _fallback_cover is None:
                from reportlab.pdfbase import pdfmetrics

                register()
                main = _covered_chars()
                found: dict[str, str] = {}
                font_class = _font_class()
                for name, file in FALLBACKS:
                    font = font_class(name, str(resource("fonts", file)))
                    pdfmetrics.registerFont(font)
                    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
                    for code in font.face.charToGlyph:
                        ch = chr(code)
                        if ch not in main and ch not in found and code > 0x20:
                            found[ch] = name
                _fallback_cover = found
    return _fallback_cover


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut where the font changes: (None for the main family or a fallback font's name, text to draw).

    A run in a font of a complex script is given as drawn: shaped (``shaped``). A space between two runs of the
    same fallback font stays in that run, so an Arabic phrase is shaped, and ordered, as a whole.
    """
    if covers(text):
        return [(None, text)]
    main, extra = _covered_chars(), _fallbacks()
    out: list[tuple[str | None, str]] = []
    for ch in text:
        name = None if ch in main else extra.get(ch)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    for i in range(len(out) - 2, 0, -1):  # "بسم" " " "الله": one run
        name, between = out[i]
        if name is None and not between.strip(" ") and out[i - 1][0] == out[i + 1][0] is not None:
            out[i - 1 : i + 2] = [(out[i - 1][0], out[i - 1][1] + between + out[i + 1][1])]
    return [(name, shaped(name, t) if name in SHAPED else t) for name, t in out]


_shaped: dict[tuple[str, str], str] = {}
_shape_lock = threading.Lock()


def shaped(name: str, text: str) -> str:
    """``text`` in fallback font ``name`` as HarfBuzz shapes it with the font's OpenType rules: its glyphs in
    visual order, each written as a character of the font that maps to it (an Arabic presentation form, or a
    private-use code given to a glyph no character maps to, as reportlab's own shaping does).

    Right-to-left text is shaped in pieces of up to RTL_CHUNK characters cut at spaces, each kept on one line
    (its spaces no-break): reportlab breaks lines left to right, so the words of a piece must not be split. The
    glyphs' fine positioning (a mark's offset) is not kept: the font's default placement is used.
    """
    key = (name, text)
    got = _shaped.get(key)
    if got is None:
        with _shape_lock:  # private-use codes are added to the font's map: one export thread at a time
            if len(_shaped) > MAX_SHAPED:
                _shaped.clear()
            got = _shaped[key] = _shape(name, text)
    return got


def _shape(name: str, text: str) -> str:
    from smartcity_desktop.exports.rl import import_platypus

    import_platypus()  # done first: while reportlab is imported, uharfbuzz is hidden from it (rl.py)
    try:
        import uharfbuzz as hb
    except ImportError:  # pragma: no cover - a dependency; without it the letters print unshaped
        return text
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(name)
    hb_font = _hb_font(font, hb)
    rtl = any(_is_rtl(ch) for ch in text)
    out: list[str] = []
    for piece in _pieces(text) if rtl else text.split(" "):
        if not piece:
            out.append(piece)
            continue
        buf = hb.Buffer()
        buf.add_str(piece)
        buf.guess_segment_properties()
        hb.shape(hb_font, buf, {})
        chars = []
        for info in buf.glyph_infos:
            ch = piece[info.cluster] if info.cluster < len(piece) else ""
            if ch in " \xa0":
                chars.append("\xa0" if rtl else " ")
            else:
                chars.append(_char_of(font, info.codepoint, ch))
        out.append("".join(chars))
    return " ".join(out)


def _is_rtl(ch: str) -> bool:
    import unicodedata

    return unicodedata.bidirectional(ch) in ("R", "AL")


def _pieces(text: str) -> list[str]:
    """Right-to-left ``text`` cut at spaces into pieces of at most RTL_CHUNK characters (a longer word alone)."""
    pieces: list[str] = []
    for word in text.split(" "):
        if pieces and pieces[-1] and len(pieces[-1]) + 1 + len(word) <= RTL_CHUNK:
            pieces[-1] += " " + word
        else:
            pieces.append(word)
    return pieces


def _hb_font(font: Any, hb: Any) -> Any:
    got = getattr(font, "_hb_font", None)
    if got is None:
        got = font._hb_font = hb.Font(hb.Face(hb.Blob(font.face._ttf_data)))
    return got


def _char_of(font: Any, glyph: int, original: str) -> str:
    """A character that maps to ``glyph`` in ``font``: the original when it does, else one of the font's (a
    presentation form), else a private-use code added to the font's map for it."""
    face = font.face
    if original and face.charToGlyph.get(ord(original)) == glyph:
        return original
    codes = face.glyphToChar.get(glyph)
    if codes:
        return chr(codes[0])
    code = 0xE000
    while code in face.charToGlyph:
        code += 1
    face.charToGlyph[code] = glyph
    face.glyphToChar[glyph] = [code]
    face.charWidths[code] = face._pdfScale(face.hmetrics[glyph][0])  # its advance, in thousandths of an em
    return chr(code)


def missing_characters(texts: Iterable[str]) -> dict[str, int]:
    """Characters in ``texts`` that no bundled font can show, with how often each occurs."""
    cover = _covered_chars()
    missing: dict[str, int] = {}
    for t in texts:
        if not t or cover.issuperset(t):
            continue
        extra = _fallbacks()
        for ch in set(t) - cover:
            if ch not in extra:
                missing[ch] = missing.get(ch, 0) + t.count(ch)
    return missing
