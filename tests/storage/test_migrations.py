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
