# SPDX-License-Identifier: GPL-3.0-or-later
"""Live figures in chapter text: ``{{field}}`` is printed with the plan's current value in every document.

Syntax (docs/fields.md): ``{{name}}`` or ``{{name:argument}}`` anywhere in a line prints a value (a Rupiah amount,
a count); a line holding only ``{{tabel:name}}`` prints a generated table there. Every value comes from
``core.figures``, so a changed budget changes every printed total. An unknown field is printed as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from smartcity_desktop.core import figures
from smartcity_desktop.exports.plandata import PlanData
from smartcity_desktop.exports.tree import Block, Table

FIELD = re.compile(r"\{\{\s*([a-z_]+)(?:\s*:\s*([^{}]+?))?\s*\}\}")
BLOCK_LINE = re.compile(r"^[ \t]*\{\{\s*(?:tabel\s*:\s*([a-z_]+)|(bagian_data))\s*\}\}[ \t]*$", re.MULTILINE)
PLACE = re.compile(r"^[ \t]*\{\{\s*bagian_data\s*\}\}[ \t]*$", re.MULTILINE)


def has_place(md: str | None) -> bool:
    """Whether the text says where the chapter's generated parts go (a line ``{{bagian_data}}``)."""
    return bool(md and "{{" in md and PLACE.search(md))


def _dimension(d: PlanData, arg: str) -> dict[str, Any] | None:
    arg = arg.strip().casefold()
    for dim in d.dimensions:
        if arg in (str(dim.get("code") or "").casefold(), str(dim.get("name") or "").casefold()):
            return dim
    return None


def value(d: PlanData, name: str, arg: str | None) -> str | None:
    """The text of one field, or None when the field (or its argument) is unknown."""
    rows = d.rows
    if name == "total_anggaran":
        return d.money(figures.budget_total(rows))
    if name == "anggaran_tahun" and arg and arg.strip().isdigit():
        return d.money(figures.budget_by_year(rows).get(int(arg), 0))
    if name == "anggaran_dimensi" and arg:
        dim = _dimension(d, arg)
        return d.money(figures.budget_by_dimension(rows).get(dim["id"], 0)) if dim else None
    if name == "anggaran_jangka" and arg:
        by = figures.budget_by_horizon(rows)
        return d.money(by[arg.strip()]) if arg.strip() in by else None
    counts = {
        "jumlah_program": figures.program_count,
        "jumlah_quick_win": figures.quick_win_count,
        "jumlah_peserta": figures.participant_count,
        "jumlah_opd": figures.agencies_involved,
        "jumlah_indikator": figures.indicator_count,
        "jumlah_target": figures.target_count,
    }
    if name in counts and not arg:
        return d.number(counts[name](rows))
    if name == "jumlah_dimensi" and not arg:
        return d.number(len(d.dimensions))
    if name == "periode" and not arg:
        return f"{d.first_year}–{d.last_year}"
    return None


def fill(text: str, d: PlanData) -> str:
    """``text`` with every known inline field replaced by its value."""
    if "{{" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        got = value(d, m.group(1), m.group(2))
        return m.group(0) if got is None else got

    return FIELD.sub(one, text)


Matrix = dict[Any, dict[int, int]]


def _matrix(d: PlanData, caption: str, first_col: str, cells: Matrix, names: dict[Any, str]) -> Table:
    """A budget matrix in millions of Rupiah (exact: "2.325" or "2.325,5"), so ten years fit a portrait page."""
    years = d.plan_years

    def mio(v: int) -> str:
        return d.number(v / 1_000_000) if v else ""

    rows: list[list[Any]] = []
    for key, by_year in cells.items():
        total = sum(by_year.get(y, 0) for y in years)
        if total:
            rows.append([names.get(key, "–"), *(mio(by_year.get(y, 0)) for y in years), mio(total)])
    sums = [sum(c.get(y, 0) for c in cells.values()) for y in years]
    rows.append([d.label("col.total"), *(mio(v) for v in sums), mio(sum(sums))])
    header = [first_col, *(str(y) for y in years), d.label("col.total")]
    widths = [2.0] + [1.0] * len(years) + [1.3]
    caption = f"{caption} ({d.label('fields.millions')})"
    return Table(
        header, rows, widths, set(range(1, len(header))), total_rows={len(rows) - 1}, caption=caption, font_size=7
    )


def funding_table(d: PlanData) -> list[Block]:
    cells = figures.budget_by_funding_source_year(d.rows)
    names: dict[Any, str] = {s["id"]: str(s.get("code") or s["name"]) for s in d.table("funding_source")}
    return [_matrix(d, d.label("fields.funding_caption"), d.label("fields.funding_source"), cells, names)]


def agency_table(d: PlanData) -> list[Block]:
    cells = figures.budget_by_lead_agency_year(d.rows)
    names: dict[Any, str] = {a["id"]: figures.agency_label(a) for a in d.table("agency")}
    return [_matrix(d, d.label("fields.agency_caption"), d.label("fields.lead_agency"), cells, names)]


def yearly_table(d: PlanData) -> list[Block]:
    years = figures.program_years(d.rows)
    by_year = figures.budget_by_year(d.rows)
    rows: list[list[Any]] = []
    for y in d.plan_years:
        running = [p for p in d.programs if years.get(p["id"], (0, -1))[0] <= y <= years.get(p["id"], (0, -1))[1]]
        new = [p for p in running if years[p["id"]][0] == y]
        rows.append(
            [str(y), d.number(len(running)), ", ".join(p["name"] for p in new) or "–", d.money(by_year.get(y, 0))]
        )
    rows.append([d.label("col.total"), "", "", d.money(figures.budget_total(d.rows))])
    header = [d.label("col.year"), d.label("fields.running"), d.label("fields.new_programs"), d.label("col.budget")]
    return [
        Table(header, rows, [0.8, 1.1, 5.5, 2.2], {1, 3}, total_rows={len(rows) - 1}, caption=d.label("fields.yearly"))
    ]


def regulations_table(d: PlanData) -> list[Block]:
    from smartcity_desktop.exports import sections

    if not d.table("regulation"):
        return []
    tables: list[Block] = [b for b in sections.institutions(d) if isinstance(b, Table)]
    return tables[:1]


def quick_win_table(d: PlanData) -> list[Block]:
    from smartcity_desktop.exports import sections_quickwin

    return [b for b in sections_quickwin.quickwin_list(d) if isinstance(b, Table)]


def attendance_table(d: PlanData) -> list[Block]:
    present: dict[str, int] = {}
    listed: dict[str, int] = {}
    for r in d.table("attendance"):
        listed[r["meeting_id"]] = listed.get(r["meeting_id"], 0) + 1
        present[r["meeting_id"]] = present.get(r["meeting_id"], 0) + (1 if r.get("present") else 0)
    rows: list[list[Any]] = [
        [
            m["title"],
            d.date(m.get("date")),
            d.number(present.get(m["id"], 0)),
            d.number(listed.get(m["id"], 0) - present.get(m["id"], 0)),
        ]
        for m in d.table("meeting")
    ]
    header = [d.label("fields.meeting"), d.label("col.date"), d.label("fields.present"), d.label("fields.absent")]
    return [Table(header, rows, [5, 2, 1, 1.2], {2, 3}, caption=d.label("fields.attendance"))]


TABLES: dict[str, Callable[[PlanData], list[Block]]] = {
    "pendanaan": funding_table,
    "opd_tahun": agency_table,
    "aksi_tahunan": yearly_table,
    "regulasi": regulations_table,
    "quick_win": quick_win_table,
    "kehadiran": attendance_table,
}


def chapter_blocks(md: str | None, d: PlanData, heading_base: int, generated: list[Block] | None = None) -> list[Block]:
    """A chapter's text parsed, with its inline fields filled and its table fields generated in place; the
    chapter's ``generated`` parts go where a line ``{{bagian_data}}`` stands (once)."""
    from smartcity_desktop.exports.markdown import parse

    if not md or "{{" not in md:
        return parse(md, heading_base=heading_base)
    out: list[Block] = []
    pos = 0
    for m in BLOCK_LINE.finditer(md):
        out += parse(fill(md[pos : m.start()], d), heading_base=heading_base)
        if m.group(2):
            out += generated or []
            generated = None
        else:
            make = TABLES.get(m.group(1))
            out += make(d) if make else parse(m.group(0), heading_base=heading_base)
        pos = m.end()
    out += parse(fill(md[pos:], d), heading_base=heading_base)
    return out
