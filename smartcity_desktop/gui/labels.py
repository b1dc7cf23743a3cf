# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI's side of the label catalogue (core/labels.py): labels in the current interface language."""

from __future__ import annotations

from smartcity_desktop import messages
from smartcity_desktop.core import labels as catalogue


def label(kind: str, code: str | None) -> str:
    """The label of ``code`` of enumeration ``kind`` ('' for None, the code itself when unknown)."""
    return catalogue.label(kind, code, messages.language())


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) pairs in the model's order, e.g. to fill a combo box."""
    return catalogue.choices(kind, messages.language())


def column_label(table: str, column: str, code: str | None) -> str:
    """The label of a stored value of an enumerated column (the value itself when not enumerated)."""
    return catalogue.label(f"{table}.{column}", code, messages.language())


def noun(name: str) -> str:
    """A shared noun of the catalogue (e.g. "quick_win") in the interface language."""
    return catalogue.noun(name, messages.language())


def region(plan: dict[str, object]) -> str:
    """The region as people say it: 'Kabupaten Lombok Timur', in English 'Lombok Timur Regency'."""
    kind = label("region_type", str(plan.get("region_type") or "") or None)
    name = str(plan.get("region_name") or "")
    parts = [name, kind] if messages.language() == "en" else [kind, name]
    return " ".join(p for p in parts if p)
