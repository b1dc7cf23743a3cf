# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the working-group merge on the demo: three groups, two of them renaming the same program.

``xvfb-run -a -s "-screen 0 1366x768x24" python bench/screenshots_merge.py`` writes
docs/screenshots/merge-preview.png (the preview) and merge-conflict.png (the conflict selected).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.screenshots import OUT, demo_window  # noqa: E402


def _edit(path: Path, fn: Any) -> None:
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.session import EditSession

    doc = PlanDocument.open(path)
    try:
        fn(EditSession(doc))
    finally:
        doc.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from smartcity_desktop.gui import groups_dialogs
    from smartcity_desktop.services import groups
    from smartcity_desktop.services.operations import programs

    app, _controller, window = demo_window()
    doc = window.session.document
    folder = Path(tempfile.mkdtemp(prefix="smartcity-merge-shots-"))
    files = groups.hand_out(
        doc,
        [
            groups.Group("Kelompok Ekonomi", ("Smart Economy",)),
            groups.Group("Kelompok Lingkungan", ("Smart Environment",)),
            groups.Group("Kelompok Tata Kelola", ("Smart Governance",)),
        ],
        folder,
        "Bagikan ke kelompok, Tahap 2",
    )

    def pasar(s: Any) -> str:
        return str(next(p for p in s.db.rows("program") if "Pasar Daring" in p["name"])["id"])

    def economy(s: Any) -> None:
        pid = pasar(s)
        programs.rename(s, pid, "Pasar Daring Tenun Ikat Lombok Timur Terpadu")
        programs.update(s, pid, {"description": "Pasar daring untuk UMKM se-Lombok Timur, terhubung QRIS."})
        programs.update(s, pid, {"status": "ongoing"})

    def environment(s: Any) -> None:
        programs.rename(s, pasar(s), "Pasar Daring Desa Wisata")

    def governance(s: Any) -> None:
        p = next(p for p in s.db.rows("program") if "pengaduan" in str(p["description"] or "").lower())
        programs.update(s, p["id"], {"description": "Satu data untuk seluruh OPD."})

    for path, fn in zip(files, (economy, environment, governance), strict=True):
        _edit(path, fn)
    preview = groups.preview_merge(doc, files)
    dialog = groups_dialogs.MergeDialog(preview, window)
    dialog.resize(1100, 620)
    dialog.show()
    tree = dialog.tree
    tree.expandAll()
    for _ in range(20):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(OUT / "merge-preview.png"))
    items = dialog.conflict_items()
    if items:
        tree.setCurrentItem(items[0])
        for _ in range(20):
            app.processEvents()
    dialog.grab().save(str(OUT / "merge-conflict.png"))
    print("wrote", OUT / "merge-preview.png", OUT / "merge-conflict.png")
    dialog.close()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
