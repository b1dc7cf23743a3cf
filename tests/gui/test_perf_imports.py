# SPDX-License-Identifier: GPL-3.0-or-later
"""What the launch imports (issue 10): the window and its first view load no export library and no sqlite-utils;
they load when an export, an import or a migration is asked for. Timings are in bench/gui_bench.py."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (  # multiprocessing: only the merge of group copies reads them in worker processes
    "reportlab", "openpyxl", "docx", "sqlite_utils", "smartcity_desktop.exports", "multiprocessing",
)  # fmt: skip


def test_the_window_and_its_first_view_import_no_export_library() -> None:
    code = (
        "import sys\n"
        "import smartcity_desktop.gui.app, smartcity_desktop.gui.main_window\n"
        "import smartcity_desktop.gui.views.dashboard, smartcity_desktop.gui.start_screen\n"
        f"heavy = {HEAVY!r}\n"
        "print(sorted({m for m in sys.modules for h in heavy if m == h or m.startswith(h + '.')}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]"
