# SPDX-License-Identifier: GPL-3.0-or-later
"""Tree tables as GridTables (pdf_grid): repeated header, long rows continued, group and total rows, zebra bands;
plain cells broken into lines here, as a Paragraph would break them."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from smartcity_desktop.exports import pdf_styles as ps
from smartcity_desktop.exports.fonts import covers
from smartcity_desktop.exports.pdf_flowables import paragraph
from smartcity_desktop.exports.pdf_grid import FontLines
from smartcity_desktop.exports.tree import Run, Table

PADDING_X = 8.0  # left plus right cell padding
PADDING_Y = 5.5  # top plus bottom cell padding
# A row taller than this is continued in further rows (a row is never split over two pages by reportlab: a cell
# taller than the page would abort the whole export). Fits a landscape frame with a repeated header.
ROW_MAX = 300.0
HEADER_MAX = 120.0  # a header taller than this is not repeated on each page
# Text a Paragraph would break or show otherwise than at single spaces (other white space, soft hyphens); a
# no-break space joins like a letter.
_UNSIMPLE = re.compile(r"  |[^\S \xa0]|[\u200b\xad]")
# "Rp 1.250.000" is one word: the amount never starts on another line than its "Rp"
_RP_SPACE = re.compile(r"\bRp (?=[-+]?\d)")
AMOUNT = re.compile(r"(Rp\xa0)?[-+]?\d[\d.,]*%?")
_AMOUNT_START = frozenset("R+-0123456789")  # what an AMOUNT starts with
HYPHEN = "-"


MAX_REMEMBERED = 200_000  # widths (per font and size) and cell line breaks remembered
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def widths_of(font: str, size: float) -> dict[str, float]:
    """The remembered widths of texts in ``font`` at ``size`` (filled by ``text_width``)."""
    got = _WIDTHS.get((font, size))
    if got is None or len(got) > MAX_REMEMBERED:
        got = _WIDTHS[(font, size)] = {}
    return got


def text_width(text: str, font: str, size: float) -> float:
    """``stringWidth``, remembered: table cells measure the same words over and over."""
    known = widths_of(font, size)
    w = known.get(text)
    if w is None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        w = known[text] = stringWidth(text, font, size)
    return w


def joined_amounts(text: str) -> str:
    """``text`` with a no-break space between "Rp" and its amount."""
    return _RP_SPACE.sub("Rp\xa0", text) if "Rp " in text else text


@cache
def _hyphenator() -> Any:
    try:
        import pyphen
    except ImportError:  # pragma: no cover - a dependency; without it words are cut at letters, with a hyphen
        return None
    return pyphen.Pyphen(lang="id_ID")


def break_points(word: str) -> list[tuple[int, bool]]:
    """Where ``word`` may be broken: (position, hyphen needed) at Indonesian hyphenation points (pyphen id_ID) of
    its letter stretches, and after a '/' or '-' in it (no hyphen added)."""
    points: dict[int, bool] = {}
    hy = _hyphenator()
    for m in re.finditer(r"[^\W\d_]{4,}", word):
        if hy is not None:
            for pos in hy.positions(m.group(0)):
                points[m.start() + pos] = True
    for m in re.finditer(r"[/-]", word):
        if 0 < m.end() < len(word):
            points[m.end()] = False
    return sorted(points.items())


def split_word(word: str, font: str, size: float, width: float) -> list[str]:
    """``word`` (wider than ``width``) as pieces that each fit: cut at break points, a hyphen after a cut inside a
    word; where no break point fits, cut at the last letter that fits, with a hyphen."""
    return [piece + (HYPHEN if added else "") for piece, added in _cuts(word, font, size, width)]


def _cuts(word: str, font: str, size: float, width: float) -> list[tuple[str, bool]]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces: list[tuple[str, bool]] = []
    rest = word
    while stringWidth(rest, font, size) > width and len(rest) > 1:
        best, added = 0, False
        for pos, hyphen in break_points(rest):
            if stringWidth(rest[:pos] + (HYPHEN if hyphen else ""), font, size) <= width:
                best, added = pos, hyphen
        if not best:
            best = 1
            while best + 1 < len(rest) and stringWidth(rest[: best + 1] + HYPHEN, font, size) <= width:
                best += 1
            added = rest[best - 1] not in "/-"
        pieces.append((rest[:best], added))
        rest = rest[best:]
    return [*pieces, (rest, False)]


def soft_hyphenated(text: str, font: str, size: float, width: float) -> str:
    """``text`` with soft hyphens where its words wider than ``width`` may break (for a Paragraph, which shows a
    hyphen where it breaks at one) and a zero-width space after a '/' or '-' cut in them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        if stringWidth(word, font, size) > width and not AMOUNT.fullmatch(word):
            words[i] = "".join(p + ("\xad" if added else "\u200b") for p, added in _cuts(word, font, size, width))
            words[i] = words[i].removesuffix("\u200b")
    return " ".join(words)


def break_lines(text: str, style: Any, width: float, hyphenate: bool = False) -> list[str] | None:
    """``text`` broken into lines exactly as reportlab's Paragraph breaks it (line breaks kept) at ``width``.

    None when the Paragraph would do more than break at single spaces: other white space, soft hyphens, a word
    wider than the line (it would be split; with ``hyphenate`` such a word is broken at its hyphenation points, with
    a hyphen, where a Paragraph would cut it anywhere), a line fitted by squeezing its spaces, hyphenation.
    """
    if _UNSIMPLE.search(text.replace("\n", " ")) or "\n " in text or " \n" in text:
        return None
    if style.hyphenationLang or style.embeddedHyphenation or style.uriWasteReduce:
        return None
    if "\n" not in text:
        return _break(text.strip(" "), style, width, hyphenate)
    parts = text.split("\n")
    if not parts[-1]:
        parts.pop()  # a final line break adds no line
    lines: list[str] = []
    for part in parts:
        got = _break(part, style, width, hyphenate)
        if got is None:
            return None
        lines += got
    return lines


def _break(text: str, style: Any, width: float, hyphenate: bool = False) -> list[str] | None:
    if not text:
        return [""]
    font, size = style.fontName, style.fontSize
    known = widths_of(font, size)
    space = text_width(" ", font, size)
    shrink = style.spaceShrinkage * space  # a line may overrun by this much per word on it
    lines: list[str] = []
    line: list[str] = []
    current = -space
    for word in text.split(" "):
        word_w = known.get(word)
        if word_w is None:
            word_w = text_width(word, font, size)
        if word_w > width:  # broken at its hyphenation points, with a hyphen, on lines of its own
            if not hyphenate:
                return None
            if line:
                lines.append(" ".join(line))
            *full, word = split_word(word, font, size, width)
            lines += full
            line, current = [word], text_width(word, font, size)
            continue
        new = current + space + word_w
        if new <= width or not line:
            line.append(word)
            current = new
        elif new <= width + shrink * len(line):
            return None  # the Paragraph would squeeze the spaces of this line to fit it
        else:
            lines.append(" ".join(line))
            line = [word]
            current = word_w
    lines.append(" ".join(line))
    return lines


def _height(value: Any, width: float, leading: float) -> float:
    """The height of a prepared cell (text broken into lines, or a Paragraph) in a column ``width`` wide."""
    if isinstance(value, str):
        return (value.count("\n") + 1) * leading + PADDING_Y if value else 0.0
    if isinstance(value, FontLines):
        return len(value) * leading + PADDING_Y if value else 0.0
    return float(value.wrap(width - PADDING_X, 1e9)[1]) + PADDING_Y


def _pieces(value: Any, width: float, leading: float, limit: float) -> list[Any]:
    """A prepared cell cut into parts each at most ``limit`` high (lines kept whole)."""
    if _height(value, width, leading) <= limit:
        return [value]
    n = max(1, int((limit - PADDING_Y) // leading))
    if isinstance(value, str):
        lines = value.split("\n")
        return ["\n".join(lines[i : i + n]) for i in range(0, len(lines), n)]
    if isinstance(value, FontLines):
        return [FontLines(value[i : i + n]) for i in range(0, len(value), n)]
    out: list[Any] = []
    rest = value
    while _height(rest, width, leading) > limit:
        got = rest.split(width - PADDING_X, limit - PADDING_Y)
        if len(got) < 2:
            break  # nothing to cut at (one line taller than the limit): reportlab shrinks or reports it
        out.append(got[0])
        rest = got[1]
    out.append(rest)
    return out


def split_row(cells: list[Any], widths: list[float], leading: float, limit: float = ROW_MAX) -> list[list[Any]]:
    """One table row as one or more rows, none taller than ``limit``: long cells continue in the next rows."""
    one_line = leading + PADDING_Y <= limit
    for c, w in zip(cells, widths, strict=False):
        if c.__class__ is str:
            if not (one_line if "\n" not in c else (c.count("\n") + 1) * leading + PADDING_Y <= limit):
                break
        elif _height(c, w, leading) > limit:
            break
    else:
        return [cells]
    parts = [_pieces(c, w, leading, limit) for c, w in zip(cells, widths, strict=False)]
    count = max(len(p) for p in parts)
    return [[p[k] if k < len(p) else "" for p in parts] for k in range(count)]


WORD_SHARE = 0.4  # a word of a text column may claim at most this share of the table's width
MIN_COLUMN = PADDING_X + 8.0
MEASURED_ROWS = 3000  # rows measured for the widest word of each column


def _widths(t: Table, ncols: int, width: float, font: str = "", size: float = 0.0) -> list[float]:
    """Column widths: the table's weights, widened where a column's longest word (a number, an amount, a code)
    would not fit on one line, taken from columns with room to spare."""
    weights = list(t.col_widths or [])[:ncols]
    weights += [1.0] * (ncols - len(weights))
    total = sum(weights) or 1.0
    widths = [width * w / total for w in weights]
    if not font:
        return widths
    need, amounts = _longest_words(t, ncols, font, size)
    floor = [max(MIN_COLUMN, a) for a in amounts]  # an amount is never broken: its column is never narrower
    for c in range(ncols):
        need[c] = max(floor[c], need[c] if c in t.numeric else min(need[c], width * WORD_SHARE))
    if sum(floor) >= width:
        return widths
    if sum(need) > width:  # cannot all fit: each column gets its share of what the words ask beyond its floor
        scale = (width - sum(floor)) / (sum(need) - sum(floor))
        need = [f + (n - f) * scale for n, f in zip(need, floor, strict=True)]
    for _round in range(ncols):
        short = [c for c in range(ncols) if widths[c] < need[c] - 0.01]
        if not short:
            break
        gain = sum(need[c] - widths[c] for c in short)
        for c in short:
            widths[c] = need[c]
        spare = {c: widths[c] - need[c] for c in range(ncols) if c not in short and widths[c] > need[c]}
        room = sum(spare.values())
        if room <= 0:
            break
        take = min(1.0, gain / room)
        for c, v in spare.items():
            widths[c] -= v * take
    scale = width / (sum(widths) or 1.0)
    return [w * scale for w in widths]


def _longest_words(t: Table, ncols: int, font: str, size: float) -> tuple[list[float], list[float]]:
    """Per column: the width its longest word asks, and the width its longest amount asks."""

    need = [0.0] * ncols
    amounts = [0.0] * ncols
    texts: list[set[str]] = [set() for _ in range(ncols)]  # each column's cell texts, each once
    known = widths_of(font, size)
    rows: list[list[Any]] = [list(t.header)] if t.style != "keyvalue" else []
    rows += t.rows[:MEASURED_ROWS]
    groups = t.group_rows
    shift = 1 if t.style != "keyvalue" else 0
    for i, row in enumerate(rows):
        if i - shift in groups:
            continue
        for c, value in enumerate(row[:ncols]):
            if value:
                texts[c].add(value if isinstance(value, str) else "".join(r.text for r in value))
    for c, cells in enumerate(texts):
        words: set[str] = set()
        for text in cells:  # a no-break space joins: "Rp\xa01.000"
            words.update(joined_amounts(text).replace("\n", " ").split(" "))
        for word in words:
            w = known.get(word)
            if w is None:
                w = text_width(word, font, size)
            w += PADDING_X + 0.5
            if w > need[c]:
                need[c] = w
            if word[:1] in _AMOUNT_START and w > amounts[c] and AMOUNT.fullmatch(word):
                amounts[c] = w
    return need, amounts


# A long table is laid out as consecutive tables of this many rows, each with the header: reportlab lays out the
# whole rest of a table again at each page it continues on (time and memory grew with the square of the rows).
CHUNK_ROWS = 200


def table_flowables(t: Table, width: float, styles: dict[str, Any]) -> list[Any]:
    """``t`` as one reportlab Table, or a long one as tables of CHUNK_ROWS rows (header repeated, the same column
    widths, zebra bands continuing)."""
    import dataclasses

    if len(t.rows) <= CHUNK_ROWS:
        return [table_flowable(t, width, styles)]
    ncols = max([len(t.header)] + [len(r) for r in t.rows] + [1])
    size = t.font_size or styles["cell"].fontSize
    widths = _widths(t, ncols, width, styles["h2"].fontName, size)
    out = []
    for start in range(0, len(t.rows), CHUNK_ROWS):
        stop = start + CHUNK_ROWS

        def within(rows: set[int], start: int = start, stop: int = stop) -> set[int]:
            return {i - start for i in rows if start <= i < stop}

        part = dataclasses.replace(
            t,
            rows=t.rows[start:stop],
            group_rows=within(t.group_rows),
            total_rows=within(t.total_rows),
            caption="",
        )
        out.append(table_flowable(part, width, styles, widths))
    return out


def table_flowable(t: Table, width: float, styles: dict[str, Any], widths: list[float] | None = None) -> Any:
    """A GridTable for ``t`` spanning ``width`` points (columns ``widths`` wide when given)."""
    import dataclasses

    from reportlab.lib.styles import ParagraphStyle

    from smartcity_desktop.exports.pdf_grid import GridTable, Look, Row, Rules

    ncols = max([len(t.header)] + [len(r) for r in t.rows] + [1])
    size = t.font_size or styles["cell"].fontSize
    cell = ps.sized(styles["cell"], size)
    head = ps.sized(styles["cell_head"], size)
    right = ParagraphStyle(cell.name + "_r", parent=cell, alignment=2)
    bold = ParagraphStyle(cell.name + "_b", parent=cell, fontName=styles["h2"].fontName)
    bold_right = ParagraphStyle(cell.name + "_br", parent=bold, alignment=2)
    head_right = ParagraphStyle(head.name + "_r", parent=head, alignment=2)

    widths = widths or _widths(t, ncols, width, bold.fontName, size)
    para_or_text = _cell_maker(widths, bold.fontName)

    color = ps.color
    numeric = t.numeric
    aligns = tuple("RIGHT" if c in numeric else "LEFT" for c in range(ncols))
    left = 0.0 if t.style == "plain" else 4.0
    keyvalue = t.style == "keyvalue"

    def look(font: str, leading: float, text_color: Any, valign: str = "TOP", pad: float | None = None) -> Look:
        fonts = (bold.fontName if keyvalue else font,) + (font,) * (ncols - 1)
        leadings = (bold.leading if keyvalue else leading,) + (leading,) * (ncols - 1)
        top, bottom = (2.5, 3.0) if pad is None else (pad, pad)
        return Look(fonts, size, leadings, text_color, aligns, valign, left, 4.0, top, bottom)

    # a fixed row height (paper forms): at least this tall (a one-line row), taller when its text needs more lines
    pad = max(2.5, (t.row_height * ps.MM - cell.leading) / 2) if t.row_height else None
    valign = "MIDDLE" if t.row_height else "TOP"
    body = look(cell.fontName, cell.leading, cell.textColor, valign, pad)
    strong = look(bold.fontName, bold.leading, cell.textColor, valign, pad)
    key_bg = ((0, 0, color("group")),) if keyvalue else ()

    rows: list[Row] = []
    repeat = 0
    if t.header and t.style not in ("keyvalue", "plain"):
        split_header = t.split_last and ncols > 2
        got = split_row(
            [
                para_or_text(h, head_right if c in numeric else head, c, 2 if t.split_last and c == ncols - 2 else 1)
                for c, h in enumerate(_pad(t.header, ncols))
            ],
            widths,
            head.leading,
            HEADER_MAX,
        )
        head_aligns = (*aligns[:-2], "CENTER", "CENTER") if split_header else aligns
        # a header cut in parts is not repeated on each page (and takes the body rows' fixed-height paddings)
        head_pad = pad if len(got) > 1 else None
        head_look = look(head.fontName, head.leading, head.textColor, "MIDDLE", head_pad)
        head_look = dataclasses.replace(head_look, aligns=head_aligns)
        accent = ((0, ncols - 1, color("accent")),)
        rows += [Row(cells, head_look, accent + key_bg, span_last=split_header) for cells in got]
        repeat = len(got) if len(got) == 1 else 0
    group_look = dataclasses.replace(strong, aligns=("LEFT",) * ncols)
    band = ((0, ncols - 1, color("band")),)
    for i, row in enumerate(t.rows):
        if i in t.group_rows:
            group = para_or_text(row[0] if row else "", bold, 0, ncols)
            got = split_row([group], [sum(widths)], bold.leading)
            bg = ((0, ncols - 1, color("group")), *key_bg)
            rows += [Row(g + [""] * (ncols - 1), group_look, bg, span=True) for g in got]
            continue
        is_total = i in t.total_rows
        cells = []
        for c, value in enumerate(_pad(row, ncols)):
            num = c in numeric
            if keyvalue and c == 0:
                style = bold
            elif is_total:
                style = bold_right if num else bold
            else:
                style = right if num else cell
            cells.append(para_or_text(value, style, c))
        got = split_row(cells, widths, cell.leading)
        if is_total:
            bg = ((0, ncols - 1, color("accent_light" if t.style == "swot" else "total")),)
        elif t.style not in ("keyvalue", "swot", "plain") and i % 2 == 1 and not t.row_height:
            bg = band
        else:
            bg = ()
        join = None
        if len(got) > 1 and t.style not in ("keyvalue", "swot"):  # one row continued: no rule between its parts
            join = color("band" if i % 2 == 1 and not is_total else ("total" if is_total else "#FFFFFF"))
        rule = is_total and t.style != "swot"
        for k, g in enumerate(got):
            more = k < len(got) - 1
            rows.append(
                Row(
                    g, strong if is_total else body, bg + key_bg, rule_above=rule and not k, join=join if more else None
                )
            )
    if not rows:
        rows = [Row([""] * ncols, body, key_bg)]
    if keyvalue:
        kind = "keyvalue"
    elif t.style == "plain":
        kind = "none"
    else:
        kind = "split" if t.split_last and ncols > 2 else "grid"
    rules = Rules(kind, color("grid"), color("accent"))
    return GridTable(rows, widths, rules, repeat)


def _cell_maker(widths: list[float], widest: str) -> Any:
    """A function making a cell's content: plain text as a string broken into lines as a Paragraph would break it
    (drawn without one: much faster); anything else as a Paragraph."""
    made: dict[tuple[str, str, float, float], str | None] = {}  # cell text, font, size, room -> its lines
    styles: dict[tuple[int, bool, bool], Any] = {}

    def styled(style: Any, bold: bool, italic: bool) -> Any:
        """``style`` with its font made bold and/or italic, as markup makes it."""
        key = (id(style), bold, italic)
        got = styles.get(key)
        if got is None:
            from reportlab.lib.fonts import ps2tt, tt2ps
            from reportlab.lib.styles import ParagraphStyle

            family, b, i = ps2tt(style.fontName)
            font = tt2ps(family, b or bold, i or italic)
            got = styles[key] = style if font == style.fontName else ParagraphStyle("", parent=style, fontName=font)
        return got

    def para_or_text(value: Any, style: Any, col: int, span: int = 1) -> Any:
        if not value:
            return ""
        room = sum(widths[col : col + span]) - PADDING_X if span > 1 else widths[col] - PADDING_X
        if isinstance(value, str):
            key = (value, style.fontName, style.fontSize, room)
            got = made.get(key, made)
            if got is made:
                text = joined_amounts(value)
                got = made[key] = _plain(text, style, room) if covers(text) else None
            if got is not None:
                return got
            runs = [Run(joined_amounts(value))]
        else:
            runs = [Run(joined_amounts(r.text), r.bold, r.italic, r.code) for r in value]
            if not runs:
                return ""
            if all(covers(r.text) for r in runs):
                if all(not (r.bold or r.italic or r.code) for r in runs):
                    got = _plain("".join(r.text for r in runs), style, room)
                else:
                    got = _font_lines(runs, style, room, styled)
                if got is not None:
                    return got
        runs = [Run(soft_hyphenated(r.text, widest, style.fontSize, room), r.bold, r.italic, r.code) for r in runs]
        return paragraph(runs, style)

    return para_or_text


def _font_lines(runs: list[Run], style: Any, room: float, styled: Any) -> Any:
    """Runs of emphasis that change only at line breaks (a label, then an italic note on the next lines) as
    FontLines broken as a Paragraph would break them; None when emphasis changes within a line, for code runs
    (another colour) and for anything a Paragraph would not break at single spaces."""
    text = "".join(r.text for r in runs)
    if any(r.code for r in runs) or _UNSIMPLE.search(text.replace("\n", " ")) or "\n " in text or " \n" in text:
        return None
    if style.hyphenationLang or style.embeddedHyphenation or style.uriWasteReduce:
        return None
    segments: list[list[Run]] = [[]]
    for r in runs:
        for k, part in enumerate(r.text.split("\n")):
            if k:
                segments.append([])
            if part:
                segments[-1].append(Run(part, r.bold, r.italic))
    if not segments[-1] and "\n" in text:
        segments.pop()  # a final line break adds no line
    lines: list[tuple[str, str]] = []
    for segment in segments:
        looks = {(r.bold, r.italic) for r in segment}
        if len(looks) > 1:
            return None
        bold, italic = looks.pop() if looks else (False, False)
        st = styled(style, bold, italic)
        part = "".join(r.text for r in segment)
        got = _break(part.strip(" ") if len(segments) == 1 else part, st, room, True)
        if got is None:
            return None
        lines += [(line, st.fontName) for line in got]
    return FontLines(lines)


def _plain(text: str, style: Any, room: float) -> str | None:
    """Plain ``text`` broken into lines (joined by line breaks) as a Paragraph ``room`` wide would break it, or
    None when only a Paragraph can set it."""
    if not _UNSIMPLE.search(text):
        font, size = style.fontName, style.fontSize
        width = widths_of(font, size).get(text)
        if width is None:
            width = text_width(text, font, size)
        if width <= room:
            return text.strip(" ")
    lines = break_lines(text, style, room, hyphenate=True)
    return None if lines is None else "\n".join(lines)


def _pad(row: list[Any], n: int) -> list[Any]:
    return list(row[:n]) + [""] * (n - len(row))
