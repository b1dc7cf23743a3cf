# SPDX-License-Identifier: GPL-3.0-or-later
"""Message helpers and the prompts of opening a plan (recovery, lock held by another computer)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("dialogs", "Informasi"), text)


def warn(parent: QWidget | None, text: str, title: str = "") -> None:
    log.info("warning shown: %s", text)
    QMessageBox.warning(parent, title or QCoreApplication.translate("dialogs", "Perhatian"), text)


def error(parent: QWidget | None, text: str, title: str = "") -> None:
    log.warning("error shown: %s", text)
    QMessageBox.critical(parent, title or QCoreApplication.translate("dialogs", "Tidak berhasil"), text)


def confirm(parent: QWidget | None, text: str, title: str = "") -> bool:
    """Yes/No question; No is the default so Enter does not destroy anything."""
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("dialogs", "Konfirmasi"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_recover(parent: QWidget | None, document: str, when: str) -> bool | None:
    """After a crash: True continue from the newer edits, False discard them, None cancel opening."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Pulihkan perubahan?"))
    box.setText(
        QCoreApplication.translate(
            "dialogs",
            "Sesi sebelumnya berhenti mendadak dan meninggalkan perubahan yang belum tertulis ke berkas:\n{0}",
        ).format(document)
    )
    if when:
        box.setInformativeText(QCoreApplication.translate("dialogs", "Perubahan terakhir: {0}").format(when))
    recover = box.addButton(
        QCoreApplication.translate("dialogs", "&Pulihkan perubahan"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("dialogs", "&Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("dialogs", "Bat&al"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recover:
        return True
    if clicked is discard:
        return False
    return None


def ask_locked(parent: QWidget | None, message: str) -> bool:
    """The plan is open elsewhere: True to open a read-only copy, False to cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Rencana sedang dibuka"))
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "dialogs",
            "Tutup rencana di komputer itu lebih dulu, atau buka salinan hanya-baca untuk melihat isinya "
            "(perubahan pada salinan tidak masuk ke berkas asli).",
        )
    )
    copy = box.addButton(
        QCoreApplication.translate("dialogs", "Buka salinan &hanya-baca"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QCoreApplication.translate("dialogs", "Bat&al"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is copy
