# SPDX-License-Identifier: GPL-3.0-or-later
"""No live Qt object is left for Python's garbage collector once a window has closed.

CI once died with a segmentation fault inside an automatic garbage collection (stop 17, `tests/gui/test_zoom.py`):
the collector ran C++ destructors of Qt objects at a random moment, in the middle of another window's work. On
main, every closed plan left its PlanSession (a QObject owned by Python), its QUndoStack and every undo command
alive in reference cycles, and every finished open, merge or export worker (a QThread) too, all for the collector.
Now their lifetimes are explicit: a closed window's session is cleared and deleted with it, and a worker thread is
deleted once it has finished."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from smartcity_desktop.gui.main_window import VIEWS
from smartcity_desktop.services.operations import chapters


@pytest.fixture
def collected() -> Iterator[None]:
    """Automatic collection off while the test runs: what is garbage stays for ``live_garbage`` to see."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


def live_garbage() -> list[str]:
    """Qt objects in unreachable reference cycles whose C++ object still exists (the collector would delete
    them), by class name."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
    finally:
        gc.set_debug(0)
    found = sorted(type(o).__name__ for o in gc.garbage if isinstance(o, shiboken6.Object) and shiboken6.isValid(o))
    gc.garbage.clear()
    gc.collect()
    return found


def _close(controller: Any) -> None:
    window = controller.window
    window.close()
    window.deleteLater()
    controller.window = None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_closed_plan_leaves_no_live_qt_object(collected: None, controller: Any, plan_file: Path, qtbot: Any) -> None:
    assert controller.open_path(str(plan_file))
    window = controller.window
    qtbot.waitExposed(window)
    session = window.session
    chapter = session.db.rows("chapter")[0]["id"]
    for n in range(5):
        assert session.run("ubah bab", chapters.set_body, chapter, f"teks {n}")
    session.undo_stack.undo()
    for key in VIEWS:
        window.show_place(key, None)
        QApplication.processEvents()
    view = window.show_place("dashboard", None)
    view.wait_for_charts()
    del session, view
    _close(controller)
    assert live_garbage() == []
    # and no thread object outlives its work (the dashboard's chart workers were kept forever by a lambda)
    from PySide6.QtCore import QThread

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    threads = [type(o).__name__ for o in gc.get_objects() if isinstance(o, QThread) and shiboken6.isValid(o)]
    assert threads == []


def test_opening_a_refused_file_leaves_no_live_worker(
    collected: None, controller: Any, tmp_path: Path, messages_patched: Any
) -> None:
    bad = tmp_path / "rusak.smartcity"
    bad.write_bytes(b"bukan rencana" * 100)
    assert not controller.open_path(str(bad))
    assert messages_patched.shown  # the refusal was told
    assert live_garbage() == []


def test_an_export_leaves_no_live_worker(collected: None, demo_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from smartcity_desktop.gui.actions import ExportJob

    out = tmp_path / "ringkasan.pdf"
    job = ExportJob(demo_window, demo_window.session.document, "pdf", "summary")
    job.start(str(out))
    worker = job.worker
    assert worker is not None
    with qtbot.waitSignal(worker.finished, timeout=60_000):
        pass
    del job, worker
    qtbot.waitUntil(lambda: out.exists())
    QApplication.processEvents()
    assert live_garbage() == []


def test_an_unclosed_session_never_leaves_undo_commands_to_the_collector(collected: None, plan_file: Path) -> None:
    """The shape of the crash: a session with an undo history, in a reference cycle, dropped without being
    closed (as a view test does when it closes only the document). Its commands must never be in what the collector
    clears (it deleted them under their stack: QUndoStack::clear crashed)."""
    from smartcity_desktop.gui.session import PlanSession
    from smartcity_desktop.services.document import PlanDocument

    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    chapter = session.db.rows("chapter")[0]["id"]
    for n in range(3):
        assert session.run("ubah bab", chapters.set_body, chapter, f"teks {n}")
    session.cycle = [session]  # type: ignore[attr-defined]
    doc.close()
    del session
    assert not [name for name in live_garbage() if name in ("_EditCommand", "QUndoStack")]
    # a session released (or closed) leaves nothing to the registry
    left = [s for s in PlanSession.open_sessions if s.document is doc]
    assert len(left) == 1
    left[0].release()
    del left
    assert not [s for s in PlanSession.open_sessions if s.document is doc]
