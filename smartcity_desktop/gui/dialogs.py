# SPDX-License-Identifier: GPL-3.0-or-later
"""Message helpers and the prompts of opening a plan (recovery, lock held by another computer)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def window_action(window: Any, text: str, show: Callable[[Any], object]) -> QAction:
    """A menu action of the main window that opens ``show(window)`` (a dialog)."""
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: show(window))
    return action


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


def locked_texts(error: Any) -> tuple[str, str]:
    """(what, what to do) for a plan locked by another program: the time as people read it, and the right
    words when the lock is held on this computer (another window or a program still open here)."""
    from smartcity_desktop.gui.formats import format_timestamp
    from smartcity_desktop.services.paths import host_name

    args: tuple[Any, ...] = tuple(getattr(error, "args_", ()))
    if len(args) < 4:
        return str(error.message() if hasattr(error, "message") else error), QCoreApplication.translate(
            "dialogs",
            "Tutup rencana di komputer itu lebih dulu, atau buka salinan hanya-baca untuk melihat isinya "
            "(perubahan pada salinan tidak masuk ke berkas asli).",
        )
    _folder, user, host, since = args[:4]
    when = format_timestamp(str(since)) or str(since)
    if str(host) == host_name():
        what = QCoreApplication.translate(
            "dialogs", "Rencana ini sudah dibuka oleh {0} di komputer ini sejak {1}, di jendela lain aplikasi ini."
        ).format(user, when)
        todo = QCoreApplication.translate(
            "dialogs",
            "Beralihlah ke jendela itu, atau tutup rencana di sana lebih dulu; bisa juga membuka salinan "
            "hanya-baca untuk melihat isinya (perubahan pada salinan tidak masuk ke berkas asli).",
        )
    else:
        what = QCoreApplication.translate(
            "dialogs", "Rencana ini sedang dibuka oleh {0} di komputer {1} sejak {2}."
        ).format(user, host, when)
        todo = QCoreApplication.translate(
            "dialogs",
            "Minta {0} menutup rencana di komputer {1} lebih dulu, atau buka salinan hanya-baca untuk melihat "
            "isinya (perubahan pada salinan tidak masuk ke berkas asli).",
        ).format(user, host)
    return what, todo


def ask_locked(parent: QWidget | None, error: Any) -> bool:
    """The plan is open elsewhere (``error``: the PlanLocked, or its message): True to open a read-only copy,
    False to cancel."""
    what, todo = locked_texts(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Rencana sedang dibuka"))
    box.setText(what)
    box.setInformativeText(todo)
    copy = box.addButton(
        QCoreApplication.translate("dialogs", "Buka salinan &hanya-baca"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QCoreApplication.translate("dialogs", "Bat&al"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is copy


def open_file(parent: QWidget | None, title: str, filters: str, then: Callable[[str], object]) -> None:
    """Ask for one file to read (branch dedup: the import wizard and the logo share it); ``then(path)`` once chosen."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    if path:
        then(path)
