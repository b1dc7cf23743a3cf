# SPDX-License-Identifier: GPL-3.0-or-later
"""Sheet rows read as programs: values parsed, subtotal/agency header rows recognised, problems noted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from smartcity_desktop.core.formats import parse_amount, parse_number
from smartcity_desktop.core.validate import PROGRAM_CODE_RE
from smartcity_desktop.imports.layout import YEAR_RE, amount_scale, cell_text, is_numbering_row, norm
from smartcity_desktop.imports.workbook import Sheet

URUSAN_RE = re.compile(r"^(bidang )?urusan\b")
SUBTOTAL_RE = re.compile(r"^(sub ?total|jumlah|total|grand total|jumlah total|jumlah seluruhnya)\b")
AGENCY_WORDS = (
    "dinas",
    "badan",
    "sekretariat",
    "kantor",
    "inspektorat",
    "satuan polisi",
    "satpol",
    "rsud",
    "rumah sakit umum daerah",
    "bagian",
    "kecamatan",
    "opd",
    "skpd",
    "perangkat daerah",
)
SOURCE_DOCS = {"rpjmd": "RPJMD", "renstra": "Renstra", "rkpd": "RKPD", "renja": "Renja", "baru": "new", "new": "new"}
ERROR, WARNING = "error", "warning"
DIMENSION_LEVEL = ("(tingkat dimensi)", "(dimension level)", "tingkat dimensi", "dimension level")


@dataclass(frozen=True)
class RowProblem:
    """A problem of one sheet row: a message key and arguments; errors refuse the row."""

    key: str
    args: tuple[Any, ...] = ()
    severity: str = ERROR
    column: int | None = None


@dataclass
class IndicatorIn:
    name: str
    unit: str | None = None
    baseline: float | None = None
    baseline_year: int | None = None
    data_source: str | None = None
    targets: dict[int, float] = field(default_factory=dict)


@dataclass
class SourceRow:
    """One row of the sheet as read: a program, an extra indicator of the program above, or skipped."""

    number: int
    kind: str  # "program", "indicator", "skipped"
    skip_reason: str | None = None  # "subtotal", "agency", "hidden", "empty", "numbering"
    name: str = ""
    code: str | None = None
    activities: str | None = None
    description: str | None = None
    lead_agency: str | None = None
    supporting: list[str] = field(default_factory=list)
    funding: list[str] = field(default_factory=list)
    first_year: int | None = None
    last_year: int | None = None
    budgets: dict[int, int] = field(default_factory=dict)
    indicators: list[IndicatorIn] = field(default_factory=list)
    source_doc: str | None = None
    dimension: str | None = None
    element: str | None = None
    horizon: str | None = None
    quick_win: bool | None = None
    text: str = ""  # the agency header's text / a skipped row's first text
    dimension_level: bool = False  # an indicator of the dimension itself, not of a program
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)


def split_list(text: str | None) -> list[str]:
    """'Dinas A, Dinas B; Bappeda' -> three names (also new lines and ' dan ' between short names)."""
    if not text:
        return []
    parts = re.split(r"[;,\n/]+", text)
    return [" ".join(p.split()) for p in parts if p.strip() and p.strip() != "-"]


def parse_years(value: Any) -> list[int]:
    """'2019-2023', '2019 s.d. 2023', 2020 -> the years named (first and last)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [int(value)]
    return [int(y) for y in YEAR_RE.findall(cell_text(value))]


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, (int, float)):
        return float(value)
    text = cell_text(value)
    if text in ("", "-"):
        return None
    return parse_number(text)


def _bool(value: Any) -> bool | None:
    t = norm(value)
    if not t:
        return None
    return t in ("ya", "yes", "y", "v", "x", "1", "true", "quick win", "✓")


def read_rows(
    sheet: Sheet,
    header_rows: list[int],
    mapping: dict[int, str],
    headers: list[str] | None = None,
    *,
    period: tuple[int, int] | None = None,
    include_hidden: bool = False,
) -> list[SourceRow]:
    """Every row below the headers, read through ``mapping`` (column -> field)."""
    scales = {c: amount_scale(headers[c - 1]) for c in mapping if headers and c <= len(headers)}
    by_field: dict[str, int] = {f: c for c, f in mapping.items() if ":" not in f}
    budget_cols = sorted((int(f.split(":")[1]), c) for c, f in mapping.items() if f.startswith("budget:"))
    target_cols = sorted((int(f.split(":")[1]), c) for c, f in mapping.items() if f.startswith("target:"))
    start = max(header_rows) + 1 if header_rows else 1
    out: list[SourceRow] = []
    last_program: SourceRow | None = None

    def get(row: int, name: str) -> Any:
        c = by_field.get(name)
        return sheet.value(row, c) if c else None

    def text(row: int, name: str) -> str | None:
        t = cell_text(get(row, name))
        return t or None

    def lines(row: int, name: str) -> str | None:
        """Longer text: line breaks kept, spaces inside lines tidied."""
        v = get(row, name)
        if v is None:
            return None
        t = "\n".join(" ".join(ln.split()) for ln in str(v).splitlines() if ln.strip())
        return t or None

    for r in range(start, len(sheet.cells) + 1):
        first_text = next((cell_text(v) for v in sheet.cells[r - 1] if cell_text(v)), "")
        if not any(cell_text(v) for v in sheet.cells[r - 1]):
            continue  # blank rows are not worth a line
        if r in sheet.hidden_rows and not include_hidden:
            out.append(SourceRow(r, "skipped", "hidden", text=first_text))
            continue
        if r == start and is_numbering_row(sheet, r):
            out.append(SourceRow(r, "skipped", "numbering", text=first_text))
            continue
        distinct = {cell_text(v) for v in sheet.cells[r - 1] if cell_text(v)}
        if len(distinct) == 1 and sum(1 for v in sheet.cells[r - 1] if cell_text(v)) > 1:
            # one text merged across the row: an agency heading ("DINAS KESEHATAN") or a section title
            reason = "agency" if _agency_like(first_text, sheet, r, merged=False) else "heading"
            out.append(SourceRow(r, "skipped", reason, text=first_text))
            continue
        row = SourceRow(r, "program")
        row.name = text(r, "name") or ""
        row.code = text(r, "code")
        if row.code and not PROGRAM_CODE_RE.fullmatch(row.code):
            row.problems.append(RowProblem("import.bad_code", (row.code,), WARNING, by_field.get("code")))
            row.code = None
        row.text = row.name or first_text
        # amounts
        for year, c in budget_cols:
            raw = sheet.value(r, c)
            try:
                amount = parse_amount(raw, scales.get(c, 1))
            except ValueError:
                row.problems.append(RowProblem("import.bad_amount", (cell_text(raw), year), ERROR, c))
                continue
            if amount:
                row.budgets[year] = amount
        has_amounts = bool(row.budgets) or any(p.key == "import.bad_amount" for p in row.problems)
        ind_name = text(r, "indicator")
        lname = norm(row.name)
        if SUBTOTAL_RE.match(lname) or (lname in ("", "-") and not ind_name and has_amounts and not row.code):
            out.append(SourceRow(r, "skipped", "subtotal", text=row.text))
            continue
        others = [
            c for c, f in mapping.items() if f not in ("name", "code", "lead_agency") and cell_text(sheet.value(r, c))
        ]
        if URUSAN_RE.match(re.sub(r"^[\d.x]+\s*", "", lname)) and not ind_name:
            out.append(SourceRow(r, "skipped", "heading", text=row.text))  # "1.02 URUSAN ... KESEHATAN" and its sum
            continue
        lead_only = text(r, "lead_agency") if not row.name and not others else None
        named_agency = bool(row.name) and not text(r, "lead_agency") and not ind_name
        if lead_only or (
            named_agency and (_agency_like(row.name, sheet, r, merged=False) or (not others and r in sheet.merged_rows))
        ):
            # an agency heading, with or without its subtotal ("1.02.01 DINAS KESEHATAN  2.750.000.000")
            out.append(SourceRow(r, "skipped", "agency", text=lead_only or re.sub(r"^[\d.]+\s*", "", row.name)))
            continue
        if not row.name and not ind_name:
            out.append(SourceRow(r, "skipped", "empty", text=first_text))
            continue
        # an indicator row under its program (name empty, or the same merged name repeated)
        same_as_above = (
            last_program is not None
            and row.name
            and row.name == last_program.name
            and (row.code or None) == (last_program.code or None)
            and out
            and out[-1].number == r - 1
            and out[-1].kind in ("program", "indicator")
        )
        if row.name.lower() in DIMENSION_LEVEL:
            row.name, row.dimension_level = "", True
        if not row.name or same_as_above:
            row.kind = "indicator"
        row.activities = lines(r, "activities")
        row.description = lines(r, "description")
        row.lead_agency = text(r, "lead_agency")
        row.supporting = split_list(text(r, "supporting_agencies"))
        row.funding = split_list(text(r, "funding"))
        row.dimension = text(r, "dimension")
        row.element = text(r, "element")
        row.horizon = text(r, "horizon")
        row.quick_win = _bool(get(r, "quick_win"))
        doc = norm(get(r, "source_doc"))
        row.source_doc = next((v for k, v in SOURCE_DOCS.items() if k in doc), cell_text(get(r, "source_doc")) or None)
        years = parse_years(get(r, "years"))
        first = parse_years(get(r, "first_year"))
        last = parse_years(get(r, "last_year"))
        row.first_year = first[0] if first else (min(years) if years else None)
        row.last_year = last[-1] if last else (max(years) if years else None)
        for fname, raw_year in (("first_year", row.first_year), ("last_year", row.last_year)):
            if raw_year is not None and period and not (period[0] <= raw_year <= period[1]):
                where = by_field.get(fname) or by_field.get("years")
                row.problems.append(RowProblem("import.year_outside", (raw_year, *period), ERROR, where))
        if period:
            for year in sorted(row.budgets):
                if not (period[0] <= year <= period[1]):
                    row.problems.append(
                        RowProblem("import.year_outside", (year, *period), ERROR, dict(budget_cols).get(year))
                    )
        if ind_name:
            ind = IndicatorIn(ind_name, unit=text(r, "unit"), data_source=text(r, "data_source"))
            try:
                ind.baseline = _number(get(r, "baseline"))
            except ValueError:
                row.problems.append(
                    RowProblem("import.bad_number", (cell_text(get(r, "baseline")),), WARNING, by_field.get("baseline"))
                )
            by = parse_years(get(r, "baseline_year"))
            ind.baseline_year = by[0] if by else None
            for year, c in target_cols:
                raw = sheet.value(r, c)
                try:
                    value = _number(raw)
                except ValueError:
                    row.problems.append(RowProblem("import.bad_number", (cell_text(raw),), WARNING, c))
                    continue
                if value is None:
                    continue
                if period and not (period[0] <= year <= period[1]):
                    row.problems.append(RowProblem("import.year_outside", (year, *period), ERROR, c))
                    continue
                ind.targets[year] = value
            row.indicators.append(ind)
        out.append(row)
        if row.kind == "program":
            last_program = row
    return out


def _agency_like(text: str, sheet: Sheet, r: int, merged: bool = True) -> bool:
    """A row that only names an agency: merged across columns, or starting with an agency word."""
    t = norm(text)
    t = re.sub(r"^[\d.]+\s*", "", t)  # "1.02.01 Dinas Kesehatan"
    return (merged and r in sheet.merged_rows) or any(t.startswith(w) for w in AGENCY_WORDS)
