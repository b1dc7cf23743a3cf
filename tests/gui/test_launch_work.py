# SPDX-License-Identifier: GPL-3.0-or-later
"""What the launch leaves out (issue 10): work that a bare PySide6 window does not do and the first paint does
not need. Timings are in bench/gui_bench.py (docs/benchmarks.md); here only what each change keeps away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(code: str, *args: str, **env: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
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


# Loaded when asked for, not before the window's first paint: the merging of group copies, the rules (the
# dashboard's figures and Kelengkapan follow the paint), the operations (the first edit), the dialogs behind
# the menus (their items come after the paint), the plan writer, uuid (and with it platform).
NOT_BEFORE_THE_PAINT = (
    "smartcity_desktop.services.groups", "smartcity_desktop.core.threeway", "smartcity_desktop.core.rules",
    "smartcity_desktop.services.operations", "smartcity_desktop.gui.backups_dialog",
    "smartcity_desktop.gui.stages_dialogs", "smartcity_desktop.services.plans", "uuid",
)  # fmt: skip
AT_FIRST_PAINT = (
    "import sys\n"
    "import smartcity_desktop.gui.main_window as mw\n"
    "real = mw.MainWindow.paintEvent\n"
    "def paint(self, event):\n"
    "    if not self._painted:\n"
    f"        print(sorted(m for m in {NOT_BEFORE_THE_PAINT!r} if m in sys.modules))\n"
    "    real(self, event)\n"
    "mw.MainWindow.paintEvent = paint\n"
    "from smartcity_desktop.cli import main\n"
    "sys.argv = ['smartcity-desktop', *sys.argv[1:]]\n"
    "sys.exit(main())\n"
)


@pytest.mark.parametrize("which", ["demo", "plan"])
def test_the_launch_paints_before_loading_what_only_later_work_needs(
    which: str, plan_file: Path, tmp_path: Path
) -> None:
    args = ["--demo"] if which == "demo" else [str(plan_file)]
    home = str(tmp_path / "home")
    assert _run(AT_FIRST_PAINT, *args, SMARTCITY_HOME=home, SMARTCITY_EXIT_AFTER_PAINT="1") == "[]"


def test_pyside_reads_no_source_of_this_packages_modules() -> None:
    """PySide6's import hook reads the source of each module imported after it (~15 ms of the launch); the
    package tells it the answers (gui/pyside_scan.py), as its own scan gives them for the GUI's modules."""
    code = (
        "import json, logging, sys\n"  # loaded before PySide6, as the command line loads them
        "import smartcity_desktop.gui\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "read = []\n"
        "scan = feature._mod_uses_pyside\n"
        "feature._mod_uses_pyside = lambda m: read.append(m.__name__) or scan(m)\n"
        "import smartcity_desktop.gui.main_window, smartcity_desktop.gui.views.dashboard, json, logging\n"
        "import smartcity_desktop.gui.app as app\n"
        "print(sorted(n for n in read if n.startswith('smartcity_desktop') or n in ('json', 'logging')))\n"
        "print(feature.pyside_feature_dict['smartcity_desktop.gui.main_window'], int(scan(app)) - 1)\n"
    )
    assert _run(code).splitlines() == ["[]", "0 0"]
