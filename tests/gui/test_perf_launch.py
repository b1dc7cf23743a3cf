# SPDX-License-Identifier: GPL-3.0-or-later
"""The launch (issue 10): the demo is copied from the shipped file, not written row by row; a plan opened before
and unchanged is not vetted again before the window paints; a changed one is, and is refused as ever."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest


def test_the_demo_opens_from_the_shipped_file(controller: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from smartcity_desktop import demo

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the demo was written row by row")

    monkeypatch.setattr(demo, "demo_rows", refuse)
    assert controller.open_demo()
    assert controller.window.session.db.plan()["region_name"] == "Lombok Timur"


def test_a_known_plan_opens_without_a_full_vet_on_any_thread(
    controller: Any, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.services import document

    full: list[str] = []
    real = document.vet

    def counting(path: Any, **kwargs: Any) -> Any:
        if kwargs.get("content", True) and not str(path).endswith(".tmp"):
            full.append(threading.current_thread().name)
        return real(path, **kwargs)

    monkeypatch.setattr(document, "vet", counting)
    assert controller.open_path(str(plan_file))
    assert len(full) == 1  # a file seen for the first time is vetted in full (off the GUI thread)
    assert full[0] != threading.main_thread().name
    assert controller.window.close()
    assert controller.open_path(str(plan_file))
    assert len(full) == 1  # the same bytes again: not vetted again


def test_a_known_plan_changed_since_is_refused_as_ever(
    controller: Any, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _parent, text, *_a, **_k: shown.append(text))
    assert controller.open_path(str(plan_file))
    assert controller.window.close()
    data = bytearray(plan_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page * 2, len(data), 7):  # damaged on the disk since
        data[i] ^= 0x5A
    plan_file.write_bytes(bytes(data))
    assert not controller.open_path(str(plan_file))
    from smartcity_desktop.core.errors import FileRefused
    from smartcity_desktop.storage.vet import vet

    with pytest.raises(FileRefused) as direct:
        vet(plan_file)
    assert shown == [direct.value.message()]
    assert plan_file.read_bytes() == bytes(data)


def _launch(controller: Any, path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from smartcity_desktop.gui.app import defer_until_painted
    from smartcity_desktop.gui.views.dashboard import DashboardView

    monkeypatch.setattr(DashboardView, "defer_figures", True)  # as run() sets it before opening
    assert controller.open_path(str(path))
    defer_until_painted(controller)
    qtbot.waitExposed(controller.window)
    return controller.window


def test_the_figures_after_the_first_paint_are_read_off_the_gui_thread(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.core import figures as core_figures
    from smartcity_desktop.core import rules
    from smartcity_desktop.services import figures
    from smartcity_desktop.services.reading import programs as program_queries
    from smartcity_desktop.storage import program_queries as storage_queries

    threads: dict[str, str] = {}
    real_dashboard, real_findings = figures.dashboard, rules.findings
    real_totals = core_figures.budget_by_program

    summed: list[str] = []
    tabled: list[str] = []
    real_table = program_queries.program_table

    def table(*a: Any, **k: Any) -> Any:
        if k.get("program_id") is None:  # the whole table (one program's row is re-read after its edit)
            tabled.append(threading.current_thread().name)
        return real_table(*a, **k)

    def totals(*a: Any, **k: Any) -> Any:
        summed.append(threading.current_thread().name)
        return real_totals(*a, **k)

    def dashboard(*a: Any, **k: Any) -> Any:
        threads.setdefault("figures", threading.current_thread().name)
        return real_dashboard(*a, **k)

    def findings(*a: Any, **k: Any) -> Any:
        threads.setdefault("findings", threading.current_thread().name)
        return real_findings(*a, **k)

    monkeypatch.setattr(figures, "dashboard", dashboard)
    monkeypatch.setattr(rules, "findings", findings)
    monkeypatch.setattr(core_figures, "budget_by_program", totals)
    monkeypatch.setattr(program_queries, "program_table", table)
    window = _launch(controller, demo_file, qtbot, monkeypatch)
    dash = window.views["dashboard"]
    qtbot.waitUntil(lambda: dash.figures is not None, timeout=10000)
    # the program table's and the roadmap's budget totals too (issue 10: 7 ms of the program table's first build)
    assert threads == {"figures": "launch-figures", "findings": "launch-figures"}
    assert set(summed) == {"launch-figures"}
    window.show_place("programs")
    window.show_place("roadmap")
    assert set(summed) == {"launch-figures"}  # not summed again on the GUI thread
    assert tabled == ["launch-figures"]  # the program table's rows too, read once
    shown = window.views["programs"].model.rows
    assert sorted(r["id"] for r in shown) == sorted(r["id"] for r in real_table(window.session.db))
    assert window.session.budget_totals() == storage_queries.budget_totals(window.session.db)
    assert dash.card_labels["programs"].text() == str(dash.figures.counts["programs"])
    assert dash.completeness_counts
    assert window.session.take("dashboard:id") is None  # handed over once, not kept


def test_an_edit_before_the_figures_are_ready_discards_them(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.services import figures
    from smartcity_desktop.services.operations import profile

    gate = threading.Event()
    real = figures.dashboard

    def slow(*a: Any, **k: Any) -> Any:
        if threading.current_thread().name == "launch-figures":
            gate.wait(10)
        return real(*a, **k)

    monkeypatch.setattr(figures, "dashboard", slow)
    window = _launch(controller, demo_file, qtbot, monkeypatch)
    dash = window.views["dashboard"]
    qtbot.wait(100)
    assert window.session.run("Ubah", profile.set_field, "region_name", "Kota Baru")
    gate.set()
    qtbot.waitUntil(lambda: dash.figures is not None, timeout=10000)
    assert dash.figures.rows["plan"][0]["region_name"] == "Kota Baru"  # read after the edit, not before


def test_kelengkapan_opened_before_the_launch_findings_waits_for_them_instead_of_computing_them_again(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kelengkapan clicked in the first second: the findings are being computed off the GUI thread; computing
    them a second time on it froze the window (~0.9 s on the large plan, issue 10)."""
    from smartcity_desktop.core import rules
    from smartcity_desktop.services import figures

    gate = threading.Event()
    real, real_findings = figures.dashboard, rules.findings
    computed: list[str] = []

    def slow(*a: Any, **k: Any) -> Any:
        if threading.current_thread().name == "launch-figures":
            gate.wait(10)
        return real(*a, **k)

    def findings(*a: Any, **k: Any) -> Any:
        computed.append(threading.current_thread().name)
        return real_findings(*a, **k)

    monkeypatch.setattr(figures, "dashboard", slow)
    monkeypatch.setattr(rules, "findings", findings)
    window = _launch(controller, demo_file, qtbot, monkeypatch)
    qtbot.wait(50)
    view = window.show_place("completeness")
    assert window.session.launch_pending
    assert view.summary.text() == "Memeriksa kelengkapan rencana..." and view.tree.topLevelItemCount() == 0
    assert computed == []
    gate.set()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0, timeout=10000)
    assert computed == ["launch-figures"] and not window.session.launch_pending
    assert view.findings and str(len(view.findings)) in view.summary.text()


def test_an_edit_during_the_launch_lets_a_waiting_kelengkapan_compute_them_itself(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.services import figures
    from smartcity_desktop.services.operations import profile

    gate = threading.Event()
    real = figures.dashboard

    def slow(*a: Any, **k: Any) -> Any:
        if threading.current_thread().name == "launch-figures":
            gate.wait(10)
        return real(*a, **k)

    monkeypatch.setattr(figures, "dashboard", slow)
    window = _launch(controller, demo_file, qtbot, monkeypatch)
    qtbot.wait(50)
    view = window.show_place("completeness")
    assert window.session.run("Ubah", profile.set_field, "region_name", "Kota Baru")  # the launch's are stale
    gate.set()
    qtbot.waitUntil(lambda: not window.session.launch_pending, timeout=10000)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0, timeout=5000)
    assert view.summary.text() != "Memeriksa kelengkapan rencana..."


def test_closing_at_once_stops_the_reader_before_the_working_copy_goes(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.services import figures

    started, real = threading.Event(), figures.dashboard

    def slow(db: Any, lang: str) -> Any:
        started.set()
        while True:  # reads until stopped (the close interrupts its statements)
            db.rows("indicator_target")

    monkeypatch.setattr(figures, "dashboard", slow)
    window = _launch(controller, demo_file, qtbot, monkeypatch)
    qtbot.waitUntil(started.is_set, timeout=10000)
    working = window.session.document.working
    assert window.close()
    assert not working.exists()
    qtbot.wait(200)  # the hand-over's timer fires after the close: it shows nothing (the plan is closed)
    monkeypatch.setattr(figures, "dashboard", real)


def test_the_file_open_filter_waits_for_the_first_paint_off_macos(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An application-wide event filter in Python sees every event of the launch: off macOS (no file-open events)
    run() attaches it after the first paint, through defer_until_painted's ``then``."""
    import inspect

    from smartcity_desktop.gui import app as app_module
    from smartcity_desktop.gui.app import defer_until_painted

    assert 'then=None if sys.platform == "darwin" else' in inspect.getsource(app_module.run)
    called: list[bool] = []
    assert controller.open_path(str(demo_file))
    window = controller.window
    defer_until_painted(controller, then=lambda: called.append(window._painted))
    assert called == []
    qtbot.waitUntil(lambda: called == [True], timeout=10000)


def _menus(bar: Any) -> list[tuple[str, list[str]]]:
    """Each menu of ``bar`` with its entries (submenus' entries too), with their shortcuts."""

    def entries(menu: Any) -> list[str]:
        out = []
        for a in menu.actions():
            out.append(f"{a.text()} {a.shortcut().toString()}".strip())
            if a.menu() is not None:
                out += ["  " + e for e in entries(a.menu())]
        return out

    return [(a.text(), entries(a.menu())) for a in bar.actions()]


def test_the_launch_fills_the_menus_after_the_first_paint_as_they_always_were(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui.app import defer_until_painted
    from smartcity_desktop.gui.main_window import MainWindow
    from smartcity_desktop.gui.views.dashboard import DashboardView

    assert controller.open_path(str(demo_file))
    built_at_once = _menus(controller.window.menuBar())
    assert controller.window.close()
    monkeypatch.setattr(DashboardView, "defer_figures", True)  # as run() sets them before opening
    monkeypatch.setattr(MainWindow, "defer_hidden", True)
    assert controller.open_path(str(demo_file))
    window = controller.window
    actions = window.menu_actions
    assert not actions.filled
    assert [title for title, _ in _menus(window.menuBar())] == [title for title, _ in built_at_once]
    assert actions.file_menu.actions() == []  # the items come after the first paint
    defer_until_painted(controller)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: actions.filled, timeout=10000)
    assert window._painted
    assert _menus(window.menuBar()) == built_at_once
    assert MainWindow.defer_hidden is False  # a window built later (a language change) has them at once


def test_a_menu_opened_before_its_items_came_fills_them(
    controller: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "defer_hidden", True)
    assert controller.open_path(str(demo_file))
    actions = controller.window.menu_actions
    actions.tools_menu.aboutToShow.emit()
    assert actions.filled and actions.preferences in actions.tools_menu.actions()
    actions.fill()  # once
    assert actions.tools_menu.actions().count(actions.preferences) == 1


def test_a_window_gone_before_its_menus_were_filled_is_left_alone(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from smartcity_desktop.gui.app import FirstPaint
    from smartcity_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "defer_hidden", True)
    assert controller.open_path(str(demo_file))
    window = controller.window
    FirstPaint(window).painted()  # the fill is now queued
    assert window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    controller.window = None
    qtbot.wait(50)  # the queued fill does not run on the deleted window


def test_the_window_loads_while_the_plan_opens_and_defers_at_launch(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's modules load on the GUI thread while the worker reads and copies the plan; at launch
    (run() sets ``launching``) the window built then defers its figures and its menus' items."""
    from smartcity_desktop.gui.app import Controller, defer_until_painted
    from smartcity_desktop.gui.main_window import MainWindow
    from smartcity_desktop.gui.views.dashboard import DashboardView
    from smartcity_desktop.services.document import PlanDocument

    monkeypatch.setattr(MainWindow, "defer_hidden", False)  # restored after the test
    monkeypatch.setattr(DashboardView, "defer_figures", False)
    prepared = threading.Event()
    seen: list[bool] = []
    real_prepare, real_open = Controller._prepare_window, PlanDocument.open.__func__  # type: ignore[attr-defined]

    def prepare(self: Any) -> None:
        real_prepare(self)
        prepared.set()

    def open_when_prepared(cls: Any, *a: Any, **k: Any) -> Any:
        seen.append(prepared.wait(10))  # the worker is still opening when the window's modules are loaded
        return real_open(cls, *a, **k)

    monkeypatch.setattr(Controller, "_prepare_window", prepare)
    monkeypatch.setattr(PlanDocument, "open", classmethod(open_when_prepared))
    controller.launching = True
    assert controller.open_path(str(demo_file))
    assert seen == [True]
    window = controller.window
    assert not window.menu_actions.filled and DashboardView.defer_figures
    defer_until_painted(controller)
    assert not controller.launching
    qtbot.waitUntil(lambda: window.menu_actions.filled, timeout=10000)
    qtbot.waitUntil(lambda: window.views["dashboard"].figures is not None, timeout=10000)


def _program_items(nav: Any) -> int:
    return sum(1 for key, _row in nav._rows if key == "program")


def test_the_launch_adds_the_folded_programs_of_the_navigation_after_the_first_paint(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui.app import defer_until_painted
    from smartcity_desktop.gui.main_window import MainWindow

    assert controller.open_path(str(demo_file))
    built_at_once = controller.window.nav.places()
    assert controller.window.close()
    monkeypatch.setattr(MainWindow, "defer_hidden", True)
    assert controller.open_path(str(demo_file))
    nav = controller.window.nav
    assert _program_items(nav) == 0  # the dimensions are folded at first: their programs come after the paint
    folded = [nav._rows["dimension", d] for d in nav._later]
    assert folded and all(not item.isExpanded() and item.childCount() == 0 for item in folded)
    assert all(item.childIndicatorPolicy() == item.ChildIndicatorPolicy.ShowIndicator for item in folded)
    defer_until_painted(controller)
    qtbot.waitUntil(lambda: nav._later is None, timeout=10000)
    assert nav.places() == built_at_once
    unfolded = {item.childIndicatorPolicy() for item in folded}
    assert unfolded == {folded[0].ChildIndicatorPolicy.DontShowIndicatorWhenChildless}


def test_programs_left_for_later_come_when_needed_first(
    controller: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "defer_hidden", True)
    assert controller.open_path(str(demo_file))
    window = controller.window
    program = window.session.db.rows("program")[0]
    window.show_place("programs", program["dimension_id"], "program", program["id"])
    assert window.nav.current_place() == ("programs", program["dimension_id"], "program", program["id"])
    assert window.close()
    assert controller.open_path(str(demo_file))
    nav = controller.window.nav
    assert _program_items(nav) == 0
    nav._rows["dimension", program["dimension_id"]].setExpanded(True)  # the user unfolds a dimension
    assert _program_items(nav) == len(controller.window.session.db.rows("program"))


def test_the_demo_is_written_on_the_opening_thread_while_the_window_loads(
    controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop import demo

    threads: list[str] = []
    real = demo.write_demo

    def write(*a: Any, **k: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*a, **k)

    monkeypatch.setattr(demo, "write_demo", write)
    assert controller.open_demo()
    assert len(threads) == 1 and threads[0] != threading.main_thread().name
    assert controller.window.session.db.plan()["region_name"] == "Lombok Timur"


def test_a_demo_that_cannot_be_written_is_told_as_before(
    controller: Any, monkeypatch: pytest.MonkeyPatch, messages_patched: Any
) -> None:
    from smartcity_desktop import demo
    from smartcity_desktop.core.errors import WriteFailed

    failure = WriteFailed("write.data_full", "/data")

    def refuse(*_a: Any, **_k: Any) -> None:
        raise failure

    monkeypatch.setattr(demo, "write_demo", refuse)
    assert not controller.open_demo()
    assert controller.window is None
    assert messages_patched.texts() == [failure.message()]

    def broken(*_a: Any, **_k: Any) -> None:
        raise ZeroDivisionError("not a plan error")

    monkeypatch.setattr(demo, "write_demo", broken)
    with pytest.raises(ZeroDivisionError):  # as before: not a message, the exception hook's
        controller.open_demo()
