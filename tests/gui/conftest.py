# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI fixtures: message boxes that never block, a controller, and the real main window on a plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox


class MessageLog:
    """Records every message box shown; ``answer`` is what question() returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self) -> list[str]:
        return [text for _kind, text in self.shown]


@pytest.fixture(autouse=True)
def messages_patched(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    """QMessageBox never opens a modal window in tests; what would have been shown is recorded."""
    log = MessageLog()

    def static(kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            log.shown.append((kind, text))
            return log.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(static(kind)))

    def exec_(box: QMessageBox) -> int:
        log.shown.append(("box", box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return log


@pytest.fixture
def controller(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The app controller with fresh settings (SMARTCITY_HOME is per test)."""
    from smartcity_desktop.gui.app import Controller, make_app
    from smartcity_desktop.gui.settings import Settings
    from smartcity_desktop.services import document

    monkeypatch.setattr(document, "SNAPSHOT_DELAY", 0.05)
    make_app()
    base_font = qapp.font()
    ctl = Controller(qapp, Settings.load())
    yield ctl
    for w in (ctl.window, ctl.start):
        if w is not None and shiboken6.isValid(w) and w.isVisible():
            w.close()
    # delete the windows now, not in the interpreter's exit (PySide's exit clean-up may crash on them)
    for w in (ctl.window, ctl.start, *ctl._retired):
        if w is not None and shiboken6.isValid(w):
            w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctl.window = ctl.start = None
    ctl.set_language("id", rebuild=False)
    qapp.setFont(base_font)


def _opened(controller: Any, path: Path, qtbot: Any) -> Any:
    assert controller.open_path(str(path))
    win = controller.window
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(controller: Any, plan_file: Path, qtbot: Any) -> Any:
    """The real main window on a new plan, opened through the controller like a user would."""
    return _opened(controller, plan_file, qtbot)


@pytest.fixture
def demo_window(controller: Any, demo_file: Path, qtbot: Any) -> Any:
    """The real main window on a fresh copy of the demo plan."""
    return _opened(controller, demo_file, qtbot)
