# SPDX-License-Identifier: GPL-3.0-or-later
"""Dimension view: name and colour edits, elements/issues/strategies lists, programs navigate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.dimension import DimensionView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs


def test_dimension_edits_and_programs(plan_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    dim = session.db.rows("dimension")[0]
    view = DimensionView(session)
    qtbot.addWidget(view)
    view.set_target(dim["id"])
    view.show()
    n_elements = len(session.db.rows("element", dimension_id=dim["id"]))
    assert view.elements.model.rowCount() == n_elements
    view.name_edit.setText("Ekonomi Cerdas")
    view.name_edit.editingFinished.emit()
    assert session.db.get("dimension", dim["id"])["name"] == "Ekonomi Cerdas"
    assert view.set_color("#112233")
    assert session.db.get("dimension", dim["id"])["color"] == "#112233"
    issue = view.issues.add_row()
    view.issues.select_id(issue)
    strategy = view.strategies.add_row()
    assert session.db.get("strategy", strategy)["issue_id"] == issue
    assert session.db.get("strategy", strategy)["dimension_id"] == dim["id"]
    pid = session.add("p", programs.add, dim["id"], "Pasar Daring", status="planned", is_quick_win=1)
    session.run("b", programs.set_budget, pid, 2019, 250_000_000)
    assert view.programs.topLevelItemCount() == 1
    item = view.programs.topLevelItem(0)
    assert item.text(3) == "Rp 250.000.000"
    with qtbot.waitSignal(view.navigate) as sig:
        view.programs.itemActivated.emit(item, 0)
    assert sig.args == ["programs", pid]
    view.issues.select_id(issue)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.issues.delete_row()
    assert session.db.get("strategy", strategy)["issue_id"] is None
    view.close()
    doc.close()
