# SPDX-License-Identifier: GPL-3.0-or-later
"""A bare PySide6 window: bundled like the app (SMARTCITY_BARE=1) to show what Qt alone weighs and costs at launch."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setCentralWidget(QLabel("Smart City"))
        self.painted = False

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.quit)


if __name__ == "__main__":
    if "--version" in sys.argv:
        print("bare-window")
        sys.exit(0)
    app = QApplication(sys.argv[:1])
    w = Window()
    w.show()
    sys.exit(app.exec())
