# SPDX-License-Identifier: GPL-3.0-or-later
"""Penilaian Quick Win through the real window on the demo (issue 11): weights, keyboard scoring, dot votes,
the live ranking and matrix, choosing a Quick Win (in the Quick Win list and its PDF with the score), undo."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QPushButton

from smartcity_desktop.core.quickwin_scoring import ranking
from smartcity_desktop.gui.views.quickwin_scoring import (
    QuickWinMatrix,
    QuickWinScoringView,
    quadrant_name,
    short_name,
    two_lines,
)

TABLES = ("dimension", "program", "quick_win", "quick_win_criterion", "quick_win_score", "quick_win_vote", "work_group")
TARGET = "Sistem Peringatan Dini dan Informasi Kebencanaan"  # a demo candidate scored 4,4,4,2, never chosen


@pytest.fixture
def board(controller: Any, demo_file: Path, qtbot: Any) -> tuple[Any, QuickWinScoringView]:
    assert controller.open_path(str(demo_file))
    window = controller.window
    qtbot.waitExposed(window)
    window.show_place("quickwin_scoring")
    view = window.views["quickwin_scoring"]
    assert isinstance(view, QuickWinScoringView) and window.stack.currentWidget() is view
    return window, view


def _order(view: QuickWinScoringView) -> list[str]:
    """Program names in the ranked list as shown (chosen ones carry a star)."""
    t = view.ranking_table
    return [t.item(i, 1).text().removeprefix("\u2605 ") for i in range(t.rowCount())]


def _core_order(view: QuickWinScoringView) -> list[str]:
    db = view.session.db
    return [r.name for r in ranking({t: db.rows(t) for t in TABLES})]


def _type(qtbot: Any, grid: Any, row: int, col: int, keys: list[str]) -> None:
    """Go to a cell and type, like a user: digits start editing, Tab and Enter commit and move on."""
    grid.setFocus()
    grid.setCurrentCell(row, col)
    for k in keys:
        special = {"Tab": Qt.Key.Key_Tab, "Enter": Qt.Key.Key_Return, "Del": Qt.Key.Key_Delete}.get(k)
        target = grid.focusWidget() or grid  # the open editor when there is one
        if special is not None:
            qtbot.keyClick(target, special)
        else:
            qtbot.keyClicks(target, k)
    if grid.state() == QAbstractItemView.State.EditingState:  # Enter opened the next cell: leave it
        qtbot.keyClick(grid.focusWidget() or grid, Qt.Key.Key_Escape)


def _listed(qw: Any, pid: str) -> str:
    """The status shown for a program in the Quick Win list ("" when not listed)."""
    row = next((i for i, r in enumerate(qw.rows) if r["program_id"] == pid), -1)
    return qw.list.item(row, 2).text().removeprefix("\u26a0 ") if row >= 0 else ""


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))


def _export_quickwin_pdf(window: Any, out: Path, qtbot: Any, messages: Any, monkeypatch: Any) -> str:
    """Ekspor > Profil Quick Win (PDF) from the menu, saved to ``out``; its text."""
    before = len(messages.texts())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.menu_actions.export["quickwin"].trigger()
    qtbot.waitUntil(lambda: len(messages.texts()) > before, timeout=30000)
    assert "Ekspor selesai" in messages.texts()[-1]
    return _pdf_text(out)


def test_scoring_to_a_chosen_quick_win(
    board: tuple[Any, QuickWinScoringView],
    qtbot: Any,
    tmp_path: Path,
    messages_patched: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, view = board
    db = view.session.db
    # the demo's board: 15 candidates, 4 criteria, 6 working groups; the ranking is the documents' ranking
    assert len(view.candidates) == 15 and view.grid.columnCount() == 1 + 4
    assert view.votes_grid.columnCount() == 1 + 6
    assert _order(view) == _core_order(view)
    assert view.matrix.placed() and len(view.matrix.placed()) == 15
    start = _order(view)

    # 1. a weight: cost counts five times as much -> the order changes, and is again the core ranking
    view.tabs.setCurrentIndex(2)
    crit = view.criteria_table
    row = next(i for i in range(crit.rowCount()) if crit.item(i, 0).text() == "Biaya")
    crit.item(row, 1).setText("100")
    cost = next(c for c in db.rows("quick_win_criterion") if c["name"] == "Biaya")
    assert cost["weight"] == 100
    assert "Jumlah bobot: 180%" in view.weight_sum.text()
    weighted = _order(view)
    assert weighted != start and weighted == _core_order(view)
    view.session.undo_stack.undo()  # back to the demo's weights for the steps below
    assert _order(view) == start

    # 2. score the target with the keyboard: 5 Tab 5 Tab 2 Tab 5 Enter (same scores as Si Pepadu, rank 1)
    view.tabs.setCurrentIndex(0)
    target_row = next(i for i, pid in enumerate(view.candidates) if db.get("program", pid)["name"] == TARGET)
    pid = view.candidates[target_row]
    assert _order(view).index(TARGET) > 5
    _type(qtbot, view.grid, target_row, 1, ["5", "Tab", "5", "Tab", "2", "Tab", "5", "Enter"])
    scores = {c["name"]: s["score"] for s in db.rows("quick_win_score", program_id=pid)
              for c in db.rows("quick_win_criterion") if c["id"] == s["criterion_id"]}  # fmt: skip
    assert scores == {"Dampak bagi warga": 5, "Urgensi": 5, "Biaya": 2, "Kelayakan pelaksanaan": 5}
    assert view.grid.currentRow() == target_row + 1  # Enter on the last column went on to the next candidate
    order = _order(view)
    assert order == _core_order(view)
    assert order.index(TARGET) == 1 and order[0].startswith("Si Pepadu")  # tied on 4.80: Si Pepadu has 6 votes
    assert view.ranking_table.item(1, 2).text() == "4,8"  # as the Quick Win PDF prints it
    # a score outside 1-5 is refused with a message, not stored
    failed: list[str] = []
    view.session.failed.connect(failed.append)
    _type(qtbot, view.grid, target_row, 4, ["0", "Enter"])
    assert failed and "1 sampai 5" in failed[-1]
    assert {s["score"] for s in db.rows("quick_win_score", program_id=pid)} == {5, 2}

    # 3. dot votes for one group: 9 -> the target passes Si Pepadu
    view.tabs.setCurrentIndex(1)
    _type(qtbot, view.votes_grid, target_row, 1, ["9", "Enter"])
    group = view.groups[0]
    (vote,) = db.rows("quick_win_vote", program_id=pid, group_id=group["id"])
    assert vote["votes"] == 9
    order = _order(view)
    assert order[0] == TARGET and order == _core_order(view)
    votes = sum(v["votes"] for v in db.rows("quick_win_vote", program_id=pid))
    assert votes == 10 and view.ranking_table.item(0, 3).text() == "10"  # the demo's 1 and these 9
    assert view.ranking_table.item(0, 4).text() == quadrant_name("quick_win") == "Quick Win"

    assert db.get("program", pid)["is_quick_win"] == 0
    # 4. choose it: selected in the ranked list and highlighted in the matrix, then "Jadikan Quick Win"
    view.ranking_table.setCurrentCell(0, 1)
    assert view.program_id == pid and view.matrix.selected == pid
    assert view.choose_button.isEnabled()
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    assert db.get("program", pid)["is_quick_win"] == 1
    assert db.rows("quick_win", program_id=pid)[0]["status"] == "chosen"
    assert view.ranking_table.item(0, 1).text() == "\u2605 " + TARGET  # chosen ones marked
    assert not view.choose_button.isEnabled() and "sudah menjadi Quick Win" in view.chosen_note.text()
    qw = window.show_place("quickwin")
    assert _listed(qw, pid) == "Terpilih"  # in the Quick Win list, chosen (it was not a Quick Win before)
    text = _export_quickwin_pdf(window, tmp_path / "quickwin.pdf", qtbot, messages_patched, monkeypatch)
    # the ranked table of the Quick Win document: rank, name, dimension, the four scores, 4,8, votes, status
    assert re.search(
        r"\b1 Sistem Peringatan Dini dan Informasi Kebencanaan Smart Environment 5 5 2 5 4,8 10 Terpilih", text
    )
    assert "Si Pepadu: Sistem Pengaduan Masyarakat Terpadu Smart Governance 5 5 2 5 4,8 6 Terpilih" in text

    # 5. undo: no longer a Quick Win, nor in the Quick Win list
    window.show_place("quickwin_scoring")
    window.session.undo_stack.undo()
    assert db.get("program", pid)["is_quick_win"] == 0
    assert db.rows("quick_win", program_id=pid)[0]["status"] != "chosen"
    assert view.ranking_table.item(0, 1).text() == TARGET and view.choose_button.isEnabled()
    qw = window.show_place("quickwin")
    assert _listed(qw, pid) == "Kandidat"  # a candidate again (scored), no longer chosen
    window.session.undo_stack.undo()  # and the votes
    assert not db.rows("quick_win_vote", program_id=pid, group_id=group["id"])


def test_criteria_add_edit_delete_and_defaults(plan_file: Path, qtbot: Any, messages_patched: Any) -> None:
    from smartcity_desktop.gui.session import PlanSession
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.operations import programs

    session = PlanSession(PlanDocument.open(plan_file))
    try:
        view = QuickWinScoringView(session)
        qtbot.addWidget(view)
        view.show()
        assert view.criteria == [] and view.default_button.isEnabled() and view.candidates == []
        assert "Belum ada kandidat" in view.chosen_note.text()
        ids = view.default_criteria()
        assert ids and len(view.criteria) == 4 and not view.default_button.isEnabled()
        assert two_lines(view.criteria[0]["name"]) == "Dampak\nbagi warga"
        new = view.add_criterion()
        assert new and view.criteria_table.rowCount() == 5
        row = view.criteria_table.currentRow()
        view.criteria_table.item(row, 0).setText("Dukungan DPRD")
        view.criteria_table.item(row, 3).setCheckState(Qt.CheckState.Unchecked)
        c = session.db.get("quick_win_criterion", new)
        assert c["name"] == "Dukungan DPRD" and c["higher_is_better"] == 0
        view.criteria_table.item(row, 1).setText("banyak")  # not a number: refused, shown as before
        assert session.db.get("quick_win_criterion", new)["weight"] == 10
        assert view.criteria_table.item(row, 1).text() == "10"
        view.criteria_table.setCurrentCell(row, 0)
        assert view.delete_criterion()
        assert len(view.criteria) == 4 and session.db.get("quick_win_criterion", new) is None
        # a program becomes a candidate from the combo; Delete clears a score
        dim = session.db.rows("dimension")[0]["id"]
        pid = session.add("p", programs.add, dim, "Lapor Bupati", status="planned")
        view.add_combo.setCurrentIndex(view.add_combo.findData(pid))
        assert view.add_candidate() and view.candidates == [pid]
        _type(qtbot, view.grid, 0, 1, ["4", "Enter"])
        assert [s["score"] for s in session.db.rows("quick_win_score", program_id=pid)] == [4]
        _type(qtbot, view.grid, 0, 1, ["Del"])
        assert session.db.rows("quick_win_score", program_id=pid) == []
        view.grab()  # paints the matrix without any dot
    finally:
        session.close()


def test_matrix_widget_alone(qtbot: Any) -> None:
    """Presenter mode can show the matrix on its own: ranked rows in, dots with rank and short name."""
    from smartcity_desktop.core.quickwin_scoring import Ranked

    ranked = [
        Ranked("a", "Si Pepadu: Sistem Pengaduan Masyarakat Terpadu", "d1", "chosen", {}, 4.8, 5.0, 1.5, 6, 1),
        Ranked("b", "Bank Sampah Digital Desa", "d2", "candidate", {}, 3.6, 3.5, 2.5, 3, 2),
        Ranked("c", "Belum dinilai", None, "candidate", {}, None, None, None, 0, 3),
    ]
    m = QuickWinMatrix(ranked, {"d1": "#1565C0"})
    qtbot.addWidget(m)
    m.resize(m.sizeHint())
    m.set_selected("b")
    m.show()
    image = m.grab().toImage()
    assert [r.program_id for r in m.placed()] == ["a", "b"]
    centre, radius, pid = m._dots[0]  # the dot's fill beside its number is its dimension's colour
    assert pid == "a" and image.pixelColor(int(centre.x() - radius * 0.6), int(centre.y())).name() == "#1565c0"
    picked: list[str] = []
    m.picked.connect(picked.append)
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=m._dots[1][0].toPoint())
    assert picked == ["b"]
    assert short_name(ranked[0].name) == "Si Pepadu"
    assert short_name("Pendaftaran Daring dan Antrean Elektronik RSUD") == "Pendaftaran\u2026"


def test_board_follows_the_projector_zoom(board: tuple[Any, QuickWinScoringView], controller: Any) -> None:
    window, view = board
    hint, rows = view.matrix.sizeHint(), view.grid.verticalHeader().defaultSectionSize()
    controller.apply_zoom(1.5)
    window.apply_zoom()
    try:
        big = view.matrix.sizeHint()
        assert big.width() == round(hint.width() * 1.5) and big.height() == round(hint.height() * 1.5)
        assert view.grid.verticalHeader().defaultSectionSize() >= rows * 1.4
        header = view.ranking_table.horizontalHeader()  # the program names keep most of the ranked list
        assert header.sectionSize(1) > max(header.sectionSize(c) for c in (0, 2, 3, 4))
    finally:
        controller.apply_zoom(1.0)
        window.apply_zoom()
    assert view.matrix.sizeHint() == hint


def test_quick_win_view_opens_the_board_on_its_program(board: tuple[Any, QuickWinScoringView], qtbot: Any) -> None:
    window, view = board
    qw = window.show_place("quickwin")
    row = next(i for i, r in enumerate(qw.rows) if r["name"].startswith("Bank Sampah"))
    qw.list.setCurrentCell(row, 0)
    (button,) = [b for b in qw.findChildren(QPushButton) if b.text() == "&Penilaian kandidat..."]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current[0] == "quickwin_scoring" and window.stack.currentWidget() is view
    assert view.program_id == qw.rows[row]["program_id"] == view.matrix.selected
    assert view.ranking_table.item(view.ranking_table.currentRow(), 1).text() == "Bank Sampah Digital Desa"
