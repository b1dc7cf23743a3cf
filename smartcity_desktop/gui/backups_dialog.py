# SPDX-License-Identifier: GPL-3.0-or-later
"""Cadangan (backups of a plan, restored into a new file) and Periksa dokumen (check and repair).

Hooks: ``add_menu_actions`` (Berkas > Pulihkan dari cadangan..., Alat > Periksa dokumen...) from
gui/actions.py, and ``add_start_button`` from gui/start_screen.py (backups of every plan, also of plans
that are not open or whose file is lost).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.gui import dialogs
from smartcity_desktop.gui.header_fit import stretch_one
from smartcity_desktop.gui.start_screen import default_folder
from smartcity_desktop.messages import language, t
from smartcity_desktop.services import backups

log = logging.getLogger(__name__)


class BackupsDialog(QDialog):
    """The backups of one open plan (``document``), or of every plan that has backups (``document`` None).

    ``open_requested(path)`` is emitted when the user wants to open a restored file.
    """

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, document: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Cadangan"))
        self.resize(760, 420)
        self.restored: Path | None = None
        intro = QLabel(
            self.tr(
                "Cadangan dibuat otomatis saat menyunting (paling sering tiap 5 menit) dan sebelum pembaruan "
                "format, penggabungan, pemulihan dan perbaikan. Cadangan dipulihkan ke berkas baru; "
                "berkas rencana yang ada tidak pernah ditimpa."
            )
        )
        intro.setWordWrap(True)
        self.plans = QComboBox()
        self.plans.setAccessibleName(self.tr("Rencana"))
        plan_label = QLabel(self.tr("&Rencana:"))
        plan_label.setBuddy(self.plans)
        plan_row = QHBoxLayout()
        plan_row.addWidget(plan_label)
        plan_row.addWidget(self.plans, 1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Alasan"), self.tr("Program"), self.tr("Bab"), self.tr("Ukuran")]
        )
        self.table.setAccessibleName(self.tr("Daftar cadangan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        stretch_one(self.table.horizontalHeader(), 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty = QLabel(self.tr("Belum ada cadangan."))
        self.restore_button = QPushButton(self.tr("&Pulihkan ke berkas baru..."))
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QPushButton(self.tr("&Tutup")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(plan_row)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(buttons)
        self.items: list[backups.Backup] = []
        self._groups: list[backups.PlanBackups] = []
        if document is not None:
            plan_label.hide()
            self.plans.hide()
            self._show(backups.list_backups(document))
        else:
            self._groups = backups.all_plans()
            for g in self._groups:
                self.plans.addItem(g.region_name or g.plan_id[:8], g.plan_id)
            self.plans.currentIndexChanged.connect(self._plan_changed)
            self._plan_changed(0)

    # -- showing --------------------------------------------------------------------
    def _plan_changed(self, index: int) -> None:
        group = self._groups[index] if 0 <= index < len(self._groups) else None
        self.plans.setToolTip(group.source if group else "")
        self._show(group.backups if group else [])

    def _show(self, items: list[backups.Backup]) -> None:
        from smartcity_desktop.core.formats import format_int
        from smartcity_desktop.gui.actions import format_size

        lang = language()
        self.items = items
        self.table.setRowCount(len(items))
        for row, b in enumerate(items):
            if b.usable:
                cells = [format_int(b.programs or 0, lang), format_int(b.chapters or 0, lang)]
            else:
                cells = [self.tr("rusak"), ""]
            values = [backups.format_time(b.created, lang), t("backup.reason." + b.reason), *cells, format_size(b.size)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if b.problem:
                    item.setToolTip(b.problem)
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        b = self.selected()
        self.restore_button.setEnabled(b is not None and b.usable)

    def selected(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    # -- restoring ------------------------------------------------------------------------
    def suggested_target(self, b: backups.Backup) -> Path:
        folder = self.document.path.parent if self.document is not None else default_folder()
        stamp = b.created.astimezone().strftime("%Y-%m-%d %H.%M")
        name = f"{b.region_name or 'Rencana'} ({self.tr('cadangan')} {stamp}).smartcity"
        return folder / name.replace("/", "-")

    def choose_target(self, b: backups.Backup) -> str:
        out, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Pulihkan cadangan ke berkas baru"),
            str(self.suggested_target(b)),
            self.tr("Rencana Smart City (*.smartcity)"),
        )
        return out

    def restore_selected(self, target: str | None = None) -> Path | None:
        """Restore the selected backup into a new file (asked for when ``target`` is None)."""
        b = self.selected()
        if b is None or not b.usable:
            return None
        out = target if target is not None else self.choose_target(b)
        if not out:
            return None
        if not out.endswith(".smartcity"):
            out += ".smartcity"
        if Path(out).exists():
            dialogs.warn(
                self,
                self.tr("Berkas {0} sudah ada. Cadangan selalu dipulihkan ke berkas baru: pilih nama lain.").format(
                    out
                ),
            )
            return None
        current = self.document
        if current is None and 0 <= self.plans.currentIndex() < len(self._groups):
            current = self._groups[self.plans.currentIndex()].current_file()  # backed up first, if still there
        try:
            path = backups.restore(b.path, out, current=current)
        except PlanError as e:
            dialogs.error(self, e.message())
            return None
        self.restored = path
        if dialogs.confirm(self, self.tr("Cadangan dipulihkan ke {0}. Buka berkas itu sekarang?").format(path)):
            self.open_requested.emit(str(path))
            self.accept()
        return path


class CheckDialog(QDialog):
    """Periksa dokumen: lists what the check finds in the open plan and repairs it on request."""

    repaired = Signal()

    def __init__(self, parent: QWidget | None, session: Any) -> None:
        from smartcity_desktop.services.repair import find_problems

        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Periksa dokumen"))
        self.resize(720, 420)
        self.findings = find_problems(session.document.db)
        self.fixed: list[Any] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Temuan"))
        self.repair_button = QPushButton(self.tr("&Perbaiki"))
        self.repair_button.clicked.connect(self.repair)
        buttons = QDialogButtonBox()
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QPushButton(self.tr("&Tutup")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)
        if self.findings:
            self.summary.setText(
                self.tr(
                    "{0} hal perlu diperbaiki. Perbaiki membuat cadangan lebih dahulu, lalu memperbaiki semuanya "
                    "sekaligus; setiap perubahan dicantumkan."
                ).format(len(self.findings))
            )
            self.list.addItems([f.text() for f in self.findings])
        else:
            self.summary.setText(self.tr("Dokumen baik: tidak ada yang perlu diperbaiki."))
            self.list.hide()
        self.repair_button.setEnabled(bool(self.findings) and not session.document.read_only)

    def repair(self) -> None:
        from smartcity_desktop.core.model import TABLES
        from smartcity_desktop.services.repair import repair_document

        try:
            self.fixed = repair_document(self.session.document)
        except PlanError as e:
            dialogs.error(self, e.message())
            return
        self.session.changed_outside(set(TABLES))  # read models again; the edits before it cannot be replayed
        self.summary.setText(self.tr("{0} perbaikan dibuat (cadangan dibuat lebih dahulu):").format(len(self.fixed)))
        self.list.clear()
        self.list.show()
        self.list.addItems([f.text() for f in self.fixed])
        self.repair_button.setEnabled(False)
        self.repaired.emit()


# -- hooks ----------------------------------------------------------------------------------------
def show_backups(window: Any) -> BackupsDialog:
    dlg = BackupsDialog(window, window.session.document)
    dlg.open_requested.connect(window.open_file_requested)
    dlg.show()
    return dlg


def show_check(window: Any) -> CheckDialog:
    dlg = CheckDialog(window, window.session)
    dlg.show()
    return dlg


def add_menu_actions(actions: Any) -> None:
    """Berkas > Pulihkan dari cadangan... and Alat > Periksa dokumen... on the main window's menus."""
    window = actions.window
    restore = dialogs.window_action(
        window, QCoreApplication.translate("BackupsDialog", "Pulihkan dari &cadangan..."), show_backups
    )
    actions.file_menu.insertAction(actions.export_menu.menuAction(), restore)
    check = dialogs.window_action(
        window, QCoreApplication.translate("BackupsDialog", "Periksa &dokumen..."), show_check
    )
    actions.tools_menu.insertAction(actions.preferences, check)
    actions.restore_backup = restore
    actions.check_document = check


def add_start_button(screen: Any, layout: QBoxLayout) -> QPushButton:
    """A start-screen button listing the backups of every plan (open a restored one right away)."""
    button = QPushButton(QCoreApplication.translate("BackupsDialog", "Pulihkan dari &cadangan..."))

    def show() -> None:
        dlg = BackupsDialog(screen)
        dlg.open_requested.connect(screen.open_requested)
        screen.backups_dialog = dlg
        dlg.show()

    button.clicked.connect(show)
    layout.addWidget(button)
    screen.backups_button = button
    return button
