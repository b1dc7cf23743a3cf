# SPDX-License-Identifier: GPL-3.0-or-later
"""The framework editable in the real window: dimensions and elements added, renamed, reordered, removed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from smartcity_desktop.gui import framework
from smartcity_desktop.services.operations import programs


@pytest.fixture
def answer() -> Iterator[list[tuple[str, Any]]]:
    """What the 'where do the programs go' dialog answers; the dialogs asked are kept."""
    answers: list[tuple[str, Any]] = []
    asked: list[framework.ProgramsGoDialog] = []

    def hook(dlg: framework.ProgramsGoDialog) -> bool:
        asked.append(dlg)
        if not answers:
            return False
        dlg.choose(*answers.pop(0))
        return True

    framework.ask_hook = hook
    yield answers
    framework.ask_hook = None


def test_add_rename_reorder_and_remove_a_dimension(window: Any, answer: Any) -> None:
    db = window.session.db
    first = db.rows("dimension")[0]
    view = window.show_place("dimension", first["id"])
    new = view.add_dimension()
    assert new and window.current[:2] == ("dimension", new)
    view.name_edit.setText("Smart Tourism")
    view.name_edit.editingFinished.emit()
    assert db.get("dimension", new)["name"] == "Smart Tourism"
    assert any(i.text(0) == "Smart Tourism" for i in window.nav._all_items())
    assert view.move_dimension(up=True)
    assert [d["id"] for d in db.rows("dimension")][-2] == new
    pid = window.session.add("Tambah program", programs.add, new, "Desa Wisata Digital")
    answer.append((framework.MOVE, first["id"]))
    assert view.delete_dimension()
    assert db.get("dimension", new) is None
    assert db.get("program", pid)["dimension_id"] == first["id"]
    window.menu_actions.undo.trigger()
    assert db.get("dimension", new) is not None and db.get("program", pid)["dimension_id"] == new
    window.show_place("dimension", new)
    answer.append((framework.DELETE, None))
    assert view.delete_dimension()
    assert db.get("program", pid) is None


def test_removing_an_element_moves_or_deletes_its_programs(window: Any, answer: Any) -> None:
    """Issue 10: deleting an element asked 'beserta semua isinya?' but kept its programs."""
    db = window.session.db
    dims = db.rows("dimension")
    view = window.show_place("dimension", dims[0]["id"])
    elements = db.rows("element", dimension_id=dims[0]["id"])
    gone, other = elements[0], db.rows("element", dimension_id=dims[1]["id"])[0]
    p1 = window.session.add("Tambah program", programs.add, dims[0]["id"], "Satu", element_id=gone["id"])
    p2 = window.session.add("Tambah program", programs.add, dims[0]["id"], "Dua", element_id=gone["id"])
    view.elements.select_id(gone["id"])
    answer.append((framework.MOVE, other["id"]))
    assert view.elements.delete_row()
    assert db.get("element", gone["id"]) is None
    for pid in (p1, p2):
        row = db.get("program", pid)
        assert (row["element_id"], row["dimension_id"]) == (other["id"], dims[1]["id"])
    window.menu_actions.undo.trigger()
    assert db.get("program", p1)["element_id"] == gone["id"]
    view = window.show_place("dimension", dims[0]["id"])
    view.elements.select_id(gone["id"])
    answer.append((framework.DELETE, None))
    assert view.elements.delete_row()
    assert db.get("program", p1) is None and db.get("program", p2) is None
    window.menu_actions.undo.trigger()
    view.elements.select_id(gone["id"])
    assert not view.elements.delete_row()  # no answer: cancelled, nothing changes
    assert db.get("element", gone["id"]) is not None
    answer.append((framework.KEEP, None))
    assert view.elements.delete_row()
    assert db.get("program", p1)["element_id"] is None and db.get("program", p1)["dimension_id"] == dims[0]["id"]
