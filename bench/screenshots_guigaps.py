# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the glossary editor and of printing one meeting's papers, on the demo.

``xvfb-run -a -s "-screen 0 1366x768x24" python bench/screenshots_guigaps.py`` writes docs/screenshots/glossary.png
(Daftar Singkatan with a term being added), workshop-print-meeting.png (Lokakarya > Cetak open on a meeting) and
workshop-print-attendance.png (the first page of that meeting's daftar hadir, rendered with pdftoppm).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.screenshots import OUT, demo_window  # noqa: E402


def main() -> int:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    from smartcity_desktop.services.exporting import export_file

    app, _controller, window = demo_window()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def screen(name: str) -> None:
        settle()
        app.primaryScreen().grabWindow(0).save(str(OUT / name))
        print("wrote", OUT / name)

    view = window.show_place("glossary")
    view.add_term("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
    view.new_term.setText("Diskominfo")
    view.new_meaning.setText("lagi")
    view.add_term()  # refused: already in the glossary, the message beside the fields
    view.new_term.setFocus()
    screen("glossary.png")

    db = window.session.db
    stage2 = next(s for s in db.rows("workshop_stage") if s["number"] == 2)
    meeting = next(m for m in db.rows("meeting") if m.get("stage_id") == stage2["id"])
    workshops = window.show_place("workshops", None, "meeting", meeting["id"])
    settle()
    button = workshops.print_button
    QTimer.singleShot(300, lambda: screen("workshop-print-meeting.png"))
    QTimer.singleShot(600, lambda: button.menu().hide())
    button.menu().exec(button.mapToGlobal(QPoint(0, button.height())))

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        window.session.document.snapshot()
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "attendance.pdf"
            export_file(window.session.document.path, pdf, "pdf", "attendance", options={"meeting": meeting["id"]})
            command = [pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(Path(tmp) / "p")]
            subprocess.run(command, check=True)
            page = next(Path(tmp).glob("p*.png"))
            shutil.copy(page, OUT / "workshop-print-attendance.png")
            print("wrote", OUT / "workshop-print-attendance.png")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
