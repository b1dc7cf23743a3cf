# SPDX-License-Identifier: GPL-3.0-or-later
"""One test per defect of the document life cycle (issue 7); each failed on the code before the fix."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.cli import main
from smartcity_desktop.core.errors import PlanError, PlanLocked, WriteFailed
from smartcity_desktop.services import document as document_mod
from smartcity_desktop.services.document import PlanDocument, find_recoverable
from smartcity_desktop.services.exporting import export_file
from smartcity_desktop.services.lock import lock_path
from smartcity_desktop.services.paths import host_name
from smartcity_desktop.services.plans import summary
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.vet import vet
from tests.crash import spawn
from tests.reliability.helpers import integrity_ok, temps_beside


def _set_vision(doc: PlanDocument, text: str) -> None:
    EditSession(doc).update("plan", doc.db.plan()["id"], {"vision": text})
    doc._timer.cancel()


def _lock(plan: Path, **fields: object) -> None:
    data = {"user": "budi", "host": host_name(), "pid": os.getpid(), "since": "2017-07-18T09:00:00Z", **fields}
    lock_path(plan).write_text(json.dumps(data))


# -- 1. a plan replaced by an empty database ---------------------------------------------------------------
def test_a_symlink_to_an_open_plan_is_the_same_plan(plan_file: Path) -> None:
    link = plan_file.with_name("tautan.smartcity")
    link.symlink_to(plan_file.name)
    doc = PlanDocument.open(link)
    try:
        with pytest.raises(PlanLocked):
            PlanDocument.open(plan_file)  # one lock for both names
        _set_vision(doc, "Lewat tautan")
    finally:
        doc.close()
    assert link.is_symlink()  # the snapshot replaced the real file, not the link
    assert summary(plan_file).plan["vision"] == "Lewat tautan"
    vet(plan_file)


def test_a_vanished_working_copy_never_replaces_the_plan(plan_file: Path) -> None:
    doc = PlanDocument.open(plan_file)
    _set_vision(doc, "Hilang")
    before = plan_file.read_bytes()
    for suffix in ("", "-wal", "-shm"):
        Path(str(doc.working) + suffix).unlink(missing_ok=True)
    with pytest.raises(WriteFailed) as info:
        doc.snapshot()
    assert info.value.key == "write.working_gone"
    assert str(plan_file) in info.value.message()
    assert plan_file.read_bytes() == before
    assert temps_beside(plan_file) == []
    doc.close(abandon=True)
    assert plan_file.read_bytes() == before


def test_what_is_not_a_complete_plan_is_never_installed(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = PlanDocument.open(plan_file)
    _set_vision(doc, "Tidak lengkap")
    before = plan_file.read_bytes()

    def empty_database(_working: Path, target: Path, **_options: Any) -> None:
        sqlite3.connect(str(target)).execute("CREATE TABLE t (x)").connection.close()

    monkeypatch.setattr(document_mod, "vacuum_into", empty_database)
    with pytest.raises(WriteFailed) as info:
        doc.snapshot()
    assert info.value.key == "write.incomplete"
    assert plan_file.read_bytes() == before
    assert temps_beside(plan_file) == []
    monkeypatch.undo()
    doc.close()
    assert summary(plan_file).plan["vision"] == "Tidak lengkap"


# -- 3. lock stealing ---------------------------------------------------------------------------------
def test_an_empty_or_unreadable_lock_is_not_taken(plan_file: Path) -> None:
    """An empty lock is what another opener had made a moment before writing it (old versions): not free."""
    for content in (b"", b"\x00garbage"):
        lock_path(plan_file).write_bytes(content)
        with pytest.raises(PlanLocked) as info:
            PlanDocument.open(plan_file)
        assert info.value.key == "lock.unreadable"
        assert getattr(info.value, "maybe_stale", None) is True  # the GUI offers "open anyway"
        assert lock_path(plan_file).read_bytes() == content
    PlanDocument.open(plan_file, force_lock=True).close()


def test_a_lock_appears_whole(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock's name appears only once its content is complete (link of a written temp file)."""
    from smartcity_desktop.services import lock as lock_mod

    seen: list[bytes] = []
    real_link = os.link

    def link(src: object, dst: object) -> None:
        real_link(src, dst)  # type: ignore[arg-type]
        seen.append(Path(str(dst)).read_bytes())

    monkeypatch.setattr(lock_mod.os, "link", link)
    doc = PlanDocument.open(plan_file)
    try:
        assert seen and json.loads(seen[0])["pid"] == os.getpid()
    finally:
        doc.close()
    assert not lock_path(plan_file).exists()
    assert temps_beside(plan_file) == []


def test_a_lock_of_a_renamed_computer_gets_a_choice(plan_file: Path) -> None:
    _lock(plan_file, host="LAPTOP-LAMA", pid=999_999)
    with pytest.raises(PlanLocked) as info:
        PlanDocument.open(plan_file)
    e = info.value
    assert "LAPTOP-LAMA" in e.message() and "budi" in e.message()
    holder = getattr(e, "holder", None)
    assert holder is not None and holder.host == "LAPTOP-LAMA" and holder.pid == 999_999
    assert getattr(e, "maybe_stale", None) is True
    doc = PlanDocument.open(plan_file, force_lock=True)  # "open anyway"
    doc.close()
    assert not lock_path(plan_file).exists()


def test_a_lock_naming_a_live_process_that_is_not_ours(plan_file: Path) -> None:
    """The lock's process id now belongs to another program: with its start time we know; without, we ask."""
    from smartcity_desktop.services.lock import process_started

    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _lock(plan_file, pid=sleeper.pid)  # an old lock: no start time recorded
        with pytest.raises(PlanLocked) as info:
            PlanDocument.open(plan_file)
        assert getattr(info.value, "maybe_stale", None) is True
        assert getattr(info.value, "holder", None) is not None
        if process_started(sleeper.pid) is not None:  # Linux: the recorded start time tells them apart
            _lock(plan_file, pid=sleeper.pid, started="1")
            PlanDocument.open(plan_file).close()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_live_holder_of_this_computer_is_not_offered_open_anyway(plan_file: Path) -> None:
    doc = PlanDocument.open(plan_file)
    try:
        with pytest.raises(PlanLocked) as info:
            PlanDocument.open(plan_file)
        from smartcity_desktop.services.lock import process_started

        if process_started(os.getpid()) is not None:
            assert getattr(info.value, "maybe_stale", None) is False
    finally:
        doc.close()


def test_a_lock_taken_over_with_open_anyway_is_not_removed_by_its_old_holder(plan_file: Path) -> None:
    first = PlanDocument.open(plan_file)
    second = PlanDocument.open(plan_file, force_lock=True)
    first.close()  # must not remove the lock the second one now holds
    assert lock_path(plan_file).exists()
    with pytest.raises(PlanLocked):
        PlanDocument.open(plan_file)
    second.close()
    assert not lock_path(plan_file).exists()


# -- 4. exporting onto the plan -------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "json"])
def test_export_never_writes_onto_the_plan(plan_file: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = plan_file.read_bytes()
    monkeypatch.chdir(plan_file.parent)
    symlink = plan_file.with_name(f"tautan.{fmt}")
    symlink.symlink_to(plan_file.name)
    hardlink = plan_file.with_name(f"keras.{fmt}")
    os.link(plan_file, hardlink)
    for out in (plan_file, Path(plan_file.name), symlink, hardlink, Path(f"./keras.{fmt}")):
        with pytest.raises(PlanError):
            export_file(plan_file, out, fmt)
    with pytest.raises(PlanError) as info:  # any plan file, and any name with the plan's extension
        export_file(plan_file, plan_file.with_name(f"laporan-{fmt}.smartcity"), fmt)
    assert info.value.key == "export.plan_name"
    assert plan_file.read_bytes() == before
    assert symlink.is_symlink()


def test_export_never_writes_onto_a_plan_open_here(plan_file: Path, demo_file: Path) -> None:
    before = plan_file.read_bytes()
    doc = PlanDocument.open(plan_file)
    try:
        alias = plan_file.with_name("sama.pdf")
        os.link(plan_file, alias)
        with pytest.raises(PlanError) as info:
            export_file(demo_file, alias, "pdf")  # another plan's export onto a name of the open plan
        assert info.value.key in ("file.same", "export.onto_plan")
    finally:
        doc.close()
    assert plan_file.read_bytes() == before


def test_cli_export_onto_the_plan_is_refused(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = plan_file.read_bytes()
    for fmt in ("pdf", "docx", "xlsx", "json"):
        assert main(["export", str(plan_file), "-o", str(plan_file), "--format", fmt]) == 1
    assert plan_file.read_bytes() == before
    assert "smartcity" in capsys.readouterr().err


def test_a_libreoffice_lock_beside_an_export_is_not_ours(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "laporan.json"
    lock_path(out).write_text(",budi,LAPTOP,18.07.2017 09:00,file:///home/budi/.config/libreoffice/4;")
    export_file(plan_file, out, "json")
    assert out.exists()


# -- 8. temp files pile up ---------------------------------------------------------------------------------
def _leftovers(plan: Path) -> tuple[list[Path], list[Path]]:
    """Temp files a kill leaves (ours, owners gone) and look-alikes that must stay."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    from smartcity_desktop.services.files import host_tag

    name = plan.name
    ours = [
        plan.with_name(f".{name}.a1b2c3d4.tmp"),  # the names of earlier versions
        plan.with_name(f".{name}.a1b2c3d4.tmp-journal"),
        plan.with_name(f".{name}.{dead.pid}-{host_tag()}-x_9y8z7w.tmp"),
        plan.with_name(f".{name}.{dead.pid}-{host_tag()}-x_9y8z7w.tmp-journal"),
    ]
    keep = [
        plan.with_name(f".{name}.bukan-milik-kami.tmp"),
        plan.with_name(f"{name}.a1b2c3d4.tmp"),
        plan.with_name(f".{name}.{os.getppid()}-{host_tag()}-livepid0.tmp"),  # a live process's
        plan.with_name(".lain.smartcity.a1b2c3d4.tmp"),
    ]
    for p in ours + keep:
        p.write_bytes(b"x" * 4096)
    return ours, keep


def test_temps_of_killed_writes_are_removed_at_the_next_open(plan_file: Path) -> None:
    ours, keep = _leftovers(plan_file)
    PlanDocument.open(plan_file).close()
    assert [p.name for p in ours if p.exists()] == []
    assert [p.name for p in keep if not p.exists()] == []


def test_lock_temps_of_killed_openers_are_removed_at_the_next_open(plan_file: Path) -> None:
    from smartcity_desktop.services.files import host_tag

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = lock_path(plan_file)
    ours = [
        lock.with_name(f"{lock.name}.{dead.pid}-{host_tag()}-0123abcd#"),
        lock.with_name(f"{lock.name}.break.{dead.pid}-{host_tag()}-0123abcd#"),
    ]
    other_computer = lock.with_name(f"{lock.name}.{dead.pid}-zzzz-0123abcd#")
    for p in [*ours, other_computer]:
        p.write_text("{}")
    assert len(temps_beside(plan_file)) == 2
    PlanDocument.open(plan_file).close()
    assert not any(p.exists() for p in ours) and other_computer.exists()
    assert temps_beside(plan_file) == []


def test_temps_are_removed_at_start_up(plan_file: Path) -> None:
    from smartcity_desktop.services.document import clean_data_folder, clean_plan_temps
    from smartcity_desktop.services.paths import working_dir

    ours, keep = _leftovers(plan_file)
    record = working_dir() / "0123456789abcdef.json.tmp"
    record.write_text("{")
    assert clean_plan_temps(plan_file) == len(ours)
    assert clean_data_folder() == 1
    assert [p.name for p in ours if p.exists()] == [] and not record.exists()
    assert [p.name for p in keep if not p.exists()] == []


def test_temps_of_a_plan_open_elsewhere_stay(plan_file: Path) -> None:
    from smartcity_desktop.services.document import clean_plan_temps

    _leftovers(plan_file)
    _lock(plan_file, host="LAPTOP-LAIN")  # open on another computer: its writes may be under way
    clean_plan_temps(plan_file)
    assert plan_file.with_name(f".{plan_file.name}.a1b2c3d4.tmp").exists()


# -- 9. disk full --------------------------------------------------------------------------------------
def test_an_edit_on_a_full_disk_says_what_is_full_and_the_plan_stays_usable(plan_file: Path) -> None:
    from smartcity_desktop.services.paths import working_dir

    doc = PlanDocument.open(plan_file)
    s = EditSession(doc)
    dim = doc.db.rows("dimension")[0]["id"]
    pages = doc.db.conn.execute("PRAGMA page_count").fetchone()[0]
    doc.db.conn.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "database or disk is full"
    with pytest.raises(WriteFailed) as info:
        s.insert("program", {"dimension_id": dim, "name": "x" * 200_000, "status": "planned", "is_quick_win": 0})
    assert info.value.key == "write.data_full"
    assert str(working_dir()) in info.value.message()
    doc.db.conn.execute("PRAGMA max_page_count=1073741823")  # space freed: the same plan goes on
    s.insert("program", {"dimension_id": dim, "name": "Setelah disk lega", "status": "planned", "is_quick_win": 0})
    doc.close()
    assert summary(plan_file).counts["program"] == 1


def test_opening_with_a_full_data_folder_blames_the_data_folder(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.services.paths import working_dir
    from smartcity_desktop.storage import database_files as copies

    real_connect = sqlite3.connect

    def tiny(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        if str(args[0]).startswith(str(working_dir())):
            conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(copies.sqlite3, "connect", tiny)

    class FullDisk(io.FileIO):  # the document's bytes are copied into the data folder (services/document.admit)
        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return FullDisk(file, mode) if str(file).startswith(str(working_dir())) and "w" in mode else open(file, mode)

    monkeypatch.setattr(document_mod, "open", full_open, raising=False)
    with pytest.raises(WriteFailed) as info:
        PlanDocument.open(plan_file)
    assert info.value.key == "write.data_full"
    assert str(working_dir()) in info.value.message() and str(plan_file) not in info.value.message()
    assert not list(working_dir().glob("*.incoming"))  # the partial copy is gone
    assert not lock_path(plan_file).exists()
    monkeypatch.undo()
    PlanDocument.open(plan_file).close()


# -- 10. read-only plans loop in recovery -------------------------------------------------------------
def test_edits_of_a_read_only_plan_are_saved_elsewhere_and_not_offered_again(
    plan_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.services import lock as lock_mod
    from smartcity_desktop.services.document import save_recovered

    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if str(path).endswith("#"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lock_mod.os, "open", refuse)
    before = plan_file.read_bytes()
    doc = PlanDocument.open(plan_file)
    assert doc.read_only
    _set_vision(doc, "Di media hanya-baca")
    doc.close()
    [info] = find_recoverable()
    assert not info.writable  # the GUI offers "save a copy elsewhere", not a recovery that ends read-only
    copy = tmp_path / "elsewhere" / "salinan.smartcity"
    copy.parent.mkdir()
    save_recovered(info, copy)
    assert summary(copy).plan["vision"] == "Di media hanya-baca"
    assert find_recoverable() == []
    assert plan_file.read_bytes() == before


# -- 11. --force replaces a plan open in the GUI ----------------------------------------------------------
@pytest.mark.parametrize("command", ["new", "demo", "import"])
def test_force_respects_the_lock(
    plan_file: Path, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "rencana.json"
    assert main(["export", str(plan_file), "-o", str(source)]) == 0
    script = (
        "import sys, time\n"
        "from smartcity_desktop.services.document import PlanDocument\n"
        "doc = PlanDocument.open(sys.argv[1])\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = spawn(script, str(plan_file))  # the GUI of a colleague, on this computer
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        before = plan_file.read_bytes()
        argv = {
            "new": ["new", str(plan_file), "--region", "Sumbawa", "--force"],
            "demo": ["demo", str(plan_file), "--force"],
            "import": ["import", str(source), "-o", str(plan_file), "--force"],
        }[command]
        capsys.readouterr()
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert host_name() in err
        assert plan_file.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert main(["demo", str(plan_file), "--force"]) == 0  # its holder ended: the lock is stale
    assert temps_beside(plan_file) == []


# -- 13. the command line under signals, pipes, full disks, no display ------------------------------------
def test_sigterm_during_export_leaves_no_temp_file(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    script = (
        "import sys, time\n"
        "from smartcity_desktop.exports import pdf\n"
        "def slow(doc, path, **kw):\n"
        "    open(path, 'wb').write(b'%PDF-1.4 ...')\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        "pdf.write_pdf = slow\n"
        "from smartcity_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    proc = spawn(script, "export", str(demo_file), "-o", str(out))
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"writing"
    assert temps_beside(out) != []  # the export is writing its temp file now
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) != 0
    assert temps_beside(out) == [] and not out.exists()


def test_a_closed_pipe_ends_quietly(plan_file: Path) -> None:
    """`info | head -1`: the reader is gone before the output is written."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "smartcity_desktop", "info", str(plan_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _out, err = proc.communicate(timeout=60)
    assert err.decode() == ""
    assert proc.returncode == 0


def test_docx_export_to_a_full_disk_gives_one_message(plan_file: Path, tmp_path: Path) -> None:
    """The disk fills at every point of the file's last 4 KiB (its zip directory) and once early."""
    out = tmp_path / "masterplan.docx"
    script = (
        "import gc, os, resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "from smartcity_desktop.cli import main\n"
        "args = sys.argv[1:]\n"
        "assert main(args) == 0\n"
        "size = os.path.getsize(args[3]); os.unlink(args[3])\n"
        "for limit in [16384, *range(size - 4096, size, 256)]:\n"
        "    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))\n"
        "    code = main(args)\n"
        "    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))\n"
        "    gc.collect()\n"
        "    sys.stderr.write(f'== {code}\\n'); sys.stderr.flush()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, "export", str(plan_file), "-o", str(out)],
        capture_output=True,
        timeout=300,
    )
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    runs = err.split("== ")[:-1]
    assert len(runs) == 17
    for run in runs:  # each: the one message (after the previous run's exit code)
        lines = [x for x in run.splitlines() if x.strip()]
        lines = lines[1:] if lines and lines[0].strip().isdigit() else lines
        assert len(lines) == 1, run
        assert "Traceback" not in run and "Exception ignored" not in run
    assert not out.exists() and temps_beside(out) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the DISPLAY check is for Linux")
def test_no_display_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run(
        [sys.executable, "-m", "smartcity_desktop"], capture_output=True, env=env, timeout=60, cwd=tmp_path
    )
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2, err
    assert len(err.splitlines()) == 1 and "DISPLAY" in err


def test_integrity_helper_can_fail(tmp_path: Path) -> None:
    """integrity_ok, which the crash tests rely on, says no to a damaged file."""
    bad = tmp_path / "rusak.sqlite"
    conn = sqlite3.connect(str(bad))
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 200)
    conn.commit()
    conn.close()
    data = bytearray(bad.read_bytes())
    data[4096 + 3 : 4096 + 5] = b"\xff\xff"  # the cell count of the table's first page
    bad.write_bytes(bytes(data))
    try:
        assert not integrity_ok(bad)
    except sqlite3.DatabaseError:
        pass


# -- the GUI's share: the choices it offers ----------------------------------------------------------------
def test_gui_saves_a_read_only_plans_edits_elsewhere_once(
    gui_controller: Any, plan_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from smartcity_desktop.services import lock as lock_mod

    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if str(path).endswith("#"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(lock_mod.os, "open", refuse)
        doc = PlanDocument.open(plan_file)
        _set_vision(doc, "Dari media hanya-baca")
        doc.close()
    copy = tmp_path / "salinan.smartcity"
    asked: list[str] = []
    monkeypatch.setattr(type(gui_controller), "_ask_recover_elsewhere", lambda self, info: asked.append("?") or "save")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    assert gui_controller.offer_recovery()  # the copy is saved and opened
    assert asked == ["?"]
    assert gui_controller.window.session.document.path == copy.resolve()
    assert gui_controller.window.session.db.plan()["vision"] == "Dari media hanya-baca"
    assert find_recoverable() == []  # not offered again at the next start
    assert not gui_controller.offer_recovery() and asked == ["?"]


def test_gui_offers_open_anyway_for_a_lock_of_a_renamed_computer(
    gui_controller: Any, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _lock(plan_file, host="NAMA-LAMA", pid=999_999)
    offered: list[bool] = []

    def choose(self: Any, parent: Any, e: PlanLocked) -> str:
        offered.append(getattr(e, "maybe_stale", False))
        return "anyway"

    monkeypatch.setattr(type(gui_controller), "_ask_locked", choose)
    assert gui_controller.open_path(str(plan_file))
    assert offered == [True]
    assert gui_controller.window.session.document.lock.held
    assert json.loads(lock_path(plan_file).read_text())["pid"] == os.getpid()


def test_gui_lock_dialog_names_the_holder_and_cancels_by_default(gui_controller: Any, plan_file: Path) -> None:
    _lock(plan_file, host="NAMA-LAMA", pid=999_999)
    assert not gui_controller.open_path(str(plan_file))  # the unanswered box means "cancel"
    assert any("NAMA-LAMA" in t for t in gui_controller.shown)
    assert "NAMA-LAMA" in lock_path(plan_file).read_text()
