# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated parts of the annexes: the agencies, the workshops and their decisions."""

from __future__ import annotations

from collections import Counter

from smartcity_desktop.exports.plandata import PlanData
from smartcity_desktop.exports.sections import _text_blocks
from smartcity_desktop.exports.tree import Block, Heading, PageBreak, Paragraph, Run, Table

TableRows = list[list[str | list[Run]]]


def agencies(d: PlanData, prefix: str = "") -> list[Block]:
    ags = d.table("agency")
    if not ags:
        return []
    rows: TableRows = [[str(n), a.get("code") or "", a["name"], _kind(d, a.get("kind"))] for n, a in enumerate(ags, 1)]
    header = [d.label(k) for k in ("col.no", "col.code", "col.name", "col.kind")]
    return [Table(header, rows, [0.55, 1.6, 6, 1.6], {0}, font_size=8)]


def workshops(d: PlanData, prefix: str = "") -> list[Block]:
    meetings = d.table("meeting")
    if not meetings:
        return []
    stages = {s["id"]: s for s in d.table("workshop_stage")}
    present = Counter(a["meeting_id"] for a in d.rows.get("attendance") or [] if a.get("present"))
    out: list[Block] = []
    rows: TableRows = []
    for n, m in enumerate(meetings, 1):
        stage = stages.get(m.get("stage_id"))
        when = d.date(m.get("date"))
        rows.append(
            [str(n), (stage and str(stage.get("number"))) or "", m["title"], when, str(present.get(m["id"], 0))]
        )
    header = [d.label(k) for k in ("col.no", "col.stage", "col.title", "col.date", "col.present")]
    out.append(Table(header, rows, [0.55, 0.7, 5, 2, 1], {0, 1, 4}, caption=d.label("annex.workshops"), font_size=8))
    for m in meetings:
        if not (m.get("decisions") or m.get("resource_person")):
            continue
        out.append(Heading(4, f"{m['title']} ({d.date(m.get('date'))})", toc=False, bookmark=False))
        facts: TableRows = [
            [d.label("col.venue"), m.get("venue") or ""],
            [d.label("meeting.resource_person"), m.get("resource_person") or ""],
            [d.label("meeting.chair"), m.get("chair") or ""],
        ]
        out.append(Table([], [r for r in facts if r[1]], [1, 3], style="keyvalue", font_size=8))
        if m.get("decisions"):
            out.append(Paragraph.text(d.label("meeting.decisions"), "small", bold=True))
            out += _text_blocks(m["decisions"])
    from smartcity_desktop.exports.workshop_docs import annex_feedback  # workshop-docs: remarks and follow-up

    return out + annex_feedback(d)


def page_break(d: PlanData, prefix: str = "") -> list[Block]:
    return [PageBreak()]


def _kind(d: PlanData, kind: str | None) -> str:
    """An agency's kind by its label ("Satpol PP", never the code ``satpol``); an unknown kind as typed."""
    if not kind:
        return ""
    got = d.label(f"agency_kind.{kind}")
    return kind if got == f"agency_kind.{kind}" else got
