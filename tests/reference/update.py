# SPDX-License-Identifier: GPL-3.0-or-later
"""Render the reference pages of the demo masterplan again and store them (a deliberate step after a change of
the document's look): ``python -m tests.reference.update``. Look at the new PNGs before committing them."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.reference.pages import HERE, PAGES, demo_masterplan, find_pages, pdftoppm, render


def main() -> int:
    if pdftoppm() is None:
        sys.stderr.write("pdftoppm is missing: install poppler-utils\n")
        return 1
    with tempfile.TemporaryDirectory(prefix="reference-") as tmp:
        pdf = demo_masterplan(Path(tmp) / "masterplan.pdf")
        found = find_pages(pdf)
        missing = sorted(set(PAGES) - set(found))
        if missing:
            sys.stderr.write(f"pages not found in the demo masterplan: {', '.join(missing)}\n")
            return 1
        for name, page in found.items():
            render(pdf, page, HERE / f"{name}.png")
            print(f"{name}: page {page} -> {HERE / f'{name}.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
