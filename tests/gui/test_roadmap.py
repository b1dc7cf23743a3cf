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
    assert all(r.thread() is view.thread() for r in view.chart._bands.values())


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
