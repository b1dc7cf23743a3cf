# SPDX-License-Identifier: GPL-3.0-or-later
"""Working groups: hand out copies of a plan, then merge the copies that come back (three-way).

A hand-out records a baseline snapshot in the master and gives each group a complete plan file whose
``copy_info`` names the group, the dimensions it owns and that baseline. Merging vets each returned file
as untrusted, finds the baseline (in the master, else the copy's own snapshot), computes the merge with
``core.threeway`` and applies every group in one transaction of the master, after a backup snapshot.
Conflicts stay open (recorded in ``merge_decision``) until the facilitator decides them.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import uuid
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.core.interchange import loads
from smartcity_desktop.core.model import TABLES, table_order
from smartcity_desktop.core.threeway import (
    Conflict,
    Decision,
    Indexed,
    LazyTables,
    MergePlan,
    apply_in_place,
    index,
    three_way,
    value_hash,
)
from smartcity_desktop.services.backups import take_backup
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.group_copy import GroupCopy, dimension_of, group_copy, outside_group
from smartcity_desktop.services.snapshots import take_snapshot
from smartcity_desktop.storage.checksum import scan
from smartcity_desktop.storage.database_files import read_all
from smartcity_desktop.storage.db import PlanDB, now_iso
from smartcity_desktop.storage.migrations import SCHEMA_VERSION
from smartcity_desktop.storage.vet import vet

Rows = dict[str, list[dict[str, Any]]]
log = logging.getLogger(__name__)
_MAX_WORKERS = 4

# Indonesian words people type for the dimensions of both frameworks, by dimension code.
_ALIASES = {
    "economy": ("ekonomi",),
    "environment": ("lingkungan",),
    "governance": ("pemerintahan", "tata kelola"),
    "living": ("kehidupan", "permukiman"),
    "mobility": ("mobilitas", "transportasi"),
    "people": ("masyarakat", "sdm", "warga"),
    "society": ("masyarakat", "sosial"),
    "branding": ("branding", "citra"),
}


@dataclass(frozen=True)
class Group:
    """A working group and the dimensions (codes, names or numbers as typed) it drafts."""

    name: str
    dimensions: tuple[str, ...] = ()


def parse_group(text: str) -> Group:
    """``NAME[:DIMENSION,...]`` as typed on the command line."""
    name, _, dims = text.partition(":")
    if not name.strip():
        raise PlanError("groups.spec", text)
    return Group(name.strip(), tuple(d.strip() for d in dims.split(",") if d.strip()))


def resolve_dimensions(dimensions: Sequence[dict[str, Any]], wanted: Iterable[str]) -> list[str]:
    """Ids of the dimensions named by code, name, number (1-6) or an Indonesian word; unknown ones refused."""
    ordered = sorted(dimensions, key=lambda d: (d.get("sort_key") or 0, d["id"]))
    out: list[str] = []
    for word in wanted:
        w = word.casefold()
        found = None
        if w.isdigit() and 1 <= int(w) <= len(ordered):
            found = ordered[int(w) - 1]
        for d in ordered:
            if found is not None:
                break
            code, name = (d.get("code") or "").casefold(), (d.get("name") or "").casefold()
            if w in (code, name) or (len(w) >= 3 and w in name) or w in _ALIASES.get(code, ()):
                found = d
        if found is None:
            raise PlanError("groups.unknown_dimension", word, ", ".join(d.get("name") or "" for d in ordered))
        out.append(found["id"])
    return out


def copy_file_name(index: int, group: Group, dimension_names: Sequence[str]) -> str:
    """``Kelompok-2-Ekonomi.smartcity``: the group's number and what it drafts, safe on every file system."""
    words = dimension_names[0].replace("Smart ", "") if len(dimension_names) == 1 else group.name
    slug = re.sub(r"[^0-9A-Za-z]+", "-", words).strip("-")[:40] or "Kelompok"
    return f"Kelompok-{index}-{slug}.smartcity"


def hand_out(document: PlanDocument, groups: Sequence[Group], folder: str | Path, snapshot_name: str) -> list[Path]:
    """Record a baseline in the open master and write one copy per group into ``folder``."""
    from smartcity_desktop.services.plans import write_plan

    db = document.db
    dims = db.rows("dimension")
    chosen = [resolve_dimensions(dims, g.dimensions) for g in groups]
    names = {d["id"]: d.get("name") or "" for d in dims}
    targets = [
        Path(folder) / copy_file_name(i + 1, g, [names[x] for x in ids])
        for i, (g, ids) in enumerate(zip(groups, chosen, strict=True))
    ]
    for target in targets:
        if target.exists():
            raise PlanError("file.exists", str(target))
    with db.action() as changes:
        baseline = take_snapshot(db, snapshot_name, kind="baseline")
    document.edited(changes)
    rows = db.all_rows()
    master_info = (rows.get("copy_info") or [{}])[0]
    written: list[Path] = []
    for group, ids, target in zip(groups, chosen, targets, strict=True):
        copy = dict(rows)
        copy["copy_info"] = [
            {
                "id": str(uuid.uuid4()),
                "plan_id": master_info.get("plan_id"),
                "baseline_id": baseline,
                "group_name": group.name,
                "group_dimensions": json.dumps(ids),
                "created_at": now_iso(),
                "modified_at": now_iso(),
                "modified_by": db.who or None,
            }
        ]
        write_plan(target, copy)
        written.append(target)
    return written


@dataclass
class GroupResult:
    """What merging one group file did."""

    path: str
    group_name: str
    copy_id: str
    baseline: str  # "shared", "copy" (the copy's own snapshot) or "none"
    plan: MergePlan
    changes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MergeOutcome:
    groups: list[GroupResult]

    @property
    def open_conflicts(self) -> int:
        return sum(len(g.plan.conflicts) for g in self.groups)

    def report(self) -> dict[str, Any]:
        """The merge report (who changed what, conflicts and how they were resolved) as JSON data."""
        return {
            "merged_at": now_iso(),
            "groups": [
                {
                    "file": g.path,
                    "group": g.group_name,
                    "copy_id": g.copy_id,
                    "baseline": g.baseline,
                    "inserted": [{"table": t, "id": r["id"], "label": _label(t, r)} for t, r in g.plan.inserts],
                    "changed": [
                        {
                            "table": u.table,
                            "id": u.row_id,
                            "field": u.column,
                            "old": _plain(u.old),
                            "new": _plain(u.new),
                        }
                        for u in g.plan.updates
                    ],
                    "deleted": [{"table": t, "id": i} for t, i in g.plan.deletes],
                    "conflicts": [_conflict(c) for c in g.plan.conflicts],
                    "resolved": [dict(_conflict(c), decision=d) for c, d in g.plan.resolved],
                }
                for g in self.groups
            ],
        }


def _plain(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes | bytearray | memoryview) else value


def _label(table: str, row: dict[str, Any]) -> str:
    return str(row.get(TABLES[table].label) or "")


def _conflict(c: Conflict) -> dict[str, Any]:
    return {
        "table": c.table,
        "id": c.row_id,
        "field": c.column,
        "kind": c.kind,
        "base": _plain(c.base),
        "master": _plain(c.master),
        "group": _plain(c.group),
        "key": c.key,
    }


class CopyRows(dict[str, list[dict[str, Any]]]):
    """The rows of a returned copy; ``same`` names the tables left unread because the copy holds exactly
    the master's rows there (proven by the copy's verified checksum): the group changed nothing in them."""

    same: frozenset[str] = frozenset()


# Always read: they differ per copy or carry the baseline the merge needs.
_ALWAYS_READ = frozenset({"copy_info", "snapshot", "merge_decision"})


def read_group_file(path: str | Path, like: Mapping[str, tuple[int, str]] | None = None) -> Rows:
    """The rows of a returned copy, vetted as untrusted (renamed, emailed, from a read-only folder).

    ``like``: the master's table digests (``master_digests``). A table the copy's checksum records exactly as
    the master holds it is neither checked nor read (a group edits a few tables of a large plan): the merge
    takes nothing from it. Every table that is read is checked row by row against the copy's checksum.
    """
    header = vet(path, like=like, always=_ALWAYS_READ)
    same = header.unread if header.user_version == SCHEMA_VERSION else frozenset()
    rows, _version = read_all(Path(path), [t for t in TABLES if t not in same] if same else None)
    out = CopyRows(rows)
    out.same = frozenset(t for t in same if t in TABLES)
    return out


def master_digests(db: PlanDB) -> dict[str, tuple[int, str]]:
    """The master's table digests as they are now (the same sums vetting proves of a copy)."""
    return scan(db.conn)


def answer_key(copy_id: str, conflict: Conflict) -> str:
    """The key of the facilitator's answer to one conflict of one copy (two copies may clash alike)."""
    return f"{copy_id}/{conflict.key}"


def read_copies(
    paths: Sequence[str | Path], plan_id: str | None, master: PlanDB | None = None
) -> list[tuple[str, Rows]]:
    """Vet and read every returned copy; a bad file or a copy of another plan refuses them all.

    With ``master``, tables the copy holds exactly as the master does are left unread. Several copies are
    read by worker processes, one a processor, since each is vetted row by row.
    """
    names = [str(p) for p in paths]
    copies = list(zip(names, _read_each(names, master), strict=True))
    for path, rows in copies:
        if _plan_id(rows) != plan_id:
            raise PlanError("groups.other_plan", path)
    return copies


def _read_each(paths: list[str], master: PlanDB | None) -> list[Rows]:
    workers = min(len(paths), os.cpu_count() or 1, _MAX_WORKERS)
    like: Mapping[str, tuple[int, str]] | None = None
    if workers > 1:
        import multiprocessing  # here, not at import: the main window imports this module at launch (~13 ms)
        from concurrent.futures import ProcessPoolExecutor

        try:
            context = multiprocessing.get_context("spawn")  # never fork a process that may run Qt
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                for _ in range(workers):  # the workers start while the master's digests are computed here
                    pool.submit(_ready)
                like = master_digests(master) if master is not None else None
                return list(pool.map(read_group_file, paths, [like] * len(paths)))
        except Exception:  # a refused file, or no processes here: read in this process, with its own message
            log.debug("reading the copies in worker processes failed; reading them here", exc_info=True)
    if like is None and master is not None:
        like = master_digests(master)
    return [read_group_file(p, like) for p in paths]


def _ready() -> bool:
    """Nothing: a worker process that runs it has started and imported this module."""
    return True


def plan_id_of(db: PlanDB) -> str | None:
    """The id shared by a plan and every copy handed out from it."""
    return _plan_id({"copy_info": db.rows("copy_info")})


def preview_merge(
    document: PlanDocument,
    paths: Sequence[str | Path],
    *,
    prefer: Decision | None = None,
    decisions: Mapping[str, Decision] | None = None,
) -> MergeOutcome:
    """What merging the files would do, group after group, without changing anything."""
    copies = read_copies(paths, plan_id_of(document.db), document.db)
    return preview_copies(document.db, copies, prefer=prefer, decisions=decisions)


def preview_copies(
    db: PlanDB,
    copies: Sequence[tuple[str, Rows]],
    *,
    prefer: Decision | None = None,
    decisions: Mapping[str, Decision] | None = None,
) -> MergeOutcome:
    """The preview of copies already read by ``read_copies``."""
    state = _MasterState(db)
    return MergeOutcome([_plan_one(db, state, path, rows, prefer, decisions or {}) for path, rows in copies])


def read_and_preview(
    document: PlanDocument, paths: Sequence[str | Path]
) -> tuple[list[tuple[str, Rows]], MergeOutcome]:
    """``read_copies`` and ``preview_copies`` through a read-only connection of their own to the working copy, so
    a worker thread runs them while the GUI thread keeps the document's connection (Berkas > Gabungkan)."""
    from smartcity_desktop.storage.reader import open_reader

    db = open_reader(document.working)
    try:
        copies = read_copies(paths, plan_id_of(db), db)
        return copies, preview_copies(db, copies)
    finally:
        db.close()


def merge_groups(
    document: PlanDocument,
    paths: Sequence[str | Path],
    *,
    prefer: Decision | None = None,
    decisions: Mapping[str, Decision] | None = None,
    edits: Mapping[str, Any] | None = None,
    backup: Callable[[PlanDB], object] | None = None,
) -> MergeOutcome:
    """Merge every group file into the open master in one transaction (all or nothing), after a backup."""
    db = document.db
    copies = read_copies(paths, plan_id_of(db), db)
    take_backup(document, "merge")
    with db.action() as changes:
        outcome = merge_into(db, copies, prefer=prefer, decisions=decisions, edits=edits, backup=backup)
    document.edited(changes)
    return outcome


def merge_into(
    db: PlanDB,
    copies: Sequence[tuple[str, Rows]],
    *,
    prefer: Decision | None = None,
    decisions: Mapping[str, Decision] | None = None,
    edits: Mapping[str, Any] | None = None,
    backup: Callable[[PlanDB], object] | None = None,
) -> MergeOutcome:
    """Merge copies already read by ``read_copies`` inside the caller's transaction (the GUI's undo step).

    ``decisions`` are the facilitator's answers to conflicts of the preview, by ``answer_key``; ``edits``
    give a field conflict a value typed by the facilitator instead of either side. Conflicts left
    unanswered stay open (recorded in the plan) and everything else is merged.
    """
    edits = edits or {}
    answers: dict[str, Decision] = dict(decisions or {})
    answers.update({key: "master" for key in edits})
    with db.action():
        if backup is not None:
            backup(db)
        state = _MasterState(db)
        outcome = MergeOutcome([])
        for path, rows in copies:
            result = _plan_one(db, state, path, rows, prefer, answers)
            _apply(db, result.plan)
            for conflict, _decision in result.plan.resolved:
                key = answer_key(result.copy_id, conflict)
                if key in edits and conflict.column:
                    db.update(conflict.table, conflict.row_id, {conflict.column: edits[key]})
            _record_decisions(db, result.copy_id, result.plan)
            outcome.groups.append(result)
        if any(g.plan or g.plan.conflicts or g.plan.resolved for g in outcome.groups):
            _keep_report(db, outcome)
    return outcome


def merge_operation(
    session: Any,
    copies: Sequence[tuple[str, Rows]],
    *,
    decisions: Mapping[str, Decision] | None = None,
    edits: Mapping[str, Any] | None = None,
) -> tuple[MergeOutcome, Any]:
    """``merge_into`` as an operation of an edit session (services.session.EditSession): one undoable step."""
    take_backup(session.document, "merge")
    out: list[MergeOutcome] = []
    changes = session.run(lambda db: out.append(merge_into(db, copies, decisions=decisions, edits=edits)))
    return out[0], changes


def _keep_report(db: PlanDB, outcome: MergeOutcome) -> None:
    """The merge report stays in the plan (an attachment of kind ``merge_report``)."""
    data = json.dumps(outcome.report(), ensure_ascii=False, default=str).encode("utf-8")
    names = ", ".join(g.group_name for g in outcome.groups)
    from smartcity_desktop.exports.merge_report import REPORT_KIND  # the exports load when used (issue 10)

    db.insert("attachment", {"kind": REPORT_KIND, "name": names, "mime": "application/json", "data": data})


def merge_reports(db: PlanDB) -> list[dict[str, Any]]:
    """Every merge report kept in the plan, oldest first."""
    from smartcity_desktop.exports.merge_report import reports

    return reports({"attachment": db.rows("attachment")})


def _plan_id(rows: Rows) -> str | None:
    info = rows.get("copy_info") or []
    return info[0].get("plan_id") if info else None


class _MasterState:
    """The master's rows, read once and kept in step with each group's merge (no re-reading per group)."""

    def __init__(self, db: PlanDB) -> None:
        self.rows: Indexed = LazyTables(db.rows)  # only the tables some copy changed are read
        self.deleted = {r["id"] for r in db.rows("tombstone")}
        self.decisions = db.rows("merge_decision")
        self.baselines: dict[str, Indexed] = {}

    def advance(self, plan: MergePlan) -> None:
        self.deleted.update(rid for _t, rid in apply_in_place(self.rows, plan))


def _plan_one(
    db: PlanDB,
    state: _MasterState,
    path: str,
    group: Rows,
    prefer: Decision | None,
    answers: Mapping[str, Decision],
) -> GroupResult:
    info = (group.get("copy_info") or [{}])[0]
    copy_id = str(info.get("id") or "")
    base, where = _baseline(db, state, group, info.get("baseline_id"))
    decided: dict[str, Decision] = {
        r["value_hash"]: r["decision"]
        for r in state.decisions
        if r["copy_id"] == copy_id and r["decision"] in ("master", "group")
    }
    prefix = copy_id + "/"
    decided.update({k[len(prefix) :]: v for k, v in answers.items() if k.startswith(prefix)})
    plan = three_way(
        base,
        state.rows,
        group,
        decisions=decided,
        prefer=prefer,
        master_deleted=state.deleted,
        same=getattr(group, "same", frozenset()),
    )
    state.advance(plan)
    return GroupResult(path, str(info.get("group_name") or Path(path).stem), copy_id, where, plan)


def _baseline(db: PlanDB, state: _MasterState, group: Rows, baseline_id: str | None) -> tuple[Indexed | None, str]:
    """The rows the copy was made from: the master's snapshot, else the one the copy carries, else none."""
    if not baseline_id:
        return None, "none"
    if baseline_id not in state.baselines:
        own = db.get("snapshot", baseline_id)
        if own is not None:
            state.baselines[baseline_id] = index(_snapshot_rows(own["data"], trusted=True))
    if baseline_id in state.baselines:
        return state.baselines[baseline_id], "shared"
    carried = next((s for s in group.get("snapshot", []) if s["id"] == baseline_id), None)
    if carried is None:
        return None, "none"
    try:
        return index(_snapshot_rows(carried["data"])), "copy"
    except (PlanError, zlib.error, UnicodeDecodeError, ValueError, TypeError, KeyError):
        return None, "none"


def _snapshot_rows(data: bytes, *, trusted: bool = False) -> Rows:
    """A snapshot's rows for comparison only (nothing of it is written, so no full import check is needed).

    ``trusted``: the master's own snapshot (its file vetted when opened), parsed by the plain JSON reader;
    one a copy carries gets the strict reader (duplicate keys, depth, huge numbers refused).
    """
    text = zlib.decompress(data).decode("utf-8")
    doc = json.loads(text) if trusted else loads(text, "snapshot")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise PlanError("json.not_plan", "snapshot")
    out: Rows = {}
    for name, items in tables.items():
        spec = TABLES.get(name)
        if spec is None or not spec.content or not isinstance(items, list):
            continue
        blobs = [c.name for c in spec.all_columns if c.type == "blob"]
        for item in items:
            for col in blobs:
                if isinstance(item.get(col), str):
                    item[col] = base64.b64decode(item[col])
        out[name] = items
    return out


def _apply(db: PlanDB, plan: MergePlan) -> None:
    """Carry out a merge plan through the gateway (rules and cascades apply as for any edit)."""
    order = {name: i for i, name in enumerate(table_order())}
    pending = sorted(plan.inserts, key=lambda item: order[item[0]])
    while pending:  # parents first, also within a table (chapters under chapters)
        later = []
        for table, row in pending:
            spec = TABLES[table]
            waits = any(
                c.ref == table
                and row.get(c.name)
                and db.get(table, row[c.name]) is None
                and any(r["id"] == row[c.name] for t, r in pending if t == table)
                for c in spec.all_columns
            )
            if waits:
                later.append((table, row))
            else:
                db.insert(table, {k: v for k, v in row.items() if k in spec.column_names})
        if len(later) == len(pending):
            raise PlanError("groups.reference_loop")
        pending = later
    by_row: dict[tuple[str, str], dict[str, Any]] = {}
    for u in plan.updates:
        by_row.setdefault((u.table, u.row_id), {})[u.column] = u.new
    for (table, rid), values in by_row.items():
        db.update(table, rid, values)
    for table, rid in sorted(plan.deletes, key=lambda d: -order[d[0]]):
        db.delete(table, rid)


def _record_decisions(db: PlanDB, copy_id: str, plan: MergePlan) -> None:
    """Open conflicts and answered ones, so a second merge of the same copy asks nothing already answered."""
    have = {(r["value_hash"], r["decision"]) for r in db.rows("merge_decision") if r["copy_id"] == copy_id}
    items = [(c, "open") for c in plan.conflicts] + [(c, d) for c, d in plan.resolved]
    for c, decision in items:
        if (c.key, decision) in have:
            continue
        db.insert(
            "merge_decision",
            {
                "copy_id": copy_id,
                "table_name": c.table,
                "row_id": c.row_id,
                "field": c.column,
                "value_hash": c.key,
                "decision": decision,
            },
        )


def decide(document: PlanDocument, copy_id: str, key: str, decision: Decision) -> None:
    """Record the facilitator's answer to an open conflict (applied by merging that copy again)."""
    db = document.db
    with db.action() as changes:
        for r in db.rows("merge_decision"):
            if r["copy_id"] == copy_id and r["value_hash"] == key and r["decision"] == "open":
                db.update("merge_decision", r["id"], {"decision": decision})
    document.edited(changes)


__all__ = [
    "Group",
    "GroupCopy",
    "GroupResult",
    "MergeOutcome",
    "answer_key",
    "decide",
    "dimension_of",
    "group_copy",
    "hand_out",
    "merge_groups",
    "merge_into",
    "merge_operation",
    "merge_reports",
    "outside_group",
    "parse_group",
    "plan_id_of",
    "preview_copies",
    "preview_merge",
    "read_copies",
    "resolve_dimensions",
    "value_hash",
]
