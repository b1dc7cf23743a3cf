# SPDX-License-Identifier: GPL-3.0-or-later
"""`handout` and `merge` on the command line: exit 0 merged, 3 conflicts open, 1 refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartcity_desktop.cli import main
from smartcity_desktop.services.document import PlanDocument


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _set_motto(path: Path, motto: str) -> None:
    doc = PlanDocument.open(path)
    try:
        with doc.db.action() as changes:
            doc.db.update("plan", doc.db.plan()["id"], {"motto": motto})
        doc.edited(changes)
    finally:
        doc.close()


def test_handout_then_merge_with_and_without_conflicts(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "handout", demo_file, "--group", "Ekonomi:Ekonomi", "--group", "Hijau:5,6", "-d", tmp_path
    )
    assert code == 0, err
    g1, g2 = sorted(tmp_path.glob("Kelompok-*.smartcity"))
    _set_motto(g1, "Dari kelompok satu")
    report = tmp_path / "laporan.json"
    code, out, err = run(capsys, "merge", demo_file, g1, g2, "--report", report)
    assert code == 0, err
    assert "1 isian diubah" in out
    assert json.loads(report.read_text(encoding="utf-8"))["groups"][0]["changed"][0]["new"] == "Dari kelompok satu"
    _set_motto(demo_file, "Dari master")
    _set_motto(g2, "Dari kelompok dua")
    code, out, _ = run(capsys, "merge", demo_file, g2)
    assert code == 3 and "1 konflik" in out
    code, out, _ = run(capsys, "merge", demo_file, g2, "--prefer", "group")
    assert code == 0
    assert run(capsys, "info", demo_file)[0] == 0


def test_handout_refuses_an_unknown_dimension_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "handout", demo_file, "--group", "A:Pariwisata", "-d", tmp_path)
    assert code == 1 and "Pariwisata" in err and "Traceback" not in err
    assert not list(tmp_path.glob("Kelompok-*"))
