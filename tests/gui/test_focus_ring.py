# SPDX-License-Identifier: GPL-3.0-or-later
"""The focus frame on buttons (issue 10: "buttons show no focus frame"), drawn without a window style sheet."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smartcity_desktop.gui import focus_ring


def _rings(widget: QWidget) -> list[focus_ring.Ring]:
    return [r for r in widget.findChildren(focus_ring.Ring) if r.isVisible()]


def _blue(color: QColor) -> bool:
    want = QColor(focus_ring.COLOR)
    return abs(color.red() - want.red()) < 60 and abs(color.blue() - want.blue()) < 60 and color.blue() > 120


def _panel(qtbot: Any) -> tuple[QWidget, QLineEdit, QPushButton, QPushButton]:
    from smartcity_desktop.gui.app import make_app

    focus_ring.install(make_app())
    panel = QWidget()
    lay = QVBoxLayout(panel)
    edit, first, second = QLineEdit(), QPushButton("Tambah program"), QPushButton("Hapus")
    for w in (edit, first, second):
        lay.addWidget(w)
    qtbot.addWidget(panel)
    panel.resize(300, 160)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    return panel, edit, first, second


def test_the_focused_button_wears_a_plain_frame_that_follows_focus(qtbot: Any) -> None:
    panel, edit, first, second = _panel(qtbot)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edit.hasFocus())
    assert _rings(panel) == []  # a text field shows its own caret and frame

    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: len(_rings(first)) == 1)
    ring = _rings(first)[0]
    assert ring.geometry() == first.rect()
    image = first.grab().toImage()
    assert _blue(image.pixelColor(1, first.height() // 2)), image.pixelColor(1, first.height() // 2).name()
    assert not _blue(image.pixelColor(first.width() // 2, first.height() // 2))  # the label stays readable

    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: len(_rings(second)) == 1)
    assert _rings(first) == []  # one frame at a time
    second.resize(second.width() + 40, second.height() + 10)
    assert _rings(second)[0].geometry() == second.rect()  # grows with its button


def test_a_button_deleted_with_focus_takes_its_frame_along(qtbot: Any) -> None:
    panel, edit, first, _second = _panel(qtbot)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: len(_rings(first)) == 1)
    ring = _rings(first)[0]
    first.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(ring)
    edit.setFocus(Qt.FocusReason.TabFocusReason)  # the watcher copes with its ring gone
    qtbot.waitUntil(lambda: edit.hasFocus())
    assert _rings(panel) == []


def test_the_main_window_has_no_window_wide_style_sheet(window: Any) -> None:
    # a window style sheet routes every widget through Qt's style-sheet style (~10 ms per view's first build)
    assert window.styleSheet() == ""


def test_the_launch_installs_the_rings_after_the_first_paint(
    controller: Any, demo_file: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from tests.gui.test_perf_launch import _launch

    app = QApplication.instance()
    monkeypatch.delattr(app, "_focus_rings", raising=False)  # as in a new process
    installed: list[bool] = []
    real = focus_ring.install
    monkeypatch.setattr(focus_ring, "install", lambda a: installed.append(True) or real(a))
    _launch(controller, demo_file, qtbot, monkeypatch)
    qtbot.waitUntil(lambda: bool(installed), timeout=5000)
    made = getattr(app, "_focus_rings", None)
    assert isinstance(made, focus_ring.FocusRings)
    made.deleteLater()  # the watcher of earlier tests stays the only one
