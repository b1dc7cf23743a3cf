# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups under faults: an I/O error at the N-th write for every N, and kills during backup and restore.

Each time the operation completes or everything is as before: no partial backup or restored file is
ever left under a final name, and the plan is never changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from smartcity_desktop.services import backups
from smartcity_desktop.services.document import read_rows
from smartcity_desktop.storage.vet import vet

LONG = os.environ.get("SMARTCITY_LONG") == "1"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits and signals")

# The child lowers its file size limit (RLIMIT_FSIZE) to N pages before each backup, so the write that
# would make any file longer than N pages fails (EFBIG, as a full disk would), for N = 0, 1, 2, ...
# until the backup completes; after each attempt it records which files the backup folder holds.
_FAULTS = r"""
import json, os, resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from smartcity_desktop.services import backups
from smartcity_desktop.services.document import PlanDocument

plan, mode, step = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
doc = PlanDocument.open(plan) if mode == "doc" else None
folder = backups.plan_folder(backups.plan_id_of(plan))
folder.mkdir(parents=True, exist_ok=True)
if mode == "restore":  # restore a backup into a new file in a folder of its own
    source = backups.take_backup(plan, "manual").path
    folder = plan.parent / "restored"
    folder.mkdir()
n = 0
while True:
    before = sorted(os.listdir(folder))
    resource.setrlimit(resource.RLIMIT_FSIZE, (n * 4096, hard))
    try:
        if mode == "restore":
            b = backups.describe(backups.restore(source, folder / "new.smartcity"))
        else:
            b = backups.take_backup(doc if doc is not None else plan, "manual")
        error = None
    except Exception as e:
        b, error = None, [type(e).__name__, getattr(e, "key", "")]
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    after = sorted(os.listdir(folder))
    print(json.dumps({"n": n, "ok": b is not None, "path": str(b.path) if b else None, "error": error,
                      "new": sorted(set(after) - set(before)), "gone": sorted(set(before) - set(after))}), flush=True)
    if b is not None:
        break
    n += step
if doc is not None:
    doc.close(abandon=True)
"""


WRITE_ERRORS = {
    ("WriteFailed", "write.disk_full"),
    ("WriteFailed", "write.failed"),
    ("WriteFailed", "write.failed_new"),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("mode", ["file", "doc", "restore"])
def test_an_io_error_at_every_write_of_a_backup(demo_file: Path, mode: str) -> None:
    """``file``: a backup of a plan file; ``doc``: of an open plan (its working copy); ``restore``."""
    step = 1 if LONG else 3  # every N in the long run, every third by default
    before = digest(demo_file)
    rows_before = read_rows(demo_file)
    proc = subprocess.run(
        [sys.executable, "-c", _FAULTS, str(demo_file), mode, str(step)], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    *failures, done = results
    assert done["ok"] and len(failures) * step >= 200  # the demo plan is ~246 pages: an error at each
    for r in failures:
        assert r["new"] == [] and r["gone"] == [], r  # nothing left: no partial backup, no temp file
        expected = {("WriteFailed", "backup.failed")} if mode != "restore" else WRITE_ERRORS
        assert tuple(r["error"]) in expected, r
    assert set(done["new"]) - {"source.json"} == {Path(done["path"]).name}  # and where the plan file is
    vet(Path(done["path"]))
    assert read_rows(Path(done["path"])) == rows_before
    assert digest(demo_file) == before  # the plan was never touched


# A child that repeats one operation (restore into target-i, or a backup) until it is killed.
_LOOP = r"""
import sys
from pathlib import Path
from smartcity_desktop.services import backups
what, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
print("ready", flush=True)
i = 0
while True:
    if what == "restore":
        backups.restore(source, out / f"target-{i}.smartcity")
    else:
        backups.take_backup(source, "manual")
    i += 1
"""


def _kill_during(what: str, source: Path, out: Path, rng: random.Random) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _LOOP, what, str(source), str(out)], stdout=subprocess.PIPE, env=dict(os.environ)
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    deadline_files = rng.randint(1, 6)
    # kill after a random number of completed files plus a random fraction of the next one
    while len(list(out.glob("target-*.smartcity")) if what == "restore" else _backups(source)) < deadline_files:
        if proc.poll() is not None:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def _backups(plan: Path) -> list[Path]:
    return backups.backup_files(backups.plan_folder(backups.plan_id_of(plan)))


def test_a_kill_during_restore_leaves_the_target_absent_or_complete(demo_file: Path, tmp_path: Path) -> None:
    trials = 100 if LONG else 8
    rng = random.Random(7)
    b = backups.take_backup(demo_file, "manual")
    expected = read_rows(b.path)
    checked = 0
    for trial in range(trials):
        out = tmp_path / f"t{trial}"
        out.mkdir()
        _kill_during("restore", b.path, out, rng)
        for target in out.iterdir():
            if target.name.startswith("target-"):
                vet(target)  # a file under its final name is always complete
                assert read_rows(target) == expected
                checked += 1
            else:  # only the temp file of the write under way at the kill
                assert target.name.startswith(".target-") and ".smartcity." in target.name, target
    assert checked >= trials


def test_a_kill_during_backup_leaves_only_complete_backups(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trials = 50 if LONG else 5
    rng = random.Random(11)
    before = digest(demo_file)
    expected = read_rows(demo_file)
    folder = backups.plan_folder(backups.plan_id_of(demo_file))
    for _ in range(trials):
        _kill_during("backup", demo_file, folder, rng)
        for p in backups.backup_files(folder):
            vet(p)
            assert read_rows(p) == expected
    assert digest(demo_file) == before
    leftovers = [p for p in folder.iterdir() if p.name.endswith(".tmp") or ".tmp-" in p.name]
    monkeypatch.setattr(backups, "STALE_TEMP", -1.0)
    backups.take_backup(demo_file, "manual")
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], leftovers  # cleaned at the next backup
