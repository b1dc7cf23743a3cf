# SPDX-License-Identifier: GPL-3.0-or-later
"""Raw reads and writes for the document check and repair (services/repair.py).

Rows are read by ``rowid`` with their SQLite storage types and text as bytes, so that a damaged value
(invalid UTF-8, a BLOB where text belongs, an id that is not text) can be seen and fixed instead of
failing the read. Writes go inside the caller's ``PlanDB.action()`` transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.storage.db import PlanDB


@dataclass
class RawRow:
    """One stored row: its rowid, each column's value (text decoded when valid UTF-8) and storage type."""

    rowid: int
    values: dict[str, Any]
    types: dict[str, str]
    bad_text: set[str] = field(default_factory=set)  # text columns whose bytes are not valid UTF-8

    @property
    def id(self) -> str:
        v = self.values.get("id")
        return v if isinstance(v, str) else f"#{self.rowid}"


def raw_rows(db: PlanDB, table: str) -> list[RawRow]:
    """Every row of ``table`` as stored (no decoding failure can stop the read)."""
    cols = TABLES[table].column_names
    sql = (
        "SELECT rowid, "
        + ", ".join(f"typeof({c})" for c in cols)
        + ", "
        + ", ".join(cols)
        + f" FROM {table} ORDER BY rowid"
    )
    conn = db.conn
    old_text, old_row = conn.text_factory, conn.row_factory
    conn.text_factory = bytes
    conn.row_factory = None
    try:
        fetched = conn.execute(sql).fetchall()
    finally:
        conn.text_factory, conn.row_factory = old_text, old_row
    out = []
    n = len(cols)
    for r in fetched:
        types = {c: r[1 + i].decode("ascii") for i, c in enumerate(cols)}
        values: dict[str, Any] = {}
        bad: set[str] = set()
        for i, c in enumerate(cols):
            v = r[1 + n + i]
            if types[c] == "text" and isinstance(v, bytes):
                try:
                    v = v.decode("utf-8")
                except UnicodeDecodeError:
                    bad.add(c)
            values[c] = v
        out.append(RawRow(int(r[0]), values, types, bad))
    return out


def set_values(db: PlanDB, table: str, rowid: int, changes: dict[str, Any]) -> None:
    """Change some columns of the row ``rowid`` (no validation: the repair decides the values)."""
    cols = TABLES[table].column_names
    if set(changes) - set(cols):
        raise KeyError(sorted(set(changes) - set(cols))[0])
    sets = ", ".join(f"{c} = ?" for c in changes)
    db.conn.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*changes.values(), rowid])


def delete_rowid(db: PlanDB, table: str, rowid: int) -> None:
    """Remove the row ``rowid`` (for rows whose id is unusable; others go through ``PlanDB.delete``)."""
    if table not in TABLES:
        raise KeyError(table)
    db.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))


def defer_foreign_keys(db: PlanDB) -> None:
    """Check references at commit, not at each statement: the repair passes through broken states."""
    db.conn.execute("PRAGMA defer_foreign_keys=ON")


def foreign_keys_hold(db: PlanDB) -> bool:
    try:
        return not db.conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error:
        return False
