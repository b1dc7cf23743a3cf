# SPDX-License-Identifier: GPL-3.0-or-later
"""Removing a dimension or an element that has programs: the user says where the programs go."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

MOVE, KEEP, DELETE = "move", "keep", "delete"


class ProgramsGoDialog(QDialog):
    """Asks where the programs of a removed dimension/element go: to another one, stay (elements only), or
    go with it. ``choice()`` is (MOVE, target id) / (KEEP, None) / (DELETE, None) after ``exec()``."""

    def __init__(
        self,
        title: str,
        question: str,
        targets: list[tuple[str, str]],
        *,
        move_text: str,
        keep_text: str | None = None,
        delete_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        text = QLabel(question, self)
        text.setWordWrap(True)
        lay.addWidget(text)
        self.group = QButtonGroup(self)
        self.move_button = QRadioButton(move_text, self)
        self.target = QComboBox(self)
        for rid, name in targets:
            self.target.addItem(name, rid)
        self.keep_button = QRadioButton(keep_text or "", self)
        self.delete_button = QRadioButton(delete_text, self)
        for i, b in enumerate((self.move_button, self.keep_button, self.delete_button)):
            self.group.addButton(b, i)
        lay.addWidget(self.move_button)
        lay.addWidget(self.target)
        lay.addWidget(self.keep_button)
        lay.addWidget(self.delete_button)
        self.keep_button.setVisible(keep_text is not None)
        self.move_button.setEnabled(bool(targets))
        self.target.setEnabled(bool(targets))
        (self.move_button if targets else self.keep_button if keep_text else self.delete_button).setChecked(True)
        self.move_button.toggled.connect(self.target.setEnabled)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Hapus"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def choose(self, kind: str, target: str | None = None) -> None:
        """Pick an answer as the user would (tests, keyboard)."""
        {MOVE: self.move_button, KEEP: self.keep_button, DELETE: self.delete_button}[kind].setChecked(True)
        if target is not None:
            self.target.setCurrentIndex(max(self.target.findData(target), 0))

    def choice(self) -> tuple[str, Any]:
        if self.move_button.isChecked():
            return MOVE, self.target.currentData()
        return (KEEP, None) if self.keep_button.isChecked() else (DELETE, None)


# Tests set this to answer the dialog: a function (dialog) -> accepted?
ask_hook: Any = None


def ask(dialog: ProgramsGoDialog) -> bool:
    if ask_hook is not None:
        return bool(ask_hook(dialog))
    return dialog.exec() == QDialog.DialogCode.Accepted
