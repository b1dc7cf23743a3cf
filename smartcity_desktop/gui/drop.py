# SPDX-License-Identifier: GPL-3.0-or-later
"""Dropping a .smartcity file on a window opens it (the start screen and the main window share this)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent

SUFFIX = ".smartcity"


def _plan_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    return [u.toLocalFile() for u in event.mimeData().urls() if u.toLocalFile().lower().endswith(SUFFIX)]


def accept_plan_drag(event: QDragEnterEvent) -> None:
    """Accept the drag when it carries a plan file."""
    if _plan_paths(event):
        event.acceptProposedAction()


def open_dropped_plan(event: QDropEvent, open_path: Callable[[str], None]) -> None:
    """Open the first dropped plan file after the drop returns (the file manager is not kept waiting)."""
    paths = _plan_paths(event)
    if paths:
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: open_path(paths[0]))
