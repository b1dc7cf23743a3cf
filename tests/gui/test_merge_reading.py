# SPDX-License-Identifier: GPL-3.0-or-later
"""Berkas > Gabungkan reads and vets the returned copies on a worker thread: the window's event loop runs
meanwhile, a damaged copy still gives its translated message, and Batal ends the merge before the preview."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.gui import groups_dialogs, merge_reading
from smartcity_desktop.services import groups
from smartcity_desktop.services.groups import Group
from smartcity_desktop.services.operations import profile
from smartcity_desktop.storage.vet import vet

WAIT_S = 10  # a safety net only: the test's order of events decides, not this time


def _copies(window: Any, folder: Path, n: int = 2) -> list[str]:
    dims = window.session.db.rows("dimension")
    specs = [Group(f"Kelompok {i + 1}", (str(dims[i]["name"]),)) for i in range(n)]
    return [str(p) for p in groups.hand_out(window.session.document, specs, folder, "Bagikan")]


def _gated_reading(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """Reading the copies waits until ``gate`` is set (from the GUI thread), and notes whether it was."""
    gate = threading.Event()
    seen: list[str] = []
    original = groups.read_copies

    def read_copies(*args: Any, **kwargs: Any) -> Any:
        seen.append("gate open" if gate.wait(WAIT_S) else "gate still shut")
        return original(*args, **kwargs)

    monkeypatch.setattr(groups, "read_copies", read_copies)
    return gate, seen


def test_the_event_loop_runs_while_the_copies_are_read(
    demo_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _copies(demo_window, tmp_path)
    gate, seen = _gated_reading(monkeypatch)
    QTimer.singleShot(0, lambda: (seen.append("timer fired"), gate.set()))  # runs only if the loop does
    previews: list[Any] = []

    def accept(dialog: QDialog) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(groups_dialogs.MergeDialog, "exec", accept)
    outcome = groups_dialogs.merge(demo_window, demo_window.session, files)
    assert seen == ["timer fired", "gate open"]  # the timer fired while the worker was still reading
    assert outcome is not None and len(outcome.groups) == 2 and len(previews) == 1


def test_a_damaged_copy_gives_its_message(
    demo_window: Any, tmp_path: Path, messages_patched: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _copies(demo_window, tmp_path)
    damaged = Path(files[1])
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # a page of the file overwritten
    damaged.write_bytes(bytes(data))
    with pytest.raises(PlanError) as refused:
        vet(damaged)
    shown: list[Any] = []
    monkeypatch.setattr(groups_dialogs.MergeDialog, "exec", lambda d: shown.append(d) or 0)
    assert groups_dialogs.merge(demo_window, demo_window.session, files) is None
    assert shown == []  # no preview
    assert refused.value.message() in messages_patched.texts()[-1]
    assert "Traceback" not in messages_patched.texts()[-1]


def test_a_copy_of_another_plan_is_refused_in_english(
    controller: Any, demo_window: Any, plan_file: Path, messages_patched: Any
) -> None:
    from smartcity_desktop import messages

    messages.set_language("en")
    try:
        assert groups_dialogs.merge(demo_window, demo_window.session, [str(plan_file)]) is None
    finally:
        messages.set_language("id")
    assert "another plan" in messages_patched.texts()[-1] and plan_file.name in messages_patched.texts()[-1]


def test_batal_ends_the_merge_while_reading(
    demo_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    files = _copies(demo_window, tmp_path, 1)
    gate, seen = _gated_reading(monkeypatch)
    session = demo_window.session
    assert session.run("Moto", profile.set_field, "motto", "Sebelum")
    steps = session.undo_stack.count()

    def press_batal() -> None:
        dialogs = [d for d in demo_window.findChildren(QProgressDialog) if not d.wasCanceled()]
        assert len(dialogs) == 1
        batal = dialogs[0].findChild(QPushButton)
        assert batal is not None and batal.text() == "Batal"
        batal.click()

    QTimer.singleShot(0, press_batal)
    shown: list[Any] = []
    monkeypatch.setattr(groups_dialogs.MergeDialog, "exec", lambda d: shown.append(d) or 0)
    assert groups_dialogs.merge(demo_window, session, files) is None
    assert shown == [] and seen == []  # returned while the reader still waits
    gate.set()
    qtbot.waitUntil(lambda: all(w.isFinished() for w in merge_reading._abandoned), timeout=WAIT_S * 1000)
    assert seen == ["gate open"]
    assert session.undo_stack.count() == steps and session.db.plan()["motto"] == "Sebelum"
