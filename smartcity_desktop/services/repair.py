# SPDX-License-Identifier: GPL-3.0-or-later
"""Periksa dokumen: find what is wrong inside a usable plan and fix what can be fixed, in one transaction.

A registry of rules, each a pair (find, fix): ``find(ctx)`` lists findings on the data as it is now;
``fix(ctx, finding)`` changes the rows and says in words what it changed. ``repair`` runs the rules in
order (later rules see the earlier fixes) inside one transaction; the caller backs the plan up first.
Other rule sets (e.g. core/rules.py) attach their fixes with ``register``.

Decisions: a reference to a missing row is emptied when the model allows it and the row is removed
(with what belongs to it) when the reference is required; yearly rows (budgets, targets) outside the
plan period are removed and each is reported with its value (the backup taken before the repair keeps
them); a budget inside the period but outside its program's years widens the program's years (kept).
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import WriteFailed
from smartcity_desktop.core.model import TABLES, Column, table_order
from smartcity_desktop.core.validate import MAX_PERIOD_YEARS, UUID_RE, YEAR_MAX, check_period, check_value
from smartcity_desktop.storage.db import PlanDB, now_iso
from smartcity_desktop.storage.repair_queries import RawRow, defer_foreign_keys, delete_rowid, raw_rows, set_values

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Finding:
    """One thing wrong: which rule saw it, where, and a message key (with arguments) saying what."""

    rule: str
    table: str
    rowid: int
    row_id: str
    column: str | None
    key: str
    args: tuple[Any, ...] = ()
    data: Any = None  # what the rule's fix needs

    def text(self, lang: str | None = None) -> str:
        from smartcity_desktop.messages import t

        return t(self.key, *self.args, lang=lang, table=self.table, column=self.column or "", row=self.row_id[:8])


@dataclass(frozen=True)
class Fixed:
    """One change a fix made, in words: table, row and what changed."""

    table: str
    row_id: str
    column: str | None
    key: str
    args: tuple[Any, ...] = ()

    def text(self, lang: str | None = None) -> str:
        from smartcity_desktop.messages import t

        return t(self.key, *self.args, lang=lang, table=self.table, column=self.column or "", row=self.row_id[:8])


@dataclass
class Context:
    """The plan being checked: rows read raw and cached until a fix changes them."""

    db: PlanDB
    _cache: dict[str, list[RawRow]] = field(default_factory=dict)

    def rows(self, table: str) -> list[RawRow]:
        if table not in self._cache:
            self._cache[table] = raw_rows(self.db, table)
        return self._cache[table]

    def ids(self, table: str) -> set[str]:
        return {r.values["id"] for r in self.rows(table) if isinstance(r.values.get("id"), str)}

    def plan(self) -> dict[str, Any]:
        rows = self.rows("plan")
        return rows[0].values if rows else {}

    def changed(self) -> None:
        self._cache.clear()


Find = Callable[[Context], list[Finding]]
Fix = Callable[[Context, Finding], list[Fixed]]


@dataclass(frozen=True)
class Rule:
    name: str
    find: Find
    fix: Fix


RULES: dict[str, Rule] = {}


def register(name: str, find: Find, fix: Fix) -> None:
    """Add a rule (or replace the one of that name); rules run in the order they were registered."""
    RULES[name] = Rule(name, find, fix)


# -- running ---------------------------------------------------------------------------
def find_problems(db: PlanDB) -> list[Finding]:
    """Everything the rules find, without changing anything."""
    ctx = Context(db)
    return [f for rule in RULES.values() for f in rule.find(ctx)]


def repair(db: PlanDB) -> list[Fixed]:
    """Fix everything the rules can, in one transaction (rolled back whole on any error)."""
    fixed: list[Fixed] = []
    with db.action():
        defer_foreign_keys(db)
        ctx = Context(db)
        for rule in RULES.values():
            findings = rule.find(ctx)
            for f in findings:
                fixed.extend(rule.fix(ctx, f))
            if findings:
                ctx.changed()
    return fixed


def find_in_file(path: str | Path) -> list[Finding]:
    """What ``check --repair`` would fix in a plan file, found without changing or locking it."""
    import sqlite3

    from smartcity_desktop.storage.migrations import SCHEMA_VERSION
    from smartcity_desktop.storage.vet import open_readonly, vet

    header = vet(path, content=False)
    conn = open_readonly(Path(path))
    try:
        if header.user_version < SCHEMA_VERSION:  # an older file: brought up to date in memory only
            mem = sqlite3.connect(":memory:", check_same_thread=False)
            conn.backup(mem)
            conn.close()
            conn = mem
            PlanDB(conn).migrate()
        return find_problems(PlanDB(conn))
    finally:
        conn.close()


def repair_document(doc: Any) -> list[Fixed]:
    """Repair an open plan (``PlanDocument``): a backup first, then one transaction; [] when all is well."""
    from smartcity_desktop.services.backups import take_backup

    if not find_problems(doc.db):
        return []
    if doc.read_only:
        raise WriteFailed("write.read_only", str(doc.path.parent))
    take_backup(doc, "repair")
    fixed = repair(doc.db)
    doc.edited(None)
    return fixed


def repair_file(path: str | Path) -> list[Fixed]:
    """Repair a plan file that is not open anywhere (its lock is taken; a plan open elsewhere is refused)."""
    from smartcity_desktop.core.errors import FileRefused
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.storage.vet import vet

    try:
        vet(path)
        restamp = False
    except FileRefused:  # content the row check refuses (or a checksum that no longer matches)
        restamp = True
    doc = PlanDocument.open(path, for_repair=True)
    try:
        if doc.read_only:
            raise WriteFailed("write.read_only", str(doc.path.parent))
        fixed = repair_document(doc)
        if restamp:
            doc.snapshot()  # written again: the checksum of what it holds now
    except BaseException:
        doc.close(abandon=True)
        raise
    doc.close()
    return fixed


# -- helpers ---------------------------------------------------------------------------
def _show(v: Any) -> str:
    if v is None:
        return "(kosong)"
    if isinstance(v, bytes):
        return f"<{len(v)} byte>"
    text = str(v)
    return repr(text[:40] + ("…" if len(text) > 40 else "")) if isinstance(v, str) else text


def _clean(text: str) -> str:
    return CONTROL_RE.sub("", text)


def _decode(v: bytes) -> str:
    return _clean(v.decode("utf-8", errors="replace"))


def _finding(rule: str, table: str, r: RawRow, column: str | None, key: str, *args: Any, data: Any = None) -> Finding:
    return Finding(rule, table, r.rowid, r.id, column, key, args, data)


# -- rule: text ----------------------------------------------------------------------------
def find_text(ctx: Context) -> list[Finding]:
    out = []
    for table in TABLES:
        for r in ctx.rows(table):
            for c in TABLES[table].all_columns:  # broken UTF-8 in any column; control characters in text
                v = r.values.get(c.name)
                if c.name in r.bad_text:
                    out.append(_finding("text", table, r, c.name, "repair.text_encoding"))
                elif c.type == "text" and isinstance(v, str) and CONTROL_RE.search(v):
                    out.append(_finding("text", table, r, c.name, "repair.text_control"))
    return out


def fix_text(ctx: Context, f: Finding) -> list[Fixed]:
    r = next(x for x in ctx.rows(f.table) if x.rowid == f.rowid)
    assert f.column is not None
    old = r.values[f.column]
    new = _decode(old) if isinstance(old, bytes) else _clean(str(old))
    set_values(ctx.db, f.table, f.rowid, {f.column: new})
    key = "repair.fixed_encoding" if isinstance(old, bytes) else "repair.fixed_control"
    return [Fixed(f.table, f.row_id, f.column, key, (_show(new),))]


# -- rule: values (types, allowed values, ranges, required) -----------------------------------
def _placeholder(table: str, col: Column, values: dict[str, Any]) -> Any:
    """A value for a required column that is empty or unusable."""
    from smartcity_desktop.messages import t

    if col.choices:
        return col.choices[0]
    if col.name == "modified_at":
        return now_iso()
    if col.name == "id":
        return str(uuid.uuid4())
    if col.type == "text":
        return t("repair.placeholder_text")
    if col.type == "bool":
        return 0
    if col.type == "real":
        return 0.0
    if table == "plan" and col.name in ("period_start", "period_end"):
        start = values.get("period_start")
        start = start if isinstance(start, int) and 1990 <= start <= 2100 else date.today().year
        return start if col.name == "period_start" else min(2100, start + 9)
    if col.min is not None:
        return col.min
    return 0


def _coerce(col: Column, v: Any) -> Any:
    """The value ``v`` meant for ``col``, when it can be read as one (None when not)."""
    if isinstance(v, bytes) and col.type != "blob":
        v = _decode(v)
    if col.type == "text":
        if isinstance(v, (int, float)) and not isinstance(v, bool) and not col.ref and col.name != "id":
            return str(v)
        if isinstance(v, str):
            s = v.strip()
            if (col.ref or col.name == "id") and UUID_RE.match(s.lower()):
                return s.lower()
            if col.choices and s.lower() in col.choices:
                return s.lower()
            return v if not (col.choices or col.ref or col.name == "id") else None
        return None
    if col.type in ("int", "bool"):
        if isinstance(v, float) and math.isfinite(v) and v == int(v):
            v = int(v)
        elif isinstance(v, str):
            try:
                v = int(v.strip())
            except ValueError:
                return None
        if not isinstance(v, int):
            return None
        if col.type == "bool":
            return 1 if v else 0
        if col.min is not None and v < col.min:
            return col.min
        if col.max is not None and v > col.max:
            return col.max
        return v
    if col.type == "real":
        if isinstance(v, str):
            try:
                v = float(v.strip().replace(",", "."))
            except ValueError:
                return None
        if isinstance(v, (int, float)) and math.isfinite(v):
            return float(v)
        return None
    if col.type == "blob":
        return v.encode("utf-8") if isinstance(v, str) else None
    return None


def find_values(ctx: Context) -> list[Finding]:
    out = []
    for table, spec in TABLES.items():
        for r in ctx.rows(table):
            for c in spec.all_columns:
                if c.name == "sort_key" or c.name in r.bad_text:
                    continue
                v = r.values.get(c.name)
                if c.ref and v is None:
                    continue  # an empty required reference: the references rule removes the row
                p = check_value(spec, c, v, r.id)
                if p is not None and p.key == "value.control_char":
                    continue  # the text rule removes control characters (listed once, there)
                if p is not None:
                    out.append(_finding("values", table, r, c.name, p.key, *p.args))
                elif table == "plan" and c.required and c.type == "text" and not str(v).strip():
                    out.append(_finding("values", table, r, c.name, "value.required"))
    return out


def fix_values(ctx: Context, f: Finding) -> list[Fixed]:
    spec = TABLES[f.table]
    col = spec.column(f.column or "")
    r = next(x for x in ctx.rows(f.table) if x.rowid == f.rowid)
    old = r.values.get(col.name)
    new = _coerce(col, old) if old is not None else None
    if new is not None and check_value(spec, col, new, r.id) is not None:
        new = None
    if isinstance(new, str) and col.required and not new.strip():
        new = None
    if new is None and col.ref and col.required:
        return []  # the references rule removes the row, once every row's values are valid
    if new is None and (col.required or col.name == "id"):
        new = _placeholder(f.table, col, r.values)
        set_values(ctx.db, f.table, f.rowid, {col.name: new})
        r.values[col.name] = new
        blank = old is None or (isinstance(old, str) and not old.strip())
        if blank and (f.table == "plan" or col.type == "text"):
            return [Fixed(f.table, f.row_id, col.name, "repair.placeholder", (_show(new),))]
        return [Fixed(f.table, f.row_id, col.name, "repair.changed", (_show(old), _show(new)))]
    set_values(ctx.db, f.table, f.rowid, {col.name: new})
    r.values[col.name] = new
    return [Fixed(f.table, f.row_id, col.name, "repair.changed", (_show(old), _show(new)))]


def _remove_row(ctx: Context, table: str, r: RawRow, reason: str) -> list[Fixed]:
    """Delete a row and what belongs to it, saying so (tombstones as for any deletion)."""
    from smartcity_desktop.messages import t

    rid = r.values.get("id")
    if isinstance(rid, str) and UUID_RE.match(rid):
        before = {name: {x.values.get("id") for x in ctx.rows(name)} for name in TABLES}
        ctx.db.delete(table, rid)
        ctx.changed()
        gone = [
            (name, i) for name in table_order() for i in before[name] - {x.values.get("id") for x in ctx.rows(name)}
        ]
    else:
        delete_rowid(ctx.db, table, r.rowid)
        ctx.changed()
        gone = [(table, r.id)]
    out = [Fixed(table, r.id, None, "repair.removed", (t(reason),))]
    out += [
        Fixed(name, str(i), None, "repair.removed_with", (table, r.id[:8]))
        for name, i in gone
        if (name, i) != (table, rid)
    ]
    return out


# -- rule: consistency between fields (plan period, program years, month plans) ---------------
def find_ranges(ctx: Context) -> list[Finding]:
    out = []
    for r in ctx.rows("plan"):
        a, b = r.values.get("period_start"), r.values.get("period_end")
        if isinstance(a, int) and isinstance(b, int) and check_period(a, b) is not None:
            out.append(_finding("ranges", "plan", r, "period_end", "plan.period", a, b))
    for table, first, last, key in (
        ("program", "first_year", "last_year", "program.years"),
        ("quick_win_step", "start_month", "end_month", "quickwin.months"),
    ):
        for r in ctx.rows(table):
            a, b = r.values.get(first), r.values.get(last)
            if isinstance(a, int) and isinstance(b, int) and a > b:
                out.append(_finding("ranges", table, r, last, key, a, b, data=(first, last)))
    return out


def fix_ranges(ctx: Context, f: Finding) -> list[Fixed]:
    a, b = f.args
    if f.table == "plan":  # the rule of core.validate.check_period: end after start, at most 20 years
        new_end = min(max(a + 1, b), a + MAX_PERIOD_YEARS - 1, YEAR_MAX)
        set_values(ctx.db, "plan", f.rowid, {"period_end": new_end})
        return [Fixed("plan", f.row_id, "period_end", "repair.changed", (b, new_end))]
    first, last = f.data
    set_values(ctx.db, f.table, f.rowid, {first: b, last: a})
    return [Fixed(f.table, f.row_id, f"{first}, {last}", "repair.swapped", (f"{a}–{b}", f"{b}–{a}"))]


# -- rule: program years inside the plan period ----------------------------------------------
def find_program_period(ctx: Context) -> list[Finding]:
    plans = ctx.rows("plan")
    if not plans:
        return []
    start, end = plans[0].values.get("period_start"), plans[0].values.get("period_end")
    if not isinstance(start, int) or not isinstance(end, int):
        return []
    out = []
    for r in ctx.rows("program"):
        a, b = r.values.get("first_year"), r.values.get("last_year")
        if (isinstance(a, int) and not start <= a <= end) or (isinstance(b, int) and not start <= b <= end):
            out.append(
                _finding(
                    "program_period",
                    "program",
                    r,
                    "first_year, last_year",
                    "program.outside_period_years",
                    a,
                    b,
                    start,
                    end,
                )
            )
    return out


def fix_program_period(ctx: Context, f: Finding) -> list[Fixed]:
    a, b, start, end = f.args
    new_a = min(max(a, start), end) if isinstance(a, int) else a
    new_b = min(max(b, start), end) if isinstance(b, int) else b
    if isinstance(new_a, int) and isinstance(new_b, int) and new_a > new_b:
        new_a = new_b
    set_values(ctx.db, "program", f.rowid, {"first_year": new_a, "last_year": new_b})
    return [Fixed("program", f.row_id, "first_year, last_year", "repair.changed", (f"{a}–{b}", f"{new_a}–{new_b}"))]


# -- rule: references ------------------------------------------------------------------------
def find_references(ctx: Context) -> list[Finding]:
    out = []
    for table, spec in TABLES.items():
        refs = [c for c in spec.all_columns if c.ref]
        for r in ctx.rows(table):
            for c in refs:
                v = r.values.get(c.name)
                if (v is not None and v not in ctx.ids(c.ref or "")) or (v is None and c.required):
                    out.append(_finding("references", table, r, c.name, "row.dangling", data=c))
            if table == "feedback" and r.values.get("target_table"):
                tt = r.values["target_table"]
                if tt not in TABLES or r.values.get("target_id") not in ctx.ids(tt):
                    out.append(_finding("references", table, r, "target_id", "feedback.dangling"))
    return out


def fix_references(ctx: Context, f: Finding) -> list[Fixed]:
    current = next((x for x in ctx.rows(f.table) if x.rowid == f.rowid), None)
    if current is None:  # already removed with the row it belonged to
        return []
    if f.column == "target_id" and f.table == "feedback":
        set_values(ctx.db, "feedback", f.rowid, {"target_table": None, "target_id": None})
        ctx.changed()
        return [Fixed(f.table, f.row_id, "target_table, target_id", "repair.nullified")]
    col: Column = f.data
    v = current.values.get(col.name)
    if v is not None and v in ctx.ids(col.ref or ""):
        return []
    if col.required:
        return _remove_row(ctx, f.table, current, "repair.reason_reference")
    set_values(ctx.db, f.table, f.rowid, {col.name: None})
    ctx.changed()
    return [Fixed(f.table, f.row_id, col.name, "repair.nullified")]


# -- rule: order of ordered lists -------------------------------------------------------------
def _order_plan(rows: list[RawRow]) -> list[tuple[RawRow, float]]:
    """New sort keys for the rows whose key is missing, not a finite number, or not after the previous one."""

    def valid(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)

    ranked = sorted(
        rows,
        key=lambda r: (0, float(r.values["sort_key"]), r.id) if valid(r.values.get("sort_key")) else (1, 0.0, r.id),
    )
    changes = []
    last: float | None = None
    for r in ranked:
        v = r.values.get("sort_key")
        if isinstance(v, float) and valid(v) and r.types.get("sort_key") == "real" and (last is None or v > last):
            last = v
            continue
        last = (last if last is not None else 0.0) + 1.0
        changes.append((r, last))
    return changes


def find_order(ctx: Context) -> list[Finding]:
    out = []
    for table, spec in TABLES.items():
        if spec.ordered:
            for r, _new in _order_plan(ctx.rows(table)):
                out.append(_finding("order", table, r, "sort_key", "repair.sort_key", _show(r.values.get("sort_key"))))
    return out


def fix_order(ctx: Context, f: Finding) -> list[Fixed]:
    """Renumber the whole list at its first finding (its other findings then find nothing left to do)."""
    out = []
    for r, new in _order_plan(ctx.rows(f.table)):
        set_values(ctx.db, f.table, r.rowid, {"sort_key": new})
        out.append(Fixed(f.table, r.id, "sort_key", "repair.changed", (_show(r.values.get("sort_key")), _show(new))))
    ctx.changed()
    return out


# -- rule: yearly rows ---------------------------------------------------------------------------
YEARLY = (("program_budget", "program_id", "amount"), ("indicator_target", "indicator_id", "value"))


def find_years(ctx: Context) -> list[Finding]:
    plan = ctx.plan()
    start, end = plan.get("period_start"), plan.get("period_end")
    if not (isinstance(start, int) and isinstance(end, int)):
        return []
    programs = {r.values.get("id"): r for r in ctx.rows("program")}
    out = []
    for table, _parent, value in YEARLY:
        for r in ctx.rows(table):
            year = r.values.get("year")
            if not isinstance(year, int):
                continue
            if not start <= year <= end:
                out.append(
                    _finding(
                        "years", table, r, "year", "repair.year_outside", year, _show(r.values.get(value)), start, end
                    )
                )
            elif table == "program_budget":
                p = programs.get(r.values.get("program_id"))
                a, b = (p.values.get("first_year"), p.values.get("last_year")) if p else (None, None)
                if p and isinstance(a, int) and isinstance(b, int) and not a <= year <= b:
                    out.append(_finding("years", table, r, "year", "repair.year_outside_program", year, a, b, data=p))
    return out


def fix_years(ctx: Context, f: Finding) -> list[Fixed]:
    if f.key == "repair.year_outside":
        year, value, start, end = f.args
        r = next(x for x in ctx.rows(f.table) if x.rowid == f.rowid)
        if isinstance(r.values.get("id"), str) and UUID_RE.match(r.values["id"]):
            ctx.db.delete(f.table, r.values["id"])  # a tombstone, as for any deletion
        else:
            delete_rowid(ctx.db, f.table, f.rowid)
        ctx.changed()
        return [Fixed(f.table, f.row_id, "year", "repair.year_removed", (year, value, start, end))]
    year = f.args[0]
    p = next(x for x in ctx.rows("program") if x.rowid == f.data.rowid)
    a, b = p.values["first_year"], p.values["last_year"]
    na, nb = min(a, year), max(b, year)
    if (na, nb) == (a, b):
        return []
    set_values(ctx.db, "program", p.rowid, {"first_year": na, "last_year": nb})
    p.values.update(first_year=na, last_year=nb)
    return [Fixed("program", p.id, "first_year, last_year", "repair.years_widened", (f"{a}–{b}", f"{na}–{nb}", year))]


# -- rule: tables of exactly one row ---------------------------------------------------------------
def find_single(ctx: Context) -> list[Finding]:
    """``copy_info`` (this copy's identity) must hold one row (``plan`` itself is checked by vetting)."""
    rows = ctx.rows("copy_info")
    if len(rows) == 1:
        return []
    plan = ctx.plan()
    return [Finding("single", "copy_info", 0, str(plan.get("id") or "?"), None, "table.single", (len(rows),))]


def fix_single(ctx: Context, f: Finding) -> list[Fixed]:
    rows = ctx.rows("copy_info")
    plan_id = ctx.plan().get("id")
    if not rows:
        rid = ctx.db.insert("copy_info", {"plan_id": plan_id, "created_at": now_iso()})
        ctx.changed()
        return [Fixed("copy_info", rid, None, "repair.added", ("plan_id", plan_id))]
    keep = sorted(rows, key=lambda r: (r.values.get("plan_id") != plan_id, str(r.values.get("created_at")), r.rowid))
    out = []
    for r in keep[1:]:
        delete_rowid(ctx.db, "copy_info", r.rowid)
        out.append(Fixed("copy_info", r.id, None, "repair.removed", (f.text(),)))
    ctx.changed()
    return out


register("text", find_text, fix_text)
register("values", find_values, fix_values)
register("ranges", find_ranges, fix_ranges)
register("program_period", find_program_period, fix_program_period)  # after the period itself is valid
register("order", find_order, fix_order)
register("references", find_references, fix_references)  # after every row is valid: removals cascade
register("years", find_years, fix_years)
register("single", find_single, fix_single)
