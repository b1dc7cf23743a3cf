# SPDX-License-Identifier: GPL-3.0-or-later
"""Migrations, the cached schema vetting uses, and the schema version in files."""

from __future__ import annotations

import subprocess
import sys

from smartcity_desktop.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from smartcity_desktop.storage.schema_cache import KNOWN, render
from smartcity_desktop.storage.vet import compute_schema


def test_cache_equals_what_the_migrations_make() -> None:
    assert sorted(KNOWN) == list(range(1, SCHEMA_VERSION + 1))
    for version, objects in KNOWN.items():
        assert frozenset(objects) == compute_schema(version), "python -m smartcity_desktop.storage.schema_cache"


def test_cache_module_is_current() -> None:
    from pathlib import Path

    from smartcity_desktop.storage import schema_cache

    assert Path(schema_cache.__file__).read_text(encoding="utf-8") == render()


def test_migration_names_are_unique_and_ordered() -> None:
    names = [name for name, _fn in MIGRATIONS]
    assert len(set(names)) == len(names) == SCHEMA_VERSION
    assert names == sorted(names)


def test_opening_and_exporting_do_not_import_sqlite_utils(demo_file: object, tmp_path: object) -> None:
    """sqlite-utils costs ~70 ms to import: only creating or migrating a file needs it."""
    code = (
        "import sys\n"
        "from smartcity_desktop.services.plans import export_json_text, summary\n"
        f"summary({str(demo_file)!r}); export_json_text({str(demo_file)!r})\n"
        "from smartcity_desktop.services.document import PlanDocument\n"
        f"d = PlanDocument.open({str(demo_file)!r}); d.close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


def test_version_1_file_opens_and_is_written_back_with_a_checksum(demo_file: object, tmp_path: object) -> None:
    """Migration 2 adds the content checksum table; older files open and get it at their next write."""
    from pathlib import Path

    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.plans import export_json_text
    from smartcity_desktop.storage.vet import vet
    from tests.reliability.hostile import old_version, snapshot_rows

    assert SCHEMA_VERSION >= 2 and MIGRATIONS[1][0] == "m002_content_checksum"
    old = Path(str(tmp_path)) / "old.smartcity"
    old_version(old, Path(str(demo_file)))
    assert vet(old).checksum == "absent"
    before = snapshot_rows(old)
    doc = PlanDocument.open(old)
    try:
        doc.edited()
        doc.snapshot()
    finally:
        doc.close()
    header = vet(old)
    assert header.user_version == SCHEMA_VERSION and header.checksum == "verified"
    assert snapshot_rows(old) == before
    assert "content_checksum" not in export_json_text(old)
