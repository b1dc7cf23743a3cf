# SPDX-License-Identifier: GPL-3.0-or-later
"""A new plan database made from schema_cache.py equals one the migrations make (and needs no sqlite-utils)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from smartcity_desktop.storage.db import PlanDB, create_from_cache
from smartcity_desktop.storage.migrations import SCHEMA_VERSION, migration_set
from smartcity_desktop.storage.vet import _schema, vet


def test_same_schema_and_migration_records_as_the_migrations(tmp_path: Path) -> None:
    fast = PlanDB.create(tmp_path / "fast.db")
    slow = sqlite3.connect(tmp_path / "slow.db")
    from sqlite_utils import Database

    migration_set().apply(Database(slow, execute_plugins=False, recursive_triggers=False))
    assert _schema(fast.conn) == _schema(slow)
    names = "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id"
    assert [tuple(r) for r in fast.conn.execute(names)] == slow.execute(names).fetchall()
    assert fast.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # sqlite-utils' migrations see nothing left to do on it
    migration_set().apply(Database(fast.conn, execute_plugins=False, recursive_triggers=False))
    assert fast.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION
    fast.close()
    slow.close()


def test_not_on_a_database_with_tables(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE t (a)")
    assert create_from_cache(conn) is False
    conn.close()


def test_writing_a_plan_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    out = tmp_path / "demo.smartcity"
    code = (
        "import sys\n"
        "from smartcity_desktop.demo import demo_rows\n"
        "from smartcity_desktop.services.plans import write_plan\n"
        f"write_plan({str(out)!r}, demo_rows('id'), force=True)\n"
        "assert 'sqlite_utils' not in sys.modules, 'sqlite_utils imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    vet(out)
