# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo is shipped as a ready plan file (issue 10: launch): it holds exactly what ``demo_rows`` writes, it
vets, and the CLI and the GUI copy it instead of writing the demo row by row."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.demo import demo_rows, shipped_demo, write_demo
from smartcity_desktop.services.plans import write_plan
from smartcity_desktop.storage.database_files import read_all
from smartcity_desktop.storage.migrations import SCHEMA_VERSION
from smartcity_desktop.storage.vet import vet

STALE = "stale: run `.venv/bin/python packaging/build_demo.py` after changing the demo, templates, labels or schema"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_shipped_demo_holds_exactly_the_demo_rows(lang: str, tmp_path: Path) -> None:
    shipped = tmp_path / "shipped.smartcity"
    shipped.write_bytes(gzip.decompress(shipped_demo(lang).read_bytes()))
    header = vet(shipped)
    assert header.user_version == SCHEMA_VERSION, STALE
    assert header.rows_checked and header.checksum == "verified"
    built = write_plan(tmp_path / "built.smartcity", demo_rows(lang))
    got, want = read_all(shipped)[0], read_all(built)[0]
    for table in TABLES:
        key = lambda r: str(r.get("id"))  # noqa: E731
        assert sorted(got[table], key=key) == sorted(want[table], key=key), f"{table}: {STALE}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_writing_the_demo_copies_the_shipped_file(lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smartcity_desktop import demo

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the demo was built row by row")

    monkeypatch.setattr(demo, "demo_rows", refuse)
    out = write_demo(tmp_path / "demo.smartcity", lang)
    assert out.read_bytes() == gzip.decompress(shipped_demo(lang).read_bytes())
    assert vet(out).rows_checked
    with pytest.raises(Exception, match=r"sudah ada|exists"):
        write_demo(out, lang)  # as write_plan: no overwrite unless forced
    write_demo(out, lang, force=True)


def test_cli_demo_copies_the_shipped_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smartcity_desktop import demo
    from smartcity_desktop.cli import main

    monkeypatch.setattr(demo, "demo_rows", None)
    out = tmp_path / "demo.smartcity"
    assert main(["demo", str(out), "--lang", "en"]) == 0
    assert out.read_bytes() == gzip.decompress(shipped_demo("en").read_bytes())


def test_a_missing_or_old_shipped_file_falls_back_to_the_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smartcity_desktop import demo

    missing = tmp_path / "nothing.gz"
    monkeypatch.setattr(demo, "shipped_demo", lambda lang: missing)
    out = write_demo(tmp_path / "a.smartcity", "id")
    assert read_all(out)[0]["program"] == read_all(write_plan(tmp_path / "b.smartcity", demo_rows("id")))[0]["program"]
    old = bytearray(out.read_bytes())
    old[60:64] = (SCHEMA_VERSION - 1).to_bytes(4, "big")
    missing.write_bytes(gzip.compress(bytes(old)))
    again = write_demo(tmp_path / "c.smartcity", "id")
    assert again.read_bytes()[60:64] == SCHEMA_VERSION.to_bytes(4, "big")
