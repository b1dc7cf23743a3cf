# SPDX-License-Identifier: GPL-3.0-or-later
"""The indicator editor: add from the library, baseline and targets with a decimal comma, delete, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from smartcity_desktop.gui.indicator_model import COL_UNIT
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.indicators import IndicatorsView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs


@pytest.fixture
def view(plan_file: Path, qtbot: Any) -> Iterator[IndicatorsView]:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    dim = session.db.rows("dimension")[0]["id"]
    pid = session.add("Program", programs.add, dim, "Satu Data", status="planned")
    v = IndicatorsView(session)
    qtbot.addWidget(v)
    v.program_id_for_test = pid  # type: ignore[attr-defined]
    yield v
    session.close()


def test_add_from_library_and_targets(view: IndicatorsView) -> None:
    db = view.session.db
    pid = view.program_id_for_test  # type: ignore[attr-defined]
    assert view.select_row("program", pid)
    view._fill_library_menu()
    actions = view.library_menu.actions()
    assert actions
    actions[0].trigger()
    ind = db.rows("indicator")
    assert len(ind) == 1 and ind[0]["program_id"] == pid and ind[0]["library_id"] is not None
    iid = ind[0]["id"]
    view.baseline.setText("12,5")
    view.baseline.editingFinished.emit()
    assert db.get("indicator", iid)["baseline_value"] == 12.5
    view.targets.type_value(2019, "1.234,5")
    view.targets.type_value(2020, "40")
    targets = {r["year"]: r["value"] for r in db.rows("indicator_target", indicator_id=iid)}
    assert targets == {2019: 1234.5, 2020: 40.0}
    assert view.targets.value_text(2019) == "1.234,5"
    assert view.model.setData(view._index(iid, COL_UNIT), "persen")
    assert db.get("indicator", iid)["unit"] == "persen"
    view.session.undo_stack.undo()
    view.session.undo_stack.undo()
    assert len(db.rows("indicator_target", indicator_id=iid)) == 1


def test_blank_indicator_delete_asks(view: IndicatorsView, monkeypatch: pytest.MonkeyPatch) -> None:
    db = view.session.db
    iid = view.add_indicator()
    assert iid is not None and db.get("indicator", iid)["name"] == "Indikator baru"
    view.targets.type_value(2021, "3")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not view.delete_indicator()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert view.select_row("indicator", iid)
    assert view.delete_indicator()
    assert db.get("indicator", iid) is None and db.rows("indicator_target") == []
    view.session.undo_stack.undo()
    assert db.get("indicator", iid) is not None
