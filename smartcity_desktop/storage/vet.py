# SPDX-License-Identifier: GPL-3.0-or-later
"""Vetting files from elsewhere before use: each way a file can be bad gets its own refusal."""

from __future__ import annotations

import functools
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smartcity_desktop.core.errors import FileRefused
from smartcity_desktop.storage.db import harden
from smartcity_desktop.storage.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, migration_set

MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 2 * 1024**3
_ALLOWED_EXTRA = {("table", "sqlite_stat1"), ("table", "sqlite_stat4")}


@dataclass(frozen=True)
class Header:
    """The facts of an SQLite file header that vetting needs."""

    page_size: int
    page_count: int
    application_id: int
    user_version: int
    wal: bool


def read_header(path: Path) -> Header:
    """Read and check the 100-byte header without letting SQLite touch the file."""
    name = str(path)
    if not path.exists():
        raise FileRefused("file.missing", name)
    if path.is_dir():
        raise FileRefused("file.is_dir", name)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as e:
        from smartcity_desktop.messages import os_error_text

        raise FileRefused("file.unreadable", f"{name} ({os_error_text(e)})") from None
    if size == 0:
        raise FileRefused("file.empty", name)
    if not head.startswith(MAGIC):
        raise FileRefused("file.not_sqlite", name)
    if len(head) < 100:
        raise FileRefused("file.truncated", name, size, 100)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(head[28:32], "big")
    if page_size < 512 or page_size & (page_size - 1):
        raise FileRefused("file.not_sqlite", name)
    if size > MAX_FILE_BYTES:
        raise FileRefused("file.too_large", name, size // 2**20, MAX_FILE_BYTES // 2**20)
    if page_count and size < page_size * page_count:
        raise FileRefused("file.truncated", name, size, page_size * page_count)
    if size % page_size:
        raise FileRefused("file.truncated", name, size, (size // page_size + 1) * page_size)
    app_id = int.from_bytes(head[68:72], "big", signed=True)
    if app_id != APPLICATION_ID:
        raise FileRefused("file.foreign", name, app_id)
    user_version = int.from_bytes(head[60:64], "big", signed=True)
    if user_version > SCHEMA_VERSION:
        raise FileRefused("file.newer", name, user_version, SCHEMA_VERSION)
    return Header(page_size, page_count, app_id, user_version, head[18] == 2 or head[19] == 2)


def open_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to or lock the file (immutable), hardened like ours."""
    uri = "file:" + _uri_path(path) + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    harden(conn)
    conn.execute("PRAGMA query_only=ON")
    return conn


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.resolve()).replace(os.sep, "/"), safe="/:")


@functools.cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str | None]]:
    """(type, name, sql) of every object a file of schema ``version`` holds.

    Read from the cache in schema_cache.py (a test keeps it equal to what the migrations make);
    computed by running the migrations when a version is missing from it.
    """
    from smartcity_desktop.storage.schema_cache import KNOWN

    known = KNOWN.get(version)
    return frozenset(known) if known is not None else compute_schema(version)


def compute_schema(version: int) -> frozenset[tuple[str, str, str | None]]:
    """Run the migrations up to ``version`` on an empty in-memory database and list what they made."""
    from sqlite_utils import Database

    conn = sqlite3.connect(":memory:")
    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    names = [name for name, _fn in MIGRATIONS]
    stop = names[version] if version < len(names) else None
    migration_set().apply(db, stop_before=stop)
    found = _schema(conn)
    conn.close()
    return frozenset(found)


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str | None]]:
    return {
        (r[0], r[1], _norm(r[2]))
        for r in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%'")
    }


def _norm(sql: str | None) -> str | None:
    return " ".join(sql.split()) if sql else None


def vet(path: str | Path) -> Header:
    """Check that ``path`` is a plan file this version can use; raise FileRefused otherwise.

    The file is only read: never written, locked or changed.
    """
    path = Path(path)
    header = read_header(path)
    name = str(path)
    try:
        conn = open_readonly(path)
    except sqlite3.Error as e:
        raise FileRefused("file.unreadable", f"{name} ({e})") from None
    try:
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as e:
            raise FileRefused("file.damaged", name, str(e)) from None
        if result != ["ok"]:
            raise FileRefused("file.damaged", name, "; ".join(map(str, result))[:200])
        try:
            found = _schema(conn)
        except sqlite3.DatabaseError as e:
            raise FileRefused("file.damaged", name, str(e)) from None
        expected = expected_schema(header.user_version) if header.user_version > 0 else frozenset()
        if header.user_version <= 0:
            raise FileRefused("file.missing_table", name, "plan")
        for kind, obj, _sql in sorted(found - expected, key=lambda x: (x[0], x[1])):
            if (kind, obj) in _ALLOWED_EXTRA:
                continue
            raise FileRefused("file.unexpected", name, kind, obj)
        for kind, obj, _sql in sorted(expected - found, key=lambda x: (x[0], x[1])):
            if kind == "table":
                raise FileRefused("file.missing_table", name, obj)
            raise FileRefused("file.unexpected", name, kind, obj)
        plans = conn.execute("SELECT count(*) FROM plan").fetchone()[0]
        if plans != 1:
            raise FileRefused("file.no_plan_row", name)
    finally:
        conn.close()
    return header
