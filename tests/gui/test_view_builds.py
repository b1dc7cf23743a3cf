# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 10, first builds of the large views: the program table reads its rows once per build (a target only
filters) and the indicator table reads targets only for the rows it shows; what they show stays the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartcity_desktop.gui import indicator_model
from smartcity_desktop.gui.formats import format_number
from smartcity_desktop.gui.indicator_model import FIXED
from smartcity_desktop.gui.program_model import ID_ROLE
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.indicators import IndicatorsView
from smartcity_desktop.gui.views.programs import ProgramsView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs


@pytest.fixture
def session(demo_file: Path) -> Iterator[PlanSession]:
    s = PlanSession(PlanDocument.open(demo_file))
    yield s
    s.close()


def test_program_target_filters_without_reading_again(session: PlanSession, qtbot: Any) -> None:
    view = ProgramsView(session)
    qtbot.addWidget(view)
    reads: list[Any] = []
    real = view.model.reload
    view.model.reload = lambda *a: (reads.append(a), real(*a))[1]  # type: ignore[method-assign]
    dims = [d["id"] for d in session.db.rows("dimension")]
    view.set_target(dims[0])  # the view was just built: its rows are current
    assert reads == []
    shown = {view.proxy.index(r, 0).data(ID_ROLE) for r in range(view.proxy.rowCount())}
    expected = {p["id"] for p in session.db.rows("program") if p["dimension_id"] == dims[0]}
    assert shown == expected
    # an edit made while the view is hidden makes its rows stale: the next target reads them again
    pid = session.add("Program", programs.add, dims[1], "Pasar Daring Baru", status="planned")
    view.set_target(dims[1])
    assert len(reads) == 1
    assert pid in view.model.row_of


def test_indicator_targets_read_when_shown(session: PlanSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indicator_model, "TARGET_BATCH", 3, raising=False)
    view = IndicatorsView(session)
    qtbot.addWidget(view)
    model = view.model
    assert len(model.rows) > 6
    assert any("targets" not in r for r in model.rows)  # not every target was read at the build
    db = session.db
    for row, r in enumerate(model.rows):  # every cell still shows the target the plan holds
        want = {t["year"]: t["value"] for t in db.rows("indicator_target", indicator_id=r["id"])}
        for col, year in enumerate(model.years, start=len(FIXED)):
            assert model.index(row, col).data() == format_number(want.get(year)), (r["name"], year)
    assert all("targets" in r for r in model.rows)
    last = model.rows[-1]
    view.select_row("indicator", last["id"])
    want = {t["year"]: t["value"] for t in db.rows("indicator_target", indicator_id=last["id"])}
    assert {y: view.targets.value_text(y) for y in model.years} == {y: format_number(want.get(y)) for y in model.years}


def test_program_columns_fit_once_shown(session: PlanSession, qtbot: Any) -> None:
    from smartcity_desktop.gui.program_model import COL_BUDGET

    view = ProgramsView(session)
    qtbot.addWidget(view)
    qtbot.wait(20)
    assert not view._fit_timer.isActive()  # hidden: nothing is measured (and no timer spins)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view._fit_timer.isActive() and not view._fit_pending)
    widest = max(
        (view.model.display_text(r, COL_BUDGET) for r in range(len(view.model.rows))),
        key=view.table.fontMetrics().horizontalAdvance,
    )
    assert view.table.columnWidth(COL_BUDGET) >= view.table.fontMetrics().horizontalAdvance(widest)  # never cut
