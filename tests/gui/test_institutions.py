# SPDX-License-Identifier: GPL-3.0-or-later
"""Institutions view: members per body, regulations with Indonesian dates, the masterplan reminder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.gui.views.institutions import InstitutionsView
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import institutions


def test_members_and_regulations(plan_file: Path, qtbot: Any) -> None:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    view = InstitutionsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.banner.isVisible()
    m = view.bodies["tim_pelaksana"].add_row()
    assert session.db.get("institution_member", m)["body"] == "tim_pelaksana"
    assert view.bodies["dewan"].model.rowCount() == 0
    r = view.regulations.add_row()
    model = view.regulations.model
    cols = [c.name for c in model.cols]
    assert model.setData(model.index(0, cols.index("title")), "Masterplan Smart City Kabupaten Lombok Timur")
    assert model.setData(model.index(0, cols.index("enacted_on")), "18/07/2017")
    assert session.db.get("regulation", r)["enacted_on"] == "2017-07-18"
    assert model.index(0, cols.index("enacted_on")).data() == "18 Juli 2017"
    assert view.banner.isVisible()
    assert model.setData(model.index(0, cols.index("status")), "enacted")
    assert not view.banner.isVisible()
    session.undo_stack.undo()
    assert view.banner.isVisible()
    view.close()
    doc.close()


def test_team_decree_is_not_the_masterplan(plan_file: Path, qtbot: Any) -> None:
    doc = PlanDocument.open(plan_file)
    session = PlanSession(doc)
    session.add(
        "r",
        institutions.add_regulation,
        "Pembentukan Tim Penyusun Masterplan Smart City",
        kind="Keputusan Bupati",
        status="enacted",
    )
    view = InstitutionsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.banner.isVisible()
    view.close()
    doc.close()
