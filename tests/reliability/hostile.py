# SPDX-License-Identifier: GPL-3.0-or-later
"""Builders of hostile and damaged plan files: each case makes one file and names the expected outcome.

An outcome is a message key (the file must be refused with exactly that message) or ``OPENED`` (the file
must open, and what is read must equal what was written). Used by tests/reliability/test_files.py and
tests/storage/test_vet.py.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

OPENED = "opened"
CANARY = "canary_ran"  # foreign SQL in these files writes this into the plan's notes


def sql(path: Path, *statements: str, stamp: bool = False) -> None:
    """Run statements on a file as an outsider would (no app code); ``stamp``: re-write its checksum."""
    conn = sqlite3.connect(path)
    try:
        for s in statements:
            conn.execute(s)
        conn.commit()
        if stamp:
            from smartcity_desktop.storage.checksum import stamp_connection

            stamp_connection(conn)
    finally:
        conn.close()


def tamper(*statements: str, stamp: bool = False) -> Callable[[Path, Path], None]:
    def make(path: Path, plan: Path) -> None:
        shutil.copy(plan, path)
        sql(path, *statements, stamp=stamp)

    return make


def _writable_schema(*statements: str) -> Callable[[Path, Path], None]:
    """Edit sqlite_master directly (as a forger can): objects SQLite itself would not let us name so."""

    def make(path: Path, plan: Path) -> None:
        shutil.copy(plan, path)
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA writable_schema=ON")
            for s in statements:
                conn.execute(s)
            conn.commit()
        finally:
            conn.close()

    return make


def _header(offset: int, value: int) -> Callable[[Path, Path], None]:
    def make(path: Path, plan: Path) -> None:
        data = bytearray(plan.read_bytes())
        data[offset : offset + 4] = value.to_bytes(4, "big")
        path.write_bytes(bytes(data))

    return make


def _fifo(path: Path, plan: Path) -> None:
    os.mkfifo(path)


def _device(path: Path, plan: Path) -> None:
    os.symlink("/dev/zero", path)


def _directory(path: Path, plan: Path) -> None:
    path.mkdir()


def _socket(path: Path, plan: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


def _zip(path: Path, plan: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.write(plan, "plan.smartcity")


def _foreign(path: Path, plan: Path) -> None:
    """Another program's SQLite file that even wears our application_id and schema version."""
    from smartcity_desktop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION

    sql(
        path,
        f"PRAGMA application_id={APPLICATION_ID}",
        f"PRAGMA user_version={SCHEMA_VERSION}",
        "CREATE TABLE plan(id TEXT)",
        "INSERT INTO plan VALUES ('x')",
    )


def _other_sqlite(path: Path, plan: Path) -> None:
    sql(path, "CREATE TABLE t(x)", "INSERT INTO t VALUES (1)")


def old_version(path: Path, plan: Path) -> None:
    """The plan written as schema version 1 (before the content checksum), as older versions wrote it."""
    from sqlite_utils import Database

    from smartcity_desktop.storage.database_files import read_all
    from smartcity_desktop.storage.db import connect
    from smartcity_desktop.storage.migrations import APPLICATION_ID, MIGRATIONS, migration_set

    rows, _v = read_all(plan)
    conn = connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    migration_set().apply(Database(conn, execute_plugins=False, recursive_triggers=False), stop_before=MIGRATIONS[1][0])
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    with conn:  # only the columns version 1 has (later migrations add some)
        for table, items in rows.items():
            have = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            if items and have:
                marks = ", ".join("?" for _ in have)
                conn.executemany(
                    f"INSERT INTO {table} ({', '.join(have)}) VALUES ({marks})",
                    ([r.get(c) for c in have] for r in items),
                )
    conn.close()


def _huge_blob(path: Path, plan: Path) -> None:
    """A 30 MB attachment added by an outsider (no checksum update)."""
    shutil.copy(plan, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO attachment (id, kind, mime, data, modified_at) VALUES (?, 'logo', 'image/png', ?, 'x')",
        ("00000000-0000-4000-8000-000000000001", b"\x89PNG" + b"\0" * 30_000_000),
    )
    conn.commit()
    conn.close()


CANARY_SQL = f"UPDATE plan SET notes = '{CANARY}'"

# name -> (builder(path, good_plan), expected outcome)
CASES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "trigger named like an autoindex": (
        tamper(f"CREATE TRIGGER sqlite0autoindex0t AFTER UPDATE ON program_budget BEGIN {CANARY_SQL}; END"),
        "file.unexpected",
    ),
    "trigger": (tamper(f"CREATE TRIGGER t AFTER INSERT ON tombstone BEGIN {CANARY_SQL}; END"), "file.unexpected"),
    "trigger with a name only SQLite may use": (
        _writable_schema(
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', "
            "'SQLITE_AUTOINDEX_PLAN_1', 'plan', 0, 'CREATE TRIGGER SQLITE_AUTOINDEX_PLAN_1 AFTER UPDATE ON plan "
            f"BEGIN {CANARY_SQL.replace(chr(39), chr(39) * 2)}; END')",
        ),
        "file.unexpected",
    ),
    "view": (tamper("CREATE VIEW v AS SELECT * FROM plan"), "file.unexpected"),
    "recursive view": (
        tamper(
            "CREATE VIEW sqlite0autoindex0v AS WITH RECURSIVE r(n) AS "
            "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r"
        ),
        "file.unexpected",
    ),
    "extra table named like an autoindex": (tamper("CREATE TABLE sqlite0autoindex0plan_1(x)"), "file.unexpected"),
    "extra table": (tamper("CREATE TABLE evil(x)"), "file.unexpected"),
    "expression index named like an autoindex": (
        tamper("CREATE INDEX sqlite0autoindex0plan_2 ON plan(upper(region_name))"),
        "file.unexpected",
    ),
    "autoindex name on a table of its own": (
        _writable_schema(
            "UPDATE sqlite_master SET tbl_name = 'program' WHERE name = 'sqlite_autoindex_plan_1'",
        ),
        "file.unexpected",
    ),
    "fake sqlite_stat1": (
        _writable_schema(
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
            "('trigger', 'sqlite_stat1', 'plan', 0, 'CREATE TRIGGER sqlite_stat1 AFTER UPDATE ON plan BEGIN "
            f"{CANARY_SQL.replace(chr(39), chr(39) * 2)}; END')",
        ),
        "file.unexpected",
    ),
    "altered column": (tamper("ALTER TABLE plan ADD COLUMN payload TEXT"), "file.unexpected"),
    "analyzed (sqlite_stat1)": (tamper("ANALYZE"), OPENED),
    "foreign schema": (_foreign, "file.unexpected"),
    "other sqlite": (_other_sqlite, "file.foreign"),
    "newer schema": (_header(60, 99), "file.newer"),
    "huge blob": (_huge_blob, "file.checksum_mismatch"),
    "symlink to a device": (_device, "file.device"),
    "fifo": (_fifo, "file.fifo"),
    "socket": (_socket, "file.socket"),
    "directory": (_directory, "file.is_dir"),
    "zip": (_zip, "file.not_sqlite"),
    "edited outside the app": (tamper("UPDATE program SET name = name || '!'"), "file.checksum_mismatch"),
    "invalid UTF-8 (checksum rewritten)": (
        tamper("UPDATE program SET name = CAST(X'C328' AS TEXT) WHERE rowid = 1", stamp=True),
        "file.bad_text",
    ),
    "id stored as a blob (checksum rewritten)": (
        tamper("PRAGMA foreign_keys=OFF", "UPDATE statistic SET id = CAST(id AS BLOB)", stamp=True),
        "file.bad_value",
    ),
    "text in a number column (checksum rewritten)": (
        tamper("UPDATE program_budget SET amount = 'banyak' WHERE rowid = 1", stamp=True),
        "file.bad_value",
    ),
    "damaged checksum record": (
        tamper("UPDATE content_checksum SET digests = '{not json'"),
        "file.checksum_damaged",
    ),
    "old version without checksum": (old_version, OPENED),
}


def snapshot_rows(path: Path, tables: set[str] | None = None) -> dict[str, Any]:
    """Every row of a vetted plan (of ``tables`` only, when given), each table sorted by id."""
    from smartcity_desktop.storage.database_files import read_all

    rows, _v = read_all(path)
    return {
        name: sorted(items, key=lambda r: r["id"]) for name, items in rows.items() if tables is None or name in tables
    }


def as_v1(rows: dict[str, Any]) -> dict[str, Any]:
    """``rows`` as a version-1 file holds them: columns of later migrations (plan.head_name ...) empty."""
    from smartcity_desktop.core.model import TABLES

    for name, items in rows.items():
        for r in items:
            r.update({c.name: None for c in TABLES[name].added})
    return rows


def v1_tables() -> set[str]:
    """The tables a version-1 file has (later migrations add some: an old file cannot hold their rows)."""
    from smartcity_desktop.storage.schema_cache import KNOWN

    return {obj for kind, obj, *_ in KNOWN[1] if kind == "table"}
