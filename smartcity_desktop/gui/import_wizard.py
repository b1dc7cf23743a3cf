# SPDX-License-Identifier: GPL-3.0-or-later
"""Berkas > Impor program dari Excel/CSV: file and sheet, header rows, column mapping, preview with
problems per row and bulk dimension assignment, agency confirmation, then one undoable import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.core.formats import format_rupiah
from smartcity_desktop.gui import dialogs
from smartcity_desktop.gui.header_fit import stretch
from smartcity_desktop.gui.labels import noun
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.imports.layout import FIELDS
from smartcity_desktop.imports.workbook import Workbook, read_workbook
from smartcity_desktop.messages import language, t
from smartcity_desktop.services import program_import as pi

ERROR_BRUSH = QBrush(QColor("#F4CCCC"))
SKIP_BRUSH = QBrush(QColor("#EEEEEE"))
WARN_BRUSH = QBrush(QColor("#FFF2CC"))
NEW_AGENCY = "__new__"


def field_labels(wizard: QWidget) -> dict[str, str]:
    """The fields a column can hold, as the user reads them."""
    tr = wizard.tr
    return {
        "code": tr("Kode program"),
        "name": tr("Nama program"),
        "activities": tr("Kegiatan"),
        "lead_agency": tr("OPD pelaksana"),
        "supporting_agencies": tr("OPD pendukung"),
        "funding": tr("Sumber dana"),
        "first_year": tr("Tahun mulai"),
        "last_year": tr("Tahun akhir"),
        "years": tr("Tahun (rentang)"),
        "indicator": tr("Indikator"),
        "unit": tr("Satuan"),
        "baseline": tr("Baseline"),
        "baseline_year": tr("Tahun baseline"),
        "data_source": tr("Sumber data"),
        "source_doc": tr("Dokumen sumber (RPJMD/Renstra/baru)"),
        "dimension": tr("Dimensi"),
        "element": tr("Elemen"),
        "horizon": tr("Jangka waktu"),
        "quick_win": noun("quick_win"),
        "description": tr("Keterangan"),
    }


class ImportWizard(QWizard):
    """The import, step by step; nothing changes in the plan before the last page is accepted."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Impor program dari Excel/CSV"))
        self.workbook: Workbook | None = None
        self.choices = pi.ImportChoices()
        self.mapping: dict[int, str] = {}
        self.preview: pi.Preview | None = None
        self.outcome: pi.ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.agency_page = AgencyPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.agency_page):
            self.addPage(page)
        self.resize(1000, 640)
        if path:
            self.file_page.load(path)

    # -- steps used by the pages ----------------------------------------------------------------------
    def make_preview(self) -> pi.Preview | None:
        if self.workbook is None:
            return None
        try:
            self.preview = pi.preview(self.session.db, self.workbook, dict(self.mapping), self.choices)
        except PlanError as e:
            self.session.failed.emit(e.message())
            self.preview = None
        return self.preview

    def accept(self) -> None:
        if self.preview is None or not self.run_import():
            return
        r = self.outcome
        if r is not None:
            from PySide6.QtWidgets import QMessageBox

            done = t("import.done", r.programs_added, r.programs_merged, r.indicators, r.budgets, len(r.agencies_added))
            QMessageBox.information(self, self.windowTitle(), done)
        super().accept()

    def run_import(self) -> bool:
        """The import as one undoable action."""
        pv = self.preview
        if pv is None:
            return False
        result = self.session.add(self.tr("Impor program"), pi.import_operation, pv, self.choices)
        if result is None:
            return False
        self.outcome = result
        pi.remember_mapping(pv.layout_key, pv.mapping, pv.header_rows)
        return True


class _Page(QWizardPage):
    """A page of the wizard, knowing the wizard (``wiz``) and showing a title and a subtitle."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard

    def heading(self, title: str, subtitle: str = "") -> None:
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.heading(
            self.tr("Berkas dan lembar"), self.tr("Pilih berkas .xlsx, .xls atau .csv berisi program RPJMD/Renstra.")
        )
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Pilih..."))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.currentTextChanged.connect(self.sheet_changed)
        self.first_header = QSpinBox()
        self.first_header.setRange(1, 100)
        self.header_count = QSpinBox()
        self.header_count.setRange(1, 2)
        self.info = QLabel()
        self.info.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Berkas:"), row)
        form.addRow(self.tr("Lembar:"), self.sheet)
        form.addRow(self.tr("Baris judul pertama:"), self.first_header)
        form.addRow(self.tr("Jumlah baris judul:"), self.header_count)
        form.addRow(self.info)

    def browse(self) -> None:
        filters = self.tr("Lembar kerja (*.xlsx *.xlsm *.xls *.csv *.txt)")
        dialogs.open_file(self, self.tr("Impor program"), filters, self.load)

    def load(self, path: str) -> bool:
        try:
            wb = read_workbook(path)
        except PlanError as e:
            self.info.setText(e.message())
            self.wiz.workbook = None
            self.completeChanged.emit()
            return False
        self.wiz.workbook = wb
        self.path.setText(path)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(wb.sheet_names)
        self.sheet.blockSignals(False)
        self.sheet_changed(wb.sheet_names[0])
        self.completeChanged.emit()
        return True

    def sheet_changed(self, name: str) -> None:
        wb = self.wiz.workbook
        if wb is None or not name:
            return
        self.wiz.choices.sheet = name
        self.wiz.choices.header_rows = None
        layout = pi.detect(wb, self.wiz.choices)
        self.first_header.setValue(layout.header_rows[0])
        self.header_count.setValue(len(layout.header_rows))
        kind = wb.kind.upper()
        if wb.kind == "csv":
            sep = {"\t": "Tab", ";": ";", ",": ",", "|": "|"}.get(wb.delimiter or ",", wb.delimiter or "")
            kind += self.tr(", pengodean {0}, pemisah {1}").replace("{0}", wb.encoding or "").replace("{1}", sep)
        self.info.setText(kind)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.wiz.workbook is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        first, count = self.first_header.value(), self.header_count.value()
        self.wiz.choices.header_rows = list(range(first, first + count))
        return True


class MappingPage(_Page):
    """One line per sheet column: its header, sample values and the field it holds (a combo)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.heading(self.tr("Kolom"), self.tr("Periksa isi setiap kolom; tebakan dari judul kolom dapat diubah."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Judul kolom"), self.tr("Contoh isi"), self.tr("Isian")])
        stretch(self.table.horizontalHeader(), 1)
        self.combos: list[QComboBox] = []
        box = QVBoxLayout(self)
        box.addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        from openpyxl.utils import get_column_letter

        wb = self.wiz.workbook
        if wb is None:
            return
        sheet = wb.sheet(self.wiz.choices.sheet)
        rows = self.wiz.choices.header_rows or [1]
        from smartcity_desktop.imports.layout import guess_mapping, header_texts, layout_key

        headers = header_texts(sheet, rows)
        mapping = pi.remembered_mapping(layout_key(headers)) or guess_mapping(headers, sheet.hidden_cols)
        plan = self.wiz.session.db.plan()
        years = range(int(plan.get("period_start") or 2018), int(plan.get("period_end") or 2027) + 1)
        mapped_years = {int(f.split(":")[1]) for f in mapping.values() if ":" in f}
        all_years = sorted(set(years) | mapped_years)
        labels = field_labels(self)
        choices: list[tuple[str, str]] = [("", self.tr("(abaikan)"))]
        choices += [(f, labels[f]) for f in FIELDS]
        choices += [(f"budget:{y}", self.tr("Anggaran {0}").replace("{0}", str(y))) for y in all_years]
        choices += [(f"target:{y}", self.tr("Target {0}").replace("{0}", str(y))) for y in all_years]
        self.table.setRowCount(len(headers))
        self.combos = []
        start = max(rows) + 1
        for i, h in enumerate(headers, start=1):
            hidden = self.tr(" (tersembunyi)") if i in sheet.hidden_cols else ""
            self.table.setItem(i - 1, 0, QTableWidgetItem(f"{get_column_letter(i)}: {h}{hidden}"))
            samples = [sheet.value(r, i) for r in range(start, min(start + 6, len(sheet.cells) + 1))]
            text = " | ".join(str(v) for v in samples if v not in (None, ""))[:120]
            self.table.setItem(i - 1, 1, QTableWidgetItem(text))
            combo = QComboBox()
            for value, label in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i, ""))))
            self.table.setCellWidget(i - 1, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)

    def set_field(self, column: int, fld: str) -> None:
        """Choose the field of a column (1-based) as the user would with the combo."""
        combo = self.combos[column - 1]
        combo.setCurrentIndex(combo.findData(fld))

    def mapping(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos, start=1) if c.currentData()}

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.wiz.mapping = self.mapping()
        return "name" in self.wiz.mapping.values() or "indicator" in self.wiz.mapping.values()


class PreviewPage(_Page):
    """Every row as it would be imported; select rows and assign a dimension/element to all of them."""

    COLUMNS = 8

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.heading(self.tr("Pratinjau"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Baris"),
                self.tr("Status"),
                self.tr("Program"),
                self.tr("OPD"),
                self.tr("Dimensi"),
                self.tr("Elemen"),
                self.tr("Anggaran"),
                self.tr("Masalah"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)  # the sheet's row numbers are in the first column
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        stretch(self.table.horizontalHeader(), 7)
        self.dimension = QComboBox()
        self.element = QComboBox()
        self.dimension.currentIndexChanged.connect(self._fill_elements)
        self.assign = QPushButton(self.tr("Terapkan ke baris terpilih"))
        self.assign.clicked.connect(self.assign_selected)
        self.decision = QComboBox()
        for value, label in (
            ("merge", self.tr("gabungkan")),
            ("skip", self.tr("lewati")),
            ("new", self.tr("tambah sebagai baru")),
        ):
            self.decision.addItem(label, value)
        self.decide = QPushButton(self.tr("Program serupa: terapkan"))
        self.decide.clicked.connect(self.decide_selected)
        self.skip_bad = QCheckBox(self.tr("Lewati baris yang ditolak"))
        self.skip_bad.toggled.connect(self._skip_bad)
        self.summary = QLabel()
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Dimensi:")))
        tools.addWidget(self.dimension)
        tools.addWidget(QLabel(self.tr("Elemen:")))
        tools.addWidget(self.element, 1)
        tools.addWidget(self.assign)
        tools2 = QHBoxLayout()
        tools2.addWidget(self.decision)
        tools2.addWidget(self.decide)
        tools2.addStretch(1)
        tools2.addWidget(self.skip_bad)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(tools)
        box.addLayout(tools2)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        db = self.wiz.session.db
        self.dimension.blockSignals(True)
        self.dimension.clear()
        for d in db.rows("dimension"):
            self.dimension.addItem(d["name"], d["id"])
        self.dimension.blockSignals(False)
        self._fill_elements()
        self.wiz.make_preview()
        self.refresh()

    def _fill_elements(self) -> None:
        self.element.clear()
        self.element.addItem(self.tr("(tanpa elemen)"), None)
        did = self.dimension.currentData()
        for e in self.wiz.session.db.rows("element"):
            if e["dimension_id"] == did:
                self.element.addItem(e["name"], e["id"])

    def _skip_bad(self, on: bool) -> None:
        self.wiz.choices.skip_bad = on
        self.completeChanged.emit()

    def refresh(self) -> None:
        pv = self.wiz.preview
        self.table.setRowCount(0)
        if pv is None:
            self.completeChanged.emit()
            return
        pi.resolve(self.wiz.session.db, pv, self.wiz.choices)
        names = {d["id"]: d["name"] for d in self.wiz.session.db.rows("dimension")}
        names.update({e["id"]: e["name"] for e in self.wiz.session.db.rows("element")})
        lang = language()
        self.table.setRowCount(len(pv.rows))
        for i, r in enumerate(pv.rows):
            s = r.source
            if r.kind == "skipped":
                status = self.tr("dilewati")
                name = t(f"import.skipped_{s.skip_reason}") + (f": {s.text}" if s.text else "")
            elif r.kind == "indicator":
                status = self.tr("indikator")
                name = "+ " + ", ".join(ind.name for ind in s.indicators)
            else:
                status = self.tr("program")
                name = f"{s.code} {s.name}" if s.code else s.name
                if r.duplicate_of:
                    status += " (" + self.decision.itemText(self.decision.findData(r.decision)) + ")"
            if r.refused:
                status = self.tr("ditolak")
            agency = ""
            if r.lead:
                agency = r.lead.label if r.lead.agency_id else r.lead.text + " (+)"
            problems = "; ".join(t(p.key, *p.args) for p in r.all_problems)
            values = [
                str(s.number),
                status,
                name,
                agency,
                names.get(r.dimension_id or "", ""),
                names.get(r.element_id or "", ""),
                format_rupiah(sum(s.budgets.values()), lang) if s.budgets else "",
                problems,
            ]
            brush = (
                ERROR_BRUSH
                if r.refused
                else SKIP_BRUSH
                if r.kind == "skipped"
                else WARN_BRUSH
                if r.all_problems
                else None
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, s.number)
                if brush is not None:
                    item.setBackground(brush)
                self.table.setItem(i, c, item)
        refused = len(pv.refused)
        self.summary.setText(
            t(
                "import.summary",
                len(pv.programs),
                sum(len(r.source.indicators) for r in pv.rows if not r.refused),
                len(pv.skipped),
                refused,
            )
        )
        self.completeChanged.emit()

    def selected_numbers(self) -> list[int]:
        rows = {i.row() for i in self.table.selectedIndexes()}
        items = [self.table.item(r, 0) for r in sorted(rows)]
        return [int(i.text()) for i in items if i is not None]

    def assign_selected(self) -> None:
        """Bulk-assign: the chosen dimension and element go to every selected program row."""
        did = self.dimension.currentData()
        if not did:
            return
        eid = self.element.currentData()
        programs = {r.number for r in (self.wiz.preview.programs if self.wiz.preview else [])}
        for n in self.selected_numbers():
            if n in programs:
                self.wiz.choices.dimensions[n] = (did, eid)
        self.refresh()

    def decide_selected(self) -> None:
        for n in self.selected_numbers():
            self.wiz.choices.duplicates[n] = str(self.decision.currentData())
        self.refresh()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        pv = self.wiz.preview
        return pv is not None and (not pv.refused or self.wiz.choices.skip_bad)


class AgencyPage(_Page):
    """Each agency the sheet names: the registry entry it was matched to (confirm or change) or a new one."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.heading(
            self.tr("OPD"),
            self.tr("OPD di lembar kerja dicocokkan dengan daftar OPD rencana. Periksa; yang tidak ada ditambahkan."),
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Di lembar kerja"), self.tr("Kemiripan"), self.tr("OPD rencana")])
        stretch(self.table.horizontalHeader(), 2)
        self.combos: dict[str, QComboBox] = {}
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Impor"))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        pv = self.wiz.preview
        matches = list(pv.agencies.values()) if pv else []
        agencies = self.wiz.session.db.rows("agency")
        self.table.setRowCount(len(matches))
        self.combos = {}
        for i, m in enumerate(matches):
            self.table.setItem(i, 0, QTableWidgetItem(m.text))
            self.table.setItem(i, 1, QTableWidgetItem(f"{round(m.confidence * 100)}%" if m.agency_id else ""))
            combo = QComboBox()
            combo.addItem(self.tr("(tambahkan sebagai OPD baru)"), NEW_AGENCY)
            for a in agencies:
                combo.addItem(f"{a.get('code') or ''} - {a['name']}".strip(" -"), a["id"])
            chosen = self.wiz.choices.agencies.get(m.text, m.agency_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen or NEW_AGENCY)))
            combo.currentIndexChanged.connect(lambda _i, text=m.text, c=combo: self._chosen(text, c))
            self.table.setCellWidget(i, 2, combo)
            self.combos[m.text] = combo
        self.table.resizeColumnToContents(0)

    def _chosen(self, text: str, combo: QComboBox) -> None:
        value = combo.currentData()
        self.wiz.choices.agencies[text] = None if value == NEW_AGENCY else str(value)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        for text, combo in self.combos.items():
            self._chosen(text, combo)  # confirming the page confirms every match shown
        return True


def open_import_wizard(session: PlanSession, parent: QWidget | None = None) -> ImportWizard:
    """Show the wizard (non-blocking) for the menu action."""
    wizard = ImportWizard(session, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


__all__ = ["ImportWizard", "open_import_wizard"]
