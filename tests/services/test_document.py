# SPDX-License-Identifier: GPL-3.0-or-later
"""The document on disk: one complete file, atomic snapshots, a lock, crash recovery."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smartcity_desktop.core.errors import PlanLocked, WriteFailed
from smartcity_desktop.services import document as document_mod
from smartcity_desktop.services.document import PlanDocument, RecoveryAvailable, find_recoverable
from smartcity_desktop.services.plans import summary
from smartcity_desktop.storage.vet import vet
from tests.crash import crash_with_unsaved_vision


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _set_vision(doc: PlanDocument, text: str) -> None:
    with doc.db.action() as changes:
        doc.db.update("plan", doc.db.plan()["id"], {"vision": text})
    doc.edited(changes)


def test_edits_reach_the_file_after_a_pause(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_mod, "SNAPSHOT_DELAY", 0.2)
    doc = PlanDocument.open(plan_file)
    try:
        _set_vision(doc, "Visi baru")
        assert summary(plan_file).plan["vision"] != "Visi baru"  # not yet: edits are pausing
        deadline = time.time() + 10
        while doc.dirty and time.time() < deadline:
            time.sleep(0.05)
        assert not doc.dirty
        assert summary(plan_file).plan["vision"] == "Visi baru"
        assert doc.last_written is not None
        # the document is one complete rollback-journal file: no -wal or -journal beside it
        names = _siblings(plan_file)
        assert not any(n.endswith(("-wal", "-shm", "-journal", ".tmp")) for n in names), names
        assert plan_file.read_bytes()[18:20] == b"\x01\x01"
        vet(plan_file)
    finally:
        doc.close()
    assert _siblings(plan_file) == [plan_file.name]


def test_close_writes_last_edits_and_cleans_up(plan_file: Path) -> None:
    doc = PlanDocument.open(plan_file)
    _set_vision(doc, "Ditulis saat ditutup")
    working = doc.working
    doc.close()
    assert summary(plan_file).plan["vision"] == "Ditulis saat ditutup"
    assert not working.exists()
    assert not working.with_suffix(".json").exists()
    assert find_recoverable() == []


def test_open_does_not_change_the_file(plan_file: Path) -> None:
    before = plan_file.read_bytes()
    doc = PlanDocument.open(plan_file)
    doc.close()
    assert plan_file.read_bytes() == before


def test_lock_stops_a_second_writer_and_names_the_holder(plan_file: Path) -> None:
    doc = PlanDocument.open(plan_file)
    try:
        with pytest.raises(PlanLocked) as info:
            PlanDocument.open(plan_file)
        msg = info.value.message()
        from smartcity_desktop.services.paths import host_name

        assert host_name() in msg
    finally:
        doc.close()
    PlanDocument.open(plan_file).close()  # free again after close


def test_lock_from_another_computer(plan_file: Path) -> None:
    from smartcity_desktop.services.lock import lock_path

    lock_path(plan_file).write_text(
        json.dumps({"user": "budi", "host": "LAPTOP-BAPPEDA", "pid": 4242, "since": "2017-07-18T09:00:00Z"})
    )
    with pytest.raises(PlanLocked) as info:
        PlanDocument.open(plan_file)
    assert "LAPTOP-BAPPEDA" in info.value.message() and "budi" in info.value.message()
    PlanDocument.open(plan_file, force_lock=True).close()


def test_stale_lock_of_ended_process_is_taken_over(plan_file: Path) -> None:
    from smartcity_desktop.services.lock import lock_path
    from smartcity_desktop.services.paths import host_name

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    lock_path(plan_file).write_text(json.dumps({"user": "x", "host": host_name(), "pid": proc.pid, "since": "?"}))
    PlanDocument.open(plan_file).close()


def test_crash_leaves_a_working_copy_that_the_next_start_recovers(plan_file: Path) -> None:
    crash_with_unsaved_vision(plan_file, "Belum tersimpan")
    assert summary(plan_file).plan["vision"] != "Belum tersimpan"  # the document is the old, complete one
    found = find_recoverable()
    assert [Path(f.document) for f in found] == [plan_file.absolute()]
    with pytest.raises(RecoveryAvailable):
        PlanDocument.open(plan_file)
    doc = PlanDocument.open(plan_file, recover=True)
    assert doc.db.plan()["vision"] == "Belum tersimpan"
    doc.close()
    assert summary(plan_file).plan["vision"] == "Belum tersimpan"
    assert find_recoverable() == []


def test_discarding_recovery_keeps_the_document(plan_file: Path) -> None:
    crash_with_unsaved_vision(plan_file, "Belum tersimpan")
    doc = PlanDocument.open(plan_file, recover=False)
    assert doc.db.plan()["vision"] != "Belum tersimpan"
    doc.close()
    assert find_recoverable() == []


def test_failed_snapshot_loses_nothing(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = PlanDocument.open(plan_file)
    before = plan_file.read_bytes()
    _set_vision(doc, "Disk penuh")
    doc._timer.cancel()  # type: ignore[union-attr]

    from smartcity_desktop.storage import database_files as copies

    with monkeypatch.context() as patch, pytest.raises(WriteFailed) as info:
        patch.setattr(copies.sqlite3, "connect", lambda *a, **k: _FullConn())
        doc.snapshot()
    assert info.value.key == "write.disk_full"
    assert plan_file.read_bytes() == before
    assert doc.dirty and doc.db.plan()["vision"] == "Disk penuh"
    assert not any(n.endswith(".tmp") for n in _siblings(plan_file))
    doc.close()
    assert summary(plan_file).plan["vision"] == "Disk penuh"


class _FullConn:
    def execute(self, *_a: object) -> None:
        import sqlite3

        raise sqlite3.OperationalError("database or disk is full")

    def close(self) -> None:
        pass


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_opens_read_only(plan_file: Path) -> None:
    folder = plan_file.parent
    folder.chmod(0o555)
    try:
        doc = PlanDocument.open(plan_file)
        assert doc.read_only
        with pytest.raises(WriteFailed):
            doc.snapshot()
        doc.close()
    finally:
        folder.chmod(0o755)


def test_save_copy(plan_file: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(plan_file)
    _set_vision(doc, "Salinan")
    target = tmp_path / "copy" / "Salinan.smartcity"
    target.parent.mkdir()
    doc.save_copy(target)
    doc.close()
    vet(target)
    assert summary(target).plan["vision"] == "Salinan"


def test_read_only_media_opens_read_only(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that refuses the lock file (CD, write-protected USB) gives a read-only document."""
    import errno

    from smartcity_desktop.services import lock as lock_mod

    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if str(path).endswith("#"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lock_mod.os, "open", refuse)
    before = plan_file.read_bytes()
    doc = PlanDocument.open(plan_file)
    assert doc.read_only
    _set_vision(doc, "Perubahan di media hanya-baca")
    doc._timer.cancel()  # type: ignore[union-attr]
    with pytest.raises(WriteFailed) as info:
        doc.snapshot()
    assert info.value.key == "write.read_only"
    copy = plan_file.parent / "copy.smartcity"
    doc.save_copy(copy)
    assert summary(copy).plan["vision"] == "Perubahan di media hanya-baca"
    doc.close()
    assert plan_file.read_bytes() == before


def test_edit_session_undo_redo(plan_file: Path) -> None:
    from smartcity_desktop.services.operations import programs
    from smartcity_desktop.services.session import EditSession

    doc = PlanDocument.open(plan_file)
    try:
        s = EditSession(doc)
        dim = doc.db.rows("dimension")[0]["id"]
        pid, added = programs.add(s, dim, "Si Pepadu", status="planned")
        changed = programs.rename(s, pid, "Si Pepadu 2")
        s.undo(changed)
        assert doc.db.get("program", pid)["name"] == "Si Pepadu"  # type: ignore[index]
        s.undo(added)
        assert doc.db.get("program", pid) is None
        s.redo(added)
        s.redo(changed)
        assert doc.db.get("program", pid)["name"] == "Si Pepadu 2"  # type: ignore[index]
        assert doc.dirty
    finally:
        doc.close()
    assert summary(plan_file).counts["program"] == 1


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    """mkstemp makes private files; an exported PDF or a new plan must be readable like any file."""
    from smartcity_desktop.services.files import write_atomic

    target = tmp_path / "out.txt"
    write_atomic(target, lambda p: p.write_text("x"))
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o640)
    write_atomic(target, lambda p: p.write_text("y"))
    assert target.stat().st_mode & 0o777 == 0o640


def test_close_that_cannot_write_keeps_the_plan_open_then_abandon_keeps_it_recoverable(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.storage import database_files as copies

    doc = PlanDocument.open(plan_file)
    _set_vision(doc, "Belum tertulis")
    with monkeypatch.context() as patch, pytest.raises(WriteFailed):
        patch.setattr(copies.sqlite3, "connect", lambda *a, **k: _FullConn())
        doc.close()
    _set_vision(doc, "Masih bisa disunting")  # still open and usable
    assert doc.db.plan()["vision"] == "Masih bisa disunting"
    doc.close(abandon=True)
    assert summary(plan_file).plan["vision"] != "Masih bisa disunting"
    found = find_recoverable()
    assert [Path(f.document) for f in found] == [plan_file.absolute()]
    doc = PlanDocument.open(plan_file, recover=True)
    assert doc.db.plan()["vision"] == "Masih bisa disunting"
    doc.close()
    assert summary(plan_file).plan["vision"] == "Masih bisa disunting"


def test_many_edits_use_one_snapshot_thread(plan_file: Path) -> None:
    import threading

    doc = PlanDocument.open(plan_file)
    try:
        before = threading.active_count()
        for i in range(50):
            _set_vision(doc, f"visi {i}")
        assert threading.active_count() <= before
    finally:
        doc.close()
    assert summary(plan_file).plan["vision"] == "visi 49"
