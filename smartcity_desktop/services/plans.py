# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on plan files that need no GUI: create, import, export JSON, summary, check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_desktop.core import figures
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
from smartcity_desktop.core.rules import check_plan, row_problems
from smartcity_desktop.core.validate import Problem
from smartcity_desktop.messages import os_error_text
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


def new_plan(
    path: str | Path,
    region_name: str,
    *,
    framework: str = "giffinger",
    period: tuple[int, int] = (2018, 2027),
    lang: str = "id",
    who: str = "",
    force: bool = False,
) -> Path:
    """A new plan file from the templates; the region name and the period are checked as the operations
    (``profile.set_field``, ``plan.set_period``) check them when they are changed later."""
    from smartcity_desktop.services.operations._base import text
    from smartcity_desktop.services.operations.plan import check_period
    from smartcity_desktop.services.templates import new_plan_rows

    name = text(region_name, "plan", "region_name", required=True)
    check_period(*period)
    return write_plan(
        path, new_plan_rows(str(name), framework=framework, period=period, lang=lang, who=who), force=force
    )


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
        raise PlanError("file.unreadable", f"{source} ({os_error_text(e)})") from None


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
        raise PlanError("file.unreadable", f"{source} ({os_error_text(e)})") from None
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
        quick_wins=figures.quick_win_count(rows),
        budget_total=figures.budget_total(rows),
    )


def check(path: str | Path) -> list[str]:
    """Problems inside a usable plan file (empty list: good), one line each with its place and code.

    Unusable files raise FileRefused. When the row check of vetting stopped at its deadline, a last line
    says how far it got.
    """
    from smartcity_desktop.messages import describe, t
    from smartcity_desktop.storage.database_files import read_all
    from smartcity_desktop.storage.vet import vet

    header = vet(path)
    rows, _version = read_all(Path(path))
    lines = [f"{describe(p)} [{p.key}]" for p in row_problems(rows) + check_consistency(rows)]
    if not header.rows_checked:
        lines.append(t("file.rows_unchecked", path, header.stopped_in))
    return lines


def check_problems(path: str | Path) -> list[Problem]:
    """Every broken rule of the plan at ``path``: the row rules (core/validate.py) of every row, then the
    references, uniqueness and the rules between rows (core/rules.py). Each carries a stable code
    (``Problem.key``) and its place (table, row id, column), for ``check --repair`` to look up."""
    rows, _version = read_rows(path)
    return row_problems(rows) + check_consistency(rows)


def completeness(path: str | Path) -> list[str]:
    """What Kelengkapan lists as still missing (not broken rules), one line each with its place."""
    from smartcity_desktop.messages import describe_finding

    rows, _version = read_rows(path)
    return [describe_finding(f, rows) for f in check_plan(rows)]


def schema_version() -> int:
    return SCHEMA_VERSION
