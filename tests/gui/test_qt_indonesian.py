# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt's own dialogs speak Indonesian in the Indonesian interface (issue 10: 'Cancel', 'Yes/No', 'Look in')."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton


def _texts(controller: Any) -> dict[str, list[str]]:
    box = QMessageBox(
        QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    out = {
        "box": [b.text() for b in box.buttons()],
        "buttons": [b.text() for b in buttons.buttons()],
        "file labels": [w.text() for w in dialog.findChildren(QLabel) if w.text()],
        "file buttons": [b.text() for b in dialog.findChildren(QPushButton) if b.text()],
    }
    for w in (box, buttons, dialog):
        w.deleteLater()
    return out


def test_qt_dialogs_in_indonesian_and_english(controller: Any) -> None:
    controller.set_language("id", rebuild=False)
    texts = _texts(controller)
    assert sorted(texts["box"]) == ["&Tidak", "&Ya"]
    assert sorted(texts["buttons"]) == ["Batal", "OK"]
    assert "&Cari di:" in texts["file labels"] and "&Nama berkas:" in texts["file labels"]
    assert "&Simpan" in texts["file buttons"] and "Batal" in texts["file buttons"]
    controller.set_language("en", rebuild=False)
    texts = _texts(controller)
    assert sorted(texts["box"]) == ["&No", "&Yes"]
    assert "Cancel" in texts["buttons"]
    controller.set_language("id", rebuild=False)
