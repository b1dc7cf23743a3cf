# SPDX-License-Identifier: GPL-3.0-or-later
"""A participant list from XLSX or CSV: read, map columns (preview), check every row, import all or none."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import ImportRefused, PlanError
from smartcity_desktop.services.operations import workshop
from smartcity_desktop.services.session import ChangeSet, EditSession

# The participant fields a column can fill, with header words that suggest them (lower case, no punctuation).
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("nama", "nama lengkap", "name", "full name", "peserta"),
    "nip": ("nip", "nip nrp", "nomor induk pegawai", "employee id"),
    "position": ("jabatan", "position", "job title", "title"),
    "agency": ("instansi", "instansi opd", "opd", "unit kerja", "agency", "instansi unit kerja"),
    "phone": ("no hp", "hp", "nomor hp", "no telp", "telepon", "phone", "mobile", "no hp wa"),
    "email": ("email", "e mail", "surel", "alamat email"),
    "group": ("kelompok", "kelompok kerja", "pokja", "working group", "group"),
}
NIP_DIGITS = 18  # NIP of an Indonesian civil servant: 18 digits (birth date, appointment, sex, number)
PREVIEW_ROWS = 5


@dataclass
class ParticipantFile:
    """What a file holds: its header and data rows (as text), and the suggested mapping."""

    header: list[str]
    rows: list[list[str]]  # data rows; row i is line/row i + 2 of the file (the header is row 1)
    mapping: dict[str, int | None] = field(default_factory=dict)  # field -> column index

    def preview(self, mapping: dict[str, int | None] | None = None, count: int = PREVIEW_ROWS) -> list[dict[str, str]]:
        """The first rows as the import would read them under ``mapping``."""
        use = mapping if mapping is not None else self.mapping
        return [_mapped(r, use) for r in self.rows[:count]]


@dataclass
class RowProblem:
    row: int  # row number in the file (the header is row 1)
    column: str
    key: str
    args: tuple[Any, ...] = ()

    def message(self, lang: str | None = None) -> str:
        from smartcity_desktop.messages import t

        return t("wsimport.row", self.row, self.column, t(self.key, *self.args, lang=lang), lang=lang)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def suggest_mapping(header: list[str]) -> dict[str, int | None]:
    """Field -> the column whose header names it (first match), None when no header does."""
    out: dict[str, int | None] = dict.fromkeys(FIELDS)
    taken: set[int] = set()
    for fieldname, words in FIELDS.items():
        for i, h in enumerate(header):
            if i not in taken and _norm(h) in words:
                out[fieldname] = i
                taken.add(i)
                break
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if abs(value) >= 10**15:
            # a spreadsheet keeps numbers as doubles: an 18-digit NIP typed as a number has lost its last
            # digits already; show it as the spreadsheet does so that the row is refused, never "repaired"
            return f"{float(value):.15g}"
        if isinstance(value, float) and value.is_integer():
            value = int(value)
    return str(value).strip()


def read_participant_file(path: str | Path) -> ParticipantFile:
    """The table of a .csv (UTF-8, comma or semicolon) or .xlsx file (first sheet); blank lines skipped."""
    p = Path(path)
    try:
        if p.suffix.lower() == ".xlsx":
            table = _read_xlsx(p)
        elif p.suffix.lower() == ".csv":
            table = _read_csv(p)
        else:
            raise ImportRefused("wsimport.format", p.name)
    except PlanError:
        raise
    except (OSError, ValueError, KeyError, csv.Error, UnicodeDecodeError) as e:
        raise ImportRefused("wsimport.unreadable", p.name, str(e)) from e
    if not table:
        raise ImportRefused("wsimport.empty", p.name)
    header, body = table[0], table[1:]
    width = max(len(r) for r in table)
    header += [""] * (width - len(header))
    rows = [r + [""] * (width - len(r)) for r in body]
    return ParticipantFile(header, rows, suggest_mapping(header))


def _read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    out: list[list[str]] = []
    for rec in csv.reader(io.StringIO(text), dialect):
        out.append([_cell(c) for c in rec])
    return _trim(out)


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        out = [[_cell(c) for c in rec] for rec in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    return _trim(out)


def _trim(table: list[list[str]]) -> list[list[str]]:
    """Without trailing blank rows (kept inside, so that row numbers stay those of the file)."""
    while table and not any(table[-1]):
        table.pop()
    return table


def _mapped(row: list[str], mapping: dict[str, int | None]) -> dict[str, str]:
    return {f: (row[i] if i is not None and i < len(row) else "") for f, i in mapping.items()}


def check_rows(
    data: ParticipantFile,
    mapping: dict[str, int | None],
    agencies: list[dict[str, Any]],
    groups: list[dict[str, Any]] | None = None,
) -> tuple[list[dict[str, Any]], list[RowProblem]]:
    """The participant rows of the file under ``mapping`` and every problem, by row number.

    Blank lines are skipped; a row needs a name; an NIP has 18 digits (spaces allowed); an e-mail has one @;
    an agency must be one of the plan's (by name or code, case-insensitive), a working group one of its groups
    (by name; the row's ``group_id``)."""
    group_ids = {_norm(g["name"]): g["id"] for g in groups or []}
    if mapping.get("name") is None:
        raise ImportRefused("wsimport.no_name_column")
    by_name: dict[str, str] = {}
    for a in agencies:
        for key in (a.get("name"), a.get("code")):
            if key:
                by_name[_norm(key)] = a["id"]
    people: list[dict[str, Any]] = []
    problems: list[RowProblem] = []
    for n, raw in enumerate(data.rows, 2):
        if not any(raw):
            continue
        v = _mapped(raw, mapping)
        row: dict[str, Any] = {}
        if not v.get("name"):
            problems.append(RowProblem(n, "name", "wsimport.name_missing"))
        else:
            row["name"] = v["name"]
        nip = re.sub(r"\s+", "", v.get("nip") or "")
        if nip:
            if "e+" in nip.casefold():
                problems.append(RowProblem(n, "nip", "wsimport.nip_number", (v["nip"],)))
            elif not nip.isdigit() or len(nip) != NIP_DIGITS:
                problems.append(RowProblem(n, "nip", "wsimport.nip", (v["nip"], NIP_DIGITS)))
            row["nip"] = nip
        email = v.get("email") or ""
        if email:
            if email.count("@") != 1 or " " in email or email.startswith("@") or email.endswith("@"):
                problems.append(RowProblem(n, "email", "wsimport.email", (email,)))
            row["email"] = email
        for subject, known in (("agency", by_name), ("group", group_ids)):  # names of rows the plan has
            name = v.get(subject) or ""
            if name:
                row[f"{subject}_id"] = known.get(_norm(name))
                if row[f"{subject}_id"] is None:
                    problems.append(RowProblem(n, subject, f"wsimport.{subject}", (name,)))
        for f in ("position", "phone"):
            if v.get(f):
                row[f] = v[f]
        people.append(row)
    return people, problems


def import_participant_file(
    session: EditSession, path: str | Path, mapping: dict[str, int | None] | None = None
) -> tuple[list[str], ChangeSet]:
    """Import the participants of a file in one step; any bad row refuses the whole file (nothing added).

    The refusal's ``details`` list every bad row with its number."""
    data = read_participant_file(path)
    use = mapping if mapping is not None else data.mapping
    people, problems = check_rows(data, use, session.db.rows("agency"), session.db.rows("work_group"))
    if problems:
        details = [p.message() for p in problems]
        raise ImportRefused("wsimport.refused", Path(path).name, len(problems), details=details)
    if not people:
        raise ImportRefused("wsimport.empty", Path(path).name)
    return workshop.import_participants(session, people)
