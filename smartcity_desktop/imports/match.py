# SPDX-License-Identifier: GPL-3.0-or-later
"""Matching what a sheet names to the plan: agencies, dimensions/elements, existing programs."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.imports.layout import norm

Row = dict[str, Any]
SURE = 0.85  # from here on a fuzzy match is taken without asking
LIKELY = 0.6  # from here on it is proposed (to confirm); below, the agency is unknown
SIMILAR_NAME = 0.9  # two program names this similar in the same agency are duplicates
STOPWORDS = frozenset(
    "dan atau yang di ke dari untuk dengan pada dalam serta program kegiatan peningkatan pengembangan "
    "penyelenggaraan pengelolaan penyediaan pembangunan pelaksanaan kabupaten kota daerah the and of for".split()
)


@dataclass
class AgencyMatch:
    """What a sheet's agency text matched: a registry row (with a confidence) or nothing."""

    text: str
    agency_id: str | None
    label: str  # the registry's code/name, or the text itself
    confidence: float

    @property
    def sure(self) -> bool:
        return self.agency_id is not None and self.confidence >= SURE


AGENCY_BOILERPLATE = frozenset(
    "dinas badan kantor daerah dan kabupaten kab kota pemerintah pemkab pemkot the of agency office".split()
)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", norm(text))


def _core(text: str) -> str:
    """What tells agencies apart: the name without the words all of them share."""
    return "".join(w for w in re.findall(r"[a-z0-9]+", norm(text)) if w not in AGENCY_BOILERPLATE)


def match_agency(text: str, agencies: list[Row]) -> AgencyMatch:
    """The registry agency a text names, by code (abbreviation) or name, exact first then fuzzy."""
    k = _key(text)
    best: tuple[float, Row | None] = (0.0, None)
    for a in agencies:
        code, name = _key(a.get("code") or ""), _key(a.get("name") or "")
        if k and k in (code, name):
            return AgencyMatch(text, a["id"], a.get("code") or a["name"], 1.0)
        # "Dinas Kesehatan (Dikes)" / "Dikes - Dinas Kesehatan"
        if code and re.search(r"(?<![a-z0-9])" + re.escape(norm(a.get("code") or "")) + r"(?![a-z0-9])", norm(text)):
            score = 0.95
        else:
            core, name_core = _core(text), _core(a.get("name") or "")
            score = max(
                difflib.SequenceMatcher(None, core, name_core).ratio() if core and name_core else 0.0,
                difflib.SequenceMatcher(None, k, code).ratio() if code else 0.0,
                difflib.SequenceMatcher(None, core, code).ratio() if code and core else 0.0,
            )
        if score > best[0]:
            best = (score, a)
    score, found = best
    if found is not None and score >= LIKELY:
        return AgencyMatch(text, found["id"], found.get("code") or found["name"], round(score, 2))
    return AgencyMatch(text, None, text, round(score, 2))


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z0-9-]{2,}", norm(text)) if w not in STOPWORDS}


@dataclass
class DimensionGuess:
    dimension_id: str | None
    element_id: str | None
    score: float  # 0..1; 1: named by the sheet


class DimensionGuesser:
    """Suggests a dimension and element from keywords: a list per framework plus the plan's own names."""

    def __init__(
        self, dimensions: list[Row], elements: list[Row], keywords: dict[str, list[str]] | None = None
    ) -> None:
        self.dimensions = dimensions
        self.elements = elements
        self.by_name = {norm(d["name"]): d["id"] for d in dimensions}
        self.by_name.update({norm(d["code"]): d["id"] for d in dimensions if d.get("code")})
        self.terms: dict[str, list[tuple[str, float]]] = {}
        for d in dimensions:
            terms = [(norm(w), 3.0) for w in (keywords or {}).get(d.get("code") or "", [])]
            terms += [(w, 1.0) for w in words(d.get("description") or "")]
            for e in elements:
                if e["dimension_id"] == d["id"]:
                    terms += [(w, 2.0) for w in words(e["name"])]
                    terms += [(w, 0.5) for w in words(e.get("description") or "")]
            self.terms[d["id"]] = terms
        self.element_terms = {
            e["id"]: [(w, 2.0) for w in words(e["name"])] + [(w, 0.5) for w in words(e.get("description") or "")]
            for e in elements
        }

    def named(self, text: str | None) -> str | None:
        """The dimension a cell names ("Smart Living", "living", "Living")."""
        if not text:
            return None
        t = norm(text)
        if t in self.by_name:
            return self.by_name[t]
        for name, did in self.by_name.items():
            if name and (t == name.replace("smart ", "") or "smart " + t == name):
                return did
        return None

    def element_named(self, dimension_id: str, text: str | None) -> str | None:
        if not text:
            return None
        t = norm(text)
        for e in self.elements:
            if e["dimension_id"] == dimension_id and norm(e["name"]) == t:
                return str(e["id"])
        return None

    @staticmethod
    def _index(text: str) -> tuple[set[str], str]:
        """The word prefixes (3 letters and more) of a text, and the text itself, for ``_score``."""
        prefixes = {w[:n] for w in text.split() for n in range(3, len(w) + 1)}
        return prefixes, " " + text

    @staticmethod
    def _score(index: tuple[set[str], str], terms: list[tuple[str, float]]) -> float:
        """Sum of the weights of the terms that start a word of the text (multi-word terms: a phrase)."""
        prefixes, spaced = index
        return sum(w for term, w in terms if ((term in prefixes) if " " not in term else (" " + term) in spaced))

    def guess(self, text: str) -> DimensionGuess:
        index = self._index(norm(text))
        scores = {did: self._score(index, terms) for did, terms in self.terms.items()}
        if not scores or max(scores.values()) <= 0:
            return DimensionGuess(None, None, 0.0)
        did = max(scores, key=lambda k: scores[k])
        ranked = sorted(scores.values(), reverse=True)
        margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)
        return DimensionGuess(did, self._best_element(did, index), round(min(1.0, margin / 6 + 0.3), 2))

    def guess_element(self, dimension_id: str, text: str) -> str | None:
        return self._best_element(dimension_id, self._index(norm(text)))

    def _best_element(self, dimension_id: str, index: tuple[set[str], str]) -> str | None:
        best, best_score = None, 0.0
        for e in self.elements:
            if e["dimension_id"] != dimension_id:
                continue
            s = self._score(index, self.element_terms.get(e["id"], []))
            if s > best_score:
                best, best_score = e["id"], s
        return best


def similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def find_duplicate(
    name: str, code: str | None, lead_agency_id: str | None, programs: list[Row]
) -> tuple[Row | None, str | None]:
    """An existing program the row repeats: same code, or a very similar name in the same agency."""
    if code:
        for p in programs:
            if p.get("code") and norm(p["code"]) == norm(code):
                return p, "code"
    n = norm(name)
    best: tuple[float, Row | None] = (0.0, None)
    for p in programs:
        if lead_agency_id and p.get("lead_agency_id") and p["lead_agency_id"] != lead_agency_id:
            continue
        pn = norm(p.get("name") or "")
        if pn == n:
            return p, "name"
        if abs(len(pn) - len(n)) > max(len(pn), len(n)) * 0.2:
            continue
        s = difflib.SequenceMatcher(None, n, pn).ratio()
        if s > best[0]:
            best = (s, p)
    if best[1] is not None and best[0] >= SIMILAR_NAME:
        return best[1], "similar"
    return None, None
