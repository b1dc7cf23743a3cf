# SPDX-License-Identifier: GPL-3.0-or-later
"""Make a real crash: a process edits a plan and is killed before the edit reaches the file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

_SCRIPT = """
import sys, time
from smartcity_desktop.services.document import PlanDocument
doc = PlanDocument.open(sys.argv[1])
with doc.db.action() as ch:
    doc.db.update("plan", doc.db.plan()["id"], {"vision": sys.argv[2]})
doc.edited(ch)
doc._timer.cancel()   # the crash comes before the snapshot
print("ready", flush=True)
time.sleep(60)
"""


def crash_with_unsaved_vision(plan: Path, vision: str) -> None:
    """Open ``plan`` in another process, set its vision, and kill it (SIGKILL) before any snapshot."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(plan), vision], stdout=subprocess.PIPE, env=dict(os.environ)
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def spawn(script: str, *args: str, stderr: Path | None = None, stdin: bool = False) -> subprocess.Popen[bytes]:
    """Run ``script`` in a new Python process (same environment: SMARTCITY_HOME, language) with a stdout pipe
    (and a stdin pipe when ``stdin``)."""
    err = open(stderr, "ab") if stderr else subprocess.DEVNULL
    try:
        return subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdin=subprocess.PIPE if stdin else None,
            stdout=subprocess.PIPE,
            stderr=err,
            env=dict(os.environ),
        )
    finally:
        if stderr:
            err.close()  # type: ignore[union-attr]


def kill(proc: subprocess.Popen[bytes]) -> list[str]:
    """SIGKILL ``proc`` (a real crash: no clean-up runs) and return the lines it printed and nobody read yet."""
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.stdout is not None
    return proc.stdout.read().decode("utf-8", "replace").splitlines()
