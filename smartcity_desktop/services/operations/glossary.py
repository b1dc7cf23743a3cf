# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's glossary, printed as Daftar Singkatan: add, change and delete an abbreviation.

Seeded in a new plan from ``resources/templates/abbreviations.json``; an abbreviation is kept once (compared
without case), so the printed list never says one thing twice.
"""

from __future__ import annotations

from smartcity_desktop.services.operations._base import Added, adding, existing, refuse, run, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB

TABLE = "abbreviation"


def _unique(db: PlanDB, term: str, row_id: str | None = None) -> None:
    for r in db.rows(TABLE):
        if r["id"] != row_id and str(r["term"]).casefold() == term.casefold():
            refuse("op.duplicate_term", term, table=TABLE, column="term")


def add_term(session: EditSession, term: str, meaning: str) -> Added:
    """A new abbreviation at the end of the glossary (the documents print it sorted)."""
    term = str(text(term, TABLE, "term", required=True))
    meaning = str(text(meaning, TABLE, "meaning", required=True))

    def act(db: PlanDB) -> str:
        _unique(db, term)
        return db.insert(TABLE, {"term": term, "meaning": meaning})

    return adding(session, act)


def set_term(session: EditSession, row_id: str, term: str, meaning: str) -> ChangeSet:
    """Change an abbreviation and its meaning."""
    term = str(text(term, TABLE, "term", required=True))
    meaning = str(text(meaning, TABLE, "meaning", required=True))

    def act(db: PlanDB) -> None:
        existing(db, TABLE, row_id)
        _unique(db, term, row_id)
        db.update(TABLE, row_id, {"term": term, "meaning": meaning})

    return run(session, act)


def delete_term(session: EditSession, row_id: str) -> ChangeSet:
    """Remove an abbreviation from the glossary."""

    def act(db: PlanDB) -> None:
        existing(db, TABLE, row_id)
        db.delete(TABLE, row_id)

    return run(session, act)


def add_terms(session: EditSession, terms: list[tuple[str, str]]) -> ChangeSet:
    """Several abbreviations at once (one undo step), e.g. those found in the plan's texts."""
    cleaned = [
        (str(text(t, TABLE, "term", required=True)), str(text(m, TABLE, "meaning", required=True))) for t, m in terms
    ]

    def act(db: PlanDB) -> None:
        for term, meaning in cleaned:
            _unique(db, term)
            db.insert(TABLE, {"term": term, "meaning": meaning})

    return run(session, act)
