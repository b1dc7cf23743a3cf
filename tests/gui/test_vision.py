# SPDX-License-Identifier: GPL-3.0-or-later
"""Vision view: vision text, missions, goals linked to the selected mission, reorder and cascading delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.vision import VisionView
from smartcity_desktop.services.document import PlanDocument


def test_vision_missions_goals(plan_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    view = VisionView(session)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.vision.setFocus()
    qtbot.keyClicks(view.vision, "Lombok Timur Cerdas")
    view.vision.editing_finished.emit()  # what leaving the field (Tab, click elsewhere) sends
    assert session.db.plan()["vision"] == "Lombok Timur Cerdas"
    m1 = view.missions.add_row()
    m2 = view.missions.add_row()
    view.missions.select_id(m1)
    g = view.goals.add_row()
    assert session.db.get("goal", g)["mission_id"] == m1
    view.goals.select_id(g)
    o = view.objectives.add_row()
    assert session.db.get("objective", o)["goal_id"] == g
    view.missions.select_id(m2)
    view.missions.move_row(-1)
    assert [r["id"] for r in session.db.rows("mission")] == [m2, m1]
    view.missions.select_id(m1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.missions.delete_row()
    assert session.db.get("goal", g)["mission_id"] is None  # nullified, the goal stays
    session.undo_stack.undo()
    assert session.db.get("goal", g)["mission_id"] == m1
    view.close()
    doc.close()
