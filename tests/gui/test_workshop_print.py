# SPDX-License-Identifier: GPL-3.0-or-later
"""Lokakarya > Cetak: one meeting's attendance list or minutes, as PDF or DOCX, named after the meeting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from smartcity_desktop.gui.workshop_print import file_stem
from smartcity_desktop.services.operations import workshop


def _two_meetings(window: Any) -> tuple[str, str]:
    """Two meetings of stage 2, each with its own people on the list."""
    s = window.session
    stage = next(r for r in s.db.rows("workshop_stage") if r["number"] == 2)
    first = s.add("m", workshop.add_meeting, "Penyusunan program", stage_id=stage["id"], date="2026-03-14")
    second = s.add("m", workshop.add_meeting, "Pembahasan anggaran", stage_id=stage["id"], date="2026-03-21")
    for meeting, names in ((first, ("Baiq Nurhayati", "Lalu Ahmad Zaini")), (second, ("Muhammad Syarifuddin",))):
        for name in names:
            pid = s.add("p", workshop.add_participant, name)
            assert s.run("h", workshop.set_attendance, meeting, pid, True)
    assert s.run("n", workshop.set_minutes, first, proceedings_md="Program disepakati.")
    return first, second


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog answers with its suggested name in ``tmp_path``; the suggestions are recorded."""
    asked: list[str] = []

    def save_name(*args: Any, **_k: Any) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / Path(args[2]).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return asked


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_the_button_prints_the_selected_meetings_attendance_list(
    window: Any, qtbot: Any, save_as: list[str], messages_patched: Any
) -> None:
    first, _second = _two_meetings(window)
    view = window.show_place("workshops", None, "meeting", first)
    QApplication.processEvents()
    assert view.print_button.isVisible() and view.print_button.isEnabled()
    view.print_button.papers["attendance", "pdf"].trigger()
    qtbot.waitUntil(lambda: bool(messages_patched.texts()), timeout=30000)
    out = Path(save_as[0])
    assert out.name == "Daftar Hadir - Tahap 2 - 2026-03-14.pdf"
    text = _pdf_text(out)
    assert "Baiq Nurhayati" in text and "Lalu Ahmad Zaini" in text and "Penyusunan program" in text
    assert "Muhammad Syarifuddin" not in text  # the other meeting's participant
    assert "Ekspor selesai" in messages_patched.texts()[-1]


def test_the_minutes_of_the_other_meeting_as_docx(
    window: Any, qtbot: Any, save_as: list[str], messages_patched: Any
) -> None:
    from docx import Document

    _first, second = _two_meetings(window)
    view = window.show_place("workshops", None, "meeting", second)
    view.print_button.papers["minutes", "docx"].trigger()
    qtbot.waitUntil(lambda: bool(messages_patched.texts()), timeout=30000)
    out = Path(save_as[0])
    assert out.name == "Notulen - Tahap 2 - 2026-03-21.docx"
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for r in t.rows for c in r.cells
    )
    assert "Muhammad Syarifuddin" in text and "Pembahasan anggaran" in text
    assert "Baiq Nurhayati" not in text


def test_no_meeting_selected_no_printing(window: Any) -> None:
    view = window.show_place("workshops")
    view._select("stage", window.session.db.rows("workshop_stage")[0]["id"])
    QApplication.processEvents()
    assert view.meeting is None and not view.print_button.isEnabled()
    assert view.print_button.print_paper("attendance", "pdf") is None


def test_file_names_follow_the_meeting() -> None:
    meeting = {"title": "Rapat: evaluasi / tindak lanjut", "date": None}
    assert file_stem("minutes", meeting, None) == "Notulen - Rapat_ evaluasi _ tindak lanjut"
    assert file_stem("attendance", {"title": "x", "date": "2026-01-05"}, 4) == "Daftar Hadir - Tahap 4 - 2026-01-05"


def test_minutes_typed_a_moment_ago_are_printed(
    window: Any, qtbot: Any, save_as: list[str], messages_patched: Any
) -> None:
    first, _second = _two_meetings(window)
    view = window.show_place("workshops", None, "meeting", first)
    view.meeting_tabs.setCurrentWidget(view.minutes)
    QApplication.processEvents()
    editor = view.minutes.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, " Kesepakatan terakhir")  # no pause in typing yet: not stored
    view.print_button.print_paper("minutes", "pdf")
    qtbot.waitUntil(lambda: bool(messages_patched.texts()), timeout=30000)
    assert "Kesepakatan terakhir" in _pdf_text(Path(save_as[0]))
