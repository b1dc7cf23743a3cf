# SPDX-License-Identifier: GPL-3.0-or-later
"""Roadmap: programs appear in the Gantt chart and the list, filters work, large plans draw off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.roadmap import RoadmapView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs


@pytest.fixture
def session(plan_file: Path) -> Iterator[PlanSession]:
    doc = PlanDocument.open(plan_file)
    yield PlanSession(doc)
    doc.close()


def _add_programs(session: PlanSession, n: int, quick: int = 0) -> list[str]:
    dims = session.db.rows("dimension")
    ids: list[str] = []
    for i in range(n):
        pid = session.add(
            "tambah",
            programs.add,
            dims[i % len(dims)]["id"],
            f"Program Uji {i}",
            (2018 + i % 5, 2020 + i % 5),
            status="planned",
            is_quick_win=int(i < quick),
            horizon="quickwin" if i < quick else "medium",
        )
        assert pid
        ids.append(pid)
    return ids


def test_programs_drawn_and_filtered(session: PlanSession, qtbot: Any) -> None:
    view = RoadmapView(session)
    qtbot.addWidget(view)
    view.show()
    empty_height = view.drawn_size[1]
    ids = _add_programs(session, 6, quick=1)  # the view refreshes from session.changed
    assert len(view.shown_programs()) == 6
    assert view.drawn_size[1] > empty_height
    assert "Quick Win" in view.summary.text() and "6 program" in view.summary.text()
    view.horizon_box.setCurrentIndex(view.horizon_box.findData("quickwin"))
    assert [p["id"] for p in view.shown_programs()] == [ids[0]]
    view.horizon_box.setCurrentIndex(0)
    dim = session.db.rows("dimension")[1]["id"]
    view.dimension_box.setCurrentIndex(view.dimension_box.findData(dim))
    assert {p["dimension_id"] for p in view.shown_programs()} == {dim}
    # the list beside navigates to the program
    with qtbot.waitSignal(view.navigate) as sig:
        assert view.select_row("program", view.shown_programs()[0]["id"])
        view.list.itemActivated.emit(view.list.currentItem(), 0)
    assert sig.args == ["programs", view.shown_programs()[0]["id"]]


def test_large_plan_draws_the_bands_on_screen(session: PlanSession, qtbot: Any) -> None:
    from PySide6.QtCore import QObject

    """A large plan's Gantt was written as SVG and parsed in a Python worker thread (~200 ms of Python, making a
    QObject off the GUI thread), shown after the view's first build; now the view lays it out at once and each
    paint draws only the bands of lines it shows, on the GUI thread (issue 10)."""
    _add_programs(session, 120)
    view = RoadmapView(session)
    qtbot.addWidget(view)
    assert view.drawn_size is not None and view.chart.has_chart()  # laid out with the view
    assert view.chart.bands_drawn() == []  # drawn as painted
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(view.chart.bands_drawn()))
    lines = len(view.shown_programs()) + len(session.db.rows("dimension"))  # rows and their dimensions' headers
    every = -(-lines // view.chart.BAND)
    first = view.chart.bands_drawn()
    assert first[0] == 0 and len(first) < every / 2
    bar = view.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.chart.bands_drawn()[-1] == every - 1)
    assert len(view.chart.bands_drawn()) < every
    assert not any(isinstance(b, QObject) for b in view.chart._bands.values())  # drawings; no Qt object made


def test_a_programs_tooltip_is_made_when_asked(session: PlanSession, qtbot: Any) -> None:
    """Each of 600 programs was given a tooltip (name and budget, formatted) at every build (issue 10)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    ids = _add_programs(session, 3)
    view = RoadmapView(session)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    assert view.select_row("program", ids[0])
    item = view.list.currentItem()
    assert item.toolTip(0) == ""  # none stored
    at = view.list.visualRect(view.list.indexFromItem(item, 0)).center()
    QApplication.sendEvent(view.list.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.list.mapToGlobal(at)))
    assert QToolTip.text().startswith("Program Uji 0 \u2014 ")
    QToolTip.hideText()


def _image(paint: Any, width: int, height: int) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter)
    painter.end()
    return image


def test_bands_painted_directly_look_as_their_svg(qtbot: Any) -> None:
    """A band is painted with QPainter from the chart's Drawing (writing and parsing its SVG was two thirds of the
    time): the same picture as its SVG shows, within antialiasing and SVG's colours rounded to whole percents."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor
    from PySide6.QtSvg import QSvgRenderer

    from smartcity_desktop.exports import charts
    from smartcity_desktop.gui.chart_widget import chart_fonts, drawing_to_svg, paint_drawing

    rows = [
        charts.GanttRow(
            f"Program {i} pelayanan publik", 2018 + i % 4, 2020 + i % 6, "#CC6677", group=f"Dimensi {i // 5}",
            milestone_marker=i % 3 == 0, sublabel="Diskominfo",
        )
        for i in range(12)
    ]  # fmt: skip
    drawing = charts.gantt_chart(rows, 2018, 2027)
    width, height = 900, round(900 * drawing.height / drawing.width)
    target = QRectF(0, 0, width, height)
    svg = QSvgRenderer(QByteArray(drawing_to_svg(drawing)))
    theirs = _image(lambda p: svg.render(p, target), width, height)
    fonts = chart_fonts()
    mine = _image(lambda p: paint_drawing(p, drawing, target, fonts), width, height)
    step, near, far = 3, 0, 0
    for y in range(0, height, step):
        for x in range(0, width, step):
            a, b = QColor(theirs.pixel(x, y)), QColor(mine.pixel(x, y))
            d = max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
            near += d <= 3  # SVG's colours are whole percents (#E9E9E9 is 91%: #E8E8E8)
            far += d > 64  # an edge of a glyph or a line antialiased otherwise
    samples = len(range(0, height, step)) * len(range(0, width, step))
    assert near / samples > 0.9 and far / samples < 0.015, (near / samples, far / samples)


def test_a_band_that_cannot_be_painted_is_shown_as_svg(
    session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtSvg import QSvgRenderer
    from reportlab.graphics.shapes import Circle

    from smartcity_desktop.exports import charts

    real = charts.gantt_chart

    def with_a_circle(*args: Any, **kw: Any) -> Any:
        drawing = real(*args, **kw)
        drawing.add(Circle(20, 20, 5))
        return drawing

    monkeypatch.setattr(charts, "gantt_chart", with_a_circle)
    _add_programs(session, 3)
    view = RoadmapView(session)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitUntil(lambda: bool(view.chart.bands_drawn()))
    assert all(isinstance(b, QSvgRenderer) and b.isValid() for b in view.chart._bands.values())
