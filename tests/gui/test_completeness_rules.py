# SPDX-License-Identifier: GPL-3.0-or-later
"""A file that already breaks a rule opens, and Kelengkapan lists each broken rule at its place."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.storage.checksum import stamp_connection


@pytest.mark.parametrize("loop", [False, True])
def test_broken_rules_open_and_appear_in_kelengkapan(controller: Any, plan_file: Path, qtbot: Any, loop: bool) -> None:
    conn = sqlite3.connect(plan_file)  # written by an earlier version or another tool
    conn.execute("UPDATE plan SET region_name = '  '")
    parent, child = conn.execute("SELECT parent_id, id FROM chapter WHERE parent_id IS NOT NULL LIMIT 1").fetchone()
    if loop:
        conn.execute("UPDATE chapter SET parent_id = ? WHERE id = ?", (child, parent))
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()
    assert controller.open_path(str(plan_file))
    window = controller.window
    qtbot.waitExposed(window)
    view = window.show_place("completeness")
    broken = [i for i in view.entries() if i.data(0, 256).group == "rules"]
    texts = [i.text(0) for i in broken]
    assert any("wajib diisi (tidak boleh kosong atau hanya spasi)" in t for t in texts)
    assert any("induk dirinya sendiri" in t for t in texts) == loop
    item = broken[0]
    view.tree.setCurrentItem(item)
    view.tree.itemActivated.emit(item, 0)
    f = item.data(0, 256)
    assert window.current == (f.nav, f.target, f.table, f.row_id)
    assert window.view_errors == {}
