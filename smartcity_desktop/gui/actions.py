# SPDX-License-Identifier: GPL-3.0-or-later
"""Menus and actions of the main window; they only emit request signals (the window decides)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal, SignalInstance
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog, QWidget

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.gui import dialogs
from smartcity_desktop.services.document import PlanDocument

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("pdf", "docx", "xlsx", "json")
LARGE_EXPORT = 10 * 1024 * 1024


class MainActions(QObject):
    """Builds the menu bar of ``window``; each action emits a ``*_requested`` signal."""

    new_requested = Signal()
    open_requested = Signal()
    open_recent_requested = Signal(str)
    save_copy_requested = Signal()
    hand_out_requested = Signal()
    merge_requested = Signal()
    export_requested = Signal(str, object)  # format, document name (None: the format's default)
    close_requested = Signal()
    quit_requested = Signal()
    search_requested = Signal()
    history_requested = Signal()
    zoom_in_requested = Signal()
    zoom_out_requested = Signal()
    zoom_reset_requested = Signal()
    preferences_requested = Signal()
    about_requested = Signal()
    import_programs_requested = Signal()  # branch excel
    presenter_requested = Signal()  # ws-presenter
    timer_requested = Signal()  # ws-presenter

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, recent: list[str], *, later: bool = False) -> None:
        """The menu bar's titles now; their items now too, or with ``later`` when ``fill`` is called (the
        launch: after the window's first paint, issue 10) or a menu is opened, whichever comes first."""
        super().__init__(window)
        self.window = window
        self.undo_stack = undo_stack
        self.recent = recent
        self.filled = False
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Berkas"))
        self.edit_menu = bar.addMenu(self.tr("Suntin&g"))
        self.view_menu = bar.addMenu(self.tr("Tampi&lan"))
        self.tools_menu = bar.addMenu(self.tr("&Alat"))
        self.help_menu = bar.addMenu(self.tr("Bantuan"))
        if not later:
            self.fill()
            return
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.tools_menu, self.help_menu):
            menu.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """The menus' items and their shortcuts (once)."""
        if self.filled:
            return
        self.filled = True
        undo_stack, recent = self.undo_stack, self.recent

        self.new = self._action(self.file_menu, self.tr("&Baru..."), self.new_requested, QKeySequence.StandardKey.New)
        self.open = self._action(
            self.file_menu, self.tr("B&uka..."), self.open_requested, QKeySequence.StandardKey.Open
        )
        self.recent_menu = self.file_menu.addMenu(self.tr("Buka &Terakhir"))
        self.set_recent(recent)
        self.file_menu.addSeparator()
        self.save_copy = self._action(
            self.file_menu,
            self.tr("&Simpan Salinan Sebagai..."),
            self.save_copy_requested,
            QKeySequence("Ctrl+Shift+S"),
        )
        self.groups_menu = self.file_menu.addMenu(self.tr("&Kelompok kerja"))
        self.hand_out = self._action(self.groups_menu, self.tr("&Bagikan ke kelompok..."), self.hand_out_requested)
        self.merge = self._action(self.groups_menu, self.tr("&Gabungkan file kelompok..."), self.merge_requested)
        self.export_menu = self.file_menu.addMenu(self.tr("&Ekspor"))
        self.export: dict[str, QAction] = {}
        for key, fmt, document, label in (
            ("pdf", "pdf", None, self.tr("&Masterplan (PDF)...")),
            ("summary", "pdf", "summary", self.tr("&Ringkasan Eksekutif (PDF)...")),
            ("quickwin", "pdf", "quickwin", self.tr("Profil &Quick Win (PDF)...")),
            ("roadmap", "pdf", "roadmap", self.tr("Road &Map (PDF)...")),
            ("docx", "docx", None, self.tr("Masterplan untuk &Word (DOCX)...")),
            ("xlsx", "xlsx", None, self.tr("Matriks program &Excel (XLSX)...")),
            ("json", "json", None, self.tr("&JSON (pertukaran data)...")),
            ("merges", "pdf", "merges", self.tr("&Laporan penggabungan kelompok (PDF)...")),
        ):
            act = QAction(label, self.window)
            act.triggered.connect(lambda _checked=False, f=fmt, d=document: self.export_requested.emit(f, d))
            self.export_menu.addAction(act)
            if key == "docx":
                self.export_menu.insertSeparator(act)
            self.export[key] = act
        self.export["pdf"].setShortcut(QKeySequence("Ctrl+E"))
        self.import_programs = self._action(  # branch excel
            self.file_menu, self.tr("&Impor program dari Excel/CSV..."), self.import_programs_requested
        )
        self.file_menu.addSeparator()
        self.close = self._action(
            self.file_menu, self.tr("&Tutup Rencana"), self.close_requested, QKeySequence.StandardKey.Close
        )
        self.quit = self._action(self.file_menu, self.tr("&Keluar"), self.quit_requested, QKeySequence("Ctrl+Q"))

        self.undo = undo_stack.createUndoAction(self.window, self.tr("Urungkan"))
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = undo_stack.createRedoAction(self.window, self.tr("Ulangi"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.edit_menu.addSeparator()
        self.search = self._action(self.edit_menu, self.tr("&Cari di Rencana..."), self.search_requested, "Ctrl+F")
        self.history = self._action(self.edit_menu, self.tr("&Riwayat..."), self.history_requested, "Ctrl+H")

        self.zoom_in = self._action(self.view_menu, self.tr("Per&besar"), self.zoom_in_requested, "Ctrl+=")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out = self._action(self.view_menu, self.tr("Per&kecil"), self.zoom_out_requested, "Ctrl+-")
        self.zoom_reset = self._action(self.view_menu, self.tr("Ukuran &normal"), self.zoom_reset_requested, "Ctrl+0")
        self.view_menu.addSeparator()  # ws-presenter: presenter mode and the group-work countdown
        self.presenter = self._action(self.view_menu, self.tr("Mode &presentasi"), self.presenter_requested, "F5")
        self.timer = self._action(self.view_menu, self.tr("&Timer kerja kelompok..."), self.timer_requested)

        self.preferences = self._action(self.tools_menu, self.tr("&Preferensi..."), self.preferences_requested)
        from smartcity_desktop.gui.backups_dialog import add_menu_actions  # rel-backup: Cadangan, Periksa dokumen

        add_menu_actions(self)
        from smartcity_desktop.gui import feedback, stages_dialogs  # ws-feedback: Tambah masukan, Tutup tahap, Versi

        feedback.add_menu_action(self)
        stages_dialogs.add_menu_actions(self)

        self.about = self._action(self.help_menu, self.tr("&Tentang Aplikasi"), self.about_requested)

    def _action(
        self,
        menu: QMenu,
        text: str,
        signal: SignalInstance,
        shortcut: QKeySequence.StandardKey | QKeySequence | str | None = None,
    ) -> QAction:
        act = QAction(text, self.window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        act.triggered.connect(lambda _checked=False: signal.emit())
        menu.addAction(act)
        return act

    def set_recent(self, recent: list[str]) -> None:
        """Fill File > Buka Terakhir with ``recent`` paths (newest first)."""
        self.recent_menu.clear()
        for i, path in enumerate(recent[:9], 1):
            act = QAction(f"&{i} {Path(path).name}", self.window)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _checked=False, p=path: self.open_recent_requested.emit(p))
            self.recent_menu.addAction(act)
        self.recent_menu.setEnabled(bool(recent))


class ExportWorker(QThread):
    """Writes one export off the GUI thread (the document file is refreshed first)."""

    done = Signal(str)  # output path
    failed = Signal(str)  # translated message
    progressed = Signal(int)  # percent, from the writers that report progress (PDF)

    def __init__(
        self, document: PlanDocument, out: Path, fmt: str, name: str | None = None, options: dict | None = None
    ) -> None:
        super().__init__()
        self.document = document
        self.out = out
        self.fmt = fmt
        self.name = name
        self.options = options  # the document's options (snapshot, from/to: ws-feedback)
        self.cancelled = False

    def run(self) -> None:
        from smartcity_desktop.services.exporting import export_file

        try:
            source = self.document.path
            if self.document.dirty and not self.document.read_only:
                self.document.snapshot()
            elif self.document.dirty:  # read-only document: export from a fresh copy of the edits
                source = Path(tempfile.mkdtemp(prefix="smartcity-export-")) / "plan.smartcity"
                self.document.save_copy(source)
            export_file(
                source,
                self.out,
                self.fmt,
                self.name,
                progress=lambda f: self.progressed.emit(int(f * 100)),
                cancel=lambda: self.cancelled,
                options=self.options,
            )
        except PlanError as e:
            if not self.cancelled:  # a cancelled export leaves nothing behind and needs no message
                self.failed.emit(e.message())
            return
        except Exception as e:
            log.exception("export failed")
            self.failed.emit(QCoreApplication.translate("Export", "Ekspor gagal: {0}").format(type(e).__name__))
            return
        if self.cancelled:
            self.out.unlink(missing_ok=True)
            return
        self.done.emit(str(self.out))


class ExportJob(QObject):
    """Asks for a target, runs ExportWorker with a progress dialog, then reports size and offers to open it."""

    def __init__(
        self, parent: QWidget, document: PlanDocument, fmt: str, name: str | None = None, options: dict | None = None
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.document = document
        self.fmt = fmt
        self.name = name
        self.options = options
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.stem = ""  # the suggested file name without its extension (default: the plan's, with the document)

    def start(self, out: str | None = None) -> bool:
        from smartcity_desktop.services.exporting import available_formats

        if self.fmt not in available_formats():
            dialogs.info(
                self.parent_widget,
                self.tr("Ekspor ke {0} belum tersedia di versi ini. Yang sudah tersedia: {1}.").format(
                    self.fmt.upper(), ", ".join(f.upper() for f in available_formats())
                ),
            )
            return False
        if out is None:
            suffix = {
                "summary": self.tr("Ringkasan Eksekutif"),
                "quickwin": self.tr("Profil Quick Win"),
                "roadmap": self.tr("Road Map"),
            }.get(self.name or "")
            stem = self.stem or self.document.path.stem + (f" - {suffix}" if suffix else "")
            suggested = export_folder(self.document) / (stem + "." + self.fmt)
            out, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                self.tr("Ekspor ke {0}").format(self.fmt.upper()),
                str(suggested),
                f"{self.fmt.upper()} (*.{self.fmt})",
            )
            if not out:
                return False
        target = Path(out)
        if target.suffix.lower() != "." + self.fmt:
            target = target.with_name(target.name + "." + self.fmt)
        self.progress = QProgressDialog(
            self.tr("Mengekspor {0}...").format(target.name), self.tr("Batal"), 0, 0, self.parent_widget
        )
        self.progress.setWindowTitle(self.tr("Ekspor"))
        self.progress.setMinimumDuration(300)
        self.worker = ExportWorker(self.document, target, self.fmt, self.name, self.options)
        self.progress.canceled.connect(self._cancel)
        self.worker.done.connect(self._done)
        self.worker.progressed.connect(self._progressed)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.worker.start()
        return True

    def _progressed(self, percent: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(100)
            self.progress.setValue(max(0, min(99, percent)))

    def _cancel(self) -> None:
        if self.worker:
            self.worker.cancelled = True

    def _finished(self) -> None:
        if self.progress:
            self.progress.reset()
        if self.worker is not None:
            self.worker.deleteLater()  # a finished QThread: deleted now, not by a later garbage collection
        self.deleteLater()

    def _failed(self, message: str) -> None:
        dialogs.error(self.parent_widget, message)

    def _done(self, out: str) -> None:
        if self.progress:
            self.progress.reset()
        path = Path(out)
        size = path.stat().st_size
        text = self.tr("Ekspor selesai: {0} ({1})").format(path.name, format_size(size))
        if size > LARGE_EXPORT:
            text += "\n\n" + self.tr("Berkas lebih dari 10 MB; mungkin terlalu besar untuk dikirim lewat email.")
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning if size > LARGE_EXPORT else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Ekspor"))
        box.setText(text)
        open_file = box.addButton(self.tr("Buka &berkas"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Buka &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Tutup"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def export_folder(document: PlanDocument) -> Path:
    """Where an export is offered: beside the plan, except for a plan in our own data folder (the demo) or a
    read-only one: then the user's Documents folder (their home when there is none)."""
    from smartcity_desktop.services.paths import data_dir

    folder = document.path.parent
    try:
        folder.resolve().relative_to(data_dir().resolve())
        inside = True
    except ValueError:
        inside = False
    if inside or document.read_only:
        documents = Path.home() / "Documents"
        return documents if documents.is_dir() else Path.home()
    return folder


def format_size(size: int) -> str:
    """'850 KB', '12,4 MB' (Indonesian decimal comma)."""
    from smartcity_desktop.gui.formats import format_number
    from smartcity_desktop.messages import language

    if size < 1024 * 1024:
        return f"{format_number(max(1, round(size / 1024)), 0, language())} KB"
    return f"{format_number(size / 1024 / 1024, 1, language())} MB"
