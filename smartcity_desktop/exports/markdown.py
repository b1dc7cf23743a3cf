# SPDX-License-Identifier: GPL-3.0-or-later
"""A small Markdown reader for chapter text: headings, paragraphs, emphasis, code, lists and pipe tables."""

from __future__ import annotations

import re

from smartcity_desktop.exports.tree import Block, BulletList, Heading, ListItem, Paragraph, Run, Table

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)\d{1,9}[.)]\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MARKS = re.compile(r"[\\`*_]")
MAX_HEADING_DEPTH = 3


def parse_inline(text: str) -> list[Run]:
    """Runs of ``text`` with **bold**, *italic*, __bold__, _italic_ and `code`; unmatched marks stay literal."""
    if not _MARKS.search(text):  # most text has no marks at all
        return [Run(text)] if text else []
    runs: list[Run] = []
    _inline(text, False, False, runs)
    merged: list[Run] = []
    for r in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].code) == (r.bold, r.italic, r.code):
            merged[-1] = Run(merged[-1].text + r.text, r.bold, r.italic, r.code)
        elif r.text:
            merged.append(r)
    return merged


def _inline(text: str, bold: bool, italic: bool, out: list[Run]) -> None:
    i = 0
    buf: list[str] = []
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "\\`*_#|-+.!()[]{}":
            buf.append(text[i + 1])
            i += 2
            continue
        if ch == "`":
            end = text.find("`", i + 1)
            if end > i + 1:
                out.append(Run("".join(buf), bold, italic))
                buf = []
                out.append(Run(text[i + 1 : end], bold, italic, code=True))
                i = end + 1
                continue
        if ch in "*_" and text.startswith(ch * 3, i):
            end = _closing(text, i, ch * 3)
            if end > 0:
                out.append(Run("".join(buf), bold, italic))
                buf = []
                _inline(text[i + 3 : end], True, True, out)
                i = end + 3
                continue
        if ch in "*_":
            double = text.startswith(ch * 2, i)
            mark = ch * 2 if double else ch
            end = _closing(text, i, mark)
            if end > 0:
                out.append(Run("".join(buf), bold, italic))
                buf = []
                inner = text[i + len(mark) : end]
                _inline(inner, bold or double, italic or not double, out)
                i = end + len(mark)
                continue
        buf.append(ch)
        i += 1
    out.append(Run("".join(buf), bold, italic))


def _closing(text: str, start: int, mark: str) -> int:
    """Index of the mark closing the one at ``start``, or -1 when it is not an emphasis mark."""
    after = start + len(mark)
    if after >= len(text) or text[after].isspace():
        return -1
    if mark[0] == "_" and start > 0 and text[start - 1].isalnum():
        return -1  # snake_case words are not emphasis
    pos = after + 1
    while True:
        end = text.find(mark, pos)
        if end < 0:
            return -1
        if len(mark) == 1 and text.startswith(mark * 2, end):
            nxt = text.find(mark * 2, end + 2)  # skip a nested **bold** inside *italic*
            if nxt > 0:
                pos = nxt + 2
                continue
        if not text[end - 1].isspace():
            if mark[0] == "_" and end + len(mark) < len(text) and text[end + len(mark)].isalnum():
                pos = end + 1
                continue
            return end
        pos = end + 1


def _cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells, buf, i = [], [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] == "|":
            buf.append("|")
            i += 2
            continue
        if s[i] == "|":
            cells.append("".join(buf).strip())
            buf = []
        else:
            buf.append(s[i])
        i += 1
    cells.append("".join(buf).strip())
    return cells


def _is_table_start(lines: list[str], i: int) -> bool:
    return (
        i + 1 < len(lines)
        and "|" in lines[i]
        and bool(_TABLE_SEP.match(lines[i + 1]))
        and "-" in lines[i + 1]
        and ("|" in lines[i + 1] or lines[i].count("|") >= 1)
    )


def parse(text: str | None, heading_base: int = 2) -> list[Block]:
    """Blocks of Markdown ``text``; ``#`` headings become level ``heading_base`` (capped at 4), and so on."""
    if not text:
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    blocks: list[Block] = []
    para: list[str] = []
    i = 0

    def flush() -> None:
        if para:
            joined = " ".join(s.strip() for s in para)
            if joined:
                blocks.append(Paragraph(parse_inline(joined)))
            para.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip() or _RULE.match(line):
            flush()
            i += 1
            continue
        m = _HEADING.match(line)
        if m:
            flush()
            depth = min(len(m.group(1)), MAX_HEADING_DEPTH)
            blocks.append(Heading(min(heading_base + depth - 1, 4), m.group(2).strip(), bookmark=False, toc=False))
            i += 1
            continue
        if _is_table_start(lines, i):
            flush()
            header = _cells(line)
            i += 2
            body: list[list[str | list[Run]]] = []
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                cells = _cells(lines[i])[: len(header)]
                cells += [""] * (len(header) - len(cells))
                body.append([parse_inline(c) for c in cells])
                i += 1
            numeric = {c for c in range(len(header)) if body and all(_numberish(r[c]) for r in body)}
            blocks.append(Table(header=header, rows=body, numeric=numeric))
            continue
        lm = _BULLET.match(line) or _NUMBERED.match(line)
        if lm and not (para and line.startswith(" ")):
            flush()
            ordered = bool(_NUMBERED.match(line))
            items: list[ListItem] = []
            while i < len(lines):
                cur = lines[i]
                im = _BULLET.match(cur) or _NUMBERED.match(cur)
                if im and im.group(1) == "" and bool(_NUMBERED.match(cur)) != ordered:
                    break  # a bullet list followed by a numbered one (or the reverse)
                if im:
                    level = min(len(im.group(1)) // 2, 3)
                    items.append(ListItem(parse_inline(im.group(2).strip()), level))
                elif cur.strip() and cur.startswith(" ") and items:  # continuation of the item
                    last = items[-1]
                    items[-1] = ListItem(parse_inline(plain_md(last) + " " + cur.strip()), last.level)
                else:
                    break
                i += 1
            blocks.append(BulletList(items, ordered=ordered))
            continue
        if line.lstrip().startswith(">"):
            flush()
            quote = []
            while i < len(lines) and lines[i].lstrip().startswith(">"):
                quote.append(lines[i].lstrip()[1:].strip())
                i += 1
            blocks.append(Paragraph(parse_inline(" ".join(quote)), "quote"))
            continue
        para.append(line)
        i += 1
    flush()
    return blocks


def plain_md(item: ListItem) -> str:
    """Markdown-ish text of a list item's runs (to re-parse a continued item)."""
    parts = []
    for r in item.runs:
        t = r.text
        if r.code:
            t = f"`{t}`"
        if r.italic:
            t = f"*{t}*"
        if r.bold:
            t = f"**{t}**"
        parts.append(t)
    return "".join(parts)


def _numberish(cell: str | list[Run]) -> bool:
    text = cell if isinstance(cell, str) else "".join(r.text for r in cell)
    text = text.strip().replace("Rp", "").replace("%", "").strip()
    return bool(text) and bool(re.fullmatch(r"[-+]?[\d.,]+", text))
