# SPDX-License-Identifier: GPL-3.0-or-later
"""Every completeness count the dashboard shows equals what Kelengkapan lists (issue 10), open feedback included."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.services.operations import programs
from smartcity_desktop.storage.checksum import stamp_connection

ROOT = Path(__file__).parents[2]


def _generated(path: Path) -> None:
    """A generated plan (bench/generate.py's large spec, scaled down): every kind of finding, feedback of all states."""
    sys.path.insert(0, str(ROOT))
    from bench.generate import SPECS, _generate
    from smartcity_desktop.services.plans import write_plan

    spec = dataclasses.replace(SPECS["large"], programs=40, indicators=120, words=2000, feedback=30, quick_wins=6)
    write_plan(path, _generate(spec, "counts"), force=True)


def _kelengkapan(view: Any) -> dict[str, int]:
    out = {}
    for i in range(view.tree.topLevelItemCount()):
        head = view.tree.topLevelItem(i)
        out[head.data(0, 256)] = head.childCount()
        assert head.text(0).endswith(f"({head.childCount()})")
    return out


@pytest.mark.parametrize("plan", ["demo", "generated", "broken-rule"])
def test_dashboard_counts_equal_kelengkapan(
    controller: Any, demo_file: Path, tmp_path: Path, qtbot: Any, plan: str
) -> None:
    path = demo_file
    if plan == "generated":
        path = tmp_path / "generated.smartcity"
        _generated(path)
    elif plan == "broken-rule":  # a file from another tool that breaks a rule: Kelengkapan's group "rules"
        conn = sqlite3.connect(path)
        conn.execute("UPDATE plan SET region_name = '  '")
        conn.commit()
        stamp_connection(conn)
        conn.close()
    assert controller.open_path(str(path))
    window = controller.window
    qtbot.waitExposed(window)
    _compare(window, plan)
    # an edit (a program with nothing yet) changes both alike: nothing read before the edit is shown after it
    before = sum(_kelengkapan(window.views["completeness"]).values())
    dim = window.session.db.rows("dimension")[0]["id"]
    assert window.session.add("Tambah program", programs.add, dim, "Pasar Daring Baru")
    assert _compare(window, plan) > before
    window.session.undo_stack.undo()
    assert _compare(window, plan) == before


def _compare(window: Any, plan: str) -> int:
    """Kelengkapan's counts equal the dashboard's; returns their total."""
    dash = window.show_place("dashboard")
    shown = dash.completeness.text()
    listed = _kelengkapan(window.show_place("completeness"))
    total = sum(listed.values())
    assert total, "every plan here has something to complete"
    assert len(window.views["completeness"].findings) == total
    # the dashboard: "{total} hal perlu dilengkapi:" then one line per group with its count
    numbers = [int(n.replace(".", "")) for n in re.findall(r"(\d[\d.]*)", shown)]
    assert numbers[0] == total
    assert dash.completeness_counts == listed
    assert sorted(numbers[1:]) == sorted(listed.values())
    # the card "Masukan terbuka" and Kelengkapan's open feedback
    assert int(dash.card_labels["feedback"].text().replace(".", "")) == listed.get("feedback", 0)
    if plan != "broken-rule":
        assert listed.get("feedback", 0) > 0
    else:
        assert listed["rules"] > 0
    assert window.view_errors == {}
    return total
