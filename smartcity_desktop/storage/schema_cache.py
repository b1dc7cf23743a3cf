# SPDX-License-Identifier: GPL-3.0-or-later
"""What the migrations make, by schema version: vetting compares files with it without importing sqlite-utils.

Each object stands once, with the first and last schema version that has it as it is written here.
Regenerate with ``python -m smartcity_desktop.storage.schema_cache`` after adding a migration
(tests/storage/test_migrations.py fails until you do).
"""

from __future__ import annotations

SchemaObject = tuple[str, str, str, str | None]  # type, name, table, SQL (white space folded)

LATEST = 5
OBJECTS: tuple[tuple[int, int, str, str, str, str | None], ...] = (
    (1, 5, 'index', 'idx__sqlite_migrations_migration_set_name', '_sqlite_migrations', 'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name")'),
    (1, 5, 'index', 'idx_action_item_agency_id', 'action_item', 'CREATE INDEX idx_action_item_agency_id ON action_item(agency_id)'),
    (1, 5, 'index', 'idx_action_item_feedback_id', 'action_item', 'CREATE INDEX idx_action_item_feedback_id ON action_item(feedback_id)'),
    (1, 5, 'index', 'idx_action_item_meeting_id', 'action_item', 'CREATE INDEX idx_action_item_meeting_id ON action_item(meeting_id)'),
    (1, 5, 'index', 'idx_attendance_participant_id', 'attendance', 'CREATE INDEX idx_attendance_participant_id ON attendance(participant_id)'),
    (1, 5, 'index', 'idx_chapter_parent_id', 'chapter', 'CREATE INDEX idx_chapter_parent_id ON chapter(parent_id)'),
    (1, 5, 'index', 'idx_element_dimension_id', 'element', 'CREATE INDEX idx_element_dimension_id ON element(dimension_id)'),
    (1, 5, 'index', 'idx_feedback_meeting_id', 'feedback', 'CREATE INDEX idx_feedback_meeting_id ON feedback(meeting_id)'),
    (1, 5, 'index', 'idx_goal_mission_id', 'goal', 'CREATE INDEX idx_goal_mission_id ON goal(mission_id)'),
    (1, 5, 'index', 'idx_indicator_dimension_id', 'indicator', 'CREATE INDEX idx_indicator_dimension_id ON indicator(dimension_id)'),
    (1, 5, 'index', 'idx_indicator_library_dimension_id', 'indicator_library', 'CREATE INDEX idx_indicator_library_dimension_id ON indicator_library(dimension_id)'),
    (1, 5, 'index', 'idx_indicator_library_id', 'indicator', 'CREATE INDEX idx_indicator_library_id ON indicator(library_id)'),
    (1, 5, 'index', 'idx_indicator_program_id', 'indicator', 'CREATE INDEX idx_indicator_program_id ON indicator(program_id)'),
    (1, 5, 'index', 'idx_institution_member_agency_id', 'institution_member', 'CREATE INDEX idx_institution_member_agency_id ON institution_member(agency_id)'),
    (1, 5, 'index', 'idx_meeting_stage_id', 'meeting', 'CREATE INDEX idx_meeting_stage_id ON meeting(stage_id)'),
    (1, 5, 'index', 'idx_objective_goal_id', 'objective', 'CREATE INDEX idx_objective_goal_id ON objective(goal_id)'),
    (1, 5, 'index', 'idx_participant_agency_id', 'participant', 'CREATE INDEX idx_participant_agency_id ON participant(agency_id)'),
    (1, 5, 'index', 'idx_plan_logo_id', 'plan', 'CREATE INDEX idx_plan_logo_id ON plan(logo_id)'),
    (1, 5, 'index', 'idx_program_agency_agency_id', 'program_agency', 'CREATE INDEX idx_program_agency_agency_id ON program_agency(agency_id)'),
    (1, 5, 'index', 'idx_program_dimension_id', 'program', 'CREATE INDEX idx_program_dimension_id ON program(dimension_id)'),
    (1, 5, 'index', 'idx_program_element_id', 'program', 'CREATE INDEX idx_program_element_id ON program(element_id)'),
    (1, 5, 'index', 'idx_program_funding_funding_source_id', 'program_funding', 'CREATE INDEX idx_program_funding_funding_source_id ON program_funding(funding_source_id)'),
    (1, 5, 'index', 'idx_program_lead_agency_id', 'program', 'CREATE INDEX idx_program_lead_agency_id ON program(lead_agency_id)'),
    (1, 5, 'index', 'idx_program_strategy_id', 'program', 'CREATE INDEX idx_program_strategy_id ON program(strategy_id)'),
    (4, 5, 'index', 'idx_quick_win_score_criterion_id', 'quick_win_score', 'CREATE INDEX idx_quick_win_score_criterion_id ON quick_win_score(criterion_id)'),
    (1, 5, 'index', 'idx_quick_win_step_quick_win_id', 'quick_win_step', 'CREATE INDEX idx_quick_win_step_quick_win_id ON quick_win_step(quick_win_id)'),
    (4, 5, 'index', 'idx_quick_win_vote_group_id', 'quick_win_vote', 'CREATE INDEX idx_quick_win_vote_group_id ON quick_win_vote(group_id)'),
    (1, 5, 'index', 'idx_readiness_element_component_id', 'readiness_element', 'CREATE INDEX idx_readiness_element_component_id ON readiness_element(component_id)'),
    (1, 5, 'index', 'idx_readiness_score_dimension_id', 'readiness_score', 'CREATE INDEX idx_readiness_score_dimension_id ON readiness_score(dimension_id)'),
    (1, 5, 'index', 'idx_strategic_issue_dimension_id', 'strategic_issue', 'CREATE INDEX idx_strategic_issue_dimension_id ON strategic_issue(dimension_id)'),
    (1, 5, 'index', 'idx_strategy_dimension_id', 'strategy', 'CREATE INDEX idx_strategy_dimension_id ON strategy(dimension_id)'),
    (1, 5, 'index', 'idx_strategy_issue_id', 'strategy', 'CREATE INDEX idx_strategy_issue_id ON strategy(issue_id)'),
    (4, 5, 'index', 'idx_work_group_dimension_id', 'work_group', 'CREATE INDEX idx_work_group_dimension_id ON work_group(dimension_id)'),
    (4, 5, 'index', 'idx_work_group_member_participant_id', 'work_group_member', 'CREATE INDEX idx_work_group_member_participant_id ON work_group_member(participant_id)'),
    (5, 5, 'index', 'sqlite_autoindex_abbreviation_1', 'abbreviation', None),
    (1, 5, 'index', 'sqlite_autoindex_action_item_1', 'action_item', None),
    (1, 5, 'index', 'sqlite_autoindex_agency_1', 'agency', None),
    (1, 5, 'index', 'sqlite_autoindex_attachment_1', 'attachment', None),
    (1, 5, 'index', 'sqlite_autoindex_attendance_1', 'attendance', None),
    (1, 5, 'index', 'sqlite_autoindex_attendance_2', 'attendance', None),
    (1, 5, 'index', 'sqlite_autoindex_chapter_1', 'chapter', None),
    (1, 5, 'index', 'sqlite_autoindex_copy_info_1', 'copy_info', None),
    (1, 5, 'index', 'sqlite_autoindex_dimension_1', 'dimension', None),
    (1, 5, 'index', 'sqlite_autoindex_district_1', 'district', None),
    (1, 5, 'index', 'sqlite_autoindex_element_1', 'element', None),
    (1, 5, 'index', 'sqlite_autoindex_feedback_1', 'feedback', None),
    (1, 5, 'index', 'sqlite_autoindex_funding_source_1', 'funding_source', None),
    (1, 5, 'index', 'sqlite_autoindex_goal_1', 'goal', None),
    (1, 5, 'index', 'sqlite_autoindex_indicator_1', 'indicator', None),
    (1, 5, 'index', 'sqlite_autoindex_indicator_library_1', 'indicator_library', None),
    (1, 5, 'index', 'sqlite_autoindex_indicator_target_1', 'indicator_target', None),
    (1, 5, 'index', 'sqlite_autoindex_indicator_target_2', 'indicator_target', None),
    (1, 5, 'index', 'sqlite_autoindex_institution_member_1', 'institution_member', None),
    (1, 5, 'index', 'sqlite_autoindex_meeting_1', 'meeting', None),
    (1, 5, 'index', 'sqlite_autoindex_merge_decision_1', 'merge_decision', None),
    (1, 5, 'index', 'sqlite_autoindex_mission_1', 'mission', None),
    (1, 5, 'index', 'sqlite_autoindex_objective_1', 'objective', None),
    (1, 5, 'index', 'sqlite_autoindex_participant_1', 'participant', None),
    (1, 5, 'index', 'sqlite_autoindex_plan_1', 'plan', None),
    (1, 5, 'index', 'sqlite_autoindex_program_1', 'program', None),
    (1, 5, 'index', 'sqlite_autoindex_program_agency_1', 'program_agency', None),
    (1, 5, 'index', 'sqlite_autoindex_program_agency_2', 'program_agency', None),
    (1, 5, 'index', 'sqlite_autoindex_program_budget_1', 'program_budget', None),
    (1, 5, 'index', 'sqlite_autoindex_program_budget_2', 'program_budget', None),
    (1, 5, 'index', 'sqlite_autoindex_program_funding_1', 'program_funding', None),
    (1, 5, 'index', 'sqlite_autoindex_program_funding_2', 'program_funding', None),
    (1, 5, 'index', 'sqlite_autoindex_quick_win_1', 'quick_win', None),
    (1, 5, 'index', 'sqlite_autoindex_quick_win_2', 'quick_win', None),
    (4, 5, 'index', 'sqlite_autoindex_quick_win_criterion_1', 'quick_win_criterion', None),
    (4, 5, 'index', 'sqlite_autoindex_quick_win_score_1', 'quick_win_score', None),
    (4, 5, 'index', 'sqlite_autoindex_quick_win_score_2', 'quick_win_score', None),
    (1, 5, 'index', 'sqlite_autoindex_quick_win_step_1', 'quick_win_step', None),
    (4, 5, 'index', 'sqlite_autoindex_quick_win_vote_1', 'quick_win_vote', None),
    (4, 5, 'index', 'sqlite_autoindex_quick_win_vote_2', 'quick_win_vote', None),
    (1, 5, 'index', 'sqlite_autoindex_readiness_component_1', 'readiness_component', None),
    (1, 5, 'index', 'sqlite_autoindex_readiness_element_1', 'readiness_element', None),
    (1, 5, 'index', 'sqlite_autoindex_readiness_score_1', 'readiness_score', None),
    (1, 5, 'index', 'sqlite_autoindex_readiness_score_2', 'readiness_score', None),
    (1, 5, 'index', 'sqlite_autoindex_regulation_1', 'regulation', None),
    (1, 5, 'index', 'sqlite_autoindex_snapshot_1', 'snapshot', None),
    (1, 5, 'index', 'sqlite_autoindex_statistic_1', 'statistic', None),
    (1, 5, 'index', 'sqlite_autoindex_strategic_issue_1', 'strategic_issue', None),
    (1, 5, 'index', 'sqlite_autoindex_strategy_1', 'strategy', None),
    (1, 5, 'index', 'sqlite_autoindex_tombstone_1', 'tombstone', None),
    (4, 5, 'index', 'sqlite_autoindex_work_group_1', 'work_group', None),
    (4, 5, 'index', 'sqlite_autoindex_work_group_member_1', 'work_group_member', None),
    (4, 5, 'index', 'sqlite_autoindex_work_group_member_2', 'work_group_member', None),
    (1, 5, 'index', 'sqlite_autoindex_workshop_stage_1', 'workshop_stage', None),
    (1, 5, 'table', '_sqlite_migrations', '_sqlite_migrations', 'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT )'),
    (5, 5, 'table', 'abbreviation', 'abbreviation', 'CREATE TABLE abbreviation ( id TEXT PRIMARY KEY NOT NULL, term TEXT NOT NULL, meaning TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'action_item', 'action_item', 'CREATE TABLE action_item ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT REFERENCES meeting(id), feedback_id TEXT REFERENCES feedback(id), text TEXT NOT NULL, agency_id TEXT REFERENCES agency(id), owner TEXT, due_date TEXT, status TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'agency', 'agency', 'CREATE TABLE agency ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, kind TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'attachment', 'attachment', 'CREATE TABLE attachment ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, name TEXT, mime TEXT NOT NULL, data BLOB NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'attendance', 'attendance', 'CREATE TABLE attendance ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT NOT NULL REFERENCES meeting(id), participant_id TEXT NOT NULL REFERENCES participant(id), present INTEGER NOT NULL CHECK (present IN (0, 1)), role TEXT, note TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (meeting_id, participant_id) )'),
    (1, 5, 'table', 'chapter', 'chapter', 'CREATE TABLE chapter ( id TEXT PRIMARY KEY NOT NULL, parent_id TEXT REFERENCES chapter(id), key TEXT, title TEXT NOT NULL, body_md TEXT, guidance_md TEXT, status TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (2, 5, 'table', 'content_checksum', 'content_checksum', 'CREATE TABLE content_checksum ( id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1), algorithm TEXT NOT NULL, digests TEXT NOT NULL, written_at TEXT NOT NULL )'),
    (1, 5, 'table', 'copy_info', 'copy_info', 'CREATE TABLE copy_info ( id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, baseline_id TEXT, group_name TEXT, group_dimensions TEXT, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'dimension', 'dimension', 'CREATE TABLE dimension ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, description TEXT, color TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'district', 'district', 'CREATE TABLE district ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, capital TEXT, population INTEGER, area_km2 REAL, villages INTEGER, urban_villages INTEGER, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'element', 'element', 'CREATE TABLE element ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'feedback', 'feedback', 'CREATE TABLE feedback ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT REFERENCES meeting(id), author TEXT, target_table TEXT, target_id TEXT, text TEXT NOT NULL, status TEXT NOT NULL, response TEXT, given_on TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'funding_source', 'funding_source', 'CREATE TABLE funding_source ( id TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'goal', 'goal', 'CREATE TABLE goal ( id TEXT PRIMARY KEY NOT NULL, mission_id TEXT REFERENCES mission(id), text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'indicator', 'indicator', 'CREATE TABLE indicator ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT REFERENCES program(id), dimension_id TEXT REFERENCES dimension(id), library_id TEXT REFERENCES indicator_library(id), name TEXT NOT NULL, unit TEXT, baseline_value REAL, baseline_year INTEGER, data_source TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'indicator_library', 'indicator_library', 'CREATE TABLE indicator_library ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT REFERENCES dimension(id), name TEXT NOT NULL, unit TEXT, source TEXT, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'indicator_target', 'indicator_target', 'CREATE TABLE indicator_target ( id TEXT PRIMARY KEY NOT NULL, indicator_id TEXT NOT NULL REFERENCES indicator(id), year INTEGER NOT NULL, value REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (indicator_id, year) )'),
    (1, 5, 'table', 'institution_member', 'institution_member', 'CREATE TABLE institution_member ( id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL, name TEXT NOT NULL, nip TEXT, position TEXT, agency_id TEXT REFERENCES agency(id), role TEXT, phone TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'meeting', 'meeting', 'CREATE TABLE meeting ( id TEXT PRIMARY KEY NOT NULL, stage_id TEXT REFERENCES workshop_stage(id), title TEXT NOT NULL, date TEXT, start_time TEXT, end_time TEXT, venue TEXT, resource_person TEXT, chair TEXT, minute_taker TEXT, agenda TEXT, minutes_md TEXT, decisions TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'merge_decision', 'merge_decision', 'CREATE TABLE merge_decision ( id TEXT PRIMARY KEY NOT NULL, copy_id TEXT NOT NULL, table_name TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT, value_hash TEXT, decision TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'mission', 'mission', 'CREATE TABLE mission ( id TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'objective', 'objective', 'CREATE TABLE objective ( id TEXT PRIMARY KEY NOT NULL, goal_id TEXT REFERENCES goal(id), text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'participant', 'participant', 'CREATE TABLE participant ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, nip TEXT, position TEXT, agency_id TEXT REFERENCES agency(id), phone TEXT, email TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 4, 'table', 'plan', 'plan', 'CREATE TABLE plan ( id TEXT PRIMARY KEY NOT NULL, region_name TEXT NOT NULL, region_type TEXT NOT NULL, province TEXT, region_code TEXT, capital TEXT, motto TEXT, title TEXT, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, framework TEXT NOT NULL, framework_name TEXT, language TEXT NOT NULL, status TEXT NOT NULL, vision TEXT, vision_explanation TEXT, logo_id TEXT REFERENCES attachment(id), notes TEXT, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (5, 5, 'table', 'plan', 'plan', 'CREATE TABLE plan ( id TEXT PRIMARY KEY NOT NULL, region_name TEXT NOT NULL, region_type TEXT NOT NULL, province TEXT, region_code TEXT, capital TEXT, motto TEXT, title TEXT, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, framework TEXT NOT NULL, framework_name TEXT, language TEXT NOT NULL, status TEXT NOT NULL, vision TEXT, vision_explanation TEXT, logo_id TEXT REFERENCES attachment(id), notes TEXT, modified_at TEXT NOT NULL, modified_by TEXT , head_title TEXT, head_name TEXT, signing_place TEXT, signed_on TEXT)'),
    (1, 2, 'table', 'program', 'program', 'CREATE TABLE program ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), element_id TEXT REFERENCES element(id), strategy_id TEXT REFERENCES strategy(id), name TEXT NOT NULL, description TEXT, activities TEXT, lead_agency_id TEXT REFERENCES agency(id), first_year INTEGER, last_year INTEGER, horizon TEXT, priority TEXT, status TEXT NOT NULL, is_quick_win INTEGER NOT NULL CHECK (is_quick_win IN (0, 1)), sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (3, 5, 'table', 'program', 'program', 'CREATE TABLE program ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), element_id TEXT REFERENCES element(id), strategy_id TEXT REFERENCES strategy(id), name TEXT NOT NULL, description TEXT, activities TEXT, lead_agency_id TEXT REFERENCES agency(id), first_year INTEGER, last_year INTEGER, horizon TEXT, priority TEXT, status TEXT NOT NULL, is_quick_win INTEGER NOT NULL CHECK (is_quick_win IN (0, 1)), sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT , code TEXT)'),
    (1, 5, 'table', 'program_agency', 'program_agency', 'CREATE TABLE program_agency ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), agency_id TEXT NOT NULL REFERENCES agency(id), modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, agency_id) )'),
    (1, 5, 'table', 'program_budget', 'program_budget', 'CREATE TABLE program_budget ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), year INTEGER NOT NULL, amount INTEGER NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, year) )'),
    (1, 5, 'table', 'program_funding', 'program_funding', 'CREATE TABLE program_funding ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), funding_source_id TEXT NOT NULL REFERENCES funding_source(id), modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, funding_source_id) )'),
    (1, 5, 'table', 'quick_win', 'quick_win', 'CREATE TABLE quick_win ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), problem TEXT, innovation TEXT, innovation_score INTEGER, risks TEXT, status TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id) )'),
    (4, 5, 'table', 'quick_win_criterion', 'quick_win_criterion', 'CREATE TABLE quick_win_criterion ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, weight REAL NOT NULL, axis TEXT NOT NULL, higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)), description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (4, 5, 'table', 'quick_win_score', 'quick_win_score', 'CREATE TABLE quick_win_score ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), criterion_id TEXT NOT NULL REFERENCES quick_win_criterion(id), score INTEGER NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, criterion_id) )'),
    (1, 5, 'table', 'quick_win_step', 'quick_win_step', 'CREATE TABLE quick_win_step ( id TEXT PRIMARY KEY NOT NULL, quick_win_id TEXT NOT NULL REFERENCES quick_win(id), activity TEXT NOT NULL, start_month INTEGER NOT NULL, end_month INTEGER NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (4, 5, 'table', 'quick_win_vote', 'quick_win_vote', 'CREATE TABLE quick_win_vote ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), group_id TEXT NOT NULL REFERENCES work_group(id), votes INTEGER NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, group_id) )'),
    (1, 5, 'table', 'readiness_component', 'readiness_component', 'CREATE TABLE readiness_component ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'readiness_element', 'readiness_element', 'CREATE TABLE readiness_element ( id TEXT PRIMARY KEY NOT NULL, component_id TEXT NOT NULL REFERENCES readiness_component(id), name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'readiness_score', 'readiness_score', 'CREATE TABLE readiness_score ( id TEXT PRIMARY KEY NOT NULL, element_id TEXT NOT NULL REFERENCES readiness_element(id), dimension_id TEXT NOT NULL REFERENCES dimension(id), score INTEGER, strengths TEXT, weaknesses TEXT, opportunities TEXT, threats TEXT, notes TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (element_id, dimension_id) )'),
    (1, 5, 'table', 'regulation', 'regulation', 'CREATE TABLE regulation ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, number TEXT, year INTEGER, title TEXT NOT NULL, status TEXT NOT NULL, enacted_on TEXT, notes TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'snapshot', 'snapshot', 'CREATE TABLE snapshot ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT, data BLOB NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'statistic', 'statistic', 'CREATE TABLE statistic ( id TEXT PRIMARY KEY NOT NULL, category TEXT, name TEXT NOT NULL, value REAL, value_text TEXT, unit TEXT, year INTEGER, source TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 5, 'table', 'strategic_issue', 'strategic_issue', 'CREATE TABLE strategic_issue ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT REFERENCES dimension(id), text TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (1, 4, 'table', 'strategy', 'strategy', 'CREATE TABLE strategy ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), issue_id TEXT REFERENCES strategic_issue(id), text TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (5, 5, 'table', 'strategy', 'strategy', 'CREATE TABLE strategy ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), issue_id TEXT REFERENCES strategic_issue(id), text TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT , tows TEXT)'),
    (1, 5, 'table', 'tombstone', 'tombstone', 'CREATE TABLE tombstone ( id TEXT PRIMARY KEY NOT NULL, table_name TEXT NOT NULL, deleted_at TEXT NOT NULL, deleted_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (4, 5, 'table', 'work_group', 'work_group', 'CREATE TABLE work_group ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, dimension_id TEXT REFERENCES dimension(id), description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    (4, 5, 'table', 'work_group_member', 'work_group_member', 'CREATE TABLE work_group_member ( id TEXT PRIMARY KEY NOT NULL, group_id TEXT NOT NULL REFERENCES work_group(id), participant_id TEXT NOT NULL REFERENCES participant(id), role TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (group_id, participant_id) )'),
    (1, 5, 'table', 'workshop_stage', 'workshop_stage', 'CREATE TABLE workshop_stage ( id TEXT PRIMARY KEY NOT NULL, number INTEGER NOT NULL, title TEXT NOT NULL, purpose TEXT, outputs TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
)


def _known() -> dict[int, tuple[SchemaObject, ...]]:
    return {
        version: tuple(o[2:] for o in OBJECTS if o[0] <= version <= o[1]) for version in range(1, LATEST + 1)
    }


KNOWN = _known()


def _ranges(versions: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of ``versions`` (sorted) as (first, last)."""
    out: list[tuple[int, int]] = []
    for v in versions:
        if out and out[-1][1] == v - 1:
            out[-1] = (out[-1][0], v)
        else:
            out.append((v, v))
    return out


def render() -> str:
    """This module's text for the current migrations."""
    from smartcity_desktop.storage.migrations import SCHEMA_VERSION
    from smartcity_desktop.storage.vet import compute_schema

    with open(__file__, encoding="utf-8") as f:
        text = f.read()
    head, rest = text.split("LATEST = ", 1)
    tail = rest[rest.index("\n)\n") + 3 :]
    present: dict[SchemaObject, list[int]] = {}
    for version in range(1, SCHEMA_VERSION + 1):
        for item in compute_schema(version):
            present.setdefault(item, []).append(version)
    entries = sorted(
        (first, last, *item) for item, versions in present.items() for first, last in _ranges(sorted(versions))
    )
    lines = [f"LATEST = {SCHEMA_VERSION}", "OBJECTS: tuple[tuple[int, int, str, str, str, str | None], ...] = ("]
    lines += [f"    {entry!r}," for entry in sorted(entries, key=lambda e: (e[2], e[3], e[4], e[0]))]
    return head + "\n".join(lines) + "\n)\n" + tail


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(render())
