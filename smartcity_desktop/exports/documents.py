# SPDX-License-Identifier: GPL-3.0-or-later
"""One builder per document: the masterplan, the executive summary, Quick Win profiles and the roadmap book."""

from __future__ import annotations

import logging
from collections.abc import Callable

from smartcity_desktop.core.formats import format_int, roman
from smartcity_desktop.core.outline import is_annex, is_foreword
from smartcity_desktop.exports import fields, workshop_docs
from smartcity_desktop.exports import sections as s
from smartcity_desktop.exports import sections_annex as annexes
from smartcity_desktop.exports import sections_budget as money
from smartcity_desktop.exports import sections_front as front
from smartcity_desktop.exports import sections_quickwin as quick
from smartcity_desktop.exports import sections_readiness as ready
from smartcity_desktop.exports import sections_roadmap as r
from smartcity_desktop.exports.chapter_parts import merge_body, tables_once
from smartcity_desktop.exports.merge_report import build_merge_report
from smartcity_desktop.exports.plandata import PlanData, Row, Rows
from smartcity_desktop.exports.tree import (
    Block,
    BulletList,
    Cover,
    Document,
    Heading,
    Landscape,
    ListItem,
    Meta,
    Paragraph,
    Run,
    Table,
    Toc,
    captions_once,
)

log = logging.getLogger(__name__)
INCOMPLETE = "_incomplete"  # key of the heading of a draft's last page

Section = Callable[[PlanData, str], list[Block]]

# Chapter key (from resources/templates/outline.json) -> generated parts printed after the chapter's own text.
# A part whose chapter was removed by the users is printed in an extra chapter before the annexes.
GENERATED: dict[str, list[tuple[str, Section]]] = {
    "bab2": [("profile.statistics", s.statistics)],
    "bab2.demografi": [("profile.districts", s.districts)],
    "bab3": [("readiness.title", ready.readiness_overview)],
    "bab3.struktur": [("readiness.title", ready.readiness_component("struktur"))],
    "bab3.infrastruktur": [("readiness.title", ready.readiness_component("infrastruktur"))],
    "bab3.suprastruktur": [("readiness.title", ready.readiness_component("suprastruktur"))],
    "bab3.swot": [("swot.title", ready.swot)],
    "bab4.visi": [("vision", s.vision)],
    "bab4.misi": [("mission", s.missions)],
    "bab4.tujuan_sasaran": [("goals", s.goals)],
    "bab5.strategi": [("dimension.issues", s.issues)],
    "bab5.program": [("dimension.programs", s.dimension_parts)],
    "bab5.kebijakan_kelembagaan": [("institutions.regulations", s.institutions)],
    "bab6": [("qw.list", quick.quickwin_list)],
    "bab6.kriteria": [("qw.list", workshop_docs.quickwin_selection)],
    "bab6.profil": [("qw.list", quick.quickwin_profiles)],
    "bab6.rencana_pelaksanaan": [("qw.plan_all", quick.quickwin_plan)],
    "bab7.tahapan": [("roadmap.horizons", r.horizons)],
    "bab7.rencana_aksi": [("roadmap.title", r.roadmap_gantt)],
    "bab7.pembiayaan": [("budget.title", money.budget_chapter)],
    "bab8": [("approval.title", front.closing_signature)],  # the Penutup ends with the head's signature
    "lampiran.bimtek": [("annex.workshops", annexes.workshops)],
    "lampiran.daftar_hadir": [("annex.attendance", workshop_docs.annex_attendance)],
}


def _meta(d: PlanData, doc_key: str) -> Meta:
    name = d.label(doc_key)
    region = d.region
    return Meta(
        region=region,
        title=f"{name} {region} {d.first_year}–{d.last_year}",
        document_name=name,
        subject=d.label("doc.subject", region, d.period),
        lang=d.lang,
        draft=d.draft,
        period=d.period,
        page_label=d.label("page"),
        draft_label=d.label("draft"),
        toc_label=d.label("toc"),
        keywords="Smart City, Masterplan, " + (d.plan.get("region_name") or ""),
    )


def _cover(d: PlanData, doc_key: str, title: str | None = None) -> Cover:
    lines = []
    if d.plan.get("province"):
        lines.append(d.label("cover.province", d.plan["province"]))
    status = d.label("plan_status.draft" if d.draft else "plan_status.final")
    sub = d.label(doc_key) if title and title.strip().casefold() != d.label(doc_key).casefold() else ""
    return Cover(
        title=title or d.label(doc_key),
        subtitle=sub,
        region=d.region,
        period=d.period,
        status=d.label("cover.status", status),
        lines=lines,
        logo=d.logo,
        footer=d.label("cover.prepared", d.region),
    )


def _children(chapters: list[Row]) -> dict[str | None, list[Row]]:
    ids = {c["id"] for c in chapters}
    out: dict[str | None, list[Row]] = {}
    for c in chapters:
        parent = c.get("parent_id") if c.get("parent_id") in ids else None
        out.setdefault(parent, []).append(c)
    return out


def _chapter_blocks(d: PlanData, used: set[str]) -> tuple[list[Block], list[Block], list[Block]]:
    """The foreword (before the contents), the numbered chapters and the annex chapters, with generated parts in
    place."""
    kids = _children(d.table("chapter"))
    main: list[Block] = []
    annex: list[Block] = []

    def emit(c: Row, level: int, number: str, out: list[Block]) -> None:
        out.append(Heading(level, c["title"], number, key=c.get("key") or ""))
        key = c.get("key") or ""
        generated: list[Block] = []
        for _label, fn in GENERATED.get(key, []):
            used.add(key)
            generated += fn(d, number if level > 1 else number_of_chapter.get(c["id"], ""))
        md = c.get("body_md")
        if generated and fields.has_place(md):  # the text says where its generated parts go
            body = fields.chapter_blocks(md, d, min(level + 1, 4), generated)
            body, generated = merge_body(c["title"], body, [])
        else:
            body = fields.chapter_blocks(md, d, heading_base=min(level + 1, 4))
            body, generated = merge_body(c["title"], body, generated)
        out.extend(body)
        out.extend(generated)
        if d.draft and not body and not generated and not kids.get(c["id"]):
            out.append(Paragraph.text(d.label("draft.unwritten"), "note"))  # listed again on the last page
            unwritten.append(out[-2].label if isinstance(out[-2], Heading) else c["title"])
        for j, child in enumerate(kids.get(c["id"], []), 1):
            if level == 1 and is_annex(c):
                sub = chr(64 + j) if j <= 26 else str(j)
            else:
                sub = f"{number_of_chapter.get(c['id'], number)}.{j}"
            number_of_chapter[child["id"]] = sub
            emit(child, min(level + 1, 4), sub, out)  # noqa: F821 - deleted after use, see below

    number_of_chapter: dict[str, str] = {}
    unwritten: list[str] = []
    foreword: list[Block] = []
    n = 0
    for top in kids.get(None, []):
        if is_foreword(top):
            emit(top, 1, "", foreword)
        elif is_annex(top):
            emit(top, 1, d.label("annex"), annex)
        else:
            n += 1
            number_of_chapter[top["id"]] = str(n)
            emit(top, 1, d.label("chapter", roman(n)), main)
    del emit  # it calls itself through its closure: a cycle that would keep the plan's rows while gc is paused
    if unwritten:  # a draft's last page: what is still to be written
        items = [ListItem([Run(t)]) for t in unwritten]
        annex += [
            Heading(1, d.label("draft.incomplete")),
            Paragraph.text(d.label("draft.incomplete_lead")),
            BulletList(items),
        ]
    return foreword, main, annex


def masterplan(rows: Rows) -> Document:
    """The whole masterplan: cover, contents, chapters with generated parts, annexes."""
    d = PlanData(rows)
    used: set[str] = set()
    foreword, main, annex = _chapter_blocks(d, used)
    extra: list[Block] = []
    for key, parts in GENERATED.items():
        if key in used:
            continue
        for label, fn in parts:
            got = fn(d, "")
            if got and not (isinstance(got[0], Paragraph) and got[0].style == "note" and len(got) == 1):
                extra += [Heading(2, d.label(label)), *got]
    if extra:
        extra.insert(0, Heading(1, d.label("extra.generated")))
    agencies = annexes.agencies(d, "")
    if agencies:
        if not annex:
            annex.append(Heading(1, d.label("annex").title(), d.label("annex")))
        annex += [Heading(2, d.label("annex.agencies")), *agencies]
    last = next((i for i, b in enumerate(annex) if isinstance(b, Heading) and b.key == INCOMPLETE), len(annex))
    annex = annex[:last] + annex[last + 3 :] + annex[last : last + 3]  # "Yang belum lengkap" is the last page
    blocks: list[Block] = [_cover(d, "doc.masterplan", d.plan.get("title") or None), *front.approval_page(d)]
    blocks += [*foreword, Toc(d.label("toc")), *front.list_headings(d), *front.glossary(d)]
    doc = Document("masterplan", _meta(d, "doc.masterplan"), blocks + main + extra + annex)
    captions_once(doc)
    tables_once(doc, d.labeller())  # a table is printed once (no regulation list in two places)
    front.fill_lists(doc, d.labeller())  # Daftar Tabel and Daftar Gambar, captions numbered
    return doc


def summary(rows: Rows) -> Document:
    """The executive summary: vision, mission, key figures, programs per dimension, Quick Wins, budget."""
    d = PlanData(rows)
    counts = d.counts
    facts = [
        (d.label("summary.period"), d.period),
        (d.label("summary.framework"), d.plan.get("framework_name") or ""),
        (d.label("summary.dimensions"), format_int(counts["dimensions"], d.lang)),
        (d.label("summary.programs_count"), format_int(counts["programs"], d.lang)),
        (d.label("summary.quickwins_count"), format_int(counts["quick_wins"], d.lang)),
        (d.label("summary.indicators_count"), format_int(counts["indicators"], d.lang)),
        (d.label("summary.agencies_count"), format_int(counts["agencies"], d.lang)),
        (d.label("summary.total_budget"), d.money(d.budget_total)),
    ]
    blocks: list[Block] = [_cover(d, "doc.summary")]
    blocks += [Heading(1, d.label("vision"), "1"), *s.vision(d, "")]
    missions = s.missions(d, "")
    if missions:
        blocks += [Heading(2, d.label("mission"), "1.1"), *missions]
    blocks += [
        Heading(1, d.label("summary.key_figures"), "2"),
        Table([], [[k, v] for k, v in facts if v], [1.4, 2], style="keyvalue"),
    ]
    blocks += [Heading(1, d.label("summary.programs"), "3"), _program_matrix(d)]
    blocks += [Heading(1, d.label("qw.list"), "4"), *quick.quickwin_list(d, "")]
    budget = [b for b in money.budget(d, "") if not isinstance(b, Table)]
    blocks += [Heading(1, d.label("summary.budget"), "5"), *budget]
    return Document("summary", _meta(d, "doc.summary"), blocks)


def _program_matrix(d: PlanData) -> Table:
    rows: list[list[str | list[Run]]] = []
    groups: set[int] = set()
    for dim in d.dimensions:
        progs = d.programs_of(dim["id"])
        if not progs:
            continue
        groups.add(len(rows))
        rows.append([dim["name"]])
        for n, p in enumerate(progs, 1):
            name = [Run(p["name"])] + ([Run(" [Quick Win]", italic=True)] if p.get("is_quick_win") else [])
            first, last = d.program_years(p)
            rows.append(
                [
                    str(n),
                    name,
                    d.agency_name(p.get("lead_agency_id")),
                    d.years(first, last),
                    d.money(d.program_total(p["id"])),
                ]
            )
    header = [d.label(k) for k in ("col.no", "col.program", "col.lead", "col.years", "col.budget")]
    return Table(header, rows, [0.55, 5.3, 1.6, 1.4, 2.1], {0, 4}, groups, font_size=8)


def quickwin(rows: Rows) -> Document:
    """One profile per Quick Win, each on its own page."""
    d = PlanData(rows)
    blocks: list[Block] = [_cover(d, "doc.quickwin"), Toc(d.label("toc"))]
    blocks += [Heading(1, d.label("qw.list"), "1"), *quick.quickwin_list(d, ""), *workshop_docs.quickwin_selection(d)]
    for i, (qw, p) in enumerate(d.quick_wins, 2):
        prof = quick.quickwin_profile(d, qw, p, 1, str(i))
        blocks += prof
    plan = quick.quickwin_plan(d, "")
    if plan:
        blocks += [Heading(1, d.label("qw.plan_all"), str(len(d.quick_wins) + 2)), *plan]
    return Document("quickwin", _meta(d, "doc.quickwin"), blocks)


def roadmap(rows: Rows) -> Document:
    """The roadmap book: stages, the Gantt on landscape pages, programs and budget year by year."""
    d = PlanData(rows)
    blocks: list[Block] = [_cover(d, "doc.roadmap"), Toc(d.label("toc"))]
    blocks += [Heading(1, d.label("roadmap.horizons"), "1"), *r.horizons(d, "")]
    gantt = r.roadmap_gantt(d, "")
    heading = Heading(1, d.label("roadmap.title"), "2")
    if gantt and isinstance(gantt[0], Landscape):
        gantt[0].blocks.insert(0, heading)  # the chapter starts on its first landscape page
        blocks += gantt
    else:
        blocks += [heading, *gantt]
    blocks += [Heading(1, d.label("roadmap.by_year"), "3"), *r.by_year(d, "")]
    blocks += [Heading(1, d.label("budget.title"), "4"), *money.budget(d, "")]
    return Document("roadmap", _meta(d, "doc.roadmap"), blocks)


BUILDERS: dict[str, Callable[..., Document]] = {
    "masterplan": masterplan,
    "summary": summary,
    "quickwin": quickwin,
    "roadmap": roadmap,
    "merges": build_merge_report,
    **workshop_docs.BUILDERS,
}
