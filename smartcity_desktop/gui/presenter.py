# SPDX-License-Identifier: GPL-3.0-or-later
"""Presenter mode (Tampilan > Mode presentasi, F5): the plan page by page, full screen on the projector.

Keys: Right, Page Down, Space next; Left, Page Up, Backspace previous; Home, End; a number then Enter jumps;
G opens the list of pages; Up/Down scroll a long page; T the countdown timer, S starts or pauses it; Esc leaves.
The pages follow the plan live: an edit in the main window refreshes the page shown. Loaded on first use only
(startup imports nothing of it)."""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeyEvent, QPalette, QScreen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import presenter_items as pages
from smartcity_desktop.gui.presenter_items import ACCENT, BACKGROUND, FLASH, MUTED, TEXT, Item
from smartcity_desktop.gui.timer import countdown_for, show_timer_dialog, state_text

log = logging.getLogger(__name__)

FLASH_TIMES = 4  # blinks of the background when the countdown ends
FLASH_MS = 350
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


def presenter_screen(current: QScreen | None, screens: list[QScreen]) -> QScreen | None:
    """The projector: with more than one screen, the first one the main window is not on; else the current."""
    if len(screens) > 1:
        for screen in screens:
            if screen is not current:
                return screen
    return current or (screens[0] if screens else None)


class PresenterWindow(QWidget):
    """A full-screen window showing one page (``presenter_items``) at a time, with a footer: the page's title,
    the countdown when it runs, and the position ("3/24")."""

    closed = Signal()

    def __init__(self, main_window: QMainWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.main_window = main_window
        self.session: Any = main_window.session  # type: ignore[attr-defined]
        self.items: list[Item] = []
        self.index = 0
        self.typed = ""
        self.content: QWidget | None = None
        self.flash_left = 0
        self._refresh_pending = False
        self._return_focus = QApplication.focusWidget()
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Mode presentasi"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self._set_background(BACKGROUND)
        self.setStyleSheet(
            f"QLabel {{ color: {TEXT}; }} #presenterTitle {{ color: {ACCENT}; font-size: 34pt; font-weight: bold; }}"
            f" #presenterFooter QLabel {{ color: {MUTED}; font-size: 15pt; }}"
            f" #presenterFooter #presenterTimer {{ color: {ACCENT}; font-size: 20pt; font-weight: bold; }}"
            f" #presenterFooter #presenterPosition {{ color: {TEXT}; font-size: 17pt; font-weight: bold; }}"
            f" QListWidget {{ background: #1c2733; color: {TEXT}; font-size: 20pt; border: 2px solid {ACCENT}; }}"
            f" QListWidget::item:selected {{ background: {ACCENT}; color: #000; }}"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 28, 48, 14)
        lay.setSpacing(18)
        self.title = QLabel()
        self.title.setObjectName("presenterTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.body = QVBoxLayout()
        lay.addLayout(self.body, 1)
        footer = QWidget()
        footer.setObjectName("presenterFooter")
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 0, 0, 0)
        self.footer_title = QLabel()
        self.hint = QLabel(self.tr("← → pindah · G daftar · T timer · Esc keluar"))
        self.typed_label = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setObjectName("presenterTimer")
        self.position = QLabel()
        self.position.setObjectName("presenterPosition")
        row.addWidget(self.footer_title, 1)
        for w in (self.hint, self.typed_label, self.timer_label, self.position):
            row.addSpacing(24)
            row.addWidget(w)
        lay.addWidget(footer)
        self.picker = QListWidget(self)
        self.picker.hide()
        self.picker.itemActivated.connect(lambda it: self._pick(self.picker.row(it)))
        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self.flash_step)
        self.countdown = countdown_for(main_window)
        self.countdown.changed.connect(self._show_timer)
        self.countdown.finished.connect(self.flash)
        self.session.changed.connect(self._plan_changed)
        self._show_timer()
        self.reload()

    # -- pages -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the item list anew (names, added or removed parts) and show the same page again."""
        current = self.items[self.index] if self.items else None
        self.items = pages.items(self.session.db)
        same = [i for i, it in enumerate(self.items) if current and (it.kind, it.key) == (current.kind, current.key)]
        scrolled = self._scroll_bar()
        position = scrolled.value() if scrolled is not None and same else 0
        self.go(same[0] if same else min(self.index, len(self.items) - 1))
        if position:  # the same page stays where the audience was reading (once it is laid out)
            QTimer.singleShot(0, lambda: self._scroll_to(position))

    def _scroll_to(self, position: int) -> None:
        bar = self._scroll_bar() if shiboken6.isValid(self) else None
        if bar is not None:
            bar.setValue(position)

    def go(self, index: int) -> None:
        """Show page ``index`` (kept inside the list)."""
        self.index = max(0, min(index, len(self.items) - 1))
        item = self.items[self.index]
        if self.content is not None:
            self.body.removeWidget(self.content)
            self.content.hide()
            self.content.deleteLater()
        try:
            widget = pages.render(self.session, item)
        except Exception as e:  # one broken page must not end the presentation
            log.exception("presenter page %s failed", item)
            widget = QLabel(self.tr("Halaman ini gagal ditampilkan: {0}").format(type(e).__name__))
        for child in [widget, *widget.findChildren(QWidget)]:
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content = widget
        self.body.addWidget(widget, 1)
        self.title.setText(item.title)
        self.footer_title.setText(item.title)
        self.position.setText(f"{self.index + 1}/{len(self.items)}")
        self.setFocus()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def _plan_changed(self, _tables: object) -> None:
        if not self._refresh_pending:  # several edits at once refresh once
            self._refresh_pending = True
            QTimer.singleShot(0, self._refresh)

    def _refresh(self) -> None:
        self._refresh_pending = False
        if shiboken6.isValid(self) and self.isVisible():
            self.reload()

    # -- the list of pages ---------------------------------------------------------------------
    def show_picker(self) -> None:
        self.picker.clear()
        self.picker.addItems([f"{i}. {it.title}" for i, it in enumerate(self.items, 1)])
        self.picker.setCurrentRow(self.index)
        width, height = int(self.width() * 0.6), int(self.height() * 0.7)
        self.picker.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)
        self.picker.show()
        self.picker.raise_()
        self.picker.setFocus()

    def _pick(self, row: int) -> None:
        self.picker.hide()
        self.go(row)

    # -- countdown ---------------------------------------------------------------------------------
    def _show_timer(self) -> None:
        self.timer_label.setText(state_text(self.countdown))
        self.timer_label.setVisible(not self.countdown.idle())

    def flash(self) -> None:
        """The time is up: the background blinks FLASH_TIMES times (the main window's countdown also beeps)."""
        self.flash_left = FLASH_TIMES * 2
        self.flash_step()
        self.flash_timer.start()

    def flash_step(self) -> None:
        if self.flash_left <= 0:
            self.flash_timer.stop()
            self._set_background(BACKGROUND)
            return
        self.flash_left -= 1
        self._set_background(FLASH if self.flash_left % 2 else BACKGROUND)

    def _set_background(self, color: str) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(color))
        self.setPalette(palette)

    def background(self) -> str:
        return self.palette().color(QPalette.ColorRole.Window).name()

    # -- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        if self.picker.isVisible():
            if key == Qt.Key.Key_Escape:
                self.picker.hide()
                self.setFocus()
            return
        if key == Qt.Key.Key_Escape:
            if self.typed:
                self._type("")
            else:
                self.close()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._type(self.typed + event.text())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.typed:
            target = int(self.typed) - 1
            self._type("")
            self.go(target)
        elif key == Qt.Key.Key_Backspace and self.typed:
            self._type(self.typed[:-1])
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.items) - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._scroll(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_G:
            self.show_picker()
        elif key == Qt.Key.Key_T:
            show_timer_dialog(self, self.countdown)
        elif key == Qt.Key.Key_S:
            self.countdown.toggle()
        else:
            super().keyPressEvent(event)

    def _type(self, typed: str) -> None:
        self.typed = typed
        self.typed_label.setText(self.tr("Ke halaman {0}").format(typed) if typed else "")

    def _scroll_bar(self) -> QScrollBar | None:
        """The vertical scroll bar of the page shown (a long chapter or table), if it has one."""
        if self.content is None:
            return None
        for area in [self.content, *self.content.findChildren(QAbstractScrollArea)]:
            if isinstance(area, QAbstractScrollArea):
                return area.verticalScrollBar()
        return None

    def _scroll(self, direction: int) -> None:
        bar = self._scroll_bar()
        if bar is not None:
            bar.setValue(bar.value() + direction * max(bar.pageStep() * 2 // 3, 1))

    # -- opening and closing -------------------------------------------------------------------------
    def show_on_projector(self) -> None:
        screen = presenter_screen(self.main_window.screen(), QGuiApplication.screens())
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())  # (a full-size setGeometry first can keep it from full screen)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.flash_timer.stop()
        try:
            self.session.changed.disconnect(self._plan_changed)
        except (RuntimeError, TypeError):
            pass
        event.accept()
        self.main_window.activateWindow()
        back = self._return_focus
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus()
        self.closed.emit()


def open_presenter(main_window: Any) -> PresenterWindow:
    """Tampilan > Mode presentasi (F5): open presenter mode over the main window's plan (or bring it back)."""
    shown: PresenterWindow | None = getattr(main_window, "presenter", None)
    if shown is not None and shiboken6.isValid(shown) and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return shown
    window = PresenterWindow(main_window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    main_window.presenter = window
    main_window.closed.connect(window.close)  # the plan closes: so does its presentation
    window.show_on_projector()
    return window
