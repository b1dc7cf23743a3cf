# SPDX-License-Identifier: GPL-3.0-or-later
"""Readiness grid: a score edit creates a readiness_score row, the radar changes, SWOT texts are stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartcity_desktop.gui.chart_widget import drawing_to_svg
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.readiness import ROLE_CELL, ReadinessView
from smartcity_desktop.services.document import PlanDocument


@pytest.fixture
def setup(plan_file: Path, qtbot: Any) -> Iterator[tuple[PlanSession, ReadinessView]]:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    view = ReadinessView(session)
    qtbot.addWidget(view)
    view.show()
    yield session, view
    view.close()
    doc.close()


def _first_cell(view: ReadinessView) -> tuple[int, int]:
    for r in range(view.grid.rowCount()):
        item = view.grid.item(r, 0)
        if item is not None and item.data(ROLE_CELL):
            return r, 0
    raise AssertionError("no score cell")


def test_grid_shape(setup: Any) -> None:
    session, view = setup
    assert view.grid.columnCount() == session.db.count("dimension")
    # one row per element plus one header row per component
    assert view.grid.rowCount() == session.db.count("readiness_element") + session.db.count("readiness_component")


def test_typing_a_score_creates_row_and_changes_radar(setup: Any, qtbot: Any) -> None:
    session, view = setup
    before = drawing_to_svg(view.drawing)
    r, c = _first_cell(view)
    view.grid.setCurrentCell(r, c)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_4)
    rows = session.db.rows("readiness_score")
    assert len(rows) == 1 and rows[0]["score"] == 4
    assert view.grid.item(r, c).text() == "4"
    assert drawing_to_svg(view.drawing) != before
    qtbot.keyClick(view.grid, Qt.Key.Key_2)
    assert session.db.rows("readiness_score")[0]["score"] == 2
    assert len(session.db.rows("readiness_score")) == 1
    session.undo_stack.undo()
    assert session.db.rows("readiness_score")[0]["score"] == 4
    session.undo_stack.undo()
    assert session.db.rows("readiness_score") == []
    assert view.grid.item(r, c).text() == ""
    assert drawing_to_svg(view.drawing) == before


def test_swot_text_committed_on_leaving(setup: Any, qtbot: Any) -> None:
    session, view = setup
    r, c = _first_cell(view)
    view.grid.setCurrentCell(r, c)
    edit = view.swot["strengths"]
    edit.setFocus()
    qtbot.keyClicks(edit, "SDM TIK cukup")
    assert session.db.rows("readiness_score") == []
    view.swot["threats"].setFocus()
    rows = session.db.rows("readiness_score")
    assert len(rows) == 1 and rows[0]["strengths"] == "SDM TIK cukup" and rows[0]["score"] is None
    assert session.undo_stack.count() == 1
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)  # clearing an empty score changes nothing
    assert session.undo_stack.count() == 1
