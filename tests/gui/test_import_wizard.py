# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard through the real window: map, preview, assign dimensions, import, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWizard

from smartcity_desktop.gui.import_wizard import ImportWizard
from tests.imports.books import district_workbook


def _select_rows(wizard: ImportWizard, numbers: list[int]) -> None:
    table = wizard.preview_page.table
    table.clearSelection()
    model = table.selectionModel()
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and int(item.text()) in numbers:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            model.select(table.model().index(r, 0), flags)


def test_wizard_map_preview_assign_import_undo(window: Any, tmp_path: Path, qtbot: Any, messages_patched: Any) -> None:
    session = window.session
    db = session.db
    book = district_workbook(tmp_path / "renstra.xlsx")
    programs_before = db.count("program")
    steps_before = session.undo_stack.count()

    window.menu_actions.import_programs.trigger()
    wizards = window.findChildren(ImportWizard)
    assert len(wizards) == 1
    wizard = wizards[0]
    qtbot.waitExposed(wizard)
    assert wizard.file_page.load(str(book))
    assert (wizard.file_page.first_header.value(), wizard.file_page.header_count.value()) == (3, 2)

    wizard.next()  # the mapping page: the guess, and one column mapped by hand
    assert wizard.currentPage() is wizard.mapping_page
    page = wizard.mapping_page
    assert page.mapping()[3] == "name" and page.mapping()[10] == "budget:2019"
    page.set_field(15, "description")  # the hidden column "Catatan internal"
    page.set_field(5, "")  # no indicators this time

    wizard.next()  # the preview
    assert wizard.currentPage() is wizard.preview_page
    pv = wizard.preview
    assert pv is not None and [r.number for r in pv.programs] == [7, 9, 12, 14]
    mobility = next(d for d in db.rows("dimension") if d["code"] == "mobility")
    element = next(e for e in db.rows("element") if e["dimension_id"] == mobility["id"])
    preview = wizard.preview_page
    preview.dimension.setCurrentIndex(preview.dimension.findData(mobility["id"]))
    preview.element.setCurrentIndex(preview.element.findData(element["id"]))
    _select_rows(wizard, [12, 14])
    preview.assign_selected()
    shown = {
        int(preview.table.item(r, 0).text()): preview.table.item(r, 4).text() for r in range(preview.table.rowCount())
    }
    assert shown[12] == shown[14] == mobility["name"]
    assert shown[7] != mobility["name"]
    assert preview.isComplete()

    wizard.next()  # agencies: confirm
    assert wizard.currentPage() is wizard.agency_page
    assert set(wizard.agency_page.combos) == {"Dinas Kesehatan", "Dinkes", "Diskominfo", "Dinas Kominfo"}
    wizard.button(QWizard.WizardButton.FinishButton).click()
    QApplication.processEvents()

    assert db.count("program") == programs_before + 4
    assert session.undo_stack.count() == steps_before + 1
    imported = {p["name"]: p for p in db.rows("program")}
    p14 = imported["Program Informasi dan Komunikasi Publik"]
    assert p14["dimension_id"] == mobility["id"] and p14["element_id"] == element["id"]
    assert db.count("indicator") == 0
    assert any("cek lagi" in (p["description"] or "") for p in imported.values())
    assert any("Diimpor: 4 program baru" in text for text in messages_patched.texts())

    session.undo_stack.undo()  # one step takes the whole import back
    assert db.count("program") == programs_before
    session.undo_stack.redo()
    assert db.count("program") == programs_before + 4
