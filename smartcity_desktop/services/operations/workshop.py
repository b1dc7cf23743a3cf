# SPDX-License-Identifier: GPL-3.0-or-later
"""The workshop record: meetings, attendance, feedback on a part of the plan, and action items."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.core.model import CONTENT_TABLES
from smartcity_desktop.services.operations import _base
from smartcity_desktop.services.operations._base import (
    Added,
    Row,
    adding,
    existing,
    put_cell,
    refuse,
    required,
    run,
    text,
)
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
        put_cell(
            db, "attendance", {"meeting_id": meeting_id, "participant_id": participant_id}, {"present": int(present)}
        )

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


# --- the whole record (branch workshop-docs): meetings, register, attendance, minutes, feedback, actions ---

MEETING_FIELDS = frozenset(
    {"stage_id", "title", "date", "start_time", "end_time", "venue", "resource_person", "chair", "agenda"}
)
PARTICIPANT_FIELDS = frozenset({"name", "nip", "position", "agency_id", "phone", "email"})
FEEDBACK_FIELDS = frozenset({"meeting_id", "author", "target_table", "target_id", "text", "status", "given_on"})
ACTION_FIELDS = frozenset({"meeting_id", "feedback_id", "text", "agency_id", "owner", "due_date", "status"})


def _only(table: str, fields: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    """The fields an operation may set; an unknown one is refused (never silently dropped)."""
    for key in fields:
        if key not in allowed:
            refuse("value.unknown_column", table=table, column=key)
    out = dict(fields)
    for key, value in fields.items():
        if isinstance(value, str):
            out[key] = value.strip() or None
    return out


def update_meeting(session: EditSession, meeting_id: str, **fields: Any) -> ChangeSet:
    """Date, time, venue, chair, resource person, agenda, stage or title of a meeting."""
    values = required(_only("meeting", fields, MEETING_FIELDS), "meeting", "title")

    def check(db: PlanDB, _row: Row) -> None:
        if values.get("stage_id"):
            existing(db, "workshop_stage", values["stage_id"])

    return _base.set_fields(session, "meeting", meeting_id, values, check=check)


delete_meeting = _base.deleting(
    "meeting", "A meeting with its attendance (its remarks and action items stay, without it)."
)


def update_participant(session: EditSession, participant_id: str, **fields: Any) -> ChangeSet:
    """Name, NIP, position, agency, phone or e-mail of a registered person."""
    values = required(_only("participant", fields, PARTICIPANT_FIELDS), "participant", "name")
    return _base.set_fields(session, "participant", participant_id, values)


delete_participant = _base.deleting("participant", "A person and their attendance at every meeting.")


def set_attendance_many(session: EditSession, meeting_id: str, present: dict[str, bool]) -> ChangeSet:
    """Mark many participants present or absent at one meeting in one step (one undo)."""

    def act(db: PlanDB) -> None:
        existing(db, "meeting", meeting_id)
        known = {r["participant_id"]: r for r in db.rows("attendance", meeting_id=meeting_id)}
        for participant_id, here in present.items():
            existing(db, "participant", participant_id)
            row = known.get(participant_id)
            if row is None:
                db.insert(
                    "attendance", {"meeting_id": meeting_id, "participant_id": participant_id, "present": int(here)}
                )
            elif bool(row["present"]) != bool(here):
                db.update("attendance", row["id"], {"present": int(here)})

    return run(session, act)


def decisions_of(value: str | None) -> list[str]:
    """The decisions of a meeting as a list (stored one per line)."""
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


def set_minutes(
    session: EditSession,
    meeting_id: str,
    *,
    proceedings_md: str | None = None,
    decisions: list[str] | None = None,
    minute_taker: str | None = None,
) -> ChangeSet:
    """The minutes of a meeting: proceedings (Markdown), decisions (a list), the minute-taker.

    An argument left as None keeps what is stored; an empty string or list clears it."""
    values: dict[str, Any] = {}
    if proceedings_md is not None:
        values["minutes_md"] = proceedings_md.strip() or None
    if decisions is not None:
        items = [text(d, "meeting", "decisions") for d in decisions]
        for d in items:
            if d is not None and "\n" in d:
                refuse("value.one_line", table="meeting", column="decisions")
        values["decisions"] = "\n".join(d for d in items if d) or None
    if minute_taker is not None:
        values["minute_taker"] = text(minute_taker, "meeting", "minute_taker")
    return _base.set_fields(session, "meeting", meeting_id, values)


def answer_feedback(
    session: EditSession, feedback_id: str, response: str | None, status: str | None = None
) -> ChangeSet:
    """The team's response to a remark, and optionally its new status, in one step."""
    values: dict[str, Any] = {"response": text(response, "feedback", "response")}
    if status is not None:
        values["status"] = status
    return _base.set_fields(session, "feedback", feedback_id, values)


def update_feedback(session: EditSession, feedback_id: str, **fields: Any) -> ChangeSet:
    """Author, text, part of the plan, meeting, date or status of a remark."""
    values = required(_only("feedback", fields, FEEDBACK_FIELDS), "feedback", "text")
    target = values.get("target_table")
    if target is not None and target not in CONTENT_TABLES:
        refuse("value.not_choice", target, "…", table="feedback", column="target_table")

    def check(db: PlanDB, row: Row) -> None:
        table = values.get("target_table", row.get("target_table"))
        rid = values.get("target_id", row.get("target_id"))
        if ("target_table" in values or "target_id" in values) and table and rid:
            existing(db, table, rid)

    return _base.set_fields(session, "feedback", feedback_id, values, check=check)


delete_feedback = _base.deleting("feedback", "A remark (its action items stay, without it).")


def update_action_item(session: EditSession, action_id: str, **fields: Any) -> ChangeSet:
    """What, who (agency and/or person), by when, which meeting or remark it follows."""
    values = required(_only("action_item", fields, ACTION_FIELDS), "action_item", "text")
    return _base.set_fields(session, "action_item", action_id, values)


def set_action_done(session: EditSession, action_id: str, done: bool) -> ChangeSet:
    """Tick an action item done (or open it again)."""
    return _base.set_fields(session, "action_item", action_id, {"status": "done" if done else "open"})


delete_action_item = _base.deleting("action_item", "An action item.")


def import_participants(session: EditSession, people: list[dict[str, Any]]) -> tuple[list[str], ChangeSet]:
    """Add checked participant rows (services.workshop_import) in one step; all or none. A row's ``group_id``
    makes the person a member of that working group."""
    groups = [p.get("group_id") for p in people]
    values = [_only("participant", {k: v for k, v in p.items() if k != "group_id"}, PARTICIPANT_FIELDS) for p in people]
    for i, v in enumerate(values, 1):
        v["name"] = text(v.get("name"), "participant", "name", required=True)
        if not v["name"]:
            refuse("op.blank", table="participant", column="name", row=str(i))
    out: list[str] = []

    def act(db: PlanDB) -> None:
        for v, group in zip(values, groups, strict=True):
            if v.get("agency_id"):
                existing(db, "agency", v["agency_id"])
            out.append(db.insert("participant", v))
            if group:
                existing(db, "work_group", group)
                db.insert("work_group_member", {"group_id": group, "participant_id": out[-1]})

    changes = run(session, act)
    return out, changes


def set_action_due_stage(session: EditSession, action_id: str, stage_number: int) -> ChangeSet:
    """Due by a stage: the action's due date becomes the first day of that stage's meetings."""

    def act(db: PlanDB) -> None:
        existing(db, "action_item", action_id)
        stage = next((s for s in db.rows("workshop_stage") if s["number"] == stage_number), None)
        if stage is None:
            refuse("row.not_found", table="workshop_stage", row=str(stage_number))
        days = sorted(m["date"] for m in db.rows("meeting", stage_id=stage["id"]) if m.get("date"))
        if not days:
            refuse("ws.stage_undated", stage_number, table="action_item", column="due_date")
        db.update("action_item", action_id, {"due_date": days[0]})

    return run(session, act)


# --- working groups and the Quick Win selection --------------------------------------------------------------


def add_group(session: EditSession, name: str, dimension_id: str | None = None) -> Added:
    """A working group of the Tim Pelaksana (one per dimension or readiness component, usually)."""
    cleaned = text(name, "work_group", "name", required=True)

    def act(db: PlanDB) -> str:
        if dimension_id:
            existing(db, "dimension", dimension_id)
        return db.insert("work_group", {"name": cleaned, "dimension_id": dimension_id})

    return adding(session, act)


def set_group_members(session: EditSession, group_id: str, participant_ids: list[str]) -> ChangeSet:
    """Exactly these participants belong to the group (one step)."""

    def act(db: PlanDB) -> None:
        existing(db, "work_group", group_id)
        want = list(dict.fromkeys(participant_ids))
        for pid in want:
            existing(db, "participant", pid)
        have = {r["participant_id"]: r["id"] for r in db.rows("work_group_member", group_id=group_id)}
        for pid, rid in have.items():
            if pid not in want:
                db.delete("work_group_member", rid)
        for pid in want:
            if pid not in have:
                db.insert("work_group_member", {"group_id": group_id, "participant_id": pid})

    return run(session, act)


def _criteria(db: PlanDB) -> list[Row]:
    """The plan's Quick Win criteria; the defaults (resources/templates/quick_win_criteria.json) when none."""
    rows = db.rows("quick_win_criterion")
    if rows:
        return rows
    from smartcity_desktop.resources import load_json
    from smartcity_desktop.resources import text as pick

    lang = db.plan().get("language") or "id"
    for c in load_json("templates", "quick_win_criteria.json")["criteria"]:
        values = {k: c[k] for k in ("weight", "axis")}
        values.update(name=pick(c["name"], lang), description=pick(c.get("description"), lang) or None)
        values["higher_is_better"] = int(bool(c["higher_is_better"]))
        db.insert("quick_win_criterion", values)
    return db.rows("quick_win_criterion")


def _weight(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        refuse("value.out_of_range", value, 0, 100, table="quick_win_criterion", column="weight")
    return float(value)


def default_criteria(session: EditSession) -> tuple[list[str], ChangeSet]:
    """The plan's criteria ids, adding the default four (impact, urgency, cost, feasibility) when it has none."""
    out: list[str] = []
    changes = run(session, lambda db: out.extend(r["id"] for r in _criteria(db)))
    return out, changes


def add_criterion(
    session: EditSession, name: str, weight: float, axis: str = "impact", higher_is_better: bool = True
) -> Added:
    """One more criterion (weight 0-100, axis impact or effort)."""
    cleaned = text(name, "quick_win_criterion", "name", required=True)
    w = _weight(weight)

    def act(db: PlanDB) -> str:
        _criteria(db)
        values = {"name": cleaned, "weight": w, "axis": axis, "higher_is_better": int(bool(higher_is_better))}
        return db.insert("quick_win_criterion", values)

    return adding(session, act)


def update_criterion(session: EditSession, criterion_id: str, **fields: Any) -> ChangeSet:
    """Name, weight, axis, direction or description of a criterion."""
    values = _only(
        "quick_win_criterion", fields, frozenset({"name", "weight", "axis", "higher_is_better", "description"})
    )
    if "name" in values:
        values["name"] = text(values["name"], "quick_win_criterion", "name", required=True)
    if "weight" in values:
        values["weight"] = _weight(values["weight"])
    if "higher_is_better" in values:
        values["higher_is_better"] = int(bool(values["higher_is_better"]))
    return _base.set_fields(session, "quick_win_criterion", criterion_id, values)


delete_criterion = _base.deleting("quick_win_criterion", "A criterion with every score given on it.")


def score_candidate(session: EditSession, program_id: str, scores: dict[str, int | None]) -> ChangeSet:
    """A candidate's scores (1-5) by criterion id, in one step; None removes a score. The program becomes a
    Quick Win candidate when it is not one yet."""

    def act(db: PlanDB) -> None:
        existing(db, "program", program_id)
        known = {c["id"] for c in _criteria(db)}
        have = {r["criterion_id"]: r for r in db.rows("quick_win_score", program_id=program_id)}
        for cid, score in scores.items():
            if cid not in known:
                refuse("row.not_found", table="quick_win_criterion", row=str(cid))
            row = have.get(cid)
            if score is None:
                if row is not None:
                    db.delete("quick_win_score", row["id"])
            elif row is None:
                db.insert("quick_win_score", {"program_id": program_id, "criterion_id": cid, "score": score})
            elif row["score"] != score:
                db.update("quick_win_score", row["id"], {"score": score})
        if not db.rows("quick_win", program_id=program_id):
            db.insert("quick_win", {"program_id": program_id, "status": "candidate"})

    return run(session, act)


def set_votes(session: EditSession, program_id: str, group_id: str, votes: int) -> ChangeSet:
    """The dot votes a working group gave a candidate (0 removes them)."""

    def act(db: PlanDB) -> None:
        existing(db, "program", program_id)
        existing(db, "work_group", group_id)
        rows = db.rows("quick_win_vote", program_id=program_id, group_id=group_id)
        if votes == 0 and rows:
            db.delete("quick_win_vote", rows[0]["id"])
        elif rows:
            db.update("quick_win_vote", rows[0]["id"], {"votes": votes})
        elif votes:
            db.insert("quick_win_vote", {"program_id": program_id, "group_id": group_id, "votes": votes})

    return run(session, act)


def choose_quick_win(session: EditSession, program_id: str) -> ChangeSet:
    """Make a candidate a chosen Quick Win: the program is marked Quick Win and its profile's status is chosen."""

    def act(db: PlanDB) -> None:
        existing(db, "program", program_id)
        db.update("program", program_id, {"is_quick_win": 1, "horizon": "quickwin"})
        rows = db.rows("quick_win", program_id=program_id)
        if rows:
            db.update("quick_win", rows[0]["id"], {"status": "chosen"})
        else:
            db.insert("quick_win", {"program_id": program_id, "status": "chosen"})

    return run(session, act)


# --- branch ws-record: a participant's working group from the register --------------------------------------


def set_participant_group(session: EditSession, participant_id: str, group_id: str | None) -> ChangeSet:
    """The one working group a participant belongs to (None: none), in one step."""

    def act(db: PlanDB) -> None:
        existing(db, "participant", participant_id)
        if group_id:
            existing(db, "work_group", group_id)
        have = db.rows("work_group_member", participant_id=participant_id)
        for r in have:
            if r["group_id"] != group_id:
                db.delete("work_group_member", r["id"])
        if group_id and not any(r["group_id"] == group_id for r in have):
            db.insert("work_group_member", {"group_id": group_id, "participant_id": participant_id})

    return run(session, act)
