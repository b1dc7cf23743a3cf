# SPDX-License-Identifier: GPL-3.0-or-later
"""Use cases on plan files that need no GUI: create, import, export JSON, summary, check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_desktop.core import figures
from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.core.interchange import check_consistency, decode, dumps, encode, loads
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.core.rules import check_plan, row_problems
from smartcity_desktop.core.validate import Problem
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.files import atomic_path
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


def import_json(source: str | Path, out: str | Path, *, force: bool = False) -> Path:
    """Make a plan file from a JSON interchange document; everything is checked first."""
    source = Path(source)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise PlanError("file.missing", str(source)) from None
    except IsADirectoryError:
        raise PlanError("file.is_dir", str(source)) from None
    except OSError as e:
        from smartcity_desktop.messages import os_error_text

        raise PlanError("file.unreadable", f"{source} ({os_error_text(e)})") from None
    rows = decode(loads(data, str(source)), str(source))
    _refuse_same(source, out)
    return write_plan(out, rows, force=force)


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

    Unusable files raise FileRefused.
    """
    from smartcity_desktop.messages import describe

    return [f"{describe(p)} [{p.key}]" for p in check_problems(path)]


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
