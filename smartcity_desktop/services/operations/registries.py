# SPDX-License-Identifier: GPL-3.0-or-later
"""Registries: agencies (OPD) and funding sources, used by programs (deleting one empties their references)."""

from __future__ import annotations

from smartcity_desktop.services.operations import lists

TABLES = lists.REGISTRIES
_REGISTRIES = lists.Lists(frozenset(TABLES))
add = _REGISTRIES.add
set_field = _REGISTRIES.set_value
delete = _REGISTRIES.delete
move = _REGISTRIES.move
