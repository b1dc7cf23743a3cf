# SPDX-License-Identifier: GPL-3.0-or-later
"""The start screen: a new plan from the template, open a file, recent plans, the demo plan."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.defaults import default_period
from smartcity_desktop.gui import dialogs, labels
from smartcity_desktop.gui.drop import accept_plan_drag, open_dropped_plan

log = logging.getLogger(__name__)


def default_folder() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


class StartScreen(QWidget):
    """Emits ``create_requested(values)``, ``open_requested(path)`` ("" = ask) or ``demo_requested()``."""

    create_requested = Signal(dict)
    open_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Smart City Masterplan Desktop"))
        self.setAcceptDrops(True)
        self._file_edited = False
        title = QLabel(self.tr("Masterplan Smart City"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f4e79;")
        subtitle = QLabel(self.tr("Susun masterplan kabupaten/kota Anda dalam Bimtek Gerakan Menuju 100 Smart City."))
        subtitle.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self._build_new(), 3)
        columns.addWidget(self._build_open(recent), 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(title)
        lay.addWidget(subtitle)
        lay.addSpacing(8)
        lay.addLayout(columns, 1)
        self.resize(1000, 600)
        self.region.setFocus()

    # -- building ----------------------------------------------------------------
    def _build_new(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rencana baru"))
        form = QFormLayout(box)
        self.region_type = QComboBox()
        for code, text in labels.choices("region_type"):
            self.region_type.addItem(text, code)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("misalnya Lombok Timur"))
        self.framework = QComboBox()
        self.framework.addItem(self.tr("Giffinger (6 dimensi: Economy, People, Governance, ...)"), "giffinger")
        self.framework.addItem(self.tr("Kominfo (6 dimensi: Governance, Branding, Economy, ...)"), "kominfo")
        first, last = default_period()
        self.first_year = QSpinBox()
        self.first_year.setRange(1990, 2100)
        self.first_year.setValue(first)
        self.last_year = QSpinBox()
        self.last_year.setRange(1990, 2100)
        self.last_year.setValue(last)
        period = QHBoxLayout()
        period.addWidget(self.first_year)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last_year)
        period.addStretch(1)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("&Pilih..."))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.create_button = QPushButton(self.tr("&Buat rencana"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        type_label = QLabel(self.tr("&Jenis daerah:"))
        type_label.setBuddy(self.region_type)
        region_label = QLabel(self.tr("&Nama daerah:"))
        region_label.setBuddy(self.region)
        fw_label = QLabel(self.tr("&Kerangka dimensi:"))
        fw_label.setBuddy(self.framework)
        period_label = QLabel(self.tr("P&eriode:"))
        period_label.setBuddy(self.first_year)
        file_label = QLabel(self.tr("Si&mpan sebagai:"))
        file_label.setBuddy(self.file)
        form.addRow(region_label, self.region)
        form.addRow(type_label, self.region_type)
        form.addRow(fw_label, self.framework)
        form.addRow(period_label, period)
        form.addRow(file_label, file_row)
        form.addRow("", self.create_button)
        about = QLabel(
            self.tr(
                "Rencana baru berisi templat yang dapat diubah: enam dimensi dengan elemennya, kerangka bab "
                "BAB I–VIII, komponen analisis kesiapan, pustaka indikator, daftar OPD, sumber dana, dan empat "
                "tahap Bimtek. Semua perubahan tersimpan otomatis ke berkas; tidak perlu menekan Simpan."
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555; margin-top: 12px;")
        form.addRow(about)
        self.region.textChanged.connect(self._suggest_file)
        self.region_type.currentIndexChanged.connect(lambda _i: self._suggest_file())
        self.file.textEdited.connect(self._mark_file_edited)
        self._suggest_file()
        for a, b in (
            (self.region, self.region_type),
            (self.region_type, self.framework),
            (self.framework, self.first_year),
            (self.first_year, self.last_year),
            (self.last_year, self.file),
            (self.file, browse),
            (browse, self.create_button),
        ):
            self.setTabOrder(a, b)
        return box

    def _build_open(self, recent: list[str]) -> QGroupBox:
        box = QGroupBox(self.tr("Buka rencana"))
        lay = QVBoxLayout(box)
        self.open_button = QPushButton(self.tr("B&uka berkas..."))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(""))
        self.demo_button = QPushButton(self.tr("Buka rencana &demo (Lombok Timur 2017)"))
        self.demo_button.clicked.connect(self.demo_requested)
        recent_label = QLabel(self.tr("&Rencana terakhir:"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Rencana terakhir"))
        recent_label.setBuddy(self.recent)
        self.set_recent(recent)
        self.recent.itemActivated.connect(self._open_recent)
        hint = QLabel(self.tr("Anda juga dapat menyeret berkas .smartcity ke jendela ini."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        lay.addWidget(self.open_button)
        lay.addWidget(self.demo_button)
        from smartcity_desktop.gui.backups_dialog import add_start_button  # rel-backup: backups of every plan

        add_start_button(self, lay)
        lay.addSpacing(8)
        lay.addWidget(recent_label)
        lay.addWidget(self.recent, 1)
        lay.addWidget(hint)
        return box

    def set_recent(self, recent: list[str]) -> None:
        self.recent.clear()
        for path in recent:
            p = Path(path)
            item = QListWidgetItem(f"{p.stem}\n{p.parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not recent:
            item = QListWidgetItem(self.tr("(belum ada)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    # -- behaviour ---------------------------------------------------------------------
    def _mark_file_edited(self, _text: str) -> None:
        self._file_edited = True

    def _suggest_file(self, _text: str = "") -> None:
        if self._file_edited:
            return
        name = " ".join(self.region.text().split())
        kind = self.region_type.currentText()
        stem = f"Masterplan Smart City {kind} {name}".strip() if name else "Masterplan Smart City"
        self.file.setText(str(default_folder() / f"{stem}.smartcity"))

    def _browse(self) -> None:
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan rencana baru"), self.file.text(), self.tr("Rencana Smart City (*.smartcity)")
        )
        if out:
            self.file.setText(out if out.endswith(".smartcity") else out + ".smartcity")
            self._file_edited = True

    def values(self) -> dict[str, Any]:
        return {
            "region_name": " ".join(self.region.text().split()),
            "region_type": self.region_type.currentData(),
            "framework": self.framework.currentData(),
            "period": (self.first_year.value(), self.last_year.value()),
            "file": self.file.text().strip(),
        }

    def _create(self) -> None:
        v = self.values()
        if not v["region_name"]:
            dialogs.warn(self, self.tr("Isi nama daerah lebih dulu."))
            self.region.setFocus()
            return
        first, last = v["period"]
        if not (first < last <= first + 20):
            dialogs.warn(
                self, self.tr("Periode tidak valid: tahun akhir harus setelah tahun awal (paling lama 20 tahun).")
            )
            self.last_year.setFocus()
            return
        if not v["file"]:
            self._browse()
            if not self.file.text().strip():
                return
            v = self.values()
        if not v["file"].endswith(".smartcity"):
            v["file"] += ".smartcity"
        if Path(v["file"]).exists() and not dialogs.confirm(
            self, self.tr("Berkas {0} sudah ada. Timpa dengan rencana baru?").format(v["file"])
        ):
            return
        self.create_requested.emit(v)

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        accept_plan_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        open_dropped_plan(event, self.open_requested.emit)
