# SPDX-License-Identifier: GPL-3.0-or-later
"""Chapter text as people write it: CommonMark plus GFM pipe tables, read by markdown-it-py, as the blocks and runs
of the document tree that every writer prints.

What each construct becomes: headings -> ``Heading`` (``#`` at ``heading_base``, deeper ones one level down each,
at most three); paragraphs -> ``Paragraph``; bulleted and numbered lists, nested, numbered from the number typed
-> one ``BulletList`` whose items carry their depth; block quotes -> paragraphs (and lists) in the quote style;
indented and fenced code -> a paragraph of code runs keeping its lines; hard line breaks -> ``"\\n"`` in a run;
links -> their text followed by the address in brackets; images -> their alternative text; HTML and entities
-> printed as typed (never interpreted); thematic breaks -> nothing. User text is never markup for the writers.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from smartcity_desktop.exports.tree import Block, BulletList, Heading, ListItem, Paragraph, Run, Table, plain

MAX_HEADING_DEPTH = 3
MAX_LIST_LEVEL = 3
_MARKS = re.compile(r"[\\`*_\[\]<>&!\n]")


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    # "commonmark" with raw HTML off and entities not decoded: a tag or "&amp;" a user types is printed as typed
    return MarkdownIt("commonmark", {"html": False}).enable("table").disable("entity")


def parse_inline(text: str) -> list[Run]:
    """Runs of one line of inline Markdown: emphasis, code, links, escapes; unmatched marks stay literal."""
    if not text:
        return []
    if not _MARKS.search(text):  # most text has no marks at all
        return [Run(text)]
    tokens = _parser().parseInline(text)
    return _runs(tokens[0].children or []) if tokens else [Run(text)]


def parse(text: str | None, heading_base: int = 2) -> list[Block]:
    """Blocks of Markdown ``text``; ``#`` headings become level ``heading_base`` (capped at 4), and so on."""
    if not text or not text.strip():
        return []
    builder = _Builder(heading_base)
    if _FAST_NEVER.search(text):
        builder.blocks_of(_tree(_parser().parse(text)), quote=False)
        return builder.out
    rest: list[str] = []  # blocks for markdown-it, kept until a plain block comes
    blocks = _BLANK.split(text)
    for k, block in enumerate(blocks):
        lines = block.strip("\n").split("\n")
        kind = _plain_block(lines)
        if kind and (kind == "text" or _list_ends(kind, blocks[k - 1] if k else "", blocks[k + 1 : k + 2])):
            if rest:
                builder.blocks_of(_tree(_parser().parse("\n\n".join(rest))), quote=False)
                rest = []
            builder.plain_block(lines)
        elif block.strip(" \t\n"):
            rest.append(block)
    if rest:
        builder.blocks_of(_tree(_parser().parse("\n\n".join(rest))), quote=False)
    return builder.out


# The fast path: most chapter text is paragraphs, bulleted lines and headings of plain words. A block (lines
# between blank lines) of only those is read here, as markdown-it reads it; any other block goes to markdown-it
# with its neighbours. Never for a text with a fence (its lines may hold blank lines), a link reference definition
# (it serves links anywhere in the text), tabs, CR or NUL.
_FAST_NEVER = re.compile(r"```|~~~|\]:|[\t\r\0]")
_BLANK = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n|\n[ \t]*\n")
_NOT_PLAIN = re.compile(r"[\\`*_\[\]<>&!|#]")  # inline marks, table cells, closing heading marks
_STARTS_BLOCK = re.compile(r"[-+=~:>#]|\d{1,9}[.)](?:\s|$)")
_HEADING = re.compile(r"(#{1,6}) (.*)")
_NUMBERED = re.compile(r"(\d{1,9})([.)]) (.*)")
_LIST_LINE = re.compile(r"^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)", re.MULTILINE)


def _plain_line(line: str) -> bool:
    """A line of words only: it cannot start a block or hold inline markup; no space at either end."""
    return bool(line) and not (
        line[0].isspace() or line[-1].isspace() or _NOT_PLAIN.search(line) or _STARTS_BLOCK.match(line)
    )


def _plain_block(lines: list[str]) -> str:
    """What the block is when it is one heading and/or plain lines ("text"), one heading and/or bulleted plain lines
    ("bullets"), or one heading and/or numbered plain lines of one delimiter ("numbers"); else ""."""
    first = _HEADING.fullmatch(lines[0])
    body = lines[1:] if first else lines
    if first and not _plain_line(first.group(2)):
        return ""
    if not body:
        return "text" if first is not None else ""
    if body[0].startswith("- "):
        return "bullets" if all(ln.startswith("- ") and _plain_line(ln[2:]) for ln in body) else ""
    number = _NUMBERED.fullmatch(body[0])
    if number:
        delimiter = number.group(2)
        for ln in body:
            got = _NUMBERED.fullmatch(ln)
            if not (got and got.group(2) == delimiter and _plain_line(got.group(3))):
                return ""
        return "numbers"
    return "text" if all(_plain_line(ln) for ln in body) else ""


def _list_ends(kind: str, before: str, after: list[str]) -> bool:
    """Whether a list block read on its own reads as in the whole text: no indented block follows (it would
    continue the last item), and for a numbered list, no list is in the block before or starts the block after, nor is
    the block before indented (markdown-it would continue one list over them, numbering on from its first number)."""
    if after and after[0][:1].isspace():
        return False
    if kind == "bullets":
        return True
    return not (before[:1].isspace() or _LIST_LINE.search(before) or (after and _LIST_LINE.match(after[0])))


class _Node:
    """A node of markdown-it's token stream nested as a tree (as markdown_it.tree.SyntaxTreeNode, without the
    links to the parent: no reference cycles, so the nodes are freed at once while the export pauses gc)."""

    __slots__ = ("attrs", "children", "content", "tag", "token", "type")

    def __init__(self, token: Any, kind: str) -> None:
        self.token = token
        self.type = kind
        self.tag = token.tag
        self.attrs = token.attrs
        self.content = token.content
        self.children: list[_Node] = []


def _tree(tokens: list[Any]) -> list[_Node]:
    """The top-level nodes of ``tokens``: an ``x_open`` token and its ``x_close`` become one node ``x``."""
    top: list[_Node] = []
    stack: list[list[_Node]] = [top]
    for tok in tokens:
        if tok.nesting == 1:
            node = _Node(tok, tok.type.removesuffix("_open"))
            stack[-1].append(node)
            stack.append(node.children)
        elif tok.nesting == -1:
            stack.pop()
        else:
            stack[-1].append(_Node(tok, tok.type))
    return top


class _Builder:
    def __init__(self, heading_base: int) -> None:
        self.heading_base = heading_base
        self.out: list[Block] = []
        self.open_list: BulletList | None = None  # the list that items go to until another block comes

    def emit(self, block: Block) -> None:
        self.open_list = None
        self.out.append(block)

    def heading(self, depth: int, text: str) -> None:
        level = min(self.heading_base + min(depth, MAX_HEADING_DEPTH) - 1, 4)
        self.emit(Heading(level, text.strip(), bookmark=False, toc=False))

    def plain_block(self, lines: list[str]) -> None:
        """A block that _plain_block accepted: as markdown-it's tokens of it would be built."""
        first = _HEADING.fullmatch(lines[0])
        if first:
            self.heading(len(first.group(1)), first.group(2))
            lines = lines[1:]
        if not lines:
            return
        if lines[0].startswith("- "):
            for line in lines:
                self.item(ListItem([Run(line[2:])], 0), False, 1)
        elif number := _NUMBERED.fullmatch(lines[0]):
            start = int(number.group(1))  # markdown-it numbers the items on from the first, whatever is typed
            for n, line in enumerate(lines):
                self.item(ListItem([Run(line.split(" ", 1)[1])], 0), True, start + n)
        else:
            self.emit(Paragraph([Run(" ".join(lines))], "body"))

    def blocks_of(self, nodes: list[Any], quote: bool) -> None:
        style = "quote" if quote else "body"
        for node in nodes:
            kind = node.type
            if kind == "heading":
                self.heading(int(node.tag[1:]), plain(_inline(node)))
            elif kind == "paragraph":
                runs = _inline(node)
                if runs:
                    self.emit(Paragraph(runs, style))
            elif kind in ("bullet_list", "ordered_list"):
                self.list_of(node, 0, quote)
            elif kind == "blockquote":
                self.blocks_of(node.children, quote=True)
            elif kind in ("fence", "code_block"):
                code = node.content.rstrip("\n")
                if code:
                    self.emit(Paragraph([Run(code, code=True)], style))
            elif kind == "table":
                self.emit(_table(node))
            elif kind == "html_block":  # only with html on; kept for safety: printed as typed
                self.emit(Paragraph([Run(node.content.rstrip("\n"))], style))
            # hr: nothing

    def list_of(self, node: Any, level: int, quote: bool) -> None:
        ordered = node.type == "ordered_list"
        start = int(node.attrs.get("start", 1)) if ordered else 1
        for n, li in enumerate(node.children):
            runs: list[Run] = []
            later: list[Any] = []  # nested lists and blocks that are not text, after the item's own text
            for child in li.children:
                if later or child.type not in ("paragraph", "fence", "code_block"):
                    later.append(child)
                    continue
                part = _inline(child) if child.type == "paragraph" else [Run(child.content.rstrip("\n"), code=True)]
                if runs and part:
                    runs.append(Run("\n"))
                runs += part
            self.item(ListItem(_merged(runs), min(level, MAX_LIST_LEVEL)), ordered, start + n)
            for child in later:
                if child.type in ("bullet_list", "ordered_list"):
                    self.list_of(child, level + 1, quote)
                else:
                    self.blocks_of([child], quote)

    def item(self, item: ListItem, ordered: bool, number: int) -> None:
        lst = self.open_list
        if lst is not None and item.level == 0 and lst.ordered != ordered:
            lst = None  # a bulleted list followed by a numbered one (or the reverse)
        if lst is not None and item.level == 0 and ordered and number != lst.start + _top_items(lst):
            lst = None  # numbered anew
        if lst is not None and item.level > 0 and lst.ordered != ordered:
            item = ListItem(item.runs, item.level, ordered=ordered)
        if lst is None:
            if item.level > 0:  # the rest of a list after a table inside it
                item = ListItem(item.runs, item.level, ordered=ordered)
                ordered = False
            lst = BulletList([], ordered=ordered, start=number if item.level == 0 else 1)
            self.emit(lst)
            self.open_list = lst
        lst.items.append(item)


def _top_items(lst: BulletList) -> int:
    return sum(1 for i in lst.items if i.level == 0)


def _inline(node: Any) -> list[Run]:
    inline = node.children[0] if node.children else None
    if inline is None or inline.type != "inline":
        return []
    token = inline.token
    return _runs(list(token.children or []) if token is not None else [])


def _runs(tokens: list[Any]) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    links: list[tuple[str, int]] = []  # (address, index of the link's first run)
    for tok in tokens:
        kind = tok.type
        if kind == "text":
            runs.append(Run(tok.content, bold > 0, italic > 0))
        elif kind == "code_inline":
            runs.append(Run(tok.content, bold > 0, italic > 0, code=True))
        elif kind == "softbreak":
            runs.append(Run(" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            runs.append(Run("\n", bold > 0, italic > 0))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            links.append((str(tok.attrs.get("href", "")), len(runs)))
        elif kind == "link_close" and links:
            href, first = links.pop()
            shown = "".join(r.text for r in runs[first:])
            address = href.removeprefix("mailto:")
            if href and shown.strip() not in (href, address):
                runs.append(Run(f" ({address})", bold > 0, italic > 0))
        elif kind == "image":
            runs.append(Run(tok.content or "".join(c.content for c in tok.children or []), bold > 0, italic > 0))
        elif kind in ("html_inline", "text_special"):
            runs.append(Run(tok.content, bold > 0, italic > 0))
    return _merged(runs)


def _merged(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for r in runs:
        if not r.text:
            continue
        if out and (out[-1].bold, out[-1].italic, out[-1].code) == (r.bold, r.italic, r.code):
            out[-1] = Run(out[-1].text + r.text, r.bold, r.italic, r.code)
        else:
            out.append(r)
    return out


def _table(node: Any) -> Table:
    header: list[str] = []
    body: list[list[str | list[Run]]] = []
    right: set[int] = set()
    for section in node.children:  # thead, tbody
        for tr in section.children:
            cells = [_inline(cell) for cell in tr.children]
            if section.type == "thead":
                header = [plain(c).strip() for c in cells]
                right = {i for i, cell in enumerate(tr.children) if "right" in str(cell.attrs.get("style", ""))}
            else:
                body.append(list(cells))
    width = len(header)
    rows: list[list[str | list[Run]]] = [(r + [""] * width)[:width] for r in body]
    numeric = {c for c in range(width) if rows and all(_numberish(r[c]) for r in rows)}
    return Table(header=header, rows=rows, numeric=numeric | right)


def _numberish(cell: str | list[Run]) -> bool:
    text = plain(cell).strip().replace("Rp", "").replace("%", "").strip()
    return bool(text) and bool(re.fullmatch(r"[-+]?[\d.,]+", text))
