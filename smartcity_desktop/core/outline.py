# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbering of the chapter outline, shared by the navigation, the chapter editor and the documents."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core.formats import roman

ANNEX_KEY = "lampiran"
_ANNEX_TITLES = ("lampiran", "annex", "annexes", "appendix", "appendices")
FOREWORD_KEY = "kata_pengantar"  # docs-parts: printed before the contents, not a numbered BAB
_FOREWORD_TITLES = ("kata pengantar", "foreword", "preface")


def is_foreword(chapter: dict[str, Any]) -> bool:
    """The foreword (Kata Pengantar) comes before the contents and is not a numbered BAB."""
    return chapter.get("key") == FOREWORD_KEY or str(chapter.get("title") or "").strip().lower() in _FOREWORD_TITLES


def is_annex(chapter: dict[str, Any]) -> bool:
    """The annex chapter (Lampiran) is not a numbered BAB; its parts are lettered A, B, C."""
    return chapter.get("key") == ANNEX_KEY or str(chapter.get("title") or "").strip().lower() in _ANNEX_TITLES


def chapter_numbers(chapters: list[dict[str, Any]]) -> dict[str, str]:
    """Chapter id -> 'BAB I', 'BAB II' for top chapters, '1.2' for sections, '' for the annex, 'A' for its parts.

    Siblings are numbered in the order they come in ``chapters`` (sort key order).
    """
    kids: dict[str | None, list[dict[str, Any]]] = {}
    for c in chapters:
        kids.setdefault(c.get("parent_id"), []).append(c)
    out: dict[str, str] = {}

    def number_children(parent: str, prefix: str, lettered: bool) -> None:
        for j, c in enumerate(kids.get(parent, []), 1):
            out[c["id"]] = (chr(64 + j) if j <= 26 else str(j)) if lettered else f"{prefix}.{j}"
            number_children(c["id"], out[c["id"]], False)

    n = 0
    for c in kids.get(None, []):
        if is_annex(c):
            out[c["id"]] = ""
            number_children(c["id"], "", True)
            continue
        if is_foreword(c):
            out[c["id"]] = ""
            number_children(c["id"], "", True)
            continue
        n += 1
        out[c["id"]] = f"BAB {roman(n)}"
        number_children(c["id"], str(n), False)
    return out
