# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated parts of the readiness analysis (BAB III): the radar, the scores per component, SWOT and TOWS."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core import figures
from smartcity_desktop.exports.plandata import PlanData, Row
from smartcity_desktop.exports.sections import Section, _sub
from smartcity_desktop.exports.tree import Block, Chart, Heading, Run, Table


def _scores(d: PlanData) -> dict[tuple[str, str], Row]:
    return {(s["element_id"], s["dimension_id"]): s for s in d.rows.get("readiness_score") or []}


def readiness_overview(d: PlanData, prefix: str = "") -> list[Block]:
    if not _scores(d) or not d.dimensions:
        return []
    means = d.readiness_averages
    rows: list[list[str | list[Run]]] = [
        [c["name"], *(_score(d, means[c["id"]][dim["id"]]) for dim in d.dimensions)]
        for c in d.table("readiness_component")
    ]
    header = [d.label("col.component"), *(dim["name"] for dim in d.dimensions)]
    return [
        Chart("radar", figures.radar_chart(d.rows), d.label("readiness.radar")),
        Table(header, rows, [2.2] + [1] * len(d.dimensions), set(range(1, len(header))), font_size=8),
    ]


def _score(d: PlanData, mean: float | None) -> str:
    """An average score as printed: one decimal, a dash where nothing is scored."""
    return d.number(round(mean, 1)) if mean is not None else "–"


def readiness_component(code: str) -> Section:
    def build(d: PlanData, prefix: str = "") -> list[Block]:
        comp = next((c for c in d.table("readiness_component") if c.get("code") == code), None)
        scores = _scores(d)
        if comp is None or not scores:
            return []
        els = [e for e in d.table("readiness_element") if e["component_id"] == comp["id"]]
        header = [d.label("col.element"), *(dim["name"] for dim in d.dimensions)]
        rows: list[list[str | list[Run]]] = []
        for e in els:
            cells = [str(scores.get((e["id"], dim["id"]), {}).get("score") or "–") for dim in d.dimensions]
            rows.append([e["name"], *cells])
        widths = [2.6] + [1.0] * len(d.dimensions)
        return [
            Table(header, rows, widths, set(range(1, len(header))), caption=d.label("readiness.table", comp["name"]))
        ]

    return build


def swot(d: PlanData, prefix: str = "") -> list[Block]:
    scores = _scores(d)
    if not scores:
        return []
    out: list[Block] = []
    elements = {e["id"]: e for e in d.table("readiness_element")}
    for i, dim in enumerate(d.dimensions, 1):
        parts: dict[str, list[str]] = {k: [] for k in ("strengths", "weaknesses", "opportunities", "threats")}
        for (el, dim_id), s in scores.items():
            if dim_id != dim["id"]:
                continue
            for k, texts in parts.items():
                if s.get(k):
                    texts.append((elements.get(el, {}).get("sort_key") or 0, s[k]))  # type: ignore[arg-type]
        if not any(parts.values()):
            continue

        def cell(k: str, parts: dict[str, list[Any]] = parts) -> list[Run]:
            items = [t for _sk, t in sorted(parts[k], key=lambda x: x[0])]
            runs: list[Run] = []
            for n, t in enumerate(items):
                runs.append(Run(("• " if len(items) > 1 else "") + t + ("\n" if n < len(items) - 1 else "")))
            return runs

        out.append(Heading(3, d.label("swot.title", dim["name"]), _sub(prefix, i)))
        out.append(
            Table(
                [d.label("swot.strengths"), d.label("swot.weaknesses")],
                [
                    [cell("strengths"), cell("weaknesses")],
                    [d.label("swot.opportunities"), d.label("swot.threats")],
                    [cell("opportunities"), cell("threats")],
                ],
                [1, 1],
                total_rows={1},
                style="swot",
                font_size=8.5,
            )
        )
        out += tows(d, dim)
    return out


def _lines(items: list[str]) -> list[Run]:
    return [
        Run(("• " if len(items) > 1 else "") + t + ("\n" if n < len(items) - 1 else "")) for n, t in enumerate(items)
    ]


def tows(d: PlanData, dim: Row) -> list[Block]:
    """The TOWS matrix of a dimension: the strategies of the dimension by type in the four quadrants, strengths
    and weaknesses (SWOT table above) across, opportunities and threats down. Nothing when no strategy of the
    dimension has a TOWS type."""
    mine = [s for s in d.table("strategy") if s.get("dimension_id") == dim["id"] and s.get("tows")]
    if not mine:
        return []

    def quadrant(kind: str) -> list[Run]:
        texts = [str(s["text"]) for s in mine if s.get("tows") == kind]
        return [Run(d.label(f"tows.{kind}") + "\n", bold=True), *_lines(texts or ["–"])]

    header = ["", d.label("tows.strengths"), d.label("tows.weaknesses")]
    rows: list[list[str | list[Run]]] = [
        [[Run(d.label("tows.opportunities"), bold=True)], quadrant("so"), quadrant("wo")],
        [[Run(d.label("tows.threats"), bold=True)], quadrant("st"), quadrant("wt")],
    ]
    return [Table(header, rows, [0.8, 2, 2], font_size=8, caption=d.label("tows.title", dim["name"]))]
