# SPDX-License-Identifier: GPL-3.0-or-later
"""Every kind of bad file is refused with its own message and stays byte-identical."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from smartcity_desktop.core.errors import FileRefused
from smartcity_desktop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION
from smartcity_desktop.storage.vet import vet


def _sqlite(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


def _tamper(plan: Path, *statements: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        shutil.copy(plan, path)
        _sqlite(path, *statements)

    return make


def _truncate(plan: Path) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = plan.read_bytes()
        path.write_bytes(data[: len(data) // 2])

    return make


def _corrupt(plan: Path) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = bytearray(plan.read_bytes())
        page = int.from_bytes(data[16:18], "big")
        for i in range(page * 2, len(data), 7):  # scribble over every page but the first two
            data[i] = 0xA5
        path.write_bytes(bytes(data))

    return make


def _header(plan: Path, offset: int, value: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = bytearray(plan.read_bytes())
        data[offset : offset + 4] = value.to_bytes(4, "big")
        path.write_bytes(bytes(data))

    return make


def bad_files(plan: Path) -> dict[str, tuple[Callable[[Path], None], str]]:
    """name -> (maker, expected message key)."""
    return {
        "empty": (lambda p: p.write_bytes(b""), "file.empty"),
        "text": (lambda p: p.write_text("Ini bukan basis data\n" * 20), "file.not_sqlite"),
        "pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n" + b"x" * 500), "file.not_sqlite"),
        "truncated": (_truncate(plan), "file.truncated"),
        "other sqlite": (lambda p: _sqlite(p, "CREATE TABLE t(x)", "INSERT INTO t VALUES (1)"), "file.foreign"),
        "newer schema": (_header(plan, 60, SCHEMA_VERSION + 1), "file.newer"),
        "extra table": (_tamper(plan, "CREATE TABLE evil(x)"), "file.unexpected"),
        "trigger": (
            _tamper(plan, "CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM program; END"),
            "file.unexpected",
        ),
        "view": (_tamper(plan, "CREATE VIEW v AS SELECT * FROM plan"), "file.unexpected"),
        "extra index": (_tamper(plan, "CREATE INDEX i ON plan(region_name)"), "file.unexpected"),
        "altered column": (_tamper(plan, "ALTER TABLE plan ADD COLUMN payload TEXT"), "file.unexpected"),
        "missing table": (_tamper(plan, "PRAGMA foreign_keys=OFF", "DROP TABLE merge_decision"), "file.missing_table"),
        "no plan row": (_tamper(plan, "PRAGMA foreign_keys=OFF", "DELETE FROM plan"), "file.no_plan_row"),
        "damaged": (_corrupt(plan), "file.damaged"),
    }


CASES = list(bad_files(Path("x")))


@pytest.mark.parametrize("case", CASES)
def test_bad_file_refused_and_untouched(case: str, plan_file: Path, tmp_path: Path) -> None:
    maker, key = bad_files(plan_file)[case]
    path = tmp_path / f"{case}.smartcity"
    maker(path)
    before = path.read_bytes()
    with pytest.raises(FileRefused) as info:
        vet(path)
    assert info.value.key == key
    assert str(path) in info.value.message()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name)) == [path.name]


def test_every_message_is_distinct_and_translated() -> None:
    from smartcity_desktop.messages import MESSAGES

    keys = {key for _maker, key in bad_files(Path("x")).values()}
    assert len(keys) >= 9
    for key in keys:
        id_text, en_text = MESSAGES[key]
        assert id_text != en_text


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileRefused) as info:
        vet(tmp_path / "nothing.smartcity")
    assert info.value.key == "file.missing"
    with pytest.raises(FileRefused) as info:
        vet(tmp_path)
    assert info.value.key == "file.is_dir"


def test_good_file_passes(plan_file: Path) -> None:
    header = vet(plan_file)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    assert not header.wal
