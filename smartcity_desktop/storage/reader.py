# SPDX-License-Identifier: GPL-3.0-or-later
"""A second, read-only connection to a live working copy, for work on another thread (e.g. the merge preview)
that must not share the connection the GUI thread edits through."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from smartcity_desktop.storage.database_files import WorkingCopyGone, _uri_path
from smartcity_desktop.storage.db import PlanDB, harden


def open_reader(working: Path) -> PlanDB:
    """A read-only PlanDB on the working copy ``working`` (WAL: it sees every committed edit; it never writes)."""
    if not working.is_file():
        raise WorkingCopyGone(2, "working copy missing", str(working))
    conn = sqlite3.connect("file:" + _uri_path(working) + "?mode=ro", uri=True, timeout=10.0, check_same_thread=False)
    harden(conn)
    conn.execute("PRAGMA query_only=ON")
    return PlanDB(conn)
