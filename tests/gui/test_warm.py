# SPDX-License-Identifier: GPL-3.0-or-later
"""PySide6's lazily made wrappers are made after the launch, in slices, not in a view's first build (issue 10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

from smartcity_desktop.gui import warm


def test_every_enum_named_exists_in_this_pyside6(qapp: Any) -> None:
    window = QMainWindow()
    window.setCentralWidget(QTreeView())
    try:
        assert warm.warm(window) == len(warm.ENUMS)  # a misspelt or vanished name would be skipped silently
    finally:
        window.deleteLater()


def test_the_launch_warms_after_the_figures_in_slices_and_stops_when_the_window_goes(
    controller: Any, demo_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.gui.test_perf_launch import _launch

    calls: list[tuple[int, bool]] = []
    real = warm.warm

    def spy(window: Any, enums: Any = warm.ENUMS, viewport: bool = True) -> int:
        calls.append((len(enums), viewport))
        return real(window, enums, viewport)

    monkeypatch.setattr(warm, "warm", spy)
    window = _launch(controller, demo_file, qtbot, monkeypatch)
    dash = window.views["dashboard"]
    qtbot.waitUntil(lambda: dash.figures is not None, timeout=10000)
    slices = -(-len(warm.ENUMS) // 8)
    qtbot.waitUntil(lambda: len(calls) == 1 + slices, timeout=5000)
    assert calls[0] == (0, True)  # the viewport first, alone
    assert sum(n for n, _ in calls) == len(warm.ENUMS) and not any(v for _, v in calls[1:])
    assert all(n <= 8 for n, _ in calls)  # a click waits for one slice at most

    calls.clear()
    warm.warm_later(window)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)
    assert calls == []  # the window went before the first slice
