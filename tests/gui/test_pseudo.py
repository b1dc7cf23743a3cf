# SPDX-License-Identifier: GPL-3.0-or-later
"""The pseudo-locale (every string 40% longer) at 1366x705: every view shows its headers whole, nothing
overlaps (issue 10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from smartcity_desktop.gui.main_window import VIEWS
from smartcity_desktop.gui.pseudo import PseudoTranslator, stretch
from tests.gui.test_zoom import _show, clipped_headers, overlapping


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    tr = PseudoTranslator()
    qapp.installTranslator(tr)
    yield tr
    qapp.removeTranslator(tr)


def test_stretch_keeps_placeholders() -> None:
    assert stretch("Simpan") == "Simpan~~~"
    assert stretch("{0} hasil").startswith("{0} hasil")
    assert stretch("") == ""


def test_every_view_in_the_pseudo_locale(pseudo: Any, controller: Any, plan_file: Path, qtbot: Any) -> None:
    assert controller.open_path(str(plan_file))
    window = controller.window
    qtbot.waitExposed(window)
    window.resize(1366, 705)
    assert window.menu_actions.file_menu.title().endswith("~~~")  # the pseudo-locale is in use
    problems: list[str] = []
    for key in VIEWS:
        widget = _show(window, key)
        problems += clipped_headers(widget)
        problems += [f"{key} overlap {o}" for o in overlapping(widget)]
    assert problems == [], "\n".join(problems)
