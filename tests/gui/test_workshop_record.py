# SPDX-License-Identifier: GPL-3.0-or-later
"""The Lokakarya section through the real main window: meetings, register and attendance, import of a
participant list, minutes that survive reopening, action items, and the one undo of each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smartcity_desktop.gui import workshop_people
from smartcity_desktop.gui.views.workshops import WorkshopsView
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.reading.overview import workshop_overview

NIP = "197203141998031001"


def _view(window: Any) -> WorkshopsView:
    view = window.show_place("workshops")
    assert isinstance(view, WorkshopsView)
    return view


def _type(edit: Any, text: str) -> None:
    edit.setFocus()
    edit.setText(text)
    edit.setModified(True)
    edit.editingFinished.emit()


def _meeting_counts(window: Any, meeting_id: str) -> tuple[int, int]:
    m = next(m for s in workshop_overview(window.session.db) for m in s["meetings"] if m["id"] == meeting_id)
    return m["present"], m["invited"]


def test_stages_show_their_purpose_and_a_meeting_is_added_edited_and_deleted(window: Any) -> None:
    view = _view(window)
    db = window.session.db
    heads = [view.meetings.topLevelItem(i).text(0) for i in range(view.meetings.topLevelItemCount())]
    assert [h.split(":")[0] for h in heads] == ["Tahap 1", "Tahap 2", "Tahap 3", "Tahap 4"]
    view._select("stage", db.rows("workshop_stage")[1]["id"])
    assert "visi" in view.stage_purpose.text().lower()  # stage 2: vision, mission, strategy

    mid = view.add_meeting()
    assert mid and db.get("meeting", mid)["stage_id"] == db.rows("workshop_stage")[1]["id"]
    form = view.form
    _type(form.title, "Tahap II Hari 1")
    _type(form.date, "4 September 2017")
    _type(form.start, "8.30")
    _type(form.venue, "Aula Bappeda")
    _type(form.chair, "Sekretaris Daerah")
    _type(form.resource, "Didik Partono Rudiarto")
    form.agenda.setPlainText("Pembukaan\nPerumusan visi")
    form.agenda.editingFinished.emit()
    row = db.get("meeting", mid)
    assert (row["title"], row["date"], row["start_time"], row["venue"]) == (
        "Tahap II Hari 1",
        "2017-09-04",
        "08:30",
        "Aula Bappeda",
    )
    assert (row["chair"], row["resource_person"], row["agenda"]) == (
        "Sekretaris Daerah",
        "Didik Partono Rudiarto",
        "Pembukaan\nPerumusan visi",
    )
    _type(form.date, "31 Juni 2017")  # no such day: shown beside the field, nothing stored
    assert not form.error.isHidden() and "31 Juni 2017" in form.error.text()
    assert db.get("meeting", mid)["date"] == "2017-09-04"
    _type(form.title, "")  # a meeting needs a title: the old one comes back
    assert db.get("meeting", mid)["title"] == "Tahap II Hari 1" and form.title.text() == "Tahap II Hari 1"

    window.session.undo_stack.undo()  # the agenda
    assert db.get("meeting", mid)["agenda"] is None and form.agenda.toPlainText() == ""
    assert view.delete_meeting()
    assert db.get("meeting", mid) is None
    window.session.undo_stack.undo()
    assert db.get("meeting", mid)["title"] == "Tahap II Hari 1"


def test_register_a_participant_and_mark_attendance(window: Any) -> None:
    view = _view(window)
    db = window.session.db
    session = window.session
    mid = view.add_meeting("Tahap I Hari 1")
    assert mid
    people = view.participants
    view.tabs.setCurrentWidget(view.people_page)
    pid = people.add_participant()
    assert pid
    _type(people.name, "Lalu Hendra Wiradinata")
    _type(people.nip, NIP)
    _type(people.position, "Kepala Dinas")
    kominfo = next(a for a in db.rows("agency") if a["name"] == "Dinas Komunikasi dan Informatika")
    people.agency.setCurrentIndex(people.agency.findData(kominfo["id"]))
    people.agency.activated.emit(people.agency.currentIndex())
    _type(people.phone, "0812-0000-0100")
    row = db.get("participant", pid)
    assert (row["name"], row["nip"], row["position"], row["agency_id"], row["phone"], row["email"]) == (
        "Lalu Hendra Wiradinata",
        NIP,
        "Kepala Dinas",
        kominfo["id"],
        "0812-0000-0100",
        None,
    )
    assert people.table.item(people.table.currentRow(), 0).text() == "Lalu Hendra Wiradinata"
    other = people.add_participant()
    assert other
    _type(people.name, "Baiq Nurul Aini")

    # attendance of the meeting: a check list, filterable by agency
    view.tabs.setCurrentIndex(0)
    view._select("meeting", mid)
    att = view.attendance
    assert att.list.count() == 2 and "Hadir: 0 dari 2 peserta" in att.count.text()
    att.set_present(pid, True)
    assert _meeting_counts(window, mid) == (1, 1)
    assert "Hadir: 1 dari 2 peserta" in att.count.text()
    tree_row = view.meetings.currentItem()
    assert tree_row.data(0, Qt.ItemDataRole.UserRole + 1) == mid and tree_row.text(2) == "1/1"
    session.undo_stack.undo()
    assert _meeting_counts(window, mid) == (0, 0)
    assert att.items()[0].checkState() == Qt.CheckState.Unchecked

    att.agency.setCurrentIndex(att.agency.findData(kominfo["id"]))
    att.agency.activated.emit(att.agency.currentIndex())
    assert [it.data(Qt.ItemDataRole.UserRole) for it in att.shown()] == [pid]
    assert att.mark_shown(True)  # "all shown": only Kominfo's person
    assert _meeting_counts(window, mid) == (1, 1)
    att.agency.setCurrentIndex(0)
    att.agency.activated.emit(0)
    assert att.mark_shown(True)
    assert _meeting_counts(window, mid) == (2, 2)
    assert att.mark_shown(False)
    assert _meeting_counts(window, mid) == (0, 2)
    session.undo_stack.undo()
    assert _meeting_counts(window, mid) == (2, 2)

    # deleting a participant takes their attendance; undo brings both back
    view.tabs.setCurrentWidget(view.people_page)
    assert people.select(pid) and people.delete_participant()
    assert db.get("participant", pid) is None and _meeting_counts(window, mid) == (1, 1)
    session.undo_stack.undo()
    assert db.get("participant", pid)["nip"] == NIP and _meeting_counts(window, mid) == (2, 2)


def test_attendance_filters_by_working_group_and_the_group_is_set_in_the_register(demo_window: Any) -> None:
    view = _view(demo_window)
    db = demo_window.session.db
    people = view.participants
    group = db.rows("work_group")[0]
    pid = people.ids[0]
    people.select(pid)
    people.group.setCurrentIndex(people.group.findData(group["id"]))
    people.group.activated.emit(people.group.currentIndex())
    assert [m["group_id"] for m in db.rows("work_group_member", participant_id=pid)] == [group["id"]]
    members = {m["participant_id"] for m in db.rows("work_group_member", group_id=group["id"])}
    att = view.attendance
    att.group.setCurrentIndex(att.group.findData(group["id"]))
    att.group.activated.emit(att.group.currentIndex())
    assert {it.data(Qt.ItemDataRole.UserRole) for it in att.shown()} == members
    assert f"tampil {len(members)}" in att.count.text()
    demo_window.session.undo_stack.undo()
    assert [m["group_id"] for m in db.rows("work_group_member", participant_id=pid)] != [group["id"]]


@pytest.fixture
def demo_window(controller: Any, demo_file: Path, qtbot: Any) -> Any:
    assert controller.open_path(str(demo_file))
    win = controller.window
    qtbot.waitExposed(win)
    return win


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["Nama;NIP;Jabatan;Instansi/OPD;No. HP", *rows]) + "\n", encoding="utf-8")
    return path


def test_import_refuses_a_file_with_a_bad_row_then_imports_a_good_one(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages_patched: Any
) -> None:
    view = _view(window)
    db = window.session.db
    before = len(db.rows("participant"))
    seen: dict[str, Any] = {}

    def look(dialog: workshop_people.ImportDialog) -> int:
        seen["mapping"] = dialog.mapping()
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["problems"] = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
        seen["verdict"] = dialog.verdict.text()
        seen["preview"] = dialog.preview.item(0, 0).text()
        return QDialog.DialogCode.Accepted  # even a forced import of a refused file adds no one

    monkeypatch.setattr(workshop_people.ImportDialog, "exec", look)
    bad = _csv(
        tmp_path / "peserta-salah.csv",
        [
            f"Lalu Hendra;{NIP};Kepala Dinas;Diskominfo;0812",
            "Baiq Nurul;1972 0314;Pranata Komputer;Dinas Komunikasi dan Informatika;0813",
            f"Zulkifli;{NIP[:-1]}2;Kepala Bidang;Bappeda;0814",
        ],
    )
    assert view.participants.import_file(str(bad)) is None
    assert seen["mapping"]["name"] == 0 and seen["mapping"]["nip"] == 1 and seen["mapping"]["agency"] == 3
    assert seen["preview"] == "Lalu Hendra"
    assert not seen["enabled"]
    assert any(p.startswith("Baris 3") and "1972 0314" in p for p in seen["problems"]), seen["problems"]
    assert "1 baris ditolak" in seen["verdict"]
    assert len(db.rows("participant")) == before  # none of the file
    assert any("tidak ada peserta yang diimpor" in t for t in messages_patched.texts())

    good = _csv(
        tmp_path / "peserta.csv",
        [
            f"Lalu Hendra;{NIP};Kepala Dinas;Dinas Komunikasi dan Informatika;0812",
            f"Zulkifli;{NIP[:-1]}2;Kepala Bidang;Badan Perencanaan Pembangunan Daerah;0814",
        ],
    )
    ids = view.participants.import_file(str(good))
    assert seen["enabled"] and seen["problems"] == [] and "2 peserta" in seen["verdict"]
    assert ids and len(ids) == 2
    assert {p["name"] for p in db.rows("participant")} >= {"Lalu Hendra", "Zulkifli"}
    assert view.participants.table.rowCount() == before + 2
    window.session.undo_stack.undo()  # the whole import is one step
    assert len(db.rows("participant")) == before


def test_minutes_and_decisions_survive_reopening(controller: Any, window: Any, plan_file: Path) -> None:
    view = _view(window)
    db = window.session.db
    mid = view.add_meeting("Tahap I Hari 1")
    assert mid
    view.meeting_tabs.setCurrentWidget(view.minutes)
    minutes = view.minutes
    _type(minutes.taker, "Baiq Nurul Aini")
    minutes.editor.setFocus()
    minutes.editor.setPlainText("Sekretaris Daerah membuka Bimtek.")
    minutes._bold()
    assert minutes.commit_proceedings()
    assert db.get("meeting", mid)["minutes_md"].startswith("Sekretaris Daerah membuka Bimtek.")
    minutes.add_decision()
    minutes.decisions.item(0).setText("Enam kelompok kerja dibentuk")
    minutes.add_decision()
    minutes.decisions.item(1).setText("Daftar aplikasi diserahkan paling lambat 28 Juli 2017")
    assert db.get("meeting", mid)["decisions"] == (
        "Enam kelompok kerja dibentuk\nDaftar aplikasi diserahkan paling lambat 28 Juli 2017"
    )
    minutes.decisions.setCurrentRow(0)
    assert minutes.delete_decision()
    assert db.get("meeting", mid)["decisions"] == "Daftar aplikasi diserahkan paling lambat 28 Juli 2017"
    window.session.undo_stack.undo()  # the deleted decision comes back, in the list too
    assert minutes.decision_texts() == [
        "Enam kelompok kerja dibentuk",
        "Daftar aplikasi diserahkan paling lambat 28 Juli 2017",
    ]

    assert window.close()
    rows, _ = read_rows(plan_file)
    (meeting,) = [m for m in rows["meeting"] if m["id"] == mid]
    assert meeting["minute_taker"] == "Baiq Nurul Aini"
    assert "Enam kelompok kerja dibentuk" in meeting["decisions"]

    assert controller.open_path(str(plan_file))
    again = _view(controller.window)
    assert again._select("meeting", mid)
    assert again.minutes.taker.text() == "Baiq Nurul Aini"
    assert "Sekretaris Daerah membuka Bimtek." in again.minutes.editor.toPlainText()
    assert again.minutes.decision_texts()[0] == "Enam kelompok kerja dibentuk"
    controller.window.session.undo_stack.undo()  # nothing to undo after reopening; the minutes stay
    assert again.minutes.taker.text() == "Baiq Nurul Aini"


def test_minutes_typing_is_undone_in_one_step(window: Any) -> None:
    view = _view(window)
    db = window.session.db
    mid = view.add_meeting("Rapat")
    minutes = view.minutes
    minutes.editor.setPlainText("Catatan pertama")
    assert minutes.commit_proceedings()
    minutes.editor.setPlainText("Catatan kedua")
    assert minutes.commit_proceedings()
    window.session.undo_stack.undo()
    assert db.get("meeting", mid)["minutes_md"] == "Catatan pertama"
    assert minutes.editor.toPlainText() == "Catatan pertama"


def test_add_and_complete_an_action_item(demo_window: Any, messages_patched: Any) -> None:
    view = _view(demo_window)
    db = demo_window.session.db
    session = demo_window.session
    view._select("meeting", db.rows("meeting")[0]["id"])
    actions = view.action_items
    view.tabs.setCurrentWidget(view.actions_page)
    before = len(db.rows("action_item"))
    aid = actions.add_action()
    assert aid and len(db.rows("action_item")) == before + 1
    assert db.get("action_item", aid)["meeting_id"] == db.rows("meeting")[0]["id"]
    _type(actions.text, "Menyerahkan data aplikasi OPD")
    _type(actions.owner, "Baiq Nurul Aini")
    bappeda = next(a for a in db.rows("agency") if a.get("code") == "Bappeda" or a["name"].startswith("Badan Peren"))
    actions.agency.setCurrentIndex(actions.agency.findData(bappeda["id"]))
    actions.agency.activated.emit(actions.agency.currentIndex())
    actions.stage.setCurrentIndex(actions.stage.findData(3))
    actions.stage.activated.emit(actions.stage.currentIndex())
    row = db.get("action_item", aid)
    assert (row["text"], row["owner"], row["agency_id"], row["due_date"]) == (
        "Menyerahkan data aplikasi OPD",
        "Baiq Nurul Aini",
        bappeda["id"],
        "2017-09-27",  # the first day of stage 3
    )
    r = actions.ids.index(aid)
    assert actions.table.item(r, 3).text() == "Tahap 3"
    assert "Tahap 3" in actions.stage.currentText()
    # done: a tick in the table
    actions.table.item(r, 0).setCheckState(Qt.CheckState.Checked)
    assert db.get("action_item", aid)["status"] == "done"
    assert actions.done.isChecked()
    session.undo_stack.undo()
    assert db.get("action_item", aid)["status"] == "open"
    assert actions.table.item(actions.ids.index(aid), 0).checkState() == Qt.CheckState.Unchecked
    session.undo_stack.undo()  # the due stage
    assert db.get("action_item", aid)["due_date"] is None
    assert actions.delete_action()
    assert db.get("action_item", aid) is None
    session.undo_stack.undo()
    assert db.get("action_item", aid)["text"] == "Menyerahkan data aplikasi OPD"
    # a blank text is refused beside the field, never stored
    _type(actions.text, "")
    assert db.get("action_item", aid)["text"] == "Menyerahkan data aplikasi OPD"


def test_ctrl_z_in_the_minutes_editor_undoes_the_typing_there(window: Any, qtbot: Any) -> None:
    view = _view(window)
    db = window.session.db
    mid = view.add_meeting("Rapat")
    view.meeting_tabs.setCurrentWidget(view.minutes)
    editor = view.minutes.editor
    window.activateWindow()
    editor.setFocus()
    qtbot.keyClicks(editor, "Narasumber membuka")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db.get("meeting", mid)["minutes_md"] is None  # stored at the key, then undone
    assert editor.toPlainText() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert db.get("meeting", mid)["minutes_md"] == "Narasumber membuka"


def test_minutes_toolbar_formats_as_the_chapter_editor_does(window: Any) -> None:
    from PySide6.QtGui import QTextListFormat

    view = _view(window)
    mid = view.add_meeting("Rapat")
    minutes = view.minutes
    minutes.editor.setPlainText("Pembukaan")
    minutes._list(QTextListFormat.Style.ListDisc)
    assert minutes.commit_proceedings()
    assert window.session.db.get("meeting", mid)["minutes_md"].startswith("- Pembukaan")
    minutes._list(QTextListFormat.Style.ListDisc)  # again: back to a paragraph
    assert minutes.commit_proceedings()
    assert window.session.db.get("meeting", mid)["minutes_md"] == "Pembukaan"


def test_participants_and_follow_ups_are_read_when_their_tab_is_first_shown(
    demo_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10: the view's first build read and laid out every participant and follow-up item of the plan for two
    tabs not shown; they are built when shown (or selected from elsewhere), with the view's meeting for new items."""
    from smartcity_desktop.gui.workshop_actions import ActionsPanel
    from smartcity_desktop.gui.workshop_people import ParticipantsPanel

    reads: list[str] = []
    for cls, name in ((ParticipantsPanel, "people"), (ActionsPanel, "actions")):
        monkeypatch.setattr(cls, "refresh", lambda self, real=cls.refresh, n=name: (reads.append(n), real(self))[1])
    view = _view(demo_window)
    db = demo_window.session.db
    view.refresh()
    assert reads == [] and view._participants is None and view._action_items is None
    view.tabs.setCurrentWidget(view.people_page)
    assert reads == ["people"] and view.participants.table.rowCount() > 0
    assert not view.participants.table.tabKeyNavigation()  # as the main window sets a view's tables
    view.refresh()  # built: read again with the view
    assert reads == ["people", "people"]
    view.tabs.setCurrentIndex(0)
    view._select("meeting", db.rows("meeting")[0]["id"])
    item = db.rows("action_item")[0]["id"]
    assert view.select_row("action_item", item)  # from the search or the tree: built on the way
    assert reads[-1] == "actions" and view.tabs.currentWidget() is view.actions_page
    assert view.action_items.meeting_for_new == db.rows("meeting")[0]["id"]
