# SPDX-License-Identifier: GPL-3.0-or-later
"""The participant register of the workshop record (one list for every meeting) and its import from a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.gui import dialogs
from smartcity_desktop.gui.form_widgets import FieldError, fill_combo
from smartcity_desktop.gui.record_panel import RecordPanel
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.workshop_meeting import keep_typing, people_of, run_showing, store_field
from smartcity_desktop.messages import t
from smartcity_desktop.services import workshop_import
from smartcity_desktop.services.operations import workshop

Row = dict[str, Any]

# The register's fields as the import names them (services.workshop_import.FIELDS), with their labels.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ParticipantsPanel", "Nama"),
    "nip": QT_TRANSLATE_NOOP("ParticipantsPanel", "NIP"),
    "position": QT_TRANSLATE_NOOP("ParticipantsPanel", "Jabatan"),
    "agency": QT_TRANSLATE_NOOP("ParticipantsPanel", "Instansi/OPD"),
    "group": QT_TRANSLATE_NOOP("ParticipantsPanel", "Kelompok kerja"),
    "phone": QT_TRANSLATE_NOOP("ParticipantsPanel", "No. HP"),
    "email": QT_TRANSLATE_NOOP("ParticipantsPanel", "E-mail"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("ParticipantsPanel", str(FIELD_LABELS.get(name, name)))


class ParticipantsPanel(RecordPanel):
    """The register as a table; the selected person's fields beside it; add, delete, import."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, len(FIELD_LABELS), parent)
        self.table.setHorizontalHeaderLabels([field_label(f) for f in FIELD_LABELS])
        self.table.setAccessibleName(self.tr("Daftar peserta"))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        hdr = self.table.horizontalHeader()
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, width in enumerate((0, 150, 150, 110, 130, 110, 160)):
            if width:
                hdr.resizeSection(i, width)
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())

        self.name = QLineEdit(self)
        self.nip = QLineEdit(self)
        self.position = QLineEdit(self)
        self.agency = QComboBox(self)
        self.group = QComboBox(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.error = FieldError(self)
        form_box, form = self.fields_form(
            (
                (self.tr("&Nama:"), self.name),
                (self.tr("NI&P:"), self.nip),
                (self.tr("&Jabatan:"), self.position),
                (self.tr("&Instansi/OPD:"), self.agency),
                (self.tr("&Kelompok kerja:"), self.group),
                (self.tr("No. &HP:"), self.phone),
                (self.tr("&E-mail:"), self.email),
            )
        )
        form.addRow(self.error)
        for edit, column in (
            (self.name, "name"),
            (self.nip, "nip"),
            (self.position, "position"),
            (self.phone, "phone"),
            (self.email, "email"),
        ):
            edit.editingFinished.connect(self._commit_slot(edit, column))
        self.agency.activated.connect(lambda: self.commit("agency_id", self.agency.currentData()))
        self.group.activated.connect(self._commit_group)

        self.add_button = QPushButton(self.tr("&Tambah peserta"), self)
        self.delete_button = QPushButton(self.tr("Hapus peserta"), self)
        self.import_button = QPushButton(self.tr("I&mpor dari XLSX/CSV…"), self)
        self.add_button.clicked.connect(self.add_participant)
        self.delete_button.clicked.connect(self.delete_participant)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.lay_out((self.add_button, self.delete_button, self.import_button), form_box)

    def _commit_slot(self, edit: QLineEdit, column: str) -> Any:
        return lambda: self.commit(column, edit.text())

    # -- reading -------------------------------------------------------------
    def refresh(self) -> None:
        db = self.session.db
        people, agencies, groups = people_of(db)
        group_names = {g["id"]: g["name"] for g in db.rows("work_group")}
        keep = self.current_id()
        self.ids = [p["id"] for p in people]
        self.table.blockSignals(True)
        self.table.setRowCount(len(people))
        for i, p in enumerate(people):
            values = (
                p["name"],
                p.get("nip") or "",
                p.get("position") or "",
                agencies.get(p.get("agency_id") or "", ""),
                group_names.get(groups.get(p["id"]) or "", ""),
                p.get("phone") or "",
                p.get("email") or "",
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                self.table.setItem(i, c, item)
        self.table.blockSignals(False)
        self.count.setText(self.tr("{0} peserta").format(len(people)))
        fill_combo(
            self.agency,
            sorted(agencies.items(), key=lambda a: a[1]),
            None,
            self.tr("(belum diisi)"),
        )
        fill_combo(self.group, list(group_names.items()), None, self.tr("(tanpa kelompok)"))
        if keep in self.ids:
            self.select(keep)
        else:
            self._show_current()

    def _show_current(self) -> None:
        pid = self.current_id()
        db = self.session.db
        self.row = db.get("participant", pid) if pid else None
        r = self.row or {}
        for w in (self.name, self.nip, self.position, self.agency, self.group, self.phone, self.email):
            w.setEnabled(self.row is not None)
        self.delete_button.setEnabled(self.row is not None)
        keep_typing(self.name, r.get("name") or "")
        keep_typing(self.nip, r.get("nip") or "")
        keep_typing(self.position, r.get("position") or "")
        keep_typing(self.phone, r.get("phone") or "")
        keep_typing(self.email, r.get("email") or "")
        self.agency.setCurrentIndex(max(self.agency.findData(r.get("agency_id")), 0))
        member = db.rows("work_group_member", participant_id=pid) if pid else []
        self.group.setCurrentIndex(max(self.group.findData(member[0]["group_id"]) if member else 0, 0))

    # -- writing -------------------------------------------------------------
    def commit(self, column: str, value: Any) -> bool:
        required = self.name if column == "name" else None
        label, op = self.tr("Ubah peserta"), workshop.update_participant
        return store_field(self.session, self.error, self.row, column, value, label, op, required)

    def _commit_group(self) -> None:
        if self.row is not None:
            label = self.tr("Ubah kelompok peserta")
            gid = self.group.currentData()
            run_showing(self.session, self.error, label, workshop.set_participant_group, self.row["id"], gid)

    def add_participant(self) -> str | None:
        """A new person in the register, selected with the name ready to type."""
        rid = self.session.add(self.tr("Tambah peserta"), workshop.add_participant, self.tr("Peserta baru"))
        return self.show_new(rid, self.name)

    def delete_participant(self) -> bool:
        if self.row is None:
            return False
        text = self.tr("Hapus peserta \u201c{0}\u201d beserta kehadirannya? Bisa dibatalkan dengan Urungkan (Ctrl+Z).")
        return self.delete_row(text.format(self.row["name"]), self.tr("Hapus peserta"), workshop.delete_participant)

    def import_file(self, path: str | None = None) -> list[str] | None:
        """Import a participant list (XLSX or CSV) after a column-mapping preview; the new ids, None if not."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Impor daftar peserta"), "", self.tr("Daftar peserta (*.xlsx *.csv)")
            )
            if not path:
                return None
        try:
            data = workshop_import.read_participant_file(path)
        except PlanError as e:
            dialogs.error(self, e.message(), self.tr("Impor daftar peserta"))
            return None
        db = self.session.db
        dialog = ImportDialog(data, Path(path).name, db.rows("agency"), db.rows("work_group"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        label = self.tr("Impor {0} peserta").format(len(dialog.people))
        refused: list[str] = []
        with self.session.errors_to(refused.append):
            ids = self.session.add(label, workshop_import.import_participant_file, path, dialog.mapping())
        if refused:  # the file changed since the preview: the service refuses it whole
            dialogs.error(self, refused[-1], self.tr("Impor daftar peserta"))
        return ids


class ImportDialog(QDialog):
    """Which column fills which field (suggested from the header), a preview, and every bad row by number."""

    def __init__(
        self,
        data: workshop_import.ParticipantFile,
        name: str,
        agencies: list[Row],
        groups: list[Row],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor daftar peserta: {0}").format(name))
        self.resize(900, 560)
        self.data, self.agencies, self.groups = data, agencies, groups
        self.people: list[Row] = []
        self.problems: list[workshop_import.RowProblem] = []
        intro = QLabel(
            self.tr(
                "{0} baris data. Pilih kolom berkas untuk setiap isian. Satu baris yang salah menolak seluruh "
                "berkas: tidak ada yang diimpor sampai semuanya benar."
            ).format(len(data.rows)),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.combos: dict[str, QComboBox] = {}
        columns = [(i, f"{i + 1}. {h}" if h else str(i + 1)) for i, h in enumerate(data.header)]
        for n, fieldname in enumerate(workshop_import.FIELDS):
            box = QComboBox(self)
            fill_combo(box, columns, data.mapping.get(fieldname), self.tr("(tidak diimpor)"))
            box.setAccessibleName(field_label(fieldname))
            box.currentIndexChanged.connect(self.check)
            label = QLabel(field_label(fieldname) + ":", self)
            label.setBuddy(box)
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(box, n // 2, (n % 2) * 2 + 1)
            self.combos[fieldname] = box
        self.preview = QTableWidget(0, len(workshop_import.FIELDS), self)
        self.preview.setAccessibleName(self.tr("Pratinjau"))
        self.preview.setHorizontalHeaderLabels([field_label(f) for f in workshop_import.FIELDS])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.horizontalHeader().resizeSection(1, 150)  # an NIP has 18 digits
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.problem_list = QListWidget(self)
        self.problem_list.setAccessibleName(self.tr("Baris yang ditolak"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(grid)
        lay.addWidget(QLabel(self.tr("Pratinjau (baris pertama):"), self))
        lay.addWidget(self.preview, 2)
        lay.addWidget(self.verdict)
        lay.addWidget(self.problem_list, 1)
        lay.addWidget(self.buttons)
        self.check()

    def mapping(self) -> dict[str, int | None]:
        return {f: box.currentData() for f, box in self.combos.items()}

    def check(self) -> None:
        """Preview the first rows under the chosen mapping and check every row (services.workshop_import)."""
        mapping = self.mapping()
        rows = self.data.preview(mapping)
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in range(2, len(rows) + 2)])  # the file's row numbers
        for r, values in enumerate(rows):
            for c, f in enumerate(workshop_import.FIELDS):
                self.preview.setItem(r, c, QTableWidgetItem(values.get(f, "")))
        self.problem_list.clear()
        try:
            self.people, self.problems = workshop_import.check_rows(self.data, mapping, self.agencies, self.groups)
        except PlanError as e:
            self.people, self.problems = [], []
            self._verdict(e.message(), ok=False)
            return
        fields = list(workshop_import.FIELDS)
        for p in self.problems:
            self.problem_list.addItem(t("wsimport.row", p.row, field_label(p.column), t(p.key, *p.args)))
            item = self.preview.item(p.row - 2, fields.index(p.column)) if p.column in fields else None
            if item is not None:  # the bad cell in the preview, when it is one of the first rows
                item.setBackground(QColor("#fde0e0"))
                item.setToolTip(t(p.key, *p.args))
        if self.problems:
            rows_bad = len({p.row for p in self.problems})
            self._verdict(
                self.tr(
                    "{0} baris ditolak; tidak ada peserta yang akan diimpor. Perbaiki berkasnya lalu impor lagi."
                ).format(rows_bad),
                ok=False,
            )
        elif not self.people:
            self._verdict(self.tr("Tidak ada baris peserta."), ok=False)
        else:
            self._verdict(self.tr("{0} peserta siap diimpor.").format(len(self.people)), ok=True)

    def _verdict(self, text: str, *, ok: bool) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet("font-weight: 600; color: %s;" % ("#1b5e20" if ok else "#b00020"))
        self.import_button.setEnabled(ok)
        self.problem_list.setVisible(not ok and self.problem_list.count() > 0)
