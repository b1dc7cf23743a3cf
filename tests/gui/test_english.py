# SPDX-License-Identifier: GPL-3.0-or-later
"""English mode speaks English: region word order, one money and number format in every view (issue 10)."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.gui.program_model import COL_BUDGET
from smartcity_desktop.services.operations import programs


def test_english_region_and_money_everywhere(controller: Any, window: Any) -> None:
    db = window.session.db
    dim = db.rows("dimension")[0]["id"]
    start = int(db.plan()["period_start"])
    pid = window.session.add("Add", programs.add, dim, "Online Market", (start, start + 1))
    window.session.run("Budget", programs.set_budget, pid, start, 720_000_000)
    controller.set_language("en")
    win = controller.window
    assert "Lombok Timur Regency" in win.windowTitle()
    dashboard = win.show_place("dashboard")
    assert "Lombok Timur Regency" in dashboard.heading.text()
    view = win.show_place("programs")
    row = view.model.row_of[pid]
    assert view.model.index(row, COL_BUDGET).data() == "Rp 720,000,000"
    view.select_program(pid)
    assert view.detail.budget.value_text(start) == "720,000,000"
    view.detail.budget.type_value(start + 1, "1,250,000")
    assert {r["year"]: r["amount"] for r in db.rows("program_budget", program_id=pid)}[start + 1] == 1_250_000
    controller.set_language("id")
    view = controller.window.show_place("programs")
    assert view.model.index(view.model.row_of[pid], COL_BUDGET).data() == "Rp 721.250.000"
