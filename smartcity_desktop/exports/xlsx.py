# SPDX-License-Identifier: GPL-3.0-or-later
"""The program matrix as an Excel workbook: a summary sheet, one sheet per dimension, an indicator sheet."""

from __future__ import annotations

import copy
import logging
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from smartcity_desktop.core import figures, labels, model
from smartcity_desktop.exports.plandata import PlanData, Rows

log = logging.getLogger(__name__)

RUPIAH = '"Rp "#,##0;-"Rp "#,##0;"-"'  # zero shows as a dash
NUMBER = "#,##0.##"
INTEGER = "#,##0"
LINE_HEIGHT = 15.0  # points per line of 11 pt text
HEADER_FILL = "DCE6F0"
TOTAL_FILL = "F2F2F2"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

LABELS: dict[str, dict[str, str]] = {
    "summary": {"id": "Ringkasan", "en": "Summary"},
    "indicators": {"id": "Indikator", "en": "Indicators"},
    "dimension": {"id": "Dimensi", "en": "Dimension"},
    "programs": {"id": "Jumlah program", "en": "Programs"},
    "no": {"id": "No", "en": "No"},
    "program": {"id": "Program", "en": "Program"},
    "code": {"id": "Kode", "en": "Code"},
    "element": {"id": "Elemen", "en": "Element"},
    "activities": {"id": "Kegiatan", "en": "Activities"},
    "lead": {"id": "OPD pelaksana", "en": "Lead agency"},
    "support": {"id": "OPD pendukung", "en": "Supporting agencies"},
    "funding": {"id": "Sumber dana", "en": "Funding sources"},
    "years": {"id": "Tahun", "en": "Years"},
    "horizon": {"id": "Jangka waktu", "en": "Horizon"},
    "total": {"id": "Total", "en": "Total"},
    "budget": {"id": "Anggaran", "en": "Budget"},
    "indicator": {"id": "Indikator", "en": "Indicator"},
    "unit": {"id": "Satuan", "en": "Unit"},
    "baseline": {"id": "Baseline", "en": "Baseline"},
    "baseline_year": {"id": "Tahun baseline", "en": "Baseline year"},
    "source": {"id": "Sumber data", "en": "Data source"},
    "target": {"id": "Target {0}", "en": "Target {0}"},
    "yes": {"id": "Ya", "en": "Yes"},
    "dimension_level": {"id": "(tingkat dimensi)", "en": "(dimension level)"},
    "title": {"id": "Matriks Program Masterplan Smart City", "en": "Smart City Masterplan Program Matrix"},
}


def _l(key: str, lang: str, *args: Any) -> str:
    value = LABELS[key].get(lang) or LABELS[key]["id"]
    return value.format(*args) if args else value


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters, not blank."""
    base = _BAD_SHEET_CHARS.sub(" ", _CONTROL.sub("", name or "")).strip().strip("'") or "Sheet"
    base = re.sub(r"\s+", " ", base)[:31].rstrip()
    title, n = base, 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(title)
    return title


def _lines(value: Any, width: float) -> int:
    """Roughly how many lines ``value`` wraps to in a column ``width`` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1.0, width * 1.15 - 1)  # column width counts "0" digits; average text is a bit narrower
    return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    return value


class _Sheet:
    """Writes rows to one worksheet, keeping user text as text (never a formula)."""

    def __init__(self, ws: Any, headers: list[str], widths: Sequence[float], money_from: int | None) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws = ws
        self.money_from = money_from  # first budget column (1-based), all later columns are money
        self.widths = list(widths)
        self.ncols = len(headers)
        self.row = 1
        self.data_end = 1  # last row of data (the AutoFilter's end: never a total row)
        self.sum_cols: set[int] = set()  # columns whose total-row cell is a SUM of the data rows above
        self.cached: dict[str, Any] = {}  # cell -> value of its formula (written into the file, see write_xlsx)
        thin = Side(style="thin", color="BFBFBF")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap = Alignment(wrap_text=True, vertical="top")
        bold = Font(bold=True)
        total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
        # Styles are made once and copied to cells: setting them cell by cell is slow in openpyxl.
        self.styles: dict[tuple[str, bool], Any] = {}
        for kind, fmt in (("text", "General"), ("money", RUPIAH), ("int", INTEGER), ("number", NUMBER)):
            for total in (False, True):
                c = ws.cell(1, 1)
                c.border, c.alignment, c.number_format = border, wrap, fmt
                if total:
                    c.font, c.fill = bold, total_fill
                self.styles[(kind, total)] = copy.copy(c._style)
        head = ws.cell(1, 1)
        head.font = bold
        head.fill = PatternFill("solid", fgColor=HEADER_FILL)
        head.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        head.border = border
        self.header_style = copy.copy(head._style)
        self.append(headers)
        ws.row_dimensions[1].height = 32
        ws.freeze_panes = "A2"
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

    def append(self, values: list[Any], total: bool = False) -> None:
        """Add one row: text wraps, money columns get the Rupiah format."""
        values = [_clean(v) for v in values]
        r = self.row
        lines = max((_lines(v, self.widths[i]) for i, v in enumerate(values) if i < len(self.widths)), default=1)
        if lines > 1 and r > 1:
            # Excel and LibreOffice do not grow rows for wrapped text on opening a file: set the height
            self.ws.row_dimensions[r].height = min(409.0, LINE_HEIGHT * lines + 2)
        for col, value in enumerate(values, start=1):
            if total and r > 2 and col in self.sum_cols and isinstance(value, int | float):
                from openpyxl.utils import get_column_letter

                letter = get_column_letter(col)
                self.cached[f"{letter}{r}"] = value
                value = f"=SUM({letter}2:{letter}{self.data_end})"
            cell = self.ws.cell(r, col, value)
            if isinstance(value, str) and value.startswith("=SUM(") and f"{cell.column_letter}{r}" in self.cached:
                pass  # our formula
            elif isinstance(value, str) and cell.data_type == "f":
                cell.data_type = "s"  # user text starting with "=" stays text
            if r == 1:
                cell._style = copy.copy(self.header_style)
                continue
            if self.money_from is not None and col >= self.money_from:
                kind = "money"
            elif isinstance(value, float):
                kind = "int" if value.is_integer() else "number"
            else:
                kind = "text"
            cell._style = copy.copy(self.styles[(kind, total)])
        if not total and r > 1:
            self.data_end = r
        self.row += 1

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        if self.data_end > 1:  # the data rows only: sorting or filtering never moves the total row
            self.ws.auto_filter.ref = f"A1:{get_column_letter(max(1, self.ncols))}{self.data_end}"
        if self.cached:
            self.ws.parent.__dict__.setdefault("_cached_sums", {})[self.ws.title] = dict(self.cached)


def build_workbook(rows: Rows) -> Any:
    """The program matrix workbook (openpyxl Workbook) of a plan's rows."""
    from openpyxl import Workbook

    pd = PlanData(rows)
    lang = pd.lang
    years = pd.plan_years  # budget lines outside the plan period count nowhere (core.figures)
    wb = Workbook()
    wb.properties.title = f"{_l('title', lang)} {pd.region}".strip()
    wb.properties.creator = pd.region or "Smart City Masterplan Desktop"
    wb.properties.subject = pd.period
    taken: set[str] = set()

    ws = wb.active
    ws.title = sheet_title(_l("summary", lang), taken)
    indicator_title = sheet_title(_l("indicators", lang), taken)
    summary = _Sheet(
        ws,
        [_l("dimension", lang), _l("programs", lang), labels.noun("quick_wins", lang)]
        + [f"{_l('budget', lang)} {y}" for y in years]
        + [_l("total", lang)],
        [28, 11, 11] + [17] * len(years) + [19],
        money_from=4,
    )
    summary.sum_cols = set(range(2, 4 + len(years) + 1))
    per_dim = pd.budget_by_dimension_year
    counts = figures.dimension_counts(rows)
    for dim in pd.dimensions:
        dim_counts = counts[dim["id"]]
        line = [*(per_dim[dim["id"]][y] for y in years), pd.budget_by_dimension[dim["id"]]]
        summary.append([dim.get("name") or "", dim_counts["programs"], dim_counts["quick_wins"], *line])
    plan = pd.counts
    by_year = [pd.budget_by_year[y] for y in years]
    summary.append([_l("total", lang), plan["programs"], plan["quick_wins"], *by_year, pd.budget_total], total=True)
    summary.finish()

    headers = [
        _l("no", lang),
        _l("code", lang),
        _l("program", lang),
        _l("element", lang),
        _l("activities", lang),
        _l("lead", lang),
        _l("support", lang),
        _l("funding", lang),
        _l("years", lang),
        _l("horizon", lang),
        labels.noun("quick_win", lang),
    ]
    widths = [5, 11, 36, 22, 46, 16, 22, 14, 11, 14, 9]
    for dim in pd.dimensions:
        sheet = _Sheet(
            wb.create_sheet(sheet_title(str(dim.get("name") or dim.get("code") or ""), taken)),
            headers + [str(y) for y in years] + [_l("total", lang)],
            widths + [16] * len(years) + [18],
            money_from=len(headers) + 1,
        )
        sheet.sum_cols = set(range(len(headers) + 1, len(headers) + len(years) + 2))
        for n, p in enumerate(pd.programs_of(dim["id"]), start=1):
            budget = pd.budget.get(p["id"], {})
            line = [*(budget.get(y, 0) for y in years), pd.program_total(p["id"])]
            first, last = pd.program_years(p)
            horizon = p.get("horizon")
            sheet.append(
                [
                    n,
                    p.get("code") or "",
                    p.get("name") or "",
                    pd.name_of(p.get("element_id")),
                    (p.get("activities") or "").strip(),
                    pd.agency_name(p.get("lead_agency_id")),
                    ", ".join(pd.supporting.get(p["id"], [])),
                    ", ".join(pd.funding.get(p["id"], [])),
                    pd.years(first, last),
                    labels.label("program.horizon", horizon, lang) if horizon in model.HORIZONS else "",
                    _l("yes", lang) if p.get("is_quick_win") else "",
                    *line,
                ]
            )
        col_totals = [*(per_dim[dim["id"]][y] for y in years), pd.budget_by_dimension[dim["id"]]]
        sheet.append(["", "", _l("total", lang)] + [""] * (len(headers) - 3) + col_totals, total=True)
        sheet.finish()

    target_years = sorted({y for t in pd.targets.values() for y in t} | set(pd.plan_years))
    ind = _Sheet(
        wb.create_sheet(indicator_title),
        [
            _l("dimension", lang),
            _l("program", lang),
            _l("indicator", lang),
            _l("unit", lang),
            _l("baseline", lang),
            _l("baseline_year", lang),
            _l("source", lang),
        ]
        + [_l("target", lang, y) for y in target_years],
        [20, 32, 40, 12, 11, 10, 18] + [11] * len(target_years),
        money_from=None,
    )
    for dim in pd.dimensions:
        for i in pd.indicators_of_dimension(dim["id"]):
            targets = pd.targets.get(i["id"], {})
            program = pd.name_of(i.get("program_id")) if i.get("program_id") else _l("dimension_level", lang)
            ind.append(
                [
                    dim.get("name") or "",
                    program,
                    i.get("name") or "",
                    i.get("unit") or "",
                    i.get("baseline_value"),
                    i.get("baseline_year"),
                    i.get("data_source") or "",
                ]
                + [targets.get(y) for y in target_years]
            )
    ind.finish()
    wb.move_sheet(indicator_title, offset=len(wb.sheetnames))
    return wb


def write_xlsx(rows: Rows, out: Path) -> None:
    """Write the program matrix of ``rows`` to ``out`` (the caller makes this atomic).

    Totals are ``SUM`` formulas; openpyxl writes a formula without its value, so the values are written in
    afterwards: a viewer that does not recalculate (a phone, a preview, pandas) shows the right totals too.
    """
    wb = build_workbook(rows)
    cached = wb.__dict__.get("_cached_sums", {})
    order = [ws.title for ws in wb.worksheets]
    wb.save(out)
    if cached:
        _write_cached(Path(out), {f"xl/worksheets/sheet{order.index(t) + 1}.xml": v for t, v in cached.items()})


def _write_cached(path: Path, sheets: dict[str, dict[str, Any]]) -> None:
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            values = sheets.get(info.filename)
            if values:
                text = data.decode("utf-8")

                def fill(m: re.Match[str], values: dict[str, Any] = values) -> str:
                    got = values.get(m.group(1))
                    return m.group(0) if got is None else f"{m.group(0)[: -len(m.group(3))]}<v>{got}</v></c>"

                text = re.sub(r'<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)</f>(<v></v></c>|<v\s*/></c>|</c>)', fill, text)
                data = text.encode("utf-8")
            z.writestr(info, data)
