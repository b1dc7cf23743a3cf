# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-database copies: document -> working copy, working copy -> snapshot file, file -> rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import FileRefused
from smartcity_desktop.storage.checksum import clear_connection, stamp
from smartcity_desktop.storage.db import PlanDB
from smartcity_desktop.storage.migrations import SCHEMA_VERSION
from smartcity_desktop.storage.vet import open_readonly


def copy_into_working(document: Path, working: Path) -> None:
    """Copy a vetted document into a fresh working copy (SQLite backup API; the document is untouched)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(working) + suffix).unlink()
        except FileNotFoundError:
            pass
    src = open_readonly(document)
    try:
        dst = sqlite3.connect(str(working))
        try:
            src.backup(dst)
            clear_connection(dst)  # rel-vet: edits will follow; snapshots stamp a fresh checksum
        finally:
            dst.close()
    except sqlite3.Error as e:
        raise FileRefused("file.unreadable", f"{document} ({e})") from None
    finally:
        src.close()


def vacuum_into(working: Path, target: Path) -> None:
    """Write the working copy as one compact rollback-journal file at ``target`` (its own connection).

    Raises OSError (ENOSPC when the disk is full) so callers report it like any write.
    """
    conn = sqlite3.connect(str(working), timeout=10.0)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
        stamp(target)  # rel-vet: the content checksum vetting verifies (storage/checksum.py)
    except sqlite3.OperationalError as e:
        if "full" in str(e).lower():
            raise OSError(28, "No space left on device") from None
        raise OSError(5, str(e)) from None
    finally:
        conn.close()


def read_all(path: Path) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Every row of a vetted plan file without changing it, brought up to the current schema in memory."""
    conn = open_readonly(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            mem = sqlite3.connect(":memory:", check_same_thread=False)
            conn.backup(mem)
            conn.close()
            conn = mem
            PlanDB(conn).migrate()
        return PlanDB(conn).all_rows(), SCHEMA_VERSION
    finally:
        conn.close()
