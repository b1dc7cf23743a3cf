# SPDX-License-Identifier: GPL-3.0-or-later
"""The Quick Win editor: fields, month plan steps, warnings, counter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.quickwin import QuickWinView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs


@pytest.fixture
def view(plan_file: Path, qtbot: Any) -> Iterator[QuickWinView]:
    session = PlanSession(PlanDocument.open(plan_file))
    dim = session.db.rows("dimension")[0]["id"]
    pid = session.add("p", programs.add, dim, "Lapor Bupati", status="planned")
    assert pid
    session.run("qw", programs.set_quick_win, pid, True)
    v = QuickWinView(session)
    qtbot.addWidget(v)
    v.show()
    yield v
    session.close()


def test_fields_steps_and_warnings(view: QuickWinView) -> None:
    db = view.session.db
    pid = view.rows[0]["program_id"]
    assert view.select_row("program", pid)
    assert "1 dimensi" not in view.counter.text() and "Quick Win per dimensi" in view.counter.text()
    assert "anggaran" in view.warnings.text()
    view.problem.setPlainText("Pengaduan lambat ditangani")
    view.problem.editingFinished.emit()
    qw = db.rows("quick_win", program_id=pid)[0]
    assert qw["problem"] == "Pengaduan lambat ditangani"
    view.score.setValue(4)
    view.score.editingFinished.emit()
    assert db.get("quick_win", qw["id"])["innovation_score"] == 4
    sid = view.add_step()
    assert sid is not None
    view.steps.item(0, 2).setText("14")
    assert db.get("quick_win_step", sid)["end_month"] == 14
    assert "12 bulan" in view.warnings.text()
    assert view.select_row("quick_win", qw["id"])
    view.session.undo_stack.undo()
    assert db.get("quick_win_step", sid)["end_month"] == 1
    assert "12 bulan" not in view.warnings.text()
