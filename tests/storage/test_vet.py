# SPDX-License-Identifier: GPL-3.0-or-later
"""Every kind of bad file is refused with its own message and stays byte-identical."""

from __future__ import annotations

import os
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


# -- rel-vet: exact names, files that are not files, damaged content, the content checksum -----------------


def _cli(*args: object) -> tuple[int, str]:
    import contextlib
    import io

    from smartcity_desktop.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([str(a) for a in args])
    return code, err.getvalue()


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TRIGGER sqlite0autoindex0t AFTER UPDATE ON program_budget BEGIN UPDATE plan SET notes = 'x'; END",
        "CREATE VIEW sqlite0autoindex0v AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT n FROM r",
        "CREATE TABLE sqlite0autoindex0x(a)",
        "CREATE INDEX Sqlite0AutoIndex0plan ON plan(lower(region_name))",
    ],
)
def test_names_that_look_like_sqlites_own_are_refused(statement: str, plan_file: Path, tmp_path: Path) -> None:
    """Defect 2: LIKE 'sqlite_autoindex_%' let these through ('_' matches any character, case ignored)."""
    path = tmp_path / "crafted.smartcity"
    _tamper(plan_file, statement)(path)
    before = path.read_bytes()
    with pytest.raises(FileRefused) as info:
        vet(path)
    assert info.value.key == "file.unexpected"
    code, err = _cli("check", path)
    assert code == 2 and "sqlite" in err.lower()
    assert path.read_bytes() == before


def test_fifo_is_refused_without_opening(tmp_path: Path) -> None:
    """Defect 5: read_header opened a FIFO and waited for a writer for ever."""
    import threading

    fifo = tmp_path / "pipe.smartcity"
    os.mkfifo(fifo)
    box: list[BaseException] = []
    t = threading.Thread(target=lambda: _catch(box, lambda: vet(fifo)), daemon=True)
    t.start()
    t.join(10)
    assert not t.is_alive(), "vet waited on a FIFO"
    assert isinstance(box[0], FileRefused) and box[0].key == "file.fifo"
    link = tmp_path / "zero.smartcity"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileRefused) as info:
        vet(link)
    assert info.value.key == "file.device"


def _catch(box: list[BaseException], fn: Callable[[], object]) -> None:
    try:
        fn()
    except BaseException as e:  # noqa: BLE001 - handed to the test
        box.append(e)


def test_invalid_utf8_is_refused_by_place(demo_file: Path) -> None:
    """Defect 6: check exited 1 with 'Unexpected error (OperationalError)'; now exit 2 naming the place."""
    from smartcity_desktop.storage.checksum import stamp

    _sqlite(demo_file, "UPDATE program SET name = CAST(X'C328' AS TEXT) WHERE rowid = 3")
    stamp(demo_file)  # damage the checksum cannot tell (written after it), so the row check must
    code, err = _cli("check", demo_file)
    assert code == 2
    assert "program" in err and "'name'" in err and "UTF-8" in err
    with pytest.raises(FileRefused) as info:
        from smartcity_desktop.services.document import PlanDocument

        PlanDocument.open(demo_file)
    assert info.value.key == "file.bad_text"


def test_blob_id_is_refused_before_export(demo_file: Path, tmp_path: Path) -> None:
    """Defect 6: an id stored as a BLOB made JSON export fail with 'Unexpected error (TypeError)'."""
    from smartcity_desktop.storage.checksum import stamp

    _sqlite(demo_file, "PRAGMA foreign_keys=OFF", "UPDATE statistic SET id = CAST(id AS BLOB) WHERE rowid = 2")
    stamp(demo_file)
    code, err = _cli("export", demo_file, "-o", tmp_path / "out.json")
    assert code != 0 and "statistic" in err and "'id'" in err and "BLOB" not in err
    assert "Unexpected" not in err and "tak terduga" not in err
    assert not (tmp_path / "out.json").exists()


def test_content_checksum_is_written_and_verified(demo_file: Path, tmp_path: Path) -> None:
    """Damage quick_check cannot see (one changed number) is found by the checksum and named by table."""
    header = vet(demo_file)
    assert header.checksum == "verified" and header.rows_checked
    _sqlite(demo_file, "UPDATE program_budget SET amount = amount + 1 WHERE rowid = 5")
    with pytest.raises(FileRefused) as info:
        vet(demo_file)
    assert info.value.key == "file.checksum_mismatch"
    assert "program_budget" in info.value.message()
    code, err = _cli("check", demo_file)
    assert code == 2 and "program_budget" in err


def test_snapshots_carry_a_fresh_checksum(demo_file: Path) -> None:
    from smartcity_desktop.services.document import PlanDocument

    doc = PlanDocument.open(demo_file)
    try:
        pid = doc.db.rows("program")[0]["id"]
        doc.db.update("program", pid, {"name": "Diubah"})
        doc.edited()
        doc.snapshot()
    finally:
        doc.close()
    assert vet(demo_file).checksum == "verified"


def test_older_file_without_checksum_opens(demo_file: Path, tmp_path: Path) -> None:
    from tests.reliability.hostile import as_v1, old_version, snapshot_rows, v1_tables

    old = tmp_path / "old.smartcity"
    old_version(old, demo_file)
    header = vet(old)
    assert header.user_version == 1 and header.checksum == "absent" and header.rows_checked
    expected = as_v1(snapshot_rows(demo_file, v1_tables()))  # a v1 file holds no columns of later migrations
    assert snapshot_rows(old) == expected | {t: [] for t in snapshot_rows(old) if t not in v1_tables()}


def test_row_check_deadline_is_reported(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smartcity_desktop.services import plans
    from smartcity_desktop.storage import vet as vet_module

    header = vet(demo_file, deadline=0)
    assert not header.rows_checked and header.checksum == "unchecked" and header.stopped_in
    monkeypatch.setattr(vet_module, "CONTENT_DEADLINE", 0.0)
    lines = plans.check(demo_file)
    assert any(header.stopped_in in line for line in lines)


def test_exact_schema_allows_only_what_migrations_make(plan_file: Path, tmp_path: Path) -> None:
    """sqlite_stat1 as ANALYZE makes it is the one extra allowed, and only with its exact SQL."""
    path = tmp_path / "analyzed.smartcity"
    _tamper(plan_file, "ANALYZE")(path)
    assert vet(path).checksum == "verified"


def test_working_copy_carries_no_stale_checksum(demo_file: Path) -> None:
    """A copy taken from the working copy by any means (backup API) must not look damaged."""
    from smartcity_desktop.services.document import PlanDocument

    doc = PlanDocument.open(demo_file)
    try:
        assert doc.db.conn.execute("SELECT count(*) FROM content_checksum").fetchone()[0] == 0
    finally:
        doc.close()
