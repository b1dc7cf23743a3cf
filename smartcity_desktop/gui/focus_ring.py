# SPDX-License-Identifier: GPL-3.0-or-later
"""A plain focus frame around the button that has keyboard focus (issue 10: "buttons show no focus frame").

Fusion's own focus mark on a button is a faint one-pixel outline. A window-wide style sheet
(``QPushButton:focus { border: 2px ... }``) drew a clear one but made every widget of the window go through
Qt's style-sheet style: about 10 ms more in the first build of each view of the large plan, for a rule that
concerns one widget at a time. Here one ring widget follows the focus instead: it is laid over the focused
button (a child of it, so it moves, hides and goes with it) and costs nothing while focus stays put.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

COLOR = "#1565c0"
WIDTH = 2.0
RADIUS = 4.0


class Ring(QWidget):
    """The frame itself: transparent, lets clicks through, drawn over its button's edge."""

    def __init__(self, button: QWidget) -> None:
        super().__init__(button)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(button.rect())

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(COLOR), WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), RADIUS, RADIUS)
        painter.end()


class FocusRings(QObject):
    """Shows a :class:`Ring` on whichever button (push or tool button) has keyboard focus in the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: Ring | None = None
        app.focusChanged.connect(self.focus_changed)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.drop()
        if isinstance(new, (QPushButton, QToolButton)) and new.isVisible():
            self.ring = Ring(new)
            new.installEventFilter(self)
            self.ring.show()

    def drop(self) -> None:
        ring, self.ring = self.ring, None
        if ring is None:
            return
        from shiboken6 import isValid

        if isValid(ring):  # gone already when its button was deleted
            button = ring.parentWidget()
            if button is not None:
                button.removeEventFilter(self)
            ring.hide()
            ring.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        ring = self.ring
        button = ring.parentWidget() if ring is not None else None
        if ring is not None and button is not None and watched is button and event.type() == QEvent.Type.Resize:
            ring.setGeometry(button.rect())
        return False


def install(app: QApplication) -> FocusRings:
    """Focus rings for every window of ``app`` (once; later calls return the same watcher)."""
    existing = getattr(app, "_focus_rings", None)
    if not isinstance(existing, FocusRings):
        existing = FocusRings(app)
        app._focus_rings = existing  # type: ignore[attr-defined]
    return existing
