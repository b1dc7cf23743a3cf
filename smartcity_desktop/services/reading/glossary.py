# SPDX-License-Identifier: GPL-3.0-or-later
"""Abbreviations the plan's texts use that its glossary (Daftar Singkatan) does not explain yet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from smartcity_desktop.storage.db import PlanDB
from smartcity_desktop.storage.search import snippet, text_tables

# Tables whose capitals are not abbreviations: people's names, files, the glossary itself.
SKIP_TABLES = frozenset({"abbreviation", "attachment", "copy_info", "participant", "institution_member", "snapshot"})
WORD = re.compile(r"(?<![\w-])[A-Z]{2,8}(?![\w-])")
NOT_TERMS = frozenset({"BAB"})  # "BAB I" is a chapter, not an abbreviation
ROMAN = re.compile(r"(?=[IVXLC]{2,})M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})")


@dataclass(frozen=True)
class Candidate:
    """An all-capital word of 2-8 letters found in the plan's texts, how often, and one place it stands."""

    term: str
    count: int
    example: str


def _lines(value: str) -> list[str]:
    """Lines that are not written in capitals throughout (a heading in capitals is no list of abbreviations)."""
    return [line for line in value.splitlines() if any(ch.islower() for ch in line)]


def candidate_terms(db: PlanDB) -> list[Candidate]:
    """All-capital words of 2-8 letters in the plan's texts that the glossary lacks (compared without case),
    most frequent first; Roman numerals ("II", "VII") and lines written in capitals are left out."""
    known = {str(r["term"]).casefold() for r in db.rows("abbreviation")}
    counts: dict[str, int] = {}
    examples: dict[str, str] = {}
    for table, cols in text_tables(SKIP_TABLES):
        for row in db.rows(table):
            for col in cols:
                value = row.get(col)
                if not isinstance(value, str) or not value:
                    continue
                for line in _lines(value):
                    for word in WORD.findall(line):
                        if word.casefold() in known or word in NOT_TERMS or ROMAN.fullmatch(word):
                            continue
                        counts[word] = counts.get(word, 0) + 1
                        examples.setdefault(word, snippet(line, word, 70))
    return [Candidate(t, n, examples[t]) for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
