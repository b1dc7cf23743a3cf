# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups: taken while editing, before migration/merge/restore/repair; thinned; restored into a new file."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.errors import FileRefused, PlanError, WriteFailed
from smartcity_desktop.services import backups
from smartcity_desktop.services.document import PlanDocument, read_rows
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.checksum import stamp_connection


def programs(path: Path) -> set[str]:
    rows, _ = read_rows(path)
    return {r["id"] for r in rows["program"]}


def delete_programs(doc: PlanDocument, n: int) -> list[str]:
    ids = [r["id"] for r in doc.db.rows("program")][:n]
    session = EditSession(doc)
    for rid in ids:
        session.delete("program", rid)
    return ids


def test_deleting_21_of_43_programs_and_closing_is_not_final(demo_file: Path, tmp_path: Path) -> None:
    before = programs(demo_file)
    assert len(before) == 43
    doc = PlanDocument.open(demo_file)
    deleted = delete_programs(doc, 21)
    doc.close()
    assert len(programs(demo_file)) == 22  # the plan itself lost them
    items = backups.list_backups(demo_file)
    assert items and items[0].reason == "edit" and items[0].programs == 43 and items[0].usable
    out = tmp_path / "pulih.smartcity"
    backups.restore(items[0].path, out)
    assert programs(out) == before and set(deleted) <= programs(out)
    assert len(programs(demo_file)) == 22  # restoring never touches the plan


def test_edits_are_backed_up_at_most_every_interval(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(backups.time, "monotonic", lambda: clock[0])
    doc = PlanDocument.open(demo_file)
    try:
        session = EditSession(doc)
        plan_id = doc.db.plan()["id"]
        for minute in range(12):
            session.update("plan", plan_id, {"notes": f"catatan {minute}"})
            doc.snapshot()
            clock[0] += 60.0
        items = backups.list_backups(doc)
        # minutes 0, 5 and 10: the first snapshot of the session, then one per 5 minutes
        assert len(items) == 3
        held = [read_rows(b.path)[0]["plan"][0]["notes"] for b in reversed(items)]
        assert held[0] != "catatan 0"  # the plan as opened, before this session's first edit
        assert held[1:] == ["catatan 4", "catatan 9"]
    finally:
        doc.close()


def test_backups_are_keyed_by_the_plan_id(demo_file: Path, plan_file: Path, tmp_path: Path) -> None:
    a = backups.take_backup(demo_file, "manual")
    b = backups.take_backup(plan_file, "manual")
    assert a.plan_id != b.plan_id
    assert a.path.parent.name == read_rows(demo_file)[0]["plan"][0]["id"]
    moved = tmp_path / "elsewhere.smartcity"
    os.replace(demo_file, moved)  # the same plan under another name keeps its backups
    assert [x.path for x in backups.list_backups(moved)] == [a.path]
    assert [x.path for x in backups.list_backups(a.plan_id)] == [a.path]
    names = {p.region_name for p in backups.all_plans()}
    assert {"Lombok Timur"} <= names and len(backups.all_plans()) == 2
    found = {p.plan_id: p for p in backups.all_plans()}
    assert found[a.plan_id].source == str(demo_file) and found[a.plan_id].current_file() is None  # it moved
    assert found[b.plan_id].current_file() == plan_file


def test_take_backup_of_an_open_plan_holds_its_latest_edits(demo_file: Path) -> None:
    doc = PlanDocument.open(demo_file)
    try:
        EditSession(doc).update("plan", doc.db.plan()["id"], {"vision": "belum tertulis ke berkas"})
        b = backups.take_backup(doc, "merge")
        assert b.reason == "merge"
        assert read_rows(b.path)[0]["plan"][0]["vision"] == "belum tertulis ke berkas"
    finally:
        doc.close()


def test_a_backup_is_taken_before_migrating(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups, "_schema_version", lambda: 99)  # as if this file were of an older version
    original = demo_file.read_bytes()
    doc = PlanDocument.open(demo_file)
    doc.close()
    (b,) = backups.list_backups(demo_file)
    assert b.reason == "migration"
    assert read_rows(b.path) == read_rows(demo_file)
    assert demo_file.read_bytes() == original


def test_restore_backs_up_the_current_plan_and_never_overwrites(demo_file: Path, tmp_path: Path) -> None:
    first = backups.take_backup(demo_file, "manual")
    existing = tmp_path / "ada.smartcity"
    existing.write_bytes(b"keep me")
    with pytest.raises(PlanError) as e:
        backups.restore(first.path, existing, current=demo_file)
    assert e.value.key == "file.exists" and existing.read_bytes() == b"keep me"
    with pytest.raises(PlanError):
        backups.restore(first.path, tmp_path / "baru.pdf")
    out = tmp_path / "baru.smartcity"
    backups.restore(first.path, out, current=demo_file)
    reasons = [b.reason for b in backups.list_backups(demo_file)]
    assert reasons == ["restore", "manual"]
    assert read_rows(out) == read_rows(demo_file)


def test_a_damaged_backup_is_listed_as_damaged_and_not_restored(demo_file: Path, tmp_path: Path) -> None:
    b = backups.take_backup(demo_file, "manual")
    data = b.path.read_bytes()
    b.path.write_bytes(data[: len(data) // 2])
    (listed,) = backups.list_backups(demo_file)
    assert not listed.usable and "terpotong" in listed.problem and listed.programs is None
    with pytest.raises(FileRefused):
        backups.restore(b.path, tmp_path / "x.smartcity")
    assert not (tmp_path / "x.smartcity").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x.smartcity")]


# -- thinning ------------------------------------------------------------------------------
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # a Tuesday


def timeline() -> list[datetime]:
    """A backup every 6 hours for three months up to NOW."""
    t, out = NOW - timedelta(days=91), []
    while t <= NOW:
        out.append(t)
        t += timedelta(hours=6)
    return out


def at(day: str, hour: int) -> datetime:
    return datetime.fromisoformat(f"2026-{day}T{hour:02d}:00:00+00:00")


EXPECTED = {
    # the 10 newest
    at("12-01", 12), at("12-01", 6), at("12-01", 0), at("11-30", 18), at("11-30", 12),
    at("11-30", 6), at("11-30", 0), at("11-29", 18), at("11-29", 12), at("11-29", 6),
    # the newest of each of the last 7 days (Nov 25 .. Dec 1)
    at("11-28", 18), at("11-27", 18), at("11-26", 18), at("11-25", 18),
    # the newest of each of the last 8 weeks (Mondays Oct 12 .. Nov 30)
    at("11-22", 18), at("11-15", 18), at("11-08", 18), at("11-01", 18), at("10-25", 18), at("10-18", 18),
}  # fmt: skip


def test_thinning_keeps_recent_daily_and_weekly() -> None:
    times = timeline()
    kept = {times[i] for i in backups.kept(times, NOW)}
    assert kept == EXPECTED


def test_thinning_a_folder_deletes_only_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "plan"
    folder.mkdir()
    for t in timeline():
        (folder / f"{t.strftime('%Y%m%dT%H%M%S%fZ')}-edit.smartcity").write_bytes(b"x")
    foreign = folder / "catatan saya.txt"
    foreign.write_text("not ours")
    removed = backups.thin(folder, NOW)
    left = {backups.describe_time(p) for p in backups.backup_files(folder)}
    assert left == EXPECTED and len(removed) == len(timeline()) - len(EXPECTED)
    assert foreign.exists()


def test_few_backups_are_all_kept() -> None:
    times = [NOW - timedelta(days=400), NOW - timedelta(days=30), NOW]
    assert backups.kept(times, NOW) == {0, 1, 2}


# -- failures ---------------------------------------------------------------------------------
def test_a_full_disk_while_backing_up_never_harms_the_plan_or_editing(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_src: Path, _dst: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "copy_into_working", full)
    monkeypatch.setattr(backups, "EDIT_INTERVAL", 0.0)  # try at every snapshot
    reported: list[Any] = []
    doc = PlanDocument.open(demo_file)
    doc.on_error = lambda _d, e: reported.append(e)
    session = EditSession(doc)
    plan_id = doc.db.plan()["id"]
    for i in range(4):
        session.update("plan", plan_id, {"notes": f"n{i}"})
        doc.snapshot()
        assert read_rows(demo_file)[0]["plan"][0]["notes"] == f"n{i}"  # every edit reached the file
    doc.close()
    assert len(reported) == 1 and isinstance(reported[0], WriteFailed)
    assert reported[0].key == "backup.failed" and "ruang disk" in reported[0].message()
    folder = backups.plan_folder(plan_id)
    assert list(folder.iterdir()) == []  # no partial backup, no temp file


def test_stale_temp_files_of_killed_backups_are_removed(demo_file: Path) -> None:
    b = backups.take_backup(demo_file, "manual")
    stale = b.path.parent / ".20261201T000000000000Z-edit.smartcity.abc123.tmp"
    fresh = b.path.parent / ".20261201T000000000000Z-edit.smartcity.def456.tmp"
    stale.write_bytes(b"partial")
    fresh.write_bytes(b"being written")
    old = datetime.now().timestamp() - 3600
    os.utime(stale, (old, old))
    backups.take_backup(demo_file, "manual")
    assert not stale.exists() and fresh.exists()


# -- command line -------------------------------------------------------------------------------
def test_cli_lists_and_restores_into_a_new_file(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from smartcity_desktop.cli import main

    assert main(["backups", str(demo_file)]) == 0
    assert "Belum ada cadangan" in capsys.readouterr().out
    doc = PlanDocument.open(demo_file)
    delete_programs(doc, 21)
    doc.close()
    assert main(["backups", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "Cadangan Lombok Timur" in out
    assert "  1. " in out and "penyuntingan  43 program, 42 bab" in out and (" KB" in out or " MB" in out)
    new = tmp_path / "pulih.smartcity"
    assert main(["backups", str(demo_file), "--restore", "1", "-o", str(new)]) == 0
    assert len(programs(new)) == 43
    assert main(["backups", str(demo_file), "--restore", "1", "-o", str(new)]) == 1  # never overwrites
    err = capsys.readouterr().err
    assert "sudah ada" in err or "exists" in err
    assert main(["backups", str(demo_file), "--restore", "9", "-o", str(tmp_path / "z.smartcity")]) == 1
    assert "Tidak ada cadangan nomor 9" in capsys.readouterr().err
    assert main(["backups", str(demo_file), "--restore", "1"]) == 1
    assert "-o" in capsys.readouterr().err
    # the plan file itself may be gone: every plan's backups are listed, and restored by the plan's id
    plan_id = backups.list_backups(demo_file)[0].plan_id
    demo_file.unlink()
    assert main(["backups"]) == 0
    assert plan_id in capsys.readouterr().out
    again = tmp_path / "lagi.smartcity"
    assert main(["backups", plan_id, "--restore", "2", "-o", str(again)]) == 0
    assert len(programs(again)) == 43


def test_backup_and_repair_commands_work_without_pyside6(demo_file: Path, tmp_path: Path) -> None:
    import sqlite3
    import subprocess
    import sys

    from tests.test_cli import BLOCK_QT

    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE dimension SET sort_key = 1.0")
    conn.commit()
    stamp_connection(conn)  # as the app writes it
    conn.close()

    def cli(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", BLOCK_QT, *map(str, args)], capture_output=True, text=True, timeout=120
        )

    new = tmp_path / "baru.smartcity"
    for args in (
        ["check", demo_file, "--repair"],
        ["backups", demo_file],
        ["backups"],
        ["backups", demo_file, "--restore", "1", "-o", new],
    ):
        r = cli(*args)
        assert r.returncode == 0 and "Traceback" not in r.stderr, (args, r.stderr)
    assert len(programs(new)) == 43
