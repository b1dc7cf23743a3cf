# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the feedback list, the versions dialog and the compare dialog on the demo (issue 11).

Run under Xvfb at 1366x768:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m bench.screenshots_feedback
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from bench.screenshots import demo_window
    from smartcity_desktop.gui import stages_dialogs

    app, _controller, window = demo_window()

    def settle() -> None:
        for _ in range(40):
            app.processEvents()

    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    view = window.show_place("feedback")
    view.table.setCurrentCell(1, 0)
    settle()
    window.grab().save(str(OUT / "workshop-feedback.png"))
    versions = stages_dialogs.show_versions(window)
    versions.select("Draf Tahap 2, 5 September 2017")
    versions.compare_with.setCurrentIndex(versions.compare_with.findData(versions.versions[2].id))
    versions.move(200, 120)
    settle()
    versions.grab().save(str(OUT / "workshop-versions.png"))
    compare = versions.compare()
    assert compare is not None
    compare.resize(1000, 700)
    compare.move(100, 20)
    settle()
    compare.grab().save(str(OUT / "workshop-compare.png"))
    bar = compare.view.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    settle()
    compare.grab().save(str(OUT / "workshop-compare-chapters.png"))
    for name in ("workshop-feedback", "workshop-versions", "workshop-compare", "workshop-compare-chapters"):
        print(OUT / f"{name}.png", file=sys.stderr)
    compare.close()
    versions.close()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
