# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt binding we ship must not leak references to None (PySide6 6.12.0 on Python 3.11 did)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot: Any) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    before = sys.getrefcount(None)
    for _ in range(2000):
        w.setEnabled(True)
        w.setToolTip("x")
    assert abs(sys.getrefcount(None) - before) < 100
