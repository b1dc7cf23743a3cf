# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: the composition root that builds the panels, then wires their signals in one place."""

from __future__ import annotations

import importlib
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.gui import dialogs, labels, undo, zoom
from smartcity_desktop.gui.actions import ExportJob, MainActions
from smartcity_desktop.gui.drop import accept_plan_drag, open_dropped_plan
from smartcity_desktop.gui.navigation import NavigationTree, entry_label
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.settings import Settings
from smartcity_desktop.gui.side_panel import SidePanel
from smartcity_desktop.services import group_copy

log = logging.getLogger(__name__)

# Navigation key -> (module under gui/views, class). Modules are imported the first time a key is shown.
VIEWS: dict[str, tuple[str, str]] = {
    "dashboard": ("dashboard", "DashboardView"),
    "completeness": ("completeness", "CompletenessView"),
    "workshops": ("workshops", "WorkshopsView"),
    "profile": ("profile", "ProfileView"),
    "readiness": ("readiness", "ReadinessView"),
    "vision": ("vision", "VisionView"),
    "dimension": ("dimension", "DimensionView"),
    "chapters": ("chapters", "ChaptersView"),
    "roadmap": ("roadmap", "RoadmapView"),
    "institutions": ("institutions", "InstitutionsView"),
    "programs": ("programs", "ProgramsView"),
    "indicators": ("indicators", "IndicatorsView"),
    "quickwin": ("quickwin", "QuickWinView"),
    "quickwin_scoring": ("quickwin_scoring", "QuickWinScoringView"),
    "agencies": ("registries", "AgenciesView"),
    "funding": ("registries", "FundingSourcesView"),
    "glossary": ("glossary", "GlossaryView"),
    "feedback": ("feedback", "FeedbackView"),  # ws-feedback: Lokakarya > Masukan
}
TARGET_KEYS = frozenset({"dimension", "chapters", "programs"})
# Tables a view shows rows of, to resolve navigate(key, row_id) from views.
KEY_TABLES = {
    "programs": ("program",),
    "indicators": ("indicator",),
    "quickwin": ("quick_win", "program"),
    "quickwin_scoring": ("program",),
    "agencies": ("agency",),
    "funding": ("funding_source",),
    "glossary": ("abbreviation",),
    "institutions": ("institution_member", "regulation"),
    "vision": ("mission", "goal", "objective"),
    "workshops": ("meeting", "feedback"),
    "feedback": ("feedback",),
}
UNTRUSTED_FOLDERS = ("downloads", "unduhan", "temp", "tmp", "content.outlook", "temporary internet files", "inetcache")


def in_untrusted_folder(path: Path) -> bool:
    """A file from an email attachment or a download folder: edits there are easily lost."""
    from smartcity_desktop.services.paths import data_dir

    parts = [p.lower() for p in path.absolute().parent.parts]
    tmp = Path(tempfile.gettempdir()).resolve()
    try:
        path.resolve().relative_to(data_dir().resolve())
        return False  # our own folder (the demo copy)
    except ValueError:
        pass
    try:
        path.resolve().relative_to(tmp)
        return True
    except ValueError:
        pass
    return any(p in UNTRUSTED_FOLDERS for p in parts)


class MainWindow(QMainWindow):
    """One open plan. The controller (gui/app.py) listens to the ``*_requested`` signals."""

    open_file_requested = Signal(str)  # "" = ask for a file
    new_plan_requested = Signal()
    language_changed = Signal(str)
    zoom_changed = Signal(float)
    closed = Signal()
    defer_hidden = False  # gui/app.py at launch: what the first paint does not show comes after it (issue 10)

    def __init__(self, session: PlanSession, settings: Settings, *, copy_of: str = "") -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.copy_of = copy_of  # set when this is a read-only copy of a plan locked elsewhere
        self.views: dict[str, QWidget] = {}
        self.view_errors: dict[str, str] = {}
        self.current: tuple[str, Any, Any, Any] = ("dashboard", None, None, None)
        self._release_only = False
        self._painted = False
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 560)
        self._build()
        self._wire()
        self._update_title()
        self._restore_geometry()
        self._zoom_shown = self.settings.zoom  # the zoom the widgets' sizes are for
        zoom.current = self._zoom_shown
        self.show_place("dashboard")

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        self.menu_actions = MainActions(
            self, self.session.undo_stack, self.settings.existing_recent(), later=MainWindow.defer_hidden
        )
        self.nav = NavigationTree(self.session, later=MainWindow.defer_hidden)
        self.stack = QStackedWidget()
        self.side = SidePanel(self.session)
        self.group = group_copy.group_copy(self.session.db)
        self.banner = self._build_banner()
        centre = QWidget()
        lay = QVBoxLayout(centre)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.banner)
        lay.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 946, 220])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.written_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(False)
        self.statusBar().addWidget(self.error_label, 1)
        self.statusBar().addPermanentWidget(self.written_label)
        self._show_written()
        self.setTabOrder(self.nav, self.stack)
        self.setTabOrder(self.stack, self.side)
        self.nav_key = QShortcut(QKeySequence("F6"), self)
        self.nav_key.activated.connect(self.nav.setFocus)
        self.nav.setToolTip(self.tr("Navigasi (F6)"))

    def _build_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("banner")
        frame.setStyleSheet(
            "#banner { background: #fff3cd; border-bottom: 1px solid #e0c36c; } QLabel { color: #4d3b00; }"
        )
        lay = QHBoxLayout(frame)
        lay.setContentsMargins(10, 6, 10, 6)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Simpan salinan..."))
        lay.addWidget(self.banner_label, 1)
        lay.addWidget(self.banner_button)
        doc = self.session.document
        if self.copy_of:
            self.banner_label.setText(
                self.tr(
                    "Ini salinan hanya-baca dari {0}, yang sedang dibuka di komputer lain. "
                    "Perubahan di sini tidak masuk ke berkas asli; simpan salinan bila perlu."
                ).format(self.copy_of)
            )
        elif doc.read_only:
            self.banner_label.setText(
                self.tr(
                    "Berkas ini berada di lokasi hanya-baca, jadi perubahan tidak dapat ditulis ke sana. "
                    "Simpan salinan ke folder Anda untuk terus bekerja."
                )
            )
        elif in_untrusted_folder(doc.path):
            self.banner_label.setText(
                self.tr(
                    "Berkas ini dibuka dari folder unduhan atau sementara (misalnya lampiran email) dan bisa "
                    "terhapus. Simpan salinan ke folder kerja Anda."
                )
            )
        elif self.group is not None:
            self.banner_button.hide()
        else:
            frame.hide()
        if self.group is not None:  # a working group's copy says so first
            group = (
                self.tr("Salinan %1 — menyusun: %2. Perubahan di bagian lain tetap boleh, tetapi akan ditandai.")
                .replace("%1", self.group.name)
                .replace("%2", ", ".join(self.group.dimension_names) or self.tr("semua dimensi"))
            )
            self.banner_label.setText(f"{group} {self.banner_label.text()}".strip())
        return frame

    def finish_launch(self) -> None:
        """After the first paint (``defer_hidden``): the menus' items and the programs of the folded dimensions
        in the navigation (each also comes by itself as soon as it is needed: a menu opened, a program shown)."""
        self.menu_actions.fill()
        self.nav.fill()

    # -- wiring (the one place where panels are connected) ---------------------
    def _wire(self) -> None:
        a, s = self.menu_actions, self.session
        a.new_requested.connect(self.new_plan_requested)
        a.open_requested.connect(lambda: self.open_file_requested.emit(""))
        a.open_recent_requested.connect(self.open_file_requested)
        a.save_copy_requested.connect(self.save_copy)
        a.hand_out_requested.connect(self.hand_out)
        a.merge_requested.connect(self.merge_groups)
        a.export_requested.connect(lambda fmt, document: self.export(fmt, None, document))
        a.import_programs_requested.connect(  # the import wizard, loaded on first use
            lambda: importlib.import_module("smartcity_desktop.gui.import_wizard").open_import_wizard(
                self.session, self
            )
        )
        a.close_requested.connect(self.close_plan)
        a.quit_requested.connect(self.close)
        a.search_requested.connect(self.show_search)
        a.history_requested.connect(self.show_history)
        a.zoom_in_requested.connect(lambda: self.zoom_changed.emit(self.settings.zoom_in()))
        a.zoom_out_requested.connect(lambda: self.zoom_changed.emit(self.settings.zoom_out()))
        a.zoom_reset_requested.connect(lambda: self.zoom_changed.emit(1.0))
        self.zoom_changed.connect(lambda _z: QTimer.singleShot(0, self.apply_zoom))  # after the controller's font
        a.preferences_requested.connect(self.show_preferences)
        a.presenter_requested.connect(  # ws-presenter: loaded on first use
            lambda: importlib.import_module("smartcity_desktop.gui.presenter").open_presenter(self)
        )
        a.timer_requested.connect(
            lambda: importlib.import_module("smartcity_desktop.gui.timer").show_timer_dialog(self)
        )
        a.about_requested.connect(self.show_about)
        self.banner_button.clicked.connect(self.save_copy)
        self.nav.activated.connect(self.show_place)
        s.changed.connect(self._on_changed)
        s.changed.connect(lambda _tables: self._flag_outside_group())
        s.written.connect(self._show_written)
        s.failed.connect(self._show_failure)
        s.replayed.connect(self._show_replayed)
        self.undo_router = undo.install(self)

    # -- views -----------------------------------------------------------------
    def view(self, key: str) -> QWidget:
        """The view of ``key``, created (and its module imported) on first use."""
        if key in self.views:
            return self.views[key]
        module, cls_name = VIEWS[key]
        widget: QWidget
        try:
            mod = importlib.import_module(f"smartcity_desktop.gui.views.{module}")
            widget = getattr(mod, cls_name)(self.session)
        except ModuleNotFoundError as e:
            if e.name != f"smartcity_desktop.gui.views.{module}":
                raise
            log.info("view %s (%s.%s) not available yet", key, module, cls_name)
            widget = self._placeholder(self.tr("Sedang disiapkan"))
        except Exception as e:
            log.exception("view %s failed to load", key)
            self.view_errors[key] = f"{type(e).__name__}: {e}"
            widget = self._placeholder(self.tr("Bagian ini gagal dimuat; rincian ada di berkas log."))
        nav = getattr(widget, "navigate", None)
        if nav is not None:
            nav.connect(self.navigate_to_row)
        place = getattr(widget, "open_place", None)
        if place is not None:
            place.connect(self.show_place)
        for table in widget.findChildren(QAbstractItemView):  # Tab leaves tables (arrows move between cells)
            table.setTabKeyNavigation(False)
        self.views[key] = widget
        self.stack.addWidget(widget)
        return widget

    def _placeholder(self, text: str) -> QWidget:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #666; font-size: 14pt;")
        return label

    def show_place(self, key: str, target: Any = None, table: Any = None, row_id: Any = None) -> QWidget:
        """Show the view of ``key`` for ``target`` and select ``table``/``row_id`` in it when given."""
        started = time.perf_counter()
        widget = self.view(key)
        try:
            if hasattr(widget, "set_target"):
                widget.set_target(target)
            if row_id and table and hasattr(widget, "select_row"):
                widget.select_row(table, row_id)
        except Exception as e:
            log.exception("view %s failed to show %s", key, target)
            self.view_errors[key] = f"{type(e).__name__}: {e}"
        self.stack.setCurrentWidget(widget)
        zoom.fit_headers(widget)
        self.current = (key, target, table, row_id)
        self.nav.select(key, target, table, row_id)
        self._update_side()
        log.debug("view %s shown in %.1f ms", key, (time.perf_counter() - started) * 1000)
        return widget

    def navigate_to_row(self, key: str, row_id: Any = None) -> None:
        """A view asked to show ``key``; ``row_id`` is that view's target or a row to select."""
        if not row_id:
            self.show_place(key)
            return
        for table in ("dimension", "chapter") if key in TARGET_KEYS else ():
            if self.session.db.get(table, row_id):
                self.show_place(key, row_id)
                return
        for table in KEY_TABLES.get(key, ()):
            if self.session.db.get(table, row_id):
                self.show_place(key, None, table, row_id)
                return
        self.show_place(key, row_id if key in TARGET_KEYS else None)

    def _update_side(self) -> None:
        widget: Any = self.stack.currentWidget()
        key = self.current[0]
        try:
            guidance = widget.guidance_key() if hasattr(widget, "guidance_key") else ""
            target = widget.feedback_target() if hasattr(widget, "feedback_target") else None
        except Exception:
            log.exception("side panel data of %s", key)
            guidance, target = "", None
        if target is None and key == "chapters" and self.current[1]:
            target = ("chapter", self.current[1])
        self.side.show_for(key, guidance, target)
        self._update_title()

    # -- reacting ----------------------------------------------------------------
    def hand_out(self) -> None:
        from smartcity_desktop.gui import groups_dialogs

        groups_dialogs.hand_out(self, self.session)

    def merge_groups(self) -> None:
        from smartcity_desktop.gui import groups_dialogs

        groups_dialogs.merge(self, self.session)

    def _flag_outside_group(self) -> None:
        """A group copy: say when an edit touched parts outside the group's dimensions (allowed, but flagged)."""
        changes = self.session.last_changes
        if self.group is None or changes is None:
            return
        outside = group_copy.outside_group(self.session.db, self.group, changes)
        if outside:
            self.statusBar().showMessage(
                self.tr("Di luar dimensi kelompok %1: %2")
                .replace("%1", self.group.name)
                .replace("%2", ", ".join(outside[:3])),
                8000,
            )

    def _on_changed(self, tables: set[str]) -> None:
        if tables & {"dimension", "program", "chapter"}:
            self.nav.apply(self.session.last_changes)
        if "feedback" in tables:  # ws-feedback: the open-feedback markers of the tree
            self.nav.rebuild()
        if tables & {"feedback", "chapter"}:
            self.side.refresh()
        if tables & {"plan", "chapter", "dimension"}:
            self._update_title()

    def _show_written(self) -> None:
        when = self.session.document.last_written
        if when is None:
            self.written_label.setText(self.tr("Perubahan tersimpan otomatis"))
        else:
            self.written_label.setText(
                self.tr("Tersimpan ke berkas pukul {0}").format(time.strftime("%H.%M", time.localtime(when)))
            )
        self.error_label.clear()
        self.error_label.setToolTip("")

    def _show_replayed(self, label: str, changes: Any, undone: bool) -> None:
        """After Urungkan / Ulangi: say what was undone or redone, and show where."""
        text = self.tr("Dibatalkan: {0}") if undone else self.tr("Diulangi: {0}")
        self.statusBar().showMessage(text.format(undo.lower_first(label)), 10000)
        place = undo.place_of(changes, lambda table, rid: self.session.db.get(table, rid) is not None)
        if place is None:
            return
        key, row_id = place
        if key == "dimension" and row_id is None:
            return
        if key != self.current[0] or row_id:
            self.navigate_to_row(key, row_id)

    def show_history(self) -> undo.HistoryDialog:
        dlg = getattr(self, "_history", None)
        if dlg is None:
            dlg = self._history = undo.HistoryDialog(self.session.undo_stack, self)
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        return dlg

    def _show_failure(self, message: str) -> None:
        log.warning("session failure shown: %s", message)
        self.error_label.setText(message.replace("\n", " "))
        self.error_label.setToolTip(message)

    def _plan_title(self) -> str:
        plan = self.session.db.plan()
        return f"{labels.region(plan)} ({self.session.document.path.name})".strip()

    def place_title(self) -> str:
        """The shown place in words: the chapter's number and title, the dimension's name, else the entry."""
        key, target = self.current[0], self.current[1]
        if key == "chapters" and target:
            from smartcity_desktop.core.outline import chapter_numbers

            row = self.session.db.get("chapter", target)
            if row:
                number = chapter_numbers(self.session.db.rows("chapter")).get(str(target), "")
                return f"{number} {row['title']}".strip()
        if key == "dimension" and target:
            row = self.session.db.get("dimension", target)
            if row:
                return self.tr("Dimensi {0}").format(row["name"])
        return entry_label(key)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.place_title()} — {self._plan_title()}")

    # -- commands ------------------------------------------------------------------
    def save_copy(self) -> None:
        doc = self.session.document
        start = Path.home() / "Documents" if in_untrusted_folder(doc.path) or doc.read_only else doc.path.parent
        out, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan salinan sebagai"),
            str(start / doc.path.name),
            self.tr("Rencana Smart City (*.smartcity)"),
        )
        if not out:
            return
        if not out.endswith(".smartcity"):
            out += ".smartcity"
        try:
            doc.save_copy(out)
        except PlanError as e:
            dialogs.error(self, e.message())
            return
        self.statusBar().showMessage(self.tr("Salinan disimpan: {0}").format(out), 8000)
        if doc.read_only or self.copy_of or in_untrusted_folder(doc.path):
            if dialogs.confirm(self, self.tr("Buka salinan itu dan bekerja di sana?")):
                self.open_file_requested.emit(out)

    def close_plan(self) -> bool:
        """Berkas > Tutup Rencana (Ctrl+W): close the plan and go back to the start screen (not quit)."""
        if not self.close():
            return False
        self.new_plan_requested.emit()  # the controller shows the start screen
        return True

    def export(self, fmt: str, out: str | None = None, document: str | None = None) -> ExportJob:
        job = ExportJob(self, self.session.document, fmt, document)
        job.start(out)
        return job

    def show_search(self) -> None:
        from smartcity_desktop.gui.search import SearchDialog

        dlg = getattr(self, "_search", None)
        if dlg is None:
            dlg = self._search = SearchDialog(self.session, self)
            dlg.open_place.connect(self.show_place)
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        dlg.query.setFocus()
        dlg.query.selectAll()

    def show_preferences(self) -> None:
        from smartcity_desktop.gui.app import PreferencesDialog

        dlg = PreferencesDialog(self.settings.language, self)
        if dlg.exec() and dlg.language() != self.settings.language:
            self.language_changed.emit(dlg.language())

    def show_about(self) -> None:
        from smartcity_desktop import __version__

        dialogs.info(
            self,
            self.tr(
                "Smart City Masterplan Desktop {0}\n\nAplikasi luring untuk menyusun Masterplan Smart City "
                "kabupaten/kota dalam Bimtek Gerakan Menuju 100 Smart City.\n\nLisensi GPL-3.0-or-later."
            ).format(__version__),
            self.tr("Tentang"),
        )

    # -- window events -------------------------------------------------------------
    def _restore_geometry(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.geometry.encode()))
        else:
            self.resize(1280, 720)

    def apply_zoom(self) -> None:
        """Scale what the application font does not reach (headings, rows, columns, charts) to the zoom."""
        # the new application font reaches the widgets through posted events: take it now, so that the columns
        # sized below measure their headers in the new font
        QApplication.sendPostedEvents()
        zoom.apply(self, self.settings.zoom, self._zoom_shown)
        self._zoom_shown = self.settings.zoom
        for view in self.views.values():  # views that lay themselves out anew for a zoom (KPI cards)
            hook = getattr(view, "zoom_changed_to", None)
            if hook is not None:
                hook(self.settings.zoom)
        current = self.stack.currentWidget()
        if current is not None:
            zoom.fit_headers(current)

    def release_session(self) -> PlanSession:
        """Close this window without closing the plan (the window is rebuilt, e.g. for a new language)."""
        self._release_only = True
        return self.session

    def commit_pending_input(self) -> None:
        """A field still being typed in commits now (its focus-out edit), while the plan is open."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.save()
        self.commit_pending_input()
        for view in self.views.values():
            stop = getattr(view, "shutdown", None)
            if stop is not None:
                stop()
        if not self._release_only:
            try:
                self.session.close()
            except PlanError as e:
                leave = dialogs.confirm(
                    self,
                    e.message()
                    + "\n\n"
                    + self.tr(
                        "Tutup sekarang? Perubahan tetap tersimpan di salinan kerja dan ditawarkan untuk dipulihkan "
                        "saat aplikasi dibuka lagi. Pilih Tidak untuk tetap membuka rencana (coba lagi atau "
                        "simpan salinan)."
                    ),
                )
                if not leave:
                    event.ignore()
                    return
                self.session.close(abandon=True)
            # a QObject owned by Python: deleted with this window, not by a garbage collection at a random later
            # moment (CI died in one, stop 17)
            self.session.deleteLater()
        undo.uninstall(self.undo_router)
        event.accept()
        self.closed.emit()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if os.environ.get("SMARTCITY_EXIT_AFTER_PAINT") == "1":
                QTimer.singleShot(0, self._exit_after_paint)

    def _exit_after_paint(self) -> None:
        from PySide6.QtWidgets import QApplication

        log.info("first paint done; exiting as SMARTCITY_EXIT_AFTER_PAINT asks")
        self.close()
        QApplication.quit()

    # -- drag and drop ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        accept_plan_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        open_dropped_plan(event, self.open_file_requested.emit)
