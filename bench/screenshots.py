# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the real window on the demo for docs/screenshots (issue 10).

Run under Xvfb at 1366x768:  xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m bench.screenshots
The window is maximised (about 1366x705 inside the screen's work area); each view is grabbed at 100% and
at 200% zoom.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
VIEWS = ("dashboard", "programs", "readiness", "roadmap")


def demo_window() -> tuple[Any, Any, Any]:
    """(app, controller, window): the real window on the demo, maximised as on a 1366x768 screen."""
    os.environ.setdefault("SMARTCITY_HOME", tempfile.mkdtemp(prefix="smartcity-shots-"))
    from smartcity_desktop.gui.app import Controller, make_app
    from smartcity_desktop.gui.settings import Settings

    app = make_app()
    controller = Controller(app, Settings.load())
    assert controller.open_demo()
    window = controller.window
    assert window is not None
    window.showMaximized()
    window.setGeometry(0, 0, 1366, 705)  # Xvfb has no window manager: the size a maximised window gets
    for _ in range(50):
        app.processEvents()
    return app, controller, window


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app, controller, window = demo_window()
    OUT.mkdir(parents=True, exist_ok=True)
    for zoom in (1.0, 2.0):
        controller.apply_zoom(zoom)
        window.apply_zoom()
        for key in VIEWS:
            window.show_place(key)
            if key == "programs":
                view = window.views["programs"]
                view.table.selectRow(0)
            for _ in range(30):
                app.processEvents()
            import time

            time.sleep(0.3)  # charts are drawn by worker threads
            for _ in range(30):
                app.processEvents()
            name = f"{key}.png" if zoom == 1.0 else f"{key}-200.png"
            window.grab().save(str(OUT / name))
            print(OUT / name, window.width(), window.height(), file=sys.stderr)
    controller.apply_zoom(1.0)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
