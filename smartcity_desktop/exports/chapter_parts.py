# SPDX-License-Identifier: GPL-3.0-or-later
"""Combine a chapter's own text with the parts generated from the plan's data, without saying things twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartcity_desktop.exports.tree import Block, BulletList, Document, Heading, Landscape, Paragraph, Table, plain


def _norm(text: str) -> str:
    return " ".join(text.replace("*", "").replace("“", "").replace("”", "").split()).casefold()


def _row_key(row: list[Any]) -> tuple[str, ...]:
    return tuple(_norm(plain(c)) for c in row)


def _texts(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append(b.text)
        elif isinstance(b, Paragraph):
            out.append(plain(b.runs))
        elif isinstance(b, BulletList):
            out += [plain(i.runs) for i in b.items]
        elif isinstance(b, Table):
            out += [plain(c) for row in b.rows for c in row]
    return out


def merge_body(title: str, body: list[Block], generated: list[Block]) -> tuple[list[Block], list[Block]]:
    """The chapter text and generated parts to print.

    - a first heading repeating the chapter title is dropped;
    - a section of the text headed like a generated part (a dimension, a Quick Win) gives way to that part;
    - a table the user typed is always printed (no guessing whether it repeats a generated one: a chapter says
      where its generated parts go with ``{{bagian_data}}``, and states figures with fields, docs/fields.md);
    - generated paragraphs and lists the text already says (vision, missions) are left out (the words are the
      users').
    """
    if body and isinstance(body[0], Heading) and _norm(body[0].text) == _norm(title):
        body = body[1:]
    if not generated:
        return body, generated
    gen_heads = {_norm(h.text) for h in generated if isinstance(h, Heading)}
    kept: list[Block] = []
    skip_level = 0
    for b in body:
        if isinstance(b, Heading):
            if skip_level and b.level > skip_level:
                continue
            skip_level = b.level if _norm(b.text) in gen_heads else 0
            if skip_level:
                continue
        elif skip_level:
            continue
        kept.append(b)
    body_text = "\n".join(_norm(t) for t in _texts(kept))
    out_gen: list[Block] = []
    for g in generated:
        if isinstance(g, Paragraph | BulletList):
            items = [n for n in map(_norm, _texts([g])) if n]
            if items and all(i in body_text for i in items):
                continue
        out_gen.append(g)
    return kept, out_gen


def tables_once(doc: Document, label: Callable[..., str]) -> None:
    """A table whose rows repeat an earlier table of the document (the regulation list in a chapter and again in
    the annex, a typed copy of a generated table) is printed once: the repeat becomes a note naming the first.

    Rows are compared as printed text (spaces and case aside); tables of fewer than two rows and signature blocks
    are left alone.
    """
    # the tables printed, by a key of their first and last rows; a table's whole key (every cell) is made only
    # when another table has the same first and last rows (a large plan has hundreds of tables, none repeated)
    seen: dict[tuple[Any, ...], list[_Printed]] = {}
    part = ""

    def first_printed(t: Table) -> _Printed | None:
        """The table printed before whose rows are ``t``'s, else None (and ``t`` is remembered as printed)."""
        near = seen.setdefault((len(t.rows), _row_key(t.rows[0]), _row_key(t.rows[-1])), [])
        printed = _Printed(t, f"“{t.caption}”" if t.caption else label("col.table").lower(), part)
        for other in near:
            if other.key() == printed.key():
                return other
        near.append(printed)
        return None

    def clean(blocks: list[Block]) -> None:
        nonlocal part
        for i, b in enumerate(blocks):
            if isinstance(b, Landscape):
                clean(b.blocks)
            elif isinstance(b, Heading):
                if b.level <= 3 and b.toc:
                    part = b.label
            elif isinstance(b, Table) and b.style in ("grid", "") and len(b.rows) >= 2:
                first = first_printed(b)
                if first is not None:
                    blocks[i] = Paragraph.text(label("table.repeated", first.caption, first.where), "note")

    clean(doc.blocks)


class _Printed:
    """A table printed by ``tables_once``: its caption as a repeat names it, the part of the document it is in, and
    its rows as printed text (spaces and case aside), made on first use."""

    def __init__(self, table: Table, caption: str, where: str) -> None:
        self.table, self.caption, self.where = table, caption, where
        self._key: tuple[tuple[str, ...], ...] | None = None

    def key(self) -> tuple[tuple[str, ...], ...]:
        if self._key is None:
            self._key = tuple(_row_key(row) for row in self.table.rows)
        return self._key
