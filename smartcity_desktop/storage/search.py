# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-plan text search: every text column of every content table, case-insensitive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from smartcity_desktop.core.model import CONTENT_TABLES, TABLES
from smartcity_desktop.storage.db import PlanDB

SKIP_TABLES = frozenset({"attachment", "copy_info"})
SKIP_COLUMNS = frozenset({"id", "modified_at", "modified_by", "color", "target_table", "target_id", "key", "kind"})
SNIPPET = 90


def searchable_columns(table: str) -> list[str]:
    """Text columns of ``table`` that people write (no ids, references or codes)."""
    return [
        c.name
        for c in TABLES[table].all_columns
        if c.type == "text" and c.ref is None and c.choices is None and c.name not in SKIP_COLUMNS
    ]


def text_tables(skip: frozenset[str] = SKIP_TABLES) -> Iterator[tuple[str, list[str]]]:
    """(table, its searchable columns) for every content table with any, ``skip`` left out."""
    for table in CONTENT_TABLES:
        if table in skip:
            continue
        cols = searchable_columns(table)
        if cols:
            yield table, cols


def _escape(query: str) -> str:
    return query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def snippet(text: str, query: str, width: int = SNIPPET) -> str:
    """A one-line excerpt of ``text`` around the first match of ``query``."""
    flat = " ".join(text.split())
    pos = flat.lower().find(query.lower())
    if pos < 0 or len(flat) <= width:
        return flat[:width] + ("…" if len(flat) > width else "")
    start = max(0, pos - width // 3)
    end = min(len(flat), start + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def search(db: PlanDB, query: str, limit: int = 200) -> list[dict[str, Any]]:
    """Rows whose text contains ``query``: dicts with table, id, column, snippet, label and the row itself."""
    query = query.strip()
    if len(query) < 2:
        return []
    pattern = f"%{_escape(query)}%"
    needle = query.lower()
    hits: list[dict[str, Any]] = []
    for table, cols in text_tables():
        where = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in cols)
        sql = f"SELECT * FROM {table} WHERE {where} ORDER BY " + ("sort_key, id" if TABLES[table].ordered else "id")
        rows = [dict(r) for r in db.conn.execute(sql, (pattern,) * len(cols))]
        label_col = TABLES[table].label
        for row in rows:
            # LIKE folds ASCII case only; check again in Python for the column that matched
            col = next((c for c in cols if row.get(c) and needle in str(row[c]).lower()), None)
            if col is None:
                continue
            hits.append(
                {
                    "table": table,
                    "id": row["id"],
                    "column": col,
                    "snippet": snippet(str(row[col]), query),
                    "label": str(row.get(label_col) or ""),
                    "row": row,
                }
            )
            if len(hits) >= limit:
                return hits
    return hits
