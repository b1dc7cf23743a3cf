# SPDX-License-Identifier: GPL-3.0-or-later
"""Chapters of the masterplan document: text, title, status, outline (add, move, delete)."""

from __future__ import annotations

from smartcity_desktop.core import rules
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.services.operations import _base
from smartcity_desktop.services.operations._base import Added, adding, existing, obey, refuse, run, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB


def set_body(session: EditSession, chapter_id: str, body_md: str) -> ChangeSet:
    """The chapter's text (Markdown)."""
    return _base.set_fields(session, "chapter", chapter_id, {"body_md": body_md})


def set_title(session: EditSession, chapter_id: str, title: str) -> ChangeSet:
    """The chapter's title (not blank)."""
    return _base.set_fields(session, "chapter", chapter_id, {"title": text(title, "chapter", "title", required=True)})


def set_status(session: EditSession, chapter_id: str, status: str) -> ChangeSet:
    """draft / review / final (checked against the model's choices)."""
    choices = TABLES["chapter"].column("status").choices or ()
    if status not in choices:
        refuse("value.not_choice", status, ", ".join(choices), table="chapter", column="status", row=chapter_id)
    return _base.set_fields(session, "chapter", chapter_id, {"status": status})


def _check_parent(db: PlanDB, chapter_id: str | None, parent_id: str | None) -> None:
    """The parent exists and the chain of parents never comes back to the chapter (core/rules.py)."""
    if parent_id is not None:
        existing(db, "chapter", parent_id)
    if chapter_id is not None:
        loop = rules.parent_loop(db.rows("chapter"), chapter_id, parent_id)
        obey(loop, "chapter", "parent_id", chapter_id)


def add(
    session: EditSession, parent_id: str | None, title: str, *, sort_key: float | None = None, body_md: str = ""
) -> Added:
    """A new draft chapter under ``parent_id`` (None: top level), last unless a ``sort_key`` places it."""
    name = text(title, "chapter", "title", required=True)

    def act(db: PlanDB) -> str:
        _check_parent(db, None, parent_id)
        key = sort_key
        if key is None:
            key = max((s["sort_key"] for s in db.rows("chapter", parent_id=parent_id)), default=0.0) + 1
        values = {"parent_id": parent_id, "title": name, "body_md": body_md, "status": "draft", "sort_key": key}
        return db.insert("chapter", values)

    return adding(session, act)


def set_parent(session: EditSession, chapter_id: str, parent_id: str | None) -> ChangeSet:
    """Move a chapter under another one (never under itself or its own sub-chapters)."""

    def act(db: PlanDB) -> None:
        existing(db, "chapter", chapter_id)
        _check_parent(db, chapter_id, parent_id)
        db.update("chapter", chapter_id, {"parent_id": parent_id})

    return run(session, act)


def move(session: EditSession, chapter_id: str, other_id: str) -> ChangeSet:
    """Swap the places of two chapters under the same parent."""

    def act(db: PlanDB) -> None:
        a, b = existing(db, "chapter", chapter_id), existing(db, "chapter", other_id)
        if a["parent_id"] != b["parent_id"]:
            refuse("op.not_siblings", table="chapter", row=chapter_id)
        _base.swap_order(db, "chapter", a, b)

    return run(session, act)


def delete(session: EditSession, chapter_id: str) -> ChangeSet:
    """Delete a chapter with its sub-chapters."""
    return _base.delete(session, "chapter", chapter_id)
