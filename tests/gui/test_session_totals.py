# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 10: the budget totals of every program are computed once per state of plan, program and program_budget
(PlanSession.budget_totals, from the rows kept per table) and shared by the program table and the roadmap."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.core import figures
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.programs import ProgramsView
from smartcity_desktop.gui.views.roadmap import RoadmapView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs
from smartcity_desktop.storage import program_queries


@pytest.fixture
def session(demo_file: Path) -> Iterator[PlanSession]:
    s = PlanSession(PlanDocument.open(demo_file))
    yield s
    s.close()


def test_budget_totals_shared_and_read_again_only_when_their_tables_change(
    session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sums: list[bool] = []  # sums over every program (one program's row is read again after its edit)
    real, n = figures.budget_by_program, session.db.count("program")
    monkeypatch.setattr(
        figures, "budget_by_program", lambda rows: (sums.append(len(rows["program"]) == n), real(rows))[1]
    )

    def fresh() -> dict[str, int]:  # read and summed anew (not counted)
        counted = len(sums)
        out = program_queries.budget_totals(session.db)
        del sums[counted:]
        return out

    table = ProgramsView(session)
    qtbot.addWidget(table)
    road = RoadmapView(session)
    qtbot.addWidget(road)
    assert sum(sums) == 1  # once for both views
    assert session.budget_totals() == fresh()
    assert {r["id"]: r["budget_total"] for r in table.model.rows} == {p["id"]: p["budget"] for p in road.programs}
    pid = next(r["id"] for r in table.model.rows if r["budget_total"])
    agency = session.db.rows("agency")[0]["id"]
    assert session.run("pendukung", programs.set_agencies, pid, [agency])  # not a budget table
    session.budget_totals()
    assert sum(sums) == 1
    year = int(session.db.rows("program_budget", program_id=pid)[0]["year"])
    before = session.budget_totals()[pid]
    assert session.run("anggaran", programs.set_budget, pid, year, 7)
    after = session.budget_totals()
    assert sum(sums) == 2 and after == fresh() and after[pid] != before
    session.undo_stack.undo()
    assert session.budget_totals()[pid] == before
    road.refresh()
    assert next(p["budget"] for p in road.programs if p["id"] == pid) == before


def test_per_tables_is_dropped_by_a_change_of_any_of_its_tables(session: PlanSession) -> None:
    made: list[int] = []
    value = session.per_tables("k", ("program", "agency"), lambda: made.append(1) or len(made))
    assert value == 1 and session.per_tables("k", ("agency", "program"), lambda: 99) == 1
    session._forget({"agency"})
    assert session.per_tables("k", ("program", "agency"), lambda: made.append(1) or len(made)) == 2
    session._forget({"dimension"})
    assert session.per_tables("k", ("program", "agency"), lambda: 99) == 2
