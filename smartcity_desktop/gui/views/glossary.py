# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's glossary (Daftar Singkatan): add, rename, remove abbreviations, and take those the texts use."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.gui import dialogs
from smartcity_desktop.gui.form_widgets import FieldError
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.base import View
from smartcity_desktop.gui.views.row_table import Col, RowsModel
from smartcity_desktop.services.operations import glossary
from smartcity_desktop.services.reading.glossary import Candidate, candidate_terms

log = logging.getLogger(__name__)

COLUMNS = ("term", "meaning")


def sorted_terms(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The glossary in the printed order: by abbreviation, without case."""
    return sorted(rows, key=lambda r: (str(r.get("term") or "").casefold(), str(r.get("term") or "")))


class GlossaryModel(RowsModel):
    """The abbreviations sorted as printed; an edit of a cell is one undoable operation (``glossary.set_term``:
    the pair is checked together)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, glossary.TABLE, [Col("term", ""), Col("meaning", "")], parent)
        self.cols[0].header, self.cols[1].header = self.tr("Singkatan"), self.tr("Kepanjangan")

    def reload(self) -> None:
        self.set_rows(sorted_terms(self.session.db.rows(glossary.TABLE)))

    def commit(self, col: Col, row: dict[str, Any], new: Any) -> bool:
        values = {c: str(row[c] or "") for c in COLUMNS}
        values[col.name] = str(new or "").strip()
        label = self.tr("Ubah singkatan {0}").format(row["term"])
        return self.session.run(label, glossary.set_term, row["id"], values["term"], values["meaning"])


class GlossaryView(View):
    """Daftar Singkatan: a filterable table edited in place, a line to add a term, and a proposal of the
    abbreviations the plan's texts use."""

    tables = frozenset({glossary.TABLE})

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        intro = QLabel(
            self.tr(
                "Singkatan yang dipakai dalam rencana, dicetak sebagai Daftar Singkatan menurut abjad. "
                "Klik dua kali untuk mengubah."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Saring singkatan atau kepanjangan"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("Sar&ing:"))
        filter_label.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)

        self.model = GlossaryModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self._filter)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Daftar singkatan"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M") * 12)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.table_error = FieldError(self)
        self.model.input_error.connect(self.table_error.show_error)

        # the line to add a term, with its refusal beside it
        self.new_term = QLineEdit()
        self.new_term.setPlaceholderText(self.tr("mis. DPMPTSP"))
        self.new_term.setMaxLength(40)
        self.new_meaning = QLineEdit()
        self.new_meaning.setPlaceholderText(self.tr("mis. Dinas Penanaman Modal dan PTSP"))
        term_label = QLabel(self.tr("&Singkatan:"))
        term_label.setBuddy(self.new_term)
        meaning_label = QLabel(self.tr("&Kepanjangan:"))
        meaning_label.setBuddy(self.new_meaning)
        self.add_button = QPushButton(self.tr("&Tambah"))
        self.add_error = FieldError(self)
        add_row = QHBoxLayout()
        add_row.addWidget(term_label)
        add_row.addWidget(self.new_term, 1)
        add_row.addWidget(meaning_label)
        add_row.addWidget(self.new_meaning, 3)
        add_row.addWidget(self.add_button)
        for field in (self.new_term, self.new_meaning):
            field.returnPressed.connect(self.add_button.click)
            field.textEdited.connect(lambda _t: self.add_error.clear_error())
        add_key = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        add_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_key.activated.connect(self.new_term.setFocus)

        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.propose_button = QPushButton(self.tr("Isi dari teks &rencana..."))
        self.propose_button.setToolTip(
            self.tr("Cari singkatan (huruf kapital, 2–8 huruf) di teks rencana yang belum ada di daftar")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.table_error)
        lay.addLayout(add_row)
        lay.addWidget(self.add_error)
        lay.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_term())
        self.delete_button.clicked.connect(lambda: self.delete_term())
        self.propose_button.clicked.connect(lambda: self.propose())
        self.refresh()

    def guidance_key(self) -> str:
        return "glossary"

    # -- reading -------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_id()
        self.model.reload()
        if keep:
            self.select_row(glossary.TABLE, keep)
        self._show_count()
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n singkatan", "", total))
        else:
            self.count.setText(self.tr("{0} dari {1}").format(shown, total))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current_id() is not None)

    def current_id(self) -> str | None:
        idx = self.proxy.mapToSource(self.view.currentIndex())
        if not idx.isValid() or idx.row() >= len(self.model.rows):
            return None
        return str(self.model.rows[idx.row()]["id"])

    def select_row(self, table: str, row_id: str, column: int = 0) -> bool:
        if table != glossary.TABLE:
            return False
        for i, r in enumerate(self.model.rows):
            if r["id"] == row_id:
                idx = self.proxy.mapFromSource(self.model.index(i, column))
                if not idx.isValid():  # filtered out: show everything again
                    self.filter.clear()
                    idx = self.proxy.mapFromSource(self.model.index(i, column))
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.view.selectionModel().setCurrentIndex(idx, flags)
                self.view.scrollTo(idx)
                return True
        return False

    # -- writing -------------------------------------------------------------
    def add_term(self, term: str | None = None, meaning: str | None = None) -> str | None:
        """Add the typed (or given) abbreviation; a refusal (repeat, blank) shows beside the fields."""
        term = self.new_term.text() if term is None else term
        meaning = self.new_meaning.text() if meaning is None else meaning
        refused: list[str] = []
        with self.session.errors_to(refused.append):
            rid = self.session.add(
                self.tr("Tambah singkatan {0}").format(term.strip()), glossary.add_term, term, meaning
            )
        self.add_error.show_error(refused[-1] if refused else "")
        if rid is None:
            field = self.new_meaning if term.strip() and not meaning.strip() else self.new_term
            field.setFocus()
            field.selectAll()
            return None
        self.new_term.clear()
        self.new_meaning.clear()
        self.refresh()
        self.select_row(glossary.TABLE, rid)
        self.new_term.setFocus()
        return rid

    def delete_term(self) -> bool:
        rid = self.current_id()
        row = self.session.db.get(glossary.TABLE, rid) if rid else None
        if row is None:
            return False
        text = self.tr("Hapus \u201c{0}\u201d dari daftar singkatan? Bisa dibatalkan dengan Urungkan (Ctrl+Z).")
        if not dialogs.confirm(self, text.format(row["term"]), self.tr("Hapus singkatan")):
            return False
        return self.session.run(self.tr("Hapus singkatan {0}").format(row["term"]), glossary.delete_term, rid)

    def propose(self) -> int:
        """Show the abbreviations the texts use and the glossary lacks; add those ticked (one undo step)."""
        found = candidate_terms(self.session.db)
        if not found:
            dialogs.info(
                self,
                self.tr("Tidak ada singkatan baru di teks rencana: semuanya sudah ada di daftar."),
                self.tr("Isi dari teks rencana"),
            )
            return 0
        dialog = CandidatesDialog(found, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        chosen = dialog.chosen()
        if not chosen:
            return 0
        label = self.tr("Tambah %n singkatan dari teks rencana", "", len(chosen))
        return len(chosen) if self.session.run(label, glossary.add_terms, chosen) else 0


class CandidatesDialog(QDialog):
    """The abbreviations found in the texts: tick, type the meaning, add."""

    def __init__(self, found: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Singkatan di teks rencana"))
        self.resize(760, 480)
        self.found = found
        intro = QLabel(
            self.tr(
                "Kata berhuruf kapital (2–8 huruf) di teks rencana yang belum ada di daftar singkatan. "
                "Centang yang ingin ditambahkan dan isi kepanjangannya."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(found), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Singkatan"), self.tr("Kepanjangan"), self.tr("Contoh di teks")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        hdr = self.table.horizontalHeader()
        hdr.resizeSection(0, 130)
        hdr.resizeSection(1, 260)
        hdr.setStretchLastSection(True)
        for i, c in enumerate(found):
            tick = QTableWidgetItem(c.term)
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setToolTip(self.tr("%n kali di teks", "", c.count))
            self.table.setItem(i, 0, tick)
            self.table.setItem(i, 1, QTableWidgetItem(""))
            example = QTableWidgetItem(c.example)
            example.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            example.setToolTip(c.example)
            self.table.setItem(i, 2, example)
        self.table.itemChanged.connect(self._typed)
        self.error = FieldError(self)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Tambahkan yang dicentang"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addWidget(box)

    def _typed(self, item: QTableWidgetItem) -> None:
        """Typing a meaning ticks its abbreviation."""
        if item.column() == 1 and item.text().strip():
            tick = self.table.item(item.row(), 0)
            if tick is not None and tick.checkState() != Qt.CheckState.Checked:
                tick.setCheckState(Qt.CheckState.Checked)

    def set_meaning(self, term: str, meaning: str) -> None:
        """Tick ``term`` and give its meaning (as a user would type it)."""
        for i, c in enumerate(self.found):
            if c.term == term:
                self.table.item(i, 1).setText(meaning)  # type: ignore[union-attr]
                self.table.item(i, 0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]

    def chosen(self) -> list[tuple[str, str]]:
        out = []
        for i, c in enumerate(self.found):
            tick, meaning = self.table.item(i, 0), self.table.item(i, 1)
            if tick is not None and tick.checkState() == Qt.CheckState.Checked:
                out.append((c.term, meaning.text().strip() if meaning is not None else ""))
        return out

    def accept(self) -> None:
        missing = [t for t, m in self.chosen() if not m]
        if missing:
            self.error.show_error(self.tr("Isi kepanjangan untuk: {0}").format(", ".join(missing)))
            return
        super().accept()
