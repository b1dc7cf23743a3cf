# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's data model as data: every table, column, reference and allowed value."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ColType = Literal["text", "int", "real", "blob", "bool"]

# Allowed values of enumerated columns (stored as these codes; the GUI translates them).
PLAN_STATUSES = ("draft", "final")
REGION_TYPES = ("kabupaten", "kota")
LANGUAGES = ("id", "en")
FRAMEWORKS = ("giffinger", "kominfo", "custom")
CHAPTER_STATUSES = ("draft", "review", "final")
HORIZONS = ("quickwin", "short", "medium", "long")
PRIORITIES = ("high", "medium", "low")
PROGRAM_STATUSES = ("proposed", "planned", "ongoing", "done", "dropped")
QUICK_WIN_STATUSES = ("candidate", "chosen", "running", "done", "dropped")
REGULATION_STATUSES = ("draft", "in_process", "enacted", "revoked")
BODIES = ("dewan", "tim_pelaksana")
FEEDBACK_STATUSES = ("open", "in_progress", "done", "declined")
ACTION_STATUSES = ("open", "in_progress", "done")
SNAPSHOT_KINDS = ("stage", "baseline", "backup")
READINESS_CODES = ("struktur", "infrastruktur", "suprastruktur")
# Regional budget nomenclature codes of programs: "2.16.02", "1.02.02.2.01", "X.XX.01".
PROGRAM_CODE_PATTERN = r"^([0-9]{1,2}|[Xx]{1,2})(\.([0-9]{1,2}|[Xx]{1,2})){1,5}$"
QUICK_WIN_AXES = ("impact", "effort")  # where a Quick Win criterion counts in the impact-versus-effort matrix
TOWS_TYPES = ("so", "wo", "st", "wt")  # docs-parts: a strategy's quadrant of the TOWS matrix (migration 5)

# Limits the rules state in their messages (core/validate.py, core/rules.py).
YEAR_MIN, YEAR_MAX = 1990, 2100  # years of a plan, its programs, budgets and targets
MAX_PERIOD_YEARS = 20  # a plan period covers at most this many calendar years (start and end included)
MAX_MONEY = 10**15  # Rupiah on one budget line
# Columns holding a calendar date as ISO text (YYYY-MM-DD) or a time of day (HH:MM).
DATE_COLUMNS = frozenset({"date", "enacted_on", "given_on", "due_date", "signed_on"})
TIME_COLUMNS = frozenset({"start_time", "end_time"})
# Text columns that may span several lines (tab and newline allowed); every other text is one line.
MULTILINE_COLUMNS = frozenset(
    {
        "description",
        "activities",
        "notes",
        "vision",
        "vision_explanation",
        "motto",
        "title",
        "body_md",
        "guidance_md",
        "strengths",
        "weaknesses",
        "opportunities",
        "threats",
        "text",
        "problem",
        "innovation",
        "risks",
        "purpose",
        "outputs",
        "agenda",
        "minutes_md",
        "decisions",
        "response",
        "value_text",
        "source",
        "data_source",
        "activity",
        "group_dimensions",
    }
)


@dataclass(frozen=True)
class Column:
    """One column: its type, whether it may be empty, and what it refers to."""

    name: str
    type: ColType = "text"
    required: bool = False
    ref: str | None = None  # table this column references by id
    on_delete: Literal["cascade", "nullify"] = "cascade"
    choices: tuple[str, ...] | None = None
    min: int | None = None
    max: int | None = None
    pattern: str | None = None  # text columns: a regular expression the whole value matches


@dataclass(frozen=True)
class Table:
    """One table of the plan; every table has id, modified_at and modified_by."""

    name: str
    columns: tuple[Column, ...]
    unique: tuple[tuple[str, ...], ...] = ()
    ordered: bool = False  # has a sort_key column (merged by key, not position)
    single: bool = False  # holds exactly one row
    content: bool = True  # part of the plan's content (False: bookkeeping)
    label: str = "name"  # column shown to people when naming a row
    added: tuple[Column, ...] = ()  # columns of later migrations: ALTER TABLE puts them after modified_by
    all_columns: tuple[Column, ...] = field(init=False, repr=False)
    column_names: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        cols = (Column("id", required=True), *self.columns)
        if self.ordered:
            cols += (Column("sort_key", "real", required=True),)
        cols += (Column("modified_at", required=True), Column("modified_by"), *self.added)
        object.__setattr__(self, "all_columns", cols)
        object.__setattr__(self, "column_names", tuple(c.name for c in cols))

    def column(self, name: str) -> Column:
        for c in self.all_columns:
            if c.name == name:
                return c
        raise KeyError(name)


def C(name: str, type: ColType = "text", **kw: object) -> Column:  # noqa: N802
    """Short constructor for column specs."""
    return Column(name, type, **kw)  # type: ignore[arg-type]


def _ref(name: str, table: str, required: bool = False, nullify: bool = False) -> Column:
    return Column(name, "text", required=required, ref=table, on_delete="nullify" if nullify else "cascade")


def _key(name: str, table: str) -> Column:
    """A required reference: one of the two keys of a cell table."""
    return _ref(name, table, required=True)


YEAR = C("year", "int", required=True, min=YEAR_MIN, max=YEAR_MAX)


def _cells(name: str, first: Column, second: Column, *values: Column, label: str | None = None) -> Table:
    """A table of one row per pair of keys (program x agency, program x year, meeting x participant ...): both
    keys required and unique together; ``label`` names a row (default: the second key)."""
    return Table(name, (first, second, *values), unique=((first.name, second.name),), label=label or second.name)


def _of_program(name: str, other: Column, value: Column) -> Table:
    """One value per program and ``other`` (a criterion's score, a group's votes), named by the value."""
    return _cells(name, _key("program_id", "program"), other, value, label=value.name)


# A person as the registers name one: the team's members and the workshops' participants.
PERSON = (C("name", required=True), C("nip"), C("position"), _ref("agency_id", "agency", nullify=True))


def _list(name: str, *columns: Column, label: str = "name", added: tuple[Column, ...] = ()) -> Table:
    """An ordered list (a sort_key keeps the order people gave): dimensions, elements, chapters, programs ..."""
    return Table(name, columns, ordered=True, label=label, added=added)


_TABLES: tuple[Table, ...] = (
    Table(
        "plan",
        (
            C("region_name", required=True),
            C("region_type", choices=REGION_TYPES, required=True),
            C("province"),
            C("region_code"),
            C("capital"),
            C("motto"),
            C("title"),
            C("period_start", "int", required=True, min=YEAR_MIN, max=YEAR_MAX),
            C("period_end", "int", required=True, min=YEAR_MIN, max=YEAR_MAX),
            C("framework", choices=FRAMEWORKS, required=True),
            C("framework_name"),
            C("language", choices=LANGUAGES, required=True),
            C("status", choices=PLAN_STATUSES, required=True),
            C("vision"),
            C("vision_explanation"),
            _ref("logo_id", "attachment", nullify=True),
            C("notes"),
        ),
        single=True,
        label="region_name",
        # the approval page and the closing signature (migration m005_document_parts): the regional head's title
        # ("Bupati Lombok Timur") and name, where and when the plan is signed
        added=(C("head_title"), C("head_name"), C("signing_place"), C("signed_on")),
    ),
    Table(
        "attachment",
        (C("kind", required=True), C("name"), C("mime", required=True), C("data", "blob", required=True)),
    ),
    _list("dimension", C("code"), C("name", required=True), C("description"), C("color")),
    _list("element", _ref("dimension_id", "dimension", required=True), C("name", required=True), C("description")),
    _list(
        "chapter",
        _ref("parent_id", "chapter"),
        C("key"),
        C("title", required=True),
        C("body_md"),
        C("guidance_md"),
        C("status", choices=CHAPTER_STATUSES, required=True),
        label="title",
    ),
    _list("readiness_component", C("code"), C("name", required=True), C("description")),
    _list(
        "readiness_element",
        _ref("component_id", "readiness_component", required=True),
        C("name", required=True),
        C("description"),
    ),
    _cells(
        "readiness_score",
        _key("element_id", "readiness_element"),
        _key("dimension_id", "dimension"),
        C("score", "int", min=1, max=5),
        C("strengths"),
        C("weaknesses"),
        C("opportunities"),
        C("threats"),
        C("notes"),
        label="score",
    ),
    _list(
        "statistic",
        C("category"),
        C("name", required=True),
        C("value", "real"),
        C("value_text"),
        C("unit"),
        C("year", "int"),
        C("source"),
    ),
    _list(
        "district",
        C("name", required=True),
        C("capital"),
        C("population", "int", min=0),
        C("area_km2", "real"),
        C("villages", "int", min=0),
        C("urban_villages", "int", min=0),
    ),
    _list("mission", C("text", required=True), label="text"),
    _list("goal", _ref("mission_id", "mission", nullify=True), C("text", required=True), label="text"),
    _list("objective", _ref("goal_id", "goal", nullify=True), C("text", required=True), label="text"),
    _list(
        "strategic_issue",
        _ref("dimension_id", "dimension", nullify=True),
        C("text", required=True),
        C("description"),
        label="text",
    ),
    _list(
        "strategy",
        _ref("dimension_id", "dimension", required=True),
        _ref("issue_id", "strategic_issue", nullify=True),
        C("text", required=True),
        C("description"),
        label="text",
        added=(C("tows", choices=TOWS_TYPES),),  # SO, WO, ST, WT (migration m005_document_parts)
    ),
    # The plan's glossary, printed as Daftar Singkatan (migration m005_document_parts).
    _list("abbreviation", C("term", required=True), C("meaning", required=True), label="term"),
    _list("agency", C("code"), C("name", required=True), C("kind")),
    _list("funding_source", C("code", required=True), C("name", required=True), C("description")),
    Table(
        "program",
        (
            _ref("dimension_id", "dimension", required=True),
            _ref("element_id", "element", nullify=True),
            _ref("strategy_id", "strategy", nullify=True),
            C("name", required=True),
            C("description"),
            C("activities"),
            _ref("lead_agency_id", "agency", nullify=True),
            C("first_year", "int", min=YEAR_MIN, max=YEAR_MAX),
            C("last_year", "int", min=YEAR_MIN, max=YEAR_MAX),
            C("horizon", choices=HORIZONS),
            C("priority", choices=PRIORITIES),
            C("status", choices=PROGRAM_STATUSES, required=True),
            C("is_quick_win", "bool", required=True),
        ),
        ordered=True,
        # the RPJMD/Renstra program's nomenclature code, e.g. 2.16.02 (migration m003_program_code)
        added=(C("code", pattern=PROGRAM_CODE_PATTERN),),
    ),
    _cells("program_agency", _key("program_id", "program"), _key("agency_id", "agency")),
    _cells("program_funding", _key("program_id", "program"), _key("funding_source_id", "funding_source")),
    _cells(
        "program_budget", _key("program_id", "program"), YEAR, C("amount", "int", required=True, min=0, max=MAX_MONEY)
    ),
    _list(
        "indicator_library",
        _ref("dimension_id", "dimension", nullify=True),
        C("name", required=True),
        C("unit"),
        C("source"),
        C("description"),
    ),
    _list(
        "indicator",
        _ref("program_id", "program"),
        _ref("dimension_id", "dimension", nullify=True),
        _ref("library_id", "indicator_library", nullify=True),
        C("name", required=True),
        C("unit"),
        C("baseline_value", "real"),
        C("baseline_year", "int", min=YEAR_MIN, max=YEAR_MAX),
        C("data_source"),
    ),
    _cells("indicator_target", _key("indicator_id", "indicator"), YEAR, C("value", "real", required=True)),
    Table(
        "quick_win",
        (
            _ref("program_id", "program", required=True),
            C("problem"),
            C("innovation"),
            C("innovation_score", "int", min=1, max=5),
            C("risks"),
            C("status", choices=QUICK_WIN_STATUSES, required=True),
        ),
        unique=(("program_id",),),
        label="program_id",
    ),
    _list(
        "quick_win_step",
        _ref("quick_win_id", "quick_win", required=True),
        C("activity", required=True),
        C("start_month", "int", required=True, min=1, max=24),
        C("end_month", "int", required=True, min=1, max=24),
        label="activity",
    ),
    _list("institution_member", C("body", choices=BODIES, required=True), *PERSON, C("role"), C("phone")),
    _list(
        "regulation",
        C("kind", required=True),
        C("number"),
        C("year", "int", min=1945, max=2100),
        C("title", required=True),
        C("status", choices=REGULATION_STATUSES, required=True),
        C("enacted_on"),
        C("notes"),
        label="title",
    ),
    _list(
        "workshop_stage",
        C("number", "int", required=True, min=1, max=9),
        C("title", required=True),
        C("purpose"),
        C("outputs"),
        label="title",
    ),
    _list(
        "meeting",
        _ref("stage_id", "workshop_stage", nullify=True),
        C("title", required=True),
        C("date"),
        C("start_time"),
        C("end_time"),
        C("venue"),
        C("resource_person"),
        C("chair"),
        C("minute_taker"),
        C("agenda"),
        C("minutes_md"),
        C("decisions"),
        label="title",
    ),
    _list("participant", *PERSON, C("phone"), C("email")),
    _cells(
        "attendance",
        _key("meeting_id", "meeting"),
        _key("participant_id", "participant"),
        C("present", "bool", required=True),
        C("role"),
        C("note"),
    ),
    _list(
        "feedback",
        _ref("meeting_id", "meeting", nullify=True),
        C("author"),
        C("target_table"),
        C("target_id"),
        C("text", required=True),
        C("status", choices=FEEDBACK_STATUSES, required=True),
        C("response"),
        C("given_on"),
        label="text",
    ),
    _list(
        "action_item",
        _ref("meeting_id", "meeting", nullify=True),
        _ref("feedback_id", "feedback", nullify=True),
        C("text", required=True),
        _ref("agency_id", "agency", nullify=True),
        C("owner"),
        C("due_date"),
        C("status", choices=ACTION_STATUSES, required=True),
        label="text",
    ),
    # Working groups of the Tim Pelaksana and the Quick Win selection (workshop-docs; schema migration 2).
    _list("work_group", C("name", required=True), _ref("dimension_id", "dimension", nullify=True), C("description")),
    _cells("work_group_member", _key("group_id", "work_group"), _key("participant_id", "participant"), C("role")),
    _list(
        "quick_win_criterion",
        C("name", required=True),
        C("weight", "real", required=True),  # 0-100, checked by the operation
        C("axis", choices=QUICK_WIN_AXES, required=True),
        C("higher_is_better", "bool", required=True),
        C("description"),
    ),
    _of_program(
        "quick_win_score", _key("criterion_id", "quick_win_criterion"), C("score", "int", required=True, min=1, max=5)
    ),
    _of_program("quick_win_vote", _key("group_id", "work_group"), C("votes", "int", required=True, min=0, max=999)),
    # Bookkeeping: identity of this copy, deletions, snapshots, merge decisions.
    Table(
        "copy_info",
        (
            C("plan_id", required=True),
            C("baseline_id"),
            C("group_name"),
            C("group_dimensions"),
            C("created_at", required=True),
        ),
        single=True,
        content=False,
        label="group_name",
    ),
    Table(
        "tombstone",
        (C("table_name", required=True), C("deleted_at", required=True), C("deleted_by")),
        content=False,
        label="table_name",
    ),
    Table(
        "snapshot",
        (
            C("name", required=True),
            C("kind", choices=SNAPSHOT_KINDS, required=True),
            C("created_at", required=True),
            C("created_by"),
            C("data", "blob", required=True),
        ),
        content=False,
    ),
    Table(
        "merge_decision",
        (
            C("copy_id", required=True),
            C("table_name", required=True),
            C("row_id", required=True),
            C("field"),
            C("value_hash"),
            C("decision", required=True),
        ),
        content=False,
        label="decision",
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in _TABLES}
CONTENT_TABLES: tuple[str, ...] = tuple(t.name for t in _TABLES if t.content)


def references_to(table: str) -> list[tuple[Table, Column]]:
    """Every (table, column) that refers to rows of ``table``."""
    return [(t, c) for t in _TABLES for c in t.all_columns if c.ref == table]


def table_order() -> list[str]:
    """Tables ordered so that every referenced table comes before those referring to it."""
    done: list[str] = []
    pending = list(TABLES)
    while pending:
        for name in pending:
            refs = {c.ref for c in TABLES[name].all_columns if c.ref and c.ref != name}
            if refs <= set(done):
                done.append(name)
                pending.remove(name)
                break
        else:  # pragma: no cover - the spec above has no cycles but self references
            raise ValueError(f"reference cycle among {pending}")
    return done
