# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a plan off the GUI thread: vetting and copying a large file must not freeze the window."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QWidget

from smartcity_desktop.services.document import PlanDocument

log = logging.getLogger(__name__)

FAST_WAIT_MS = 150  # plans the launch opens (a known large plan ~50 ms) need no event loop or dialog
BUSY_DIALOG_MS = 400  # the busy dialog appears only when opening takes longer than this


class _OpenWorker(QThread):
    """Runs ``first`` (when given), then PlanDocument.open; the result or the exception is picked up on the GUI
    thread."""

    def __init__(
        self,
        path: str | Path,
        recover: bool | None,
        force_lock: bool = False,
        first: Callable[[], object] | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.recover = recover
        self.force_lock = force_lock
        self.first = first
        self.document: PlanDocument | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            if self.first is not None:
                self.first()
            self.document = PlanDocument.open(self.path, recover=self.recover, force_lock=self.force_lock)
        except BaseException as e:  # noqa: BLE001 - handed to the GUI thread and raised there
            self.error = e


def open_document(
    parent: QWidget | None,
    path: str | Path,
    recover: bool | None = None,
    force_lock: bool = False,
    meanwhile: Callable[[], object] | None = None,
    first: Callable[[], object] | None = None,
) -> PlanDocument:
    """PlanDocument.open(path, recover=..., force_lock=...) in a worker thread while the GUI keeps painting.
    ``meanwhile`` runs on this (the GUI) thread while the worker reads and copies the file (it must not raise).
    ``first`` runs on the worker thread before the plan is opened (nothing of Qt): what it raises is raised here
    as PlanDocument.open's would be, and the plan is not opened.

    Raises what PlanDocument.open raises (RecoveryAvailable, PlanLocked, FileRefused, OSError...), on the caller's
    thread, so callers handle it exactly as for a direct call.
    """
    started = time.perf_counter()
    worker = _OpenWorker(path, recover, force_lock, first)
    worker.start()
    if meanwhile is not None:
        meanwhile()
    if not worker.wait(FAST_WAIT_MS):
        # loaded here: the Qt namespace's ~100 enums are built while the plan opens (meanwhile), not before
        from PySide6.QtCore import QEventLoop, Qt
        from PySide6.QtWidgets import QProgressDialog

        loop = QEventLoop()
        worker.finished.connect(loop.quit)
        text = QCoreApplication.translate("Opening", "Membuka {0}...").format(Path(path).name)
        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowTitle(QCoreApplication.translate("Opening", "Membuka rencana"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(BUSY_DIALOG_MS)
        dialog.setValue(0)  # starts the timer that shows the dialog after BUSY_DIALOG_MS
        if not worker.isFinished():
            loop.exec()
        dialog.reset()
        dialog.deleteLater()
    worker.wait()
    log.info("opened %s in %.0f ms", path, (time.perf_counter() - started) * 1000)
    error, document = worker.error, worker.document
    worker.deleteLater()  # the raised error's traceback keeps this frame: no live QThread for the collector
    del worker
    if error is not None:
        raise error
    assert document is not None
    return document
