# SPDX-License-Identifier: GPL-3.0-or-later
"""The built-in demo plan "Kabupaten Lombok Timur, 2017": fictional example rows built on public facts.

The content is data under ``resources/demo/``: ``plan.json`` (the template's arguments, the plan's own values,
the chapters' status), ``rows/<table>.json`` (every row the demo adds, each with a ``key``; a reference names
the key of the row it points to) and ``chapters/<key>.md`` (one Markdown text per chapter, whose ``{fields}``
are tables computed here from the rows). This module only builds: ids are seeded from the keys (uuid5), so
every call gives the same rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from smartcity_desktop.core import figures, labels
from smartcity_desktop.core.formats import MONTHS, WEEKDAYS, format_date, format_number, format_rupiah
from smartcity_desktop.core.model import TABLES, table_order
from smartcity_desktop.resources import load_json, resource
from smartcity_desktop.services.templates import RowBuilder, Rows, seeded_ids, template_rows

TEXT_LANG = "id"  # the chapter texts are Indonesian in both languages of the demo
BOOKKEEPING = ("id", "sort_key", "modified_at", "modified_by")


def demo_data() -> dict[str, Any]:
    """The demo's ``plan.json``: template arguments, plan values, notes by language, chapter status."""
    return load_json("demo", "plan.json")  # type: ignore[no-any-return]


def demo_table(table: str) -> list[dict[str, Any]]:
    """The rows the demo adds to ``table`` as stored (keys instead of ids); [] for a table it does not fill."""
    path = resource("demo", "rows", f"{table}.json")
    return load_json("demo", "rows", f"{table}.json") if path.is_file() else []  # type: ignore[no-any-return]


def chapter_text(key: str) -> str | None:
    """The Markdown template of chapter ``key`` (None when the demo has no text for it)."""
    path = resource("demo", "chapters", f"{key}.md")
    return path.read_text(encoding="utf-8") if path.is_file() else None


def shipped_demo(lang: str) -> Path:
    """The demo plan file shipped ready (gzip) for ``lang``: copying it is far cheaper than writing the rows
    (issue 10: launch). ``packaging/build_demo.py`` makes it with ``packed_demo``; tests/test_demo_shipped.py
    fails when it no longer holds exactly what ``demo_rows`` gives."""
    return resource("demo", f"plan_{lang}.smartcity.gz")


def packed_demo(lang: str) -> bytes:
    """The demo plan file of ``lang`` as written from ``demo_rows``, gzip-compressed reproducibly."""
    import gzip
    import tempfile

    from smartcity_desktop.services.plans import write_plan

    with tempfile.TemporaryDirectory(prefix="demo-") as tmp:
        path = write_plan(Path(tmp) / "demo.smartcity", demo_rows(lang))
        return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


def write_demo(path: str | Path, lang: str = "id", *, force: bool = False) -> Path:
    """A fresh copy of the demo plan at ``path``: the file shipped ready (``shipped_demo``), copied, when it
    is a plan of this schema version; else written from ``demo_rows`` as before (e.g. a checkout whose shipped
    file is missing). The same rows either way (tests/test_demo_shipped.py); the copy is vetted when it is
    opened, as every plan is."""
    import gzip
    import zlib

    from smartcity_desktop.services.files import atomic_path
    from smartcity_desktop.services.vetted import current_plan_bytes  # not services.plans: its rules (issue 10)

    try:
        data = gzip.decompress(shipped_demo(lang).read_bytes())
    except (OSError, EOFError, zlib.error):
        data = b""
    if not current_plan_bytes(data):
        from smartcity_desktop.services.plans import write_plan

        return write_plan(path, demo_rows(lang), force=force)
    path = Path(path)
    with atomic_path(path, overwrite=force) as tmp:
        tmp.write_bytes(data)
    return path


def demo_rows(lang: str = "id") -> Rows:
    """Every row of the demo plan "Kabupaten Lombok Timur, 2017" (same ids and values on every call)."""
    data = demo_data()
    b = RowBuilder(seeded_ids(data["seed"]), when=data["when"], who=data["who"])
    t = data["template"]
    ids = template_rows(
        b,
        region_name=t["region_name"],
        region_type=t["region_type"],
        framework=t["framework"],
        period=(t["period"][0], t["period"][1]),
        lang=lang,
        province=t["province"],
    )
    plan = b.rows["plan"][0]
    plan.update(data["values"], notes=data["notes"][lang])
    assert plan["id"] == ids["plan"]
    for table in table_order():
        for stored in demo_table(table):
            b.add(table, stored["key"], **_resolve(b, table, stored))
    _fill_chapters(b.rows, data)
    _stage_snapshots(b, lang)  # workshop-docs: the drafts at the end of stages 1-3
    return b.rows


def _resolve(b: RowBuilder, table: str, stored: dict[str, Any]) -> dict[str, Any]:
    """A stored row's values with every reference key turned into the id it stands for."""
    values = {k: v for k, v in stored.items() if k != "key"}
    spec = TABLES[table]
    for col in spec.all_columns:
        if col.ref and values.get(col.name) is not None:
            values[col.name] = b.ids(f"{col.ref}:{values[col.name]}")
    if table == "feedback" and values.get("target_id") is not None:
        values["target_id"] = b.ids(f"{values['target_table']}:{values['target_id']}")
    return values


_SINGLE_FIELD = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")


def _fill_chapters(rows: Rows, data: dict[str, Any]) -> None:
    fields = ChapterTables(rows).fields()
    for r in rows["chapter"]:
        key = str(r["key"])
        body = chapter_text(key)
        if body is None:  # an outline key this demo does not know: keep the chapter visibly filled
            r.update(body_md=data["unfilled_chapter"])
            continue
        # {field}: filled now from the rows; {{field}}: a live field, printed by the documents (exports/fields.py)
        text = _SINGLE_FIELD.sub(lambda m: fields[m.group(1)], body)
        # the chapter title is the heading already: the body starts with its text
        heading = f"## {r['title']}\n"
        if text.startswith(heading):
            text = text[len(heading) :].lstrip("\n")
        r.update(status=data["chapter_status"][key], body_md=text)


# ---------------------------------------------------------------------------------------------------------------
# The tables the chapter texts show, computed from the rows.
# ---------------------------------------------------------------------------------------------------------------
def _rupiah(amount: int) -> str:
    return format_rupiah(amount, TEXT_LANG)


def _num(value: float) -> str:
    return format_number(value, 1, TEXT_LANG)


def _date(iso: str) -> str:
    return format_date(iso, TEXT_LANG)


def _weekday(iso: str) -> str:
    return WEEKDAYS[TEXT_LANG][date.fromisoformat(iso).weekday()]


def _month(n: int) -> str:
    return MONTHS[TEXT_LANG][n - 1]


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _years(p: dict[str, Any]) -> str:
    first, last = p["first_year"], p["last_year"]
    return str(first) if first == last else f"{first}–{last}"


class ChapterTables:
    """The ``{fields}`` of the chapter texts: figures and tables read from the demo's rows."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self.by_id = {table: {r["id"]: r for r in items} for table, items in rows.items()}
        self.plan = rows["plan"][0]
        self.dims = rows["dimension"]
        self.programs = rows["program"]
        self.quick_win = {q["program_id"]: q for q in rows["quick_win"]}
        self.budget = figures.counted_budget(rows)
        self.totals = figures.budget_by_program(rows)
        self.support: dict[str, list[str]] = defaultdict(list)
        for r in rows["program_agency"]:
            self.support[r["program_id"]].append(self.name("agency", r["agency_id"], "code"))
        self.funding: dict[str, list[str]] = defaultdict(list)
        for r in rows["program_funding"]:
            self.funding[r["program_id"]].append(self.name("funding_source", r["funding_source_id"], "code"))

    def name(self, table: str, row_id: str | None, column: str = "name") -> str:
        return "" if row_id is None else str(self.by_id[table][row_id][column])

    def total(self, program_id: str) -> int:
        return self.totals.get(program_id, 0)

    def of_dim(self, dim_id: str) -> list[dict[str, Any]]:
        return [p for p in self.programs if p["dimension_id"] == dim_id]

    def fields(self) -> dict[str, str]:
        rows, plan, qw_noun = self.rows, self.plan, labels.noun("quick_win", TEXT_LANG)
        meeting = rows["meeting"][0]
        period = range(plan["period_start"], plan["period_end"] + 1)
        by_year = figures.budget_by_year(rows)
        f: dict[str, str] = {
            "vision": plan["vision"],
            "vision_explanation": plan["vision_explanation"],
            "venue": meeting["venue"],
            "resource_person": meeting["resource_person"],
            "program_count": str(len(self.programs)),
            "quick_win_count": str(len(rows["quick_win"])),
            "budget_total": _rupiah(figures.budget_total(rows)),
        }
        districts = rows["district"]
        f["districts_table"] = _table(
            ["No", "Kecamatan", "Penduduk (jiwa)", "Luas (km²)", "Desa", "Kelurahan"],
            [
                [n, d["name"], _num(d["population"]), _num(d["area_km2"]), d["villages"], d["urban_villages"]]
                for n, d in enumerate(districts, 1)
            ]
            + [
                [
                    "",
                    "**Jumlah**",
                    f"**{_num(sum(d['population'] for d in districts))}**",
                    f"**{_num(round(sum(d['area_km2'] for d in districts), 1))}**",
                    f"**{sum(d['villages'] for d in districts)}**",
                    f"**{sum(d['urban_villages'] for d in districts)}**",
                ]
            ],
        )
        f.update(self.readiness())
        f.update(self.vision())
        f.update(self.program_tables(by_year, period, qw_noun))
        f.update(self.workshop_tables())
        f["regulations_table"] = _table(
            ["Jenis", "Nomor", "Tahun", "Tentang", "Status"],
            [
                [
                    r["kind"],
                    r["number"] or "–",
                    r["year"],
                    r["title"],
                    labels.label("regulation.status", r["status"], TEXT_LANG),
                ]
                for r in rows["regulation"]
            ],
        )
        return f

    def readiness(self) -> dict[str, str]:
        score = {(s["element_id"], s["dimension_id"]): s["score"] for s in self.rows["readiness_score"]}
        dim_names = [d["name"] for d in self.dims]
        f: dict[str, str] = {}
        averages = []
        for comp in self.rows["readiness_component"]:
            elements = [e for e in self.rows["readiness_element"] if e["component_id"] == comp["id"]]
            grid = [[score[(e["id"], d["id"])] for d in self.dims] for e in elements]
            averages.append(
                [
                    comp["name"],
                    *[_num(round(sum(g[c] for g in grid) / len(grid), 1)) for c in range(len(self.dims))],
                    _num(round(sum(map(sum, grid)) / (len(grid) * len(self.dims)), 1)),
                ]
            )
            f[f"readiness_{comp['code']}"] = _table(
                ["Elemen", *dim_names], [[e["name"], *g] for e, g in zip(elements, grid, strict=True)]
            )
        f["readiness_table"] = _table(["Komponen", *dim_names, "Rata-rata"], averages)
        return f

    def vision(self) -> dict[str, str]:
        rows = self.rows
        missions = rows["mission"]
        goals = [[g for g in rows["goal"] if g["mission_id"] == m["id"]] for m in missions]
        f = {"missions_list": "\n".join(f"{i}. {m['text']}" for i, m in enumerate(missions, 1))}
        f["goals_table"] = _table(
            ["Misi", "Tujuan", "Sasaran"],
            [
                [f"M{i}", f"T{i}.{j}: {goal['text']}", f"S{i}.{j}.{k}: {obj['text']}"]
                for i, gs in enumerate(goals, 1)
                for j, goal in enumerate(gs, 1)
                for k, obj in enumerate([o for o in rows["objective"] if o["goal_id"] == goal["id"]], 1)
            ],
        )
        parts = []
        for d in self.dims:
            issues = [i for i in rows["strategic_issue"] if i["dimension_id"] == d["id"]]
            if not issues:
                continue
            parts.append(
                f"### {d['name']}\n\n"
                + "\n\n".join(
                    f"**Isu strategis:** {issue['text']}\n\n"
                    + "\n".join(
                        f"- *{s['text']}*: {s['description']}" for s in rows["strategy"] if s["issue_id"] == issue["id"]
                    )
                    for issue in issues
                )
            )
        f["strategies_list"] = "\n\n".join(parts)
        return f

    def program_tables(self, by_year: dict[int, int], period: range, qw_noun: str) -> dict[str, str]:
        programs, quick_win = self.programs, self.quick_win
        horizon = lambda p: labels.label("program.horizon", p["horizon"], TEXT_LANG)  # noqa: E731
        lead = lambda p: self.name("agency", p["lead_agency_id"], "code")  # noqa: E731
        f: dict[str, str] = {}
        f["dimension_summary"] = _table(
            ["Dimensi", "Program", qw_noun, f"Anggaran {period[0]}–{period[-1]}"],
            [
                [
                    d["name"],
                    len(self.of_dim(d["id"])),
                    sum(p["id"] in quick_win for p in self.of_dim(d["id"])),
                    _rupiah(sum(self.total(p["id"]) for p in self.of_dim(d["id"]))),
                ]
                for d in self.dims
            ],
        )
        f["programs_table"] = "\n\n".join(
            f"### {d['name']}\n\n"
            + _table(
                ["No", "Program", "Elemen", "OPD pelaksana", "Tahun", "Jangka"],
                [
                    [
                        n,
                        f"**{p['name']}**" if p["id"] in quick_win else p["name"],
                        self.name("element", p["element_id"]),
                        lead(p),
                        _years(p),
                        horizon(p),
                    ]
                    for n, p in enumerate(self.of_dim(d["id"]), 1)
                ],
            )
            + f"\n\nProgram bercetak tebal adalah {qw_noun}."
            for d in self.dims
        )
        qws = [p for p in programs if p["id"] in quick_win]
        dim_name = lambda p: self.name("dimension", p["dimension_id"])  # noqa: E731
        f["quick_win_table"] = _table(
            ["Dimensi", qw_noun, "OPD pelaksana", "Tahun", "Status"],
            [
                [
                    dim_name(p),
                    p["name"],
                    lead(p),
                    _years(p),
                    labels.label("quick_win.status", quick_win[p["id"]]["status"], TEXT_LANG),
                ]
                for p in qws
            ],
        )
        f["quick_win_profiles"] = "\n\n".join(
            f"### {p['name']}\n\n"
            f"- **Dimensi:** {dim_name(p)}\n"
            f"- **OPD pelaksana:** {lead(p)}; pendukung: {', '.join(self.support[p['id']])}\n"
            f"- **Masalah:** {quick_win[p['id']]['problem']}\n"
            f"- **Inovasi:** {quick_win[p['id']]['innovation']}\n"
            f"- **Skor inovasi:** {quick_win[p['id']]['innovation_score']} dari 5\n"
            f"- **Risiko:** {quick_win[p['id']]['risks']}\n"
            f"- **Anggaran {p['first_year']}:** {_rupiah(self.budget[p['id']][p['first_year']])}"
            for p in qws
        )
        steps: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for s in self.rows["quick_win_step"]:
            steps[s["quick_win_id"]].append(s)
        f["quick_win_schedule"] = _table(
            [qw_noun, "Kegiatan", "Bulan"],
            [
                [
                    p["name"] if n == 0 else "",
                    s["activity"],
                    _month(s["start_month"])
                    if s["start_month"] == s["end_month"]
                    else f"{_month(s['start_month'])}–{_month(s['end_month'])}",
                ]
                for p in qws
                for n, s in enumerate(steps[quick_win[p["id"]]["id"]])
            ],
        )
        f["yearly_table"] = _table(
            ["Tahun", "Program berjalan", "Program baru", "Anggaran indikatif"],
            [
                [
                    y,
                    sum(p["first_year"] <= y <= p["last_year"] for p in programs),
                    sum(p["first_year"] == y for p in programs),
                    _rupiah(by_year[y]),
                ]
                for y in period
            ],
        )
        by_source: dict[str, int] = defaultdict(int)
        count_source: dict[str, int] = defaultdict(int)
        for p in programs:
            amount, codes = self.total(p["id"]), self.funding[p["id"]]
            for n, code in enumerate(codes):
                share = amount // len(codes)
                by_source[code] += share + (amount - share * len(codes) if n == 0 else 0)
                count_source[code] += 1
        f["funding_table"] = _table(
            ["Sumber dana", "Program", "Anggaran indikatif"],
            [[code, count_source[code], _rupiah(by_source[code])] for code in sorted(by_source)]
            + [["**Jumlah**", "", f"**{_rupiah(sum(by_source.values()))}**"]],
        )
        return f

    def workshop_tables(self) -> dict[str, str]:
        meetings = self.rows["meeting"]
        f = {
            "meetings_table": _table(
                ["No", "Pertemuan", "Hari, tanggal", "Waktu", "Pimpinan rapat"],
                [
                    [
                        n,
                        m["title"],
                        f"{_weekday(m['date'])}, {_date(m['date'])}",
                        f"{m['start_time']}–{m['end_time']}".replace(":", "."),
                        m["chair"],
                    ]
                    for n, m in enumerate(meetings, 1)
                ],
            )
        }
        present: dict[str, int] = defaultdict(int)
        listed: dict[str, int] = defaultdict(int)
        for r in self.rows["attendance"]:
            present[r["meeting_id"]] += r["present"]
            listed[r["meeting_id"]] += 1
        f["attendance_table"] = _table(
            ["Pertemuan", "Tanggal", "Hadir", "Tidak hadir"],
            [[m["title"], _date(m["date"]), present[m["id"]], listed[m["id"]] - present[m["id"]]] for m in meetings],
        )
        return f


# ---------------------------------------------------------------------------------------------------------------
# The drafts at the end of Bimtek stages 1-3 (workshop-docs): snapshots inside the file, from resources/demo/
# stages.json. Each is the final plan with what later stages did undone, so that comparing them shows real work.
# ---------------------------------------------------------------------------------------------------------------
def _stage_snapshots(b: RowBuilder, lang: str) -> None:
    from smartcity_desktop.messages import t
    from smartcity_desktop.services.stages import snapshot_data

    spec = load_json("demo", "stages.json")
    rows = b.rows
    stage_no = {s["id"]: s["number"] for s in rows["workshop_stage"]}
    for snap in spec["snapshots"]:
        n = snap["stage"]
        state = _state_at(b, spec, n, stage_no)
        last = max(m["date"] for m in rows["meeting"] if stage_no.get(m["stage_id"]) == n)
        name = t("stage.snapshot_name", n, format_date(last, lang), lang=lang)
        b.add("snapshot", f"stage:{n}", name=name, kind="stage", created_at=snap["created_at"], created_by=b.who,
              data=snapshot_data(state), modified_at=snap["created_at"])  # fmt: skip


def _state_at(b: RowBuilder, spec: dict[str, Any], n: int, stage_no: dict[str, int]) -> Rows:
    """The demo plan as it stood at the end of stage ``n``."""
    rows: Rows = {k: [dict(r) for r in v] for k, v in b.rows.items() if k != "snapshot"}  # values are scalars
    later = {m["id"] for m in rows["meeting"] if stage_no.get(m["stage_id"], 0) > n}
    gone: dict[str, set[str]] = defaultdict(set)
    gone["meeting"] |= later
    for table in ("feedback", "action_item"):  # given at a later meeting: not there yet (not just unlinked)
        gone[table] |= {r["id"] for r in rows[table] if r["meeting_id"] in later}
    for stage, keys in spec["programs_added"].items():
        if int(stage) > n:
            gone["program"] |= {b.ids(f"program:{k}") for k in keys}
    if n < spec["quick_wins_from"]:  # candidates were scored and voted on in stage 3
        for table in ("quick_win", "quick_win_score", "quick_win_vote"):
            gone[table] |= {q["id"] for q in rows[table]}
    _remove(rows, gone)
    held = {m["id"] for m in rows["meeting"] if stage_no.get(m["stage_id"]) == n}
    for f in rows["feedback"]:
        if f["meeting_id"] in held:  # given in the stage just held: not handled yet
            f.update(status="open", response=None)
    for a in rows["action_item"]:
        if a["meeting_id"] in held:
            a["status"] = "open"
    qw_programs = {q["program_id"] for q in rows["quick_win"]}
    for p in rows["program"]:
        if p["is_quick_win"] and p["id"] not in qw_programs:
            p.update(is_quick_win=0, horizon="short")
    if n < spec["quick_win_candidates_until"]:
        for q in rows["quick_win"]:
            q["status"] = "candidate"
        _remove(rows, {"quick_win_step": {s["id"] for s in rows["quick_win_step"]}})
    by_id = {table: {r["id"]: r for r in items} for table, items in rows.items()}
    for w in spec["was"]:
        row = by_id[w["table"]].get(b.ids(f"{w['table']}:{w['key']}"))
        if n < w["until"] and row is not None:
            row.update(w["values"])
    for f in spec["budget_factor"]:
        pid = b.ids(f"program:{f['program']}")
        if n < f["until"]:
            for line in rows["program_budget"]:
                if line["program_id"] == pid and line["amount"]:
                    line["amount"] = round(line["amount"] * f["factor"] / 10_000_000) * 10_000_000
    chapters = {c["key"]: c for c in rows["chapter"]}
    for c in spec["chapters"]:
        chapter = chapters.get(c["chapter"])
        if chapter is None or n >= c["until"] or not chapter["body_md"]:
            continue
        chapter["status"] = "draft"
        if c.get("empty"):
            chapter["body_md"] = None
        else:
            paragraphs = chapter["body_md"].split("\n\n")
            chapter["body_md"] = "\n\n".join(paragraphs[: max(1, len(paragraphs) - c["drop_paragraphs"])])
    return rows


def _remove(rows: Rows, gone: dict[str, set[str]]) -> None:
    """Remove rows and, along the model's references, what belongs to them (nullify where the model says so)."""
    from smartcity_desktop.core.model import references_to

    pending = [(t, set(ids)) for t, ids in gone.items() if ids]
    while pending:
        table, ids = pending.pop()
        rows[table] = [r for r in rows[table] if r["id"] not in ids]
        for spec, col in references_to(table):
            if col.on_delete == "nullify":
                for r in rows[spec.name]:
                    if r.get(col.name) in ids:
                        r[col.name] = None
            else:
                hit = {r["id"] for r in rows[spec.name] if r.get(col.name) in ids}
                if hit:
                    pending.append((spec.name, hit))
        aimed = {f["id"] for f in rows["feedback"] if f.get("target_table") == table and f.get("target_id") in ids}
        if aimed:  # remarks on a part that did not exist yet
            pending.append(("feedback", aimed))
