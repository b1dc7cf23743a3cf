# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a plan whose exact bytes were vetted before (or written by us) skips the full vet (issue 10: launch);
any other bytes are vetted in full and refused with the same message, nothing written to the file."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core.errors import FileRefused
from smartcity_desktop.services import document, vetted
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.paths import working_dir
from smartcity_desktop.storage.vet import vet


@pytest.fixture
def vets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names each full (content) vet of an opening ran under (not the vet of a snapshot's temp file)."""
    seen: list[str] = []
    real = document.vet

    def counting(path: Any, **kwargs: Any) -> Any:
        if kwargs.get("content", True) and not str(path).endswith(".tmp"):
            seen.append(str(kwargs.get("name") or path))
        return real(path, **kwargs)

    monkeypatch.setattr(document, "vet", counting)
    return seen


def _damage(path: Path) -> bytes:
    """Every 7th byte from the second page on flipped, as a disk might damage a file; returns the new bytes."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page * 2, len(data), 7):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return bytes(data)


def test_the_same_bytes_open_again_without_a_full_vet(demo_file: Path, vets: list[str]) -> None:
    PlanDocument.open(demo_file).close()
    assert vets == [str(demo_file.absolute().resolve())]
    assert vetted.known(hashlib.sha256(demo_file.read_bytes()).hexdigest())
    doc = PlanDocument.open(demo_file)
    try:
        assert len(vets) == 1  # known bytes: not vetted again
        assert doc.db.plan()["region_name"]
        assert doc.db.conn.execute("SELECT count(*) FROM content_checksum").fetchone()[0] == 0  # as a fresh copy
    finally:
        doc.close()
    assert not list(working_dir().glob("*.incoming"))


def test_a_changed_byte_is_vetted_again_and_refused_with_the_same_message(
    demo_file: Path, tmp_path: Path, vets: list[str]
) -> None:
    PlanDocument.open(demo_file).close()
    data = _damage(demo_file)  # damaged on the disk after it was vetted
    twin = tmp_path / "twin.smartcity"
    twin.write_bytes(data)
    with pytest.raises(FileRefused) as direct:
        vet(twin)
    with pytest.raises(FileRefused) as opened:
        PlanDocument.open(demo_file)
    assert opened.value.key == direct.value.key == "file.damaged"
    assert opened.value.message() == direct.value.message().replace(str(twin), str(demo_file.resolve()))
    assert demo_file.read_bytes() == data  # nothing written to it
    assert len(vets) == 2
    assert not list(working_dir().glob("*.incoming")) and not list(working_dir().glob("*.sqlite"))


def test_a_refused_file_is_never_remembered(demo_file: Path, vets: list[str]) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("CREATE TABLE evil(x)")
    conn.commit()
    conn.close()
    for _ in range(2):
        with pytest.raises(FileRefused) as e:
            PlanDocument.open(demo_file)
        assert e.value.key == "file.unexpected"
    assert len(vets) == 2


def test_a_file_we_wrote_opens_without_a_full_vet(demo_file: Path, vets: list[str]) -> None:
    doc = PlanDocument.open(demo_file)
    doc.db.conn.execute("UPDATE plan SET motto = 'Baru'")
    doc.db.conn.commit()
    doc.edited()
    doc.close()  # the snapshot: vetted on the way, then stamped; its bytes are remembered
    assert len(vets) == 1
    doc = PlanDocument.open(demo_file)
    try:
        assert doc.db.plan()["motto"] == "Baru"
        assert len(vets) == 1
    finally:
        doc.close()


def test_new_vet_rules_vet_every_file_again(demo_file: Path, vets: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    PlanDocument.open(demo_file).close()
    monkeypatch.setattr(vetted, "RULES", vetted.RULES + "+1")
    PlanDocument.open(demo_file).close()
    assert len(vets) == 2


def test_repair_opening_checks_the_structure_every_time(demo_file: Path, vets: list[str]) -> None:
    PlanDocument.open(demo_file).close()
    calls: list[bool] = []
    real = document.vet
    document.vet = lambda path, **kw: calls.append(kw.get("content", True)) or real(path, **kw)  # type: ignore[assignment]
    try:
        PlanDocument.open(demo_file, for_repair=True).close()
    finally:
        document.vet = real  # type: ignore[assignment]
    assert calls == [False]


def test_a_kill_while_admitting_leaves_nothing_behind(demo_file: Path) -> None:
    left = working_dir() / "0123456789abcdef.999999999-1.incoming"
    left.write_bytes(b"partial")
    assert document.clean_data_folder() >= 1
    assert not left.exists()


def test_an_export_of_known_bytes_reads_them_without_a_full_vet(demo_file: Path, vets: list[str]) -> None:
    """Every export from the GUI first writes a snapshot (vetted, remembered); reading it for the export vetted it
    in full again (~0.4 s on a large plan). The rows come from the very bytes that were hashed."""
    from smartcity_desktop.storage.database_files import read_all

    before, version = read_all(demo_file)
    rows, _ = document.read_rows(demo_file)  # unknown bytes: the full vet, under the file's own name
    assert vets == [str(demo_file)] and rows == before
    # and remembered: the CLI's exports of an unchanged file vetted it in full every time (~0.4 s, large plan)
    assert vetted.known(hashlib.sha256(demo_file.read_bytes()).hexdigest())
    assert not list(Path(tempfile.gettempdir()).glob("smartcity-read-*"))  # the private copy is gone
    rows, got_version = document.read_rows(demo_file)
    assert len(vets) == 1  # known: not vetted again
    assert rows == before and got_version == version


def test_an_export_where_no_private_copy_fits_vets_the_file_and_remembers_nothing(
    demo_file: Path, vets: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.storage.database_files import read_all

    def full(*_args: Any, **_kwargs: Any) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(document.tempfile, "mkdtemp", full)
    rows, _ = document.read_rows(demo_file)
    assert rows == read_all(demo_file)[0] and len(vets) == 1
    assert not vetted.known(hashlib.sha256(demo_file.read_bytes()).hexdigest())


def test_an_export_of_changed_bytes_is_vetted_and_refused(demo_file: Path, tmp_path: Path, vets: list[str]) -> None:
    vetted.remember(hashlib.sha256(demo_file.read_bytes()).hexdigest())
    data = _damage(demo_file)
    twin = tmp_path / "twin.smartcity"
    twin.write_bytes(data)
    with pytest.raises(FileRefused) as direct:
        vet(twin)
    with pytest.raises(FileRefused) as read:
        document.read_rows(demo_file)
    assert read.value.key == direct.value.key
    assert len(vets) == 1
