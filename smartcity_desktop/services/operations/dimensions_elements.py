# SPDX-License-Identifier: GPL-3.0-or-later
"""Dimensions (name, description, colour) and their elements, strategic issues and strategies (lists)."""

from __future__ import annotations

import re

from smartcity_desktop.services.operations import _base, lists
from smartcity_desktop.services.operations._base import refuse, text
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.storage.db import ChangeSet

LISTS = lists.DIMENSION
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def rename(session: EditSession, dimension_id: str, name: str) -> ChangeSet:
    """A dimension's name (not blank)."""
    return _base.set_fields(
        session, "dimension", dimension_id, {"name": text(name, "dimension", "name", required=True)}
    )


def set_description(session: EditSession, dimension_id: str, description: str | None) -> ChangeSet:
    return _base.set_fields(
        session, "dimension", dimension_id, {"description": text(description, "dimension", "description")}
    )


def set_color(session: EditSession, dimension_id: str, color: str | None) -> ChangeSet:
    """A dimension's colour as #rrggbb (None: the default palette)."""
    if color is not None and not COLOUR.match(color):
        refuse("op.colour", color, table="dimension", column="color", row=dimension_id)
    return _base.set_fields(session, "dimension", dimension_id, {"color": color})
