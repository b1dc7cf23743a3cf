# SPDX-License-Identifier: GPL-3.0-or-later
"""The real main window: navigation, undo/redo, writing the file, completeness, search, language, export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from smartcity_desktop.gui.main_window import VIEWS
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.operations import programs, vision
from smartcity_desktop.services.plans import summary

VIEWS_DIR = Path(__file__).resolve().parents[2] / "smartcity_desktop" / "gui" / "views"


def _add_program(window: Any, name: str = "Aplikasi Pengaduan Si Pepadu") -> str:
    db = window.session.db
    dim = db.rows("dimension")[0]["id"]
    pid = window.session.add("Tambah program", programs.add, dim, name, status="proposed")
    assert pid
    return pid


def test_every_navigation_entry_shows_its_view(window: Any) -> None:
    places = window.nav.places()
    keys = {p[0] for p in places}
    assert keys == set(VIEWS)  # the tree reaches every view
    assert sum(1 for p in places if p[0] == "dimension" and p[1]) == 6
    assert any(p[0] == "chapters" and p[1] for p in places)
    for place in places:
        window.nav.setCurrentItem(next(i for i in window.nav._all_items() if tuple(i.data(0, 256)) == place))
        key = place[0]
        assert window.current[0] == key
        assert window.stack.currentWidget() is window.views[key]
    assert window.view_errors == {}
    for key, widget in window.views.items():
        module = VIEWS[key][0]
        if (VIEWS_DIR / f"{module}.py").exists():  # delivered views must be real views, not the placeholder
            assert not isinstance(widget, QLabel), key


def test_chapter_numbers_in_tree(window: Any) -> None:
    texts = [i.text(0) for i in window.nav._all_items()]
    assert "BAB I Pendahuluan" in texts
    assert any(t.startswith("BAB VIII") for t in texts)


def test_undo_redo_of_an_edit_across_views(window: Any) -> None:
    pid = _add_program(window)
    assert any(p[3] == pid for p in window.nav.places())  # the tree follows the plan
    window.show_place("completeness")
    window.menu_actions.undo.trigger()
    assert window.session.db.get("program", pid) is None
    assert not any(p[3] == pid for p in window.nav.places())
    window.show_place("dashboard")
    window.menu_actions.redo.trigger()
    assert window.session.db.get("program", pid)["name"] == "Aplikasi Pengaduan Si Pepadu"
    assert [s.toString() for s in window.menu_actions.redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_file_is_written_while_open(window: Any, plan_file: Path, qtbot: Any) -> None:
    with qtbot.waitSignal(window.session.written, timeout=5000):
        window.session.run("Visi", vision.set_text, "vision", "Lombok Timur Cerdas 2027")
    rows, _ = read_rows(plan_file)
    assert rows["plan"][0]["vision"] == "Lombok Timur Cerdas 2027"
    assert window.written_label.text().startswith("Tersimpan ke berkas pukul ")


def test_closing_writes_the_file(window: Any, plan_file: Path) -> None:
    _add_program(window, "Satu Data Lombok Timur")
    assert window.close()
    s = summary(plan_file)
    assert s.counts["program"] == 1
    rows, _ = read_rows(plan_file)
    assert rows["program"][0]["name"] == "Satu Data Lombok Timur"


def test_session_failure_shown_in_status_bar(window: Any, messages_patched: Any) -> None:
    window.session.failed.emit("Disk penuh")
    assert window.error_label.text() == "Disk penuh"
    assert messages_patched.shown == []  # non-blocking


def test_completeness_entries_navigate(window: Any) -> None:
    view = window.show_place("completeness")
    first_of_group: dict[str, Any] = {}
    for item in view.entries():
        first_of_group.setdefault(item.data(0, 256).group, item.data(0, 256))
    assert {"dimension", "chapter", "institution", "plan"} <= set(first_of_group)
    for f in first_of_group.values():
        view = window.show_place("completeness")
        item = next(i for i in view.entries() if i.data(0, 256) == f)
        view.tree.setCurrentItem(item)
        view.tree.itemActivated.emit(item, 0)
        assert window.current == (f.nav, f.target, f.table, f.row_id)
    assert window.view_errors == {}


def test_search_finds_a_program_and_navigates(window: Any) -> None:
    pid = _add_program(window)
    window.show_search()
    dlg = window._search
    dlg.query.setText("pepadu")
    assert dlg.run_search() == 1
    dlg.results.itemActivated.emit(dlg.results.item(0))
    assert window.current == ("programs", None, "program", pid)


def test_language_switch_applies_at_once(controller: Any, window: Any) -> None:
    pid = _add_program(window)
    controller.set_language("en")
    new = controller.window
    assert new is not window and new.isVisible()
    assert new.session is window.session  # the plan stayed open
    assert new.menu_actions.file_menu.title() == "&File"
    assert "Home" in [i.text(0) for i in new.nav._all_items()]
    assert controller.settings.load().language == "en"
    new.menu_actions.undo.trigger()  # the undo history survived the rebuild
    assert new.session.db.get("program", pid) is None


def test_zoom_scales_the_whole_ui(controller: Any, window: Any, qapp: QApplication) -> None:
    before = qapp.font().pointSizeF()
    window.menu_actions.zoom_in.trigger()
    assert qapp.font().pointSizeF() > before
    assert controller.settings.load().zoom > 1.0
    window.menu_actions.zoom_reset.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(before)


def test_plan_in_temp_folder_shows_banner(window: Any) -> None:
    assert not window.banner.isHidden()
    assert "Simpan salinan" in window.banner_button.text()


def test_export_json_in_background(window: Any, tmp_path: Path, qtbot: Any, messages_patched: Any) -> None:
    out = tmp_path / "plan.json"
    window.export("json", str(out))
    qtbot.waitUntil(lambda: any("Ekspor selesai" in t for t in messages_patched.texts()), timeout=5000)
    assert json.loads(out.read_text(encoding="utf-8"))


def test_export_of_a_missing_format_explains(
    window: Any, monkeypatch: pytest.MonkeyPatch, messages_patched: Any
) -> None:
    from smartcity_desktop.services import exporting

    monkeypatch.setattr(exporting, "available_formats", lambda: ["json"])
    window.export("docx", "/nonexistent/x.docx")
    assert any("belum tersedia" in t for t in messages_patched.texts())


def test_refused_file_gives_message_and_stays_untouched(controller: Any, tmp_path: Path, messages_patched: Any) -> None:
    bad = tmp_path / "rusak.smartcity"
    bad.write_bytes(b"bukan basis data" * 100)
    assert not controller.open_path(str(bad))
    assert any("Bukan berkas rencana" in t for t in messages_patched.texts())
    assert bad.read_bytes() == b"bukan basis data" * 100


def test_lock_of_another_computer_is_named(controller: Any, plan_file: Path, messages_patched: Any) -> None:
    from smartcity_desktop.services.lock import lock_path

    lock_path(plan_file).write_text(
        json.dumps({"user": "rina", "host": "LAPTOP-BAPPEDA", "pid": 4242, "since": "2017-10-26T08:00:00Z"})
    )
    assert not controller.open_path(str(plan_file))  # the patched prompt answers "cancel"
    assert any("LAPTOP-BAPPEDA" in t for t in messages_patched.texts())


def test_close_when_the_disk_refuses(window: Any, plan_file: Path, messages_patched: Any, monkeypatch: Any) -> None:
    """The window stays open and usable; choosing to leave keeps the edits for recovery."""
    from PySide6.QtWidgets import QMessageBox

    from smartcity_desktop.services import document
    from smartcity_desktop.services.document import find_recoverable

    _add_program(window, "Belum tertulis")
    with monkeypatch.context() as patch:
        patch.setattr(document, "vacuum_into", lambda *_a, **_k: (_ for _ in ()).throw(OSError(28, "No space left")))
        messages_patched.answer = QMessageBox.StandardButton.No
        assert not window.close()
        assert window.isVisible()
        _add_program(window, "Masih bisa")  # the plan is still open and editable
        messages_patched.answer = QMessageBox.StandardButton.Yes
        assert window.close()
    assert summary(plan_file).counts["program"] == 0
    assert [Path(f.document) for f in find_recoverable()] == [plan_file.absolute()]


@pytest.mark.parametrize(("field", "how"), [("motto", "quit"), ("region_name", "close")])
def test_text_typed_and_closed_at_once_is_kept(window: Any, plan_file: Path, qtbot: Any, field: str, how: str) -> None:
    """Issue 10 "Text lost on quit": a field still being typed in is committed before the plan closes."""
    view = window.show_place("profile")
    window.activateWindow()
    edit = view.fields[field]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Patuh Karya Taat")
    getattr(window.menu_actions, how).trigger()  # Ctrl+Q / Ctrl+W
    assert not window.isVisible()
    rows, _ = read_rows(plan_file)
    assert rows["plan"][0][field] == "Patuh Karya Taat"
