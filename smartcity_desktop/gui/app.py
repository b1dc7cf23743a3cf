# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI application: QApplication set-up, the controller that opens plans into windows, preferences."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from smartcity_desktop import messages
from smartcity_desktop.core.errors import PlanError, PlanLocked
from smartcity_desktop.gui import dialogs, labels
from smartcity_desktop.gui.settings import Settings

log = logging.getLogger(__name__)

ORGANIZATION = "SmartCityDesktop"
APPLICATION = "Smart City Masterplan Desktop"


def load_translator(app: QApplication, lang: str, old: QTranslator | None = None) -> QTranslator | None:
    """Install the English translation when ``lang`` is 'en' (Indonesian is the source language)."""
    if old is not None:
        app.removeTranslator(old)
    from smartcity_desktop.gui.qt_translations import use_indonesian_qt

    use_indonesian_qt(app, lang != "en")  # Qt's own buttons and file dialog (gui10, issue 10)
    if lang != "en":
        return None
    from smartcity_desktop.resources import resource

    tr = QTranslator(app)
    qm = resource("translations", "smartcity_en.qm")
    if tr.load(str(qm)):
        app.installTranslator(tr)
        return tr
    log.warning("translation %s not found", qm)
    return None


class _DemoNotWritten(Exception):
    """Writing the demo's fresh copy failed (on the opening thread): ``error`` is what write_demo raised."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class Controller(QObject):
    """Owns the settings and the open windows; turns requests (open, new, demo, language) into windows."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.base_font = QFont(app.font())
        self.translator: QTranslator | None = None
        self.window: QWidget | None = None  # MainWindow
        self.start: QWidget | None = None  # StartScreen
        self._retired: list[QWidget] = []  # closed windows waiting for deleteLater
        self._opening = False
        self.launching = False  # run(): the first window defers what its first paint does not need
        self.set_language(settings.language or messages.detect_language(), rebuild=False)
        self.apply_zoom(settings.zoom)

    # -- appearance -------------------------------------------------------------------
    def apply_zoom(self, zoom: float) -> None:
        """Scale the whole UI's text (for projectors); persisted in the settings."""
        self.settings.zoom = zoom
        font = QFont(self.base_font)
        size = self.base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * zoom)
        self.app.setFont(font)
        self.settings.save()

    def set_language(self, lang: str, *, rebuild: bool = True) -> None:
        """Switch the language at once: new translator, then the windows are rebuilt."""
        lang = "en" if lang == "en" else "id"
        messages.set_language(lang)
        self.translator = load_translator(self.app, lang, self.translator)
        if not rebuild:
            return
        self.settings.language = lang
        self.settings.save()
        from smartcity_desktop.gui.main_window import MainWindow

        if isinstance(self.window, MainWindow):
            old = self.window
            place = old.current
            session = old.release_session()
            old.close()
            self.show_window(session, copy_of=old.copy_of, place=place)
        elif self.start is not None:
            self.start.close()
            self._retire(self.start)
            self.start = None
            self.show_start()

    # -- start screen -------------------------------------------------------------------
    def show_start(self) -> QWidget:
        from smartcity_desktop.gui.start_screen import StartScreen

        if self.start is None:
            start = StartScreen(self.settings.existing_recent())
            start.create_requested.connect(self.create_plan)
            start.open_requested.connect(self.open_path)
            start.demo_requested.connect(self.open_demo)
            self.start = start
        self.start.show()
        self.start.raise_()
        return self.start

    def offer_recovery(self) -> bool:
        """Offer the working copies of crashed sessions; True when one was opened."""
        from smartcity_desktop.gui.formats import format_timestamp
        from smartcity_desktop.services.document import discard_working_copy, find_recoverable

        for info in find_recoverable():
            if not info.writable:
                saved = self._recover_elsewhere(info)
                if saved and self.open_path(saved):
                    return True
                continue
            choice = dialogs.ask_recover(None, info.document, format_timestamp(info.last_edit, messages.language()))
            if choice is True and self.open_path(info.document, recover=True):
                return True
            if choice is False:
                discard_working_copy(info)
        return False

    # -- opening -----------------------------------------------------------------------
    def _parent(self) -> QWidget | None:
        return self.window if self.window is not None and self.window.isVisible() else self.start

    def open_path(
        self, path: str = "", recover: bool | None = None, *, first: Callable[[], object] | None = None
    ) -> bool:
        """Open ``path`` (ask for one when empty) into a window; False when refused or cancelled. ``first`` runs
        on the opening thread before the plan is opened (``opening.open_document``)."""
        parent = self._parent()
        if not path:
            folder = str(Path(self.settings.recent[0]).parent) if self.settings.recent else ""
            path, _ = QFileDialog.getOpenFileName(
                parent, self.tr("Buka rencana"), folder, self.tr("Rencana Smart City (*.smartcity);;Semua berkas (*)")
            )
            if not path:
                return False
        if self._is_open(path):
            return True
        if self._opening:  # a second request (double click, drop) while one is opening
            return False
        self._opening = True
        try:
            return self._open(parent, path, recover, first)
        finally:
            self._opening = False

    def _open(
        self, parent: QWidget | None, path: str, recover: bool | None, first: Callable[[], object] | None = None
    ) -> bool:
        """Open the document off the GUI thread (answering its prompts), then show it in a window."""
        from smartcity_desktop.gui.opening import open_document
        from smartcity_desktop.services.document import RecoveryAvailable

        copy_of = ""
        try:
            try:
                doc = open_document(parent, path, recover=recover, meanwhile=self._prepare_window, first=first)
            except RecoveryAvailable as e:
                from smartcity_desktop.gui.formats import format_timestamp

                if not e.info.writable:  # recovering into it would end read-only again: save a copy
                    saved = self._recover_elsewhere(e.info)
                    if not saved:
                        return False
                    path = saved
                    doc = open_document(parent, saved, recover=False)
                    return self._show_opened(doc, path, copy_of)
                choice = dialogs.ask_recover(parent, path, format_timestamp(e.info.last_edit, messages.language()))
                if choice is None:
                    return False
                doc = open_document(parent, path, recover=choice)
            except PlanLocked as e:
                how = self._ask_locked(parent, e)
                if how == "cancel":
                    return False
                if how == "anyway":
                    doc = open_document(parent, path, recover=recover, force_lock=True)
                else:
                    copy = Path(tempfile.mkdtemp(prefix="smartcity-copy-")) / Path(path).name
                    shutil.copy2(path, copy)
                    doc = open_document(parent, copy, recover=False)
                    copy_of = str(path)
        except PlanError as e:
            dialogs.error(parent, e.message(), self.tr("Rencana tidak dapat dibuka"))
            return False
        except OSError as e:
            dialogs.error(
                parent, self.tr("Berkas tidak dapat dibaca: {0}").format(e), self.tr("Rencana tidak dapat dibuka")
            )
            return False
        return self._show_opened(doc, path, copy_of)

    def _prepare_window(self) -> None:
        """While a plan opens on its worker thread (reading and copying the file, mostly outside the interpreter
        lock): load the window's modules, which would otherwise load after it (issue 10: launch). Never raises:
        a module that fails to load fails again, and is reported, when the window is built."""
        try:
            from smartcity_desktop.gui.main_window import MainWindow
            from smartcity_desktop.gui.views.dashboard import DashboardView
        except Exception:
            log.warning("window modules not loaded while opening", exc_info=True)
            return
        if self.launching:  # until the first paint (defer_until_painted)
            DashboardView.defer_figures = True
            MainWindow.defer_hidden = True

    def _show_opened(self, doc: object, path: str, copy_of: str) -> bool:
        from smartcity_desktop.gui.session import PlanSession
        from smartcity_desktop.services.document import PlanDocument

        assert isinstance(doc, PlanDocument)
        if not copy_of:
            self.settings.add_recent(path)
            self.settings.save()
        return self.show_window(PlanSession(doc), copy_of=copy_of) is not None

    def _ask_locked(self, parent: QWidget | None, e: PlanLocked) -> str:
        """'anyway', 'copy' or 'cancel'. "Open anyway" only when the holder may have ended (renamed computer,
        a reused process id, an unreadable lock): then the lock would otherwise be a dead end."""
        if not getattr(e, "maybe_stale", False):
            return "copy" if dialogs.ask_locked(parent, e) else "cancel"
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Rencana sedang dibuka"))
        box.setText(e.message())
        box.setInformativeText(
            self.tr(
                "Mungkin program itu sudah berhenti (misalnya komputer berganti nama atau mati mendadak). "
                "Buka saja hanya bila Anda yakin rencana ini tidak sedang disunting di sana: bila masih, "
                "perubahan salah satu pihak akan hilang."
            )
        )
        anyway = box.addButton(self.tr("Tetap &buka"), QMessageBox.ButtonRole.DestructiveRole)
        copy = box.addButton(self.tr("Buka salinan &hanya-baca"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Bat&al"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "anyway" if clicked is anyway else "copy" if clicked is copy else "cancel"

    def _ask_recover_elsewhere(self, info: object) -> str:
        """'save', 'discard' or 'cancel' for edits of a plan that cannot be written where it is."""
        document = str(getattr(info, "document", ""))
        box = QMessageBox(None)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Pulihkan perubahan?"))
        box.setText(
            self.tr(
                "Sesi sebelumnya meninggalkan perubahan yang belum tertulis ke berkas:\n{0}\n"
                "Lokasi berkas itu hanya-baca, jadi perubahan hanya dapat disimpan sebagai salinan di tempat lain."
            ).format(document)
        )
        save = box.addButton(self.tr("&Simpan salinan di tempat lain..."), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Bat&al"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def _recover_elsewhere(self, info: object) -> str | None:
        """Offer to save a crashed session's edits of a read-only plan as a copy; the copy's path when saved.

        Saving or discarding ends the recovery entry, so it is not offered again at every start.
        """
        from smartcity_desktop.services.document import WorkingCopyInfo, discard_working_copy, save_recovered

        assert isinstance(info, WorkingCopyInfo)
        choice = self._ask_recover_elsewhere(info)
        if choice == "discard":
            discard_working_copy(info)
            return None
        if choice != "save":
            return None
        name = Path(info.document).name
        out, _ = QFileDialog.getSaveFileName(
            self._parent(),
            self.tr("Simpan salinan sebagai"),
            str(Path.home() / "Documents" / name),
            self.tr("Rencana Smart City (*.smartcity)"),
        )
        if not out:
            return None
        if not out.endswith(".smartcity"):
            out += ".smartcity"
        try:
            save_recovered(info, out)
        except PlanError as e:
            dialogs.error(self._parent(), e.message())
            return None
        return out

    def _is_open(self, path: str) -> bool:
        w = self.window  # a MainWindow (not imported here: at launch it loads while the plan opens)
        session = getattr(w, "session", None)
        if w is not None and session is not None and w.isVisible():
            if session.document.path == Path(path).absolute().resolve():
                w.raise_()
                return True
        return False

    def show_window(
        self, session: object, *, copy_of: str = "", place: tuple[object, ...] | None = None
    ) -> QWidget | None:
        """Show ``session`` in a new main window; the previous window (and its plan) is closed first."""
        from smartcity_desktop.gui.main_window import MainWindow
        from smartcity_desktop.gui.session import PlanSession

        assert isinstance(session, PlanSession)
        old = self.window
        if isinstance(old, MainWindow) and old.session is not session and old.isVisible():
            if not old.close():  # writing the old plan failed: keep it, drop the new one
                session.close()
                session.deleteLater()
                return None
        window = MainWindow(session, self.settings, copy_of=copy_of)
        window.open_file_requested.connect(self.open_path)
        window.new_plan_requested.connect(self.show_start)
        window.language_changed.connect(self.set_language)
        window.zoom_changed.connect(self.apply_zoom)
        self.window = window
        if old is not None and old is not window:
            self._retire(old)
        if place:
            window.show_place(*place)  # type: ignore[arg-type]
        window.show()
        if self.start is not None:
            self.start.close()
            self._retire(self.start)
            self.start = None
        return window

    def _retire(self, widget: QWidget) -> None:
        """Delete a closed window later: this may run inside one of its own signals (a click, a drop)."""
        self._retired = [w for w in self._retired if shiboken6.isValid(w)]
        self._retired.append(widget)  # Python must not delete it at once when the last reference goes
        widget.deleteLater()

    def create_plan(self, values: dict[str, object]) -> bool:
        """Write a new plan from the template at values['file'] and open it."""
        from smartcity_desktop.services.paths import who
        from smartcity_desktop.services.plans import write_plan
        from smartcity_desktop.services.templates import new_plan_rows

        period = values["period"]
        assert isinstance(period, tuple)
        try:
            rows = new_plan_rows(
                str(values["region_name"]),
                framework=str(values["framework"]),
                period=(int(period[0]), int(period[1])),
                lang=messages.language(),
                region_type=str(values["region_type"]),
                who=who(),
            )
            write_plan(str(values["file"]), rows, force=True, who=who())
        except PlanError as e:
            dialogs.error(self._parent(), e.message())
            return False
        return self.open_path(str(values["file"]))

    def open_demo(self) -> bool:
        """A fresh copy of the demo plan in the data folder, opened at once."""
        from smartcity_desktop.demo import write_demo
        from smartcity_desktop.services.paths import data_dir

        folder = data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "Demo Lombok Timur 2017.smartcity"
        if self._is_open(str(path)):  # writing a fresh demo over it would pull the plan from under the window
            return True
        lang = messages.language()

        def write() -> None:  # on the opening thread, while this one loads the window (issue 10)
            try:
                write_demo(path, lang, force=True)  # the shipped file, copied (issue 10)
            except BaseException as e:  # told below as it always was
                raise _DemoNotWritten(e) from e

        try:
            return self.open_path(str(path), recover=False, first=write)
        except _DemoNotWritten as e:
            if not isinstance(e.error, PlanError):
                raise e.error from None
            dialogs.error(self._parent(), e.error.message())
            return False


class PreferencesDialog(QDialog):
    """Language choice; it applies at once (the window is rebuilt)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferensi"))
        self.combo = QComboBox()
        for code, text in labels.choices("language"):
            self.combo.addItem(text, code)
        current = language or messages.language()
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        note = QLabel(self.tr("Bahasa baru langsung diterapkan; rencana tetap terbuka."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Bahasa:"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        form.addRow(note)
        form.addRow(buttons)

    def language(self) -> str:
        return str(self.combo.currentData())


def install_excepthook() -> None:
    """Unexpected errors are logged and shown as a translated message, never as a traceback."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        from smartcity_desktop.services.paths import log_file

        if isinstance(value, PlanError):
            text = value.message()
        else:
            text = QApplication.translate(
                "App",
                "Terjadi kesalahan tak terduga ({0}). Perubahan Anda tetap tersimpan di salinan kerja. "
                "Rincian untuk tim pengembang ada di {1}",
            ).format(kind.__name__, log_file())
        try:
            QMessageBox.critical(QApplication.activeWindow(), QApplication.translate("App", "Kesalahan"), text)
        except Exception:  # noqa: BLE001 - never raise from the hook itself
            sys.stderr.write(text + "\n")

    sys.excepthook = hook


def display_available() -> bool:
    """Whether Qt can show windows here; checked before QApplication, which aborts the process without one."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def clean_leftovers(settings: Settings) -> None:
    """At start-up: temp files that killed writes left beside recent plans and in the data folder."""
    from smartcity_desktop.services.document import clean_data_folder, clean_plan_temps

    try:
        removed = clean_data_folder()
        for path in settings.existing_recent():
            removed += clean_plan_temps(path)
    except OSError as e:  # a help, never a reason not to start
        log.warning("clean-up of leftover temp files failed: %s", e)
        return
    if removed:
        log.info("removed %d leftover temp files", removed)


STYLE = "Fusion"


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        app.setStyle(STYLE)
    else:  # the style named on Qt's command line: setStyle() would hand Python the style object, whose ~570
        # enum values PySide6 then builds as Python enums (issue 10: ~6 ms of the launch)
        app = QApplication([*(argv or sys.argv[:1] or ["smartcity-desktop"]), "-style", STYLE])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APPLICATION)
    from smartcity_desktop.gui import desktop

    desktop.integrate(app)  # window icon, .desktop name, Windows AppUserModelID
    return app


class FirstPaint(QObject):
    """Watches a window's first paint: then the figures deferred for the launch are read (issue 10), and
    SMARTCITY_PAINT_STAMP=FILE receives the moment (time.monotonic()) for bench/gui_bench.py."""

    def __init__(self, window: QWidget, then: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.then = then  # run after the first paint too
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            stamp = os.environ.get("SMARTCITY_PAINT_STAMP")
            if stamp:
                Path(stamp).write_text(repr(time.monotonic()), encoding="ascii")
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        from smartcity_desktop.gui.main_window import MainWindow
        from smartcity_desktop.gui.views.dashboard import DashboardView

        DashboardView.defer_figures = False  # a refresh asked for meanwhile (an edit) reads them itself
        MainWindow.defer_hidden = False
        from smartcity_desktop.gui import focus_ring

        # buttons show keyboard focus plainly; installed now, for its module would load the Qt namespace's ~100
        # enums ahead of the window's own modules, which load while the plan opens on its thread
        focus_ring.install(QApplication.instance())  # type: ignore[arg-type]
        if isinstance(self.window, MainWindow):  # next (nothing when the window is gone by then)
            QTimer.singleShot(0, self.window, self.window.finish_launch)
        view = getattr(self.window, "views", {}).get("dashboard")
        if isinstance(view, DashboardView) and shiboken6.isValid(view):
            LaunchFigures(self.window, view)
        if self.then is not None:
            self.then()
        self.deleteLater()


class LaunchFigures(QObject):
    """After the first paint, the dashboard's figures and the completeness findings are read and computed on a
    worker thread, with a read-only connection of its own to the working copy (issue 10: on a large plan that is
    ~0.5 s the window used to be frozen for), then handed to the dashboard, which shows them without reading.

    An edit, undo or language change before they are ready discards them (the dashboard then reads them itself,
    as it always did); closing the plan stops the reader and waits only until its connection is closed."""

    POLL_MS = 20

    def __init__(self, window: QWidget, view: QWidget) -> None:
        super().__init__(window)
        self.view = view
        self.session = getattr(window, "session")  # noqa: B009 - a MainWindow (imported lazily)
        self.lang = messages.language()
        self.stop = threading.Event()
        self.reader_closed = threading.Event()
        self.result: tuple[Any, Any] | None = None
        self.closing = False
        self.session.changed.connect(self._discard)
        self.session.document.before_close.append(self._stop_reader)
        self.session.launch_pending = True
        self.worker = threading.Thread(target=self._run, name="launch-figures", daemon=True)
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.worker.start()
        self.timer.start()

    def _run(self) -> None:
        """The worker thread: nothing of Qt here."""
        from smartcity_desktop.core import figures as core_figures
        from smartcity_desktop.core import rules
        from smartcity_desktop.gui.session import BUDGET_TABLES
        from smartcity_desktop.services import figures
        from smartcity_desktop.services.reading import programs as program_queries

        try:
            db = self.session.document.reader(self.stop.is_set)
        except Exception:
            log.info("launch figures: no reader", exc_info=True)
            self.reader_closed.set()
            return
        try:
            fig = figures.dashboard(db, self.lang)
            totals = programs = None
            if all(t in fig.rows for t in BUDGET_TABLES):  # the program table's and roadmap's totals, read here
                totals = core_figures.budget_by_program({t: fig.rows[t] for t in BUDGET_TABLES})
                programs = program_queries.program_table(db, totals=totals)  # and the program table's rows
        except Exception as e:  # noqa: BLE001 - stopped (the plan closes), or anything: the dashboard reads
            log.info("launch figures not read: %s", e)
            return
        finally:
            db.close()
            self.reader_closed.set()
        try:
            from smartcity_desktop.services.reading.overview import RULE_TABLES

            problems = {t: rules.table_row_problems(t, fig.rows[t]) for t in RULE_TABLES}
            found = rules.findings({t: fig.rows[t] for t in RULE_TABLES}, lambda name, _items: problems[name])
            self.result = (fig, (found, problems, (totals, programs)))
        except Exception:
            log.warning("launch figures failed", exc_info=True)

    def _stop_reader(self) -> None:
        """The plan closes: no reader may hold its working copy open (and nothing is shown any more)."""
        self.closing = True
        self.stop.set()
        self.reader_closed.wait(5.0)

    def _discard(self, *_args: object) -> None:
        self.stop.set()

    def _poll(self) -> None:
        if self.worker.is_alive() and not self.closing:
            return
        self.timer.stop()
        if shiboken6.isValid(self.session):  # a closed window deletes its session with it
            self.session.changed.disconnect(self._discard)
        if self._stop_reader in self.session.document.before_close:
            self.session.document.before_close.remove(self._stop_reader)
        if not self.closing and shiboken6.isValid(self.view):
            fresh = self.result is not None and not self.stop.is_set() and messages.language() == self.lang
            if fresh:
                assert self.result is not None
                fig, (found, problems, (totals, programs)) = self.result
                for table, items in fig.rows.items():  # kept per table until it changes (PlanSession.table_rows)
                    self.session.per_table("rows", table, lambda items=items: items)
                for table, listed in problems.items():
                    self.session.per_table("row_problems", table, lambda listed=listed: listed)
                if totals is not None:
                    from smartcity_desktop.gui.session import BUDGET_TABLES, PROGRAM_TABLE_TABLES

                    self.session.per_tables("budget_totals", BUDGET_TABLES, lambda: totals)
                    self.session.per_tables("program_rows", PROGRAM_TABLE_TABLES, lambda: programs)
                self.session.cached("findings", lambda: found)
                self.session.cached(f"dashboard:{self.lang}", lambda: fig)
            self.view.refresh()  # type: ignore[attr-defined]
            self.session.take(f"dashboard:{self.lang}")
            from smartcity_desktop.gui import warm

            warm.warm_later(self.view.window())
        if shiboken6.isValid(self.session):
            self.session.launch_pending = False
            self.session.launch_done.emit()  # views that waited for the findings show them now
        self.deleteLater()


def defer_until_painted(controller: Controller, then: Callable[[], None] | None = None) -> None:
    """The launch: the first window paints before the dashboard reads its figures and before its menus get
    their items (they follow at once), and before ``then`` runs."""
    from smartcity_desktop.gui.main_window import MainWindow
    from smartcity_desktop.gui.views.dashboard import DashboardView

    controller.launching = False
    DashboardView.defer_figures = True
    if controller.window is not None:
        FirstPaint(controller.window, then)
    else:  # the start screen: nothing deferred
        DashboardView.defer_figures = False
        MainWindow.defer_hidden = False
        if controller.start is not None:
            FirstPaint(controller.start, then)
        elif then is not None:
            then()


def run(file: str | None, demo: bool) -> int:
    """Start the GUI: the plan FILE, a fresh demo, or the start screen. Returns the exit code."""
    if not display_available():
        sys.stderr.write(messages.t("cli.no_display") + "\n")
        return 2
    app = make_app()
    install_excepthook()
    controller = Controller(app, Settings.load())
    clean_leftovers(controller.settings)
    app.setProperty("controller", None)
    from smartcity_desktop.gui import desktop

    if sys.platform == "darwin":  # macOS file-open events (a double-click may send one at once)
        desktop.attach(app, controller)  # and SMARTCITY_SELFTEST (packaging/smoke.py)
    opened = False
    controller.launching = True  # the window defers its figures and menus until its first paint
    if demo:
        opened = controller.open_demo()
    elif file:
        opened = controller.open_path(str(Path(file).absolute()))
    else:
        opened = controller.offer_recovery()
    if not opened:
        controller.show_start()
    # no file-open events elsewhere: the application-wide filter (Python on every event) waits for the first paint
    defer_until_painted(controller, then=None if sys.platform == "darwin" else lambda: desktop.attach(app, controller))
    code = app.exec()
    controller.settings.save()
    return int(code)
