# SPDX-License-Identifier: GPL-3.0-or-later
"""The completeness panel: what a reviewer would flag, each entry clicking through to the place to fix it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from smartcity_desktop.core import rules
from smartcity_desktop.gui.navigation import children
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.services.reading.overview import RULE_TABLES

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole
CONTEXT = "Completeness"

TEXTS = {
    "plan.no_vision": QT_TRANSLATE_NOOP("Completeness", "Visi smart city belum ditulis"),
    "plan.no_mission": QT_TRANSLATE_NOOP("Completeness", "Belum ada misi"),
    "dimension.no_program": QT_TRANSLATE_NOOP("Completeness", "Dimensi {0} belum punya program"),
    "program.no_agency": QT_TRANSLATE_NOOP("Completeness", 'Program "{0}" belum punya OPD pengampu'),
    "program.no_indicator": QT_TRANSLATE_NOOP("Completeness", 'Program "{0}" belum punya indikator'),
    "program.no_target": QT_TRANSLATE_NOOP("Completeness", 'Indikator program "{0}" belum punya target tahunan'),
    "program.no_budget": QT_TRANSLATE_NOOP("Completeness", 'Program "{0}" belum punya anggaran'),
    "quickwin.no_budget": QT_TRANSLATE_NOOP("Completeness", 'Quick Win "{0}" belum punya anggaran'),
    "quickwin.too_long": QT_TRANSLATE_NOOP("Completeness", 'Quick Win "{0}" berlangsung lebih dari 12 bulan'),
    "quickwin.no_innovation": QT_TRANSLATE_NOOP(
        "Completeness", 'Quick Win "{0}" belum punya inovasi atau skor inovasi'
    ),
    "readiness.unscored": QT_TRANSLATE_NOOP(
        "Completeness", "Analisis kesiapan: baru {0} dari {1} sel yang diberi skor"
    ),
    "dimension.no_quick_win": QT_TRANSLATE_NOOP("Completeness", "Dimensi {0} belum punya Quick Win"),
    "chapter.empty": QT_TRANSLATE_NOOP("Completeness", 'Bab "{0}" masih kosong'),
    "chapter.stale_amount": QT_TRANSLATE_NOOP(
        "Completeness",
        'Bab "{0}" menyebut {1}, yang tidak sama dengan angka mana pun dalam rencana; '
        "tulis sebagai kolom {{{{total_anggaran}}}} dsb. agar selalu sesuai",
    ),
    "institution.no_perbup": QT_TRANSLATE_NOOP(
        "Completeness", "Belum ada Peraturan Bupati/Wali Kota yang menetapkan masterplan"
    ),
    "institution.no_dewan": QT_TRANSLATE_NOOP("Completeness", "Anggota Dewan Smart City belum dicatat"),
    "institution.no_tim": QT_TRANSLATE_NOOP("Completeness", "Anggota Tim Pelaksana belum dicatat"),
    "feedback.open": QT_TRANSLATE_NOOP("Completeness", 'Masukan belum ditanggapi: "{0}"'),
}
GROUPS = (
    ("rules", QT_TRANSLATE_NOOP("Completeness", "Aturan yang dilanggar")),
    ("plan", QT_TRANSLATE_NOOP("Completeness", "Visi dan misi")),
    ("readiness", QT_TRANSLATE_NOOP("Completeness", "Analisis kesiapan")),
    ("dimension", QT_TRANSLATE_NOOP("Completeness", "Dimensi")),
    ("program", QT_TRANSLATE_NOOP("Completeness", "Program")),
    ("quickwin", QT_TRANSLATE_NOOP("Completeness", "Quick Win")),
    ("chapter", QT_TRANSLATE_NOOP("Completeness", "Bab")),
    ("institution", QT_TRANSLATE_NOOP("Completeness", "Kelembagaan")),
    ("feedback", QT_TRANSLATE_NOOP("Completeness", "Masukan terbuka")),
)


def finding_text(f: rules.Finding) -> str:
    """The translated sentence of a finding."""
    if f.problem is not None:  # a broken rule: its message states the rule (messages.py)
        from smartcity_desktop.messages import describe

        return describe(f.problem)
    text = QCoreApplication.translate(CONTEXT, str(TEXTS.get(f.key, f.key)))
    try:
        return text.format(*f.args)
    except (IndexError, KeyError):
        return text


class CompletenessView(View):
    """Findings grouped by kind; activating one emits ``open_place`` (key, target, table, row id)."""

    tables = frozenset(RULE_TABLES) | {"program_agency", "program_funding", "feedback"}
    open_place = Signal(str, object, object, object)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._waiting = False  # for the launch's findings (PlanSession.launch_done)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Daftar kelengkapan"))
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemDoubleClicked.connect(self._activate)
        hint = QLabel(
            self.tr("Klik dua kali (atau tekan Enter) pada sebuah baris untuk membuka tempat memperbaikinya.")
        )
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Kelengkapan rencana"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f4e79;")
        lay.addWidget(title)
        lay.addWidget(self.summary)
        lay.addWidget(hint)
        lay.addWidget(self.tree, 1)
        self.findings: list[rules.Finding] = []

    def guidance_key(self) -> str:
        return "completeness"

    def refresh(self) -> None:
        if self.session.launch_pending and not self.session.has_findings():
            # the launch is reading them off the GUI thread (~1 s on a large plan): shown when they come
            self.findings = []
            self.tree.clear()
            self.summary.setText(self.tr("Memeriksa kelengkapan rencana..."))
            if not self._waiting:
                self._waiting = True
                self.session.launch_done.connect(self._launch_done)
            return
        self.findings = self.session.findings(RULE_TABLES)
        heads = children(self.tree.invisibleRootItem())
        expanded = {h.data(0, ROLE) for h in heads if h.isExpanded()}
        first = not self.tree.topLevelItemCount()
        self.tree.clear()
        for group, label in GROUPS:
            items = [f for f in self.findings if f.group == group]
            if not items:
                continue
            head = QTreeWidgetItem([f"{QCoreApplication.translate(CONTEXT, str(label))} ({len(items)})"])
            head.setData(0, ROLE, group)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for f in items:
                child = QTreeWidgetItem(head, [finding_text(f)])
                child.setData(0, ROLE, f)
                child.setToolTip(0, finding_text(f))
            head.setExpanded(first or group in expanded)
        if self.findings:
            self.summary.setText(
                self.tr("{0} hal perlu dilengkapi sebelum masterplan ditinjau.").format(len(self.findings))
            )
        else:
            self.summary.setText(self.tr("Tidak ada yang perlu dilengkapi. Bagus!"))

    def _launch_done(self) -> None:
        self.session.launch_done.disconnect(self._launch_done)
        self._waiting = False
        self.refresh()

    def entries(self) -> list[QTreeWidgetItem]:
        """The finding items (not the group headings), in order."""
        out = []
        for head in children(self.tree.invisibleRootItem()):
            out += children(head)
        return out

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        f = item.data(0, ROLE)
        if isinstance(f, rules.Finding):
            self.open_place.emit(f.nav, f.target, f.table, f.row_id)
