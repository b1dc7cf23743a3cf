# SPDX-License-Identifier: GPL-3.0-or-later
"""The content checksum kept inside every plan file we write.

Every file we write (snapshot, create, demo, import) gets one row in ``content_checksum``: per table, its
row count and a SHA-256 of its rows in id order (types, text and blobs byte for byte). Vetting recomputes
it, so damage SQLite's ``quick_check`` cannot see (a flipped bit inside a text, a number, a blob) is found
and named by table. Files without a checksum (made by older versions, or a working copy) still open.
It is a guard against damage, not against a forger: whoever can write the file can recompute it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

CHECKSUM_TABLE = "content_checksum"
ALGORITHM = "blake2b128-rowsum-v1"
Digests = dict[str, tuple[int, str]]
Visitor = Callable[[str, tuple[str, ...], tuple[Any, ...], int], None]


class Text(bytes):
    """A TEXT value as SQLite stored it (not yet decoded: it may not be valid UTF-8)."""


class DeadlineHit(Exception):
    """The scan ran out of time in ``table``."""

    def __init__(self, table: str) -> None:
        super().__init__(table)
        self.table = table


def content_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table whose rows the checksum covers: all but SQLite's own and the checksum's."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return sorted(n for n in names if not n.startswith("sqlite_") and n != CHECKSUM_TABLE)


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[tuple[tuple[str, ...], tuple[Any, ...]]]:
    # The table itself, never an index: an index may hold its own (possibly damaged) copy of a column.
    cur = conn.execute(f'SELECT * FROM "{table}" NOT INDEXED')
    cols = tuple(d[0] for d in cur.description)
    for row in cur:
        yield cols, row


def _encode(v: Any) -> bytes:
    """One value as the digest sees it: a type tag, then the value (length-prefixed for text and blobs)."""
    if v is None:
        return b"\x00"
    t = type(v)
    if t is int:
        return b"\x01%d;" % v
    if t is float:
        return b"\x02" + v.hex().encode("ascii") + b";"
    if t is Text:
        return b"\x03%d:" % len(v) + v
    return b"\x04%d:" % len(v) + v


def _row_digest(row: tuple[Any, ...]) -> int:
    return int.from_bytes(hashlib.blake2b(b"".join(map(_encode, row)), digest_size=16).digest(), "big")


def scan(
    conn: sqlite3.Connection,
    *,
    visit: Visitor | None = None,
    deadline: float | None = None,
    skip: frozenset[str] = frozenset(),
) -> Digests:
    """Digest every content table but those in ``skip`` (and show each row to ``visit``: table, columns, row,
    index).

    A table's digest is the sum (mod 2**128) of its rows' BLAKE2b digests, so it does not depend on the
    order rows are stored in (VACUUM may renumber rowids) and rows are read straight from the table.
    Text is read undecoded (``Text``), so damaged UTF-8 never raises here. ``deadline`` is a
    ``time.monotonic()`` value: past it, DeadlineHit is raised.
    """
    tables = [t for t in content_tables(conn) if t not in skip]
    old = conn.text_factory
    old_rows = conn.row_factory
    conn.text_factory = Text
    conn.row_factory = None
    try:
        out: Digests = {}
        for table in tables:
            total = 0
            n = 0
            for cols, row in _rows(conn, table):
                if visit is not None:
                    visit(table, cols, row, n)
                total += _row_digest(row)
                n += 1
                if deadline is not None and not n % 256 and time.monotonic() > deadline:
                    raise DeadlineHit(table)
            if deadline is not None and time.monotonic() > deadline:
                raise DeadlineHit(table)
            out[table] = (n, "%032x" % (total % 2**128))
        return out
    finally:
        conn.text_factory = old
        conn.row_factory = old_rows


def has_table(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (CHECKSUM_TABLE,)).fetchone()
    )


class Unreadable(ValueError):
    """The checksum row itself is damaged."""


def stored(conn: sqlite3.Connection) -> tuple[Digests, str] | None:
    """The checksum the file holds and when it was written; None when it holds none."""
    if not has_table(conn):
        return None
    old = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(f"SELECT id, algorithm, digests, written_at FROM {CHECKSUM_TABLE}").fetchall()
    finally:
        conn.text_factory = old
    if not rows:
        return None
    try:
        (rid, algorithm, digests, written_at), *rest = rows
        if rest or rid != 1 or not isinstance(algorithm, bytes) or algorithm.decode("utf-8") != ALGORITHM:
            raise Unreadable(CHECKSUM_TABLE)
        data = json.loads(digests.decode("utf-8"))
        out: Digests = {}
        for table, (count, digest) in data.items():
            if not isinstance(count, int) or not isinstance(digest, str):
                raise Unreadable(CHECKSUM_TABLE)
            out[str(table)] = (count, digest)
        return out, written_at.decode("utf-8")
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError):
        raise Unreadable(CHECKSUM_TABLE) from None


def differences(expected: Digests, actual: Digests) -> list[tuple[str, int | None, int | None]]:
    """(table, rows recorded, rows found) of every table whose content differs from the checksum."""
    out = []
    for table in sorted(set(expected) | set(actual)):
        a, b = expected.get(table), actual.get(table)
        if a != b:
            out.append((table, a[0] if a else None, b[0] if b else None))
    return out


def stamp_connection(conn: sqlite3.Connection, *, commit: bool = True, digests: Digests | None = None) -> Digests:
    """Write the checksum of ``conn``'s current rows into it. The table must exist.

    ``commit``: commit before and after; False writes it inside the caller's open transaction
    (a repair that fixes rows and re-stamps in one transaction).
    """
    from smartcity_desktop.storage.db import now_iso

    if commit and conn.in_transaction:
        conn.commit()
    if digests is None:
        digests = scan(conn)
    text = json.dumps({k: list(v) for k, v in digests.items()}, sort_keys=True)
    conn.execute(
        f"INSERT OR REPLACE INTO {CHECKSUM_TABLE} (id, algorithm, digests, written_at) VALUES (1, ?, ?, ?)",
        (ALGORITHM, text, now_iso()),
    )
    if commit:
        conn.commit()
    return digests


def clear_connection(conn: sqlite3.Connection) -> None:
    """Remove the checksum from a copy that is about to change (a working copy): a stale checksum would
    make every later copy of it look damaged. Files written from it are stamped afresh."""
    if has_table(conn):
        conn.execute(f"DELETE FROM {CHECKSUM_TABLE}")
        conn.commit()


def unstamp(path: str | Path) -> None:
    """Remove the content checksum from the plan file at ``path`` (a file just written, to be stamped anew)."""
    from smartcity_desktop.storage.vet import _uri_path

    conn = sqlite3.connect("file:" + _uri_path(Path(path)) + "?mode=rw", uri=True, timeout=10.0)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        clear_connection(conn)
    finally:
        conn.close()


def stamp(path: str | Path, digests: Digests | None = None) -> None:
    """Write the content checksum into the plan file at ``path`` (which must exist: never created here).

    For files we have just written (the temp file of a snapshot, a new plan) and for a repair that
    has changed rows on purpose. Files of a schema before the checksum table are left as they are.
    ``digests``: the sums just computed of this very file (by vetting it), so it is not read again.
    """
    from smartcity_desktop.storage.vet import _uri_path

    uri = "file:" + _uri_path(Path(path)) + "?mode=rw"
    conn = sqlite3.connect(uri, uri=True, timeout=10.0)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA synchronous=FULL")
        if has_table(conn):
            stamp_connection(conn, digests=digests)
    finally:
        conn.close()
