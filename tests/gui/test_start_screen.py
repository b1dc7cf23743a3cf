# SPDX-License-Identifier: GPL-3.0-or-later
"""The start screen: create a plan from the template, open recent plans and the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from smartcity_desktop.services.document import read_rows


def test_create_plan_from_start_screen(controller: Any, tmp_path: Path, qtbot: Any) -> None:
    start = controller.show_start()
    qtbot.keyClicks(start.region, "Kota Mataram")
    start.region_type.setCurrentIndex(start.region_type.findData("kota"))
    start.framework.setCurrentIndex(start.framework.findData("kominfo"))
    start.first_year.setValue(2019)
    start.last_year.setValue(2028)
    target = tmp_path / "mataram.smartcity"
    start.file.clear()
    qtbot.keyClicks(start.file, str(target))
    qtbot.mouseClick(start.create_button, Qt.MouseButton.LeftButton)
    window = controller.window
    assert window is not None and window.isVisible()
    assert not start.isVisible()
    plan = window.session.db.plan()
    assert (plan["region_name"], plan["region_type"], plan["framework"]) == ("Mataram", "kota", "kominfo")
    assert (plan["period_start"], plan["period_end"]) == (2019, 2028)
    assert "Smart Branding" in [d["name"] for d in window.session.db.rows("dimension")]
    assert window.close()
    rows, _ = read_rows(target)
    assert rows["plan"][0]["region_name"] == "Mataram"
    assert str(target) in controller.settings.recent


def test_suggested_file_name_follows_region(controller: Any, qtbot: Any) -> None:
    start = controller.show_start()
    qtbot.keyClicks(start.region, "Lombok Timur")
    assert start.file.text().endswith("Masterplan Smart City Kabupaten Lombok Timur.smartcity")


def test_region_is_required(controller: Any, messages_patched: Any) -> None:
    start = controller.show_start()
    start.create_button.click()
    assert controller.window is None
    assert any("nama daerah" in t for t in messages_patched.texts())


def test_open_recent_plan(controller: Any, plan_file: Path) -> None:
    controller.settings.add_recent(plan_file)
    start = controller.show_start()
    item = start.recent.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == str(plan_file)
    start.recent.itemActivated.emit(item)
    assert controller.window is not None
    assert controller.window.session.document.path == plan_file


def test_demo_button_opens_a_fresh_demo(controller: Any) -> None:
    from smartcity_desktop.services.paths import data_dir

    start = controller.show_start()
    start.demo_button.click()
    window = controller.window
    assert window is not None
    assert window.session.document.path.parent == data_dir() / "demo"
    assert window.session.db.plan()["region_name"] == "Lombok Timur"
