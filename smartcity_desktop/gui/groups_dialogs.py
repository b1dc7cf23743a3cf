# SPDX-License-Identifier: GPL-3.0-or-later
"""Working groups in the GUI: hand out copies ("Bagikan ke kelompok") and merge them back with a preview."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop import messages
from smartcity_desktop.core import labels as catalogue
from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.core.threeway import Conflict, Decision, word_diff
from smartcity_desktop.gui import dialogs
from smartcity_desktop.gui.header_fit import stretch, stretch_one
from smartcity_desktop.gui.search import table_name
from smartcity_desktop.services import groups

log = logging.getLogger(__name__)

KINDS = {
    "field": QT_TRANSLATE_NOOP("Groups", "diubah berbeda di master dan di kelompok"),
    "edit_delete": QT_TRANSLATE_NOOP("Groups", "dihapus kelompok, tetapi diubah di master"),
    "delete_edit": QT_TRANSLATE_NOOP("Groups", "dihapus di master, tetapi diubah kelompok"),
    "dangling": QT_TRANSLATE_NOOP("Groups", "merujuk ke bagian yang sudah dihapus di master"),
    "delete_in_use": QT_TRANSLATE_NOOP("Groups", "dihapus kelompok, tetapi masih dipakai isi baru di master"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Groups", text)


def field_name(column: str | None) -> str:
    return catalogue.column_name(column, messages.language())


def _where(table: str, column: str | None) -> str:
    return f"{table_name(table)} · {field_name(column)}"


def _value(table: str, column: str | None, value: Any, limit: int = 80) -> str:
    """A changed value as people read it: allowed values by their label ("Berjalan", not "ongoing")."""
    if isinstance(value, str) and value and column:
        return _short(catalogue.label(f"{table}.{column}", value, messages.language()), limit)
    return _short(value, limit)


def _short(value: Any, limit: int = 80) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("text") or ""
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HandOutDialog(QDialog):
    """Name the groups, tick the dimensions each drafts, pick the folder for the copies."""

    def __init__(self, dimensions: Sequence[dict[str, Any]], folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bagikan ke kelompok"))
        self.dimensions = list(dimensions)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "Setiap kelompok kerja mendapat salinan rencana sendiri. "
                    "Centang dimensi yang disusun tiap kelompok; salinan yang kembali digabungkan dengan "
                    "Berkas > Kelompok kerja > Gabungkan file kelompok."
                ),
                wordWrap=True,
            )
        )
        self.table = QTableWidget(0, 1 + len(self.dimensions))
        self.table.setHorizontalHeaderLabels([self.tr("Kelompok")] + [d.get("name") or "" for d in self.dimensions])
        stretch_one(self.table.horizontalHeader(), 0)  # dimension names whole, not cut
        self.table.setTabKeyNavigation(False)
        lay.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Tambah kelompok"))
        remove = QPushButton(self.tr("&Hapus kelompok"))
        add.clicked.connect(
            lambda: self.add_group(self.tr("Kelompok %1").replace("%1", str(self.table.rowCount() + 1)))
        )
        remove.clicked.connect(lambda: self.table.removeRow(max(self.table.currentRow(), 0)))
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        lay.addLayout(row_buttons)
        place = QHBoxLayout()
        place.addWidget(QLabel(self.tr("Folder salinan:")))
        self.folder = QLineEdit(folder)
        choose = QPushButton(self.tr("&Pilih..."))
        choose.clicked.connect(self._choose_folder)
        place.addWidget(self.folder, 1)
        place.addWidget(choose)
        lay.addLayout(place)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Bagikan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Bat&al"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for i in range(3):
            self.add_group(self.tr("Kelompok %1").replace("%1", str(i + 1)), [i * 2, i * 2 + 1])
        self.resize(1000, 360)

    def _next_name(self) -> str:
        return self.tr("Kelompok %1").replace("%1", str(self.table.rowCount() + 1))

    def add_group(self, name: str, dims: Sequence[int] = ()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        for col in range(len(self.dimensions)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if col in dims else Qt.CheckState.Unchecked)
            self.table.setItem(row, col + 1, item)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder salinan kelompok"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def chosen_groups(self) -> list[groups.Group]:
        """The named groups with the dimensions ticked for each."""
        out = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            name = cell.text().strip() if cell is not None else ""
            if not name:
                continue
            ticked = [self.table.item(row, col + 1) for col in range(len(self.dimensions))]
            dims = tuple(
                str(self.dimensions[col]["name"])
                for col, item in enumerate(ticked)
                if item is not None and item.checkState() == Qt.CheckState.Checked
            )
            out.append(groups.Group(name, dims))
        return out


class MergeDialog(QDialog):
    """The preview of a merge: per group what is added, changed and deleted, and each conflict to decide."""

    def __init__(self, outcome: groups.MergeOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gabungkan file kelompok"))
        self.outcome = outcome
        self.decisions: dict[str, Decision] = {}
        self.edits: dict[str, Any] = {}
        self._conflict: Conflict | None = None
        self._key = ""
        lay = QVBoxLayout(self)
        total = outcome.open_conflicts
        self.summary = QLabel(
            self.tr("Belum ada yang berubah. Periksa perubahan tiap kelompok; %n konflik perlu diputuskan.", "", total)
            if total
            else self.tr("Belum ada yang berubah. Tidak ada konflik: semua perubahan kelompok dapat digabungkan.")
        )
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Perubahan"), self.tr("Sebelum / master"), self.tr("Kelompok")])
        stretch(self.tree.header(), 0)
        split.addWidget(self.tree)
        split.addWidget(self._build_conflict_panel())
        split.setSizes([560, 420])
        lay.addWidget(split, 1)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("&Gabungkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Bat&al"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._fill()
        self.tree.expandAll()
        for col in (1, 2):
            self.tree.setColumnWidth(col, 200)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.resize(1000, 600)

    def _build_conflict_panel(self) -> QWidget:
        panel = QWidget()
        lay = QVBoxLayout(panel)
        self.conflict_title = QLabel(self.tr("Pilih sebuah konflik untuk memutuskannya."))
        self.conflict_title.setWordWrap(True)
        self.diff = QTextBrowser()
        lay.addWidget(self.conflict_title)
        lay.addWidget(self.diff, 1)
        self.choice = QButtonGroup(panel)
        self.later = QRadioButton(self.tr("Putuskan &nanti (tetap terbuka)"))
        self.keep = QRadioButton(self.tr("Pertahankan versi &master"))
        self.take = QRadioButton(self.tr("Ambil versi &kelompok"))
        self.edit = QRadioButton(self.tr("&Sunting:"))
        self.edited = QPlainTextEdit()
        self.edited.setMaximumHeight(90)
        self.edited.setTabChangesFocus(True)
        for i, button in enumerate((self.later, self.keep, self.take, self.edit)):
            self.choice.addButton(button, i)
            lay.addWidget(button)
        lay.addWidget(self.edited)
        self.choice.idClicked.connect(lambda _i: self._decide())
        self.edited.textChanged.connect(self._decide)
        self._enable(False)
        return panel

    def _enable(self, on: bool, editable: bool = False) -> None:
        for w in (self.later, self.keep, self.take):
            w.setEnabled(on)
        self.edit.setEnabled(on and editable)
        self.edited.setEnabled(on and editable)

    def _fill(self) -> None:
        for g in self.outcome.groups:
            p = g.plan
            top = QTreeWidgetItem([f"{g.group_name}  ({Path(g.path).name})", "", ""])
            self.tree.addTopLevelItem(top)
            sections = (
                (self.tr("Baru"), [(table_name(t), "", _short(r)) for t, r in p.inserts]),
                (
                    self.tr("Diubah"),
                    [
                        (
                            f"{table_name(u.table)} · {field_name(u.column)}",
                            _value(u.table, u.column, u.old),
                            _value(u.table, u.column, u.new),
                        )
                        for u in p.updates
                    ],
                ),
                (self.tr("Dihapus"), [(table_name(t), rid[:8], "") for t, rid in p.deletes]),
            )
            for title, items in sections:
                if not items:
                    continue
                node = QTreeWidgetItem([f"{title} ({len(items)})", "", ""])
                top.addChild(node)
                for cells in items:
                    node.addChild(QTreeWidgetItem(list(cells)))
            if p.conflicts:
                node = QTreeWidgetItem([self.tr("Konflik (%1)").replace("%1", str(len(p.conflicts))), "", ""])
                top.addChild(node)
                for c in p.conflicts:
                    item = QTreeWidgetItem(
                        [
                            f"{table_name(c.table)} · {field_name(c.column) or _tr(str(KINDS[c.kind]))}",
                            _value(c.table, c.column, c.master),
                            _value(c.table, c.column, c.group),
                        ]
                    )
                    item.setData(0, Qt.ItemDataRole.UserRole, c)
                    item.setData(0, Qt.ItemDataRole.UserRole + 1, groups.answer_key(g.copy_id, c))
                    node.addChild(item)
                node.setExpanded(True)
            top.setExpanded(True)

    def conflict_items(self) -> list[QTreeWidgetItem]:
        """The tree items of every conflict, in order."""
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is None:
                continue
            if isinstance(item.data(0, Qt.ItemDataRole.UserRole), Conflict):
                out.append(item)
            stack[0:0] = [item.child(k) for k in range(item.childCount())]
        return out

    def _show(self, item: QTreeWidgetItem | None) -> None:
        c = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self._conflict = None
        self._key = str(item.data(0, Qt.ItemDataRole.UserRole + 1)) if item is not None else ""
        if not isinstance(c, Conflict):
            self.conflict_title.setText(self.tr("Pilih sebuah konflik untuk memutuskannya."))
            self.diff.clear()
            self._enable(False)
            return
        self.conflict_title.setText(f"{table_name(c.table)} · {field_name(c.column)}: {_tr(str(KINDS[c.kind]))}")
        self.diff.setHtml(self._diff_html(c))
        editable = (
            c.kind == "field" and isinstance(c.master, str | type(None)) and isinstance(c.group, str | type(None))
        )
        self._enable(True, editable)
        decided = self.decisions.get(self._key)
        button = {None: self.later, "master": self.keep, "group": self.take}[decided]
        if self._key in self.edits:
            button = self.edit
        button.setChecked(True)
        self.edited.blockSignals(True)
        self.edited.setPlainText(str(self.edits.get(self._key, c.master or "")) if editable else "")
        self.edited.blockSignals(False)
        self._conflict = c

    def _diff_html(self, c: Conflict) -> str:
        master, group = _value(c.table, c.column, c.master, 4000), _value(c.table, c.column, c.group, 4000)
        if isinstance(c.master, str) and isinstance(c.group, str):
            parts = []
            for kind, words in word_diff(c.master, c.group):
                text = html.escape(words)
                if kind == "old":
                    parts.append(f"<span style='background:#fdd;text-decoration:line-through'>{text}</span>")
                elif kind == "new":
                    parts.append(f"<span style='background:#dfd'>{text}</span>")
                else:
                    parts.append(text)
            marked = " ".join(parts)
        else:
            marked = ""
        rows = [
            (self.tr("Master"), html.escape(master)),
            (self.tr("Kelompok"), html.escape(group)),
        ]
        if c.base is not None:
            rows.insert(0, (self.tr("Semula"), html.escape(_value(c.table, c.column, c.base, 4000))))
        body = "".join(f"<p><b>{k}</b><br>{v}</p>" for k, v in rows)
        if marked:
            body += f"<p><b>{self.tr('Beda kata')}</b><br>{marked}</p>"
        return body

    def _decide(self) -> None:
        if self._conflict is None:
            return
        self.choose(
            self._key,
            "master" if self.keep.isChecked() else "group" if self.take.isChecked() else None,
            self.edited.toPlainText() if self.edit.isChecked() else None,
        )

    def choose(self, key: str, decision: Decision | None, edited: str | None = None) -> None:
        """Decide one conflict (also used by tests): 'master', 'group', None (later) or a typed value."""
        self.decisions.pop(key, None)
        self.edits.pop(key, None)
        if edited is not None:
            self.edits[key] = edited
        elif decision is not None:
            self.decisions[key] = decision


def hand_out(parent: QWidget, session: Any) -> list[Path]:
    """File > Bagikan ke kelompok: ask for the groups, write their copies; returns the files written."""
    document = session.document
    dialog = HandOutDialog(document.db.rows("dimension"), str(Path(document.path).parent), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    chosen = dialog.chosen_groups()
    if not chosen:
        return []
    from datetime import date

    from smartcity_desktop.gui.formats import format_date
    from smartcity_desktop.messages import language, t

    try:
        files = groups.hand_out(
            document, chosen, dialog.folder.text(), t("groups.snapshot_name", format_date(date.today(), language()))
        )
    except PlanError as e:
        dialogs.error(parent, e.message())
        return []
    dialogs.info(
        parent,
        QCoreApplication.translate("Groups", "Salinan kelompok ditulis di %1:\n%2")
        .replace("%1", dialog.folder.text())
        .replace("%2", "\n".join(f.name for f in files)),
    )
    return files


def merge(parent: QWidget, session: Any, paths: Sequence[str] | None = None) -> groups.MergeOutcome | None:
    """File > Gabungkan file kelompok: pick files, preview, decide conflicts, merge as one undoable edit."""
    document = session.document
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("Groups", "Pilih file kelompok"),
            str(Path(document.path).parent),
            QCoreApplication.translate("Groups", "Rencana Smart City (*.smartcity);;Semua berkas (*)"),
        )
    if not paths:
        return None
    from smartcity_desktop.gui.merge_reading import read_for_merge

    try:  # vetted and read on a worker thread under a busy dialog (guigaps)
        read = read_for_merge(parent, document, list(paths))
    except PlanError as e:
        dialogs.error(parent, e.message())
        return None
    if read is None:  # Batal
        return None
    copies, preview = read
    dialog = MergeDialog(preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    label = (  # lupdate does not collect plural forms (%n) from Python
        QCoreApplication.translate("Groups", "Gabungkan satu file kelompok")
        if len(copies) == 1
        else QCoreApplication.translate("Groups", "Gabungkan {0} file kelompok").format(len(copies))
    )
    outcome = session.add(label, groups.merge_operation, copies, decisions=dialog.decisions, edits=dialog.edits)
    if outcome is None:
        return None
    left = outcome.open_conflicts
    dialogs.info(
        parent,
        QCoreApplication.translate(
            "Groups", "Penggabungan selesai. %n konflik masih terbuka dan tercatat di rencana.", "", left
        )
        if left
        else QCoreApplication.translate("Groups", "Penggabungan selesai tanpa konflik."),
    )
    return outcome
