# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures of the reliability suite (the plan files come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    """Where child processes write their stderr (shown when a test fails)."""
    return tmp_path / "children.log"


@pytest.fixture
def gui_controller(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The GUI controller with message boxes that never block (what they would show is kept in .shown)."""
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QMessageBox

    from smartcity_desktop.gui.app import Controller, make_app
    from smartcity_desktop.gui.settings import Settings
    from smartcity_desktop.services import document

    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object, **kwargs: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.No

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(document, "SNAPSHOT_DELAY", 0.05)
    make_app()
    ctl = Controller(QApplication.instance(), Settings.load())  # type: ignore[arg-type]
    ctl.shown = shown  # type: ignore[attr-defined]
    yield ctl
    for w in (ctl.window, ctl.start, *ctl._retired):
        if w is not None and shiboken6.isValid(w):
            if w.isVisible():
                w.close()
            w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctl.set_language("id", rebuild=False)
