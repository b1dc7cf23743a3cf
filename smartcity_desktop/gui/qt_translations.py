# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt's own dialogs in Indonesian: standard buttons (Ya/Tidak/Batal), the file dialog (resources/translations/
qt_id.qm, made by packaging/qt_id.py since Qt ships no Indonesian catalogue)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_installed: QTranslator | None = None


def use_indonesian_qt(app: QApplication, on: bool) -> bool:
    """Install (or remove) the Indonesian catalogue of Qt's own texts; True when it is installed now."""
    global _installed
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if not on:
        return False
    from smartcity_desktop.resources import resource

    tr = QTranslator(app)
    qm = resource("translations", "qt_id.qm")
    if not tr.load(str(qm)):
        log.warning("translation %s not found", qm)
        return False
    app.installTranslator(tr)
    _installed = tr
    return True
