# SPDX-License-Identifier: GPL-3.0-or-later
"""Three programs open one plan at the same instant: exactly one writes, the others are told who does.

Every other trial a lock of an ended process is there first: the three race to take it over.

20 trials by default, 200 with SMARTCITY_LONG=1. Each trial the writer commits an edit and closes; the
edit must be in the plan afterwards and the plan must pass vetting.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from smartcity_desktop.services.lock import lock_path
from smartcity_desktop.services.paths import host_name
from smartcity_desktop.services.plans import summary
from smartcity_desktop.storage.vet import vet
from tests.crash import spawn
from tests.reliability.helpers import count, record, temps_beside

_OPENER = """
import json, sys, time
from smartcity_desktop.core.errors import PlanLocked
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.session import EditSession
doc = None
print("ready", flush=True)
for line in sys.stdin:
    cmd, *rest = json.loads(line)
    if cmd == "open":
        at = rest[1]
        while time.time() < at:  # all three start together
            pass
        try:
            doc = PlanDocument.open(rest[0], recover=False)
            session = EditSession(doc)
            dim = doc.db.rows("dimension")[0]["id"]
            pid, _ = session.insert(
                "program", {"dimension_id": dim, "name": "satu penulis", "status": "planned", "is_quick_win": 0}
            )
            print("writer " + pid, flush=True)
        except PlanLocked as e:
            print("refused " + json.dumps(e.message("en")), flush=True)
        except Exception as e:
            print("error " + json.dumps(f"{type(e).__name__}: {e}"), flush=True)
    elif cmd == "close":
        if doc is not None:
            doc.close()
            doc = None
        print("closed", flush=True)
"""


def test_three_openers_one_writer(plan_file: Path, log_file: Path) -> None:
    trials = count(20, 200)
    procs = [spawn(_OPENER, stderr=log_file, stdin=True) for _ in range(3)]
    refusals = 0
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == b"ready"
        written: list[str] = []
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        stale = {"user": "x", "host": host_name(), "pid": dead.pid, "since": "2017-07-18T09:00:00Z"}
        for trial in range(trials):
            if trial % 2:  # every other trial the three race to take over a lock its ended holder left
                lock_path(plan_file).write_text(json.dumps(stale))
            at = time.time() + 0.05
            for p in procs:
                _send(p, json.dumps(["open", str(plan_file), at]))
            answers = [_read(p) for p in procs]
            writers = [a.split(" ", 1)[1] for a in answers if a.startswith("writer ")]
            refused = [json.loads(a.split(" ", 1)[1]) for a in answers if a.startswith("refused ")]
            assert len(writers) == 1, f"trial {trial}: {answers}"
            assert len(refused) == 2, f"trial {trial}: {answers}"
            assert all(host_name() in m for m in refused), refused  # the holder is named
            refusals += len(refused)
            written += writers
            for p in procs:
                _send(p, json.dumps(["close"]))
            assert [_read(p) for p in procs] == ["closed"] * 3
            assert not lock_path(plan_file).exists()
        vet(plan_file)
        assert summary(plan_file).counts["program"] == len(written) == trials  # no acknowledged edit lost
        assert temps_beside(plan_file) == []
    finally:
        for p in procs:
            p.kill()
            p.wait()
    record("concurrency", trials=trials, writers=trials, refusals=refusals)


def _send(proc: subprocess.Popen[bytes], line: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write((line + "\n").encode())
    proc.stdin.flush()


def _read(proc: subprocess.Popen[bytes]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().decode().strip()
