# SPDX-License-Identifier: GPL-3.0-or-later
"""I/O errors injected at the N-th write of snapshot and export, for every N until the operation completes.

Two kinds of fault, as SQLite's own anomaly tests do: an OSError at the N-th write-like call our code
makes (open for writing, write, fsync, link, rename/replace, the VACUUM INTO), and a full disk at every
4 KiB of the file (RLIMIT_FSIZE in a child process), which reaches the writes inside SQLite and the
export libraries. Each time the operation completes, or everything is as before: the target
byte-identical, no temp file left, a translated PlanError (never a raw OSError).
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services import document as document_mod
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.exporting import export_file
from smartcity_desktop.services.plans import summary
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.vet import vet
from tests.reliability.helpers import LONG, record, temps_beside

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT


class _Faults:
    """Counts write-like calls; the ``fail_at``-th raises OSError(ENOSPC)."""

    def __init__(self, fail_at: int) -> None:
        self.fail_at = fail_at
        self.calls = 0
        self.fired: str | None = None

    def tick(self, what: str) -> None:
        self.calls += 1
        if self.calls == self.fail_at:
            self.fired = what
            raise OSError(errno.ENOSPC, f"injected at {what}")


class _File:
    """A file object whose writes count as write calls."""

    def __init__(self, f: Any, faults: _Faults) -> None:
        self._f = f
        self._faults = faults

    def write(self, data: Any) -> int:
        self._faults.tick("write")
        return int(self._f.write(data))

    def __enter__(self) -> _File:
        return self

    def __exit__(self, *exc: object) -> None:
        self._f.close()

    def __iter__(self) -> Any:
        return iter(self._f)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)


def _install(monkeypatch: pytest.MonkeyPatch, faults: _Faults) -> None:
    real_open, real_os_open = builtins.open, os.open

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            faults.tick(name)
            return fn(*args, **kwargs)

        return call

    def file_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+"):
            faults.tick("open")
            return _File(real_open(file, mode, *args, **kwargs), faults)
        return real_open(file, mode, *args, **kwargs)

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & _WRITE_FLAGS:
            faults.tick("os.open")
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", file_open)
    monkeypatch.setattr(io, "open", file_open)
    monkeypatch.setattr(os, "open", os_open)
    for name in ("write", "fsync", "replace", "rename", "link"):
        monkeypatch.setattr(os, name, wrap(f"os.{name}", getattr(os, name)))
    monkeypatch.setattr(document_mod, "vacuum_into", wrap("VACUUM INTO", document_mod.vacuum_into))
    monkeypatch.setattr(document_mod, "stamp_written", wrap("stamp", document_mod.stamp_written))


def _every_n(
    operation: Callable[[], None],
    target: Path,
    prepare: Callable[[], None],
    check_done: Callable[[], None],
) -> int:
    """Run ``operation`` with a fault at call 1, 2, 3 ... until it completes untouched; returns faults injected.

    Before each run ``prepare()`` sets the scene; a run that fails must leave ``target`` byte-identical and
    no temp file beside it. A fault our code or a library gets over (zipfile retries an open, the folder
    fsync is best effort) is a run that completes.
    """
    injected = 0
    n = 0
    while True:
        n += 1
        prepare()
        before = target.read_bytes()
        faults = _Faults(n)
        with pytest.MonkeyPatch.context() as patch:
            _install(patch, faults)
            try:
                operation()
                error: PlanError | None = None
            except PlanError as e:
                error = e
        if faults.fired is None:  # no fault reached: the operation ran through
            assert error is None, error
            check_done()
            return injected
        injected += 1
        if error is None:
            check_done()
        else:
            assert error.message(), f"fault {n} ({faults.fired}): no message"
            assert target.read_bytes() == before, f"fault {n} ({faults.fired}) changed {target.name}"
            assert temps_beside(target) == [], f"fault {n} ({faults.fired}) left a temp file"
        assert n < 500, "the operation never completes"


def test_snapshot_under_injected_faults(plan_file: Path) -> None:
    doc = PlanDocument.open(plan_file)
    try:
        EditSession(doc).update("plan", doc.db.plan()["id"], {"vision": "Setelah gangguan"})
        doc._timer.cancel()

        def prepare() -> None:
            doc.edited()  # each run writes the edits again
            doc._timer.cancel()

        def done() -> None:
            vet(plan_file)
            assert summary(plan_file).plan["vision"] == "Setelah gangguan"
            assert temps_beside(plan_file) == []

        injected = _every_n(doc.snapshot, plan_file, prepare, done)
    finally:
        doc.close()
    assert injected >= 5
    record("faults_snapshot_calls", faults=injected)


@pytest.mark.parametrize("fmt", ["json", "xlsx", "docx", "pdf"])
def test_export_under_injected_faults(plan_file: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"laporan.{fmt}"

    def prepare() -> None:
        out.write_bytes(b"ekspor sebelumnya")

    def done() -> None:
        assert out.read_bytes() != b"ekspor sebelumnya"
        assert temps_beside(out) == []

    injected = _every_n(lambda: export_file(plan_file, out, fmt), out, prepare, done)
    assert injected >= 3
    record(f"faults_export_{fmt}_calls", faults=injected)


# A full disk at every 4 KiB of the snapshot and of each export (4 points of each export unless
# SMARTCITY_LONG=1), in a child: RLIMIT_FSIZE stops the writes of SQLite and of the export libraries
# at that byte (EFBIG, reported like any refused write).
_FULL_DISK = """
import json, os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from pathlib import Path
from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.exporting import export_file
from smartcity_desktop.services.session import EditSession
plan, folder, every = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
INF = resource.RLIM_INFINITY

def temps(p):
    return sorted(n for n in os.listdir(p.parent) if n.endswith((".tmp", "-journal", "-wal")) and n.startswith("."))

def run(name, target, op, size, spread):
    limits = list(range(4096, size + 4096, 4096))
    if not every and len(limits) > spread:
        step = len(limits) / spread
        limits = [limits[int(i * step)] for i in range(spread)]
    before = target.read_bytes()
    faults = 0
    for limit in limits:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, INF))
        try:
            op()
            ok = True
        except PlanError as e:
            ok = False
            assert e.message()
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (INF, INF))
        if ok:
            assert target.read_bytes() != before and not temps(target), (name, limit)
            break
        faults += 1
        assert target.read_bytes() == before, (name, limit)
        assert not temps(target), (name, limit, temps(target))
    print(json.dumps({"op": name, "faults": faults, "limits": len(limits)}), flush=True)

doc = PlanDocument.open(plan)
EditSession(doc).update("plan", doc.db.plan()["id"], {"vision": "penuh " * 5000})
doc._timer.cancel()
copy = folder / "ukuran.smartcity"
doc.save_copy(copy)
run("snapshot", plan, doc.snapshot, copy.stat().st_size, 1000)
doc.close()
for fmt in ("json", "xlsx", "docx", "pdf"):
    out = folder / f"laporan.{fmt}"
    out.write_bytes(b"ekspor sebelumnya")
    probe = folder / f"ukuran.{fmt}"
    export_file(plan, probe, fmt)
    run(fmt, out, lambda: export_file(plan, out, fmt), probe.stat().st_size, 4)
print("end", flush=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE semantics of Linux")
def test_full_disk_at_every_4k_of_snapshot_and_export(plan_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "keluar"
    folder.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(plan_file), str(folder), "1" if LONG else "0"],
        capture_output=True,
        timeout=900,
        env=dict(os.environ),
    )
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    lines = proc.stdout.decode().splitlines()
    assert lines[-1] == "end"
    results = [json.loads(x) for x in lines[:-1]]
    assert [r["op"] for r in results] == ["snapshot", "json", "xlsx", "docx", "pdf"]
    assert all(r["faults"] >= 1 for r in results), results
    vet(plan_file)
    record("faults_full_disk", **{r["op"]: r["faults"] for r in results})
