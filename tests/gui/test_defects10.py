# SPDX-License-Identifier: GPL-3.0-or-later
"""Defects of issue 10 in the real window: Ctrl+W, titles, Visi, search, export folder, a new program."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from smartcity_desktop.services.operations import chapters, programs, readiness, vision


def test_close_plan_returns_to_the_start_screen(controller: Any, window: Any) -> None:
    """Issue 10: Ctrl+W (Tutup Rencana) quit the app."""
    window.menu_actions.close.trigger()
    assert not window.isVisible()
    assert controller.start is not None and controller.start.isVisible()


def test_window_title_names_the_chapter_and_dimension(window: Any) -> None:
    db = window.session.db
    chapter = next(c for c in db.rows("chapter") if c["key"] == "bab1")  # the first BAB (after Kata Pengantar)
    window.show_place("chapters", chapter["id"])
    assert window.windowTitle().startswith(f"BAB I {chapter['title']} — ")
    window.session.run("Ubah judul", chapters.set_title, chapter["id"], "Latar Belakang")
    assert window.windowTitle().startswith("BAB I Latar Belakang — ")
    dim = db.rows("dimension")[0]
    window.show_place("dimension", dim["id"])
    assert window.windowTitle().startswith(f"Dimensi {dim['name']} — ")


def test_vision_explanation_is_rendered(window: Any) -> None:
    window.session.run("Ubah visi", vision.set_text, "vision_explanation", "Kata **Cerdas** berarti cakap.")
    view = window.show_place("vision")
    shown = view.explanation_view
    assert shown.isVisibleTo(view)
    doc = shown.text()
    assert "**Cerdas**" in doc  # the source ...
    from PySide6.QtGui import QTextDocument

    rendered = QTextDocument()
    rendered.setMarkdown(doc)
    assert rendered.toPlainText().strip() == "Kata Cerdas berarti cakap."  # ... rendered without marks


def test_search_results_name_their_place_without_markup(window: Any) -> None:
    db = window.session.db
    element = db.rows("readiness_element")[0]
    dims = db.rows("dimension")[:2]
    for d in dims:
        text = "**Jaringan** | lemah | di desa"
        window.session.run("Ubah", readiness.set_score, element["id"], d["id"], {"weaknesses": text})
    window.show_search()
    dlg = window._search
    dlg.query.setText("jaringan")
    assert dlg.run_search() >= 2
    texts = [dlg.results.item(i).text() for i in range(dlg.results.count())]
    readiness_hits = [t for t in texts if t.startswith("Analisis Kesiapan") and "Kelemahan" in t]
    assert len(readiness_hits) == 2
    assert len(set(readiness_hits)) == 2  # distinct: each names its element and dimension
    for t in readiness_hits:
        assert "**" not in t and "|" not in t
        assert element["name"] in t
    assert any(dims[0]["name"] in t for t in readiness_hits) and any(dims[1]["name"] in t for t in readiness_hits)
    dlg.close()


def test_export_of_the_demo_offers_documents(window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from smartcity_desktop.gui import actions
    from smartcity_desktop.services import paths

    asked: list[str] = []

    def ask(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path / "home"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    doc = window.session.document
    assert actions.export_folder(doc) == doc.path.parent  # an ordinary plan: beside it
    monkeypatch.setattr(paths, "data_dir", lambda: doc.path.parent)  # as the demo lives in our data folder
    window.export("pdf")
    assert asked and Path(asked[-1]).parent == tmp_path / "home" / "Documents"


def test_new_program_takes_no_dimension_from_the_last_and_opens_on_details(window: Any) -> None:
    db = window.session.db
    dims = db.rows("dimension")
    view = window.show_place("programs")
    pid = window.session.add("Tambah program", programs.add, dims[3]["id"], "Kanal Pengaduan")
    view.select_program(pid)
    view.detail.tabs.setCurrentIndex(2)
    new = view.add_program()
    assert new is not None
    assert db.get("program", new)["dimension_id"] == dims[0]["id"]
    assert view.detail.tabs.currentIndex() == 0


def test_search_popup_stands_aside_of_the_place(window: Any, qtbot: Any) -> None:
    """Issue 10: the search popup covered the item it jumped to."""
    window.resize(1366, 705)
    window.session.add("Tambah program", programs.add, window.session.db.rows("dimension")[0]["id"], "Pasar Daring")
    window.show_search()
    dlg = window._search
    dlg.query.setText("Pasar Daring")
    assert dlg.run_search() >= 1
    dlg._open_first()
    assert window.current[0] == "programs"
    table = window.views["programs"].table
    row = table.visualRect(table.currentIndex())
    top_left = table.viewport().mapToGlobal(row.topLeft())
    target = row.translated(top_left - row.topLeft())
    assert not dlg.frameGeometry().intersects(target)
    dlg.close()


def test_lock_message_reads_well_here_and_elsewhere() -> None:
    """Issue 10: the lock message showed a raw timestamp and said 'close it on that computer' for this one."""
    from smartcity_desktop.core.errors import PlanLocked
    from smartcity_desktop.gui.dialogs import locked_texts
    from smartcity_desktop.services.paths import host_name

    here = PlanLocked("lock.held", "/data", "sari", host_name(), "2017-07-18T10:15:00Z")
    what, todo = locked_texts(here)
    assert "18 Juli 2017 10.15" in what and "2017-07-18T" not in what
    assert "komputer ini" in what and "jendela" in todo and "komputer itu" not in todo
    there = PlanLocked("lock.held", "/data", "budi", "BAPPEDA-PC2", "2017-07-18T10:15:00Z")
    what, todo = locked_texts(there)
    assert "BAPPEDA-PC2" in what and "18 Juli 2017 10.15" in what and "budi" in todo
