# SPDX-License-Identifier: GPL-3.0-or-later
"""Region profile: field edits are one undoable edit each, logo stored downscaled, tables edit rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.profile import ProfileView
from smartcity_desktop.gui.views.row_table import parse_date_text, parse_number
from smartcity_desktop.services.document import PlanDocument


@pytest.fixture
def setup(plan_file: Path, qtbot: Any) -> Iterator[tuple[PlanSession, ProfileView]]:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    view = ProfileView(session)
    qtbot.addWidget(view)
    view.show()
    yield session, view
    view.close()
    doc.close()


def test_text_field_commits_once_on_editing_finished(setup: Any, qtbot: Any) -> None:
    session, view = setup
    edit = view.fields["province"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Nusa Tenggara Barat")
    assert session.db.plan()["province"] is None
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert session.db.plan()["province"] == "Nusa Tenggara Barat"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.db.plan()["province"] is None
    assert edit.text() == ""


def test_status_and_period(setup: Any) -> None:
    session, view = setup
    box = view.combos["status"]
    box.setCurrentIndex(box.findData("final"))
    box.activated.emit(box.currentIndex())
    assert session.db.plan()["status"] == "final"
    view.end_spin.setValue(2030)
    view.end_spin.editingFinished.emit()
    assert session.db.plan()["period_end"] == 2030


def test_logo_downscaled_and_removed(setup: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session, view = setup
    big = QImage(2000, 1000, QImage.Format.Format_RGB32)
    big.fill(QColor("#336699"))
    path = tmp_path / "logo.jpg"
    assert big.save(str(path))
    assert view.set_logo_file(str(path))
    plan = session.db.plan()
    att = session.db.get("attachment", plan["logo_id"])
    assert att["kind"] == "logo"
    stored = QImage.fromData(att["data"])
    assert (stored.width(), stored.height()) == (600, 300)
    assert view.remove_logo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.remove_logo()
    assert session.db.plan()["logo_id"] is None and session.db.count("attachment") == 0
    session.undo_stack.undo()
    assert session.db.plan()["logo_id"] == att["id"]


def test_statistics_and_districts(setup: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    session, view = setup
    rid = view.statistics.add_row()
    assert rid and session.db.get("statistic", rid)["name"]
    model = view.statistics.model
    value_col = [c.name for c in model.cols].index("value")
    assert model.setData(model.index(0, value_col), "1.234,5")
    assert session.db.get("statistic", rid)["value"] == 1234.5
    assert model.index(0, value_col).data() == "1.234,5"
    a = view.districts.add_row()
    b = view.districts.add_row()
    dm = view.districts.model
    pop = [c.name for c in dm.cols].index("population")
    assert dm.setData(dm.index(0, pop), "1.000")
    assert dm.setData(dm.index(1, pop), "2500")
    assert "3.500 jiwa" in view.totals.text()
    view.districts.select_id(b)
    view.districts.move_row(-1)
    assert [r["id"] for r in session.db.rows("district")] == [b, a]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.districts.delete_row()
    assert session.db.get("district", b) is None
    assert "1.000 jiwa" in view.totals.text()


def test_parsers() -> None:
    assert parse_number("1.289.907") == 1289907
    assert parse_number("12,5") == 12.5
    assert parse_number("") is None
    assert parse_date_text("18 Juli 2017") == "2017-07-18"
    assert parse_date_text("18/07/2017") == "2017-07-18"


def test_shorter_period_asks_to_clip_or_keep(setup: Any, messages_patched: Any) -> None:
    """Programs and budgets past the new end: the user is asked; No keeps the old period, Yes clips them."""
    from smartcity_desktop.services.operations import programs

    session, view = setup
    dim = session.db.rows("dimension")[0]["id"]
    start, end = session.db.plan()["period_start"], session.db.plan()["period_end"]
    pid = session.add("p", programs.add, dim, "Si Pepadu", (start, end))
    assert session.run("b", programs.set_budget, pid, end, 900)
    view.refresh()
    messages_patched.answer = QMessageBox.StandardButton.No
    view.end_spin.setValue(end - 2)
    view.end_spin.editingFinished.emit()
    assert any("Si Pepadu" in text for text in messages_patched.texts())
    assert session.db.plan()["period_end"] == end
    assert view.end_spin.value() == end  # the field shows the period kept
    messages_patched.answer = QMessageBox.StandardButton.Yes
    view.end_spin.setValue(end - 2)
    view.end_spin.editingFinished.emit()
    assert session.db.plan()["period_end"] == end - 2
    assert session.db.get("program", pid)["last_year"] == end - 2
    assert session.db.rows("program_budget", program_id=pid) == []
    session.undo_stack.undo()  # one undo brings back the period, the years and the budget
    assert session.db.plan()["period_end"] == end
    assert session.db.get("program", pid)["last_year"] == end
    assert [b["amount"] for b in session.db.rows("program_budget", program_id=pid)] == [900]


def test_period_longer_than_twenty_years_is_refused(setup: Any) -> None:
    session, view = setup
    failed: list[str] = []
    session.failed.connect(failed.append)
    start = session.db.plan()["period_start"]
    view.end_spin.setValue(start + 20)
    view.end_spin.editingFinished.emit()
    assert session.db.plan()["period_end"] != start + 20
    assert failed and "20" in failed[0]


def test_signatory_fields_commit_and_a_bad_date_is_refused(setup: Any, qtbot: Any) -> None:
    """docs-parts: the Lembar Pengesahan's signatory is edited in the profile; an impossible date is refused."""
    session, view = setup
    refused: list[str] = []
    session.failed.connect(refused.append)
    for col, value in (("head_title", "Bupati Contoh"), ("head_name", "H. Contoh"), ("signed_on", "2026-03-01")):
        edit = view.fields[col]
        edit.setFocus()
        qtbot.keyClicks(edit, value)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert session.db.plan()[col] == value
    edit = view.fields["signed_on"]
    edit.selectAll()
    qtbot.keyClicks(edit, "2026-02-31")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert session.db.plan()["signed_on"] == "2026-03-01" and refused
