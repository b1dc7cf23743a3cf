# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the demo plan files shipped ready: resources/demo/plan_<lang>.smartcity.gz (issue 10: launch time).

Run after changing the demo's data (resources/demo/), the templates, the labels or the schema:
    .venv/bin/python packaging/build_demo.py
tests/test_demo_shipped.py fails until the shipped files hold exactly what ``demo_rows`` gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smartcity_desktop.demo import packed_demo  # noqa: E402


def main() -> int:
    for lang in ("id", "en"):
        out = ROOT / "resources" / "demo" / f"plan_{lang}.smartcity.gz"
        out.write_bytes(packed_demo(lang))
        print(out, out.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
