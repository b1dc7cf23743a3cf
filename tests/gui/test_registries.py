# SPDX-License-Identifier: GPL-3.0-or-later
"""Agencies and funding sources: edit in place, add, reorder, delete naming the programs that use them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.registries import AgenciesView, FundingSourcesView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs


@pytest.fixture
def session(plan_file: Path) -> Iterator[PlanSession]:
    s = PlanSession(PlanDocument.open(plan_file))
    yield s
    s.close()


def test_agency_edit_add_move(session: PlanSession, qtbot: Any) -> None:
    view = AgenciesView(session)
    qtbot.addWidget(view)
    db = session.db
    first = view.model.rows[0]["id"]
    assert view.model.setData(view.model.index(0, 0), "Kominfo")
    assert db.get("agency", first)["code"] == "Kominfo"
    rid = view.add_row()
    assert rid is not None and db.get("agency", rid)["name"] == "OPD baru"
    assert view.select_row("agency", first)
    assert view.move_row(up=False)
    assert db.rows("agency")[1]["id"] == first
    session.undo_stack.undo()
    assert db.rows("agency")[0]["id"] == first


def test_delete_funding_names_usage(session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = session.db
    fund = db.rows("funding_source")[0]
    dim = db.rows("dimension")[0]["id"]
    pid = session.add("p", programs.add, dim, "P", status="planned")
    session.run("f", programs.set_funding, pid, [fund["id"]])
    view = FundingSourcesView(session)
    qtbot.addWidget(view)
    asked: list[str] = []

    def yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert view.select_row("funding_source", fund["id"])
    assert view.delete_row()
    assert "1 program" in asked[0] and fund["name"] in asked[0]
    assert db.get("funding_source", fund["id"]) is None
    assert db.rows("program_funding", program_id=pid) == []
    session.undo_stack.undo()
    assert len(db.rows("program_funding", program_id=pid)) == 1
