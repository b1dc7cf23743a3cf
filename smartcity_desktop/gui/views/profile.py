# SPDX-License-Identifier: GPL-3.0-or-later
"""The region profile: plan identity fields, logo, key statistics and districts (kecamatan)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.gui import dialogs, labels
from smartcity_desktop.gui.formats import format_int, format_number
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.gui.views.row_table import Col, RowTable
from smartcity_desktop.services.operations import plan as plan_ops
from smartcity_desktop.services.operations import profile
from smartcity_desktop.services.reading.profile import district_totals

log = logging.getLogger(__name__)

LOGO_MAX = 600  # pixels of the longer side of a stored logo


def scaled_logo(image: QImage) -> tuple[bytes, str]:
    """The image downscaled to LOGO_MAX px (longer side) as PNG (JPEG for photos without alpha)."""
    if max(image.width(), image.height()) > LOGO_MAX:
        image = image.scaled(
            LOGO_MAX, LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    fmt, mime = (b"PNG", "image/png") if image.hasAlphaChannel() else (b"JPEG", "image/jpeg")
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, fmt.decode(), 90)  # type: ignore[call-overload]  # PySide accepts str at runtime
    buf.close()
    return bytes(data.data()), mime


class ProfileView(View):
    """Edits the single plan row (identity), the logo, statistics and districts."""

    tables = frozenset({"plan", "attachment", "statistic", "district"})

    TEXT_FIELDS = ("region_name", "province", "region_code", "capital", "motto", "title")
    SIGN_FIELDS = ("head_title", "head_name", "signing_place", "signed_on")  # docs-parts: Lembar Pengesahan

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.fields: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self._build()
        self.refresh()

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._identity_tab(), self.tr("&Identitas"))
        self.statistics = RowTable(
            self.session,
            "statistic",
            [
                Col("category", self.tr("Kategori"), width=130),
                Col("name", self.tr("Nama data"), width=260),
                Col("value", self.tr("Nilai"), "number_or_text", width=110, text_column="value_text"),
                Col("unit", self.tr("Satuan"), width=90),
                Col("year", self.tr("Tahun"), "year", width=60),
                Col("source", self.tr("Sumber")),
            ],
            noun=self.tr("data statistik"),
            parent=self,
        )
        self.tabs.addTab(self.statistics, self.tr("&Statistik kunci"))
        self.districts = RowTable(
            self.session,
            "district",
            [
                Col("name", self.tr("Kecamatan")),
                Col("capital", self.tr("Ibu kota"), width=160),
                Col("population", self.tr("Penduduk (jiwa)"), "int", width=120),
                Col("area_km2", self.tr("Luas (km\u00b2)"), "real", width=100),
                Col("villages", self.tr("Desa"), "int", width=70),
                Col("urban_villages", self.tr("Kelurahan"), "int", width=90),
            ],
            noun=self.tr("kecamatan"),
            parent=self,
        )
        self.totals = QLabel(self)
        self.totals.setStyleSheet("font-weight: 600; padding: 4px;")
        page = QWidget(self)
        pl = QVBoxLayout(page)
        pl.addWidget(self.districts, 1)
        pl.addWidget(self.totals)
        self.tabs.addTab(page, self.tr("&Kecamatan"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)

    def _identity_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        names = {
            "region_name": self.tr("&Nama daerah"),
            "province": self.tr("&Provinsi"),
            "region_code": self.tr("Kode wilayah"),
            "capital": self.tr("Ibu kota"),
            "motto": self.tr("&Motto"),
            "title": self.tr("&Judul dokumen"),
            "head_title": self.tr("Jabatan kepala daerah"),
            "head_name": self.tr("Nama kepala daerah"),
            "signing_place": self.tr("Tempat pengesahan"),
            "signed_on": self.tr("Tanggal pengesahan (TTTT-BB-HH)"),
        }
        self.combos["region_type"] = self._combo("region_type")
        form.addRow(self.tr("J&enis daerah"), self.combos["region_type"])
        for col in self.TEXT_FIELDS + self.SIGN_FIELDS:
            edit = QLineEdit(page)
            edit.editingFinished.connect(lambda c=col: self._commit_text(c))
            self.fields[col] = edit
            form.addRow(names[col], edit)
        period = QHBoxLayout()
        self.start_spin, self.end_spin = QSpinBox(page), QSpinBox(page)
        for spin, col in ((self.start_spin, "period_start"), (self.end_spin, "period_end")):
            spin.setRange(1990, 2100)
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(lambda c=col, s=spin: self._commit_value(c, s.value()))
        period.addWidget(self.start_spin)
        period.addWidget(QLabel("\u2013", page))
        period.addWidget(self.end_spin)
        period.addStretch(1)
        form.addRow(self.tr("Periode"), period)
        self.framework_label = QLabel(page)
        self.framework_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Kerangka"), self.framework_label)
        self.combos["language"] = self._combo("language")
        form.addRow(self.tr("Ba&hasa dokumen"), self.combos["language"])
        self.combos["status"] = self._combo("plan_status", "status")
        form.addRow(self.tr("S&tatus"), self.combos["status"])

        logo_box = QVBoxLayout()
        self.logo = QLabel(page)
        self.logo.setFixedSize(180, 180)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("QLabel { border: 1px dashed #999; background: white; }")
        self.logo_button = QPushButton(self.tr("Pilih l&ogo\u2026"), page)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Hapus logo"), page)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_box.addWidget(QLabel(self.tr("Logo daerah"), page))
        logo_box.addWidget(self.logo)
        logo_box.addWidget(self.logo_button)
        logo_box.addWidget(self.remove_logo_button)
        logo_box.addStretch(1)
        row = QHBoxLayout(page)
        row.addLayout(form, 1)
        row.addSpacing(16)
        row.addLayout(logo_box)
        return page

    def _combo(self, kind: str, column: str | None = None) -> QComboBox:
        column = column or kind
        box = QComboBox(self)
        for code, text in labels.choices(kind):
            box.addItem(text, code)
        box.activated.connect(lambda _i, c=column, b=box: self._commit_value(c, b.currentData()))
        return box

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the plan row, logo, statistics and districts."""
        plan = self.session.db.plan()
        for col, edit in self.fields.items():
            value = plan.get(col) or ""
            if edit.text() != value and not (edit.hasFocus() and edit.isModified()):
                edit.setText(value)
        self.start_spin.setValue(int(plan.get("period_start") or 2018))
        self.end_spin.setValue(int(plan.get("period_end") or 2027))
        self.framework_label.setText(
            plan.get("framework_name") or labels.label("framework", plan.get("framework")) or ""
        )
        for col, box in self.combos.items():
            box.setCurrentIndex(max(box.findData(plan.get(col)), 0))
        self._show_logo(plan.get("logo_id"))
        self.statistics.refresh()
        self.districts.refresh()
        t = district_totals(self.session.db)
        self.totals.setText(
            self.tr(
                "Jumlah: {0} kecamatan \u00b7 {1} jiwa \u00b7 {2} km\u00b2 \u00b7 {3} desa \u00b7 {4} kelurahan"
            ).format(
                format_int(t["n"] or 0),
                format_int(t["population"] or 0),
                format_number(t["area_km2"] or 0, 2),
                format_int(t["villages"] or 0),
                format_int(t["urban_villages"] or 0),
            )
        )

    def _show_logo(self, logo_id: str | None) -> None:
        att = self.session.db.get("attachment", logo_id) if logo_id else None
        self.remove_logo_button.setEnabled(att is not None)
        if att is None:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("(belum ada logo)"))
            return
        pix = QPixmap()
        pix.loadFromData(att["data"])
        self.logo.setPixmap(
            pix.scaled(170, 170, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    # -- writing -------------------------------------------------------------------
    def _plan_id(self) -> str:
        return str(self.session.db.plan()["id"])

    def _commit_text(self, col: str) -> None:
        edit = self.fields[col]
        edit.setModified(False)
        value = edit.text().strip() or None
        if col == "region_name" and not value:
            edit.setText(self.session.db.plan().get(col) or "")
            return
        self._commit_value(col, value)

    def _commit_value(self, col: str, value: Any) -> bool:
        plan = self.session.db.plan()
        if plan.get(col) == value:
            return False
        if col in ("period_start", "period_end"):
            start, end = int(plan["period_start"]), int(plan["period_end"])
            return self.set_period(value if col == "period_start" else start, value if col == "period_end" else end)
        return self.session.run(self.tr("Ubah profil daerah"), profile.set_field, col, value)

    def set_period(self, start: int, end: int) -> bool:
        """Change the plan period; when programs, budgets or targets lie outside it, ask: clip them or keep."""
        try:
            plan_ops.check_period(start, end)
        except PlanError as e:
            self.session.failed.emit(e.message())
            self.refresh()
            return False
        outside = plan_ops.outside(self.session.db, start, end)
        on_conflict: str | None = None
        if outside:
            names = "\n".join(f"\u2022 {c[2]}" for c in outside[:8]) + ("\n\u2022 \u2026" if len(outside) > 8 else "")
            answer = QMessageBox.question(
                self,
                self.tr("Ubah periode"),
                self.tr(
                    "{0} program, anggaran atau target berada di luar periode {1}\u2013{2}:\n{3}\n\n"
                    "Potong tahun program ke periode baru dan hapus anggaran serta target di luarnya? "
                    "Pilih Tidak untuk mempertahankan periode lama."
                ).format(len(outside), start, end, names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            on_conflict = "clip" if answer == QMessageBox.StandardButton.Yes else "keep"
            if on_conflict == "keep":
                self.refresh()
                return False
        ok = self.session.run(self.tr("Ubah periode"), plan_ops.set_period, start, end, on_conflict)
        if not ok:
            self.refresh()
        return ok

    def choose_logo(self) -> None:
        dialogs.open_file(
            self, self.tr("Pilih logo daerah"), self.tr("Gambar (*.png *.jpg *.jpeg)"), self.set_logo_file
        )

    def set_logo_file(self, path: str) -> bool:
        """Store the image at ``path`` (downscaled) as the plan's logo, replacing the old one (one edit)."""
        image = QImage(path)
        if image.isNull():
            QMessageBox.warning(self, self.tr("Logo"), self.tr("Berkas ini bukan gambar PNG atau JPEG yang terbaca."))
            return False
        data, mime = scaled_logo(image)
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.session.run(self.tr("Ganti logo"), profile.set_logo, name, mime, data)

    def remove_logo(self) -> bool:
        old = self.session.db.plan().get("logo_id")
        if not old:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Hapus logo"),
            self.tr("Hapus logo daerah dari rencana ini?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.session.run(self.tr("Hapus logo"), profile.remove_logo)

    def select_row(self, table: str, row_id: str) -> bool:
        if table == "statistic":
            self.tabs.setCurrentIndex(1)
            return self.statistics.select_id(row_id)
        if table == "district":
            self.tabs.setCurrentIndex(2)
            return self.districts.select_id(row_id)
        if table == "plan":
            self.tabs.setCurrentIndex(0)
            return True
        return False

    def guidance_key(self) -> str:
        return "profile"
