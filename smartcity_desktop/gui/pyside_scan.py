# SPDX-License-Identifier: GPL-3.0-or-later
"""Spares PySide6 a scan it makes of every module imported after it (issue 10: ~15 ms of the launch).

For its ``__feature__`` switches (snake_case, true_property; this app selects none), PySide6's import hook reads
the whole source of each module the first time an import statement names it after PySide6 loaded, only to see
whether the text "PySide6" occurs in it, and notes the answer in ``shibokensupport.feature.pyside_feature_dict``:
0 (uses PySide6, no feature selected) or -1 (does not use it). Both mean "no feature" for a module that selects
none (PySide6 then keeps the selection it has, which is none in this app). ``note_known_modules`` enters the
modules already loaded (-1: the standard library's) and this package's own modules (0 for the GUI's, -1 for the
others), so PySide6 reads none of their sources. When PySide6 no longer has that dictionary, it does nothing.
"""

from __future__ import annotations

import os
import sys

PACKAGE = "smartcity_desktop"


def _package_modules(folder: str, prefix: str) -> list[str]:
    """The dotted names of the modules and packages under ``folder`` (without reading any of them)."""
    names: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir() and not entry.name.startswith(("_", ".")):
                names.append(f"{prefix}.{entry.name}")
                names += _package_modules(entry.path, f"{prefix}.{entry.name}")
            elif entry.name.endswith(".py") and entry.name != "__init__.py":
                names.append(f"{prefix}.{entry.name[:-3]}")
    return names


def note_known_modules() -> int:
    """Enter the loaded modules and this package's modules in PySide6's feature dictionary; the number
    entered (none already there is changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return 0
    before = len(known)
    for name in list(sys.modules):  # the standard library's so far: none uses PySide6
        if not name.startswith(("PySide6", "shiboken", "shibokensupport", "__main__", PACKAGE)):
            known.setdefault(name, -1)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        ours = [PACKAGE, *_package_modules(root, PACKAGE)]
    except OSError:  # a frozen bundle without the source folder: PySide6 scans as before
        ours = []
    for name in ours:  # the GUI's modules use PySide6 (selecting no feature); the others do not
        known.setdefault(name, 0 if name.startswith(f"{PACKAGE}.gui") else -1)
    return len(known) - before
