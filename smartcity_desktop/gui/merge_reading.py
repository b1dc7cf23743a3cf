# SPDX-License-Identifier: GPL-3.0-or-later
"""Berkas > Gabungkan: the returned copies are vetted, read and previewed on a worker thread under a busy
dialog with Batal, so the window keeps painting (about a second for ten copies of a large plan)."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

from smartcity_desktop.services import groups
from smartcity_desktop.services.document import PlanDocument

log = logging.getLogger(__name__)

FAST_WAIT_MS = 40  # one small copy is read within this; no event loop or dialog is needed then
BUSY_DIALOG_MS = 300  # the busy dialog appears only when reading takes longer than this
Read = tuple[list[tuple[str, Any]], groups.MergeOutcome]

_abandoned: list[QThread] = []  # readers whose merge was cancelled, kept until they end (a running QThread
# must not be destroyed)


class MergeReader(QThread):
    """Runs ``groups.read_and_preview``; the result or the exception is picked up on the GUI thread."""

    def __init__(self, document: PlanDocument, paths: Sequence[str]) -> None:
        super().__init__()
        self.document = document
        self.paths = list(paths)
        self.result: Read | None = None
        self.error: BaseException | None = None

    def busy_text(self) -> str:
        return self.tr("Membaca dan memeriksa %n file kelompok...", "", len(self.paths))

    def run(self) -> None:
        try:
            self.result = groups.read_and_preview(self.document, self.paths)
        except BaseException as e:  # noqa: BLE001 - handed to the GUI thread and raised there
            self.error = e


def read_for_merge(parent: QWidget | None, document: PlanDocument, paths: Sequence[str]) -> Read | None:
    """The copies read and vetted, and the merge preview, computed off the GUI thread; None when the user pressed
    Batal. Raises what ``groups.read_and_preview`` raises (PlanError with its message key) on the caller's thread."""
    global _abandoned
    ended = [w for w in _abandoned if w.isFinished()]
    for w in ended:
        w.deleteLater()
    _abandoned = [w for w in _abandoned if w not in ended]
    started = time.perf_counter()
    worker = MergeReader(document, paths)
    worker.start()
    if not worker.wait(FAST_WAIT_MS) and _cancelled_while_busy(parent, worker):
        log.info("merge of %d copies cancelled while reading", len(paths))
        _abandoned.append(worker)  # it ends by itself (it only reads); its result is dropped
        return None
    worker.wait()
    log.info("read %d group copies in %.0f ms", len(paths), (time.perf_counter() - started) * 1000)
    error, result = worker.error, worker.result
    worker.deleteLater()
    del worker  # no Qt object stays in the frame that the raised error's traceback keeps
    if error is not None:
        raise error
    return result


def _cancelled_while_busy(parent: QWidget | None, worker: MergeReader) -> bool:
    """Run the event loop under a busy dialog until ``worker`` ends; True when Batal was pressed first."""
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog = QProgressDialog(worker.busy_text(), QCoreApplication.translate("MergeReading", "Batal"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("MergeReading", "Gabungkan file kelompok"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(BUSY_DIALOG_MS)
    dialog.canceled.connect(loop.quit)
    dialog.setValue(0)  # starts the timer that shows the dialog (a modal one processes events here)
    if not worker.isFinished() and not dialog.wasCanceled():
        loop.exec()
    cancelled = dialog.wasCanceled() and not worker.isFinished()
    dialog.reset()
    dialog.deleteLater()
    return cancelled
