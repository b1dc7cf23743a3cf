# SPDX-License-Identifier: GPL-3.0-or-later
"""Feedback (masukan) through the real window: added from a part's context menu, answered in the list, and
counted alike on the dashboard and in Kelengkapan."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smartcity_desktop.gui import feedback as fb


@pytest.fixture
def answer_dialog(auto_accept: Any) -> list[fb.FeedbackDialog]:
    """FeedbackDialog.exec fills in a remark and presses Simpan (no modal loop in tests)."""
    return auto_accept(
        fb.FeedbackDialog, lambda dlg: dlg.text.setPlainText("Tambahkan target tahunan yang terukur untuk program ini.")
    )


def context_action(widget: Any) -> Any:
    (act,) = [a for a in widget.actions() if a.objectName() == "add_feedback"]
    assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    return act


def open_counts(window: Any) -> tuple[int, int]:
    """(the dashboard's card, Kelengkapan's group "Masukan terbuka") as they show now."""
    dash = window.show_place("dashboard")
    card = int(dash.card_labels["feedback"].text())
    done = window.show_place("completeness")
    group = [f for f in done.findings if f.group == "feedback"]
    heads = [done.tree.topLevelItem(i).text(0) for i in range(done.tree.topLevelItemCount())]
    if group:
        assert f"Masukan terbuka ({len(group)})" in heads
    else:
        assert not [h for h in heads if h.startswith("Masukan terbuka")]
    return card, len(group)


def test_feedback_from_a_program_is_answered_and_both_counts_drop(
    demo_window: Any, answer_dialog: list[Any], qtbot: Any
) -> None:
    window = demo_window
    card, group = open_counts(window)
    assert card == group == 5  # the demo: 2 open + 3 being handled

    programs = window.show_place("programs")
    pid = window.session.db.rows("program")[0]["id"]
    assert programs.select_row("program", pid)
    context_action(programs.table).trigger()
    (dlg,) = answer_dialog
    assert dlg.author.text().startswith("Didik Partono Rudiarto")  # the resource person by default
    assert dlg.status.currentData() == "open"
    assert dlg.meeting.currentData() is not None  # the latest meeting, so a stage
    (row,) = [
        f for f in window.session.db.rows("feedback", target_table="program", target_id=pid) if "terukur" in f["text"]
    ]
    assert row["status"] == "open" and row["author"] == dlg.author.text()
    assert window.nav._rows["program", pid].text(0).endswith("\u25cf 1")  # a marker in the tree
    side = window.side.feedback  # beside its part: the side panel of the program
    assert any("terukur" in side.item(i).text() for i in range(side.count()))
    assert open_counts(window) == (card + 1, group + 1)

    view = window.show_place("feedback", None, "feedback", row["id"])
    assert view.current()["id"] == row["id"]
    view.status.setCurrentIndex(view.status.findData("done"))
    view.response.setPlainText("Target tahunan ditambahkan pada indikator program.")
    assert view.save_answer()
    answered = window.session.db.get("feedback", row["id"])
    assert answered["status"] == "done" and answered["response"].startswith("Target tahunan")
    assert open_counts(window) == (card, group)
    assert "\u25cf" not in window.nav._rows["program", pid].text(0)

    window.session.undo_stack.undo()  # the answer is one step
    assert window.session.db.get("feedback", row["id"])["status"] == "open"
    assert open_counts(window) == (card + 1, group + 1)


def test_answering_an_open_item_decrements_dashboard_and_completeness(demo_window: Any) -> None:
    window = demo_window
    card, group = open_counts(window)
    view = window.show_place("feedback")
    view.set_filters(status="open")
    assert {f["status"] for f in view.shown} == {"open"} and len(view.shown) == 2
    view.set_current_row(0)
    view.status.setCurrentIndex(view.status.findData("declined"))
    view.response.setPlainText("Di luar lingkup masterplan.")
    assert view.save_answer()
    assert open_counts(window) == (card - 1, group - 1)


def test_feedback_list_filters_and_jumps_to_the_part(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    nav_keys = [p[0] for p in window.nav.places()]
    assert nav_keys.index("feedback") == nav_keys.index("workshops") + 1  # under Lokakarya
    view = window.show_place("feedback")
    assert len(view.shown) == view.model.rowCount() == 15
    view.set_filters(stage=2)
    assert view.shown and {f["stage"] for f in view.shown} == {2}
    view.set_filters(stage=None, part="program")
    assert view.shown and all(f["part"].startswith("Program: ") for f in view.shown)
    view.set_filters(part=None, status="in_progress")
    assert len(view.shown) == 3
    view.set_filters(status=None, author="Nobody")  # an unknown value falls back to all
    assert len(view.shown) == 15
    labels = {view.status_filter.itemText(i) for i in range(view.status_filter.count())}
    assert {"Terbuka", "Sedang ditangani", "Selesai", "Ditolak"} <= labels  # the label catalogue

    view.set_filters(status=None, part="chapter")
    f = view.shown[0]
    view.set_current_row(0)
    qtbot.waitUntil(lambda: view.table.viewport().height() > 50)
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current[0] == "chapters" and window.current[1] == f["target_id"]


def test_menu_action_adds_feedback_on_a_readiness_cell_and_undo_removes_it(
    demo_window: Any, answer_dialog: list[Any]
) -> None:
    window = demo_window
    view = window.show_place("readiness")
    view.grid.setCurrentCell(1, 0)  # row 0 heads a component
    part = view.feedback_target()
    assert part is not None and part[0] in ("readiness_score", "readiness_element")
    before = len(window.session.db.rows("feedback"))
    window.menu_actions.add_feedback.trigger()
    assert answer_dialog and answer_dialog[0].part == part
    assert "×" in answer_dialog[0].part_label.text() or part[0] == "readiness_element"
    rows = window.session.db.rows("feedback", target_table=part[0], target_id=part[1])
    assert len(window.session.db.rows("feedback")) == before + 1 and rows
    window.session.undo_stack.undo()
    assert len(window.session.db.rows("feedback")) == before


def test_context_menus_of_every_kind_of_part(demo_window: Any, answer_dialog: list[Any]) -> None:
    """Chapter, dimension and program in the navigation tree; Quick Win, indicator and readiness cell in their
    views: each names its part."""
    window = demo_window
    db = window.session.db
    chapter = db.rows("chapter")[0]["id"]
    dim = db.rows("dimension")[0]["id"]
    for key, target in (("chapters", chapter), ("dimension", dim)):
        window.show_place(key, target)
        context_action(window.nav).trigger()
    quickwin = window.show_place("quickwin")
    quickwin.list.setCurrentCell(0, 0)
    quickwin._show(0)
    context_action(quickwin.list).trigger()
    indicators = window.show_place("indicators")
    indicators.table.selectRow(0)
    context_action(indicators.table).trigger()
    parts = [d.part[0] for d in answer_dialog]
    assert parts == ["chapter", "dimension", "quick_win", "indicator"]
    assert all(d.result() == QDialog.DialogCode.Accepted for d in answer_dialog)


def test_a_blank_remark_is_refused_in_the_dialog(demo_window: Any) -> None:
    window = demo_window
    dlg = fb.FeedbackDialog(window.session, ("dimension", window.session.db.rows("dimension")[0]["id"]), window)
    before = len(window.session.db.rows("feedback"))
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.error.text()
    assert len(window.session.db.rows("feedback")) == before


def test_feedback_on_a_plan_without_meetings(window: Any, answer_dialog: list[Any]) -> None:
    dim = window.session.db.rows("dimension")[0]["id"]
    window.show_place("dimension", dim)
    window.menu_actions.add_feedback.trigger()
    (dlg,) = answer_dialog
    assert dlg.meeting.currentData() is None and dlg.author.text() == ""
    (row,) = window.session.db.rows("feedback")
    assert (row["target_table"], row["target_id"], row["meeting_id"]) == ("dimension", dim, None)
    view = window.show_place("feedback")
    assert [f["stage"] for f in view.shown] == [None]
    view.set_filters(stage="-")
    assert len(view.shown) == 1


def test_part_labels_read_at_once_name_every_kind_of_part_as_one_by_one(demo_file: Any, qapp: Any) -> None:
    """The feedback list names its parts with a few queries (issue 10: one per remark was half its first
    build on the large plan); the names are those of part_label, for every kind of part and a deleted one."""
    from smartcity_desktop.services.document import PlanDocument

    doc = PlanDocument.open(demo_file)
    try:
        db = doc.db
        targets: list[tuple[str | None, str | None]] = [
            (f.get("target_table"), f.get("target_id")) for f in db.rows("feedback")
        ]
        for table in ("quick_win", "readiness_score", "program", "chapter", "dimension", "indicator", "mission"):
            targets += [(table, r["id"]) for r in db.rows(table)[:3]]
        targets += [("plan", db.plan()["id"]), ("program", "no-such-id"), (None, None), ("chapter", None)]
        kinds = {t for t, _ in targets}
        assert {"quick_win", "readiness_score", "plan", None} <= kinds
        one_by_one = [fb.part_label(db, t, i) for t, i in targets]
        assert fb.part_labels(db, targets) == one_by_one
        assert any(" × " in label for label in one_by_one)  # readiness cells name element and dimension
        assert any(label.endswith("(sudah dihapus)") for label in one_by_one)
    finally:
        doc.close()


def test_the_list_shows_each_remark_on_one_line_with_its_whole_text_on_hover(demo_window: Any) -> None:
    from smartcity_desktop.gui.views.feedback import COLUMNS, ROLE

    view = demo_window.show_place("feedback")
    model = view.model
    assert model.rowCount() == len(view.shown) > 0
    text, status = COLUMNS.index("text"), COLUMNS.index("status")
    for r, f in enumerate(view.shown):
        cell = model.index(r, text)
        assert model.data(cell) == " ".join(f["text"].split())
        assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == f["text"]
        assert model.data(cell, ROLE) == f["id"]
        font = model.data(model.index(r, status), Qt.ItemDataRole.FontRole)
        assert (font is not None and font.bold()) == (f["status"] in ("open", "in_progress")), f["status"]
    view.set_current_row(1)
    assert view.current() is view.shown[1] and f"{view.shown[1]['text'][:20]}" in view.detail.text()
