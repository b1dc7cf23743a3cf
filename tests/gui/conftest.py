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


def opened(controller: Any, path: Path, qtbot: Any) -> Any:
    """The real main window on ``path``, opened through the controller like a user would."""
    assert controller.open_path(str(path))
    win = controller.window
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(controller: Any, plan_file: Path, qtbot: Any) -> Any:
    """The real main window on a new plan, opened through the controller like a user would."""
    return opened(controller, plan_file, qtbot)


@pytest.fixture
def demo_window(controller: Any, demo_file: Path, qtbot: Any) -> Any:
    """The real main window on a copy of the demo plan."""
    return opened(controller, demo_file, qtbot)


@pytest.fixture
def auto_accept(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``auto_accept(cls, fill=None)``: from then on ``cls.exec()`` fills the dialog (``fill(dlg)``), presses OK
    (its ``accept``) and returns the result, without a modal loop; gives the list of the dialogs shown."""

    def patch(cls: type, fill: Any = None) -> list[Any]:
        seen: list[Any] = []

        def exec_(dlg: Any) -> int:
            seen.append(dlg)
            if fill is not None:
                fill(dlg)
            dlg.accept()
            return int(dlg.result())

        monkeypatch.setattr(cls, "exec", exec_)
        return seen

    return patch
