# SPDX-License-Identifier: GPL-3.0-or-later
"""Daftar Singkatan in the real window: add, rename, remove, undo, a repeat refused beside the field, the
terms the texts use proposed, and the list printed in the exported masterplan."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smartcity_desktop.gui.views.glossary import CandidatesDialog, GlossaryView
from smartcity_desktop.services.operations import chapters, glossary


def _view(window: Any) -> GlossaryView:
    view = window.show_place("glossary")
    QApplication.processEvents()
    assert isinstance(view, GlossaryView)
    return view


def _terms(window: Any) -> dict[str, str]:
    return {r["term"]: r["meaning"] for r in window.session.db.rows("abbreviation")}


def _row_of(view: GlossaryView, term: str) -> int:
    return next(i for i in range(view.proxy.rowCount()) if view.proxy.index(i, 0).data() == term)


def test_the_navigation_shows_the_glossary_sorted(window: Any) -> None:
    assert ("glossary", None, None, None) in window.nav.places()
    view = _view(window)
    shown = [view.proxy.index(i, 0).data() for i in range(view.proxy.rowCount())]
    assert len(shown) == len(_terms(window)) >= 19  # the seeded glossary
    assert shown == sorted(shown, key=str.casefold)
    assert "Daftar Singkatan" in window.windowTitle()


def test_add_rename_remove_and_undo(window: Any, qtbot: Any, messages_patched: Any) -> None:
    view = _view(window)
    before = _terms(window)
    # add by typing in the line under the table and pressing Enter
    view.new_term.setFocus()
    QTest.keyClicks(view.new_term, "DPMPTSP")
    QTest.keyClicks(view.new_meaning, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
    QTest.keyClick(view.new_meaning, Qt.Key.Key_Return)
    assert _terms(window)["DPMPTSP"].startswith("Dinas Penanaman Modal")
    assert view.new_term.text() == "" and not view.add_error.isVisible()
    assert view.proxy.index(view.view.currentIndex().row(), 0).data() == "DPMPTSP"  # the new row is selected
    shown = [view.proxy.index(i, 0).data() for i in range(view.proxy.rowCount())]
    assert shown == sorted(shown, key=str.casefold)

    # rename in place: the row moves to its place in the alphabet and stays selected
    row = _row_of(view, "DPMPTSP")
    assert view.proxy.setData(view.proxy.index(row, 0), "DPM-PTSP")
    assert "DPM-PTSP" in _terms(window) and "DPMPTSP" not in _terms(window)
    assert view.proxy.index(view.view.currentIndex().row(), 0).data() == "DPM-PTSP"

    # remove with confirmation, then undo twice through the menu: back to the seeded glossary
    assert view.select_row("abbreviation", view.current_id() or "")
    view.delete_button.click()
    assert "DPM-PTSP" in messages_patched.texts()[-1]
    assert "DPM-PTSP" not in _terms(window)
    window.menu_actions.undo.trigger()
    assert "DPM-PTSP" in _terms(window)
    window.menu_actions.undo.trigger()
    window.menu_actions.undo.trigger()
    assert _terms(window) == before
    window.menu_actions.redo.trigger()
    assert "DPMPTSP" in _terms(window)


def test_a_repeat_is_refused_beside_the_field(window: Any) -> None:
    view = _view(window)
    n = len(_terms(window))
    assert view.add_term("opd", "lagi") is None  # OPD is seeded; compared without case
    assert view.add_error.isVisible() and "opd" in view.add_error.text()
    assert "daftar singkatan" in view.add_error.text()
    assert len(_terms(window)) == n
    assert view.add_term("SPBE2", "") is None  # a meaning is needed
    assert view.add_error.isVisible()
    assert view.add_term("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa")
    assert not view.add_error.isVisible()  # cleared by the next good edit
    # renaming a term in the table to one already there: refused beside the table
    row = _row_of(view, "DPMD")
    assert not view.proxy.setData(view.proxy.index(row, 0), "APBD")
    assert view.table_error.isVisible() and "APBD" in view.table_error.text()
    assert _terms(window)["DPMD"].startswith("Dinas Pemberdayaan")
    assert view.proxy.setData(view.proxy.index(_row_of(view, "DPMD"), 1), "Dinas PMD")
    assert not view.table_error.isVisible()


def test_the_filter_box_narrows_the_list(window: Any) -> None:
    view = _view(window)
    total = view.proxy.rowCount()
    QTest.keyClicks(view.filter, "anggaran")  # found in meanings (APBD, APBN ...), not by case
    assert 0 < view.proxy.rowCount() < total
    assert all(
        "anggaran" in (view.proxy.index(i, 1).data() + view.proxy.index(i, 0).data()).lower()
        for i in range(view.proxy.rowCount())
    )
    assert "dari" in view.count.text()
    view.filter.clear()
    assert view.proxy.rowCount() == total


def test_terms_used_in_the_texts_are_proposed_and_added_in_one_step(window: Any, auto_accept: Any) -> None:
    session = window.session
    chapter = session.db.rows("chapter")[0]["id"]
    text = "Perizinan lewat DPMPTSP dan BPKAD.\n\nBAB II\n\nLATAR BELAKANG DPMD\n\nDinas PUPR membangun jalan."
    assert session.run("teks", chapters.set_body, chapter, text)
    view = _view(window)

    def fill(dialog: CandidatesDialog) -> None:
        terms = [c.term for c in dialog.found]
        assert {"DPMPTSP", "BPKAD", "PUPR"} <= set(terms)
        assert "BAB" not in terms and "II" not in terms and "DPMD" not in terms  # a line in capitals: a heading
        assert "OPD" not in terms  # already in the glossary
        dialog.set_meaning("DPMPTSP", "Dinas Penanaman Modal dan PTSP")
        dialog.set_meaning("PUPR", "Pekerjaan Umum dan Penataan Ruang")

    seen = auto_accept(CandidatesDialog, fill)
    assert view.propose() == 2
    assert len(seen) == 1
    assert _terms(window)["PUPR"] == "Pekerjaan Umum dan Penataan Ruang" and "BPKAD" not in _terms(window)
    window.menu_actions.undo.trigger()  # the two came in one step
    assert "PUPR" not in _terms(window) and "DPMPTSP" not in _terms(window)


def test_a_ticked_term_needs_its_meaning(window: Any, qtbot: Any) -> None:
    from smartcity_desktop.services.reading.glossary import Candidate

    dialog = CandidatesDialog([Candidate("SIKAP", 3, "aplikasi SIKAP"), Candidate("DLH", 1, "DLH")])
    qtbot.addWidget(dialog)
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "SIKAP" in dialog.error.text()
    dialog.table.item(1, 1).setText("Dinas Lingkungan Hidup")  # typing a meaning ticks the term
    assert dialog.chosen() == [("SIKAP", ""), ("DLH", "Dinas Lingkungan Hidup")]


def test_a_new_term_is_printed_in_the_masterplan(
    window: Any, tmp_path: Path, qtbot: Any, messages_patched: Any
) -> None:
    from pypdf import PdfReader

    view = _view(window)
    assert view.add_term("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
    opd = next(r for r in window.session.db.rows("abbreviation") if r["term"] == "OPD")
    assert window.session.run("hapus", glossary.delete_term, opd["id"])
    out = tmp_path / "masterplan.pdf"
    window.export("pdf", str(out))
    qtbot.waitUntil(lambda: bool(messages_patched.texts()), timeout=30000)
    assert out.exists(), messages_patched.texts()
    pages = [p.extract_text() for p in PdfReader(out).pages]
    glossary_page = next(p for p in pages if "DPMPTSP" in p)
    assert "Daftar Singkatan" in glossary_page or "DAFTAR SINGKATAN" in glossary_page
    assert "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" in re.sub(r"\s+", " ", glossary_page)
    assert not re.search(r"\bOPD\b\s+Organisasi Perangkat Daerah", glossary_page)  # removed: not printed


def test_undo_elsewhere_and_search_lead_to_the_glossary(window: Any) -> None:
    from smartcity_desktop.core.rules import locate

    view = _view(window)
    rid = view.add_term("DPMPTSP", "Dinas Penanaman Modal dan PTSP")
    assert rid
    assert locate("abbreviation", {"id": rid}) == ("glossary", None)  # Ctrl+F's results open the glossary
    window.show_place("dashboard")
    window.menu_actions.undo.trigger()
    assert window.current[0] == "glossary"  # the undo shows where it undid
    assert "DPMPTSP" not in _terms(window)


def test_rename_by_typing_in_the_cell(window: Any, qtbot: Any) -> None:
    view = _view(window)
    row = _row_of(view, "TIK")
    view.view.setFocus()
    view.view.setCurrentIndex(view.proxy.index(row, 0))
    QTest.keyClick(view.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view.view
    editor.selectAll()
    QTest.keyClicks(editor, "ICT")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "ICT" in _terms(window) and "TIK" not in _terms(window)
    assert view.proxy.index(view.view.currentIndex().row(), 0).data() == "ICT"  # followed to its new place
