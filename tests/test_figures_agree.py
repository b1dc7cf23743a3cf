# SPDX-License-Identifier: GPL-3.0-or-later
"""The figures the dashboard shows are the figures the PDF and the XLSX print, read back from the files.

Plans: the demo, plans of bench/generate.py's generator (small size, several seeds) with random disturbances,
and in every generated plan budget lines outside their program's years and outside the plan period, written
straight into the file the way an older version could have. One definition holds everywhere: only years inside
the plan period and the program's years count.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.formats import format_number, format_rupiah
from smartcity_desktop.storage.checksum import stamp_connection

pytest.importorskip("PySide6.QtWidgets")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = range(12) if os.environ.get("SMARTCITY_LONG") == "1" else range(3)
CASES = ["demo", *(f"generated-{s}" for s in SEEDS)]
Rows = dict[str, list[dict[str, Any]]]


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _generated(seed: int) -> tuple[Rows, list[tuple[str, int, int]]]:
    """A small generated plan, disturbed by ``seed``, and budget lines the file gets afterwards (outside)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import SPECS, _generate  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    rows: Rows = _generate(SPECS["small"], f"agree-{seed}")
    rng = random.Random(seed)
    progs = rows["program"]
    for d in rng.sample(rows["dimension"], 2):
        d["color"] = rng.choice((None, "", "hijau", "#ABCDEF"))  # palette colour unless valid
    rng.choice(progs)["lead_agency_id"] = None
    free = rng.choice(progs)  # no years of its own: every budget line in the plan period counts
    free["first_year"] = free["last_year"] = None
    for s in rng.sample(rows["readiness_score"], 5):
        s["score"] = None
    dim = rng.choice(rows["dimension"])
    rows["indicator"].append(dict(rows["indicator"][0], id=_id(rng), program_id=None, dimension_id=dim["id"]))
    for p in rng.sample(progs, 3):  # a program moves to another dimension: counts and budgets follow it
        p["dimension_id"] = rng.choice(rows["dimension"])["id"]
    # Lines outside: after a program's last year (inside the plan), before and after the plan period.
    start, end = rows["plan"][0]["period_start"], rows["plan"][0]["period_end"]
    outside: list[tuple[str, int, int]] = []
    for p in progs:
        taken = {b["year"] for b in rows["program_budget"] if b["program_id"] == p["id"]}
        candidates = [start - 1, end + 1] + ([p["last_year"] + 1] if p["last_year"] and p["last_year"] < end else [])
        for year in candidates:
            if year not in taken and rng.random() < 0.5:
                outside.append((p["id"], year, rng.randint(1, 900) * 1_000_000))
    assert outside
    return rows, outside


def _demo() -> Rows:
    from smartcity_desktop.demo import demo_rows

    rows: Rows = demo_rows()
    for c in rows["chapter"]:  # the demo's arrows are not in the embedded font (reported separately)
        if c.get("body_md"):
            c["body_md"] = c["body_md"].replace("→", "-")
    return rows


@dataclass
class Printed:
    """A plan file and what was read back from its exports."""

    path: Path
    summary: str  # text of the executive summary PDF, whitespace collapsed
    roadmap: str
    masterplan: str
    xlsx: Any  # openpyxl workbook (values)


def _text(pdf: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)


@pytest.fixture(scope="module", params=CASES)
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    from openpyxl import load_workbook

    from smartcity_desktop.services.exporting import export_file
    from smartcity_desktop.services.plans import write_plan

    folder = tmp_path_factory.mktemp(request.param)
    path = folder / "plan.smartcity"
    if request.param == "demo":
        write_plan(path, _demo())
    else:
        rows, outside = _generated(int(request.param.split("-")[1]))
        write_plan(path, rows)
        conn = sqlite3.connect(path)
        with conn:
            for pid, year, amount in outside:
                conn.execute(
                    "INSERT INTO program_budget (id, program_id, year, amount, modified_at) VALUES (?, ?, ?, ?, ?)",
                    (str(uuid.uuid4()), pid, year, amount, "2024-01-01T00:00:00Z"),
                )
        stamp_connection(conn)  # as the app writes it
        conn.close()
    texts = {}
    for doc in ("summary", "roadmap", "masterplan"):
        export_file(path, folder / f"{doc}.pdf", "pdf", doc)
        texts[doc] = _text(folder / f"{doc}.pdf")
    export_file(path, folder / "plan.xlsx", "xlsx")
    return Printed(
        path,
        texts["summary"],
        texts["roadmap"],
        texts["masterplan"],
        load_workbook(folder / "plan.xlsx", data_only=True),
    )


@dataclass
class Shown:
    """What the dashboard shows, read from its widgets."""

    cards: dict[str, str]
    budget: int  # the total card's tooltip (the full amount)
    table: list[list[str]]  # name, programs, Quick Wins, indicators, budget per dimension
    charts: dict[str, tuple[str, dict[str, Any]]]  # the data its chart widgets drew
    readiness_svg: bytes  # the readiness view's radar
    gantt: dict[str, Any]  # the data the roadmap view drew (no filter)


def _int(text: str) -> int:
    return int(re.sub(r"[^0-9-]", "", text))


@pytest.fixture(scope="module")
def shown(printed: Printed, qapp: Any) -> Any:
    from PySide6.QtTest import QTest

    from smartcity_desktop.gui.chart_widget import drawing_to_svg
    from smartcity_desktop.gui.session import PlanSession
    from smartcity_desktop.gui.views.dashboard import DashboardView
    from smartcity_desktop.gui.views.readiness import ReadinessView
    from smartcity_desktop.gui.views.roadmap import RoadmapView
    from smartcity_desktop.services.document import PlanDocument

    doc = PlanDocument.open(printed.path)
    try:
        session = PlanSession(doc)
        view = DashboardView(session)
        view.show()
        view.refresh()
        for _ in range(600):  # the chart worker starts once the numbers are painted; wait for its drawings
            QTest.qWait(50)
            view.wait_for_charts()
            if view.chart_dim.has_chart() and view.chart_year.has_chart() and view.chart_radar.has_chart():
                break
        assert view.chart_dim.has_chart() and view.chart_year.has_chart() and view.chart_radar.has_chart()
        table = [[view.table.item(r, c).text() for c in range(5)] for r in range(view.table.rowCount())]
        cards = {k: label.text() for k, label in view.card_labels.items()}
        assert view.figures is not None
        readiness = ReadinessView(session)
        readiness.show()
        readiness.update_chart()
        roadmap = RoadmapView(session)
        roadmap.refresh()
        assert roadmap.chart.has_chart()
        out = Shown(
            cards,
            _int(view.card_labels["budget"].toolTip()),
            table,
            view.figures.charts,
            drawing_to_svg(readiness.drawing),
            roadmap.chart_data,
        )
        view.shutdown()
        view.close()
        readiness.close()
        roadmap.close()
        roadmap.deleteLater()
        view.deleteLater()
        readiness.deleteLater()
        return out
    finally:
        doc.close()


def _rows(printed: Printed) -> Rows:
    from smartcity_desktop.services.document import read_rows

    return read_rows(printed.path)[0]


def test_dashboard_cards_are_the_summary_key_figures(printed: Printed, shown: Shown) -> None:
    text = printed.summary
    for label, key in (
        ("Jumlah program", "programs"),
        ("Jumlah Quick Win", "quick_wins"),
        ("Jumlah indikator", "indicators"),
    ):
        assert f"{label} {shown.cards[key]} " in text, (label, shown.cards[key])
    assert f"Total anggaran indikatif {format_rupiah(shown.budget)}" in text
    if printed.path.parent.name.startswith("demo"):  # the demo's chapter text states its total too
        assert f"Total anggaran indikatif seluruh program: {format_rupiah(shown.budget)}" in printed.masterplan
    assert sum(_int(row[4]) for row in shown.table) == shown.budget
    assert sum(_int(row[1]) for row in shown.table) == _int(shown.cards["programs"])


def test_dashboard_table_is_the_xlsx_summary(printed: Printed, shown: Shown) -> None:
    ws = printed.xlsx["Ringkasan"]
    values = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    *lines, total = values
    assert [[str(v[0]), v[1], v[2], v[-1]] for v in lines] == [
        [row[0], _int(row[1]), _int(row[2]), _int(row[4])] for row in shown.table
    ]
    assert total[1] == _int(shown.cards["programs"]) and total[2] == _int(shown.cards["quick_wins"])
    assert total[-1] == shown.budget
    # the yearly columns are the dashboard's chart of the budget per year, dimension by dimension
    _kind, by_year = shown.charts["by_year"]
    years = [int(y) for y in by_year["categories"]]
    header = [c.value for c in ws[1]]
    assert header[3:-1] == [f"Anggaran {y}" for y in years]
    for line, (_name, per_year, _color) in zip(lines, by_year["series"], strict=True):
        assert line[3:-1] == per_year
    assert total[3:-1] == [sum(s[1][i] for s in by_year["series"]) for i in range(len(years))]


def test_program_sheets_are_the_program_table(printed: Printed) -> None:
    """Every program's total in the XLSX is what the program table of the GUI shows (program_queries)."""
    from smartcity_desktop.storage import program_queries
    from smartcity_desktop.storage.db import PlanDB, connect

    conn = connect(printed.path)
    try:
        shown = {
            (r["dimension_name"], r["name"]): r["budget_total"] for r in program_queries.program_table(PlanDB(conn))
        }
    finally:
        stamp_connection(conn)  # as the app writes it
        conn.close()
    from smartcity_desktop.core import figures

    printed_totals: dict[tuple[str, str], int] = {}
    dims = figures.dimensions(_rows(printed))
    for dim, ws in zip(dims, printed.xlsx.worksheets[1:-1], strict=True):  # one sheet per dimension, in order
        assert ws.cell(1, 1).value == "No"
        for r in ws.iter_rows(min_row=2, values_only=True):
            if r[0] not in ("", None):
                printed_totals[(dim["name"], str(r[2]))] = r[-1]
    assert printed_totals == shown


def test_budget_table_per_dimension_and_year_in_the_pdf(printed: Printed, shown: Shown) -> None:
    """BAB VII of the masterplan and the roadmap book print the dashboard's yearly chart, in million Rupiah."""

    def millions(amount: int) -> str:
        return format_number(round(amount / 1_000_000)) if amount else "–"

    _kind, by_year = shown.charts["by_year"]
    years = len(by_year["categories"])
    for text in (printed.masterplan, printed.roadmap):
        start = text.index("Anggaran per dimensi dan per tahun")
        for (name, per_year, _c), row in zip(by_year["series"], shown.table, strict=True):
            assert _int(row[4]) == sum(per_year)
            expected = " ".join([name, *(millions(v) for v in per_year), millions(sum(per_year))])
            assert expected in text[start:], expected
        col = [sum(s[1][i] for s in by_year["series"]) for i in range(years)]
        assert " ".join(["Jumlah", *(millions(v) for v in col), millions(shown.budget)]) in text[start:]


def test_program_tables_and_roadmap_totals_in_the_pdf(printed: Printed, shown: Shown) -> None:
    for row in shown.table:  # BAB V: each dimension's program table ends with its total
        if _int(row[1]):
            assert f"Jumlah {row[4]}" in printed.masterplan, row
    _kind, by_year = shown.charts["by_year"]
    for i, year in enumerate(by_year["categories"]):  # the roadmap book, year by year
        amount = sum(s[1][i] for s in by_year["series"])
        if amount:
            assert f"Jumlah {year} {format_rupiah(amount)}" in printed.roadmap, year
    rows = _rows(printed)
    from smartcity_desktop.core import figures

    horizons = figures.budget_by_horizon(rows)
    assert sum(horizons.values()) == shown.budget
    counts = figures.programs_by_horizon(rows)
    labels = {"quickwin": "Quick Win", "short": "Jangka pendek", "medium": "Jangka menengah", "long": "Jangka panjang"}
    for h, label in labels.items():
        assert f"{label} {counts[h]} {format_rupiah(horizons[h])}" in printed.roadmap, h


def test_readiness_averages_in_the_pdf_are_the_radar(printed: Printed, shown: Shown) -> None:
    _kind, radar = shown.charts["radar"]
    start = printed.masterplan.index("Skor kesiapan rata-rata per dimensi")
    rows = _rows(printed)
    from smartcity_desktop.core import figures

    means = figures.readiness_averages(rows)
    for (name, values, _color), comp in zip(radar["series"], figures.ordered(rows["readiness_component"]), strict=True):
        assert [v or 0.0 for v in means[comp["id"]].values()] == values
        cells = [format_number(round(v, 1)) if v is not None else "–" for v in means[comp["id"]].values()]
        assert " ".join([name, *cells]) in printed.masterplan[start:], name


def test_charts_on_screen_are_the_charts_on_paper(printed: Printed, shown: Shown) -> None:
    """Same function, same data: the dashboard's and the readiness view's charts are the documents' charts."""
    from smartcity_desktop.exports import documents
    from smartcity_desktop.exports.tree import Chart, Landscape
    from smartcity_desktop.gui.chart_widget import drawing_to_svg

    rows = _rows(printed)

    def charts(doc: Any) -> dict[str, Chart]:
        out: dict[str, Chart] = {}
        for b in doc.blocks:
            for c in b.blocks if isinstance(b, Landscape) else [b]:
                if isinstance(c, Chart):
                    out[c.caption] = c
        return out

    paper = charts(documents.masterplan(rows)) | charts(documents.summary(rows)) | charts(documents.roadmap(rows))
    assert paper["Total anggaran per dimensi"].data == shown.charts["by_dimension"][1]
    assert paper["Anggaran per tahun menurut dimensi"].data == shown.charts["by_year"][1]
    radar = next(c for c in paper.values() if c.kind == "radar")
    assert radar.data == shown.charts["radar"][1]
    assert drawing_to_svg(radar.drawing()) == shown.readiness_svg
    gantt = next(c for c in paper.values() if c.kind == "gantt")
    assert gantt.data == shown.gantt
    assert len(gantt.data["rows"]) == len(rows["program"])


def test_program_editor_shows_the_figure(plan_file: Path, qtbot: Any) -> None:
    """A budget line after the program's years (from an older file) is greyed in the editor and counted nowhere:
    the editor's total, the program table and the dashboard say the same."""
    from PySide6.QtCore import Qt

    from smartcity_desktop.gui.program_model import COL_BUDGET
    from smartcity_desktop.gui.session import PlanSession
    from smartcity_desktop.gui.views.programs import ProgramsView
    from smartcity_desktop.services import figures
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.storage.db import PlanDB, connect

    conn = connect(plan_file)
    db = PlanDB(conn, who="test")
    dim = db.rows("dimension")[0]["id"]
    with db.action():
        pid = db.insert(
            "program",
            {"dimension_id": dim, "name": "Satu Data", "status": "planned", "is_quick_win": 0, "first_year": 2019,
             "last_year": 2020},
        )  # fmt: skip
        db.insert("program_budget", {"program_id": pid, "year": 2019, "amount": 400_000_000})
        db.insert("program_budget", {"program_id": pid, "year": 2020, "amount": 100_000_000})
    stamp_connection(conn)  # as the app writes it
    conn.close()
    raw = sqlite3.connect(plan_file)
    with raw:
        raw.execute(
            "INSERT INTO program_budget (id, program_id, year, amount, modified_at) VALUES (?, ?, 2022, 70000000, ?)",
            (str(uuid.uuid4()), pid, "2024-01-01T00:00:00Z"),
        )
    stamp_connection(raw)  # as the app writes it
    raw.close()
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    try:
        view = ProgramsView(session)
        qtbot.addWidget(view)
        view.refresh()
        assert view.select_row("program", pid)
        assert view.detail.budget.value_text(2022) == "70.000.000"  # shown (greyed), so it can be removed
        assert view.detail.budget.total_text() == "Rp 500.000.000"
        cell = view.model.index(view.model.row_of[pid], COL_BUDGET)
        assert view.model.data(cell, Qt.ItemDataRole.DisplayRole) == "Rp 500.000.000"
        assert figures.dashboard(session.db, "id").budget_total == 500_000_000
    finally:
        session.close()


def test_quick_win_month_plans_on_screen_are_on_paper(printed: Printed) -> None:
    """The Quick Win view draws each month plan from the function the Quick Win profiles print."""
    from smartcity_desktop.core import figures as core_figures
    from smartcity_desktop.exports import documents
    from smartcity_desktop.exports.tree import Chart
    from smartcity_desktop.services import figures
    from smartcity_desktop.storage.db import PlanDB, connect

    rows = _rows(printed)
    blocks = documents.quickwin(rows).blocks
    paper = [b.data for b in blocks if isinstance(b, Chart) and b.kind == "month_gantt" and not b.caption]
    by_program = {q["program_id"]: q["id"] for q in rows["quick_win"]}
    order = [by_program[p["id"]] for p in core_figures.programs(rows) if p["id"] in by_program]
    conn = connect(printed.path)
    try:
        screen = [figures.quick_win_plan(PlanDB(conn), qid, "id") for qid in order]
    finally:
        stamp_connection(conn)  # as the app writes it
        conn.close()
    assert paper and [s for s in screen if s is not None] == paper  # (the plan of all Quick Wins has a caption)
