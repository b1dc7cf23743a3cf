# SPDX-License-Identifier: GPL-3.0-or-later
"""Presenter mode through the real window: F5 opens it on the demo, keys move between pages, every page kind
renders on the demo and on a new plan, the page follows edits, the countdown shows and flashes (issue 11)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from smartcity_desktop.gui.formats import format_rupiah_short
from smartcity_desktop.services.figures import dashboard
from smartcity_desktop.services.operations import programs

KINDS = {"radar", "dimension", "quickwins", "roadmap", "feedback", "chapter"}


@pytest.fixture(autouse=True)
def chart_fonts_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Charts here do not register the PDF fonts with Qt when no test did yet: registering them in the middle
    of the run changes header widths that the later pseudo-locale and zoom tests measure."""
    from smartcity_desktop.gui import chart_widget

    monkeypatch.setattr(chart_widget, "_qt_family", chart_widget._qt_family or "sans-serif")


def _open(window: Any, qtbot: Any) -> Any:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # F5 is a shortcut of the active window
    window.nav.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: getattr(window, "presenter", None) is not None and window.presenter.isVisible())
    return window.presenter


def test_presenter_is_not_loaded_at_startup(window: Any) -> None:
    """gui-perf: the main window imports nothing of presenter mode or the timer until they are asked for."""
    import subprocess

    code = (
        "import sys; import smartcity_desktop.gui.app, smartcity_desktop.gui.main_window; "
        "print([m for m in sys.modules if m.startswith('smartcity_desktop.gui.presenter') or m.endswith('gui.timer')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert window.menu_actions.presenter.shortcut().toString() == "F5"
    assert window.menu_actions.presenter in window.menu_actions.view_menu.actions()


def test_f5_opens_presenter_and_keys_move_through_pages(demo_window: Any, qtbot: Any) -> None:
    presenter = _open(demo_window, qtbot)  # from the navigation tree
    assert presenter.isFullScreen()
    assert {it.kind for it in presenter.items} == KINDS
    assert presenter.index == 0
    first = presenter.title.text()
    assert presenter.position.text() == f"1/{len(presenter.items)}"
    QTest.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.index == 1
    assert presenter.title.text() != first
    assert presenter.footer_title.text() == presenter.title.text()
    assert presenter.position.text() == f"2/{len(presenter.items)}"
    QTest.keyClick(presenter, Qt.Key.Key_Space)
    QTest.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.index == 3
    QTest.keyClick(presenter, Qt.Key.Key_Left)
    QTest.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.index == 1
    QTest.keyClick(presenter, Qt.Key.Key_End)
    assert presenter.index == len(presenter.items) - 1
    assert presenter.title.text() == presenter.items[-1].title
    QTest.keyClick(presenter, Qt.Key.Key_Right)  # stays on the last page
    assert presenter.index == len(presenter.items) - 1
    QTest.keyClick(presenter, Qt.Key.Key_Home)
    assert presenter.index == 0 and presenter.title.text() == first
    QTest.keyClicks(presenter, "12")
    assert "12" in presenter.typed_label.text()
    QTest.keyClick(presenter, Qt.Key.Key_Return)
    assert presenter.index == 11 and presenter.typed == ""
    QTest.keyClick(presenter, Qt.Key.Key_G)  # the list of pages
    assert presenter.picker.isVisible() and presenter.picker.count() == len(presenter.items)
    presenter.picker.setCurrentRow(4)
    QTest.keyClick(presenter.picker, Qt.Key.Key_Return)
    assert presenter.index == 4 and not presenter.picker.isVisible()
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: getattr(demo_window, "presenter", None) is None or not _alive(demo_window.presenter))
    assert demo_window.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is demo_window.nav)  # focus is back where it was


def _alive(widget: Any) -> bool:
    import shiboken6

    return shiboken6.isValid(widget) and widget.isVisible()


@pytest.mark.parametrize("plan", ["demo", "new"])
def test_every_page_kind_renders(plan: str, controller: Any, demo_file: Path, plan_file: Path, qtbot: Any) -> None:
    assert controller.open_path(str(demo_file if plan == "demo" else plan_file))
    win = controller.window
    qtbot.waitExposed(win)
    presenter = _open(win, qtbot)
    errors: list[str] = []
    for i, item in enumerate(presenter.items):
        presenter.go(i)
        content = presenter.content
        if isinstance(content, QLabel) and "gagal" in content.text():
            errors.append(f"{item}: {content.text()}")
        content.grab()
    assert errors == []
    assert {it.kind for it in presenter.items} == KINDS
    if plan == "demo":
        presenter.go([it.kind for it in presenter.items].index("dimension"))
        table = presenter.content.toPlainText()
        assert "Rp" in table and "★" in table  # budget totals and the Quick Win star
        dim = presenter.items[presenter.index].key
        line = next(d for d in dashboard(win.session.db, "id").dimensions if d.id == dim)
        assert format_rupiah_short(line.budget) in table  # the dashboard's total of the dimension
        assert presenter.content.point_size >= 20  # large type on the projector
        presenter.go([it.kind for it in presenter.items].index("feedback"))
        text = presenter.content.toPlainText()
        assert "Terbuka" in text or "terbuka" in text.lower()
        presenter.go([it.kind for it in presenter.items].index("radar"))
        assert presenter.content.chart.has_chart()
    else:  # a new plan: friendly empty pages, not errors
        presenter.go([it.kind for it in presenter.items].index("quickwins"))
        assert presenter.content.objectName() == "presenterEmpty"
    presenter.close()


def test_page_follows_edits_in_the_main_window(demo_window: Any, qtbot: Any) -> None:
    presenter = _open(demo_window, qtbot)
    db = demo_window.session.db
    index = [it.kind for it in presenter.items].index("dimension")
    presenter.go(index)
    dim = presenter.items[index].key
    start = int(db.plan()["period_start"])
    assert "Program Uji Presentasi" not in presenter.content.toPlainText()
    pid = demo_window.session.add("Tambah", programs.add, dim, "Program Uji Presentasi", (start, start + 1))
    assert pid
    qtbot.waitUntil(lambda: "Program Uji Presentasi" in presenter.content.toPlainText())
    assert presenter.index == index  # still the same page
    demo_window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: "Program Uji Presentasi" not in presenter.content.toPlainText())
    presenter.close()


def test_second_screen_is_chosen_when_connected() -> None:
    from smartcity_desktop.gui.presenter import presenter_screen

    laptop, projector = object(), object()
    assert presenter_screen(laptop, [laptop, projector]) is projector  # type: ignore[arg-type]
    assert presenter_screen(projector, [laptop, projector]) is laptop  # type: ignore[arg-type]
    assert presenter_screen(laptop, [laptop]) is laptop  # type: ignore[arg-type]
    assert presenter_screen(None, [laptop]) is laptop  # type: ignore[arg-type]


def test_countdown_in_footer_and_flash_at_the_end(demo_window: Any, qtbot: Any, monkeypatch: Any) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    presenter = _open(demo_window, qtbot)
    now = [0]
    countdown = presenter.countdown
    countdown.clock = lambda: now[0]
    assert not presenter.timer_label.isVisible()
    countdown.set_minutes(5)
    QTest.keyClick(presenter, Qt.Key.Key_S)  # start
    assert countdown.running
    assert presenter.timer_label.isVisible() and "05:00" in presenter.timer_label.text()
    assert "05:00" in demo_window.countdown_label.text()  # the main window's status bar too
    now[0] = 61_000
    countdown.tick()
    assert "03:59" in presenter.timer_label.text()
    background = presenter.background()
    with qtbot.waitSignal(countdown.finished, timeout=1000):
        now[0] = 5 * 60_000
        countdown.tick()
    assert beeps == [1]
    assert presenter.flash_left > 0 and presenter.background() != background  # blinking
    while presenter.flash_left > 0:
        presenter.flash_step()
    presenter.flash_step()
    assert presenter.background() == background
    assert not presenter.flash_timer.isActive()
    assert "habis" in presenter.timer_label.text()
    presenter.close()


def test_long_chapter_scrolls_and_keeps_its_place_on_edits(demo_window: Any, qtbot: Any) -> None:
    presenter = _open(demo_window, qtbot)
    db = demo_window.session.db
    longest = max(db.rows("chapter"), key=lambda c: len(c.get("body_md") or ""))
    presenter.go([it.key for it in presenter.items].index(longest["id"]))
    bar = presenter._scroll_bar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # too long for one screen even at the smallest chapter type
    assert presenter.content.point_size >= 22
    QTest.keyClick(presenter, Qt.Key.Key_Down)
    QTest.keyClick(presenter, Qt.Key.Key_Down)
    position = bar.value()
    assert position > 0
    QTest.keyClick(presenter, Qt.Key.Key_Up)
    assert bar.value() < position
    QTest.keyClick(presenter, Qt.Key.Key_Down)
    position = bar.value()
    other = next(c for c in db.rows("chapter") if c["id"] != longest["id"])
    from smartcity_desktop.services.operations import chapters

    assert demo_window.session.run("Judul", chapters.set_title, other["id"], "Bab Yang Diubah")
    qtbot.waitUntil(lambda: any(it.title.endswith("Bab Yang Diubah") for it in presenter.items))
    qtbot.waitUntil(lambda: presenter._scroll_bar() is not None and presenter._scroll_bar().value() == position)
    assert presenter.items[presenter.index].key == longest["id"]
    presenter.close()


def test_closing_the_plan_closes_the_presentation(demo_window: Any, qtbot: Any) -> None:
    presenter = _open(demo_window, qtbot)
    demo_window.close()
    qtbot.waitUntil(lambda: not _alive(presenter))
