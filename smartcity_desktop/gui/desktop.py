# SPDX-License-Identifier: GPL-3.0-or-later
"""What the desktop needs from the app: icon, desktop file name, Windows AppUserModelID, macOS file-open events.

Also the self-check of a frozen bundle (packaging/smoke.py): with SMARTCITY_SELFTEST=REPORT.json the app opens
every place of the navigation in the plan it was started with, writes what it saw to REPORT.json and quits.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QLabel

log = logging.getLogger(__name__)

DESKTOP_ID = "org.smartcitydesktop.Masterplan"  # = packaging/bundle_rules.py APP_ID (.desktop file, AppStream)
WINDOWS_AUMID = "SmartCityDesktop.Masterplan"  # = packaging/bundle_rules.py WINDOWS_AUMID (taskbar grouping)


def app_icon() -> QIcon:
    """The app icon from the shipped PNGs (every size, so the window, taskbar and Alt+Tab pick a sharp one)."""
    from smartcity_desktop.resources import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons" / "png"
    for png in sorted(folder.glob("smartcity-desktop-*.png")):
        icon.addFile(str(png))
    return icon


def integrate(app: QApplication) -> None:
    """Window icon, the .desktop name (Wayland and X11 match windows to the menu entry) and, on Windows, the
    AppUserModelID (taskbar icon and pinning), set once at start before any window."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            import ctypes

            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_AUMID)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            log.warning("AppUserModelID not set")


class FileOpenFilter(QObject):
    """macOS sends a double-clicked (or dropped-on-Dock) plan as a QFileOpenEvent to the application."""

    def __init__(self, open_path: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                log.info("file-open event for %s", path)
                QTimer.singleShot(0, lambda: self.open_path(str(Path(path).absolute())))
                return True
        return super().eventFilter(watched, event)


def attach(app: QApplication, controller: Any) -> None:
    """Route file-open events to the controller; start the self-check when SMARTCITY_SELFTEST asks for it."""
    filt = FileOpenFilter(controller.open_path, controller)
    app.installEventFilter(filt)
    report = os.environ.get("SMARTCITY_SELFTEST")
    if report:
        _when_window_shown(app, controller, Path(report), time.monotonic() + 120)


def _when_window_shown(app: QApplication, controller: Any, report: Path, deadline: float) -> None:
    """Run the self-check once the plan's window is up (opening runs a nested event loop) or the time is over."""
    window = controller.window
    if (window is None or not window.isVisible() or controller._opening) and time.monotonic() < deadline:
        QTimer.singleShot(100, lambda: _when_window_shown(app, controller, report, deadline))
        return
    self_check(app, controller, report)


def self_check(app: QApplication, controller: Any, report: Path) -> None:
    """Show every navigation place of the open plan; write placeholders, view errors and counts to ``report``."""
    window = controller.window
    result: dict[str, Any] = {"plan": None, "places": 0, "keys": [], "placeholders": [], "errors": {}}
    try:
        if window is None:
            result["errors"]["window"] = "no plan window (the plan did not open)"
        else:
            result["plan"] = str(window.session.document.path)
            keys: set[str] = set()
            for place in window.nav.places():
                widget = window.show_place(*place)
                app.processEvents()
                keys.add(place[0])
                result["places"] += 1
                if type(widget) is QLabel:  # views are never bare labels; placeholders are
                    result["placeholders"].append([place[0], widget.text()])
            from smartcity_desktop.gui.navigation import ENTRIES

            result["keys"] = sorted(keys)
            result["navigation_keys"] = [key for key, _label in ENTRIES]
            result["errors"].update(getattr(window, "view_errors", {}))
    except Exception as e:  # the report must be written whatever failed
        log.exception("self-check failed")
        result["errors"]["self_check"] = f"{type(e).__name__}: {e}"
    report.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    ok = not result["placeholders"] and not result["errors"]
    for w in app.topLevelWidgets():
        w.close()
    app.exit(0 if ok else 3)
