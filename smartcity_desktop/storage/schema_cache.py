# SPDX-License-Identifier: GPL-3.0-or-later
"""What the migrations make, by schema version: vetting compares files with it without importing sqlite-utils.

Regenerate with ``python -m smartcity_desktop.storage.schema_cache`` after adding a migration
(tests/storage/test_migrations.py fails until you do).
"""

from __future__ import annotations

KNOWN: dict[int, tuple[tuple[str, str, str | None], ...]] = {
    1: (
        ('index', 'idx__sqlite_migrations_migration_set_name', 'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name")'),
        ('index', 'idx_action_item_agency_id', 'CREATE INDEX idx_action_item_agency_id ON action_item(agency_id)'),
        ('index', 'idx_action_item_feedback_id', 'CREATE INDEX idx_action_item_feedback_id ON action_item(feedback_id)'),
        ('index', 'idx_action_item_meeting_id', 'CREATE INDEX idx_action_item_meeting_id ON action_item(meeting_id)'),
        ('index', 'idx_attendance_participant_id', 'CREATE INDEX idx_attendance_participant_id ON attendance(participant_id)'),
        ('index', 'idx_chapter_parent_id', 'CREATE INDEX idx_chapter_parent_id ON chapter(parent_id)'),
        ('index', 'idx_element_dimension_id', 'CREATE INDEX idx_element_dimension_id ON element(dimension_id)'),
        ('index', 'idx_feedback_meeting_id', 'CREATE INDEX idx_feedback_meeting_id ON feedback(meeting_id)'),
        ('index', 'idx_goal_mission_id', 'CREATE INDEX idx_goal_mission_id ON goal(mission_id)'),
        ('index', 'idx_indicator_dimension_id', 'CREATE INDEX idx_indicator_dimension_id ON indicator(dimension_id)'),
        ('index', 'idx_indicator_library_dimension_id', 'CREATE INDEX idx_indicator_library_dimension_id ON indicator_library(dimension_id)'),
        ('index', 'idx_indicator_library_id', 'CREATE INDEX idx_indicator_library_id ON indicator(library_id)'),
        ('index', 'idx_indicator_program_id', 'CREATE INDEX idx_indicator_program_id ON indicator(program_id)'),
        ('index', 'idx_institution_member_agency_id', 'CREATE INDEX idx_institution_member_agency_id ON institution_member(agency_id)'),
        ('index', 'idx_meeting_stage_id', 'CREATE INDEX idx_meeting_stage_id ON meeting(stage_id)'),
        ('index', 'idx_objective_goal_id', 'CREATE INDEX idx_objective_goal_id ON objective(goal_id)'),
        ('index', 'idx_participant_agency_id', 'CREATE INDEX idx_participant_agency_id ON participant(agency_id)'),
        ('index', 'idx_plan_logo_id', 'CREATE INDEX idx_plan_logo_id ON plan(logo_id)'),
        ('index', 'idx_program_agency_agency_id', 'CREATE INDEX idx_program_agency_agency_id ON program_agency(agency_id)'),
        ('index', 'idx_program_dimension_id', 'CREATE INDEX idx_program_dimension_id ON program(dimension_id)'),
        ('index', 'idx_program_element_id', 'CREATE INDEX idx_program_element_id ON program(element_id)'),
        ('index', 'idx_program_funding_funding_source_id', 'CREATE INDEX idx_program_funding_funding_source_id ON program_funding(funding_source_id)'),
        ('index', 'idx_program_lead_agency_id', 'CREATE INDEX idx_program_lead_agency_id ON program(lead_agency_id)'),
        ('index', 'idx_program_strategy_id', 'CREATE INDEX idx_program_strategy_id ON program(strategy_id)'),
        ('index', 'idx_quick_win_step_quick_win_id', 'CREATE INDEX idx_quick_win_step_quick_win_id ON quick_win_step(quick_win_id)'),
        ('index', 'idx_readiness_element_component_id', 'CREATE INDEX idx_readiness_element_component_id ON readiness_element(component_id)'),
        ('index', 'idx_readiness_score_dimension_id', 'CREATE INDEX idx_readiness_score_dimension_id ON readiness_score(dimension_id)'),
        ('index', 'idx_strategic_issue_dimension_id', 'CREATE INDEX idx_strategic_issue_dimension_id ON strategic_issue(dimension_id)'),
        ('index', 'idx_strategy_dimension_id', 'CREATE INDEX idx_strategy_dimension_id ON strategy(dimension_id)'),
        ('index', 'idx_strategy_issue_id', 'CREATE INDEX idx_strategy_issue_id ON strategy(issue_id)'),
        ('table', '_sqlite_migrations', 'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT )'),
        ('table', 'action_item', 'CREATE TABLE action_item ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT REFERENCES meeting(id), feedback_id TEXT REFERENCES feedback(id), text TEXT NOT NULL, agency_id TEXT REFERENCES agency(id), owner TEXT, due_date TEXT, status TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'agency', 'CREATE TABLE agency ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, kind TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'attachment', 'CREATE TABLE attachment ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, name TEXT, mime TEXT NOT NULL, data BLOB NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'attendance', 'CREATE TABLE attendance ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT NOT NULL REFERENCES meeting(id), participant_id TEXT NOT NULL REFERENCES participant(id), present INTEGER NOT NULL CHECK (present IN (0, 1)), role TEXT, note TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (meeting_id, participant_id) )'),
        ('table', 'chapter', 'CREATE TABLE chapter ( id TEXT PRIMARY KEY NOT NULL, parent_id TEXT REFERENCES chapter(id), key TEXT, title TEXT NOT NULL, body_md TEXT, guidance_md TEXT, status TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'copy_info', 'CREATE TABLE copy_info ( id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, baseline_id TEXT, group_name TEXT, group_dimensions TEXT, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'dimension', 'CREATE TABLE dimension ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, description TEXT, color TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'district', 'CREATE TABLE district ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, capital TEXT, population INTEGER, area_km2 REAL, villages INTEGER, urban_villages INTEGER, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'element', 'CREATE TABLE element ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'feedback', 'CREATE TABLE feedback ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT REFERENCES meeting(id), author TEXT, target_table TEXT, target_id TEXT, text TEXT NOT NULL, status TEXT NOT NULL, response TEXT, given_on TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'funding_source', 'CREATE TABLE funding_source ( id TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'goal', 'CREATE TABLE goal ( id TEXT PRIMARY KEY NOT NULL, mission_id TEXT REFERENCES mission(id), text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'indicator', 'CREATE TABLE indicator ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT REFERENCES program(id), dimension_id TEXT REFERENCES dimension(id), library_id TEXT REFERENCES indicator_library(id), name TEXT NOT NULL, unit TEXT, baseline_value REAL, baseline_year INTEGER, data_source TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'indicator_library', 'CREATE TABLE indicator_library ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT REFERENCES dimension(id), name TEXT NOT NULL, unit TEXT, source TEXT, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'indicator_target', 'CREATE TABLE indicator_target ( id TEXT PRIMARY KEY NOT NULL, indicator_id TEXT NOT NULL REFERENCES indicator(id), year INTEGER NOT NULL, value REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (indicator_id, year) )'),
        ('table', 'institution_member', 'CREATE TABLE institution_member ( id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL, name TEXT NOT NULL, nip TEXT, position TEXT, agency_id TEXT REFERENCES agency(id), role TEXT, phone TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'meeting', 'CREATE TABLE meeting ( id TEXT PRIMARY KEY NOT NULL, stage_id TEXT REFERENCES workshop_stage(id), title TEXT NOT NULL, date TEXT, start_time TEXT, end_time TEXT, venue TEXT, resource_person TEXT, chair TEXT, minute_taker TEXT, agenda TEXT, minutes_md TEXT, decisions TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'merge_decision', 'CREATE TABLE merge_decision ( id TEXT PRIMARY KEY NOT NULL, copy_id TEXT NOT NULL, table_name TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT, value_hash TEXT, decision TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'mission', 'CREATE TABLE mission ( id TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'objective', 'CREATE TABLE objective ( id TEXT PRIMARY KEY NOT NULL, goal_id TEXT REFERENCES goal(id), text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'participant', 'CREATE TABLE participant ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, nip TEXT, position TEXT, agency_id TEXT REFERENCES agency(id), phone TEXT, email TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'plan', 'CREATE TABLE plan ( id TEXT PRIMARY KEY NOT NULL, region_name TEXT NOT NULL, region_type TEXT NOT NULL, province TEXT, region_code TEXT, capital TEXT, motto TEXT, title TEXT, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, framework TEXT NOT NULL, framework_name TEXT, language TEXT NOT NULL, status TEXT NOT NULL, vision TEXT, vision_explanation TEXT, logo_id TEXT REFERENCES attachment(id), notes TEXT, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'program', 'CREATE TABLE program ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), element_id TEXT REFERENCES element(id), strategy_id TEXT REFERENCES strategy(id), name TEXT NOT NULL, description TEXT, activities TEXT, lead_agency_id TEXT REFERENCES agency(id), first_year INTEGER, last_year INTEGER, horizon TEXT, priority TEXT, status TEXT NOT NULL, is_quick_win INTEGER NOT NULL CHECK (is_quick_win IN (0, 1)), sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'program_agency', 'CREATE TABLE program_agency ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), agency_id TEXT NOT NULL REFERENCES agency(id), modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, agency_id) )'),
        ('table', 'program_budget', 'CREATE TABLE program_budget ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), year INTEGER NOT NULL, amount INTEGER NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, year) )'),
        ('table', 'program_funding', 'CREATE TABLE program_funding ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), funding_source_id TEXT NOT NULL REFERENCES funding_source(id), modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, funding_source_id) )'),
        ('table', 'quick_win', 'CREATE TABLE quick_win ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), problem TEXT, innovation TEXT, innovation_score INTEGER, risks TEXT, status TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id) )'),
        ('table', 'quick_win_step', 'CREATE TABLE quick_win_step ( id TEXT PRIMARY KEY NOT NULL, quick_win_id TEXT NOT NULL REFERENCES quick_win(id), activity TEXT NOT NULL, start_month INTEGER NOT NULL, end_month INTEGER NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'readiness_component', 'CREATE TABLE readiness_component ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'readiness_element', 'CREATE TABLE readiness_element ( id TEXT PRIMARY KEY NOT NULL, component_id TEXT NOT NULL REFERENCES readiness_component(id), name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'readiness_score', 'CREATE TABLE readiness_score ( id TEXT PRIMARY KEY NOT NULL, element_id TEXT NOT NULL REFERENCES readiness_element(id), dimension_id TEXT NOT NULL REFERENCES dimension(id), score INTEGER, strengths TEXT, weaknesses TEXT, opportunities TEXT, threats TEXT, notes TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (element_id, dimension_id) )'),
        ('table', 'regulation', 'CREATE TABLE regulation ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, number TEXT, year INTEGER, title TEXT NOT NULL, status TEXT NOT NULL, enacted_on TEXT, notes TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'snapshot', 'CREATE TABLE snapshot ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT, data BLOB NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'statistic', 'CREATE TABLE statistic ( id TEXT PRIMARY KEY NOT NULL, category TEXT, name TEXT NOT NULL, value REAL, value_text TEXT, unit TEXT, year INTEGER, source TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'strategic_issue', 'CREATE TABLE strategic_issue ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT REFERENCES dimension(id), text TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'strategy', 'CREATE TABLE strategy ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), issue_id TEXT REFERENCES strategic_issue(id), text TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'tombstone', 'CREATE TABLE tombstone ( id TEXT PRIMARY KEY NOT NULL, table_name TEXT NOT NULL, deleted_at TEXT NOT NULL, deleted_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'workshop_stage', 'CREATE TABLE workshop_stage ( id TEXT PRIMARY KEY NOT NULL, number INTEGER NOT NULL, title TEXT NOT NULL, purpose TEXT, outputs TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    ),
    2: (
        ('index', 'idx__sqlite_migrations_migration_set_name', 'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name")'),
        ('index', 'idx_action_item_agency_id', 'CREATE INDEX idx_action_item_agency_id ON action_item(agency_id)'),
        ('index', 'idx_action_item_feedback_id', 'CREATE INDEX idx_action_item_feedback_id ON action_item(feedback_id)'),
        ('index', 'idx_action_item_meeting_id', 'CREATE INDEX idx_action_item_meeting_id ON action_item(meeting_id)'),
        ('index', 'idx_attendance_participant_id', 'CREATE INDEX idx_attendance_participant_id ON attendance(participant_id)'),
        ('index', 'idx_chapter_parent_id', 'CREATE INDEX idx_chapter_parent_id ON chapter(parent_id)'),
        ('index', 'idx_element_dimension_id', 'CREATE INDEX idx_element_dimension_id ON element(dimension_id)'),
        ('index', 'idx_feedback_meeting_id', 'CREATE INDEX idx_feedback_meeting_id ON feedback(meeting_id)'),
        ('index', 'idx_goal_mission_id', 'CREATE INDEX idx_goal_mission_id ON goal(mission_id)'),
        ('index', 'idx_indicator_dimension_id', 'CREATE INDEX idx_indicator_dimension_id ON indicator(dimension_id)'),
        ('index', 'idx_indicator_library_dimension_id', 'CREATE INDEX idx_indicator_library_dimension_id ON indicator_library(dimension_id)'),
        ('index', 'idx_indicator_library_id', 'CREATE INDEX idx_indicator_library_id ON indicator(library_id)'),
        ('index', 'idx_indicator_program_id', 'CREATE INDEX idx_indicator_program_id ON indicator(program_id)'),
        ('index', 'idx_institution_member_agency_id', 'CREATE INDEX idx_institution_member_agency_id ON institution_member(agency_id)'),
        ('index', 'idx_meeting_stage_id', 'CREATE INDEX idx_meeting_stage_id ON meeting(stage_id)'),
        ('index', 'idx_objective_goal_id', 'CREATE INDEX idx_objective_goal_id ON objective(goal_id)'),
        ('index', 'idx_participant_agency_id', 'CREATE INDEX idx_participant_agency_id ON participant(agency_id)'),
        ('index', 'idx_plan_logo_id', 'CREATE INDEX idx_plan_logo_id ON plan(logo_id)'),
        ('index', 'idx_program_agency_agency_id', 'CREATE INDEX idx_program_agency_agency_id ON program_agency(agency_id)'),
        ('index', 'idx_program_dimension_id', 'CREATE INDEX idx_program_dimension_id ON program(dimension_id)'),
        ('index', 'idx_program_element_id', 'CREATE INDEX idx_program_element_id ON program(element_id)'),
        ('index', 'idx_program_funding_funding_source_id', 'CREATE INDEX idx_program_funding_funding_source_id ON program_funding(funding_source_id)'),
        ('index', 'idx_program_lead_agency_id', 'CREATE INDEX idx_program_lead_agency_id ON program(lead_agency_id)'),
        ('index', 'idx_program_strategy_id', 'CREATE INDEX idx_program_strategy_id ON program(strategy_id)'),
        ('index', 'idx_quick_win_score_criterion_id', 'CREATE INDEX idx_quick_win_score_criterion_id ON quick_win_score(criterion_id)'),
        ('index', 'idx_quick_win_step_quick_win_id', 'CREATE INDEX idx_quick_win_step_quick_win_id ON quick_win_step(quick_win_id)'),
        ('index', 'idx_quick_win_vote_group_id', 'CREATE INDEX idx_quick_win_vote_group_id ON quick_win_vote(group_id)'),
        ('index', 'idx_readiness_element_component_id', 'CREATE INDEX idx_readiness_element_component_id ON readiness_element(component_id)'),
        ('index', 'idx_readiness_score_dimension_id', 'CREATE INDEX idx_readiness_score_dimension_id ON readiness_score(dimension_id)'),
        ('index', 'idx_strategic_issue_dimension_id', 'CREATE INDEX idx_strategic_issue_dimension_id ON strategic_issue(dimension_id)'),
        ('index', 'idx_strategy_dimension_id', 'CREATE INDEX idx_strategy_dimension_id ON strategy(dimension_id)'),
        ('index', 'idx_strategy_issue_id', 'CREATE INDEX idx_strategy_issue_id ON strategy(issue_id)'),
        ('index', 'idx_work_group_dimension_id', 'CREATE INDEX idx_work_group_dimension_id ON work_group(dimension_id)'),
        ('index', 'idx_work_group_member_participant_id', 'CREATE INDEX idx_work_group_member_participant_id ON work_group_member(participant_id)'),
        ('table', '_sqlite_migrations', 'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT )'),
        ('table', 'action_item', 'CREATE TABLE action_item ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT REFERENCES meeting(id), feedback_id TEXT REFERENCES feedback(id), text TEXT NOT NULL, agency_id TEXT REFERENCES agency(id), owner TEXT, due_date TEXT, status TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'agency', 'CREATE TABLE agency ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, kind TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'attachment', 'CREATE TABLE attachment ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, name TEXT, mime TEXT NOT NULL, data BLOB NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'attendance', 'CREATE TABLE attendance ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT NOT NULL REFERENCES meeting(id), participant_id TEXT NOT NULL REFERENCES participant(id), present INTEGER NOT NULL CHECK (present IN (0, 1)), role TEXT, note TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (meeting_id, participant_id) )'),
        ('table', 'chapter', 'CREATE TABLE chapter ( id TEXT PRIMARY KEY NOT NULL, parent_id TEXT REFERENCES chapter(id), key TEXT, title TEXT NOT NULL, body_md TEXT, guidance_md TEXT, status TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'copy_info', 'CREATE TABLE copy_info ( id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, baseline_id TEXT, group_name TEXT, group_dimensions TEXT, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'dimension', 'CREATE TABLE dimension ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, description TEXT, color TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'district', 'CREATE TABLE district ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, capital TEXT, population INTEGER, area_km2 REAL, villages INTEGER, urban_villages INTEGER, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'element', 'CREATE TABLE element ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'feedback', 'CREATE TABLE feedback ( id TEXT PRIMARY KEY NOT NULL, meeting_id TEXT REFERENCES meeting(id), author TEXT, target_table TEXT, target_id TEXT, text TEXT NOT NULL, status TEXT NOT NULL, response TEXT, given_on TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'funding_source', 'CREATE TABLE funding_source ( id TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'goal', 'CREATE TABLE goal ( id TEXT PRIMARY KEY NOT NULL, mission_id TEXT REFERENCES mission(id), text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'indicator', 'CREATE TABLE indicator ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT REFERENCES program(id), dimension_id TEXT REFERENCES dimension(id), library_id TEXT REFERENCES indicator_library(id), name TEXT NOT NULL, unit TEXT, baseline_value REAL, baseline_year INTEGER, data_source TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'indicator_library', 'CREATE TABLE indicator_library ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT REFERENCES dimension(id), name TEXT NOT NULL, unit TEXT, source TEXT, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'indicator_target', 'CREATE TABLE indicator_target ( id TEXT PRIMARY KEY NOT NULL, indicator_id TEXT NOT NULL REFERENCES indicator(id), year INTEGER NOT NULL, value REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (indicator_id, year) )'),
        ('table', 'institution_member', 'CREATE TABLE institution_member ( id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL, name TEXT NOT NULL, nip TEXT, position TEXT, agency_id TEXT REFERENCES agency(id), role TEXT, phone TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'meeting', 'CREATE TABLE meeting ( id TEXT PRIMARY KEY NOT NULL, stage_id TEXT REFERENCES workshop_stage(id), title TEXT NOT NULL, date TEXT, start_time TEXT, end_time TEXT, venue TEXT, resource_person TEXT, chair TEXT, minute_taker TEXT, agenda TEXT, minutes_md TEXT, decisions TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'merge_decision', 'CREATE TABLE merge_decision ( id TEXT PRIMARY KEY NOT NULL, copy_id TEXT NOT NULL, table_name TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT, value_hash TEXT, decision TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'mission', 'CREATE TABLE mission ( id TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'objective', 'CREATE TABLE objective ( id TEXT PRIMARY KEY NOT NULL, goal_id TEXT REFERENCES goal(id), text TEXT NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'participant', 'CREATE TABLE participant ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, nip TEXT, position TEXT, agency_id TEXT REFERENCES agency(id), phone TEXT, email TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'plan', 'CREATE TABLE plan ( id TEXT PRIMARY KEY NOT NULL, region_name TEXT NOT NULL, region_type TEXT NOT NULL, province TEXT, region_code TEXT, capital TEXT, motto TEXT, title TEXT, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, framework TEXT NOT NULL, framework_name TEXT, language TEXT NOT NULL, status TEXT NOT NULL, vision TEXT, vision_explanation TEXT, logo_id TEXT REFERENCES attachment(id), notes TEXT, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'program', 'CREATE TABLE program ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), element_id TEXT REFERENCES element(id), strategy_id TEXT REFERENCES strategy(id), name TEXT NOT NULL, description TEXT, activities TEXT, lead_agency_id TEXT REFERENCES agency(id), first_year INTEGER, last_year INTEGER, horizon TEXT, priority TEXT, status TEXT NOT NULL, is_quick_win INTEGER NOT NULL CHECK (is_quick_win IN (0, 1)), sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'program_agency', 'CREATE TABLE program_agency ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), agency_id TEXT NOT NULL REFERENCES agency(id), modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, agency_id) )'),
        ('table', 'program_budget', 'CREATE TABLE program_budget ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), year INTEGER NOT NULL, amount INTEGER NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, year) )'),
        ('table', 'program_funding', 'CREATE TABLE program_funding ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), funding_source_id TEXT NOT NULL REFERENCES funding_source(id), modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, funding_source_id) )'),
        ('table', 'quick_win', 'CREATE TABLE quick_win ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), problem TEXT, innovation TEXT, innovation_score INTEGER, risks TEXT, status TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id) )'),
        ('table', 'quick_win_criterion', 'CREATE TABLE quick_win_criterion ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, weight REAL NOT NULL, axis TEXT NOT NULL, higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)), description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'quick_win_score', 'CREATE TABLE quick_win_score ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), criterion_id TEXT NOT NULL REFERENCES quick_win_criterion(id), score INTEGER NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, criterion_id) )'),
        ('table', 'quick_win_step', 'CREATE TABLE quick_win_step ( id TEXT PRIMARY KEY NOT NULL, quick_win_id TEXT NOT NULL REFERENCES quick_win(id), activity TEXT NOT NULL, start_month INTEGER NOT NULL, end_month INTEGER NOT NULL, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'quick_win_vote', 'CREATE TABLE quick_win_vote ( id TEXT PRIMARY KEY NOT NULL, program_id TEXT NOT NULL REFERENCES program(id), group_id TEXT NOT NULL REFERENCES work_group(id), votes INTEGER NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (program_id, group_id) )'),
        ('table', 'readiness_component', 'CREATE TABLE readiness_component ( id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'readiness_element', 'CREATE TABLE readiness_element ( id TEXT PRIMARY KEY NOT NULL, component_id TEXT NOT NULL REFERENCES readiness_component(id), name TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'readiness_score', 'CREATE TABLE readiness_score ( id TEXT PRIMARY KEY NOT NULL, element_id TEXT NOT NULL REFERENCES readiness_element(id), dimension_id TEXT NOT NULL REFERENCES dimension(id), score INTEGER, strengths TEXT, weaknesses TEXT, opportunities TEXT, threats TEXT, notes TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (element_id, dimension_id) )'),
        ('table', 'regulation', 'CREATE TABLE regulation ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, number TEXT, year INTEGER, title TEXT NOT NULL, status TEXT NOT NULL, enacted_on TEXT, notes TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'snapshot', 'CREATE TABLE snapshot ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT, data BLOB NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'statistic', 'CREATE TABLE statistic ( id TEXT PRIMARY KEY NOT NULL, category TEXT, name TEXT NOT NULL, value REAL, value_text TEXT, unit TEXT, year INTEGER, source TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'strategic_issue', 'CREATE TABLE strategic_issue ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT REFERENCES dimension(id), text TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'strategy', 'CREATE TABLE strategy ( id TEXT PRIMARY KEY NOT NULL, dimension_id TEXT NOT NULL REFERENCES dimension(id), issue_id TEXT REFERENCES strategic_issue(id), text TEXT NOT NULL, description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'tombstone', 'CREATE TABLE tombstone ( id TEXT PRIMARY KEY NOT NULL, table_name TEXT NOT NULL, deleted_at TEXT NOT NULL, deleted_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'work_group', 'CREATE TABLE work_group ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, dimension_id TEXT REFERENCES dimension(id), description TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
        ('table', 'work_group_member', 'CREATE TABLE work_group_member ( id TEXT PRIMARY KEY NOT NULL, group_id TEXT NOT NULL REFERENCES work_group(id), participant_id TEXT NOT NULL REFERENCES participant(id), role TEXT, modified_at TEXT NOT NULL, modified_by TEXT, UNIQUE (group_id, participant_id) )'),
        ('table', 'workshop_stage', 'CREATE TABLE workshop_stage ( id TEXT PRIMARY KEY NOT NULL, number INTEGER NOT NULL, title TEXT NOT NULL, purpose TEXT, outputs TEXT, sort_key REAL NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT )'),
    ),
}



def render() -> str:
    """This module's text for the current migrations."""
    from smartcity_desktop.storage.migrations import SCHEMA_VERSION
    from smartcity_desktop.storage.vet import compute_schema

    with open(__file__, encoding="utf-8") as f:
        text = f.read()
    head, rest = text.split("KNOWN: dict", 1)
    tail = rest[rest.index("\n}\n") + 3 :]
    lines = ["KNOWN: dict[int, tuple[tuple[str, str, str | None], ...]] = {"]
    for version in range(1, SCHEMA_VERSION + 1):
        lines.append(f"    {version}: (")
        lines += [f"        {item!r}," for item in sorted(compute_schema(version), key=lambda x: (x[0], x[1]))]
        lines.append("    ),")
    return head + "\n".join(lines) + "\n}\n" + tail


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(render())
