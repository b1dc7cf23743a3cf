# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt's own dialogs in Indonesian: standard buttons (Ya/Tidak/Batal), the file dialog (resources/translations/
qt_id.qm, compiled from qt_id.ts since Qt ships no Indonesian catalogue)."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_installed: QTranslator | None = None
_pseudo: QTranslator | None = None


def _pseudo_if_asked(app: QApplication) -> None:
    """``SMARTCITY_PSEUDO=1``: every string 40% longer (gui/pseudo.py), to look at layouts by eye."""
    global _pseudo
    if _pseudo is None and os.environ.get("SMARTCITY_PSEUDO") == "1":
        from smartcity_desktop.gui.pseudo import PseudoTranslator

        _pseudo = PseudoTranslator(app)
        app.installTranslator(_pseudo)


def use_indonesian_qt(app: QApplication, on: bool) -> bool:
    """Install (or remove) the Indonesian catalogue of Qt's own texts; True when it is installed now."""
    global _installed
    _pseudo_if_asked(app)
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
