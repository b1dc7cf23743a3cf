# SPDX-License-Identifier: GPL-3.0-or-later
"""The Bimtek paperwork as documents: attendance sheet (daftar hadir), minutes (notulen), berita acara, the
stage report and the change report; and the masterplan annex with the real workshop record.

Builders of the neutral document tree (exports/tree.py), registered in exports/documents.py. The change
report arrives computed (services/changes.py) as ``report``; it is read by attribute only."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from smartcity_desktop.core import labels
from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.core.formats import format_date, format_int, format_rupiah
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.exports.markdown import parse
from smartcity_desktop.exports.plandata import PlanData, Row, Rows
from smartcity_desktop.exports.tree import (
    Block,
    BulletList,
    Document,
    Heading,
    ListItem,
    Meta,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from smartcity_desktop.resources import load_json
from smartcity_desktop.resources import text as pick

BLANK_ROWS = 5  # empty lines under the registered participants, for those who come unannounced
SIGN_ROW_MM = 8.0  # least height of one attendance line: room for a signature
SIGN_SPACE = 4  # blank lines above a signature name
CLOSED = ("done", "declined")
Cells = list[str | list[Run]]


class Paper:
    """The plan's rows with the paperwork's labels in the plan's language."""

    def __init__(self, rows: Rows) -> None:
        self.d = PlanData(rows)
        self.lang = self.d.lang
        self._labels: dict[str, Any] = load_json("templates", "workshop_labels.json")

    def __call__(self, key: str, *args: Any) -> str:
        value = pick(self._labels.get(key, key), self.lang)
        return value.format(*args) if args else value

    def date(self, value: str | None, weekday: bool = False) -> str:
        return format_date(value, self.lang, weekday=weekday) if value else ""

    def meta(self, name_key: str, title: str) -> Meta:
        d = self.d
        return Meta(
            region=d.region,
            title=title,
            document_name=self(name_key),
            subject=f"{self('bimtek')} {d.region}",
            lang=self.lang,
            draft=False,  # paperwork is signed as printed: no DRAFT watermark
            period=d.period,
            page_label=d.label("page"),
            draft_label=d.label("draft"),
            toc_label=d.label("toc"),
            keywords="Smart City, Bimtek, " + (d.plan.get("region_name") or ""),
        )

    # --- lookups ------------------------------------------------------------------------------------------
    def stage(self, number: int | str | None) -> Row:
        stages = self.d.table("workshop_stage")
        known = ", ".join(str(s.get("number")) for s in stages) or "-"
        if number is None:
            raise PlanError("doc.stage_needed", known)
        for s in stages:
            if str(s.get("number")) == str(number).strip():
                return s
        raise PlanError("doc.stage_unknown", number, known)

    def meetings_of(self, stage: Row) -> list[Row]:
        return sorted(
            (m for m in self.d.table("meeting") if m.get("stage_id") == stage["id"]),
            key=lambda m: (m.get("date") or "", m.get("start_time") or ""),
        )

    def meeting(self, which: str | None) -> Row:
        """A meeting by id (or its first characters) or by date (ISO); a date with two meetings is refused."""
        meetings = self.d.table("meeting")
        listed = "; ".join(f"{m.get('date') or '?'} {m['title']}" for m in meetings) or "-"
        if not which:
            raise PlanError("doc.meeting_needed", listed)
        key = which.strip()
        hits = [m for m in meetings if m["id"] == key] or [m for m in meetings if m.get("date") == key]
        if not hits and len(key) >= 4:
            hits = [m for m in meetings if m["id"].startswith(key)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise PlanError("doc.meeting_ambiguous", which, "; ".join(f"{m['id'][:8]} {m['title']}" for m in hits))
        raise PlanError("doc.meeting_unknown", which, listed)

    def attendance(self, meeting: Row) -> list[Row]:
        return [a for a in self.d.rows.get("attendance") or [] if a.get("meeting_id") == meeting["id"]]

    def present(self, meeting: Row) -> list[Row]:
        """Participants present at the meeting, in the register's order."""
        here = {a["participant_id"] for a in self.attendance(meeting) if a.get("present")}
        return [p for p in self.d.table("participant") if p["id"] in here]

    def expected(self, meeting: Row, groups: list[str] | None = None) -> list[Row]:
        """Who the sheet lists: the members of ``groups`` (working group names) when given; else those on the
        meeting's list (present or not); before anyone is listed, the whole register."""
        people = self.d.table("participant")
        if groups:
            by_name = {g["name"].casefold(): g["id"] for g in self.d.table("work_group")}
            unknown = [g for g in groups if g.strip().casefold() not in by_name]
            if unknown:
                raise PlanError("doc.group_unknown", ", ".join(unknown), ", ".join(by_name) or "-")
            ids = {by_name[g.strip().casefold()] for g in groups}
            members = {m["participant_id"] for m in self.d.rows.get("work_group_member") or [] if m["group_id"] in ids}
            return [p for p in people if p["id"] in members]
        listed = {a["participant_id"] for a in self.attendance(meeting)}
        return [p for p in people if p["id"] in listed] if listed else people

    def person(self, text: str | None) -> tuple[str, str]:
        """(name, NIP) of a chair or minute-taker written as "Name (role)": the NIP from the register."""
        raw = (text or "").strip()
        name = re.sub(r"\s*\([^)]*\)\s*$", "", raw).strip()
        want = name.casefold()
        for p in self.d.table("participant"):
            if p["name"].casefold() == want or (want and p["name"].casefold().startswith(want)):
                return p["name"], p.get("nip") or ""
        for m in self.d.table("institution_member"):
            if m["name"].casefold() == want:
                return m["name"], m.get("nip") or ""
        return name, ""

    def part(self, table: str | None, row_id: str | None) -> str:
        """ "Program: Si Pepadu" for a remark's part of the plan."""
        if not table:
            return ""
        kind = labels.table_label(table, self.lang)
        row = self.d.get(row_id)
        if row is None:
            return kind
        column = TABLES[table].label if table in TABLES else "name"
        name = row.get(column) or row.get("name") or row.get("title") or ""
        if table == "quick_win":
            name = self.d.name_of(row.get("program_id"))
        if table == "plan":
            return kind
        return f"{kind}: {str(name).splitlines()[0] if name else ''}".rstrip(": ")

    def who(self, item: Row) -> str:
        agency = self.d.agency_name(item.get("agency_id"))
        owner = item.get("owner") or ""
        return ", ".join(x for x in (owner, agency) if x)

    def time(self, m: Row) -> str:
        a, b = (m.get("start_time") or "").replace(":", "."), (m.get("end_time") or "").replace(":", ".")
        return f"{a}–{b}" if a and b else a


# --- blocks shared by the forms ---------------------------------------------------------------------------
def _letterhead(p: Paper, title: str) -> list[Block]:
    return [
        Paragraph([Run(p("gov", p.d.region.upper()), bold=True)], "center"),
        Paragraph([Run(p("team"), bold=True)], "center"),
        Paragraph([Run(title, bold=True)], "center"),
    ]


def _meeting_facts(p: Paper, m: Row, extra: list[tuple[str, str]] | None = None) -> Table:
    facts = [
        (p("col.meeting"), m.get("title") or ""),
        (p("col.day_date"), p.date(m.get("date"), weekday=True)),
        (p("col.place"), m.get("venue") or ""),
        (p("col.time"), p.time(m)),
        *(extra or []),
    ]
    rows: list[Cells] = [[k, f": {v}"] for k, v in facts if v]
    return Table([], rows, [1.3, 5], style="plain")


def _signatures(p: Paper, left: tuple[str, str, str], right: tuple[str, str, str], place_date: str) -> list[Block]:
    """Two signature blocks side by side: (role, name, NIP) each; place and date above the right one."""

    def nip(value: str) -> str:
        return p("sign.nip", value) if value else p("sign.blank_nip")

    rows: list[Cells] = [["", place_date], [left[0], right[0]]]
    rows += [["", ""] for _ in range(SIGN_SPACE)]
    rows += [[[Run(left[1], bold=True)], [Run(right[1], bold=True)]], [nip(left[2]), nip(right[2])]]
    return [Table([], rows, [1, 1], style="plain")]


def _place_date(p: Paper, iso: str | None) -> str:
    place = p.d.plan.get("capital") or p.d.plan.get("region_name") or ""
    return p("place_date", place, p.date(iso)) if iso else place + ", ...................."


def _numbered(lines: list[str]) -> list[Block]:
    return [BulletList([ListItem([Run(x)]) for x in lines], ordered=True)] if lines else []


def _lines(value: str | None) -> list[str]:
    return [x.strip() for x in (value or "").splitlines() if x.strip()]


# --- attendance -------------------------------------------------------------------------------------------
def attendance_blocks(p: Paper, m: Row, blank_rows: int = BLANK_ROWS, groups: list[str] | None = None) -> list[Block]:
    """The daftar hadir of one meeting: one line per expected participant, then blank lines; the signature
    column in two staggered halves (odd numbers sign left, even numbers right)."""
    rows: list[Cells] = []
    people = p.expected(m, groups)
    for n in range(1, len(people) + blank_rows + 1):
        person = people[n - 1] if n <= len(people) else None
        sign = f"{n}. ............"
        cells: Cells = [str(n)]
        if person:
            agency = p.d.agency_name(person.get("agency_id"))
            cells += [person["name"], person.get("nip") or "", person.get("position") or "", agency]
            cells.append(person.get("phone") or "")
        else:
            cells += ["", "", "", "", ""]
        cells += [sign, ""] if n % 2 else ["", sign]
        rows.append(cells)
    header = [p(k) for k in ("col.no", "col.name", "col.nip", "col.position", "col.agency", "col.phone")]
    header += [p("col.signature"), ""]
    widths = [7.0, 28, 32, 22, 21, 23, 18, 18]  # weights: an 18-digit NIP and a phone number on one line
    table = Table(header, rows, widths, {0}, font_size=7, row_height=SIGN_ROW_MM)
    table.split_last = True
    return [*_letterhead(p, p("attendance.title")), _meeting_facts(p, m), table]


def attendance(
    rows: Rows, meeting: str | None = None, blank_rows: int = BLANK_ROWS, groups: list[str] | None = None, **_: Any
) -> Document:
    """The attendance sheet of a meeting (``groups``: only the members of these working groups)."""
    p = Paper(rows)
    m = p.meeting(meeting)
    title = f"{p('attendance.doc')}: {m['title']}"
    return Document("attendance", p.meta("attendance.doc", title), attendance_blocks(p, m, blank_rows, groups))


# --- minutes ----------------------------------------------------------------------------------------------
def minutes_blocks(p: Paper, m: Row, level: int = 0) -> list[Block]:
    """The notulen body; with ``level`` the parts get headings of that level (the stage report)."""
    present = p.present(m)
    people_key = "participants.count" if level else "participants.attached"  # the notulen has the sheet attached
    facts = [
        (p("col.chair"), m.get("chair") or ""),
        (p("col.resource_person"), m.get("resource_person") or ""),
        (p("col.minute_taker"), m.get("minute_taker") or ""),
        (p("col.participants"), p(people_key, format_int(len(present), p.lang)) if present else ""),
    ]
    out: list[Block] = [_meeting_facts(p, m, facts)]

    def part(key: str) -> Block:
        if level:
            return Heading(level, p(key), toc=False, bookmark=False)
        return Paragraph([Run(p(key), bold=True)])

    if _lines(m.get("agenda")):
        out += [part("agenda"), *_numbered(_lines(m.get("agenda")))]
    if m.get("minutes_md"):
        out += [part("proceedings"), *parse(m["minutes_md"], heading_base=4)]
    if _lines(m.get("decisions")):
        out += [part("decisions"), *_numbered(_lines(m.get("decisions")))]
    return out


def minutes(rows: Rows, meeting: str | None = None, **_: Any) -> Document:
    """The notulen of one meeting, signed by chair and minute-taker, the attendance sheet attached."""
    p = Paper(rows)
    m = p.meeting(meeting)
    chair, taker = p.person(m.get("chair")), p.person(m.get("minute_taker"))
    blocks = [*_letterhead(p, p("minutes.title")), *minutes_blocks(p, m)]
    blocks += _signatures(
        p, (p("col.chair") + ",", *chair), (p("col.minute_taker") + ",", *taker), _place_date(p, m.get("date"))
    )
    blocks += [PageBreak(), Paragraph([Run(p("attachment"), bold=True)]), *attendance_blocks(p, m)]
    title = f"{p('minutes.doc')}: {m['title']}"
    return Document("minutes", p.meta("minutes.doc", title), blocks)


# --- berita acara -----------------------------------------------------------------------------------------
def _stage_people(p: Paper, meetings: list[Row]) -> tuple[int, int]:
    """How many participants came to at least one meeting of the stage, and from how many agencies."""
    came = {pp["id"]: pp for m in meetings for pp in p.present(m)}
    agencies = {pp.get("agency_id") for pp in came.values() if pp.get("agency_id")}
    return len(came), len(agencies)


def _stage_feedback(p: Paper, meetings: list[Row]) -> list[Row]:
    ids = {m["id"] for m in meetings}
    return [f for f in p.d.table("feedback") if f.get("meeting_id") in ids]


def berita_acara(rows: Rows, stage: int | str | None = None, number: str | None = None, **_: Any) -> Document:
    """The formal record of a stage: number, parties, matter, closing formula, signatures."""
    p = Paper(rows)
    s = p.stage(stage)
    meetings = p.meetings_of(s)
    last: Row = meetings[-1] if meetings else {}
    year = (last.get("date") or "")[:4] or str(p.d.first_year)
    blocks: list[Block] = [
        *_letterhead(p, p("ba.title")),
        Paragraph.text(p("ba.number", number or p("ba.number_blank", year)), "center"),
        Paragraph.text(p("ba.about"), "center"),
        Paragraph([Run(p("ba.matter", s["number"], p("bimtek"), s["title"]), bold=True)], "center"),
    ]
    day = p.date(last.get("date"), weekday=True)
    weekday, _sep, date = day.partition(", ")
    venue = last.get("venue") or "...................."
    blocks.append(Paragraph.text(p("ba.opening", weekday, date, venue, s["number"], p("bimtek"), p.d.region)))
    resource = p.person(last.get("resource_person"))
    chair = p.person(last.get("chair"))
    rp_full = last.get("resource_person") or ""
    parties: list[Cells] = [
        ["1.", p("col.name"), f": {resource[0]}"],
        ["", p("col.position"), f": {p('ba.party1_as')} {_in_brackets(rp_full)}".rstrip()],
        ["", "", f"{p('ba.party1')}"],
        ["2.", p("col.name"), f": {chair[0]}"],
        ["", p("col.nip"), f": {chair[1]}" if chair[1] else ": ...................."],
        ["", p("col.position"), f": {p('ba.party2_as', p.d.region)} {_in_brackets(last.get('chair'))}".rstrip()],
        ["", "", p("ba.party2")],
    ]
    blocks += [Table([], parties, [0.3, 1.2, 5.5], style="plain"), Paragraph.text(p("ba.agree"))]
    people, agencies = _stage_people(p, meetings)
    dates = ", ".join(p.date(m.get("date")) for m in meetings)
    feedback = _stage_feedback(p, meetings)
    closed = sum(1 for f in feedback if f["status"] in CLOSED)
    points: list[str] = [
        p("ba.held", s["number"], len(meetings), dates, people, agencies),
    ]
    if s.get("purpose"):
        points.append(p("ba.purpose", " ".join(_lines(s["purpose"]))))
    decisions = [d for m in meetings for d in _lines(m.get("decisions"))]
    if decisions:
        points.append(p("ba.outputs") + " " + "; ".join(x.rstrip(".;") for x in decisions) + ";")
    if feedback:
        points.append(p("ba.feedback", len(feedback), closed, len(feedback) - closed))
    points.append(p("ba.actions"))
    blocks += [*_numbered(points), Paragraph.text(p("ba.closing"))]
    blocks += _signatures(
        p,
        (p("ba.party1") + ",", resource[0], resource[1]),
        (p("ba.party2") + ",", chair[0], chair[1]),
        _place_date(p, last.get("date")),
    )
    title = f"{p('ba.doc')}: {p('stage.report', s['number'])}"
    return Document("berita-acara", p.meta("ba.doc", title), blocks)


def _in_brackets(text: str | None) -> str:
    m = re.search(r"\(([^)]*)\)\s*$", text or "")
    return f"({m.group(1)})" if m else ""


# --- the stage report -------------------------------------------------------------------------------------
def feedback_table(p: Paper, items: list[Row]) -> Table:
    rows: list[Cells] = []
    for n, f in enumerate(items, 1):
        status = labels.label("feedback.status", f["status"], p.lang)
        rows.append(
            [
                str(n),
                p.part(f.get("target_table"), f.get("target_id")),
                f["text"],
                f.get("author") or "",
                status,
                f.get("response") or "",
            ]
        )
    header = [p(k) for k in ("col.no", "col.part", "col.feedback", "col.author", "col.status", "col.response")]
    return Table(header, rows, [0.4, 1.6, 3.2, 1.4, 1.1, 2.8], {0}, font_size=7.5)


def workshop(rows: Rows, stage: int | str | None = None, report: Any = None, **_: Any) -> Document:
    """The stage report: meetings and agenda, attendance by agency, minutes, feedback with responses,
    action items, and the changes since the previous stage (``report`` from services.changes)."""
    p = Paper(rows)
    s = p.stage(stage)
    meetings = p.meetings_of(s)
    title = p("stage.report", s["number"]) + f": {s['title']}"
    blocks: list[Block] = [*_letterhead(p, title.upper()), Heading(1, title, "", toc=False)]
    if s.get("purpose"):
        blocks += [Paragraph([Run(p("stage.purpose") + ": ", bold=True), Run(" ".join(_lines(s["purpose"])))])]
    if s.get("outputs"):
        blocks += [Paragraph([Run(p("stage.outputs") + ": ", bold=True), Run(" ".join(_lines(s["outputs"])))])]
    n = 0

    def section(key: str) -> Heading:
        nonlocal n
        n += 1
        return Heading(2, p(key), str(n))

    blocks.append(section("stage.meetings"))
    mrows: list[Cells] = [
        [
            str(i),
            p.date(m.get("date"), weekday=True),
            p.time(m),
            m["title"],
            m.get("venue") or "",
            m.get("chair") or "",
            m.get("resource_person") or "",
        ]
        for i, m in enumerate(meetings, 1)
    ]
    header = [p(k) for k in ("col.no", "col.day_date", "col.time", "col.meeting", "col.place", "col.chair")]
    header.append(p("col.resource_person"))
    blocks.append(Table(header, mrows, [0.5, 1.6, 1.25, 2.3, 1.55, 1.6, 1.6], {0}, font_size=7.5))
    for m in meetings:
        if _lines(m.get("agenda")):
            blocks += [Paragraph([Run(f"{p('agenda')}: {m['title']}", bold=True)], "small")]
            blocks += _numbered(_lines(m.get("agenda")))

    blocks.append(section("stage.attendance"))
    per: dict[str, Counter[str]] = {}
    for m in meetings:
        for person in p.present(m):
            agency = p.d.agency_name(person.get("agency_id")) or "-"
            per.setdefault(agency, Counter())[m["id"]] += 1
    arows: list[Cells] = []
    for agency, counts in per.items():
        arows.append([agency, *(str(counts.get(m["id"], 0)) for m in meetings)])
    totals = [str(len(p.present(m))) for m in meetings]
    arows.append([p("col.total"), *totals])
    aheader = [p("col.agency"), *(p.date(m.get("date")) for m in meetings)]
    numeric = set(range(1, len(meetings) + 1))
    blocks.append(
        Table(aheader, arows, [3.0] + [1.0] * len(meetings), numeric, total_rows={len(arows) - 1}, font_size=8)
    )

    blocks.append(section("stage.minutes"))
    for m in meetings:
        blocks += [Heading(3, m["title"], toc=False), *minutes_blocks(p, m, level=4)]

    blocks.append(section("stage.feedback"))
    feedback = _stage_feedback(p, meetings)
    blocks.append(feedback_table(p, feedback) if feedback else Paragraph.text(p("stage.none_feedback"), "note"))

    blocks.append(section("stage.actions"))
    ids = {m["id"] for m in meetings}
    actions = [a for a in p.d.table("action_item") if a.get("meeting_id") in ids]
    if actions:
        xrows: list[Cells] = [
            [
                str(i),
                a["text"],
                p.who(a),
                p.date(a.get("due_date")),
                labels.label("action_item.status", a["status"], p.lang),
            ]
            for i, a in enumerate(actions, 1)
        ]
        xheader = [p(k) for k in ("col.no", "col.action", "col.who", "col.due", "col.status")]
        blocks.append(Table(xheader, xrows, [0.4, 4, 2.4, 1.4, 1.1], {0}, font_size=8))
    else:
        blocks.append(Paragraph.text(p("stage.none_actions"), "note"))

    blocks.append(section("stage.changes"))
    if report is None:
        blocks.append(Paragraph.text(p("stage.no_changes"), "note"))
    else:
        blocks += change_blocks(p, report, level=3)
    return Document("workshop", p.meta("stage.report_doc", title), blocks)


# --- the change report ------------------------------------------------------------------------------------
def _diff_runs(diff: list[tuple[str, str]]) -> list[Run]:
    out: list[Run] = []
    for kind, words in diff:
        if kind == "same":
            out.append(Run(words + " "))
        elif kind == "old":
            out.append(Run(f"[-{words}] ", italic=True))
        else:
            out.append(Run(f"[+{words}] ", bold=True))
    return out


def _context(diff: list[tuple[str, str]], keep: int = 12) -> list[tuple[str, str]]:
    """Unchanged stretches shortened to ``keep`` words either side of a change."""
    out: list[tuple[str, str]] = []
    for i, (kind, words) in enumerate(diff):
        if kind != "same":
            out.append((kind, words))
            continue
        w = words.split(" ")
        if len(w) <= 2 * keep:
            out.append((kind, words))
            continue
        head = " ".join(w[:keep]) if i > 0 else ""
        tail = " ".join(w[-keep:]) if i < len(diff) - 1 else ""
        out.append((kind, " … ".join(x for x in (head, tail) if x) or "…"))
    return out


def change_blocks(p: Paper, r: Any, level: int = 2) -> list[Block]:
    """The report's parts as blocks (headings from ``level``)."""
    c = r.counts()
    out: list[Block] = [
        Paragraph.text(
            p("changes.counts", c["added"], c["removed"], c["changed"], c["chapters"], c["opened"], c["closed"])
        )
    ]
    if r.empty:
        return [*out, Paragraph.text(p("changes.none"), "note")]
    if r.programs:
        out.append(Heading(level, p("changes.programs"), toc=level <= 3))
        for kind in ("added", "removed"):
            items = [x for x in r.programs if x.kind == kind]
            if items:
                out.append(Paragraph([Run(p(f"changes.{kind}"), bold=True)]))
                out.append(BulletList([ListItem([Run(f"{x.name} ({x.dimension})")]) for x in items]))
        changed = [x for x in r.programs if x.kind == "changed"]
        if changed:
            out.append(Paragraph([Run(p("changes.changed"), bold=True)]))
            rows: list[Cells] = []
            groups: set[int] = set()
            for x in changed:
                groups.add(len(rows))
                rows.append([f"{x.name} ({x.dimension})"])
                rows += [[f.label, f.before, f.after] for f in x.fields]
            header = [p("col.field"), p("col.before"), p("col.after")]
            out.append(Table(header, rows, [1.4, 3, 3], group_rows=groups, font_size=8))
    if r.chapters:
        out += [Heading(level, p("changes.chapters"), toc=level <= 3), Paragraph.text(p("changes.legend"), "note")]
        for ch in r.chapters:
            if ch.kind == "added":
                out.append(Paragraph([Run(f"{p('changes.chapter_added')}: ", bold=True), Run(ch.title)]))
                continue
            if ch.kind == "removed":
                out.append(Paragraph([Run(f"{p('changes.chapter_removed')}: ", bold=True), Run(ch.title)]))
                continue
            out.append(Paragraph([Run(ch.title, bold=True)]))
            if ch.title_before and ch.title_before != ch.title:
                out.append(Paragraph.text(p("changes.title_was", ch.title_before), "small"))
            if ch.diff:
                out.append(Paragraph(_diff_runs(_context(ch.diff)), "small"))
    out.append(Heading(level, p("changes.budget"), toc=level <= 3))
    brow: list[Cells] = [
        [name, format_rupiah(a, r.lang), format_rupiah(b, r.lang)] for name, a, b in r.budget_by_dimension
    ]
    brow.append(
        [p("changes.budget_total"), format_rupiah(r.budget_before, r.lang), format_rupiah(r.budget_after, r.lang)]
    )
    bheader = [p("col.dimension"), r.before_name, r.after_name]
    out.append(Table(bheader, brow, [2.2, 2, 2], {1, 2}, total_rows={len(brow) - 1}, font_size=8))
    for key, items in (("changes.feedback_opened", r.feedback_opened), ("changes.feedback_closed", r.feedback_closed)):
        if not items:
            continue
        out.append(Heading(level, p(key), toc=level <= 3))
        frows: list[Cells] = [
            [
                str(i),
                f.text,
                f.author,
                f"{f.status_before} » {f.status_after}" if f.status_before else f.status_after,
                f.response,
            ]
            for i, f in enumerate(items, 1)
        ]
        fheader = [p(k) for k in ("col.no", "col.feedback", "col.author", "col.status", "col.response")]
        out.append(Table(fheader, frows, [0.4, 3.4, 1.4, 1.6, 3], {0}, font_size=7.5))
    return out


def changes(rows: Rows, report: Any = None, **_: Any) -> Document:
    """The change report between two versions (``report`` computed by services.changes)."""
    p = Paper(rows)
    if report is None:
        raise PlanError("doc.changes_needs_versions")
    title = p("changes.title", report.before_name, report.after_name)
    blocks: list[Block] = [*_letterhead(p, p("changes.doc").upper()), Heading(1, title, toc=False)]
    blocks += change_blocks(p, report)
    return Document("changes", p.meta("changes.doc", title), blocks)


# --- the masterplan annex ---------------------------------------------------------------------------------
def annex_attendance(d: PlanData, prefix: str = "") -> list[Block]:
    """Lampiran "Daftar Hadir": per stage and meeting, who attended (name, NIP, position, agency)."""
    p = Paper(d.rows)
    out: list[Block] = []
    for s in d.table("workshop_stage"):
        meetings = [m for m in p.meetings_of(s) if p.present(m)]
        if not meetings:
            continue
        out.append(Heading(3, p("annex.stage", s["number"], s["title"]), toc=False))
        for m in meetings:
            caption = p("annex.attendance_of", f"{m['title']} ({p.date(m.get('date'), weekday=True)})")
            rows: list[Cells] = [
                [str(i), x["name"], x.get("nip") or "", x.get("position") or "", d.agency_name(x.get("agency_id"))]
                for i, x in enumerate(p.present(m), 1)
            ]
            header = [p(k) for k in ("col.no", "col.name", "col.nip", "col.position", "col.agency")]
            out.append(Table(header, rows, [0.5, 2.8, 2.3, 2.4, 1.5], {0}, caption=caption, font_size=7.5))
    return out


def annex_feedback(d: PlanData) -> list[Block]:
    """Per stage: the resource person's remarks with their status and the team's response."""
    p = Paper(d.rows)
    out: list[Block] = []
    for s in d.table("workshop_stage"):
        feedback = _stage_feedback(p, p.meetings_of(s))
        if feedback:
            table = feedback_table(p, feedback)
            table.caption = p("annex.stage", s["number"], s["title"]) + " – " + p("annex.feedback")
            out.append(table)
    return out


# --- the Quick Win selection -------------------------------------------------------------------------------
def quickwin_selection(d: PlanData, prefix: str = "") -> list[Block]:
    """The criteria with their weights, the ranked candidates with their scores and dot votes, and the
    impact-versus-effort matrix (empty when nothing has been scored or voted)."""
    from smartcity_desktop.core.quickwin_scoring import quadrant, ranking
    from smartcity_desktop.exports.tree import Chart

    ranked = ranking(d.rows)
    if not any(r.scores or r.votes for r in ranked):
        return []
    p = Paper(d.rows)
    criteria = d.table("quick_win_criterion")
    crow: list[Cells] = [
        [
            c["name"],
            d.number(c["weight"]),
            labels.label("quick_win_criterion.axis", c["axis"], p.lang),
            p("qw.higher_better") if c["higher_is_better"] else p("qw.lower_better"),
        ]
        for c in criteria
    ]
    out: list[Block] = [
        Table([p(k) for k in ("qw.criterion", "qw.weight", "qw.axis", "qw.direction")], crow, [3, 1, 1.4, 2.2], {1},
              caption=p("qw.criteria"), font_size=8),
    ]  # fmt: skip
    rows: list[Cells] = []
    for r in ranked:
        cells: Cells = [str(r.rank), r.name, d.name_of(r.dimension_id)]
        cells += [str(r.scores[c["id"]]) if c["id"] in r.scores else "" for c in criteria]
        cells += [d.number(round(r.weighted, 2)) if r.weighted is not None else "", str(r.votes)]
        cells.append(labels.label("quick_win.status", r.status, p.lang) if r.status else "")
        rows.append(cells)
    header = [p("col.no"), p("col.program"), p("col.dimension"), *(c["name"] for c in criteria)]
    header += [p("qw.total"), p("qw.votes"), p("col.status")]
    widths = [0.45, 2.8, 1.35, *([1.15] * len(criteria)), 0.75, 0.8, 1.05]
    numeric = {0, *range(3, 3 + len(criteria) + 2)}
    out.append(Table(header, rows, widths, numeric, caption=p("qw.ranking"), font_size=7.5))
    points = [
        {"label": str(i), "impact": r.impact, "effort": r.effort, "color": d.color(r.dimension_id)}
        for i, r in enumerate(ranked, 1)
    ]
    if any(x["impact"] is not None and x["effort"] is not None for x in points):
        out.append(Chart("quickwin_matrix", {"points": points, "lang": p.lang}, caption=p("qw.matrix")))
        legend = [
            f"{i}. {r.name}" + (f" ({p('qw.quadrant.' + quadrant(r.impact, r.effort))})" if r.impact else "")
            for i, r in enumerate(ranked, 1)
        ]
        out.append(Paragraph.text("; ".join(legend), "small"))
    return out


BUILDERS: dict[str, Callable[..., Document]] = {
    "attendance": attendance,
    "minutes": minutes,
    "berita-acara": berita_acara,
    "workshop": workshop,
    "changes": changes,
}
