# SPDX-License-Identifier: GPL-3.0-or-later
"""At launch the window paints before the dashboard reads its figures, which follow at once (issue 10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def test_figures_follow_the_first_paint(
    controller: Any, demo_file: Path, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui.app import defer_until_painted
    from smartcity_desktop.gui.views.dashboard import DashboardView

    stamp = tmp_path / "painted"
    monkeypatch.setenv("SMARTCITY_PAINT_STAMP", str(stamp))
    monkeypatch.setattr(DashboardView, "defer_figures", True)  # as run() sets it before opening
    assert controller.open_path(str(demo_file))
    window = controller.window
    dash = window.views["dashboard"]
    assert dash.figures is None and dash.heading.text()  # the heading is there, the figures wait
    defer_until_painted(controller)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: dash.figures is not None, timeout=10000)
    assert stamp.exists() and float(stamp.read_text(encoding="ascii")) > 0
    assert DashboardView.defer_figures is False
    assert dash.card_labels["programs"].text() == str(dash.figures.counts["programs"])
    assert dash.completeness_counts
