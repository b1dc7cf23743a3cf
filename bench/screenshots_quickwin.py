# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the Quick Win scoring board (issue 11) on the demo for docs/screenshots.

Run under Xvfb at 1366x768:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m bench.screenshots_quickwin
The window gets the size a maximised one has there (1366x705); the board is grabbed at 100% and 150% zoom.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from bench.screenshots import demo_window

    app, controller, window = demo_window()
    OUT.mkdir(parents=True, exist_ok=True)
    for zoom, name in ((1.0, "quickwin-scoring.png"), (1.5, "quickwin-scoring-150.png")):
        controller.apply_zoom(zoom)
        window.apply_zoom()
        view = window.show_place("quickwin_scoring")
        view.select_program(view.ranked[2].program_id)  # a candidate not chosen yet: highlighted in the matrix
        for _ in range(50):
            app.processEvents()
        window.grab().save(str(OUT / name))
        print(OUT / name, window.width(), window.height(), file=sys.stderr)
    controller.apply_zoom(1.0)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
