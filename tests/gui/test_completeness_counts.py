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


def test_an_edit_reads_and_checks_again_only_the_tables_it_changed(
    controller: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After renaming one program, the dashboard and Kelengkapan read the program table again, not the yearly
    targets (on the large plan the whole reading and row check took ~0.5 s after every edit)."""
    from smartcity_desktop.core import rules
    from smartcity_desktop.services.reading.overview import rule_rows

    path = tmp_path / "generated.smartcity"
    _generated(path)
    assert controller.open_path(str(path))
    window = controller.window
    qtbot.waitExposed(window)
    window.show_place("completeness")
    window.show_place("dashboard")
    db = window.session.db
    read: list[str] = []
    checked: list[str] = []
    rows, check = type(db).rows, rules.table_row_problems
    monkeypatch.setattr(type(db), "rows", lambda self, name, **kw: read.append(name) or rows(self, name, **kw))
    monkeypatch.setattr(rules, "table_row_problems", lambda name, items: checked.append(name) or check(name, items))
    program = db.rows("program")[0]
    read.clear()
    assert window.session.run("Ubah nama", programs.rename, program["id"], "Pasar Daring Terpadu")
    window.show_place("dashboard")
    window.show_place("completeness")
    assert "indicator_target" not in read and "indicator_target" not in checked
    assert "program" in read and "program" in checked
    # what is shown is what a fresh reading finds
    assert window.views["completeness"].findings == rules.findings(rule_rows(db))


def test_findings_kept_per_table_equal_a_fresh_reading_through_edits_undo_and_redo(
    controller: Any, demo_file: Path, qtbot: Any
) -> None:
    from smartcity_desktop.core import rules
    from smartcity_desktop.services import figures
    from smartcity_desktop.services.operations import vision
    from smartcity_desktop.services.reading.overview import rule_rows

    assert controller.open_path(str(demo_file))
    window = controller.window
    qtbot.waitExposed(window)
    session, db = window.session, window.session.db

    def same() -> None:
        window.show_place("dashboard")
        kel = window.show_place("completeness")
        assert kel.findings == rules.findings(rule_rows(db))
        assert window.views["dashboard"].figures.counts == figures.dashboard(db, "id").counts

    same()
    dim = db.rows("dimension")[0]["id"]
    pid = session.add("Tambah program", programs.add, dim, "Program Tanpa Isi")
    assert pid
    same()
    assert session.run("Visi", vision.set_text, "vision", "")  # plan.no_vision
    same()
    session.undo_stack.undo()
    same()
    session.undo_stack.undo()
    same()
    session.undo_stack.redo()
    same()
