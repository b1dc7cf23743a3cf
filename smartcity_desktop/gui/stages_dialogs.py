# SPDX-License-Identifier: GPL-3.0-or-later
"""Stages and versions: "Tutup tahap" takes a named snapshot inside the plan; "Versi" lists the snapshots and,
for one of them, prints it as it was, compares it (with another one or the plan as it is now) in a readable
change report, or restores it as a new plan file (never over one)."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.gui import dialogs, labels
from smartcity_desktop.gui.feedback import error_and_buttons
from smartcity_desktop.gui.formats import format_rupiah, format_timestamp
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.messages import language

log = logging.getLogger(__name__)
CONTEXT = "Stages"
ROLE = Qt.ItemDataRole.UserRole
CURRENT = ""  # the compare choice standing for the plan as it is now
SAME_WORDS = 12  # words of unchanged text kept on each side of a change in the chapter diff


def kind_label(kind: str) -> str:
    return labels.label("snapshot_kind", kind)


def plan_rows(session: PlanSession) -> Any:
    """Every content row of the open plan and its snapshots (what the change report and restore read)."""
    from smartcity_desktop.core.model import CONTENT_TABLES
    from smartcity_desktop.services.figures import read_rows

    return read_rows(session.db, (*CONTENT_TABLES, "snapshot"))


# -- Tutup tahap ---------------------------------------------------------------------------------------------


class CloseStageDialog(QDialog):
    """Which stage, and the version's name ("Draf Tahap 2, 5 September 2017" by default)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        from smartcity_desktop.services import stages

        super().__init__(parent)
        self.session = session
        self.snapshot_id: str | None = None
        self.setWindowTitle(self.tr("Tutup tahap"))
        self.setMinimumWidth(460)
        self.rows = {"workshop_stage": session.db.rows("workshop_stage"), "meeting": session.db.rows("meeting")}
        self.rows["snapshot"] = session.db.rows("snapshot")
        self.stage = QComboBox()
        default = None
        for s in sorted(self.rows["workshop_stage"], key=lambda s: s["number"]):
            self.stage.addItem(self.tr("Tahap {0} — {1}").format(s["number"], s.get("title") or ""), s["number"])
            if default is None and stages.stage_versions(self.rows, s["number"])[1] is None:
                default = s["number"]  # the first stage without its own draft yet
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Nama versi"))
        note = QLabel(
            self.tr(
                "Rencana disimpan apa adanya sebagai versi bernama di dalam berkas. Versi dapat dicetak, "
                "dibandingkan, dan dipulihkan sebagai berkas baru lewat Berkas > Versi."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("&Tahap"), self.stage)
        form.addRow(self.tr("&Nama versi"), self.name)
        self.error, buttons = error_and_buttons(self, self.tr("&Tutup tahap"))
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.stage.setCurrentIndex(max(0, self.stage.findData(default)))
        self._stage_changed()

    def _stage_changed(self) -> None:
        from smartcity_desktop.services import stages

        number = self.stage.currentData()
        if number is not None and not self.name.isModified():
            self.name.setText(stages.stage_snapshot_name(self.rows, number, language()))

    def accept(self) -> None:
        from smartcity_desktop.services import stages

        number = self.stage.currentData()
        if number is None:
            self.error.setText(self.tr("Rencana ini belum punya tahap lokakarya."))
            return
        messages: list[str] = []
        with self.session.errors_to(messages.append):
            self.snapshot_id = self.session.add(
                self.tr("Tutup tahap {0}").format(number), stages.close_stage, number, self.name.text().strip()
            )
        if self.snapshot_id is None:
            self.error.setText(" ".join(messages))
            return
        super().accept()


def close_stage(window: Any) -> str | None:
    """Berkas > Tutup tahap...: the new version's id, None when cancelled."""
    dlg = CloseStageDialog(window.session, window)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("Stages", "Versi disimpan: {0}").format(dlg.name.text().strip()), 8000
    )
    return dlg.snapshot_id


# -- the change report, readable -----------------------------------------------------------------------------


def _e(text: Any) -> str:
    return html.escape(str(text or ""))


def _diff_html(diff: list[tuple[str, str]]) -> str:
    """A chapter's word diff: deletions struck through in red, insertions underlined in green, long unchanged
    stretches shortened to their ends."""
    parts = []
    for i, (kind, words) in enumerate(diff):
        if kind == "old":
            parts.append(f'<span style="color:#b00020; background:#fde2e2;"><s>{_e(words)}</s></span>')
        elif kind == "new":
            parts.append(f'<span style="color:#1b5e20; background:#dcf5dc;"><u>{_e(words)}</u></span>')
        else:
            w = words.split()
            if len(w) > 2 * SAME_WORDS + 3:
                head = w[:SAME_WORDS] if i else []
                tail = w[-SAME_WORDS:] if i < len(diff) - 1 else []
                words = " ".join([*head, "…", *tail])
            parts.append(_e(words))
    return " ".join(parts)


def report_html(report: Any) -> str:
    """The change report (services.changes.ChangeReport) as the compare dialog shows it."""
    lang = report.lang
    c = report.counts()
    words = {
        "title": QCoreApplication.translate("Stages", "Perubahan dari {0} ke {1}"),
        "none": QCoreApplication.translate("Stages", "Tidak ada perubahan."),
        "budget": QCoreApplication.translate("Stages", "Anggaran"),
        "programs": QCoreApplication.translate("Stages", "Program"),
        "chapters": QCoreApplication.translate("Stages", "Bab"),
        "response": QCoreApplication.translate("Stages", "Tanggapan"),
        "added": QCoreApplication.translate("Stages", "Ditambah"),
        "removed": QCoreApplication.translate("Stages", "Dihapus"),
        "changed": QCoreApplication.translate("Stages", "Diubah"),
        "chapter_added": QCoreApplication.translate("Stages", "bab baru"),
        "chapter_removed": QCoreApplication.translate("Stages", "dihapus"),
        "chapter_changed": QCoreApplication.translate("Stages", "diubah"),
    }
    out = [
        f"<h2>{_e(words['title'].format(report.before_name, report.after_name))}</h2>",
        "<p>"
        + _e(
            QCoreApplication.translate(
                "Stages",
                "Program: {0} ditambah, {1} dihapus, {2} diubah. Bab diubah: {3}. Masukan dibuka: {4}, ditutup: {5}.",
            ).format(c["added"], c["removed"], c["changed"], c["chapters"], c["opened"], c["closed"])
        )
        + "</p>",
    ]
    if report.empty:
        out.append(f"<p><i>{_e(words['none'])}</i></p>")
        return "\n".join(out)
    out.append(f"<h3>{_e(words['budget'])}</h3>")
    out.append('<table border="1" cellspacing="0" cellpadding="3">')
    out.append(f"<tr><th></th><th>{_e(report.before_name)}</th><th>{_e(report.after_name)}</th></tr>")
    rows = [(QCoreApplication.translate("Stages", "Total anggaran"), report.budget_before, report.budget_after)]
    rows += [(name, a, b) for name, a, b in report.budget_by_dimension]
    for i, (name, a, b) in enumerate(rows):
        style = ' style="font-weight:bold;"' if i == 0 else ""
        mark = "" if a == b else ' style="background:#fff3cd;"'
        out.append(
            f"<tr{style}><td>{_e(name)}</td><td align=right>{_e(format_rupiah(a, lang))}</td>"
            f"<td align=right{mark}>{_e(format_rupiah(b, lang))}</td></tr>"
        )
    out.append("</table>")
    if report.programs:
        out.append(f"<h3>{_e(words['programs'])}</h3>")
        for kind in ("added", "removed", "changed"):
            items = [p for p in report.programs if p.kind == kind]
            if not items:
                continue
            out.append(f"<h4>{_e(words[kind])} ({len(items)})</h4><ul>")
            for p in items:
                name = f"<b>{_e(p.name)}</b> <span style='color:#555;'>({_e(p.dimension)})</span>"
                if kind == "removed":
                    name = f"<s>{name}</s>"
                out.append(f"<li>{name}")
                if p.fields:
                    out.append("<ul>")
                    for f in p.fields:
                        out.append(
                            f"<li>{_e(f.label)}: <span style='color:#b00020;'><s>{_e(f.before) or '–'}</s></span>"
                            f" → <span style='color:#1b5e20;'>{_e(f.after) or '–'}</span></li>"
                        )
                    out.append("</ul>")
                out.append("</li>")
            out.append("</ul>")
    if report.chapters:
        out.append(f"<h3>{_e(words['chapters'])}</h3>")
        for ch in report.chapters:
            title = _e(ch.title)
            if ch.title_before and ch.title_before != ch.title:
                title = f"<s>{_e(ch.title_before)}</s> → {title}"
            out.append(f"<h4>{title} <span style='color:#555;'>({_e(words['chapter_' + ch.kind])})</span></h4>")
            if ch.diff:
                out.append(f"<p>{_diff_html(ch.diff)}</p>")
    for title, items in (
        (QCoreApplication.translate("Stages", "Masukan dibuka"), report.feedback_opened),
        (QCoreApplication.translate("Stages", "Masukan ditutup"), report.feedback_closed),
    ):
        if not items:
            continue
        out.append(f"<h3>{_e(title)} ({len(items)})</h3><ul>")
        for f in items:
            status = " → ".join(x for x in (f.status_before, f.status_after) if x)
            line = f"<li>{_e(f.text)} <span style='color:#555;'>({_e(f.author)}; {_e(status)})</span>"
            if f.response:
                line += f"<br><i>{_e(words['response'])}: {_e(f.response)}</i>"
            out.append(line + "</li>")
        out.append("</ul>")
    return "\n".join(out)


class CompareDialog(QDialog):
    """The change report between two versions, readable, with "Simpan PDF..."."""

    def __init__(self, window: Any, before: str, after: str) -> None:
        from smartcity_desktop.services import stages
        from smartcity_desktop.services.changes import change_report

        super().__init__(window)
        self.window_ = window
        self.before, self.after = before, after
        rows = plan_rows(window.session)
        old, old_name = stages.rows_at(rows, before)
        new, new_name = stages.rows_at(rows, after or None)
        self.report = change_report(old, new, old_name, new_name, language())
        self.setWindowTitle(self.tr("Bandingkan versi"))
        self.resize(900, 640)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Laporan perubahan"))
        self.view.setOpenLinks(False)
        self.view.setHtml(report_html(self.report))
        self.pdf_button = QPushButton(self.tr("Simpan &PDF..."))
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(row)

    def text(self) -> str:
        return self.view.toPlainText()

    def save_pdf(self, out: str | None = None) -> Any:
        """The same report as a PDF document (the ``changes`` document of the exports)."""
        from smartcity_desktop.gui.actions import ExportJob

        options = {"from": self.before, "to": self.after or None}
        job = ExportJob(self.window_, self.window_.session.document, "pdf", "changes", options)
        job.start(out or None)
        return job


# -- Versi -----------------------------------------------------------------------------------------------------


class VersionsDialog(QDialog):
    """The plan's versions (name, date, kind); for the chosen one: PDF, compare, restore as a new file."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.session: PlanSession = window.session
        self.setWindowTitle(self.tr("Versi rencana"))
        self.resize(760, 460)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Tanggal"), self.tr("Jenis"), self.tr("Oleh")])
        self.table.setAccessibleName(self.tr("Daftar versi"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self.compare_with = QComboBox()
        self.compare_with.setAccessibleName(self.tr("Bandingkan dengan"))
        self.close_stage_button = QPushButton(self.tr("T&utup tahap..."))
        self.pdf_button = QPushButton(self.tr("&Cetak PDF versi ini..."))
        self.compare_button = QPushButton(self.tr("&Bandingkan"))
        self.restore_button = QPushButton(self.tr("&Pulihkan sebagai berkas baru..."))
        self.close_stage_button.clicked.connect(self._close_stage)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.compare_button.clicked.connect(lambda: self.compare())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.empty = QLabel(self.tr("Belum ada versi. Versi dibuat saat sebuah tahap ditutup (Tutup tahap)."))
        self.empty.setWordWrap(True)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Bandingkan &dengan")))
        compare.itemAt(0).widget().setBuddy(self.compare_with)  # type: ignore[union-attr]
        compare.addWidget(self.compare_with, 1)
        compare.addWidget(self.compare_button)
        buttons = QHBoxLayout()
        for b in (self.pdf_button, self.restore_button, self.close_stage_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)
        lay.addLayout(compare)
        lay.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from smartcity_desktop.services import stages

        keep = self.selected()
        self.versions = stages.snapshots({"snapshot": self.session.db.rows("snapshot")})
        self.table.setRowCount(len(self.versions))
        for r, v in enumerate(self.versions):
            for c, text in enumerate((v.name, format_timestamp(v.created_at), kind_label(v.kind), v.created_by)):
                item = QTableWidgetItem(text)
                item.setData(ROLE, v.id)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.versions)
        row = next((i for i, v in enumerate(self.versions) if keep and v.id == keep.id), len(self.versions) - 1)
        self.table.setCurrentCell(row, 0)
        self._enable()

    def selected(self) -> Any:
        row = self.table.currentRow()
        versions = getattr(self, "versions", [])
        return versions[row] if 0 <= row < len(versions) else None

    def select(self, name: str) -> None:
        for i, v in enumerate(self.versions):
            if v.name == name:
                self.table.setCurrentCell(i, 0)

    def _enable(self) -> None:
        v = self.selected()
        for b in (self.pdf_button, self.compare_button, self.restore_button, self.compare_with):
            b.setEnabled(v is not None)
        keep = self.compare_with.currentData()
        self.compare_with.clear()
        self.compare_with.addItem(QCoreApplication.translate("Stages", "Rencana saat ini"), CURRENT)
        for other in self.versions:
            if v is None or other.id != v.id:
                self.compare_with.addItem(other.name, other.id)
        self.compare_with.setCurrentIndex(max(0, self.compare_with.findData(keep)))

    def _close_stage(self) -> None:
        if close_stage(self.window_):
            self.refresh()

    def compare(self, other: str | None = None) -> CompareDialog | None:
        """Compare the chosen version with ``other`` (a version's id or name; "" the plan as it is now;
        None: the choice of the combo box)."""
        v = self.selected()
        if v is None:
            return None
        if other is None:
            other = self.compare_with.currentData() or CURRENT
        try:
            dlg = CompareDialog(self.window_, v.id, other)
        except PlanError as e:
            dialogs.error(self, e.message())
            return None
        self.compare_dialog = dlg
        dlg.show()
        return dlg

    def export_pdf(self, out: str | None = None) -> Any:
        """The chosen version printed as it was (the masterplan of that day)."""
        from smartcity_desktop.gui.actions import ExportJob

        v = self.selected()
        if v is None:
            return None
        job = ExportJob(self.window_, self.session.document, "pdf", None, {"snapshot": v.id})
        job.start(out)
        return job

    def restore(self, out: str | None = None) -> Path | None:
        """Write the chosen version as a new plan file (an existing file is refused), then offer to open it."""
        from smartcity_desktop.services import stages
        from smartcity_desktop.services.paths import who

        v = self.selected()
        if v is None:
            return None
        doc_path = self.session.document.path
        if out is None:
            safe = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in v.name).strip()
            suggested = doc_path.with_name(f"{doc_path.stem} - {' '.join(safe.split())}.smartcity")
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Pulihkan versi sebagai berkas baru"),
                str(suggested),
                self.tr("Rencana Smart City (*.smartcity)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not out:
                return None
        target = Path(out)
        if target.suffix.lower() != ".smartcity":
            target = target.with_name(target.name + ".smartcity")
        try:
            written = stages.restore_snapshot_as_new_file(self.session.db, v.id, target, who())
        except PlanError as e:
            dialogs.error(self, e.message())
            return None
        log.info("version %s restored as %s", v.name, written)
        if dialogs.confirm(
            self,
            self.tr("Versi “{0}” disimpan sebagai berkas baru:\n{1}\n\nBuka berkas itu sekarang?").format(
                v.name, written
            ),
        ):
            self.accept()
            self.window_.open_file_requested.emit(str(written))
        return written


def show_versions(window: Any) -> VersionsDialog:
    dlg = VersionsDialog(window)
    window.versions_dialog = dlg
    dlg.show()
    return dlg


def add_menu_actions(actions: Any) -> None:
    """Berkas > Tutup tahap... and Berkas > Versi... on the main window's menus."""
    window = actions.window
    close = dialogs.window_action(window, QCoreApplication.translate("Stages", "Tutup &tahap..."), close_stage)
    versions = dialogs.window_action(window, QCoreApplication.translate("Stages", "&Versi..."), show_versions)
    actions.file_menu.insertAction(actions.export_menu.menuAction(), close)
    actions.file_menu.insertAction(actions.export_menu.menuAction(), versions)
    actions.close_stage = close
    actions.versions = versions
