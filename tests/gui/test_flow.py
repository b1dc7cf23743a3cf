# SPDX-License-Identifier: GPL-3.0-or-later
"""The issue's main flows, driven through the real windows' widgets like a user would; the file is read back."""

from __future__ import annotations

import errno
import itertools
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QProgressDialog, QPushButton

from smartcity_desktop.services.document import read_rows
from smartcity_desktop.services.operations import programs, vision
from smartcity_desktop.services.plans import summary
from tests.crash import crash_with_unsaved_vision
from tests.gui.jobs import export_ended

BUDGET = "1.250.000.000"


def _wait_window(controller: Any, qtbot: Any) -> Any:
    """The main window once the controller has shown it (opening may finish in the background)."""
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=5000)
    return controller.window


def _create_from_start_screen(controller: Any, qtbot: Any, target: Path) -> Any:
    start = controller.show_start()
    qtbot.waitExposed(start)
    qtbot.keyClicks(start.region, "Lombok Timur")
    start.framework.setCurrentIndex(start.framework.findData("giffinger"))
    start.first_year.setValue(2018)
    start.last_year.setValue(2027)
    start.file.clear()
    qtbot.keyClicks(start.file, str(target))
    qtbot.mouseClick(start.create_button, Qt.MouseButton.LeftButton)
    window = _wait_window(controller, qtbot)
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _type_in_grid(qtbot: Any, grid: Any, year: int, text: str) -> None:
    """Select the year's cell and type into it, then Enter (the grid opens its editor on any key)."""
    grid.setFocus()
    grid.setCurrentCell(0, grid.years.index(year))
    qtbot.keyClicks(grid, text[0])  # the first key opens the editor with that character
    editors = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible() and e.text() == text[0]]
    assert len(editors) == 1
    editor = editors[0]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's text in a queued call


def _add_program(window: Any, name: str = "Si Pepadu") -> str:
    dim = window.session.db.rows("dimension")[0]["id"]
    pid = window.session.add("Tambah program", programs.add, dim, name, status="proposed")
    assert pid
    return str(pid)


def _findings(window: Any) -> list[str]:
    view = window.show_place("completeness")
    return [item.text(0) for item in view.entries()]


def test_main_flow_create_edit_roadmap_completeness_undo_language_reopen(
    controller: Any, qtbot: Any, tmp_path: Path
) -> None:
    target = tmp_path / "kerja" / "lotim.smartcity"
    target.parent.mkdir()
    window = _create_from_start_screen(controller, qtbot, target)
    assert window.session.document.path == target.absolute()
    assert window.session.db.plan()["region_name"] == "Lombok Timur"

    # -- programs: add, name, lead agency, budget for two years
    view = window.show_place("programs")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    pid = view.current_program_id()
    assert pid is not None
    detail = view.detail
    detail.name.selectAll()
    qtbot.keyClicks(detail.name, "Aplikasi Pengaduan Si Pepadu")
    qtbot.keyClick(detail.name, Qt.Key.Key_Return)
    db = window.session.db
    assert db.get("program", pid)["name"] == "Aplikasi Pengaduan Si Pepadu"
    detail.lead.setFocus()
    qtbot.keyClick(detail.lead, Qt.Key.Key_Down)  # from "(belum ditentukan)" to the first agency
    lead = db.get("program", pid)["lead_agency_id"]
    assert lead is not None and db.get("agency", lead)
    detail.tabs.setCurrentIndex(2)
    _type_in_grid(qtbot, detail.budget, 2019, BUDGET)
    _type_in_grid(qtbot, detail.budget, 2020, BUDGET)
    budget = {b["year"]: b["amount"] for b in db.rows("program_budget", program_id=pid)}
    assert budget == {2019: 1_250_000_000, 2020: 1_250_000_000}
    assert detail.budget.total_text() == "Rp 2.500.000.000"
    assert "Rp 2.500.000.000" in [view.proxy.index(r, 8).data() for r in range(view.proxy.rowCount())]
    findings = _findings(window)
    assert any("Si Pepadu" in f and "belum punya indikator" in f for f in findings)
    assert not any("Si Pepadu" in f and "anggaran" in f for f in findings)

    # -- indicators: add one to this program, baseline and a target
    ind_view = window.show_place("indicators", None, "program", pid)
    qtbot.mouseClick(ind_view.add_button, Qt.MouseButton.LeftButton)
    iid = ind_view.current_id()
    assert iid is not None
    ind = db.get("indicator", iid)
    assert ind["program_id"] == pid
    ind_view.name.selectAll()
    qtbot.keyClicks(ind_view.name, "Pengaduan yang ditindaklanjuti")
    qtbot.keyClick(ind_view.name, Qt.Key.Key_Return)
    ind_view.baseline.selectAll()
    qtbot.keyClicks(ind_view.baseline, "12,5")
    qtbot.keyClick(ind_view.baseline, Qt.Key.Key_Return)
    assert db.get("indicator", iid)["baseline_value"] == 12.5
    findings = _findings(window)
    assert any("Si Pepadu" in f and "belum punya target" in f for f in findings)  # an indicator, no target yet
    assert not any("Si Pepadu" in f and "belum punya indikator" in f for f in findings)
    ind_view = window.show_place("indicators", None, "indicator", iid)
    _type_in_grid(qtbot, ind_view.targets, 2021, "80")
    targets = db.rows("indicator_target", indicator_id=iid)
    assert [(t["year"], t["value"]) for t in targets] == [(2021, 80.0)]
    assert not any("Si Pepadu" in f for f in _findings(window))  # agency, budget, indicator, target: all done

    # -- Quick Win through the detail form's checkbox
    view = window.show_place("programs", None, "program", pid)
    assert view.current_program_id() == pid
    view.detail.tabs.setCurrentIndex(0)
    qtbot.mouseClick(view.detail.quick_win, Qt.MouseButton.LeftButton)
    assert db.get("program", pid)["is_quick_win"] == 1
    assert len(db.rows("quick_win", program_id=pid)) == 1

    # -- roadmap: the program is listed (starred) and drawn
    road = window.show_place("roadmap")
    assert pid in [p["id"] for p in road.shown_programs()]
    names = [road.list.topLevelItem(0).child(j).text(0) for j in range(road.list.topLevelItem(0).childCount())]
    assert "\u2605 Aplikasi Pengaduan Si Pepadu" in names
    qtbot.waitUntil(lambda: getattr(road, "drawn_size", None) is not None, timeout=3000)
    # a multi-year Quick Win is flagged by the completeness panel
    assert any("Si Pepadu" in f and "12 bulan" in f for f in _findings(window))

    # -- undo (Ctrl+Z) reverts the last change (the Quick Win mark), redo brings it back
    window.activateWindow()
    window.menu_actions.undo.trigger()
    assert db.get("program", pid)["is_quick_win"] == 0
    assert db.rows("quick_win", program_id=pid) == []
    assert not any("Si Pepadu" in f for f in _findings(window))
    window.menu_actions.redo.trigger()
    assert db.get("program", pid)["is_quick_win"] == 1

    # -- language: English at once, the plan stays open
    controller.set_language("en")
    window = controller.window
    assert window.menu_actions.file_menu.title() == "&File"
    view = window.show_place("programs")
    assert view.add_button.text() == "&Add program"

    # -- close, reopen the file and find everything
    assert window.close()
    s = summary(target)
    assert s.counts["program"] == 1 and s.counts["quick_win"] == 1
    rows, _ = read_rows(target)
    (program,) = rows["program"]
    assert (program["name"], program["lead_agency_id"], program["is_quick_win"]) == (
        "Aplikasi Pengaduan Si Pepadu",
        lead,
        1,
    )
    assert sorted((b["year"], b["amount"]) for b in rows["program_budget"]) == [
        (2019, 1_250_000_000),
        (2020, 1_250_000_000),
    ]
    (indicator,) = [i for i in rows["indicator"] if i["program_id"] == pid]
    assert (indicator["name"], indicator["baseline_value"]) == ("Pengaduan yang ditindaklanjuti", 12.5)
    assert [(t["year"], t["value"]) for t in rows["indicator_target"]] == [(2021, 80.0)]
    assert rows["quick_win"][0]["program_id"] == pid


def test_keyboard_only_navigation_search_and_undo(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.nav.setFocus()
    assert window.current[0] == "dashboard"
    seen = [window.current[0]]
    for _ in range(3):  # Beranda -> Profil Daerah -> Analisis Kesiapan -> Visi & Misi
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        seen.append(window.current[0])
    assert seen == ["dashboard", "profile", "readiness", "vision"]
    assert window.stack.currentWidget() is window.views["vision"]
    qtbot.keyClick(window.nav, Qt.Key.Key_End)  # the last entry: Kelengkapan
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)
    assert window.current[0] == "completeness"
    assert window.view_errors == {}
    # Ctrl+F opens the search with the cursor in its box; typing and Enter go to the result
    pid = _add_program(window)
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dlg = window._search
    qtbot.waitUntil(dlg.isVisible, timeout=2000)
    qtbot.keyClicks(dlg.query, "pepadu")
    assert dlg.run_search() == 1
    dlg.results.setCurrentRow(0)
    qtbot.keyClick(dlg.results, Qt.Key.Key_Return)
    assert window.current == ("programs", None, "program", pid)
    # Ctrl+Z in the main window undoes the insert
    dlg.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.db.get("program", pid) is None
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.db.get("program", pid)["name"] == "Si Pepadu"


def _drop(widget: Any, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent's only constructor
def test_dropping_a_plan_on_the_window_opens_it(controller: Any, window: Any, demo_file: Path, qtbot: Any) -> None:
    first = window.session.document.path
    drop = _drop(window, demo_file)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: controller.window is not window and controller.window.isVisible(), timeout=5000)
    new = controller.window
    assert new.session.document.path == demo_file.absolute()
    assert new.session.db.count("program") > 0
    assert not window.isVisible()
    assert summary(first).counts["program"] == 0  # the first plan was closed cleanly (its lock released)
    from smartcity_desktop.services.lock import lock_path

    assert not lock_path(first).exists()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_plan_on_the_start_screen_opens_it(controller: Any, demo_file: Path, qtbot: Any) -> None:
    start = controller.show_start()
    _drop(start, demo_file)
    window = _wait_window(controller, qtbot)
    assert window.session.document.path == demo_file.absolute()


def test_crash_recovery_is_offered_at_start(
    controller: Any, plan_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui import dialogs

    crash_with_unsaved_vision(plan_file, "Dipulihkan setelah listrik padam")
    asked: list[str] = []

    def accept(_parent: Any, document: str, when: str) -> bool:
        asked.append(document)
        return True

    monkeypatch.setattr(dialogs, "ask_recover", accept)
    assert controller.offer_recovery()  # what `smartcity-desktop` without a file does first
    window = _wait_window(controller, qtbot)
    assert asked == [str(plan_file.absolute())]
    assert window.session.db.plan()["vision"] == "Dipulihkan setelah listrik padam"
    assert window.close()
    assert summary(plan_file).plan["vision"] == "Dipulihkan setelah listrik padam"


def test_read_only_location_banner_and_save_a_copy(
    controller: Any, plan_file: Path, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from smartcity_desktop.services import lock as lock_mod

    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any) -> int:
        if str(path).endswith("#"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_mod.os, "open", refuse)
    before = plan_file.read_bytes()
    assert controller.open_path(str(plan_file))
    window = _wait_window(controller, qtbot)
    assert window.session.document.read_only
    assert not window.banner.isHidden()
    assert "hanya-baca" in window.banner_label.text()
    window.session.run("Visi", vision.set_text, "vision", "Ditulis di salinan")
    out = tmp_path / "salinan" / "lotim"
    out.parent.mkdir()
    monkeypatch.setattr(lock_mod.os, "open", real_open)  # the copy goes to a writable folder
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(window.banner_button, Qt.MouseButton.LeftButton)  # save a copy; "open it?" -> yes
    copy = out.with_name("lotim.smartcity")
    assert summary(copy).plan["vision"] == "Ditulis di salinan"
    qtbot.waitUntil(lambda: controller.window.session.document.path == copy.absolute(), timeout=5000)
    new = controller.window
    assert not new.session.document.read_only
    assert "hanya-baca" not in new.banner_label.text()  # (tmp_path is a temporary folder: that banner may show)
    assert plan_file.read_bytes() == before


def test_pdf_export_runs_in_background_and_reports_size(
    window: Any, tmp_path: Path, qtbot: Any, messages_patched: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from smartcity_desktop.gui.actions import ExportJob

    out = tmp_path / "masterplan.pdf"
    _add_program(window)
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(out), ""))  # type: ignore[method-assign]
    try:
        window.menu_actions.export["pdf"].trigger()
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    (job,) = window.findChildren(ExportJob)
    assert job.worker is not None and job.worker.isRunning()  # the GUI thread is free while the PDF is written
    assert job.progress is not None
    qtbot.waitUntil(lambda: bool(messages_patched.texts()), timeout=10000)
    (text,) = messages_patched.texts()
    assert "Ekspor selesai" in text
    assert out.exists() and out.read_bytes()[:5] == b"%PDF-"
    assert "masterplan.pdf" in text and "KB" in text
    from pypdf import PdfReader

    assert "Si Pepadu" in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_cancelled_pdf_export_leaves_the_earlier_file(
    window: Any, tmp_path: Path, qtbot: Any, messages_patched: Any
) -> None:
    out = tmp_path / "masterplan.pdf"
    out.write_bytes(b"%PDF-1.4 versi lama")
    job = window.export("pdf", str(out))
    assert job.progress is not None
    (cancel,) = job.progress.findChildren(QPushButton)
    assert cancel.text() == "Batal"
    cancel.click()
    qtbot.waitUntil(lambda: export_ended(job), timeout=10000)
    qtbot.wait(50)
    assert out.read_bytes() == b"%PDF-1.4 versi lama"
    assert messages_patched.texts() == []
    assert not [p for p in tmp_path.iterdir() if p.name != out.name and "masterplan" in p.name]


def test_opening_a_slow_plan_keeps_the_gui_running(
    controller: Any, plan_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from PySide6.QtCore import QTimer

    from smartcity_desktop.gui import opening
    from smartcity_desktop.services.document import PlanDocument

    real_open = PlanDocument.open
    threads: list[str] = []

    def slow_open(path: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread().name)
        time.sleep(0.4)  # a large plan on a slow laptop
        return real_open(path, **kw)

    monkeypatch.setattr(opening.PlanDocument, "open", staticmethod(slow_open))
    monkeypatch.setattr(opening, "BUSY_DIALOG_MS", 100)
    ticks: list[float] = []
    timer = QTimer()
    busy: list[str] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        busy.extend(
            w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        )

    timer.timeout.connect(tick)
    timer.start(20)
    start = controller.show_start()
    assert controller.open_path(str(plan_file))
    timer.stop()
    assert threads and threads[0] != threading.main_thread().name
    assert len(ticks) >= 8  # the event loop kept running (painting, typing) while the file was opened
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.2
    assert busy and busy[-1] == f"Membuka {plan_file.name}..."  # a busy dialog says what is happening
    window = _wait_window(controller, qtbot)
    assert window.session.document.path == plan_file.absolute()
    assert not start.isVisible()


@pytest.mark.parametrize(("key", "title"), [("summary", "Ringkasan Eksekutif"), ("roadmap", "Road Map")])
def test_every_document_can_be_exported_from_the_menu(
    key: str, title: str, window: Any, tmp_path: Path, qtbot: Any, messages_patched: Any, monkeypatch: Any
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_name(*args: Any, **_k: Any) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / f"{key}.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    _add_program(window)
    window.menu_actions.export[key].trigger()
    qtbot.waitUntil(lambda: bool(messages_patched.texts()), timeout=15000)
    assert title in Path(asked[0]).name  # the suggested file name says which document it is
    reader = PdfReader(tmp_path / f"{key}.pdf")
    assert title.lower() in (reader.metadata.title or "").lower() + reader.pages[0].extract_text().lower()
