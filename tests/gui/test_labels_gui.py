# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI reads labels and the default period from core (core/labels.py, core/defaults.py)."""

from __future__ import annotations

from typing import Any

import pytest

from smartcity_desktop import messages
from smartcity_desktop.core import labels as catalogue
from smartcity_desktop.core.defaults import default_period
from smartcity_desktop.gui import labels
from smartcity_desktop.gui.start_screen import StartScreen


def test_start_screen_offers_the_default_period_and_catalogue_labels(qtbot: Any) -> None:
    screen = StartScreen([])
    qtbot.addWidget(screen)
    assert (screen.first_year.value(), screen.last_year.value()) == default_period()
    items = [
        (screen.region_type.itemData(i), screen.region_type.itemText(i)) for i in range(screen.region_type.count())
    ]
    assert items == catalogue.choices("region_type", messages.language())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_gui_labels_follow_the_interface_language(lang: str) -> None:
    messages.set_language(lang)
    assert labels.label("program_status", "ongoing") == catalogue.label("program.status", "ongoing", lang)
    assert labels.choices("horizon") == catalogue.choices("horizon", lang)
    assert labels.column_label("quick_win", "status", "running") == ("Running" if lang == "en" else "Berjalan")
    assert labels.noun("quick_win") == "Quick Win"
