# SPDX-License-Identifier: GPL-3.0-or-later
"""Indicators: add (blank or from the library), change, yearly targets, delete."""

from __future__ import annotations

import math

from smartcity_desktop.services.operations import _base
from smartcity_desktop.services.operations._base import (
    Added,
    Row,
    adding,
    existing,
    refuse,
    required,
    run,
    text,
    year_in,
)
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet, PlanDB


def add(
    session: EditSession,
    name: str,
    *,
    program_id: str | None = None,
    dimension_id: str | None = None,
    library_id: str | None = None,
    unit: str | None = None,
    data_source: str | None = None,
) -> Added:
    """A new indicator; from the library its name, unit and source are copied (``name`` is the fallback)."""

    def act(db: PlanDB) -> str:
        values: Row = {"program_id": program_id, "dimension_id": dimension_id, "name": name, "unit": unit}
        values["data_source"] = data_source
        if program_id is not None:
            values["dimension_id"] = existing(db, "program", program_id)["dimension_id"]
        if library_id is not None:
            lib = existing(db, "indicator_library", library_id)
            values.update(name=lib.get("name") or name, unit=lib.get("unit"), data_source=lib.get("source"))
            values.update(library_id=library_id, dimension_id=values["dimension_id"] or lib.get("dimension_id"))
        values["name"] = text(values["name"], "indicator", "name", required=True)
        return db.insert("indicator", values)

    return adding(session, act)


def update(session: EditSession, indicator_id: str, values: Row) -> ChangeSet:
    """Change fields of an indicator (a name may not be blank; a new program brings its dimension)."""

    changes = required(values, "indicator", "name")

    def with_dimension(db: PlanDB, _row: Row) -> Row:
        if changes.get("program_id"):
            return {**changes, "dimension_id": existing(db, "program", changes["program_id"])["dimension_id"]}
        return changes

    return _base.set_fields(session, "indicator", indicator_id, with_dimension)


def set_program(session: EditSession, indicator_id: str, program_id: str | None) -> ChangeSet:
    return update(session, indicator_id, {"program_id": program_id})


def set_target(session: EditSession, indicator_id: str, year: int, value: float | None) -> ChangeSet:
    """Set one year's target (None removes it); the year lies in the plan period (it may follow the program's
    years: outcomes are measured later)."""
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
    ):
        refuse("value.not_number", table="indicator_target", column="value")

    def act(db: PlanDB) -> None:
        existing(db, "indicator", indicator_id)
        if value is not None:
            year_in(db, year, None, "indicator_target", indicator_id)
        db.set_yearly("indicator_target", "indicator_id", indicator_id, year, "value", value)

    return run(session, act)


delete = _base.deleting("indicator", "An indicator with its yearly targets.")
