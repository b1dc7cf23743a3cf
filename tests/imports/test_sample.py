# SPDX-License-Identifier: GPL-3.0-or-later
"""The sample Renstra workbook shipped in resources/samples/ imports into the demo plan."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from smartcity_desktop.imports.workbook import read_workbook
from smartcity_desktop.services import program_import as pi
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.session import EditSession

SAMPLES = Path(__file__).parents[2] / "resources" / "samples"


def test_sample_is_what_the_script_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_renstra", SAMPLES / "make_renstra.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.build(tmp_path / "fresh.xlsx")
    a, b = read_workbook(fresh).sheets[0], read_workbook(SAMPLES / "renstra-lombok-timur.xlsx").sheets[0]
    assert (a.cells, a.hidden_rows) == (b.cells, b.hidden_rows)


def test_sample_imports_into_the_demo(demo_file: Path) -> None:
    doc = PlanDocument.open(demo_file)
    try:
        n = doc.db.count("program")
        pv = pi.preview(doc.db, SAMPLES / "renstra-lombok-timur.xlsx", None, pi.ImportChoices())
        assert not pv.refused
        assert len(pv.programs) == 6
        EditSession(doc).run(lambda db: pi.apply(db, pv, pi.ImportChoices()))
        assert doc.db.count("program") == n + 6
    finally:
        doc.close(abandon=True)
