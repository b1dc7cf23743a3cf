# SPDX-License-Identifier: GPL-3.0-or-later
"""The merge report document: every merge of group files kept in the plan, who changed what, conflicts."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from smartcity_desktop.core import labels
from smartcity_desktop.core.formats import format_timestamp
from smartcity_desktop.exports.plandata import PlanData, Rows
from smartcity_desktop.exports.tree import Block, Document, Heading, Meta, Paragraph, Table

REPORT_KIND = "merge_report"  # services.groups keeps each merge's report as an attachment of this kind
MAX_ROWS = 2000  # rows of one table in print; the rest is counted, never silently dropped


def reports(rows: Rows) -> list[dict[str, Any]]:
    """The merge reports kept in the plan, oldest first (unreadable ones are skipped)."""
    out = []
    for att in rows.get("attachment", []):
        if att.get("kind") != REPORT_KIND:
            continue
        try:
            out.append(json.loads(bytes(att["data"]).decode("utf-8")))
        except (ValueError, UnicodeDecodeError, TypeError):
            continue
    return sorted(out, key=lambda r: str(r.get("merged_at", "")))


def build_merge_report(rows: Rows) -> Document:
    d = PlanData(rows)
    lang = d.lang
    name = d.label("doc.merges")
    meta = Meta(
        region=d.region,
        title=f"{name} {d.region}",
        document_name=name,
        subject=d.label("doc.subject", d.region, d.period),
        lang=lang,
        draft=d.draft,
        period=d.period,
        page_label=d.label("page"),
        draft_label=d.label("draft"),
        toc_label=d.label("toc"),
    )
    blocks: list[Block] = [Heading(1, f"{name} — {d.region}", toc=False)]
    found = reports(rows)
    if not found:
        blocks.append(Paragraph.text(d.label("merge.none")))
    for report in found:
        blocks.append(Heading(2, d.label("merge.heading", format_timestamp(report.get("merged_at"), lang))))
        for group in report.get("groups", []):
            blocks += _group(d, group)
    return Document("merges", meta, blocks)


def _text(value: Any, limit: int = 300) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("text") or ""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _group(d: PlanData, g: dict[str, Any]) -> list[Block]:
    lang = d.lang
    changed, conflicts, resolved = g.get("changed", []), g.get("conflicts", []), g.get("resolved", [])
    blocks: list[Block] = [
        Heading(3, d.label("merge.group", g.get("group", ""), PurePath(str(g.get("file", ""))).name), toc=False),
        Paragraph.text(
            d.label(
                "merge.summary",
                len(g.get("inserted", [])),
                len(changed),
                len(g.get("deleted", [])),
                len(conflicts),
                len(resolved),
            )
            + " "
            + d.label(f"merge.baseline.{g.get('baseline', 'none')}")
        ),
    ]
    table_rows: list[list[Any]] = [
        [
            labels.table_label(c["table"], lang),
            labels.column_name(c.get("field"), lang),
            _text(c.get("old")),
            _text(c.get("new")),
        ]
        for c in changed
    ]
    table_rows += [
        [labels.table_label(c["table"], lang), d.label("merge.new_row"), "", _text(c.get("label"))]
        for c in g.get("inserted", [])
    ]
    table_rows += [
        [labels.table_label(c["table"], lang), d.label("merge.deleted_row"), c.get("id", "")[:8], ""]
        for c in g.get("deleted", [])
    ]
    if table_rows:
        blocks.append(_table(d, "merge.changes", ["part", "field", "old", "new"], table_rows))
    decided = [(c, "open") for c in conflicts] + [(c, c.get("decision", "open")) for c in resolved]
    if decided:
        blocks.append(
            _table(
                d,
                "merge.conflicts",
                ["part", "field", "master", "group", "decision"],
                [
                    [
                        labels.table_label(c["table"], lang),
                        labels.column_name(c.get("field"), lang) or c.get("kind", ""),
                        _text(c.get("master")),
                        _text(c.get("group")),
                        d.label(f"merge.decision.{decision}"),
                    ]
                    for c, decision in decided
                ],
            )
        )
    return blocks


def _part(change: dict[str, Any], lang: str) -> str:
    return labels.table_label(str(change.get("table", "")), lang)


def _table(d: PlanData, caption: str, columns: list[str], rows: list[list[Any]]) -> Table:
    shown = rows[:MAX_ROWS]
    label = d.label(caption)
    if len(rows) > MAX_ROWS:
        label += f" ({MAX_ROWS}/{len(rows)})"
    widths = [2.0, 1.5, 3.0, 3.0, 1.5][: len(columns)]
    return Table([d.label(f"merge.col.{c}") for c in columns], shown, col_widths=widths, caption=label, font_size=8)
