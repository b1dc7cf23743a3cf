# SPDX-License-Identifier: GPL-3.0-or-later
"""The PySide6 desktop GUI. Loading it loads PySide6's import hook first, then tells the hook which modules it
need not read (gui/pyside_scan.py, issue 10)."""

import shiboken6  # noqa: F401 - installs PySide6's import hook, whose dictionary note_known_modules fills

from smartcity_desktop.gui.pyside_scan import note_known_modules

note_known_modules()
