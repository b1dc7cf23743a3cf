# SPDX-License-Identifier: GPL-3.0-or-later
"""The change report between two states of a plan (two snapshots, or a snapshot and the plan as it is).

Programs added, removed and changed field by field; chapter text as a word diff; the budget before and after
(core.figures); feedback opened and closed. The report is plain data: ``exports.workshop_docs`` prints it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from smartcity_desktop.core import figures, labels
from smartcity_desktop.core.formats import format_rupiah
from smartcity_desktop.core.threeway import word_diff

Row = dict[str, Any]
Rows = dict[str, list[Row]]

# Program columns compared one by one, in the order the report lists them; references print as names.
PROGRAM_FIELDS = (
    "name",
    "dimension_id",
    "element_id",
    "description",
    "activities",
    "lead_agency_id",
    "first_year",
    "last_year",
    "horizon",
    "priority",
    "status",
    "is_quick_win",
)
_REFS = {"dimension_id": "dimension", "element_id": "element", "lead_agency_id": "agency", "strategy_id": "strategy"}
CLOSED = ("done", "declined")


@dataclass
class FieldChange:
    field: str  # the column ("budget", "agencies" and "funding" for the program's lines)
    label: str
    before: str
    after: str


@dataclass
class ProgramChange:
    kind: Literal["added", "removed", "changed"]
    name: str
    dimension: str
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class ChapterChange:
    kind: Literal["added", "removed", "changed"]
    title: str
    diff: list[tuple[str, str]] = field(default_factory=list)  # (same|old|new, words)
    title_before: str = ""


@dataclass
class FeedbackChange:
    kind: Literal["opened", "closed"]
    text: str
    author: str
    status_before: str
    status_after: str
    response: str


@dataclass
class ChangeReport:
    before_name: str
    after_name: str
    lang: str
    programs: list[ProgramChange]
    chapters: list[ChapterChange]
    budget_before: int
    budget_after: int
    budget_by_dimension: list[tuple[str, int, int]]  # (dimension, before, after) where either is not 0
    feedback_opened: list[FeedbackChange]
    feedback_closed: list[FeedbackChange]

    @property
    def empty(self) -> bool:
        return not (
            self.programs
            or self.chapters
            or self.feedback_opened
            or self.feedback_closed
            or self.budget_before != self.budget_after
        )

    def counts(self) -> dict[str, int]:
        kinds = [p.kind for p in self.programs]
        return {
            "added": kinds.count("added"),
            "removed": kinds.count("removed"),
            "changed": kinds.count("changed"),
            "chapters": len(self.chapters),
            "opened": len(self.feedback_opened),
            "closed": len(self.feedback_closed),
        }


def _by_id(rows: Rows, table: str) -> dict[str, Row]:
    return {r["id"]: r for r in rows.get(table) or []}


def _name(rows: Rows, table: str, rid: Any) -> str:
    row = _by_id(rows, table).get(rid) if rid else None
    if row is None:
        return ""
    if table == "agency":
        return figures.agency_label(row)
    return str(row.get("name") or row.get("title") or "")


def _shown(rows: Rows, column: str, value: Any, lang: str) -> str:
    if value is None or value == "":
        return ""
    if column in _REFS:
        return _name(rows, _REFS[column], value)
    if column == "is_quick_win":
        return labels.noun("quick_win", lang) if value else ""
    if labels.field_of(f"program.{column}"):
        return labels.label(f"program.{column}", str(value), lang)
    return str(value)


def _lines(rows: Rows, program_id: str) -> dict[str, str]:
    """The program's derived lines compared as fields: budget, supporting agencies, funding sources."""
    agencies = sorted(
        _name(rows, "agency", r.get("agency_id"))
        for r in rows.get("program_agency") or []
        if r.get("program_id") == program_id
    )
    funding = sorted(
        _name(rows, "funding_source", r.get("funding_source_id"))
        for r in rows.get("program_funding") or []
        if r.get("program_id") == program_id
    )
    return {"agencies": ", ".join(a for a in agencies if a), "funding": ", ".join(f for f in funding if f)}


def _program_changes(before: Rows, after: Rows, lang: str) -> list[ProgramChange]:
    old, new = _by_id(before, "program"), _by_id(after, "program")
    budget_old, budget_new = figures.budget_by_program(before), figures.budget_by_program(after)
    out: list[ProgramChange] = []
    for p in figures.programs(after):
        dim = _name(after, "dimension", p.get("dimension_id"))
        if p["id"] not in old:
            out.append(ProgramChange("added", p["name"], dim))
            continue
        q = old[p["id"]]
        changes: list[FieldChange] = []
        for col in PROGRAM_FIELDS:
            a, b = _shown(before, col, q.get(col), lang), _shown(after, col, p.get(col), lang)
            if a != b:
                changes.append(FieldChange(col, labels.column_name(col, lang), a, b))
        ba, bb = budget_old.get(p["id"], 0), budget_new.get(p["id"], 0)
        if ba != bb:
            label = labels.column_name("amount", lang)
            changes.append(FieldChange("budget", label, format_rupiah(ba, lang), format_rupiah(bb, lang)))
        la, lb = _lines(before, p["id"]), _lines(after, p["id"])
        for key, col in (("agencies", "agency_id"), ("funding", "funding_source_id")):
            if la[key] != lb[key]:
                changes.append(FieldChange(key, labels.column_name(col, lang), la[key], lb[key]))
        if changes:
            out.append(ProgramChange("changed", p["name"], dim, changes))
    for p in figures.programs(before):
        if p["id"] not in new:
            out.append(ProgramChange("removed", p["name"], _name(before, "dimension", p.get("dimension_id"))))
    return out


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _chapter_changes(before: Rows, after: Rows) -> list[ChapterChange]:
    old, new = _by_id(before, "chapter"), _by_id(after, "chapter")
    out: list[ChapterChange] = []
    for c in figures.ordered(after.get("chapter") or []):
        q = old.get(c["id"])
        if q is None:
            out.append(
                ChapterChange("added", c["title"], [("new", _words(c.get("body_md")))] if c.get("body_md") else [])
            )
            continue
        a, b = _words(q.get("body_md")), _words(c.get("body_md"))
        if a != b or q.get("title") != c.get("title"):
            diff = word_diff(a, b) if a != b else []
            out.append(ChapterChange("changed", c["title"], [(k, w) for k, w in diff if w], q.get("title") or ""))
    for c in figures.ordered(before.get("chapter") or []):
        if c["id"] not in new:
            out.append(ChapterChange("removed", c["title"]))
    return out


def _feedback_changes(before: Rows, after: Rows, lang: str) -> tuple[list[FeedbackChange], list[FeedbackChange]]:
    old = _by_id(before, "feedback")
    opened: list[FeedbackChange] = []
    closed: list[FeedbackChange] = []
    for f in figures.ordered(after.get("feedback") or []):
        q = old.get(f["id"])
        was = q["status"] if q else ""
        now = f["status"]
        item = FeedbackChange(
            "opened",
            f["text"],
            f.get("author") or "",
            labels.label("feedback.status", was, lang) if was else "",
            labels.label("feedback.status", now, lang),
            f.get("response") or "",
        )
        if q is None or (was in CLOSED and now not in CLOSED):
            opened.append(item)
        if now in CLOSED and (q is None or was not in CLOSED):
            closed.append(FeedbackChange("closed", *_fields_of(item)))
    return opened, closed


def _fields_of(item: FeedbackChange) -> tuple[str, str, str, str, str]:
    return item.text, item.author, item.status_before, item.status_after, item.response


def change_report(before: Rows, after: Rows, before_name: str, after_name: str, lang: str = "id") -> ChangeReport:
    """What changed from ``before`` to ``after`` (rows as read_rows or a snapshot give them)."""
    dims_after = {d["id"]: d for d in figures.dimensions(after)}
    dims_before = {d["id"]: d for d in figures.dimensions(before)}
    by_old, by_new = figures.budget_by_dimension(before), figures.budget_by_dimension(after)
    by_dim: list[tuple[str, int, int]] = []
    for did in [*dims_after, *(d for d in dims_before if d not in dims_after)]:
        a, b = by_old.get(did, 0), by_new.get(did, 0)
        if a or b:
            dim = dims_after.get(did) or dims_before[did]
            by_dim.append((dim["name"], a, b))
    opened, closed = _feedback_changes(before, after, lang)
    return ChangeReport(
        before_name,
        after_name,
        lang,
        _program_changes(before, after, lang),
        _chapter_changes(before, after),
        figures.budget_total(before),
        figures.budget_total(after),
        by_dim,
        opened,
        closed,
    )
