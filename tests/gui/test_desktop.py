# SPDX-License-Identifier: GPL-3.0-or-later
"""Desktop integration (issue 14): window icon, desktop file name, macOS file-open events, the bundle self-check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from smartcity_desktop.gui import desktop


def test_window_icon_and_desktop_file_name(qapp: QApplication) -> None:
    from smartcity_desktop.gui.app import make_app

    app = make_app()
    assert app.desktopFileName() == desktop.DESKTOP_ID
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_file_open_event_opens_the_plan(controller: Any, plan_file: Path, qtbot: Any, qapp: QApplication) -> None:
    """Finder sends a double-clicked plan as a QFileOpenEvent to the application: it opens in a window."""
    controller.show_start()
    filt = desktop.FileOpenFilter(controller.open_path, controller)
    qapp.installEventFilter(filt)
    try:
        QApplication.postEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(plan_file))))
        qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10000)
        assert controller.window.session.document.path == plan_file.absolute()
    finally:
        qapp.removeEventFilter(filt)


def test_attach_routes_file_open_events(controller: Any, plan_file: Path, qtbot: Any, qapp: QApplication) -> None:
    desktop.attach(qapp, controller)
    filters = [f for f in controller.findChildren(desktop.FileOpenFilter)]
    assert filters
    try:
        QApplication.postEvent(qapp, QFileOpenEvent(str(plan_file)))
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    finally:
        for f in filters:
            qapp.removeEventFilter(f)


def test_self_check_shows_every_navigation_place(
    window: Any, controller: Any, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qapp, "exit", lambda code=0: setattr(qapp, "_exit_code", code))
    report = tmp_path / "report.json"
    desktop.self_check(qapp, controller, report)
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["placeholders"] == [] and result["errors"] == {}
    assert set(result["keys"]) == set(result["navigation_keys"])
    assert result["places"] >= len(result["navigation_keys"])
    assert qapp._exit_code == 0  # type: ignore[attr-defined]


def test_self_check_fails_on_a_missing_view(
    window: Any, controller: Any, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A view left out of the bundle shows the "Sedang disiapkan" placeholder: the self-check must report it."""
    from smartcity_desktop.gui import main_window

    monkeypatch.setitem(main_window.VIEWS, "funding", ("no_such_view", "NoSuchView"))
    monkeypatch.setattr(qapp, "exit", lambda code=0: setattr(qapp, "_exit_code", code))
    report = tmp_path / "report.json"
    desktop.self_check(qapp, controller, report)
    result = json.loads(report.read_text(encoding="utf-8"))
    assert [key for key, _text in result["placeholders"]] == ["funding"]
    assert qapp._exit_code == 3  # type: ignore[attr-defined]
