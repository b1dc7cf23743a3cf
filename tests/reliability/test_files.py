# SPDX-License-Identifier: GPL-3.0-or-later
"""Files from strangers: truncated, bit-flipped and hostile plans are refused with their own message or
opened with verified content; never a hang, an unexpected error, a change to the input, or foreign SQL run.

SMARTCITY_LONG=1 runs 1,000 bit flips instead of 100. Outcome counts are printed (pytest -s).
"""

from __future__ import annotations

import os
import random
import stat
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.errors import FileRefused
from smartcity_desktop.storage.vet import vet
from tests.reliability.hostile import CANARY, CASES, OPENED, as_v1, snapshot_rows, v1_tables

LONG = os.environ.get("SMARTCITY_LONG") == "1"
FLIPS = 1000 if LONG else 100
TIMEOUT = 60.0
SPECIAL = ("fifo", "symlink to a device", "socket", "directory")


def within(seconds: float, fn: Callable[[], Any]) -> Any:
    """fn() in a thread; fails the test when it has not returned in time (a hang)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            box["error"] = e

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        pytest.fail(f"no answer within {seconds} s (hang)")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def outcome(path: Path) -> str:
    """The message key of the refusal, or OPENED."""
    try:
        within(TIMEOUT, lambda: vet(path))
    except FileRefused as e:
        return e.key
    return OPENED


def fingerprint(path: Path) -> Any:
    st = os.lstat(path)
    if stat.S_ISREG(st.st_mode):
        return path.read_bytes()
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns)


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file(case: str, demo_file: Path, tmp_path: Path) -> None:
    make, expected = CASES[case]
    path = tmp_path / "hostile.smartcity"
    make(path, demo_file)
    before = fingerprint(path)
    got = outcome(path)
    assert got == expected, case
    assert fingerprint(path) == before
    if expected == OPENED:
        tables = v1_tables() if case == "old version without checksum" else None
        rows = snapshot_rows(path, tables)
        written = snapshot_rows(demo_file, tables)
        assert rows == (as_v1(written) if tables else written)  # opened with exactly the content that was written
        assert CANARY not in str(rows["plan"])
    else:
        from smartcity_desktop.services.document import PlanDocument

        with pytest.raises(FileRefused) as info:
            within(TIMEOUT, lambda: PlanDocument.open(path))
        assert info.value.key == expected
        assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["hostile.smartcity", demo_file.name])


def test_the_foreign_trigger_is_live(demo_file: Path, tmp_path: Path) -> None:
    """Control for the cases above: the crafted trigger does run wherever a file is accepted, so its
    refusal (and the unchanged bytes) is what keeps it from running in the app."""
    import sqlite3

    make, _ = CASES["trigger named like an autoindex"]
    path = tmp_path / "hostile.smartcity"
    make(path, demo_file)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE program_budget SET amount = amount WHERE rowid = 1")
    assert conn.execute("SELECT notes FROM plan").fetchone()[0] == CANARY
    conn.close()


@pytest.mark.parametrize("case", SPECIAL)
def test_special_files_through_every_command(case: str, demo_file: Path, tmp_path: Path) -> None:
    """check, info, export and import refuse a FIFO, device, socket or folder at once, in one line."""
    make, key = CASES[case]
    path = tmp_path / "special"
    make(path, demo_file)
    from smartcity_desktop.messages import t

    message = t(key, path)
    commands = [
        ["check", str(path)],
        ["info", str(path)],
        ["export", str(path), "-o", str(tmp_path / "out.json")],
        ["import", str(path), "-o", str(tmp_path / "out.smartcity")],
    ]
    for args in commands:
        out = subprocess.run(
            [sys.executable, "-m", "smartcity_desktop", *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env={**os.environ, "SMARTCITY_LANG": "id"},
        )
        assert out.returncode in (1, 2), args
        assert out.stderr.strip() == message, args
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["special", demo_file.name])


def test_truncation_at_every_4k(demo_file: Path, tmp_path: Path) -> None:
    data = demo_file.read_bytes()
    path = tmp_path / "cut.smartcity"
    counts: Counter[str] = Counter()
    for size in range(0, len(data), 4096):
        path.write_bytes(data[:size])
        got = outcome(path)
        counts[got] += 1
        assert got != OPENED, size
        assert path.read_bytes() == data[:size]
    print(f"\ntruncation: {len(data) // 4096} cuts of {len(data)} bytes: {dict(counts)}")


def test_bit_flips(demo_file: Path, tmp_path: Path) -> None:
    """Each flipped bit is refused by name, or the file opens with exactly the content written."""
    data = demo_file.read_bytes()
    original = snapshot_rows(demo_file)
    rng = random.Random(20261201)
    path = tmp_path / "flipped.smartcity"
    counts: Counter[str] = Counter()
    silent: list[int] = []
    for _ in range(FLIPS):
        bit = rng.randrange(len(data) * 8)
        flipped = bytearray(data)
        flipped[bit // 8] ^= 1 << (bit % 8)
        path.write_bytes(bytes(flipped))
        got = outcome(path)
        counts[got] += 1
        if got == OPENED and snapshot_rows(path) != original:
            silent.append(bit)
        assert path.read_bytes() == flipped
    print(f"\nbit flips: {FLIPS}: {dict(sorted(counts.items()))}")
    assert not silent, f"accepted with changed content: bits {silent[:10]}"


def test_hostile_set_counts(demo_file: Path, tmp_path: Path) -> None:
    """The whole hostile set at once: the figures for docs/reliability.md."""
    counts: Counter[str] = Counter()
    for i, (make, expected) in enumerate(CASES.values()):
        path = tmp_path / f"h{i}.smartcity"
        make(path, demo_file)
        got = outcome(path)
        assert got == expected
        counts[got] += 1
    print(f"\nhostile set: {len(CASES)} files: {dict(sorted(counts.items()))}")
