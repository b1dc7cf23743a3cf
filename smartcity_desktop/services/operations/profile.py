# SPDX-License-Identifier: GPL-3.0-or-later
"""The region's profile: names and settings of the plan row, its logo, statistics and districts."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.services.operations import lists
from smartcity_desktop.services.operations._base import existing, refuse, run, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

# plan columns changed by their own operations (plan.set_period, vision.set_text, set_logo)
OWN_OPERATION = frozenset({"id", "period_start", "period_end", "vision", "vision_explanation", "logo_id"})
LISTS = lists.PROFILE
MAX_LOGO = 2 * 1024 * 1024  # bytes, after the GUI scaled it down


def set_field(session: EditSession, column: str, value: Any) -> ChangeSet:
    """One field of the plan row (region name, type, province, motto, status ...)."""
    spec = TABLES["plan"]
    if column not in spec.column_names or column in OWN_OPERATION or column in ("modified_at", "modified_by"):
        refuse("value.unknown_column", table="plan", column=column)
    col = spec.column(column)
    if col.type == "text":
        value = text(value, "plan", column, required=col.required)

    def act(db: PlanDB) -> None:
        db.update("plan", db.plan()["id"], {column: value})

    return run(session, act)


def set_logo(session: EditSession, name: str, mime: str, data: bytes) -> ChangeSet:
    """Store an image as the plan's logo, replacing the old one."""
    if mime not in ("image/png", "image/jpeg"):
        refuse("value.not_choice", mime, "image/png, image/jpeg", table="attachment", column="mime")
    if len(data) > MAX_LOGO:
        refuse("value.too_long", table="attachment", column="data")

    def act(db: PlanDB) -> None:
        plan = db.plan()
        old = plan.get("logo_id")
        aid = db.insert("attachment", {"kind": "logo", "name": name, "mime": mime, "data": data})
        db.update("plan", plan["id"], {"logo_id": aid})
        if old:
            db.delete("attachment", old)

    return run(session, act)


def remove_logo(session: EditSession) -> ChangeSet:
    """The plan has no logo any more (nothing changes when it had none)."""

    def act(db: PlanDB) -> None:
        plan = db.plan()
        old = plan.get("logo_id")
        if old:
            existing(db, "attachment", old)
            db.update("plan", plan["id"], {"logo_id": None})
            db.delete("attachment", old)

    return run(session, act)
