# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of presenter mode on the demo for docs/screenshots (issue 11).

Run under Xvfb at 1366x768:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m bench.screenshots_presenter
Writes presenter-dimension.png (a dimension's programs), presenter-radar.png, presenter-quickwins.png,
presenter-roadmap.png and presenter-timer.png (a page with the countdown running in the footer).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from bench.screenshots import demo_window

    app, _controller, window = demo_window()
    window.menu_actions.presenter.trigger()
    presenter = window.presenter
    presenter.setGeometry(0, 0, 1366, 768)
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(30):
            app.processEvents()
        presenter.grab().save(str(OUT / name))
        print(OUT / name, presenter.width(), presenter.height(), file=sys.stderr)

    kinds = [it.kind for it in presenter.items]
    presenter.go(kinds.index("dimension") + 1)
    shot("presenter-dimension.png")
    presenter.go(kinds.index("radar"))
    shot("presenter-radar.png")
    presenter.go(kinds.index("quickwins"))
    shot("presenter-quickwins.png")
    presenter.go(kinds.index("roadmap"))
    shot("presenter-roadmap.png")
    now = [0]
    presenter.countdown.clock = lambda: now[0]
    presenter.countdown.set_minutes(15)
    presenter.countdown.start()
    now[0] = 3 * 60_000 + 27_000
    presenter.countdown.tick()
    presenter.go(kinds.index("feedback"))
    shot("presenter-timer.png")
    chapter = next(i for i, it in enumerate(presenter.items) if it.kind == "chapter" and it.title.startswith("1.1"))
    presenter.go(chapter)
    shot("presenter-chapter.png")
    presenter.close()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
