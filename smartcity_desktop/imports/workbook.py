# SPDX-License-Identifier: GPL-3.0-or-later
"""Workbooks as plain grids: .xlsx (openpyxl), .xls (xlrd, when installed) and .csv.

Merged cells are expanded (every cell of a merged range holds the range's value), formulas give
their cached values (``data_only``), hidden rows and columns are remembered.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import PlanError

MAX_ROWS = 200_000
MAX_COLS = 500
CSV_ENCODINGS = ("utf-8-sig", "cp1252")
CSV_DELIMITERS = (";", ",", "\t", "|")


class WorkbookRefused(PlanError):
    """A spreadsheet that cannot be read (unknown kind, damaged, encrypted)."""


@dataclass
class Sheet:
    """One sheet as rows of cell values; ``cells[i][j]`` is row i+1, column j+1 of the sheet."""

    name: str
    cells: list[list[Any]]
    hidden_rows: set[int] = field(default_factory=set)  # 1-based row numbers
    hidden_cols: set[int] = field(default_factory=set)  # 1-based column numbers
    merged_rows: set[int] = field(default_factory=set)  # rows holding the start of a merged range

    @property
    def width(self) -> int:
        return max((len(r) for r in self.cells), default=0)

    def value(self, row: int, col: int) -> Any:
        """The value at 1-based (row, col), None outside the sheet."""
        if 1 <= row <= len(self.cells):
            r = self.cells[row - 1]
            if 1 <= col <= len(r):
                return r[col - 1]
        return None


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx", "xls", "csv"
    sheets: list[Sheet]
    encoding: str | None = None  # csv only
    delimiter: str | None = None  # csv only

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def sheet(self, name: str | None = None) -> Sheet:
        if name is None:
            return self.sheets[0]
        for s in self.sheets:
            if s.name == name:
                return s
        for s in self.sheets:
            if s.name.strip().lower() == name.strip().lower():
                return s
        raise WorkbookRefused("import.no_sheet", name, ", ".join(self.sheet_names))


def read_workbook(path: str | Path) -> Workbook:
    """Read a spreadsheet by its extension (.xlsx/.xlsm, .xls, .csv/.txt)."""
    path = Path(path)
    ext = path.suffix.lower()
    if not path.is_file():
        raise WorkbookRefused("import.not_found", str(path))
    if ext in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if ext == ".xls":
        return _read_xls(path)
    if ext in (".csv", ".txt", ".tsv"):
        return read_csv(path)
    raise WorkbookRefused("import.kind_unknown", ext or path.name)


def _trim(rows: list[list[Any]]) -> list[list[Any]]:
    """Drop empty cells at the end of rows and empty rows at the end."""
    out = []
    for r in rows:
        r = list(r)
        while r and (r[-1] is None or (isinstance(r[-1], str) and not r[-1].strip())):
            r.pop()
        out.append(r)
    while out and not out[-1]:
        out.pop()
    return out


_TAG_ATTRS = r"<(?:\w+:)?{tag}\b([^>]*)>"
_HIDDEN = re.compile(r'\bhidden="(?:1|true)"')


def _attr(attrs: str, name: str) -> str | None:
    m = re.search(r"\b" + name + r'="([^"]*)"', attrs)
    return m.group(1) if m else None


def _layout_of(xml: str) -> tuple[list[tuple[int, int, int, int]], set[int], set[int]]:
    """Merged ranges (min_col, min_row, max_col, max_row), hidden rows and hidden columns of a sheet's XML.

    Read from the XML because openpyxl's fast read-only mode does not keep them.
    """
    from openpyxl.utils import range_boundaries

    merged = []
    for m in re.finditer(_TAG_ATTRS.format(tag="mergeCell"), xml):
        ref = _attr(m.group(1), "ref")
        if ref and ":" in ref:
            a, b, c, d = range_boundaries(ref)
            if None not in (a, b, c, d):
                merged.append((int(a or 0), int(b or 0), int(c or 0), int(d or 0)))
    rows = set()
    for m in re.finditer(_TAG_ATTRS.format(tag="row"), xml):
        r = _attr(m.group(1), "r")
        if r and r.isdigit() and _HIDDEN.search(m.group(1)):
            rows.add(int(r))
    cols: set[int] = set()
    for m in re.finditer(_TAG_ATTRS.format(tag="col"), xml):
        lo, hi = _attr(m.group(1), "min"), _attr(m.group(1), "max")
        if lo and hi and lo.isdigit() and hi.isdigit() and _HIDDEN.search(m.group(1)):
            cols.update(range(int(lo), min(int(hi), MAX_COLS) + 1))
    return merged, rows, cols


def _read_xlsx(path: Path) -> Workbook:
    """Values through openpyxl's read-only mode (the fast one), the layout from the sheet XML."""
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=True, read_only=True)
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise WorkbookRefused("import.damaged", path.name, type(e).__name__) from None
    sheets = []
    try:
        for ws in wb.worksheets:
            cells: list[list[Any]] = []
            for values in ws.iter_rows(values_only=True):
                if len(cells) >= MAX_ROWS:
                    break
                cells.append(list(values[:MAX_COLS]))
            part = getattr(ws, "_worksheet_path", None)
            try:
                xml = archive.read(part).decode("utf-8", "replace") if part else ""
            except KeyError:
                xml = ""
            merged, hidden_rows, hidden_cols = _layout_of(xml)
            merged_rows = set()
            for min_col, min_row, max_col, max_row in merged:
                if min_row > len(cells) or min_col > MAX_COLS:
                    continue
                top_row = cells[min_row - 1]
                top = top_row[min_col - 1] if min_col <= len(top_row) else None
                merged_rows.add(min_row)
                for r in range(min_row, min(max_row, len(cells)) + 1):
                    row = cells[r - 1]
                    last = min(max_col, MAX_COLS)
                    if len(row) < last:
                        row.extend([None] * (last - len(row)))
                    for c in range(min_col, last + 1):
                        row[c - 1] = top
            sheets.append(Sheet(ws.title, _trim(cells), hidden_rows, hidden_cols, merged_rows))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise WorkbookRefused("import.damaged", path.name, type(e).__name__) from None
    finally:
        wb.close()
        archive.close()
    if not sheets:
        raise WorkbookRefused("import.empty", path.name)
    return Workbook(path, "xlsx", sheets)


def _read_xls(path: Path) -> Workbook:
    try:
        import xlrd  # type: ignore[import-untyped]
    except ImportError:
        raise WorkbookRefused("import.xls_unavailable", path.name) from None
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True)
    except Exception as e:  # noqa: BLE001 - xlrd raises many kinds for damaged files
        raise WorkbookRefused("import.damaged", path.name, type(e).__name__) from None
    sheets = []
    for sh in book.sheets():
        cells: list[list[Any]] = []
        for r in range(min(sh.nrows, MAX_ROWS)):
            row = []
            for c in range(min(sh.ncols, MAX_COLS)):
                cell = sh.cell(r, c)
                v: Any = cell.value
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    v = None
                elif cell.ctype == xlrd.XL_CELL_NUMBER and float(v).is_integer():
                    v = int(v)
                row.append(v)
            cells.append(row)
        merged_rows = set()
        for rlo, rhi, clo, chi in sh.merged_cells:
            top = cells[rlo][clo] if rlo < len(cells) and clo < len(cells[rlo]) else None
            merged_rows.add(rlo + 1)
            for r in range(rlo, min(rhi, len(cells))):
                for c in range(clo, min(chi, len(cells[r]))):
                    cells[r][c] = top
        hidden_rows = {r + 1 for r, info in sh.rowinfo_map.items() if info.hidden}
        hidden_cols = {c + 1 for c, info in sh.colinfo_map.items() if info.hidden}
        sheets.append(Sheet(sh.name, _trim(cells), hidden_rows, hidden_cols, merged_rows))
    return Workbook(path, "xls", sheets)


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a CSV file and the encoding found: UTF-8 (with or without BOM), else Windows-1252."""
    for enc in CSV_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8-sig":
            return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
        return text, enc
    return data.decode("latin-1"), "latin-1"  # pragma: no cover - cp1252 leaves few bytes undecodable


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of fields."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:30]
    best, best_score = ",", -1.0
    for d in CSV_DELIMITERS:
        counts = [len(next(csv.reader([ln], delimiter=d))) for ln in lines]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = d, score
    return best


def read_csv(path: str | Path) -> Workbook:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise WorkbookRefused("import.damaged", path.name, type(e).__name__) from None
    text, encoding = decode_text(data)
    delimiter = detect_delimiter(text)
    rows = [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)][:MAX_ROWS]
    cells = [[(v if v.strip() else None) for v in r[:MAX_COLS]] for r in rows]
    return Workbook(path, "csv", [Sheet(path.stem[:31] or "CSV", _trim(cells))], encoding, delimiter)
