# SPDX-License-Identifier: GPL-3.0-or-later
"""Every change a user can make to an open plan, one named function each, grouped by subject.

Each operation takes the ``EditSession`` first and typed arguments after, checks them with the core rules
(``core.validate.check_row`` through ``PlanDB``, plus the relations between rows checked here), runs as one
transaction and returns its ``ChangeSet`` (operations that add a row return ``(new id, ChangeSet)``). A
refused change raises a ``PlanError`` and leaves the plan as it was. The GUI, the CLI and importers call
these; undo replays the returned change sets (``EditSession.undo``).
"""

from smartcity_desktop.services.operations import (
    chapters,
    dimensions_elements,
    indicators,
    institutions,
    lists,
    plan,
    profile,
    programs,
    quickwins,
    readiness,
    registries,
    vision,
    workshop,
)

__all__ = [
    "chapters",
    "dimensions_elements",
    "indicators",
    "institutions",
    "lists",
    "plan",
    "profile",
    "programs",
    "quickwins",
    "readiness",
    "registries",
    "vision",
    "workshop",
]
