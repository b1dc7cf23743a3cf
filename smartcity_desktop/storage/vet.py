# SPDX-License-Identifier: GPL-3.0-or-later
"""Vetting files from elsewhere before use: each way a file can be bad gets its own refusal."""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import sqlite3
import stat
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from smartcity_desktop.core.errors import FileRefused
from smartcity_desktop.messages import os_error_text
from smartcity_desktop.storage.db import harden
from smartcity_desktop.storage.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, migration_set

MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 2 * 1024**3
FULL_CHECK_BYTES = 256 * 1024**2
CONTENT_DEADLINE = 30.0  # seconds for checking every row of a file; past it the rest is left unchecked
# Bump when vetting refuses more than before: files remembered as vetted (services/vetted.py) are vetted again.
VET_RULES = 1
# SQLite's statistics tables (ANALYZE, PRAGMA optimize) are the only objects beyond our migrations', exactly so.
_ALLOWED_EXTRA = {
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    ("table", "sqlite_stat4", "sqlite_stat4", "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"),
}
SchemaObject = tuple[str, str, str, str | None]  # type, name, table, normalised SQL

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Header:
    """The facts of an SQLite file header that vetting needs, and how far its content was checked."""

    page_size: int
    page_count: int
    application_id: int
    user_version: int
    wal: bool
    rows_checked: bool = False  # every row's types and text encoding were checked (in time)
    checksum: str = "absent"  # "verified", "absent" (older file), or "unchecked" (deadline reached)
    stopped_in: str | None = None  # the table where the deadline stopped the check
    # (table, rows, digest) of every table when the checksum was verified (what the file holds, proven), or
    # as computed when the file holds no checksum
    digests: tuple[tuple[str, int, str], ...] = ()
    # tables left unread because the file's checksum says they hold what ``vet(like=...)`` was given
    unread: frozenset[str] = frozenset()


def regular_file(path: str | Path) -> int:
    """The size of ``path`` when it is a regular file (symlinks followed); FileRefused otherwise.

    Looks without opening: opening a FIFO waits for a writer for ever, a device may never end.
    """
    name = str(path)
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise FileRefused("file.missing", name) from None
    except OSError as e:
        raise FileRefused("file.unreadable", f"{name} ({os_error_text(e)})") from None
    _refuse_kind(st.st_mode, name)
    return st.st_size


def _refuse_kind(mode: int, name: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise FileRefused("file.is_dir", name)
    if stat.S_ISFIFO(mode):
        raise FileRefused("file.fifo", name)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise FileRefused("file.device", name)
    if stat.S_ISSOCK(mode):
        raise FileRefused("file.socket", name)
    raise FileRefused("file.not_regular", name)


def open_regular(path: str | Path) -> BinaryIO:
    """Open a regular file for reading, refusing anything else before and after opening (no waiting)."""
    regular_file(path)
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise FileRefused("file.unreadable", f"{name} ({os_error_text(e)})") from None
    try:
        _refuse_kind(os.fstat(fd).st_mode, name)  # swapped between the look and the open
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_header(path: Path, name: str | None = None) -> Header:
    """Read and check the 100-byte header without letting SQLite touch the file (``name``: as messages show it)."""
    name = str(path) if name is None else name
    try:
        with open_regular(path) as f:
            size = os.fstat(f.fileno()).st_size
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
def expected_schema(version: int) -> frozenset[SchemaObject]:
    """(type, name, table, sql) of every object a file of schema ``version`` holds.

    Read from the cache in schema_cache.py (a test keeps it equal to what the migrations make);
    computed by running the migrations when a version is missing from it.
    """
    from smartcity_desktop.storage.schema_cache import KNOWN

    known = KNOWN.get(version)
    return frozenset(known) if known is not None else compute_schema(version)


def compute_schema(version: int) -> frozenset[SchemaObject]:
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


def _schema(conn: sqlite3.Connection) -> set[SchemaObject]:
    """Every object of the file, SQLite's own autoindexes included: compared by exact name, table and SQL."""
    return {
        (r[0], r[1], r[2], _norm(r[3])) for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }


def _norm(sql: str | None) -> str | None:
    return " ".join(sql.split()) if sql else None


def vet(
    path: str | Path,
    *,
    deadline: float | None = None,
    content: bool = True,
    like: Mapping[str, tuple[int, str]] | None = None,
    always: frozenset[str] = frozenset(),
    name: str | None = None,
) -> Header:
    """Check that ``path`` is a plan file this version can use; raise FileRefused otherwise.

    Beyond the header, SQLite's quick_check and the exact schema, every row is read once: each value
    must have its column's type and every text must be valid UTF-8 (the place is named when not), and
    the rows must match the content checksum the file holds (storage/checksum.py). That row check
    stops after ``deadline`` seconds (None: CONTENT_DEADLINE; math.inf: no limit); the header then says how far it got
    (``rows_checked`` False, ``stopped_in``) and a warning is logged: the file is still accepted.
    The file is only read: never written, locked or changed. ``content=False`` checks the structure
    only (header, integrity, schema, one plan row): for ``check --repair``, which mends what the row
    check refuses and writes the file again with a fresh checksum.

    ``like`` (table digests, e.g. of the master a group copy came from): a table the file's checksum records
    with the same rows and digest is not read nor checked, and is named in ``Header.unread``: the caller
    must not read it either (a merge takes nothing from it). Tables in ``always`` are checked regardless.
    Every table that is read is checked against the checksum as usual.
    ``name``: the file as refusals name it (a private copy of a document is vetted under the document's name).
    """
    path = Path(path)
    name = str(path) if name is None else name
    header = read_header(path, name)
    try:
        conn = open_readonly(path)
    except sqlite3.Error as e:
        raise FileRefused("file.unreadable", f"{name} ({e})") from None
    try:
        # integrity_check also compares every index with its table (quick_check does not);
        # beyond FULL_CHECK_BYTES it would take too long and quick_check is used.
        check = "integrity_check" if header.page_size * header.page_count <= FULL_CHECK_BYTES else "quick_check"
        try:
            result = [r[0] for r in conn.execute(f"PRAGMA {check}(5)")]
        except sqlite3.DatabaseError as e:
            raise FileRefused("file.damaged", name, str(e)) from None
        except UnicodeDecodeError:  # the report names damaged structures in bytes that are not text
            raise FileRefused("file.damaged", name, check) from None
        if result != ["ok"]:
            raise FileRefused("file.damaged", name, "; ".join(map(str, result))[:200])
        try:
            found = _schema(conn)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
            raise FileRefused("file.damaged", name, str(e)) from None
        if header.user_version <= 0:
            raise FileRefused("file.missing_table", name, "plan")
        expected = expected_schema(header.user_version)
        for kind, obj, _table, _sql in sorted(found - expected - _ALLOWED_EXTRA, key=lambda x: (x[0], x[1])):
            raise FileRefused("file.unexpected", name, kind, obj)
        for kind, obj, _table, _sql in sorted(expected - found, key=lambda x: (x[0] != "table", x[0], x[1])):
            if kind == "table":
                raise FileRefused("file.missing_table", name, obj)
            raise FileRefused("file.unexpected", name, kind, obj)
        try:
            plans = conn.execute("SELECT count(*) FROM plan").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise FileRefused("file.damaged", name, str(e)) from None
        if plans != 1:
            raise FileRefused("file.no_plan_row", name)
        if content:
            header = _check_content(conn, name, header, deadline, like, always)
    finally:
        conn.close()
    return header


def _check_content(
    conn: sqlite3.Connection,
    name: str,
    header: Header,
    deadline: float | None,
    like: Mapping[str, tuple[int, str]] | None = None,
    always: frozenset[str] = frozenset(),
) -> Header:
    """Every row against the model (types, UTF-8) and against the file's checksum (but tables the checksum
    records exactly as ``like`` does: they are left unread)."""
    from smartcity_desktop.storage import checksum

    try:
        recorded = checksum.stored(conn)
    except checksum.Unreadable:
        raise FileRefused("file.checksum_damaged", name) from None
    except sqlite3.DatabaseError as e:
        raise FileRefused("file.damaged", name, str(e)) from None
    skip: frozenset[str] = frozenset()
    if like is not None and recorded is not None:
        skip = frozenset(t for t, d in recorded[0].items() if t not in always and like.get(t) == d)
    visit = _RowCheck(name)
    if deadline is None:
        deadline = CONTENT_DEADLINE
    until = None if deadline == float("inf") else time.monotonic() + deadline
    try:
        digests = checksum.scan(conn, visit=visit, deadline=until, skip=skip)
    except checksum.DeadlineHit as e:
        log.warning("%s: rows checked only up to table %s (%.0f s deadline)", name, e.table, deadline or 0)
        return dataclasses.replace(header, rows_checked=False, checksum="unchecked", stopped_in=e.table)
    except sqlite3.DatabaseError as e:
        raise FileRefused("file.damaged", name, str(e)) from None
    if recorded is None:  # the sums of what it holds: a file just written is stamped with them (no second read)
        found = tuple((table, count, digest) for table, (count, digest) in sorted(digests.items()))
        return dataclasses.replace(header, rows_checked=True, checksum="absent", digests=found)
    diffs = checksum.differences({t: d for t, d in recorded[0].items() if t not in skip}, digests)
    if diffs:
        where = ", ".join(t + (f" ({a}→{b})" if a != b else "") for t, a, b in diffs[:5])
        raise FileRefused("file.checksum_mismatch", name, where, recorded[1])
    proven = tuple((table, count, digest) for table, (count, digest) in sorted(recorded[0].items()))
    return dataclasses.replace(header, rows_checked=True, checksum="verified", digests=proven, unread=skip)


_SQL_TYPE = {"text": "TEXT", "int": "INTEGER", "bool": "INTEGER", "real": "REAL", "blob": "BLOB"}


class _RowCheck:
    """Each value of a model table must have its column's type; each text must be valid UTF-8."""

    def __init__(self, name: str) -> None:
        from smartcity_desktop.storage.checksum import Text

        self.name = name
        self.allowed: dict[str, tuple[type, ...]] = {
            "text": (Text,),
            "int": (int,),
            "bool": (int,),
            "real": (int, float),
            "blob": (bytes,),
        }
        self.text = Text
        self.columns: dict[tuple[str, tuple[str, ...]], list[tuple[str, tuple[type, ...]] | None]] = {}

    def _specs(self, table: str, cols: tuple[str, ...]) -> list[tuple[str, tuple[type, ...]] | None]:
        from smartcity_desktop.core.model import TABLES

        spec = TABLES.get(table)
        out: list[tuple[str, tuple[type, ...]] | None] = []
        for c in cols:
            kind = spec.column(c).type if spec is not None and c in spec.column_names else None
            out.append((kind, self.allowed[kind]) if kind else None)
        self.columns[(table, cols)] = out
        return out

    def __call__(self, table: str, cols: tuple[str, ...], row: tuple[Any, ...], index: int) -> None:
        specs = self.columns.get((table, cols)) or self._specs(table, cols)
        for i, value in enumerate(row):
            spec = specs[i]
            if spec is None or value is None:
                continue
            if type(value) not in spec[1]:
                raise FileRefused(
                    "file.bad_value", self.name, table, cols[i], index + 1, _row_id(cols, row), _SQL_TYPE[spec[0]]
                )
            if type(value) is self.text:
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    raise FileRefused(
                        "file.bad_text", self.name, table, cols[i], index + 1, _row_id(cols, row)
                    ) from None


def _row_id(cols: tuple[str, ...], row: tuple[Any, ...]) -> str:
    """The row's id as far as it can be shown (it may itself be the damaged value)."""
    try:
        value = row[cols.index("id")]
    except ValueError:
        return "?"
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")[:8]
    return str(value)[:8]
