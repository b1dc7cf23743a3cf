# SPDX-License-Identifier: GPL-3.0-or-later
"""What the launch leaves out (issue 10): work that a bare PySide6 window does not do and the first paint does
not need. Timings are in bench/gui_bench.py (docs/benchmarks.md); here only what each change keeps away."""

from __future__ import annotations

import os
import subprocess
import sys


def _run(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_new_application_gets_fusion_from_qts_command_line() -> None:
    """setStyle() hands Python the style object, whose enums PySide6 then builds (~6 ms); the style named on
    Qt's command line is the same Fusion."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "calls = []\n"
        "QApplication.setStyle = lambda *a: calls.append(a)\n"
        "from smartcity_desktop.gui.app import make_app\n"
        "app = make_app()\n"
        "print(calls, app.style().name())\n"
    )
    assert _run(code) == "[] fusion"
