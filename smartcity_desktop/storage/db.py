# SPDX-License-Identifier: GPL-3.0-or-later
"""The one gateway to a plan's SQLite database: rows in, rows out, deletions leave tombstones."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import InvalidEdit, WriteFailed
from smartcity_desktop.core.model import TABLES, references_to, table_order
from smartcity_desktop.core.validate import check_row
from smartcity_desktop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION, migration_set

Row = dict[str, Any]


def now_iso() -> str:
    """The current UTC time as stored in modified_at (informational only, never decides a merge)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    import uuid  # not at import: with it comes platform, ~2 ms of the launch (issue 10)

    return str(uuid.uuid4())


@dataclass
class Change:
    """One row before and after an edit (None: the row did not exist)."""

    table: str
    id: str
    before: Row | None
    after: Row | None


@dataclass
class ChangeSet:
    """All row changes of one user action: enough to undo and redo it."""

    changes: list[Change] = field(default_factory=list)

    def reversed(self) -> ChangeSet:
        return ChangeSet([Change(c.table, c.id, c.after, c.before) for c in reversed(self.changes)])

    def __bool__(self) -> bool:
        return bool(self.changes)


def connect(path: str | Path, *, wal: bool = False) -> sqlite3.Connection:
    """Open a connection with our safety settings (foreign keys on, no trusted schema, no ATTACH)."""
    conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
    harden(conn)
    conn.execute("PRAGMA journal_mode=" + ("WAL" if wal else "DELETE"))
    conn.execute("PRAGMA synchronous=" + ("NORMAL" if wal else "FULL"))
    return conn


def is_disk_full(e: BaseException) -> bool:
    """Whether an SQLite error says the disk (or a size limit) is full."""
    if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return True
    return isinstance(e, sqlite3.Error) and "database or disk is full" in str(e).lower()


def _db_folder(conn: sqlite3.Connection) -> str:
    """The folder of the connection's main database file (where the full disk is)."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
        return str(Path(row[2]).parent) if row and row[2] else "?"
    except sqlite3.Error:
        return "?"


def harden(conn: sqlite3.Connection) -> None:
    """Settings every connection gets, our own files included."""
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)


class PlanDB:
    """Rows of one plan database. Every write goes through here, inside ``action()``."""

    def __init__(self, conn: sqlite3.Connection, who: str = "") -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self.who = who
        self._changes: ChangeSet | None = None
        self.full_key = "write.folder_full"  # the message when the disk is full (services name the folder's role)

    # -- creating -------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, who: str = "") -> PlanDB:
        """A new, empty database at the current schema version."""
        conn = connect(path)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        plan = cls(conn, who)
        plan.migrate()
        return plan

    def migrate(self) -> None:
        """Bring the database to the current schema (nothing to do, and no sqlite-utils import, when it is)."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION or (version == 0 and create_from_cache(self.conn)):
            return
        from sqlite_utils import Database

        migration_set().apply(Database(self.conn, execute_plugins=False, recursive_triggers=False))
        self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    # -- transactions -----------------------------------------------------
    @contextmanager
    def action(self) -> Iterator[ChangeSet]:
        """One user action: one transaction, recorded as a ChangeSet for undo."""
        outer = self._changes is None
        if outer:
            self._changes = ChangeSet()
        changes = self._changes
        assert changes is not None
        try:
            with self._transaction():
                yield changes
                if outer:
                    self._enforce_rules(changes)
        except sqlite3.OperationalError as e:
            if not is_disk_full(e):
                raise
            raise WriteFailed(self.full_key, _db_folder(self.conn)) from None
        finally:
            if outer:
                self._changes = None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN/COMMIT, or a savepoint inside an open transaction; rolled back on any error."""
        conn = self.conn
        if conn.in_transaction:
            import uuid

            name = f"sp_{uuid.uuid4().hex}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _record(self, table: str, rid: str, before: Row | None, after: Row | None) -> None:
        if self._changes is not None:
            self._changes.changes.append(Change(table, rid, before, after))

    # -- reading ----------------------------------------------------------
    def get(self, table: str, rid: str) -> Row | None:
        _known(table)
        r = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (rid,)).fetchone()
        return dict(r) if r else None

    def get_many(self, table: str, rids: Iterable[str], columns: Iterable[str] | None = None) -> dict[str, Row]:
        """The rows of ``table`` with these ids, by id (one query; ids with no row are left out); only ``columns``
        of them (those the table has, and its id) when given: a program's long texts cost to read."""
        spec = _known(table)
        wanted = json.dumps(sorted(set(rids)))
        picked = "*"
        if columns is not None:
            picked = ", ".join(["id", *sorted({c for c in columns if c in spec.column_names} - {"id"})])
        sql = f"SELECT {picked} FROM {table} WHERE id IN (SELECT value FROM json_each(?))"
        return {r["id"]: dict(r) for r in self.conn.execute(sql, (wanted,))}

    def rows(self, table: str, **equals: Any) -> list[Row]:
        """Rows of a table whose columns equal the given values (None: the column is empty), in list order."""
        spec = _known(table)
        sql = f"SELECT * FROM {table}"
        params: list[Any] = []
        conds: list[str] = []
        for column, value in equals.items():
            if column not in spec.column_names:
                raise InvalidEdit("value.unknown_column", table=table, column=column, row="")
            if value is None:
                conds.append(f"{column} IS NULL")
            else:
                conds.append(f"{column} = ?")
                params.append(value)
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        sql += " ORDER BY " + ("sort_key, id" if spec.ordered else "id")
        return [dict(r) for r in self.conn.execute(sql, params)]

    def count(self, table: str) -> int:
        _known(table)
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def plan(self) -> Row:
        r = self.conn.execute("SELECT * FROM plan").fetchone()
        return dict(r) if r else {}

    def all_rows(self, tables: Iterable[str] | None = None) -> dict[str, list[Row]]:
        """Every row of every table (or of ``tables`` only), by table."""
        names = TABLES if tables is None else [_known(t).name for t in tables]
        return {name: [dict(r) for r in self.conn.execute(f"SELECT * FROM {name}")] for name in names}

    # -- writing ----------------------------------------------------------
    def insert(self, table: str, values: Row) -> str:
        """Add a row (id, sort_key and who/when filled in when absent); returns its id."""
        spec = _known(table)
        row: Row = {c: None for c in spec.column_names}
        row.update(values)
        row["id"] = row["id"] or new_id()
        if spec.ordered and row.get("sort_key") is None:
            row["sort_key"] = self.next_sort_key(table)
        self._stamp(row)
        _validate(table, row)
        cols = spec.column_names
        with self.action():
            self._exec_insert(table, cols, row)
            self._record(table, row["id"], None, row)
        return str(row["id"])

    def update(self, table: str, rid: str, changes: Row) -> None:
        """Change some fields of a row."""
        spec = _known(table)
        before = self.get(table, rid)
        if before is None:
            raise InvalidEdit("row.not_found", table=table, row=rid[:8])
        unknown = set(changes) - set(spec.column_names) | ({"id"} & set(changes))
        if unknown:
            raise InvalidEdit("value.unknown_column", table=table, column=sorted(unknown)[0], row=rid[:8])
        after = {**before, **changes}
        if after == before:
            return
        self._stamp(after)
        _validate(table, after)
        sets = ", ".join(f"{c} = ?" for c in spec.column_names if c != "id")
        with self.action():
            try:
                self.conn.execute(
                    f"UPDATE {table} SET {sets} WHERE id = ?",
                    [after[c] for c in spec.column_names if c != "id"] + [rid],
                )
            except sqlite3.IntegrityError as e:
                raise self._integrity_error(table, after, e) from None
            self._record(table, rid, before, after)

    def delete(self, table: str, rid: str) -> None:
        """Delete a row and everything that belongs to it; references to it become empty."""
        _known(table)
        with self.action():
            self._delete(table, rid)

    def _delete(self, table: str, rid: str) -> None:
        before = self.get(table, rid)
        if before is None:
            return
        for ref_table, col in references_to(table):
            children = self.conn.execute(f"SELECT id FROM {ref_table.name} WHERE {col.name} = ?", (rid,)).fetchall()
            for (child_id,) in children:
                if col.on_delete == "cascade":
                    self._delete(ref_table.name, child_id)
                else:
                    self.update(ref_table.name, child_id, {col.name: None})
        for (fid,) in self.conn.execute(
            "SELECT id FROM feedback WHERE target_table = ? AND target_id = ?", (table, rid)
        ).fetchall():
            self.update("feedback", fid, {"target_table": None, "target_id": None})
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (rid,))
        self._record(table, rid, before, None)
        stone = {"id": rid, "table_name": table, "deleted_at": now_iso(), "deleted_by": self.who}
        self._stamp(stone)
        old = self.get("tombstone", rid)
        self.conn.execute(
            "INSERT OR REPLACE INTO tombstone (id, table_name, deleted_at, deleted_by, modified_at, modified_by)"
            " VALUES (:id, :table_name, :deleted_at, :deleted_by, :modified_at, :modified_by)",
            stone,
        )
        self._record("tombstone", rid, old, stone)

    def apply(self, changes: ChangeSet) -> None:
        """Bring rows to the 'after' state of each change (undo: apply ``changes.reversed()``)."""
        with self.action():
            # One change per row: the state it ends in (an action may touch a row more than once).
            last: dict[tuple[str, str], Change] = {}
            for c in changes.changes:
                last.pop((c.table, c.id), None)
                last[(c.table, c.id)] = c
            pending = list(last.values())
            # References are checked at commit: an update may drop the reference to a row deleted here.
            self.conn.execute("PRAGMA defer_foreign_keys=ON")
            # Deletions children-first, insertions parents-first, so references always hold.
            order = {name: i for i, name in enumerate(table_order())}
            deletes = [c for c in pending if c.after is None]
            upserts = [c for c in pending if c.after is not None]
            for c in sorted(deletes, key=lambda c: -order[c.table]):
                before = self.get(c.table, c.id)
                if before is not None:
                    self.conn.execute(f"DELETE FROM {c.table} WHERE id = ?", (c.id,))
                    self._record(c.table, c.id, before, None)
            for c in sorted(upserts, key=lambda c: order[c.table]):
                before = self.get(c.table, c.id)
                row = dict(c.after or {})
                cols = TABLES[c.table].column_names
                if before is None:
                    self._exec_insert(c.table, cols, row)
                else:
                    sets = ", ".join(f"{k} = ?" for k in cols if k != "id")
                    self.conn.execute(
                        f"UPDATE {c.table} SET {sets} WHERE id = ?", [row[k] for k in cols if k != "id"] + [c.id]
                    )
                self._record(c.table, c.id, before, row)

    def set_yearly(self, table: str, parent: str, parent_id: str, year: int, column: str, value: Any) -> None:
        """Set one year's value of a per-year table (budget, target); None removes that year's row."""
        _known(table)
        found = self.conn.execute(
            f"SELECT id FROM {table} WHERE {parent} = ? AND year = ?", (parent_id, year)
        ).fetchone()
        with self.action():
            if value is None:
                if found is not None:
                    self.delete(table, found[0])
            elif found is None:
                self.insert(table, {parent: parent_id, "year": year, column: value})
            else:
                self.update(table, found[0], {column: value})

    def insert_rows(self, rows: dict[str, list[Row]]) -> None:
        """Bulk load of already-checked rows (import); references are checked at commit."""
        for name in TABLES:  # the one-row tables (the plan itself) are checked here: cheap, and new plans skip import
            if TABLES[name].single:
                for row in rows.get(name) or []:
                    _validate(name, row)
        with self.action():
            self.conn.execute("PRAGMA defer_foreign_keys=ON")
            for name in table_order():
                items = rows.get(name) or []
                if items:
                    cols = TABLES[name].column_names
                    ph = ", ".join("?" for _ in cols)
                    self.conn.executemany(
                        f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({ph})",
                        ([r.get(c) for c in cols] for r in items),
                    )
            self._enforce_rules(None)

    def insert_many(self, table: str, rows: list[Row]) -> list[str]:
        """Add many rows in one statement (imports): each filled in, stamped, validated and recorded as by
        ``insert``, inside one savepoint instead of one per row."""
        spec = _known(table)
        full: list[Row] = []
        key = self.next_sort_key(table) if spec.ordered else 0.0
        when, who = now_iso(), self.who or None  # one stamp for the batch: it is one action
        for values in rows:
            row: Row = {c: None for c in spec.column_names}
            row.update(values)
            row["id"] = row["id"] or new_id()
            if spec.ordered and row.get("sort_key") is None:
                row["sort_key"], key = key, key + 1.0
            row["modified_at"], row["modified_by"] = when, who
            _validate(table, row)
            full.append(row)
        cols = spec.column_names
        with self.action():
            try:
                self.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                    ([r.get(c) for c in cols] for r in full),
                )
            except sqlite3.IntegrityError as e:
                raise InvalidEdit("row.duplicate", str(e), table=table, row="") from None
            for row in full:
                self._record(table, row["id"], None, row)
        return [str(r["id"]) for r in full]

    def next_sort_key(self, table: str) -> float:
        v = self.conn.execute(f"SELECT max(sort_key) FROM {table}").fetchone()[0]
        return float(v or 0) + 1.0

    def _exec_insert(self, table: str, cols: tuple[str, ...], row: Row) -> None:
        ph = ", ".join("?" for _ in cols)
        try:
            self.conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({ph})", [row.get(c) for c in cols])
        except sqlite3.IntegrityError as e:
            raise self._integrity_error(table, row, e) from None

    def _integrity_error(self, table: str, row: Row, e: sqlite3.IntegrityError) -> InvalidEdit:
        """A refused reference names its column (rules: every reference the model knows); else a duplicate."""
        for col in TABLES[table].all_columns:
            if col.ref and row.get(col.name) is not None and self.get(col.ref, row[col.name]) is None:
                return InvalidEdit("row.dangling", table=table, column=col.name, row=str(row.get("id"))[:8])
        return InvalidEdit("row.duplicate", str(e), table=table, row=str(row.get("id"))[:8])

    def _stamp(self, row: Row) -> None:
        row["modified_at"] = now_iso()
        row["modified_by"] = self.who or None

    # -- checks -----------------------------------------------------------
    def _enforce_rules(self, changes: ChangeSet | None) -> None:
        """The rules between rows (core/rules.py) on the rows an action touched (None: all); a break rolls it back."""
        from smartcity_desktop.core.rules import enforce, refusal, rule_reads, rule_relevant

        touched = None
        if changes is not None:
            written = [c for c in changes.changes if rule_relevant(c.table, c.before, c.after)]
            if not written:
                return
            touched = {c.id for c in written}
        rows = {}
        for name, (cols, own) in rule_reads(None if changes is None else {c.table for c in written}).items():
            sql, ids = f"SELECT {', '.join(cols)} FROM {name}", []
            if own:  # only the written rows of this table matter
                ids = [c.id for c in written if c.table == name]
                sql += f" WHERE id IN ({', '.join('?' * len(ids))})"
            rows[name] = [dict(r) for r in self.conn.execute(sql, ids)]
        problems = enforce(rows, touched)
        if problems:
            raise refusal(rows, problems, touched)

    def foreign_key_problems(self) -> list[tuple[str, str]]:
        return [(r[0], str(r[1])) for r in self.conn.execute("PRAGMA foreign_key_check")]


def create_from_cache(conn: sqlite3.Connection) -> bool:
    """Make the current schema in an empty database from schema_cache.py, without importing sqlite-utils (~150 ms
    of a new plan or the demo at launch); the same objects and migration records as running the migrations.
    False (nothing done) when the database is not empty or the cache lacks the current version."""
    from smartcity_desktop.storage.migrations import MIGRATIONS
    from smartcity_desktop.storage.schema_cache import KNOWN

    known = KNOWN.get(SCHEMA_VERSION)
    if known is None or conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        return False
    order = {"table": 0, "index": 1, "view": 2, "trigger": 3}
    with conn:
        for _kind, _name, _table, sql in sorted(known, key=lambda o: (order.get(o[0], 4), o[1])):
            if sql:  # SQLite's own autoindexes come with their tables
                conn.execute(sql)
        applied = str(datetime.now(UTC))
        conn.executemany(
            'INSERT INTO "_sqlite_migrations" (migration_set, name, applied_at) VALUES (?, ?, ?)',
            [("smartcity", name, applied) for name, _fn in MIGRATIONS],
        )
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    return True


def _known(table: str) -> Any:
    spec = TABLES.get(table)
    if spec is None:
        raise InvalidEdit("table.unknown", table=table, column="", row="")
    return spec


def _validate(table: str, row: Row) -> None:
    problems = check_row(table, row)
    if problems:
        from smartcity_desktop.messages import describe

        p = problems[0]
        raise InvalidEdit(
            p.key,
            *p.args,
            details=[describe(x) for x in problems],
            table=p.table,
            column=p.column or "",
            row=(p.row_id or "?")[:8],
        )
