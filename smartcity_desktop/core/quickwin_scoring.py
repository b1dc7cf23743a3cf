# SPDX-License-Identifier: GPL-3.0-or-later
"""The Quick Win selection as pure functions: weighted criteria scores, dot votes, the ranked list and the
impact-versus-effort positions (the GUI, the documents and the matrix chart use these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
Rows = dict[str, list[Row]]
TOP = 5  # scores run 1..TOP


@dataclass
class Ranked:
    program_id: str
    name: str
    dimension_id: str | None
    status: str  # the quick_win row's status ("" when the program has none)
    scores: dict[str, int] = field(default_factory=dict)  # criterion id -> 1..5
    weighted: float | None = None  # 1..5, higher is better; None without any score
    impact: float | None = None  # 1..5
    effort: float | None = None  # 1..5
    votes: int = 0
    rank: int = 0


def quadrant_name(code: str, lang: str = "id") -> str:
    """A quadrant of the impact-versus-effort matrix by its name in the documents' label catalogue
    (resources/templates/workshop_labels.json), capitalised; the quick win quadrant is the catalogue's noun.
    The GUI's matrix and the documents' chart both name the quadrants with this."""
    if not code:
        return ""
    from smartcity_desktop.core import labels

    if code == "quick_win":
        return labels.noun("quick_win", lang)
    from smartcity_desktop.resources import load_json, text

    word = text(load_json("templates", "workshop_labels.json")[f"qw.quadrant.{code}"], lang)
    return word[:1].upper() + word[1:]


def goodness(score: int, higher_is_better: bool) -> int:
    """A score turned so that higher always means better (a high cost is a low goodness)."""
    return score if higher_is_better else TOP + 1 - score


def _mean(pairs: list[tuple[float, float]]) -> float | None:
    weight = sum(w for w, _ in pairs)
    if not pairs:
        return None
    if weight <= 0:
        return sum(v for _, v in pairs) / len(pairs)
    return sum(w * v for w, v in pairs) / weight


def candidates(rows: Rows) -> list[Row]:
    """Programs in the selection: those with a Quick Win row (not dropped) or with a score or a vote."""
    scored = {r["program_id"] for t in ("quick_win_score", "quick_win_vote") for r in rows.get(t) or []}
    qw = {q["program_id"]: q for q in rows.get("quick_win") or []}
    return [
        p
        for p in rows.get("program") or []
        if p["id"] in scored or (p["id"] in qw and qw[p["id"]].get("status") != "dropped")
    ]


def ranking(rows: Rows) -> list[Ranked]:
    """Candidates best first: by weighted score, then dot votes, then name; equal pairs share a rank."""
    criteria = {c["id"]: c for c in rows.get("quick_win_criterion") or []}
    qw = {q["program_id"]: q for q in rows.get("quick_win") or []}
    scores: dict[str, dict[str, int]] = {}
    for s in rows.get("quick_win_score") or []:
        if s["criterion_id"] in criteria:
            scores.setdefault(s["program_id"], {})[s["criterion_id"]] = int(s["score"])
    votes: dict[str, int] = {}
    for v in rows.get("quick_win_vote") or []:
        votes[v["program_id"]] = votes.get(v["program_id"], 0) + int(v["votes"] or 0)
    out: list[Ranked] = []
    for p in candidates(rows):
        own = scores.get(p["id"], {})
        all_: list[tuple[float, float]] = []
        impact: list[tuple[float, float]] = []
        effort: list[tuple[float, float]] = []
        for cid, score in own.items():
            c = criteria[cid]
            g = goodness(score, bool(c["higher_is_better"]))
            w = float(c["weight"] or 0)
            all_.append((w, g))
            if c["axis"] == "impact":
                impact.append((w, g))
            else:
                effort.append((w, TOP + 1 - g))
        out.append(
            Ranked(
                p["id"],
                p["name"],
                p.get("dimension_id"),
                (qw.get(p["id"]) or {}).get("status") or "",
                own,
                _mean(all_),
                _mean(impact),
                _mean(effort),
                votes.get(p["id"], 0),
            )
        )
    out.sort(key=lambda r: (r.weighted is None, -(r.weighted or 0), -r.votes, r.name.casefold()))
    previous: tuple[float | None, int] | None = None
    for i, r in enumerate(out, 1):
        key = (None if r.weighted is None else round(r.weighted, 6), r.votes)
        r.rank = out[i - 2].rank if previous == key else i
        previous = key
    return out


def quadrant(impact: float | None, effort: float | None) -> str:
    """quick_win (high impact, low effort), major (high, high), fill_in (low, low), avoid (low impact, high)."""
    if impact is None or effort is None:
        return ""
    mid = (TOP + 1) / 2
    high_impact, high_effort = impact >= mid, effort > mid
    if high_impact:
        return "major" if high_effort else "quick_win"
    return "avoid" if high_effort else "fill_in"
