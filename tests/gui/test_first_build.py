# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 10, first build of the large views: work bounded by what is shown (counted, not timed), and sorting,
filtering and selection behave as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QListView

from smartcity_desktop.gui import indicator_model
from smartcity_desktop.gui.chart_widget import ChartWidget
from smartcity_desktop.gui.program_model import COL_BUDGET, COL_DIM, COL_NAME, ID_ROLE, ProgramTableModel
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.indicators import IndicatorsView
from smartcity_desktop.gui.views.programs import ProgramsView
from smartcity_desktop.gui.views.roadmap import RoadmapView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs


@pytest.fixture
def session(demo_file: Path) -> Iterator[PlanSession]:
    s = PlanSession(PlanDocument.open(demo_file))
    yield s
    s.close()


def _shown_ids(view: ProgramsView) -> list[str]:
    return [view.proxy.index(r, 0).data(ID_ROLE) for r in range(view.proxy.rowCount())]


def _shown_indicators(view: IndicatorsView) -> list[str]:
    return [view.proxy.index(r, 0).data(ID_ROLE) for r in range(view.proxy.rowCount())]


# -- programs -----------------------------------------------------------------------------------------------
def test_program_build_computes_one_sort_key_per_row(
    session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sorting proxy compared rows in Python n log n times (~3,000 calls for 600 programs) at every build."""
    calls: list[int] = []
    real = ProgramTableModel._sort_key
    monkeypatch.setattr(ProgramTableModel, "_sort_key", lambda self, r, col: (calls.append(col), real(self, r, col))[1])
    view = ProgramsView(session)
    qtbot.addWidget(view)
    n = session.db.count("program")
    assert n > 20
    assert len(calls) <= n


def test_program_sorting_by_header_selection_and_edits(session: PlanSession, qtbot: Any) -> None:
    view = ProgramsView(session)
    qtbot.addWidget(view)
    model = view.model
    query_order = [r["id"] for r in model.rows]  # built sorted by dimension: the query's order
    assert _shown_ids(view) == query_order
    pid = query_order[5]
    assert view.select_program(pid)
    # a click on the budget header: descending amounts, ties (no budget) in the query's order
    view.table.sortByColumn(COL_BUDGET, Qt.SortOrder.DescendingOrder)
    budget = {r["id"]: int(r["budget_total"] or 0) for r in model.rows}
    expected = sorted(query_order, key=lambda p: budget[p], reverse=True)
    assert _shown_ids(view) == expected
    assert view.current_program_id() == pid  # the selection follows its program
    view.table.sortByColumn(COL_BUDGET, Qt.SortOrder.AscendingOrder)
    assert _shown_ids(view) == sorted(query_order, key=lambda p: budget[p])
    # by name, and a rename moves the row to its new place (as the sorting proxy did)
    view.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [view.proxy.index(r, COL_NAME).data().casefold() for r in range(view.proxy.rowCount())]
    assert names == sorted(names)
    assert model.setData(model.index(model.row_of[pid], COL_NAME), "AAA Paling Awal")
    assert _shown_ids(view)[0] == pid
    assert view.current_program_id() == pid
    # a filter keeps the order; back to the dimension order
    dim = session.db.get("program", pid)["dimension_id"]
    view.proxy.set_filter(dimension_id=dim)
    assert _shown_ids(view)[0] == pid
    view.proxy.set_filter(dimension_id=None)
    view.table.sortByColumn(COL_DIM, Qt.SortOrder.AscendingOrder)
    assert _shown_ids(view) == query_order


def test_program_added_lands_in_the_sorted_order(session: PlanSession, qtbot: Any) -> None:
    view = ProgramsView(session)
    qtbot.addWidget(view)
    view.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    dim = session.db.rows("dimension")[0]["id"]
    new = session.add("Program", programs.add, dim, "zzz Terakhir Menurut Abjad", status="planned")
    view.refresh()
    assert _shown_ids(view)[0] == new


# -- indicators ---------------------------------------------------------------------------------------------
def test_indicator_build_reads_one_page_not_every_indicator(
    session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every indicator was read (4,000 on a large plan) and filtered in Python at each build."""
    monkeypatch.setattr(indicator_model, "PAGE", 5, raising=False)
    read: list[int] = []
    real = indicator_model.q.indicator_table

    def counting(*a: Any, **kw: Any) -> Any:
        rows = real(*a, **kw)
        read.append(len(rows))
        return rows

    monkeypatch.setattr(indicator_model.q, "indicator_table", counting)
    view = IndicatorsView(session)
    qtbot.addWidget(view)
    total = session.db.count("indicator")
    assert total > 20
    assert sum(read) <= 5
    assert view.proxy.rowCount() <= 5
    # the table reads more as it scrolls to the end; the last indicator is reached
    while view.model.canFetchMore(QModelIndex()):
        view.proxy.fetchMore(QModelIndex())
    assert view.proxy.rowCount() == total
    assert [r["id"] for r in view.model.rows] == [r["id"] for r in indicator_model.q.indicator_table(session.db)]


def test_indicator_filters_select_and_edit_beyond_the_first_page(
    session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indicator_model, "PAGE", 4, raising=False)
    view = IndicatorsView(session)
    qtbot.addWidget(view)
    db = session.db
    every = indicator_model.q.indicator_table(db, with_targets=False)
    last = every[-1]
    # selecting an indicator not read yet reads its page and selects it
    assert view.select_row("indicator", last["id"])
    assert view.current_id() == last["id"]
    assert view.name.text() == last["name"]
    # text search over all indicators (not only the rows read), casefolded
    word = last["name"].split()[0].upper()
    view.search.setText(word)
    want = [
        r["id"]
        for r in every
        if word.casefold() in f"{r['name']} {r['program_name'] or ''} {r['data_source'] or ''}".casefold()
    ]
    while view.model.canFetchMore(QModelIndex()):
        view.proxy.fetchMore(QModelIndex())
    assert _shown_indicators(view) == want
    assert view.current_id() == last["id"]  # still selected: it passes the filter
    view.search.clear()
    # a program filter; moving an indicator to another program takes it out of the table
    pid = next(r["program_id"] for r in every if r["program_id"])
    assert view.select_row("program", pid)
    ids = [r["id"] for r in every if r["program_id"] == pid]
    assert _shown_indicators(view) == ids[: view.proxy.rowCount()]
    other = next(p["id"] for p in db.rows("program") if p["id"] != pid)
    assert view.select_row("indicator", ids[0])
    view._set_program(other)
    assert ids[0] not in _shown_indicators(view)
    assert db.get("indicator", ids[0])["program_id"] == other
    # a deleted indicator cannot be selected
    assert not view.select_row("indicator", "no-such-indicator")


# -- roadmap and side panel ---------------------------------------------------------------------------------
def test_roadmap_draws_only_the_chart_on_screen_and_sizes_years_without_measuring_every_item(
    session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Gantt of a large plan was drawn whole (~2,300 shapes as SVG, in a worker thread, parsed when it arrived
    in whichever view was being built then); now a band of lines at a time as it is painted. And Qt measured
    every list item for the year column at each layout."""
    loads: list[bytes] = []
    real = ChartWidget.set_svg
    monkeypatch.setattr(ChartWidget, "set_svg", lambda self, svg: (loads.append(svg), real(self, svg))[1])
    dims = session.db.rows("dimension")
    for i in range(90 - session.db.count("program")):
        session.add("p", programs.add, dims[i % len(dims)]["id"], f"Program Uji {i}", (2019, 2021), status="planned")
    view = RoadmapView(session)
    qtbot.addWidget(view)
    assert view.drawn_size is not None and view.chart.has_chart()
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: bool(view.chart.bands_drawn()))
    assert loads == []  # never the whole chart
    assert len(view.chart.bands_drawn()) <= 4
    header = view.list.header()
    assert header.sectionResizeMode(1) != QHeaderView.ResizeMode.ResizeToContents
    assert view.list.uniformRowHeights()
    fm = view.list.fontMetrics()
    widest = max(
        fm.horizontalAdvance(view.list.topLevelItem(i).child(j).text(1))
        for i in range(view.list.topLevelItemCount())
        for j in range(view.list.topLevelItem(i).childCount())
    )
    assert header.sectionSize(1) > widest


def test_side_panel_lays_out_long_feedback_lists_in_batches(demo_window: Any) -> None:
    feedback = demo_window.side.feedback
    assert feedback.layoutMode() == QListView.LayoutMode.Batched
    assert feedback.batchSize() <= 50


# -- readiness and workshops --------------------------------------------------------------------------------
def test_readiness_grid_first_radar_when_the_fonts_are_registered_off_the_gui_thread(
    session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first chart of a session parsed the four TTFs (~60-150 ms) inside its view's first build."""
    import threading

    from smartcity_desktop.exports import fonts
    from smartcity_desktop.gui import chart_widget
    from smartcity_desktop.gui.views.readiness import ReadinessView

    threads: list[bool] = []
    real = fonts.register

    def register() -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real()

    monkeypatch.setattr(fonts, "registered", lambda: False, raising=False)
    monkeypatch.setattr(fonts, "register", register)
    monkeypatch.setattr(chart_widget, "_fonts", None, raising=False)
    view = ReadinessView(session)
    qtbot.addWidget(view)
    assert view.grid.rowCount() > 0
    qtbot.waitUntil(view.chart.has_chart, timeout=20000)
    assert threads[0] is False  # registered by the worker
    assert view.drawing is not None


def test_workshops_build_loads_the_meeting_once_and_fills_feedback_when_shown(
    demo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui.workshop_meeting import MeetingForm

    loads: list[Any] = []
    real = MeetingForm.load
    monkeypatch.setattr(MeetingForm, "load", lambda self, *a: (loads.append(a), real(self, *a))[1])
    view = demo_window.show_place("workshops")
    assert len(loads) == 1
    assert view.feedback.topLevelItemCount() == 0  # its tab is not shown yet
    view.tabs.setCurrentWidget(view.feedback)
    db = demo_window.session.db
    assert view.feedback.topLevelItemCount() == max(1, db.count("feedback"))
    assert view.select_row("feedback", db.rows("feedback")[0]["id"])


def test_a_chart_repainted_unchanged_is_not_rendered_again(qtbot: Any) -> None:
    """Showing the roadmap again rendered its whole visible Gantt SVG again (~25 ms a screenful)."""
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
        b'<rect x="10" y="10" width="100" height="50" fill="#36c"/></svg>'
    )
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.set_svg(svg)
    chart.resize(300, 150)
    renders: list[int] = []
    real = chart._renderer.render
    chart._renderer.render = lambda *a: (renders.append(1), real(*a))[1]  # type: ignore[method-assign]
    chart.show()
    qtbot.waitExposed(chart)
    for _ in range(2):
        chart.update()
        qtbot.wait(20)
    assert len(renders) == 1
    image = chart.grab().toImage()
    assert image.pixelColor(150, 75).blue() > 150  # the rectangle is painted
    chart.set_svg(svg)  # a new chart is rendered
    qtbot.wait(20)
    assert len(renders) == 2


def test_side_panel_adds_feedback_lines_at_once_and_shows_an_items_tooltip_when_asked(
    demo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """400 feedback items were each made, given a tooltip and added from Python (issue 10); now one call adds the
    lines and the tooltip (the item's text alone) is looked up when the pointer rests on an item."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QListWidget, QToolTip

    added: list[int] = []
    real = QListWidget.addItem
    monkeypatch.setattr(QListWidget, "addItem", lambda self, *a: (added.append(1), real(self, *a))[1])
    demo_window.show_place("programs")
    feedback = demo_window.side.feedback
    texts = [f["text"] for f in demo_window.session.db.rows("feedback", target_table="program")]
    assert feedback.count() == len(texts) > 1 and added == []
    assert sorted(feedback.tips) == sorted(texts)
    assert all(feedback.tips[i] in feedback.item(i).text() for i in range(feedback.count()))
    rect = feedback.visualItemRect(feedback.item(0))
    at = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, at, feedback.viewport().mapToGlobal(at))
    QApplication.sendEvent(feedback.viewport(), event)
    assert QToolTip.text() == feedback.tips[0]
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 10_000), feedback.viewport().mapToGlobal(QPoint(2, 10_000)))
    QApplication.sendEvent(feedback.viewport(), event)  # below the items: nothing
