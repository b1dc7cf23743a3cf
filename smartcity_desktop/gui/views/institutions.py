# SPDX-License-Identifier: GPL-3.0-or-later
"""Smart city institutions: Dewan Smart City and Tim Pelaksana members, and the regulations that set them up."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from smartcity_desktop.gui import labels
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.gui.views.row_table import Col, RowTable
from smartcity_desktop.services.reading.profile import masterplan_enacted, members

log = logging.getLogger(__name__)

REGULATION_KINDS = ("Peraturan Bupati", "Peraturan Wali Kota", "Keputusan Bupati", "Keputusan Wali Kota", "Perda")


class InstitutionsView(View):
    """Members of both bodies and the regulations list, with a reminder when the masterplan is not yet enacted."""

    tables = frozenset({"institution_member", "regulation", "agency"})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; border: 1px solid #e0b84c; padding: 8px; }")
        self.banner.setText(
            self.tr(
                "Pengingat: belum ada peraturan berstatus \u201cDitetapkan\u201d yang menetapkan Masterplan Smart City "
                "(misalnya Peraturan Bupati tentang Masterplan Smart City). "
                "Tambahkan di tab Regulasi setelah ditetapkan."
            )
        )

        def agencies() -> list[tuple[Any, str]]:
            return [(None, "")] + [(a["id"], a["name"]) for a in self.session.db.rows("agency")]

        def member_cols() -> list[Col]:
            return [
                Col("name", self.tr("Nama"), width=200),
                Col("nip", self.tr("NIP"), width=150),
                Col("position", self.tr("Jabatan"), width=200),
                Col("agency_id", self.tr("OPD"), "choice", agencies, 200),
                Col("role", self.tr("Peran"), width=140),
                Col("phone", self.tr("Telepon")),
            ]

        self.bodies: dict[str, RowTable] = {}
        self.tabs = QTabWidget(self)
        for body in ("dewan", "tim_pelaksana"):
            table = RowTable(
                session,
                "institution_member",
                member_cols(),
                load=lambda db, b=body: members(db, b),  # type: ignore[misc]
                defaults=lambda b=body: {"body": b},  # type: ignore[misc]
                noun=self.tr("anggota"),
            )
            self.bodies[body] = table
            self.tabs.addTab(table, labels.label("body", body))
        statuses = lambda: labels.choices("regulation_status")  # noqa: E731
        self.regulations = RowTable(
            session,
            "regulation",
            [
                Col("kind", self.tr("Jenis"), width=150),
                Col("number", self.tr("Nomor"), width=80),
                Col("year", self.tr("Tahun"), "year", width=60),
                Col("title", self.tr("Tentang"), width=330),
                Col("status", self.tr("Status"), "choice", statuses, 110),
                Col("enacted_on", self.tr("Tanggal penetapan"), "date", width=140),
                Col("notes", self.tr("Catatan")),
            ],
            defaults=lambda: {"kind": REGULATION_KINDS[0], "status": "draft"},
            noun=self.tr("regulasi"),
        )
        self.regulations.view.setToolTip(self.tr("Tanggal dapat diketik sebagai 18/07/2017 atau 18 Juli 2017"))
        self.tabs.addTab(self.regulations, self.tr("&Regulasi"))
        box = QGroupBox(self.tr("Kelembagaan smart city"), self)
        QVBoxLayout(box).addWidget(self.tabs)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addWidget(box, 1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read members and regulations; show the reminder when no enacted regulation names the masterplan."""
        for t in (*self.bodies.values(), self.regulations):
            t.refresh()
        self.banner.setVisible(not masterplan_enacted(self.session.db))

    def select_row(self, table: str, row_id: str) -> bool:
        if table == "regulation":
            self.tabs.setCurrentIndex(2)
            return self.regulations.select_id(row_id)
        if table == "institution_member":
            row = self.session.db.get(table, row_id)
            if row:
                self.tabs.setCurrentIndex(0 if row["body"] == "dewan" else 1)
                return self.bodies[row["body"]].select_id(row_id)
        return False

    def guidance_key(self) -> str:
        return "institutions"
