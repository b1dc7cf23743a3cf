# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on plan files that need no GUI: create, import, export JSON, summary, check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import ImportRefused, PlanError
from smartcity_desktop.core.interchange import (
    check_consistency,
    decode,
    decode_text,
    dumps,
    encode,
    loads,
    loads_lines,
)
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.core.validate import check_row
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.files import atomic_path
from smartcity_desktop.storage.checksum import stamp
from smartcity_desktop.storage.db import PlanDB
from smartcity_desktop.storage.migrations import SCHEMA_VERSION

Rows = dict[str, list[dict[str, Any]]]


def write_plan(path: str | Path, rows: Rows, *, force: bool = False, who: str = "") -> Path:
    """Write a complete new plan file from rows, atomically; refuses to overwrite unless ``force``."""
    path = Path(path)
    if not force and path.exists():
        raise PlanError("file.exists", str(path))
    with atomic_path(path, overwrite=force) as tmp:
        tmp.unlink()
        db = PlanDB.create(tmp, who)
        try:
            db.insert_rows(rows)
        finally:
            db.close()
        stamp(tmp)
    return path


def export_json_text(path: str | Path) -> str:
    rows, version = read_rows(path)
    return dumps(encode(rows, version))


def export_json(path: str | Path, out: str | Path) -> None:
    """Write the plan at ``path`` as a JSON interchange document to ``out`` (atomically)."""
    text = export_json_text(path)
    _refuse_same(path, out)
    with atomic_path(out) as tmp:
        tmp.write_text(text, encoding="utf-8")


MAX_IMPORT_BYTES = 200 * 1024**2  # a JSON document larger than this is refused before it is read


def import_json(source: str | Path, out: str | Path, *, force: bool = False) -> Path:
    """Make a plan file from a JSON interchange document; everything is checked first.

    Only a regular file is read (a FIFO or device is refused unopened), and at most MAX_IMPORT_BYTES.
    """
    source = Path(source)
    doc = _stream_json(source)
    if doc is None:  # not laid out as we write it: parse the whole (bounded) text
        doc = loads(_read_json_text(source), str(source))
    rows = decode(doc, str(source))
    del doc
    _refuse_same(source, out)
    return write_plan(out, rows, force=force)


def _stream_json(source: Path, limit: int = MAX_IMPORT_BYTES) -> dict[str, Any] | None:
    """The document parsed line by line when it has our layout (its text is never held whole); else None."""
    from smartcity_desktop.storage.vet import open_regular

    def lines(f: Any) -> Iterator[str]:
        total = 0
        for i, raw in enumerate(f):
            total += len(raw)
            if total > limit:
                raise ImportRefused("json.too_large", str(source), limit // 2**20)
            text = raw.decode("utf-8")  # UnicodeDecodeError: the whole-text path names the byte
            if i == 0 and text.startswith("\ufeff"):
                text = text[1:]
            yield text[:-1] if text.endswith("\n") else text

    try:
        with open_regular(source) as f:
            if os.fstat(f.fileno()).st_size > limit:
                raise ImportRefused("json.too_large", str(source), limit // 2**20)
            return loads_lines(lines(f))
    except OSError as e:
        raise PlanError("file.unreadable", f"{source} ({e.strerror})") from None


def _read_json_text(source: Path, limit: int = MAX_IMPORT_BYTES) -> str:
    """The text of a JSON file, read in bounded chunks (the raw bytes are freed before parsing)."""
    from smartcity_desktop.storage.vet import open_regular

    try:
        with open_regular(source) as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise ImportRefused("json.too_large", str(source), limit // 2**20)
            data = f.read(size + 1)
            if len(data) > size:  # growing while read: read on, never past the limit
                data += f.read(limit + 1 - len(data))
    except OSError as e:
        raise PlanError("file.unreadable", f"{source} ({e.strerror})") from None
    if len(data) > limit:  # grew while being read
        raise ImportRefused("json.too_large", str(source), limit // 2**20)
    return decode_text(data, str(source))


def _refuse_same(a: str | Path, b: str | Path) -> None:
    pa, pb = Path(a), Path(b)
    if pb.exists() and pa.exists() and pa.resolve() == pb.resolve():
        raise PlanError("file.same", str(pb))


@dataclass
class Summary:
    """What ``info`` shows: the plan's identity, its counts and the last change."""

    plan: dict[str, Any]
    counts: dict[str, int]
    last_change: str | None
    last_by: str | None
    schema_version: int
    quick_wins: int
    budget_total: int


def summary(path: str | Path) -> Summary:
    rows, version = read_rows(path)
    last = max(
        ((r.get("modified_at") or "", r.get("modified_by") or "") for name in TABLES for r in rows[name]),
        default=("", ""),
    )
    return Summary(
        plan=rows["plan"][0] if rows["plan"] else {},
        counts={name: len(items) for name, items in rows.items()},
        last_change=last[0] or None,
        last_by=last[1] or None,
        schema_version=version,
        quick_wins=sum(1 for p in rows["program"] if p.get("is_quick_win")),
        budget_total=sum(int(b["amount"]) for b in rows["program_budget"]),
    )


def check(path: str | Path) -> list[str]:
    """Problems inside a usable plan file (empty list: good). Unusable files raise FileRefused."""
    from smartcity_desktop.messages import describe, t
    from smartcity_desktop.storage.copies import read_all
    from smartcity_desktop.storage.vet import vet

    header = vet(path)  # rel-vet: read_rows without losing how far the row check got
    rows, _version = read_all(Path(path))
    problems = [p for name, items in rows.items() for r in items for p in check_row(name, r)]
    problems += check_consistency(rows)
    lines = [describe(p) for p in problems]
    if not header.rows_checked:  # rel-vet: the row check stopped at its deadline: say so
        lines.append(t("file.rows_unchecked", path, header.stopped_in))
    return lines


def schema_version() -> int:
    return SCHEMA_VERSION
