# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations as code. A migration, once released, is never edited: add a new one.

The tables and indexes a migration creates are written once, in ``schema_cache.py`` (each object with the
schema versions that have it): ``_create(db, version)`` makes those that version added, as the file holds
them. A new migration states its SQL here (or changes objects with ALTER); regenerating the cache then
records what it made, and from then on that text is frozen like every other released object.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x534D4354  # "SMCT"


def _run(db: Database, script: str) -> None:
    # executescript() would COMMIT the migration's transaction; run statements one by one.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement.strip().rstrip(";"))


def _create(db: Database, version: int) -> None:
    """Create the tables, then the indexes, that schema ``version`` added (sqlite-utils makes its own)."""
    from smartcity_desktop.storage.schema_cache import OBJECTS

    added = [(o[2] != "table", o[3], o[5]) for o in OBJECTS if o[0] == version and o[4] != "_sqlite_migrations"]
    for _index, _name, sql in sorted(added):
        if sql is not None:  # SQLite's own indexes of UNIQUE constraints come with their table
            db.execute(sql)


def m001_initial(db: Database) -> None:
    """Create every table of schema version 1."""
    _create(db, 1)


def m002_content_checksum(db: Database) -> None:
    """Add the one-row table holding the content checksum of the file (storage/checksum.py)."""
    _create(db, 2)


def m003_program_code(db: Database) -> None:
    """Programs get the code of the RPJMD/Renstra program they come from (nomenclature form, 2.16.02)."""
    _run(db, "ALTER TABLE program ADD COLUMN code TEXT")


def m004_workshop(db: Database) -> None:
    """Working groups and the Quick Win selection (criteria, scores, dot votes)."""
    _create(db, 4)


def m005_document_parts(db: Database) -> None:
    """The parts of the Kominfo document set: the approval page's signatory, the glossary, TOWS strategies."""
    _run(db, M005_DOCUMENT_PARTS_SQL)


# In order; SCHEMA_VERSION (the files' user_version) is how many there are.
MIGRATIONS: list[tuple[str, Callable[[Any], None]]] = [
    ("m001_initial", m001_initial),
    ("m002_content_checksum", m002_content_checksum),
    ("m003_program_code", m003_program_code),
    ("m004_workshop", m004_workshop),
    ("m005_document_parts", m005_document_parts),
]
SCHEMA_VERSION = len(MIGRATIONS)


@functools.cache
def migration_set() -> Migrations:
    """The sqlite-utils migration set, built on first use (sqlite-utils costs ~70 ms to import)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("smartcity")
    for name, fn in MIGRATIONS:
        migrations(name=name)(fn)
    return migrations

M005_DOCUMENT_PARTS_SQL = """
ALTER TABLE plan ADD COLUMN head_title TEXT;
ALTER TABLE plan ADD COLUMN head_name TEXT;
ALTER TABLE plan ADD COLUMN signing_place TEXT;
ALTER TABLE plan ADD COLUMN signed_on TEXT;
ALTER TABLE strategy ADD COLUMN tows TEXT;
CREATE TABLE abbreviation (
    id TEXT PRIMARY KEY NOT NULL,
    term TEXT NOT NULL,
    meaning TEXT NOT NULL,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
"""
