# SPDX-License-Identifier: GPL-3.0-or-later
"""Real crashes (SIGKILL) at random moments: while editing, while snapshotting, while exporting.

After each kill: every acknowledged edit is recovered, the plan and the working copy pass
``integrity_check``, the target of a write is the old or the new complete file, and no temp file
survives the next open. Counts: small by default, 100 each with SMARTCITY_LONG=1.
"""

from __future__ import annotations

import json
import os
import random
import time
import zipfile
from pathlib import Path

import pytest

from smartcity_desktop.services.document import PlanDocument, working_paths
from smartcity_desktop.services.exporting import export_file
from smartcity_desktop.services.plans import summary
from smartcity_desktop.storage.vet import vet
from tests.crash import kill, spawn
from tests.reliability.helpers import count, integrity_ok, record, temps_beside

# The child edits through the services layer and prints each program's id once its action committed.
_EDITOR = """
import sys
from smartcity_desktop.services import document
document.SNAPSHOT_DELAY = float(sys.argv[2])
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.session import EditSession
doc = PlanDocument.open(sys.argv[1], recover=True)
session = EditSession(doc)
dim = doc.db.rows("dimension")[0]["id"]
print("open", flush=True)
i = 0
while True:
    pid, _changes = session.insert(
        "program", {"dimension_id": dim, "name": f"{sys.argv[3]}-{i}", "status": "planned", "is_quick_win": 0}
    )
    if i % 3 == 2:
        session.update("program", pid, {"description": "diubah " * (i % 50)})
    print(pid, flush=True)
    i += 1
"""

# The child writes snapshots one after another, each with a new vision; "w i" before, "d i" after.
_SNAPSHOTTER = """
import sys
from smartcity_desktop.services import document
document.SNAPSHOT_DELAY = 3600.0
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.session import EditSession
doc = PlanDocument.open(sys.argv[1], recover=False)
session = EditSession(doc)
i = 0
while True:
    session.update("plan", doc.db.plan()["id"], {"vision": f"{sys.argv[2]}-{i}"})
    print(f"w {i}", flush=True)
    doc.snapshot()
    print(f"d {i}", flush=True)
    i += 1
"""

# The child exports one plan again and again to one file.
_EXPORTER = """
import sys
from smartcity_desktop.services.exporting import export_file
print("start", flush=True)
while True:
    export_file(sys.argv[1], sys.argv[2], sys.argv[3])
    print("done", flush=True)
"""


def _read_acks(proc: object, wanted: int) -> list[str]:
    lines = []
    stdout = proc.stdout  # type: ignore[attr-defined]
    while len(lines) < wanted:
        line = stdout.readline()
        if not line:
            break
        lines.append(line.decode().strip())
    return lines


def _working_ok(plan: Path) -> None:
    working = working_paths(plan.resolve())
    if working.exists():
        assert integrity_ok(working), "working copy damaged"


def test_kills_while_editing_lose_no_acknowledged_edit(plan_file: Path, log_file: Path) -> None:
    kills = count(15, 100)
    rng = random.Random(7)
    acknowledged: set[str] = set()
    recovered_edits = 0
    for round_ in range(kills):
        delay = rng.choice(["0", "0.005", "0.05", "2"])  # snapshots often under way when the kill comes
        proc = spawn(_EDITOR, str(plan_file), delay, f"r{round_}", stderr=log_file)
        wanted = rng.choice([0, 1, 2, 5, 10, 20, 40])
        lines = _read_acks(proc, wanted)
        time.sleep(rng.random() * 0.02)
        lines += kill(proc)
        acks = {x for x in lines if x and x != "open"}
        acknowledged |= acks
        # after the crash: the working copy and the plan file are sound
        _working_ok(plan_file)
        assert integrity_ok(plan_file), f"round {round_}: plan damaged"
        vet(plan_file)
        doc = PlanDocument.open(plan_file, recover=True)
        try:
            # (a recovered plan is written at once: that snapshot's own temp may be there now)
            left = [n for n in temps_beside(plan_file) if f".{os.getpid()}-" not in n]
            assert left == [], f"round {round_}: temps survived the next open"
            have = {r["id"] for r in doc.db.rows("program")}
            missing = acknowledged - have
            assert not missing, f"round {round_}: {len(missing)} acknowledged edits lost"
            recovered_edits += len(acks)
        finally:
            doc.close()
        assert temps_beside(plan_file) == []
    assert summary(plan_file).counts["program"] >= len(acknowledged)
    assert integrity_ok(plan_file)
    record("crash_edits", kills=kills, acknowledged=len(acknowledged), survived=kills)


def test_kills_while_snapshotting_leave_the_old_or_the_new_file(plan_file: Path, log_file: Path) -> None:
    kills = count(12, 100)
    rng = random.Random(11)
    seen_old = seen_new = 0
    for round_ in range(kills):
        before = summary(plan_file).plan["vision"]
        proc = spawn(_SNAPSHOTTER, str(plan_file), f"r{round_}", stderr=log_file)
        lines = _read_acks(proc, rng.choice([0, 1, 2, 3, 6, 12]))
        time.sleep(rng.random() * 0.01)
        lines += kill(proc)
        started = [int(x.split()[1]) for x in lines if x.startswith("w ")]
        done = [int(x.split()[1]) for x in lines if x.startswith("d ")]
        assert integrity_ok(plan_file), f"round {round_}: plan damaged"
        vet(plan_file)
        vision = summary(plan_file).plan["vision"]
        allowed = {f"r{round_}-{done[-1]}" if done else before}
        if started:
            allowed.add(f"r{round_}-{started[-1]}")
        assert vision in allowed, f"round {round_}: {vision!r} not in {allowed}"
        if vision in (before, f"r{round_}-{done[-1]}" if done else before):
            seen_old += 1
        else:
            seen_new += 1
        PlanDocument.open(plan_file, recover=False).close()
        assert temps_beside(plan_file) == [], f"round {round_}: temps survived the next open"
    record("crash_snapshots", kills=kills, last_complete=seen_old, in_flight_installed=seen_new)


@pytest.mark.parametrize("fmt", ["json", "xlsx", "docx"])
def test_kills_while_exporting_leave_no_partial_file(plan_file: Path, tmp_path: Path, log_file: Path, fmt: str) -> None:
    kills = count(5, 100)
    rng = random.Random(13)
    out = tmp_path / "keluar" / f"rencana.{fmt}"
    out.parent.mkdir()
    leftovers = 0
    for round_ in range(kills):
        proc = spawn(_EXPORTER, str(plan_file), str(out), fmt, stderr=log_file)
        _read_acks(proc, rng.choice([1, 1, 2, 3]))
        time.sleep(rng.random() * 0.05)
        kill(proc)
        leftovers += len(temps_beside(out))
        if out.exists():  # the old or the new export, complete
            if fmt == "json":
                json.loads(out.read_text(encoding="utf-8"))
            else:
                with zipfile.ZipFile(out) as z:
                    assert z.testzip() is None, f"round {round_}: damaged {fmt}"
    export_file(plan_file, out, fmt)  # the next export of that file removes what the kills left
    assert temps_beside(out) == []
    record(f"crash_export_{fmt}", kills=kills, temps_left_by_kills=leftovers)
