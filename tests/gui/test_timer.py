# SPDX-License-Identifier: GPL-3.0-or-later
"""The group-work countdown: an injected monotonic clock (nothing sleeps), start/pause/reset, the end signalled
once with a beep, the dialog and the status bar of the real window (issue 11)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from smartcity_desktop.gui.timer import PRESETS, Countdown, format_remaining, state_text


class Clock:
    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now


def test_format_remaining() -> None:
    assert format_remaining(0) == "00:00"
    assert format_remaining(1) == "00:01"  # a part of a second left is still shown as time left
    assert format_remaining(59_000) == "00:59"
    assert format_remaining(5 * 60_000) == "05:00"
    assert format_remaining(75 * 60_000) == "1:15:00"
    assert format_remaining(-5) == "00:00"


def test_countdown_runs_pauses_and_finishes_once(qapp: QApplication) -> None:
    clock = Clock()
    countdown = Countdown(clock)
    finished: list[int] = []
    changes: list[str] = []
    countdown.finished.connect(lambda: finished.append(clock.now))
    countdown.changed.connect(lambda: changes.append(countdown.text()))
    countdown.set_minutes(2)
    assert countdown.idle() and countdown.text() == "02:00" and state_text(countdown) == ""
    clock.now = 10_000  # the clock moves before the start: that time is not counted
    countdown.start()
    assert countdown.running and countdown.timer.isActive()
    clock.now = 40_000
    countdown.tick()
    assert countdown.text() == "01:30"
    assert "01:30" in state_text(countdown)
    countdown.tick()  # the same second: no new change
    assert changes.count("01:30") == 1
    countdown.pause()
    clock.now = 100_000  # paused time does not count
    countdown.tick()
    assert countdown.text() == "01:30" and "jeda" in state_text(countdown)
    countdown.start()
    clock.now = 100_000 + 89_999
    countdown.tick()
    assert countdown.text() == "00:01" and finished == []
    clock.now = 100_000 + 90_000
    countdown.tick()
    assert finished == [190_000]
    assert not countdown.running and not countdown.timer.isActive()
    assert countdown.remaining_ms() == 0 and "habis" in state_text(countdown).lower()
    clock.now += 60_000
    countdown.tick()
    assert finished == [190_000]  # once
    countdown.start()  # a finished countdown starts again from the top
    assert countdown.text() == "02:00"
    countdown.reset()
    assert countdown.idle() and not countdown.running


def test_minutes_are_kept_in_range(qapp: QApplication) -> None:
    countdown = Countdown(Clock())
    countdown.set_minutes(0)
    assert countdown.minutes == 1
    countdown.set_minutes(10_000)
    assert countdown.minutes == 180


def test_timer_dialog_and_status_bar_of_the_window(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window.menu_actions.timer.trigger()
    dlg = window.timer_dialog
    assert dlg.isVisible() and not dlg.isModal()
    countdown = window.countdown
    clock = Clock()
    countdown.clock = clock
    assert set(dlg.preset_buttons) == set(PRESETS)
    dlg.preset_buttons[15].click()
    assert countdown.minutes == 15 and dlg.minutes.value() == 15 and dlg.display.text() == "15:00"
    assert not window.countdown_label.isVisible()
    dlg.start_button.click()
    assert countdown.running
    assert window.countdown_label.isVisible() and "15:00" in window.countdown_label.text()
    assert dlg.start_button.text().replace("&", "") == "Jeda"
    clock.now = 14 * 60_000 + 30_000
    countdown.tick()
    assert dlg.display.text() == "00:30" and "00:30" in window.countdown_label.text()
    dlg.start_button.click()  # pause
    assert not countdown.running and dlg.start_button.text().replace("&", "") == "Lanjutkan"
    dlg.start_button.click()
    clock.now = 15 * 60_000
    with qtbot.waitSignal(countdown.finished, timeout=1000):
        countdown.tick()
    assert beeps == [1]
    assert "habis" in window.countdown_label.text().lower()
    dlg.reset_button.click()
    assert countdown.idle() and not window.countdown_label.isVisible() and dlg.display.text() == "15:00"
    dlg.minutes.setValue(7)  # typed minutes count when started
    dlg.start_button.click()
    assert countdown.minutes == 7 and countdown.running
    countdown.reset()
    window.menu_actions.timer.trigger()
    assert window.timer_dialog is dlg  # one dialog per window
    dlg.close()


def test_english_timer_and_presenter(controller: Any, window: Any) -> None:
    """English strings of the timer, the menu entries and the presenter pages. The translator is switched
    without rebuilding the window: a rebuild after the chart fonts were registered leaves header widths that
    the later pseudo-locale and zoom tests flag."""
    from PySide6.QtCore import QCoreApplication

    from smartcity_desktop.gui import presenter_items as pages
    from smartcity_desktop.gui.timer import TimerDialog

    controller.set_language("en", rebuild=False)
    try:
        assert QCoreApplication.translate("MainActions", "Mode &presentasi") == "&Presentation mode"
        assert QCoreApplication.translate("MainActions", "&Timer kerja kelompok...") == "Group work &timer..."
        countdown = Countdown(Clock())
        dlg = TimerDialog(countdown)
        assert dlg.windowTitle() == "Group work timer"
        assert dlg.start_button.text().replace("&", "") == "Start"
        assert dlg.preset_buttons[5].text() == "5 min"
        countdown.start()
        countdown.pause()
        assert "paused" in state_text(countdown)
        dlg.deleteLater()
        items = pages.items(window.session.db)
        titles = [it.title for it in items]
        assert "Readiness radar" in titles and "Quick Win board" in titles and "Open feedback" in titles
        board = next(it for it in items if it.kind == "quickwins")
        assert pages.render(window.session, board).text() == "No Quick Win chosen yet."
        feedback = next(it for it in items if it.kind == "feedback")
        assert pages.render(window.session, feedback).text() == "No open feedback."
    finally:
        controller.set_language("id", rebuild=False)
