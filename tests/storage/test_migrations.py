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


# Branch dedup: the migrations create the objects the schema cache holds, so the cache is the frozen text of every
# released schema. These digests fail when a released version's objects change (a new migration adds a version).
RELEASED = {
    1: "ec5952eb8ec760023f533fa4ba9def0c5cbe32a95da557c6dea7b8a15884f13b",
    2: "bbb26b86fbc6da412dcda7ae53868609b9dfa6f1a5ef368001c2933546427137",
    3: "97b7f40f6b5e4c68c8ee19c8197816ca4d4fdfdc7b8dafc8271d8bad7ef8b5e6",
    4: "16b99a7fa438779ef2692e8a72798afaf79e6685cb7122cfc88e82953fc52318",
}


def test_released_schemas_never_change() -> None:
    import hashlib

    for version, digest in RELEASED.items():
        text = repr(sorted(KNOWN[version], key=repr))
        assert hashlib.sha256(text.encode()).hexdigest() == digest, f"schema version {version} was edited"


def test_schema_objects_are_written_once() -> None:
    from smartcity_desktop.storage.schema_cache import OBJECTS

    names = [(o[2], o[3], o[0]) for o in OBJECTS]
    assert len(names) == len(set(names)) and len(OBJECTS) < sum(len(v) for v in KNOWN.values()) / 2
