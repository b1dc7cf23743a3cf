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


def test_large_plan_draws_in_worker(session: PlanSession, qtbot: Any) -> None:
    _add_programs(session, 120)
    view = RoadmapView(session)
    qtbot.addWidget(view)
    small = getattr(view, "drawn_size", None)
    assert small is None  # not drawn synchronously
    qtbot.waitUntil(lambda: getattr(view, "drawn_size", None) is not None, timeout=10000)
    assert view.chart.has_chart()
