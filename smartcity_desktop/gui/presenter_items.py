# SPDX-License-Identifier: GPL-3.0-or-later
"""What presenter mode shows: the list of items over a plan and one page per item, in large light type on a dark
ground. Every figure comes from the read models the views and documents use (services.figures, services.reading,
core.figures); charts are the documents' drawings (gui/chart_widget.py)."""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop import messages
from smartcity_desktop.core import figures as core_figures
from smartcity_desktop.core.outline import chapter_numbers
from smartcity_desktop.gui import labels
from smartcity_desktop.gui.chart_widget import ChartWidget
from smartcity_desktop.gui.formats import format_number, format_rupiah_short
from smartcity_desktop.services import figures
from smartcity_desktop.services.reading.overview import feedback_for
from smartcity_desktop.services.reading.programs import program_table, quick_win_table
from smartcity_desktop.services.session import PlanDB

# High contrast for a projector: light type on a near-black ground, one warm accent.
BACKGROUND = "#0e1318"
FLASH = "#c62828"
TEXT = "#f5f7fa"
MUTED = "#b4c0cc"
ACCENT = "#ffd54f"
CARD = "#1c2733"
LINE = "#3a4856"
BODY_PT = (30, 16)  # largest and smallest body type; text is set as large as fits
CHAPTER_PT = 22
RADAR_SIZE = {"width": 300, "height": 250}
GANTT_WIDTH = 600
BUDGET_TABLES = ("plan", "dimension", "program", "program_budget")  # what core.figures' budget totals read
ROADMAP_SPLIT = 12  # more programs than this: one road map page per dimension (bars stay readable)


@dataclass(frozen=True)
class Item:
    """One page of presenter mode: ``kind`` picks the renderer, ``key`` the row it is about (None: the plan)."""

    kind: str
    key: str | None
    title: str


Renderer = Callable[[Any, Item], QWidget]  # (PlanSession, item) -> the page
# Hook for other features (e.g. the Quick Win scoring board): modules named here are imported when presenter
# mode opens; each may define ``presenter_items(db) -> list[Item]`` (appended after the built-in items) and
# ``presenter_renderers() -> dict[kind, Renderer]``. Nothing is registered here by default.
HOOK_MODULES: list[str] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


def _hooks() -> list[Any]:
    return [importlib.import_module(name) for name in HOOK_MODULES]


# --- the item list ----------------------------------------------------------------------------------------------
def items(db: PlanDB) -> list[Item]:
    """The pages over the plan, in the order a workshop walks through them: the readiness radar, each dimension's
    programs, the Quick Win board, the road map, the open feedback, then each chapter in outline order."""
    out = [Item("radar", None, QCoreApplication.translate("Presenter", "Radar kesiapan"))]
    dims = db.rows("dimension")
    for d in dims:
        out.append(
            Item("dimension", d["id"], QCoreApplication.translate("Presenter", "Program dimensi {0}").format(d["name"]))
        )
    out.append(Item("quickwins", None, QCoreApplication.translate("Presenter", "Papan Quick Win")))
    progs = db.rows("program")
    if len(progs) > ROADMAP_SPLIT:
        used = {p["dimension_id"] for p in progs}
        out += [
            Item("roadmap", d["id"], QCoreApplication.translate("Presenter", "Road map: {0}").format(d["name"]))
            for d in dims
            if d["id"] in used
        ]
    else:
        out.append(Item("roadmap", None, QCoreApplication.translate("Presenter", "Road map")))
    out.append(Item("feedback", None, QCoreApplication.translate("Presenter", "Masukan terbuka")))
    chapters = db.rows("chapter")
    titles = {c["id"]: str(c.get("title") or "") for c in chapters}
    for cid, number in chapter_numbers(chapters).items():  # outline order
        out.append(Item("chapter", cid, f"{number} {titles[cid]}".strip()))
    for hook in _hooks():
        provide = getattr(hook, "presenter_items", None)
        if provide is not None:
            out += provide(db)
    return out


def renderers() -> dict[str, Renderer]:
    out: dict[str, Renderer] = {
        "radar": radar_page,
        "dimension": dimension_page,
        "quickwins": quick_win_page,
        "roadmap": roadmap_page,
        "feedback": feedback_page,
        "chapter": chapter_page,
    }
    for hook in _hooks():
        more = getattr(hook, "presenter_renderers", None)
        if more is not None:
            out.update(more())
    return out


def render(session: Any, item: Item) -> QWidget:
    return renderers()[item.kind](session, item)


# --- building blocks ------------------------------------------------------------------------------------------------
class FitText(QTextBrowser):
    """Rich text set as large as fits the page (BODY_PT), scrolling only what does not fit at the smallest size."""

    def __init__(self, html_text: str = "", markdown: str = "", smallest: int = BODY_PT[1]) -> None:
        super().__init__()
        self.smallest = smallest
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"QTextBrowser {{ background: transparent; color: {TEXT}; border: none; }}"
            f" QScrollBar:vertical {{ background: {BACKGROUND}; width: 10px; }}"
            f" QScrollBar::handle:vertical {{ background: {LINE}; border-radius: 5px; min-height: 40px; }}"
            " QScrollBar::add-line, QScrollBar::sub-line { height: 0; }"
        )
        self.document().setDefaultStyleSheet(
            f"td, th {{ padding: 6px 14px; border-bottom: 1px solid {LINE}; }}"
            f" th {{ color: {ACCENT}; text-align: left; }} .muted {{ color: {MUTED}; }}"
            f" .num {{ text-align: right; }} h1, h2, h3, h4 {{ color: {ACCENT}; }}"
        )
        if markdown:
            self.setMarkdown(markdown)
        else:
            self.setHtml(html_text)
        self.point_size = BODY_PT[0]
        self._fitted = (0, 0)

    def fit(self) -> None:
        """The largest size from BODY_PT down to ``smallest`` at which the text fits (found by halving)."""
        width, height = self.viewport().width(), self.viewport().height()
        if (width, height) == self._fitted or width < 50 or height < 50:
            return
        self._fitted = (width, height)
        doc = self.document()

        def fits(size: int) -> bool:
            font = QFont(self.font())
            font.setPointSize(size)
            doc.setDefaultFont(font)
            doc.setTextWidth(width)
            return doc.size().height() <= height - 8  # a little air, so no scroll bar comes and narrows the page

        low, high = self.smallest, BODY_PT[0]  # the answer is in [low, high]; low is used when nothing fits
        while low < high:
            middle = (low + high + 1) // 2
            if fits(middle):
                low = middle
            else:
                high = middle - 1
        fits(low)
        self.point_size = low

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()


def _message(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED}; font-size: 30pt;")
    label.setObjectName("presenterEmpty")
    return label


class ChartPanel(QFrame):
    """A white sheet exactly as high as its chart needs for the width it gets."""

    MARGIN = 14

    def __init__(self, chart: ChartWidget) -> None:
        super().__init__()
        self.chart = chart

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.chart.heightForWidth(width - 2 * self.MARGIN) + 2 * self.MARGIN


def _chart_panel(widget: ChartWidget) -> QFrame:
    """The documents' chart on a white sheet (their colours and labels are made for paper)."""
    panel = ChartPanel(widget)
    panel.setObjectName("chartPanel")
    panel.setStyleSheet("#chartPanel { background: white; border-radius: 10px; }")
    lay = QVBoxLayout(panel)
    margin = ChartPanel.MARGIN
    lay.setContentsMargins(margin, margin, margin, margin)
    lay.addWidget(widget)
    widget.setMinimumSize(100, 80)
    return panel


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""))


def _years(first: Any, last: Any) -> str:
    if not first and not last:
        return ""
    return str(first or last) if not first or not last or first == last else f"{first}–{last}"


# --- pages ----------------------------------------------------------------------------------------------------------
def radar_page(session: Any, _item: Item) -> QWidget:
    """The readiness radar of the documents, with the average per dimension and overall beside it."""
    db = session.db
    data = figures.readiness_radar(db)
    if data is None:
        return _message(QCoreApplication.translate("Presenter", "Belum ada dimensi."))
    page = QWidget()
    lay = QHBoxLayout(page)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(28)
    chart = ChartWidget()
    chart.set_chart("radar", {**data, **RADAR_SIZE})  # the same chart on a smaller sheet: larger type when scaled
    chart.follows_zoom = False
    lay.addWidget(_chart_panel(chart), 3)
    rows = figures.read_rows(db, figures.READINESS_TABLES)
    means = core_figures.readiness_by_dimension(rows)
    overall = core_figures.readiness_overall(rows)
    lines = "".join(
        f"<tr><td>{_e(d['name'])}</td><td class='num'><b>{_score(means.get(d['id']))}</b></td></tr>"
        for d in core_figures.dimensions(rows)
    )
    heading = QCoreApplication.translate("Presenter", "Rata-rata skor kesiapan per dimensi")
    overall_label = QCoreApplication.translate("Presenter", "Keseluruhan")
    text = FitText(
        f"<p class='muted'>{_e(heading)}</p><table width='100%' cellspacing='0'>{lines}</table>"
        f"<p>{_e(overall_label)}: <b style='color: {ACCENT}'>{_score(overall)}</b></p>"
    )
    text.setObjectName("radarFigures")
    lay.addWidget(text, 2)
    page.chart = chart  # type: ignore[attr-defined]
    return page


def _score(value: float | None) -> str:
    return format_number(value, 1) if value is not None else "–"


def _lead(program: dict[str, Any]) -> dict[str, Any]:
    return {"code": program.get("lead_agency_code"), "name": program.get("lead_agency_name")}


def dimension_page(session: Any, item: Item) -> QWidget:
    """One dimension's programs: name, lead agency, total budget and years, Quick Wins starred, the total below."""
    db = session.db
    rows = program_table(db, dimension_id=item.key)
    if not rows:
        return _message(QCoreApplication.translate("Presenter", "Belum ada program di dimensi ini."))
    star = f" <span style='color: {ACCENT}'>★</span>"
    body = "".join(
        "<tr>"
        f"<td class='muted'>{i}</td>"
        f"<td>{_e(r['name'])}{star if r.get('is_quick_win') else ''}</td>"
        f"<td>{_e(core_figures.agency_label(_lead(r)))}</td>"
        f"<td class='num'>{_e(format_rupiah_short(int(r.get('budget_total') or 0)))}</td>"
        f"<td>{_e(_years(r.get('first_year'), r.get('last_year')))}</td>"
        "</tr>"
        for i, r in enumerate(rows, 1)
    )
    totals = core_figures.budget_by_dimension(figures.read_rows(db, BUDGET_TABLES))  # as the dashboard's
    headers = (
        "",
        QCoreApplication.translate("Presenter", "Nama program"),
        QCoreApplication.translate("Presenter", "OPD pelaksana"),
        QCoreApplication.translate("Presenter", "Anggaran"),
        QCoreApplication.translate("Presenter", "Tahun"),
    )
    head = "".join(f"<th{' class=num' if i == 3 else ''}>{_e(h)}</th>" for i, h in enumerate(headers))
    total = QCoreApplication.translate("Presenter", "Jumlah")
    foot = (
        f"<tr><td></td><td><b>{_e(total)}</b></td><td></td>"
        f"<td class='num'><b style='color: {ACCENT}'>{_e(format_rupiah_short(totals.get(str(item.key), 0)))}</b></td>"
        "<td></td></tr>"
    )
    note = f"<p class='muted'>★ {_e(labels.noun('quick_win'))}</p>" if any(r.get("is_quick_win") for r in rows) else ""
    text = FitText(f"<table width='100%' cellspacing='0'><tr>{head}</tr>{body}{foot}</table>{note}")
    text.setObjectName("programTable")
    return text


def quick_win_page(session: Any, _item: Item) -> QWidget:
    """The chosen Quick Wins as cards in their dimension's colour: name, dimension, lead agency, budget, months."""
    db = session.db
    rows = quick_win_table(db)
    if not rows:
        return _message(QCoreApplication.translate("Presenter", "Belum ada Quick Win terpilih."))
    colors = figures.dimension_colors(db)
    agencies = {a["id"]: a for a in db.rows("agency")}
    page = QWidget()
    grid = QGridLayout(page)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(16)
    columns = 3 if len(rows) <= 6 else 4
    lines = max(1, (len(rows) + columns - 1) // columns)
    name_pt = 24 if lines <= 2 else 18 if lines == 3 else 15
    for i, r in enumerate(rows):
        card = QLabel()
        card.setObjectName("quickWinCard")
        card.setWordWrap(True)
        card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        color = colors.get(r["dimension_id"], ACCENT)
        card.setStyleSheet(
            f"#quickWinCard {{ background: {CARD}; border-left: 10px solid {color}; border-radius: 6px;"
            f" padding: 8px 14px; color: {TEXT}; font-size: {name_pt - 5}pt; }}"
        )
        months = (
            QCoreApplication.translate("Presenter", "{0} bulan").format(r["last_month"]) if r.get("last_month") else ""
        )
        details = " · ".join(
            x
            for x in (
                _e(core_figures.agency_label(agencies.get(r.get("lead_agency_id")))),
                _e(format_rupiah_short(int(r.get("budget_total") or 0))),
                months,
            )
            if x
        )
        card.setText(
            f"<div style='font-size: {name_pt}pt; font-weight: bold;'>{_e(r['name'])}</div>"
            f"<div style='color: {MUTED};'>{_e(r.get('dimension_name'))}</div><div>{details}</div>"
        )
        grid.addWidget(card, i // columns, i % columns)
    return page


def roadmap_page(session: Any, item: Item) -> QWidget:
    """The road map Gantt of the documents, of one dimension when the plan is too large for one readable page."""
    db = session.db
    ids = {r["id"] for r in db.rows("program", dimension_id=item.key)} if item.key else None
    data = figures.roadmap_gantt(db, messages.language(), ids)
    if not data["rows"]:
        return _message(QCoreApplication.translate("Presenter", "Belum ada program di road map."))
    chart = ChartWidget()
    chart.follows_zoom = False
    chart.set_chart("gantt", {**data, "width": GANTT_WIDTH})  # a narrower sheet: larger type when scaled
    page = QWidget()
    lay = QVBoxLayout(page)  # the sheet centred, as high as the bars need
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addStretch(1)
    lay.addWidget(_chart_panel(chart))
    lay.addStretch(1)
    page.chart = chart  # type: ignore[attr-defined]
    return page


FEEDBACK_PARTS = {
    "chapter": QT_TRANSLATE_NOOP("Presenter", "Bab: {0}"),
    "dimension": QT_TRANSLATE_NOOP("Presenter", "Dimensi: {0}"),
    "program": QT_TRANSLATE_NOOP("Presenter", "Program: {0}"),
    "quick_win": QT_TRANSLATE_NOOP("Presenter", "Quick Win: {0}"),
    "indicator": QT_TRANSLATE_NOOP("Presenter", "Indikator: {0}"),
    "readiness_score": QT_TRANSLATE_NOOP("Presenter", "Kesiapan: {0}"),
}


def _part(db: PlanDB, table: str | None, row_id: str | None) -> str:
    if not table or not row_id or table not in FEEDBACK_PARTS:
        return ""
    row = db.get(table, row_id)
    if row and table == "quick_win":  # a Quick Win is named by its program
        row = db.get("program", str(row.get("program_id")))
    name = str(row.get("name") or row.get("title") or "") if row else ""
    return _tr(str(FEEDBACK_PARTS[table])).format(name) if name else ""


def _author(feedback: dict[str, Any]) -> str:
    return str(feedback.get("author") or "")


def feedback_page(session: Any, _item: Item) -> QWidget:
    """Feedback not yet dealt with (open or in progress, as the dashboard counts it), with its part and author."""
    db = session.db
    rows = [f for f in feedback_for(db) if f.get("status") in ("open", "in_progress")]
    if not rows:
        return _message(QCoreApplication.translate("Presenter", "Tidak ada masukan terbuka."))
    body = "".join(
        "<tr>"
        f"<td>{_e(f['text'])}<br><span class='muted'>"
        f"{_e(' · '.join(x for x in (_part(db, f.get('target_table'), f.get('target_id')), _author(f)) if x))}"
        "</span></td>"
        f"<td style='color: {ACCENT}'>{_e(labels.column_label('feedback', 'status', f.get('status')))}</td>"
        "</tr>"
        for f in rows
    )
    text = FitText(f"<table width='100%' cellspacing='0'>{body}</table>")
    text.setObjectName("feedbackList")
    return text


def chapter_text(db: PlanDB, chapter_id: str) -> str:
    """A chapter's Markdown with its live figures filled in as the documents print them ({{field}}); lines that
    place generated tables are left out (the tables are shown on their own pages)."""
    from smartcity_desktop.exports import fields
    from smartcity_desktop.exports.plandata import PlanData

    row = db.get("chapter", chapter_id)
    body = str(row.get("body_md") or "") if row else ""
    if "{{" not in body:
        return body
    body = fields.BLOCK_LINE.sub("", body)
    rows = figures.read_rows(db, figures.DASHBOARD_TABLES)
    return fields.fill(body, PlanData({name: [dict(r) for r in table] for name, table in rows.items()}))


def chapter_page(session: Any, item: Item) -> QWidget:
    text = chapter_text(session.db, str(item.key))
    if not text.strip():
        return _message(QCoreApplication.translate("Presenter", "Bab ini belum ditulis."))
    page = FitText(markdown=text, smallest=CHAPTER_PT)  # read from the back of the room: scroll rather than shrink
    page.setObjectName("chapterText")
    return page
