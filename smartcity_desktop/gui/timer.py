# SPDX-License-Identifier: GPL-3.0-or-later
"""The countdown timer for group work: a dialog to set and run it, its time in the status bar and in presenter
mode, a beep and a flash at the end. One countdown per main window; it runs on a monotonic clock (QElapsedTimer),
never on wall time, and tests hand it their own clock so nothing sleeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

PRESETS = (5, 10, 15, 30, 45, 60)  # minutes
MAX_MINUTES = 180
TICK_MS = 200  # how often a running countdown looks at the clock


def monotonic_clock() -> Callable[[], int]:
    """Milliseconds since this call, from Qt's monotonic clock (not the wall clock a laptop may adjust)."""
    timer = QElapsedTimer()
    timer.start()
    return timer.elapsed


def format_remaining(ms: int) -> str:
    """'04:59' (seconds rounded up, so 0.2 s left still shows 00:01 and 00:00 means the end); '1:05:00' past
    an hour."""
    seconds = max(0, (ms + 999) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class Countdown(QObject):
    """A countdown of ``minutes`` that can start, pause and reset. ``clock`` returns monotonic milliseconds."""

    changed = Signal()  # the shown time or the state changed
    finished = Signal()  # the time is up (once per run)

    def __init__(self, clock: Callable[[], int] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or monotonic_clock()
        self.duration_ms = 10 * 60_000
        self.running = False
        self.started = False  # started since the latest reset (running, paused or finished)
        self._used_ms = 0  # time run before the latest start
        self._started_at = 0
        self._shown = ""
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def minutes(self) -> int:
        return self.duration_ms // 60_000

    def set_minutes(self, minutes: int) -> None:
        """A new duration; the countdown stops and starts over from it."""
        self.duration_ms = max(1, min(MAX_MINUTES, int(minutes))) * 60_000
        self.reset()

    def used_ms(self) -> int:
        return self._used_ms + (self.clock() - self._started_at if self.running else 0)

    def remaining_ms(self) -> int:
        return max(0, self.duration_ms - self.used_ms())

    def idle(self) -> bool:
        """Neither running nor paused part-way (nothing worth showing)."""
        return not self.started

    def text(self) -> str:
        return format_remaining(self.remaining_ms())

    def start(self) -> None:
        if self.running:
            return
        if self.remaining_ms() == 0:  # a finished countdown starts again from the top
            self._used_ms = 0
        self._started_at = self.clock()
        self.running = self.started = True
        self.timer.start()
        self._emit_changed(force=True)

    def pause(self) -> None:
        if not self.running:
            return
        self._used_ms = self.used_ms()
        self.running = False
        self.timer.stop()
        self._emit_changed(force=True)

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self.running = self.started = False
        self.timer.stop()
        self._used_ms = 0
        self._emit_changed(force=True)

    def tick(self) -> None:
        """Look at the clock: say when the shown second changes, and finish at zero."""
        if not self.running:
            return
        if self.remaining_ms() == 0:
            self._used_ms = self.duration_ms
            self.running = False
            self.timer.stop()
            self._emit_changed(force=True)
            self.finished.emit()
            return
        self._emit_changed()

    def _emit_changed(self, force: bool = False) -> None:
        text = self.text()
        if force or text != self._shown:
            self._shown = text
            self.changed.emit()


def state_text(countdown: Countdown) -> str:
    """'Timer 04:59' while running, 'Timer 04:59 (jeda)' paused, 'Waktu habis' at the end, '' when idle."""
    if countdown.idle():
        return ""
    if countdown.remaining_ms() == 0:
        return QCoreApplication.translate("Timer", "Waktu habis")
    if countdown.running:
        return QCoreApplication.translate("Timer", "Timer {0}").format(countdown.text())
    return QCoreApplication.translate("Timer", "Timer {0} (jeda)").format(countdown.text())


def countdown_for(window: QMainWindow) -> Countdown:
    """The window's countdown, made on first use with its label in the status bar and its beep at the end."""
    countdown: Countdown | None = getattr(window, "countdown", None)
    if countdown is None:
        countdown = Countdown(parent=window)
        label = QLabel()
        label.setObjectName("countdownLabel")
        label.setStyleSheet("font-weight: bold; padding: 0 8px;")
        label.hide()
        window.statusBar().addPermanentWidget(label)

        def show() -> None:
            text = state_text(countdown)  # type: ignore[arg-type]
            label.setText(text)
            label.setVisible(bool(text))

        def done() -> None:
            QApplication.beep()
            window.statusBar().showMessage(QCoreApplication.translate("Timer", "Waktu kerja kelompok habis."), 15000)

        countdown.changed.connect(show)
        countdown.finished.connect(done)
        window.countdown = countdown  # type: ignore[attr-defined]
        window.countdown_label = label  # type: ignore[attr-defined]
    return countdown


class TimerDialog(QDialog):
    """Set the minutes (presets or a spin box), then start, pause or reset; shows the time left in large type."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = countdown
        self.setWindowTitle(self.tr("Timer kerja kelompok"))
        lay = QVBoxLayout(self)
        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setStyleSheet("font-size: 40pt; font-weight: bold; font-family: monospace;")
        self.display.setAccessibleName(self.tr("Sisa waktu"))
        lay.addWidget(self.display)
        presets = QGridLayout()
        self.preset_buttons: dict[int, QPushButton] = {}
        for i, minutes in enumerate(PRESETS):
            button = QPushButton(self.tr("{0} menit").format(minutes))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, m=minutes: self.choose(m))
            presets.addWidget(button, i // 3, i % 3)
            self.preset_buttons[minutes] = button
        lay.addLayout(presets)
        row = QHBoxLayout()
        minutes_label = QLabel(self.tr("Me&nit:"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(countdown.minutes)
        self.minutes.editingFinished.connect(lambda: self.choose(self.minutes.value()))
        minutes_label.setBuddy(self.minutes)
        row.addWidget(minutes_label)
        row.addWidget(self.minutes, 1)
        lay.addLayout(row)
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_or_pause)
        self.reset_button = QPushButton(self.tr("&Ulang"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(countdown.reset)
        close = QPushButton(self.tr("&Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        for b in (self.start_button, self.reset_button, close):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        countdown.changed.connect(self.refresh)
        self.refresh()

    def choose(self, minutes: int) -> None:
        """A preset or the spin box: the countdown is set to ``minutes`` (and stopped)."""
        if minutes * 60_000 == self.countdown.duration_ms and self.countdown.idle():
            return
        self.countdown.set_minutes(minutes)
        self.minutes.setValue(self.countdown.minutes)

    def start_or_pause(self) -> None:
        if not self.countdown.running and self.minutes.value() != self.countdown.minutes:
            self.choose(self.minutes.value())  # typed but not yet confirmed
        self.countdown.toggle()

    def refresh(self) -> None:
        self.display.setText(self.countdown.text())
        if self.countdown.running:
            self.start_button.setText(self.tr("&Jeda"))
        elif self.countdown.idle() or self.countdown.remaining_ms() == 0:
            self.start_button.setText(self.tr("&Mulai"))
        else:
            self.start_button.setText(self.tr("&Lanjutkan"))


def show_timer_dialog(window: Any, countdown: Countdown | None = None) -> TimerDialog:
    """Tampilan > Timer kerja kelompok: the dialog (one per window, not modal) over ``window`` (the main window,
    or the presenter window with the main window's ``countdown``)."""
    dlg: TimerDialog | None = getattr(window, "timer_dialog", None)
    if dlg is None:
        dlg = TimerDialog(countdown or countdown_for(window), window)
        window.timer_dialog = dlg
    dlg.show()
    dlg.raise_()
    dlg.activateWindow()
    return dlg
