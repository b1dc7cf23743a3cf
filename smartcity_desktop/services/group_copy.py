# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether an open plan is a working group's copy, and which edits fall outside its dimensions: what the main
window asks at every open (the merging of copies, in ``groups``, is loaded only when asked for; issue 10)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.storage.db import PlanDB


@dataclass(frozen=True)
class GroupCopy:
    """This file is a working group's copy: the group's name and the dimensions it drafts."""

    name: str
    dimension_ids: tuple[str, ...]
    dimension_names: tuple[str, ...]


def group_copy(db: PlanDB) -> GroupCopy | None:
    """The group this copy was handed out to, or None for a master."""
    info = next(iter(db.rows("copy_info")), None)
    if not info or not info.get("group_name"):
        return None
    try:
        ids = tuple(str(x) for x in json.loads(info.get("group_dimensions") or "[]"))
    except (ValueError, TypeError):
        ids = ()
    names = {d["id"]: d.get("name") or "" for d in db.rows("dimension")}
    return GroupCopy(str(info["group_name"]), ids, tuple(names.get(i, "?") for i in ids))


def dimension_of(db: PlanDB, table: str, row: dict[str, Any], depth: int = 4) -> str | None:
    """The dimension a row belongs to, following its references (program -> dimension ...); None: plan-wide."""
    if table == "dimension":
        return str(row["id"])
    if depth == 0:
        return None
    for col in TABLES[table].all_columns:
        value = row.get(col.name)
        if not col.ref or not value or col.ref == table:
            continue
        if col.ref == "dimension":
            return str(value)
        parent = db.get(col.ref, value)
        found = dimension_of(db, col.ref, parent, depth - 1) if parent else None
        if found:
            return found
    return None


def outside_group(db: PlanDB, group: GroupCopy, changes: Any) -> list[str]:
    """Labels of the rows an edit changed outside the group's dimensions (allowed, but worth a flag)."""
    if not group.dimension_ids:
        return []
    out: list[str] = []
    for c in changes.changes:
        spec = TABLES[c.table]
        if not spec.content:
            continue
        row = c.after or c.before or {}
        if dimension_of(db, c.table, row) not in group.dimension_ids:
            out.append(str(row.get(spec.label) or c.table))
    return out
