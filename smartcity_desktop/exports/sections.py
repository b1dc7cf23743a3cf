# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated parts of the documents made from the plan's data (not from chapter text): the shared helpers, the
region profile (BAB II), vision and mission (BAB IV), issues, programs, indicators and institutions (BAB V).

The other subjects have their own modules: ``sections_readiness`` (BAB III), ``sections_quickwin`` (BAB VI),
``sections_roadmap`` and ``sections_budget`` (BAB VII), ``sections_annex`` (annexes), ``sections_front`` (the
parts around the chapters: approval page, lists of tables and figures, abbreviations, signature).
"""

from __future__ import annotations

from collections.abc import Callable

from smartcity_desktop.exports.markdown import parse
from smartcity_desktop.exports.plandata import PlanData, Row
from smartcity_desktop.exports.tree import Block, BulletList, Heading, ListItem, Paragraph, Run, Table

Section = Callable[[PlanData, str], list[Block]]


def _none(d: PlanData) -> list[Block]:
    return [Paragraph.text(d.label("none"), "note")]


def _sub(prefix: str, i: int) -> str:
    return f"{prefix}.{i}" if prefix else ""


def _text_blocks(md: str | None) -> list[Block]:
    return parse(md, heading_base=4)


# --- BAB II: region profile -------------------------------------------------------------------------------
def statistics(d: PlanData, prefix: str = "") -> list[Block]:
    stats = d.table("statistic")
    if not stats:
        return []
    rows: list[list[str | list[Run]]] = []
    group_rows: set[int] = set()
    category = None
    for s in stats:
        if s.get("category") and s.get("category") != category:
            category = s.get("category")
            group_rows.add(len(rows))
            rows.append([str(category)])
        value = s.get("value_text") or d.number(s.get("value"))
        rows.append([s["name"], str(value), s.get("unit") or "", str(s.get("year") or ""), s.get("source") or ""])
    header = [d.label("col.name"), d.label("col.value"), d.label("col.unit"), d.label("col.year")]
    header.append(d.label("col.source"))
    return [
        Table(
            header,
            rows,
            [3.4, 2.6, 1.1, 0.8, 2.6],
            set(),
            group_rows,
            caption=d.label("profile.statistics"),
            font_size=8,
        )
    ]


def districts(d: PlanData, prefix: str = "") -> list[Block]:
    rows_in = d.table("district")
    if not rows_in:
        return []
    rows: list[list[str | list[Run]]] = []
    tot = [0, 0.0, 0, 0]
    for i, r in enumerate(rows_in, 1):
        rows.append(
            [
                str(i),
                r["name"],
                r.get("capital") or "",
                d.number(r.get("population")),
                d.number(r.get("area_km2")),
                d.number(r.get("villages")),
                d.number(r.get("urban_villages")),
            ]
        )
        for k, col in enumerate(("population", "area_km2", "villages", "urban_villages")):
            tot[k] += r.get(col) or 0
    rows.append(["", d.label("col.total"), "", *(d.number(v) for v in tot)])
    header = ["col.no", "col.district", "col.capital", "col.population", "col.area", "col.villages"]
    return [
        Table(
            [d.label(h) for h in [*header, "col.urban_villages"]],
            rows,
            [0.6, 2.4, 2.4, 1.8, 1.4, 1, 1.2],
            {0, 3, 4, 5, 6},
            total_rows={len(rows) - 1},
            caption=d.label("profile.districts"),
            font_size=8,
        )
    ]


# --- BAB IV: vision, mission, goals -----------------------------------------------------------------------
def vision(d: PlanData, prefix: str = "") -> list[Block]:
    out: list[Block] = []
    if d.plan.get("vision"):
        out.append(Paragraph([Run(f"“{d.plan['vision']}”", bold=True)], "vision"))
    if d.plan.get("vision_explanation"):
        out += _text_blocks(d.plan["vision_explanation"])
    return out


def missions(d: PlanData, prefix: str = "") -> list[Block]:
    ms = d.table("mission")
    if not ms:
        return []
    return [BulletList([ListItem([Run(m["text"])]) for m in ms], ordered=True)]


def goals(d: PlanData, prefix: str = "") -> list[Block]:
    gs = d.table("goal")
    if not gs:
        return []
    objs = d.table("objective")
    missions_pos = {m["id"]: i for i, m in enumerate(d.table("mission"), 1)}
    rows: list[list[str | list[Run]]] = []
    for i, g in enumerate(gs, 1):
        mine = [o for o in objs if o.get("goal_id") == g["id"]]
        ref = f" (M{missions_pos[g['mission_id']]})" if g.get("mission_id") in missions_pos else ""
        text = [Run(f"T{i}{ref}", bold=True), Run(f" {g['text']}")]
        sub = "\n".join(f"S{i}.{k} {o['text']}" for k, o in enumerate(mine, 1))
        rows.append([text, sub])
    return [Table([d.label("goal"), d.label("objective")], rows, [1, 1.3], font_size=8.5)]


# --- BAB V: strategies and programs per dimension ---------------------------------------------------------
def issues(d: PlanData, prefix: str = "") -> list[Block]:
    iss = d.table("strategic_issue")
    if not iss:
        return []
    rows: list[list[str | list[Run]]] = []
    group_rows: set[int] = set()
    for dim in d.dimensions:
        mine = [x for x in iss if x.get("dimension_id") == dim["id"]]
        if mine:
            group_rows.add(len(rows))
            rows.append([dim["name"]])
            for n, x in enumerate(mine, 1):
                rows.append(
                    [
                        str(n),
                        [Run(x["text"], bold=True)] + ([Run("\n" + x["description"])] if x.get("description") else []),
                    ]
                )
    return [
        Table(
            [d.label("col.no"), d.label("col.issue")],
            rows,
            [0.5, 9],
            {0},
            group_rows,
            caption=d.label("issues.caption"),
        )
    ]


def program_table(d: PlanData, progs: list[Row], caption: str, total: int) -> Table:
    """The programs of a dimension; ``total`` is the dimension's budget (core.figures.budget_by_dimension)."""
    rows: list[list[str | list[Run]]] = []
    for n, p in enumerate(progs, 1):
        first, last = d.program_years(p)
        name: list[Run] = ([Run(p["code"] + "  ")] if p.get("code") else []) + [Run(p["name"], bold=True)]
        if p.get("is_quick_win"):
            name.append(Run("  [" + d.label("noun.quick_win") + "]", italic=True))
        if p.get("activities"):
            acts = [a.strip(" -•*\t") for a in str(p["activities"]).splitlines() if a.strip(" -•*\t")]
            name.append(Run("\n" + "; ".join(acts)))
        amount = d.program_total(p["id"])
        lead = d.agency_name(p.get("lead_agency_id"))
        support = ", ".join(d.supporting.get(p["id"], []))
        agencies: list[Run] = [Run(lead, bold=True)] + ([Run("\n" + support)] if support else [])
        rows.append([str(n), name, d.name_of(p.get("element_id")), agencies, d.years(first, last), d.money(amount)])
    rows.append(["", d.label("col.total"), "", "", "", d.money(total)])
    header = [d.label(k) for k in ("col.no", "col.program", "col.element", "col.lead", "col.years", "col.budget")]
    return Table(
        header, rows, [0.55, 4.8, 2.05, 2, 1.4, 2.4], {0, 5}, total_rows={len(rows) - 1}, caption=caption, font_size=8
    )


YEARS_FIRST = 5  # yearly target columns beside the indicator's facts on a portrait page
YEARS_MORE = 8  # yearly target columns of each continuation (the row labels repeated)
INDICATOR_WEIGHTS = 0.55 + 4.0 + 1.2 + 1.5 + 1.3 + 1.05 * YEARS_FIRST + 1.15


def indicator_table(d: PlanData, inds: list[Row], caption: str, years: list[int] | None = None) -> list[Block]:
    """Indicators with every datum: baseline, every yearly target, the final target, unit, data source, and the
    program they measure. Years without any target in the table are left out; when the years do not fit one
    portrait table, the table continues in further tables with the indicator names repeated.
    """
    del years  # every year with a target is printed
    targets = {ind["id"]: d.targets.get(ind["id"], {}) for ind in inds}
    shown = sorted({y for tg in targets.values() for y in tg})
    chunks = [shown[:YEARS_FIRST]] + [shown[i : i + YEARS_MORE] for i in range(YEARS_FIRST, len(shown), YEARS_MORE)]
    out: list[Block] = []
    for part, years in enumerate(chunks):
        first, last = part == 0, part == len(chunks) - 1
        header = [d.label("col.no"), d.label("col.indicator")]
        widths = [0.55, 4.0]
        if first:
            header += [d.label("col.unit"), d.label("col.data_source"), d.label("col.baseline")]
            widths += [1.2, 1.5, 1.3]
        header += [str(y) for y in years]
        widths += [1.05] * len(years)
        if last:
            header.append(d.label("col.final_target"))
            widths.append(1.15)
        widths[1] = max(widths[1], INDICATOR_WEIGHTS - sum(widths) + widths[1])  # year columns as wide in each part
        rows: list[list[str | list[Run]]] = []
        for n, ind in enumerate(inds, 1):
            tg = targets[ind["id"]]
            name: list[Run] = [Run(ind["name"])]
            measured = d.name_of(ind.get("program_id"))
            if first and measured:
                name.append(Run("\n" + d.label("indicator.measures", measured), italic=True))
            row: list[str | list[Run]] = [str(n), name]
            if first:
                base = d.number(ind.get("baseline_value"))
                if base and ind.get("baseline_year"):
                    base += f" ({ind['baseline_year']})"
                row += [ind.get("unit") or "", ind.get("data_source") or "", base]
            row += [d.number(tg.get(y)) for y in years]
            if last:
                row.append(d.number(tg[max(tg)]) + f" ({max(tg)})" if tg else "")
            rows.append(row)
        numeric = {0, *range(len(header) - len(years) - (1 if last else 0), len(header))}
        if first:
            numeric.add(4)
        title = caption if first or not caption else caption + " " + d.label("table.continued")
        out.append(Table(header, rows, widths, numeric, caption=title, font_size=7.5))
    return out


def dimension_parts(d: PlanData, prefix: str = "") -> list[Block]:
    out: list[Block] = []
    strategies = d.table("strategy")
    for i, dim in enumerate(d.dimensions, 1):
        out.append(Heading(3, dim["name"], _sub(prefix, i)))
        if dim.get("description"):
            out.append(Paragraph([Run(dim["description"])]))
        mine = [s for s in strategies if s.get("dimension_id") == dim["id"]]
        if mine:
            out.append(Heading(4, d.label("dimension.strategies"), toc=False, bookmark=False))
            items = [ListItem([Run(s["text"], bold=bool(s.get("description"))), *_desc(s)]) for s in mine]
            out.append(BulletList(items))
        progs = d.programs_of(dim["id"])
        out.append(Heading(4, d.label("dimension.programs"), toc=False, bookmark=False))
        caption = d.label("dimension.programs_caption", dim["name"])
        out.append(program_table(d, progs, caption, d.budget_by_dimension[dim["id"]]) if progs else _none(d)[0])
        inds = d.indicators_of_dimension(dim["id"])
        if inds:
            out.append(Heading(4, d.label("dimension.indicators"), toc=False, bookmark=False))
            out += indicator_table(d, inds, d.label("dimension.indicators_caption", dim["name"]))
    return out


def _desc(row: Row) -> list[Run]:
    return [Run(": " + " ".join(str(row["description"]).split()))] if row.get("description") else []


def institutions(d: PlanData, prefix: str = "") -> list[Block]:
    out: list[Block] = []
    regs = d.table("regulation")
    if regs:
        rows: list[list[str | list[Run]]] = []
        for n, r in enumerate(regs, 1):
            number = " ".join(
                x for x in (r.get("number") and f"No. {r['number']}", r.get("year") and str(r["year"])) if x
            )
            rows.append(
                [str(n), r.get("kind") or "", number, r["title"], d.label(f"regulation_status.{r.get('status')}")]
            )
        header = [d.label(k) for k in ("col.no", "col.kind", "col.number", "col.title", "col.status")]
        out.append(
            Table(header, rows, [0.55, 1.4, 1.6, 5, 1.5], {0}, caption=d.label("institutions.regulations"), font_size=8)
        )
    members = d.table("institution_member")
    for body in ("dewan", "tim_pelaksana"):
        mine = [m for m in members if m.get("body") == body]
        if not mine:
            continue
        rows = [
            [str(n), m["name"], m.get("position") or "", d.agency_name(m.get("agency_id")), m.get("role") or ""]
            for n, m in enumerate(mine, 1)
        ]
        header = [d.label(k) for k in ("col.no", "col.name", "col.position", "col.agency", "col.role")]
        out.append(Table(header, rows, [0.55, 2.6, 3, 1.6, 2], {0}, caption=d.label(f"body.{body}"), font_size=8))
    return out
