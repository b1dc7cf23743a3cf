# SPDX-License-Identifier: GPL-3.0-or-later
"""Bringing programs from an RPJMD/Renstra workbook into an open plan: preview first, then one action.

``preview`` reads the sheet and matches it to the plan without changing anything; ``apply`` writes every
accepted row inside one ``db.action()`` (one transaction, one ChangeSet: all or nothing, one undo step).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcity_desktop.core import labels
from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.core.model import HORIZONS, TABLES
from smartcity_desktop.imports.layout import FIELDS, Layout, detect_layout, header_texts, norm
from smartcity_desktop.imports.match import AgencyMatch, DimensionGuesser, find_duplicate, match_agency
from smartcity_desktop.imports.rows import ERROR, WARNING, RowProblem, SourceRow, read_rows
from smartcity_desktop.imports.workbook import Workbook, read_workbook
from smartcity_desktop.storage.db import PlanDB, Row, new_id

log = logging.getLogger(__name__)

HAS_CODE = "code" in TABLES["program"].column_names
DECISIONS = ("merge", "skip", "new")
LAYOUTS_FILE = "import_layouts.json"


class ProgramImportRefused(PlanError):
    """Rows of the workbook were refused: nothing was imported."""


@dataclass
class ImportChoices:
    """What the user decided; everything has a default so the CLI can import without questions."""

    sheet: str | None = None
    header_rows: list[int] | None = None
    skip_bad: bool = False
    include_hidden: bool = False
    dimensions: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # row -> (dimension, element)
    default_dimension: str | None = None  # for rows no keyword points anywhere
    agencies: dict[str, str | None] = field(default_factory=dict)  # sheet text -> agency id (None: add new)
    duplicates: dict[int, str] = field(default_factory=dict)  # row -> merge / skip / new
    default_duplicate: str = "merge"


@dataclass
class PreviewRow:
    """One sheet row as it would be imported."""

    source: SourceRow
    dimension_id: str | None = None
    element_id: str | None = None
    dimension_score: float = 0.0
    lead: AgencyMatch | None = None
    supporting: list[AgencyMatch] = field(default_factory=list)
    duplicate_of: str | None = None  # existing program id
    duplicate_reason: str | None = None  # "code", "name", "similar"
    decision: str = "new"  # merge / skip / new (for duplicates)
    parent: int | None = None  # indicator rows: the row of their program
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def number(self) -> int:
        return self.source.number

    @property
    def kind(self) -> str:
        return self.source.kind

    @property
    def all_problems(self) -> list[RowProblem]:
        return self.source.problems + self.problems

    @property
    def refused(self) -> bool:
        return any(p.severity == ERROR for p in self.all_problems)


@dataclass
class Preview:
    path: Path
    kind: str
    sheet: str
    sheets: list[str]
    encoding: str | None
    delimiter: str | None
    header_rows: list[int]
    headers: list[str]
    mapping: dict[int, str]
    period: tuple[int, int]
    rows: list[PreviewRow]
    guesser: DimensionGuesser
    agencies: dict[str, AgencyMatch] = field(default_factory=dict)

    @property
    def layout_key(self) -> str:
        return Layout(self.header_rows, self.headers, self.mapping).key

    @property
    def refused(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.refused]

    @property
    def skipped(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.kind == "skipped"]

    @property
    def programs(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.kind == "program"]


@dataclass
class ImportResult:
    programs_added: int = 0
    programs_merged: int = 0
    indicators: int = 0
    budgets: int = 0
    agencies_added: list[str] = field(default_factory=list)
    rows_refused: int = 0
    rows_skipped: int = 0


# -- remembered layouts ------------------------------------------------------------------------------


def _layouts_path() -> Path:
    from smartcity_desktop.services.paths import config_dir

    return config_dir() / LAYOUTS_FILE


def remembered_mapping(key: str) -> dict[int, str] | None:
    try:
        data = json.loads(_layouts_path().read_text(encoding="utf-8"))
        entry = data.get(key)
        return {int(c): str(f) for c, f in entry["mapping"].items()} if entry else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def remember_mapping(key: str, mapping: dict[int, str], header_rows: list[int]) -> None:
    """Keep a confirmed mapping for the next workbook with the same headers (best effort)."""
    path = _layouts_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[key] = {"mapping": {str(c): f for c, f in sorted(mapping.items())}, "header_rows": header_rows}
    try:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        log.warning("could not remember the import layout in %s", path)


def valid_field(name: str) -> bool:
    if name in FIELDS:
        return True
    kind, _, year = name.partition(":")
    return kind in ("budget", "target") and year.isdigit() and 1990 <= int(year) <= 2100


def load_mapping_file(path: str | Path, headers: list[str]) -> tuple[dict[int, str], list[int] | None]:
    """A mapping file: {"header_rows": [4, 5], "columns": {"B": "name", "7": "budget:2020", "Satuan": "unit"}}.

    Columns are named by letter, number or header text.
    """
    from openpyxl.utils import column_index_from_string

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        columns = data.get("columns", data)
    except (OSError, ValueError, AttributeError):
        raise PlanError("import.mapping_unreadable", str(path)) from None
    mapping: dict[int, str] = {}
    lowered = [norm(h) for h in headers]
    for key, fld in columns.items():
        if key == "header_rows":
            continue
        if not isinstance(fld, str) or not valid_field(fld):
            raise PlanError("import.mapping_field", str(fld), key)
        k = str(key).strip()
        if k.isdigit():
            col = int(k)
        elif re.fullmatch(r"[A-Za-z]{1,3}", k):
            col = column_index_from_string(k.upper())
        elif norm(k) in lowered:
            col = lowered.index(norm(k)) + 1
        else:
            raise PlanError("import.mapping_column", k)
        mapping[col] = fld
    rows = data.get("header_rows") if isinstance(data, dict) else None
    return mapping, [int(r) for r in rows] if isinstance(rows, list) else None


# -- preview -------------------------------------------------------------------------------------------


def detect(workbook: Workbook, choices: ImportChoices) -> Layout:
    """Header rows and mapping of the chosen sheet: remembered for this layout, else guessed."""
    sheet = workbook.sheet(choices.sheet)
    layout = detect_layout(sheet, choices.header_rows)
    known = remembered_mapping(layout.key)
    if known:
        layout.mapping = known
    return layout


def preview(
    db: PlanDB, workbook: Workbook | str | Path, mapping: dict[int, str] | None, choices: ImportChoices
) -> Preview:
    """Every row as it would be imported, with its problems; changes nothing."""
    wb = workbook if isinstance(workbook, Workbook) else read_workbook(workbook)
    sheet = wb.sheet(choices.sheet)
    if mapping is None or choices.header_rows is None:
        layout = detect(wb, choices)
        header_rows = choices.header_rows or layout.header_rows
        headers = layout.headers if choices.header_rows is None else header_texts(sheet, header_rows)
        mapping = mapping if mapping is not None else layout.mapping
    else:
        header_rows = choices.header_rows
        headers = header_texts(sheet, header_rows)
    plan = db.plan()
    period = (int(plan.get("period_start") or 1990), int(plan.get("period_end") or 2100))
    source = read_rows(sheet, header_rows, mapping, headers, period=period, include_hidden=choices.include_hidden)
    guesser = DimensionGuesser(db.rows("dimension"), db.rows("element"), _keywords(plan.get("framework")))
    sheet_dimension = guesser.named(sheet.name)
    rows: list[PreviewRow] = []
    agencies = db.rows("agency")
    matches: dict[str, AgencyMatch] = {}

    def agency(text: str) -> AgencyMatch:
        if text not in matches:
            matches[text] = match_agency(text, agencies)
        return matches[text]

    parent: int | None = None
    current_agency: str | None = None  # from an agency header row above
    for s in source:
        pr = PreviewRow(s)
        rows.append(pr)
        if s.kind == "skipped":
            if s.skip_reason == "agency":
                current_agency = s.text
            continue
        if s.kind == "indicator" and s.dimension_level:
            pr.dimension_id = guesser.named(s.dimension) or sheet_dimension
            if pr.dimension_id is None:
                pr.problems.append(RowProblem("import.no_dimension", (), ERROR))
            continue
        if s.kind == "indicator":
            pr.parent = parent
            if parent is None:
                pr.problems.append(RowProblem("import.orphan_indicator", (), ERROR))
            continue
        parent = s.number
        lead_text = s.lead_agency or current_agency
        pr.lead = agency(lead_text) if lead_text else None
        pr.supporting = [agency(t) for t in s.supporting]
        named = guesser.named(s.dimension) if s.dimension else None
        if s.dimension and named is None:
            pr.problems.append(RowProblem("import.unknown_dimension", (s.dimension,), WARNING))
        if named or sheet_dimension:
            pr.dimension_id = named or sheet_dimension
            pr.dimension_score = 1.0
            pr.element_id = guesser.element_named(pr.dimension_id or "", s.element)
            if pr.element_id is None and pr.dimension_id:
                text = " ".join(filter(None, [s.name, s.activities, *(i.name for i in s.indicators)]))
                pr.element_id = None if s.element is None else guesser.guess_element(pr.dimension_id, text)
        else:
            text = " ".join(filter(None, [s.name, s.activities, *(i.name for i in s.indicators)]))
            g = guesser.guess(text)
            pr.dimension_id, pr.element_id, pr.dimension_score = g.dimension_id, g.element_id, g.score
    out = Preview(
        wb.path,
        wb.kind,
        sheet.name,
        wb.sheet_names,
        wb.encoding,
        wb.delimiter,
        header_rows,
        headers,
        dict(mapping),
        period,
        rows,
        guesser,
        matches,
    )
    resolve(db, out, choices)
    return out


def _keywords(framework: str | None) -> dict[str, list[str]]:
    from smartcity_desktop.resources import load_json

    try:
        return dict(load_json("import_keywords.json")["dimensions"].get(framework or "", {}))
    except (OSError, KeyError, ValueError):
        return {}


def resolve(db: PlanDB, pv: Preview, choices: ImportChoices) -> None:
    """Apply the user's choices to the preview: dimensions, agencies, duplicate decisions, their problems."""
    programs = db.rows("program")
    seen: dict[tuple[str, str | None], int] = {}
    for pr in pv.rows:
        if pr.kind != "program":
            continue
        s = pr.source
        pr.problems = [p for p in pr.problems if p.key in ("import.unknown_dimension",)]
        if s.number in choices.dimensions:
            pr.dimension_id, pr.element_id = choices.dimensions[s.number]
            pr.dimension_score = 1.0
        if pr.dimension_id is None and choices.default_dimension:
            pr.dimension_id, pr.element_id = choices.default_dimension, None
        if pr.dimension_id is None:
            pr.problems.append(RowProblem("import.no_dimension", (), ERROR))
        lead_id = None
        for m in ([pr.lead] if pr.lead else []) + pr.supporting:
            if m.text in choices.agencies:
                m.agency_id = choices.agencies[m.text]
                m.confidence = 1.0 if m.agency_id else 0.0
            if m.agency_id is None:
                pr.problems.append(RowProblem("import.unknown_agency", (m.text,), WARNING))
            elif not m.sure:
                pr.problems.append(RowProblem("import.agency_guess", (m.text, m.label, m.confidence), WARNING))
        if pr.lead:
            lead_id = pr.lead.agency_id
        dup, reason = find_duplicate(s.name, s.code, lead_id, programs)
        key = (norm(s.name), pr.lead.text if pr.lead else None)
        if dup is None and key in seen:
            pr.duplicate_of, pr.duplicate_reason = f"row:{seen[key]}", "row"
        else:
            pr.duplicate_of = dup["id"] if dup else None
            pr.duplicate_reason = reason
            seen.setdefault(key, s.number)
        if pr.duplicate_of:
            pr.decision = choices.duplicates.get(s.number, choices.default_duplicate)
            if pr.duplicate_reason != "row":
                pr.problems.append(RowProblem("import.duplicate", (dup["name"] if dup else "", pr.decision), WARNING))
        else:
            pr.decision = "new"


# -- apply ---------------------------------------------------------------------------------------------


def _horizon(text: str | None) -> str | None:
    if not text:
        return None
    t = norm(text)
    for code in HORIZONS:
        if t == code or any(t == norm(labels.label("program.horizon", code, lang)) for lang in ("id", "en")):
            return code
    return None


BATCH_ORDER = (
    "agency",
    "funding_source",
    "program",
    "program_agency",
    "program_funding",
    "program_budget",
    "indicator",
    "indicator_target",
)


class _Known:
    """What the plan holds, read once, and the new rows gathered for one insert per table.

    Reading once keeps SQL out of this module and queries out of the loop; new rows get their ids here,
    so later rows can refer to them before they are written.
    """

    def __init__(self, db: PlanDB) -> None:
        self.db = db
        self.links = {(r["program_id"], r["agency_id"]) for r in db.rows("program_agency")}
        self.funded = {(r["program_id"], r["funding_source_id"]) for r in db.rows("program_funding")}
        self.budget_years = {(r["program_id"], r["year"]) for r in db.rows("program_budget")}
        self.indicators: dict[str, dict[str, str]] = {}
        for i in db.rows("indicator"):
            owner = i.get("program_id") or f"dimension:{i.get('dimension_id')}"
            self.indicators.setdefault(owner, {})[norm(i["name"])] = i["id"]
        self.dimension_of = {p["id"]: p["dimension_id"] for p in db.rows("program")}
        self.funding: dict[str, str] = {}
        for f in db.rows("funding_source"):
            self.funding[norm(f["name"])] = f["id"]
            if f.get("code"):
                self.funding[norm(f["code"])] = f["id"]
        self.pending: dict[str, list[Row]] = {t: [] for t in BATCH_ORDER}
        self.pending_yearly: dict[tuple[str, str, int], Row] = {}  # (table, parent id, year) -> new row
        self.new_ids: set[str] = set()

    def add(self, table: str, values: Row) -> str:
        rid = new_id()
        self.pending[table].append({**values, "id": rid})
        self.new_ids.add(rid)
        return rid

    def yearly(self, table: str, parent: str, parent_id: str, year: int, column: str, value: Any) -> None:
        """Set one year's value: on a new row gathered here, or on a stored row through the storage layer."""
        key = (table, parent_id, year)
        if key in self.pending_yearly:
            self.pending_yearly[key][column] = value
        elif parent_id not in self.new_ids and (table != "program_budget" or (parent_id, year) in self.budget_years):
            self.db.set_yearly(table, parent, parent_id, year, column, value)
        else:
            row = {parent: parent_id, "year": year, column: value, "id": new_id()}
            self.pending[table].append(row)
            self.pending_yearly[key] = row

    def flush(self) -> None:
        for table in BATCH_ORDER:
            if self.pending[table]:
                self.db.insert_many(table, self.pending[table])
                self.pending[table] = []


def apply(db: PlanDB, pv: Preview, choices: ImportChoices) -> ImportResult:
    """Write the accepted rows in one action. Refused rows stop everything unless ``skip_bad``."""
    resolve(db, pv, choices)
    refused = pv.refused
    if refused and not choices.skip_bad:
        numbers = ", ".join(str(r.number) for r in refused[:10]) + (" …" if len(refused) > 10 else "")
        raise ProgramImportRefused("import.refused", len(refused), numbers)
    result = ImportResult(rows_refused=len(refused), rows_skipped=len(pv.skipped))
    lang = db.plan().get("language") or "id"
    with db.action():
        known = _Known(db)
        agency_ids = _agencies(known, pv, result)
        program_of_row: dict[int, str] = {}
        for pr in pv.rows:
            if pr.refused or pr.kind == "skipped":
                continue
            s = pr.source
            if pr.kind == "indicator" and s.dimension_level:
                _indicators(known, None, s, result, dimension_id=pr.dimension_id)
                continue
            if pr.kind == "indicator":
                pid = program_of_row.get(pr.parent or -1)
                if pid:
                    _indicators(known, pid, s, result)
                    _budgets(known, pid, s.budgets, result, only_missing=True)
                continue
            if pr.decision == "skip":
                continue
            lead = agency_ids.get(pr.lead.text) if pr.lead else None
            target = pr.duplicate_of if pr.decision == "merge" else None
            if target and target.startswith("row:"):
                target = program_of_row.get(int(target[4:]))
            if target:
                pid = target
                if pid not in known.new_ids:
                    _merge_program(db, pid, pr, lead, lang)
                result.programs_merged += 1
            else:
                pid = known.add("program", _program_values(pr, lead, lang))
                known.dimension_of[pid] = pr.dimension_id
                result.programs_added += 1
            program_of_row[s.number] = pid
            _budgets(known, pid, s.budgets, result)
            for m in pr.supporting:
                aid = agency_ids.get(m.text)
                if aid and aid != lead and (pid, aid) not in known.links:
                    known.add("program_agency", {"program_id": pid, "agency_id": aid})
                    known.links.add((pid, aid))
            for f in s.funding:
                fid = known.funding.get(norm(f))
                if fid is None:
                    fid = known.add("funding_source", {"code": f[:30], "name": f})
                    known.funding[norm(f)] = fid
                if (pid, fid) not in known.funded:
                    known.add("program_funding", {"program_id": pid, "funding_source_id": fid})
                    known.funded.add((pid, fid))
            _indicators(known, pid, s, result)
        known.flush()
    return result


def _agencies(known: _Known, pv: Preview, result: ImportResult) -> dict[str, str]:
    """Agency id per sheet text; unknown agencies of accepted rows are added to the registry."""
    out: dict[str, str] = {}
    for pr in pv.rows:
        if pr.kind != "program" or pr.refused or pr.decision == "skip":
            continue
        for m in ([pr.lead] if pr.lead else []) + pr.supporting:
            if m.text in out:
                continue
            if m.agency_id:
                out[m.text] = m.agency_id
            else:
                short = len(m.text) <= 20 and " " not in m.text.strip()
                out[m.text] = known.add("agency", {"name": m.text, "code": m.text if short else None})
                result.agencies_added.append(m.text)
    return out


def _description(pr: PreviewRow, lang: str) -> str | None:
    s = pr.source
    parts = [s.description] if s.description else []
    if s.source_doc:
        label = "Source document" if lang == "en" else "Sumber dokumen"
        doc = ("new" if lang == "en" else "baru") if s.source_doc == "new" else s.source_doc
        parts.append(f"{label}: {doc}")
    return "\n".join(parts) or None


def _program_values(pr: PreviewRow, lead: str | None, lang: str) -> Row:
    s = pr.source
    values: Row = {
        "dimension_id": pr.dimension_id,
        "element_id": pr.element_id,
        "name": s.name,
        "activities": s.activities,
        "description": _description(pr, lang),
        "lead_agency_id": lead,
        "first_year": s.first_year,
        "last_year": s.last_year,
        "horizon": _horizon(s.horizon),
        "status": "planned",
        "is_quick_win": 1 if s.quick_win else 0,
    }
    if HAS_CODE:
        values["code"] = s.code
    return values


def _merge_program(db: PlanDB, pid: str, pr: PreviewRow, lead: str | None, lang: str) -> None:
    """Fill what the existing program lacks; what it has stays."""
    current = db.get("program", pid) or {}
    new = _program_values(pr, lead, lang)
    changes = {
        k: v
        for k, v in new.items()
        if v not in (None, "", 0) and current.get(k) in (None, "") and k not in ("status", "dimension_id")
    }
    if changes:
        db.update("program", pid, changes)


def _budgets(
    known: _Known, pid: str, budgets: dict[int, int], result: ImportResult, only_missing: bool = False
) -> None:
    for year, amount in sorted(budgets.items()):
        if only_missing and (
            (pid, year) in known.budget_years or ("program_budget", pid, year) in known.pending_yearly
        ):
            continue
        known.yearly("program_budget", "program_id", pid, year, "amount", amount)
        result.budgets += 1


def _indicators(
    known: _Known, pid: str | None, s: SourceRow, result: ImportResult, dimension_id: str | None = None
) -> None:
    """Add the row's indicators to program ``pid`` (None: to ``dimension_id`` itself); same names update."""
    existing = known.indicators.setdefault(pid or f"dimension:{dimension_id}", {})
    for ind in s.indicators:
        iid = existing.get(norm(ind.name))
        if iid is None:
            iid = known.add(
                "indicator",
                {
                    "program_id": pid,
                    "dimension_id": known.dimension_of.get(pid) if pid else dimension_id,
                    "name": ind.name,
                    "unit": ind.unit,
                    "baseline_value": ind.baseline,
                    "baseline_year": ind.baseline_year,
                    "data_source": ind.data_source,
                },
            )
            existing[norm(ind.name)] = iid
            result.indicators += 1
        for year, value in sorted(ind.targets.items()):
            known.yearly("indicator_target", "indicator_id", iid, year, "value", value)


__all__ = [
    "DECISIONS",
    "ImportChoices",
    "ImportResult",
    "Preview",
    "PreviewRow",
    "ProgramImportRefused",
    "apply",
    "detect",
    "load_mapping_file",
    "preview",
    "remember_mapping",
    "remembered_mapping",
    "resolve",
]


def import_operation(session: Any, pv: Preview, choices: ImportChoices) -> tuple[ImportResult, Any]:
    """``apply`` as an operation of an edit session (services.session.EditSession): one undoable step."""
    out: list[ImportResult] = []
    changes = session.run(lambda db: out.append(apply(db, pv, choices)))
    return out[0], changes
