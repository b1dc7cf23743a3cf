# SPDX-License-Identifier: GPL-3.0-or-later
"""Render the icons from their SVG sources (resources/icons/*.svg): PNG 16-512, .ico and .icns.

Usage: python packaging/make_icons.py   (Qt's SVG renderer draws the PNGs; Pillow writes .ico and .icns).
The generated files are committed; run again after changing an SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAMES = ("smartcity-desktop", "smartcity-plan")  # the app, the .smartcity document
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in NAMES:
        svg = ICONS / f"{name}.svg"
        folder = ICONS / "png"
        folder.mkdir(exist_ok=True)
        pngs = {}
        for size in SIZES:
            out = folder / f"{name}-{size}.png"
            render(svg, size, out)
            pngs[size] = out
        big = Image.open(pngs[512])
        big.save(
            ICONS / f"{name}.ico",
            sizes=[(s, s) for s in SIZES if s <= 256],
            append_images=[Image.open(pngs[s]) for s in SIZES if s <= 256],
        )
        big.save(ICONS / f"{name}.icns", append_images=[Image.open(pngs[s]) for s in (16, 32, 64, 128, 256)])
        print("written", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
