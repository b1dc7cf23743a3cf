# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-database copies: document -> working copy, working copy -> snapshot file, file -> rows."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import FileRefused, WriteFailed
from smartcity_desktop.storage.checksum import clear_connection, stamp, unstamp
from smartcity_desktop.storage.db import PlanDB, harden, is_disk_full
from smartcity_desktop.storage.migrations import SCHEMA_VERSION
from smartcity_desktop.storage.vet import open_readonly


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.resolve()).replace(os.sep, "/"), safe="/:")


class WorkingCopyGone(OSError):
    """The working copy is not there any more (deleted behind our back): nothing may be written from it."""


def _remove_working(working: Path) -> None:
    """An old working copy and its SQLite side files, gone."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(working) + suffix).unlink()
        except FileNotFoundError:
            pass


def copy_into_working(document: Path, working: Path) -> None:
    """Copy a vetted document into a fresh working copy (SQLite backup API; the document is untouched)."""
    _remove_working(working)
    src = open_readonly(document)
    try:
        dst = sqlite3.connect(str(working))
        try:
            src.backup(dst)
            clear_connection(dst)  # rel-vet: edits will follow; snapshots stamp a fresh checksum
        finally:
            dst.close()
    except sqlite3.Error as e:
        if is_disk_full(e):  # the data folder is full, not the plan at fault
            raise WriteFailed("write.data_full", str(working.parent)) from None
        if isinstance(e, sqlite3.OperationalError) and _write_side(e):
            raise WriteFailed("write.data_failed", str(working.parent), str(e)) from None
        raise FileRefused("file.unreadable", f"{document} ({e})") from None
    finally:
        src.close()


def adopt_into_working(copy: Path, working: Path) -> None:
    """Make ``copy`` (a vetted private copy of a document, in the data folder) the fresh working copy."""
    _remove_working(working)
    os.replace(copy, working)
    try:
        dst = sqlite3.connect(str(working))
        try:
            clear_connection(dst)  # rel-vet: edits will follow; snapshots stamp a fresh checksum
        finally:
            dst.close()
    except sqlite3.Error as e:
        if is_disk_full(e):
            raise WriteFailed("write.data_full", str(working.parent)) from None
        raise WriteFailed("write.data_failed", str(working.parent), str(e)) from None


def reader(working: Path, stop: Callable[[], bool]) -> PlanDB:
    """A read-only connection of its own to a working copy, for a worker thread; any statement aborts
    (sqlite3.OperationalError "interrupted") once ``stop()`` is true, so the one who closes the plan waits for
    no long read."""
    conn = sqlite3.connect("file:" + _uri_path(working) + "?mode=ro", uri=True, check_same_thread=False)
    harden(conn)
    conn.execute("PRAGMA query_only=ON")
    conn.set_progress_handler(lambda: 1 if stop() else 0, 2000)
    return PlanDB(conn)


def _write_side(e: sqlite3.Error) -> bool:
    """Errors of the destination of a copy (the data folder), not of the source."""
    code = getattr(e, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR) or (
        code is not None and code & 0xFF in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)
    )


def vacuum_into(working: Path, target: Path, *, stamped: bool = True) -> None:
    """Write the working copy as one compact rollback-journal file at ``target`` (its own connection).

    Raises OSError (ENOSPC when the disk is full) so callers report it like any write, and
    WorkingCopyGone when the working copy is not there: it is opened read-write without create
    (``mode=rw``), so a vanished copy can never become a new, empty database written over a plan.
    ``stamped=False`` leaves the content checksum to the caller (``stamp_written`` after vetting the file).
    """
    if not working.is_file():
        raise WorkingCopyGone(2, "working copy missing", str(working))
    try:
        conn = sqlite3.connect("file:" + _uri_path(working) + "?mode=rw", uri=True, timeout=10.0)
    except sqlite3.OperationalError as e:
        raise WorkingCopyGone(2, str(e), str(working)) from None
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
        if stamped:
            stamp(target)  # rel-vet: the content checksum vetting verifies (storage/checksum.py)
        else:  # no stale checksum travels with it: the caller stamps what vetting finds
            unstamp(target)
    except sqlite3.OperationalError as e:
        if is_disk_full(e):
            raise OSError(28, "No space left on device") from None
        raise OSError(5, str(e)) from None
    finally:
        conn.close()


def stamp_written(target: Path, digests: tuple[tuple[str, int, str], ...] | None) -> None:
    """Write the content checksum into a file just written and vetted, from the sums vetting computed (None:
    read it again). Raises OSError (ENOSPC when the disk is full) like ``vacuum_into``."""
    try:
        stamp(target, {t: (n, d) for t, n, d in digests} if digests else None)
    except sqlite3.OperationalError as e:
        if is_disk_full(e):
            raise OSError(28, "No space left on device") from None
        raise OSError(5, str(e)) from None


def read_all(path: Path, tables: Iterable[str] | None = None) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Every row of a vetted plan file (of ``tables`` only, when given) without changing it, brought up to
    the current schema in memory."""
    return _read_all(open_readonly(path), tables)


def read_all_bytes(data: bytes, tables: Iterable[str] | None = None) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """``read_all`` of a plan file's bytes held in memory (bytes that passed the full vet before)."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.deserialize(data)
    except BaseException:
        conn.close()
        raise
    return _read_all(conn, tables)


def _read_all(conn: sqlite3.Connection, tables: Iterable[str] | None) -> tuple[dict[str, list[dict[str, Any]]], int]:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            mem = sqlite3.connect(":memory:", check_same_thread=False)
            conn.backup(mem)
            conn.close()
            conn = mem
            PlanDB(conn).migrate()
        return PlanDB(conn).all_rows(tables), SCHEMA_VERSION
    finally:
        conn.close()
