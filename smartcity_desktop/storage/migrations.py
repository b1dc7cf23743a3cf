# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations as code. A migration, once released, is never edited: add a new one."""

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


def m001_initial(db: Database) -> None:
    """Create every table of schema version 1."""
    _run(db, M001_SQL)


def m002_content_checksum(db: Database) -> None:
    """Add the one-row table holding the content checksum of the file (storage/checksum.py)."""
    _run(db, M002_SQL)


def m003_program_code(db: Database) -> None:
    """Programs get the code of the RPJMD/Renstra program they come from (nomenclature form, 2.16.02)."""
    _run(db, "ALTER TABLE program ADD COLUMN code TEXT")


def m004_workshop(db: Database) -> None:
    """Working groups and the Quick Win selection (criteria, scores, dot votes)."""
    _run(db, M004_WORKSHOP_SQL)


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

M001_SQL = """
CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    name TEXT,
    mime TEXT NOT NULL,
    data BLOB NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE plan (
    id TEXT PRIMARY KEY NOT NULL,
    region_name TEXT NOT NULL,
    region_type TEXT NOT NULL,
    province TEXT,
    region_code TEXT,
    capital TEXT,
    motto TEXT,
    title TEXT,
    period_start INTEGER NOT NULL,
    period_end INTEGER NOT NULL,
    framework TEXT NOT NULL,
    framework_name TEXT,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    vision TEXT,
    vision_explanation TEXT,
    logo_id TEXT REFERENCES attachment(id),
    notes TEXT,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_plan_logo_id ON plan(logo_id);
CREATE TABLE dimension (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT,
    name TEXT NOT NULL,
    description TEXT,
    color TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE element (
    id TEXT PRIMARY KEY NOT NULL,
    dimension_id TEXT NOT NULL REFERENCES dimension(id),
    name TEXT NOT NULL,
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_element_dimension_id ON element(dimension_id);
CREATE TABLE chapter (
    id TEXT PRIMARY KEY NOT NULL,
    parent_id TEXT REFERENCES chapter(id),
    key TEXT,
    title TEXT NOT NULL,
    body_md TEXT,
    guidance_md TEXT,
    status TEXT NOT NULL,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_chapter_parent_id ON chapter(parent_id);
CREATE TABLE readiness_component (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT,
    name TEXT NOT NULL,
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE readiness_element (
    id TEXT PRIMARY KEY NOT NULL,
    component_id TEXT NOT NULL REFERENCES readiness_component(id),
    name TEXT NOT NULL,
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_readiness_element_component_id ON readiness_element(component_id);
CREATE TABLE readiness_score (
    id TEXT PRIMARY KEY NOT NULL,
    element_id TEXT NOT NULL REFERENCES readiness_element(id),
    dimension_id TEXT NOT NULL REFERENCES dimension(id),
    score INTEGER,
    strengths TEXT,
    weaknesses TEXT,
    opportunities TEXT,
    threats TEXT,
    notes TEXT,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (element_id, dimension_id)
);
CREATE INDEX idx_readiness_score_dimension_id ON readiness_score(dimension_id);
CREATE TABLE statistic (
    id TEXT PRIMARY KEY NOT NULL,
    category TEXT,
    name TEXT NOT NULL,
    value REAL,
    value_text TEXT,
    unit TEXT,
    year INTEGER,
    source TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE district (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    capital TEXT,
    population INTEGER,
    area_km2 REAL,
    villages INTEGER,
    urban_villages INTEGER,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE mission (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE goal (
    id TEXT PRIMARY KEY NOT NULL,
    mission_id TEXT REFERENCES mission(id),
    text TEXT NOT NULL,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_goal_mission_id ON goal(mission_id);
CREATE TABLE objective (
    id TEXT PRIMARY KEY NOT NULL,
    goal_id TEXT REFERENCES goal(id),
    text TEXT NOT NULL,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_objective_goal_id ON objective(goal_id);
CREATE TABLE strategic_issue (
    id TEXT PRIMARY KEY NOT NULL,
    dimension_id TEXT REFERENCES dimension(id),
    text TEXT NOT NULL,
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_strategic_issue_dimension_id ON strategic_issue(dimension_id);
CREATE TABLE strategy (
    id TEXT PRIMARY KEY NOT NULL,
    dimension_id TEXT NOT NULL REFERENCES dimension(id),
    issue_id TEXT REFERENCES strategic_issue(id),
    text TEXT NOT NULL,
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_strategy_dimension_id ON strategy(dimension_id);
CREATE INDEX idx_strategy_issue_id ON strategy(issue_id);
CREATE TABLE agency (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT,
    name TEXT NOT NULL,
    kind TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE funding_source (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE program (
    id TEXT PRIMARY KEY NOT NULL,
    dimension_id TEXT NOT NULL REFERENCES dimension(id),
    element_id TEXT REFERENCES element(id),
    strategy_id TEXT REFERENCES strategy(id),
    name TEXT NOT NULL,
    description TEXT,
    activities TEXT,
    lead_agency_id TEXT REFERENCES agency(id),
    first_year INTEGER,
    last_year INTEGER,
    horizon TEXT,
    priority TEXT,
    status TEXT NOT NULL,
    is_quick_win INTEGER NOT NULL CHECK (is_quick_win IN (0, 1)),
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_program_dimension_id ON program(dimension_id);
CREATE INDEX idx_program_element_id ON program(element_id);
CREATE INDEX idx_program_strategy_id ON program(strategy_id);
CREATE INDEX idx_program_lead_agency_id ON program(lead_agency_id);
CREATE TABLE program_agency (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES program(id),
    agency_id TEXT NOT NULL REFERENCES agency(id),
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (program_id, agency_id)
);
CREATE INDEX idx_program_agency_agency_id ON program_agency(agency_id);
CREATE TABLE program_funding (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES program(id),
    funding_source_id TEXT NOT NULL REFERENCES funding_source(id),
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (program_id, funding_source_id)
);
CREATE INDEX idx_program_funding_funding_source_id ON program_funding(funding_source_id);
CREATE TABLE program_budget (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES program(id),
    year INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (program_id, year)
);
CREATE TABLE indicator_library (
    id TEXT PRIMARY KEY NOT NULL,
    dimension_id TEXT REFERENCES dimension(id),
    name TEXT NOT NULL,
    unit TEXT,
    source TEXT,
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_indicator_library_dimension_id ON indicator_library(dimension_id);
CREATE TABLE indicator (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT REFERENCES program(id),
    dimension_id TEXT REFERENCES dimension(id),
    library_id TEXT REFERENCES indicator_library(id),
    name TEXT NOT NULL,
    unit TEXT,
    baseline_value REAL,
    baseline_year INTEGER,
    data_source TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_indicator_program_id ON indicator(program_id);
CREATE INDEX idx_indicator_dimension_id ON indicator(dimension_id);
CREATE INDEX idx_indicator_library_id ON indicator(library_id);
CREATE TABLE indicator_target (
    id TEXT PRIMARY KEY NOT NULL,
    indicator_id TEXT NOT NULL REFERENCES indicator(id),
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (indicator_id, year)
);
CREATE TABLE quick_win (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES program(id),
    problem TEXT,
    innovation TEXT,
    innovation_score INTEGER,
    risks TEXT,
    status TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (program_id)
);
CREATE TABLE quick_win_step (
    id TEXT PRIMARY KEY NOT NULL,
    quick_win_id TEXT NOT NULL REFERENCES quick_win(id),
    activity TEXT NOT NULL,
    start_month INTEGER NOT NULL,
    end_month INTEGER NOT NULL,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_quick_win_step_quick_win_id ON quick_win_step(quick_win_id);
CREATE TABLE institution_member (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL,
    name TEXT NOT NULL,
    nip TEXT,
    position TEXT,
    agency_id TEXT REFERENCES agency(id),
    role TEXT,
    phone TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_institution_member_agency_id ON institution_member(agency_id);
CREATE TABLE regulation (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    number TEXT,
    year INTEGER,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    enacted_on TEXT,
    notes TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE workshop_stage (
    id TEXT PRIMARY KEY NOT NULL,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    purpose TEXT,
    outputs TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE meeting (
    id TEXT PRIMARY KEY NOT NULL,
    stage_id TEXT REFERENCES workshop_stage(id),
    title TEXT NOT NULL,
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    venue TEXT,
    resource_person TEXT,
    chair TEXT,
    minute_taker TEXT,
    agenda TEXT,
    minutes_md TEXT,
    decisions TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_meeting_stage_id ON meeting(stage_id);
CREATE TABLE participant (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    nip TEXT,
    position TEXT,
    agency_id TEXT REFERENCES agency(id),
    phone TEXT,
    email TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_participant_agency_id ON participant(agency_id);
CREATE TABLE attendance (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    participant_id TEXT NOT NULL REFERENCES participant(id),
    present INTEGER NOT NULL CHECK (present IN (0, 1)),
    role TEXT,
    note TEXT,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (meeting_id, participant_id)
);
CREATE INDEX idx_attendance_participant_id ON attendance(participant_id);
CREATE TABLE feedback (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT REFERENCES meeting(id),
    author TEXT,
    target_table TEXT,
    target_id TEXT,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    response TEXT,
    given_on TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_feedback_meeting_id ON feedback(meeting_id);
CREATE TABLE action_item (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT REFERENCES meeting(id),
    feedback_id TEXT REFERENCES feedback(id),
    text TEXT NOT NULL,
    agency_id TEXT REFERENCES agency(id),
    owner TEXT,
    due_date TEXT,
    status TEXT NOT NULL,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_action_item_meeting_id ON action_item(meeting_id);
CREATE INDEX idx_action_item_feedback_id ON action_item(feedback_id);
CREATE INDEX idx_action_item_agency_id ON action_item(agency_id);
CREATE TABLE copy_info (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL,
    baseline_id TEXT,
    group_name TEXT,
    group_dimensions TEXT,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE tombstone (
    id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE snapshot (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    data BLOB NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE merge_decision (
    id TEXT PRIMARY KEY NOT NULL,
    copy_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT,
    value_hash TEXT,
    decision TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
"""

# Frozen: the checksum of every other table's rows, written into each file we write (storage/checksum.py).
M002_SQL = """
CREATE TABLE content_checksum (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    algorithm TEXT NOT NULL,
    digests TEXT NOT NULL,
    written_at TEXT NOT NULL
);
"""

# Frozen: working groups and the Quick Win selection (criteria, scores, dot votes).
M004_WORKSHOP_SQL = """
CREATE TABLE work_group (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    dimension_id TEXT REFERENCES dimension(id),
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE INDEX idx_work_group_dimension_id ON work_group(dimension_id);
CREATE TABLE work_group_member (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES work_group(id),
    participant_id TEXT NOT NULL REFERENCES participant(id),
    role TEXT,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (group_id, participant_id)
);
CREATE INDEX idx_work_group_member_participant_id ON work_group_member(participant_id);
CREATE TABLE quick_win_criterion (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    weight REAL NOT NULL,
    axis TEXT NOT NULL,
    higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
    description TEXT,
    sort_key REAL NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT
);
CREATE TABLE quick_win_score (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES program(id),
    criterion_id TEXT NOT NULL REFERENCES quick_win_criterion(id),
    score INTEGER NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (program_id, criterion_id)
);
CREATE INDEX idx_quick_win_score_criterion_id ON quick_win_score(criterion_id);
CREATE TABLE quick_win_vote (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES program(id),
    group_id TEXT NOT NULL REFERENCES work_group(id),
    votes INTEGER NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT,
    UNIQUE (program_id, group_id)
);
CREATE INDEX idx_quick_win_vote_group_id ON quick_win_vote(group_id)
"""

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
