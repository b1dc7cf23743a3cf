# SPDX-License-Identifier: GPL-3.0-or-later
"""Three-way merge of a group copy into the master, row by row and field by field (shared/design/MERGE.md).

Pure functions over the plan's rows (``{table: [row, ...]}``, as the JSON document holds them): no SQL,
no clock. Who changed a row and when (``modified_by``/``modified_at``) is never compared, so a laptop
whose clock is a year off decides nothing. Text merges by paragraph, as diff3 does, so edits to different
paragraphs of one chapter both land.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Literal

from smartcity_desktop.core.model import CONTENT_TABLES, TABLES

Rows = dict[str, list[dict[str, Any]]]
Row = dict[str, Any]

BOOKKEEPING = frozenset({"id", "modified_at", "modified_by"})
ConflictKind = Literal["field", "edit_delete", "delete_edit", "dangling", "delete_in_use"]
Decision = Literal["master", "group"]


@dataclass(frozen=True)
class FieldChange:
    """Set ``column`` of an existing master row to ``new`` (``old`` is the master's value)."""

    table: str
    row_id: str
    column: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Conflict:
    """A change that cannot be decided safely; ``column`` is None for a whole row."""

    table: str
    row_id: str
    column: str | None
    kind: ConflictKind
    base: Any
    master: Any
    group: Any

    @property
    def key(self) -> str:
        """Stable key of this conflict for the group's value, for recorded decisions (merge_decision)."""
        return decision_key(self.table, self.row_id, self.column, self.group)


@dataclass
class MergePlan:
    """What merging a group copy would do to the master, and what it cannot decide."""

    inserts: list[tuple[str, Row]] = field(default_factory=list)
    updates: list[FieldChange] = field(default_factory=list)
    deletes: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: list[tuple[Conflict, Decision]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes)


def value_hash(value: Any) -> str:
    """A short hash of a field value (or a whole row), independent of key order."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=_encode_bytes)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _encode_bytes(value: Any) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    raise TypeError(type(value).__name__)


def decision_key(table: str, row_id: str, column: str | None, group_value: Any) -> str:
    return f"{table}/{row_id}/{column or '*'}/{value_hash(group_value)}"


def content(row: Row | None) -> Row | None:
    """A row without its bookkeeping columns (who/when never decide a merge)."""
    if row is None:
        return None
    return {k: v for k, v in row.items() if k not in BOOKKEEPING}


# -- text ---------------------------------------------------------------------
def paragraphs(text: str) -> list[str]:
    """Split text at blank lines; ``"\\n\\n".join`` gives it back."""
    return text.split("\n\n")


def _sync_regions(base: list[str], a: list[str], b: list[str]) -> list[tuple[int, int, int, int, int, int]]:
    """Regions unchanged on both sides (as bzr's merge3 finds them), plus a closing empty one."""
    am = SequenceMatcher(None, base, a, autojunk=False).get_matching_blocks()
    bm = SequenceMatcher(None, base, b, autojunk=False).get_matching_blocks()
    ia = ib = 0
    out: list[tuple[int, int, int, int, int, int]] = []
    while ia < len(am) and ib < len(bm):
        abase, amatch, alen = am[ia]
        bbase, bmatch, blen = bm[ib]
        lo, hi = max(abase, bbase), min(abase + alen, bbase + blen)
        if lo < hi:
            asub, bsub = amatch + (lo - abase), bmatch + (lo - bbase)
            out.append((lo, hi, asub, asub + hi - lo, bsub, bsub + hi - lo))
        if abase + alen < bbase + blen:
            ia += 1
        else:
            ib += 1
    out.append((len(base), len(base), len(a), len(a), len(b), len(b)))
    return out


@dataclass(frozen=True)
class TextConflict:
    """Paragraphs changed differently on both sides."""

    base: list[str]
    master: list[str]
    group: list[str]


def merge_text(base: str, master: str, group: str) -> tuple[str, list[TextConflict]]:
    """diff3 by paragraph: the merged text (master's side where they clash) and the clashes."""
    if master == group or group == base:
        return master, []
    if master == base:
        return group, []
    pb, pm, pg = paragraphs(base), paragraphs(master), paragraphs(group)
    merged: list[str] = []
    clashes: list[TextConflict] = []
    iz = im = ig = 0
    for zlo, zhi, mlo, mhi, glo, ghi in _sync_regions(pb, pm, pg):
        seg_b, seg_m, seg_g = pb[iz:zlo], pm[im:mlo], pg[ig:glo]
        if seg_m or seg_g:
            if seg_m == seg_g or seg_g == seg_b:
                merged += seg_m
            elif seg_m == seg_b:
                merged += seg_g
            else:
                merged += seg_m
                clashes.append(TextConflict(seg_b, seg_m, seg_g))
        merged += pb[zlo:zhi]
        iz, im, ig = zhi, mhi, ghi
    return "\n\n".join(merged), clashes


def word_diff(old: str, new: str) -> list[tuple[Literal["same", "old", "new"], str]]:
    """Words of two texts marked as common, only in the old, or only in the new (for showing a clash)."""
    a, b = old.split(" "), new.split(" ")
    out: list[tuple[Literal["same", "old", "new"], str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("old", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("new", " ".join(b[j1:j2])))
    return out


# -- rows ---------------------------------------------------------------------
Indexed = dict[str, dict[str, Row]]
AnyRows = Rows | Indexed


class LazyTables(dict[str, dict[str, Row]]):
    """Indexed rows whose tables are read on first use (``load(table)`` gives its rows): a merge of a few
    changed tables of a large plan reads only those of the master."""

    def __init__(self, load: Callable[[str], list[Row]]) -> None:
        super().__init__()
        self._load = load

    def __missing__(self, table: str) -> dict[str, Row]:
        rows = {r["id"]: r for r in self._load(table)} if table in TABLES else {}
        self[table] = rows
        return rows

    def get(self, table: str, default: Any = None) -> Any:  # type: ignore[override]
        return self[table] if table in TABLES or dict.__contains__(self, table) else default

    def setdefault(self, table: str, default: Any = None) -> dict[str, Row]:  # type: ignore[override]
        return self[table]

    def __bool__(self) -> bool:  # a plan, even before any table is read
        return True


def index(rows: AnyRows | None) -> Indexed:
    """Rows by table and id (an already indexed plan is returned as it is)."""
    if isinstance(rows, LazyTables):
        return rows
    return {t: (r if isinstance(r, dict) else {row["id"]: row for row in r}) for t, r in (rows or {}).items()}


def _table(rows: AnyRows | None, table: str) -> dict[str, Row]:
    found = (rows or {}).get(table) or {}
    return found if isinstance(found, dict) else {r["id"]: r for r in found}


def _unique_index(rows: Mapping[str, Row], table: str) -> dict[tuple[str, tuple[Any, ...]], str]:
    keys = TABLES[table].unique
    return {(",".join(u), tuple(r.get(c) for c in u)): rid for rid, r in rows.items() for u in keys}


def three_way(
    base: AnyRows | None,
    master: AnyRows,
    group: AnyRows,
    *,
    decisions: Mapping[str, Decision] | None = None,
    prefer: Decision | None = None,
    master_deleted: frozenset[str] | set[str] = frozenset(),
    same: frozenset[str] = frozenset(),
) -> MergePlan:
    """What merging ``group`` into ``master`` does, given the ``base`` both started from.

    Without a base (a copy not handed out from this plan) rows are matched by id and every differing
    field is a conflict. ``decisions`` holds earlier answers by conflict key; ``prefer`` answers every
    remaining conflict with one side. ``master_deleted`` are ids the master deleted (its tombstones): a
    group row with such an id is never brought back silently. Each side may be given as rows or indexed.
    ``same`` names tables the group holds exactly as the master does (left unread): nothing to merge there.
    """
    decisions = decisions or {}
    plan = MergePlan()

    def conflict(c: Conflict) -> Decision | None:
        choice = decisions.get(c.key) or prefer
        if choice is None:
            plan.conflicts.append(c)
        else:
            plan.resolved.append((c, choice))
        return choice

    for table in CONTENT_TABLES:
        if table in same:
            continue
        b_rows, m_rows, g_rows = _table(base, table), _table(master, table), _table(group, table)
        m_unique: dict[tuple[str, tuple[Any, ...]], str] | None = None
        for rid, g in g_rows.items():
            m = m_rows.get(rid)
            if m == g:  # untouched on both sides (the common case): nothing to compare
                continue
            b = b_rows.get(rid) if base is not None else None
            if m is None and b is None and rid not in master_deleted:
                if m_unique is None:
                    m_unique = _unique_index(m_rows, table)
                twin = next(
                    (
                        m_unique[k]
                        for u in TABLES[table].unique
                        if (k := (",".join(u), tuple(g.get(c) for c in u))) in m_unique
                    ),
                    None,
                )
                if twin is None:
                    plan.inserts.append((table, dict(g)))
                else:  # the same row added on both sides under different ids
                    _merge_fields(plan, conflict, table, twin, None, m_rows[twin], g)
            elif m is None:  # deleted in the master
                if (
                    content(g) != content(b)
                    and conflict(Conflict(table, rid, None, "delete_edit", content(b), None, content(g))) == "group"
                ):
                    plan.inserts.append((table, dict(g)))
            else:
                _merge_fields(plan, conflict, table, rid, b, m, g)
        if base is None:
            continue
        for rid, b in b_rows.items():
            if rid in g_rows or rid not in m_rows:
                continue
            m = m_rows[rid]
            if content(m) == content(b):
                plan.deletes.append((table, rid))
            elif conflict(Conflict(table, rid, None, "edit_delete", content(b), content(m), None)) == "group":
                plan.deletes.append((table, rid))
    _check_references(plan, index(master), conflict)
    return plan


def _merge_fields(plan: MergePlan, conflict: Any, table: str, rid: str, b: Row | None, m: Row, g: Row) -> None:
    for col in TABLES[table].column_names:
        if col in BOOKKEEPING or col not in g:
            continue
        mv, gv = m.get(col), g.get(col)
        if mv == gv:
            continue
        if b is not None:
            bv = b.get(col)
            if gv == bv:
                continue
            if mv == bv:
                plan.updates.append(FieldChange(table, rid, col, mv, gv))
                continue
            if isinstance(bv, str) and isinstance(mv, str) and isinstance(gv, str):
                text, clashes = merge_text(bv, mv, gv)
                if not clashes:
                    plan.updates.append(FieldChange(table, rid, col, mv, text))
                    continue
        else:
            bv = None
        if conflict(Conflict(table, rid, col, "field", bv, mv, gv)) == "group":
            plan.updates.append(FieldChange(table, rid, col, mv, gv))


def _check_references(plan: MergePlan, master: Indexed, conflict: Any) -> None:
    """Inserts and updates may not point at missing rows; deletes may not take master-only rows with them."""
    while True:
        inserted: dict[str, dict[str, Row]] = {}
        for t, r in plan.inserts:
            inserted.setdefault(t, {})[r["id"]] = r
        changed: dict[tuple[str, str], dict[str, Any]] = {}
        for u in plan.updates:
            changed.setdefault((u.table, u.row_id), {})[u.column] = u.new
        touched = [((t, rid), row) for t, rows in inserted.items() for rid, row in rows.items()]
        touched += [((t, rid), {**master.get(t, {}).get(rid, {}), **vals}) for (t, rid), vals in changed.items()]
        bad: list[tuple[str, str, Row]] = []
        for (table, rid), row in touched:
            for col in TABLES[table].all_columns:
                ref = row.get(col.name)
                if (
                    col.ref
                    and ref is not None
                    and ref not in master.get(col.ref, {})
                    and ref not in inserted.get(col.ref, {})
                ):
                    bad.append((table, rid, row))
                    break
        if not bad:
            break
        for table, rid, row in sorted(bad, key=lambda b: (b[0], b[1])):
            before = master.get(table, {}).get(rid)
            plan.inserts = [(t, r) for t, r in plan.inserts if (t, r["id"]) != (table, rid)]
            plan.updates = [u for u in plan.updates if (u.table, u.row_id) != (table, rid)]
            plan.conflicts.append(Conflict(table, rid, None, "dangling", None, content(before), content(row)))
    _check_deletes(plan, master, conflict)


def _dependants(master: Indexed, table: str, rid: str) -> Iterable[tuple[str, str]]:
    """Rows of the master that a delete of (table, rid) would take with it (cascading references)."""
    todo, seen = [(table, rid)], set()
    while todo:
        t, i = todo.pop()
        for spec in TABLES.values():
            for col in spec.all_columns:
                if col.ref == t and col.on_delete == "cascade":
                    for row in master.get(spec.name, {}).values():
                        key = (spec.name, row["id"])
                        if row.get(col.name) == i and key not in seen:
                            seen.add(key)
                            todo.append(key)
                            yield key


def _check_deletes(plan: MergePlan, master: Indexed, conflict: Any) -> None:
    deleting = set(plan.deletes)
    kept: list[tuple[str, str]] = []
    for table, rid in plan.deletes:
        lost = [d for d in _dependants(master, table, rid) if d not in deleting]
        if lost:
            row = master[table][rid]
            if conflict(Conflict(table, rid, None, "delete_in_use", None, content(row), None)) != "group":
                continue
        kept.append((table, rid))
    plan.deletes = kept


def apply(master: AnyRows, plan: MergePlan) -> Rows:
    """The master's rows after ``plan`` (new dicts; cascades of deletes follow the model)."""
    out = {t: {rid: dict(r) for rid, r in rows.items()} for t, rows in index(master).items()}
    apply_in_place(out, plan)
    return {t: list(rows.values()) for t, rows in out.items()}


def apply_in_place(rows: Indexed, plan: MergePlan) -> set[tuple[str, str]]:
    """Carry ``plan`` out on indexed rows (changed in place); returns the rows deleted, cascades included."""
    for u in plan.updates:
        row = rows.get(u.table, {}).get(u.row_id)
        if row is not None:
            row[u.column] = u.new
    for table, row in plan.inserts:
        rows.setdefault(table, {}).setdefault(row["id"], dict(row))
    gone = set(plan.deletes)
    for table, rid in plan.deletes:
        gone.update(_dependants(rows, table, rid))
    for table, rid in gone:
        rows.get(table, {}).pop(rid, None)
    if gone:
        for spec in TABLES.values():  # nullify references to deleted rows
            for col in spec.all_columns:
                if col.ref and col.on_delete == "nullify":
                    for row in rows.get(spec.name, {}).values():
                        if (col.ref, row.get(col.name)) in gone:
                            row[col.name] = None
    return gone
