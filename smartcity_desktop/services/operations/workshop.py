# SPDX-License-Identifier: GPL-3.0-or-later
"""The workshop record: meetings, attendance, feedback on a part of the plan, and action items."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core.model import CONTENT_TABLES
from smartcity_desktop.services.operations import _base
from smartcity_desktop.services.operations._base import Added, adding, existing, refuse, run, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB


def add_meeting(session: EditSession, title: str, **fields: Any) -> Added:
    name = text(title, "meeting", "title", required=True)
    return adding(session, lambda db: db.insert("meeting", {**fields, "title": name}))


def add_participant(session: EditSession, name: str, **fields: Any) -> Added:
    """A person on the attendance lists (agency, position ... in ``fields``)."""
    cleaned = text(name, "participant", "name", required=True)
    return adding(session, lambda db: db.insert("participant", {**fields, "name": cleaned}))


def set_attendance(session: EditSession, meeting_id: str, participant_id: str, present: bool) -> ChangeSet:
    """Whether a participant attended a meeting."""

    def act(db: PlanDB) -> None:
        existing(db, "meeting", meeting_id)
        existing(db, "participant", participant_id)
        rows = db.rows("attendance", meeting_id=meeting_id, participant_id=participant_id)
        if rows:
            db.update("attendance", rows[0]["id"], {"present": int(present)})
        else:
            values = {"meeting_id": meeting_id, "participant_id": participant_id, "present": int(present)}
            db.insert("attendance", values)

    return run(session, act)


def add_feedback(
    session: EditSession,
    feedback: str,
    *,
    target_table: str | None = None,
    target_id: str | None = None,
    meeting_id: str | None = None,
    **fields: Any,
) -> Added:
    """A remark on a part of the plan (open until handled)."""
    body = text(feedback, "feedback", "text", required=True)
    if target_table is not None and target_table not in CONTENT_TABLES:
        refuse("value.not_choice", target_table, "…", table="feedback", column="target_table")

    def act(db: PlanDB) -> str:
        if target_table is not None and target_id is not None:
            existing(db, target_table, target_id)
        values = {"status": "open", **fields, "text": body, "meeting_id": meeting_id}
        values.update(target_table=target_table, target_id=target_id)
        return db.insert("feedback", values)

    return adding(session, act)


def set_feedback_status(session: EditSession, feedback_id: str, status: str) -> ChangeSet:
    return _base.set_fields(session, "feedback", feedback_id, {"status": status})


def add_action_item(session: EditSession, action: str, **fields: Any) -> Added:
    body = text(action, "action_item", "text", required=True)
    return adding(session, lambda db: db.insert("action_item", {"status": "open", **fields, "text": body}))
