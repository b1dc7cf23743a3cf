# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared checks of the reliability suite: counts, temp files, integrity, the figures it reports."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

LONG = os.environ.get("SMARTCITY_LONG") == "1"

# Temp names our writes make (``.NAME.<pid>-<host>-<rand>.tmp``, older ``.NAME.<rand>.tmp``), SQLite's
# companions of them, and lock temps and breakers (``.~lock.NAME#.<pid>-<host>-<hex>#``, ``...#.break``).
_TEMP = re.compile(r"^\..+\.tmp(-journal|-wal|-shm)?$|^\.~lock\..+#(\.break|(\.break)?\.\d+-[0-9a-f]{4}-[0-9a-f]+#)$")


def count(default: int, long: int) -> int:
    """``default`` in the normal suite, ``long`` with SMARTCITY_LONG=1."""
    return long if LONG else default


def temps_beside(path: Path) -> list[str]:
    """Temp files (ours or SQLite's) in the folder of ``path``."""
    return sorted(n for n in os.listdir(path.parent) if _TEMP.match(n) or n.endswith(("-journal", "-wal")))


def integrity_ok(path: Path) -> bool:
    """PRAGMA integrity_check on a copy-free read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        conn.close()


def record(name: str, **figures: object) -> None:
    """Append the figures of a run to $SMARTCITY_FIGURES (a JSON-lines file) when that is set."""
    out = os.environ.get("SMARTCITY_FIGURES")
    if out:
        with open(out, "a", encoding="utf-8") as f:
            f.write(json.dumps({"test": name, "long": LONG, **figures}) + "\n")
