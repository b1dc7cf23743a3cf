# SPDX-License-Identifier: GPL-3.0-or-later
"""The one label catalogue: the words people read for the allowed values of core/model.py.

The words live as data in ``resources/labels/values.json`` (Indonesian and English); the GUI, the
documents, the Excel matrix, the CLI and the demo all ask here. A field is named either by its kind
("horizon", "quick_win_status") or by a column of the model ("program.horizon", "quick_win.status").
"""

from __future__ import annotations

import functools
from typing import Any

LANGS = ("id", "en")


@functools.cache
def catalogue() -> dict[str, dict[str, Any]]:
    """Field -> {"columns": [table.column ...], "values": {code: {"id": ..., "en": ...}}}."""
    # resources.py is a stdlib-only leaf (finds the data folder); importing it keeps core free of Qt and SQL.
    from smartcity_desktop.resources import load_json

    return load_json("labels", "values.json")["fields"]  # type: ignore[no-any-return]


@functools.cache
def _columns() -> dict[str, str]:
    return {col: name for name, spec in catalogue().items() for col in spec["columns"]}


def field_of(field: str) -> str | None:
    """The kind of ``field`` (a kind itself or "table.column"); None when it has no labels."""
    if field in catalogue():
        return field
    return _columns().get(field)


def label(field: str, value: str | None, lang: str = "id") -> str:
    """The label of ``value`` of ``field`` in ``lang`` ('' for None or '', the value itself when unknown)."""
    if value is None or value == "":
        return ""
    kind = field_of(field)
    entry = catalogue()[kind]["values"].get(value) if kind else None
    if entry is None:
        return str(value)
    return str(entry.get(lang) or entry["id"])


def choices(field: str, lang: str = "id") -> list[tuple[str, str]]:
    """(code, label) pairs of ``field`` in the catalogue's order (the model's order)."""
    kind = field_of(field)
    if kind is None:
        raise KeyError(field)
    return [(code, label(kind, code, lang)) for code in catalogue()[kind]["values"]]


def noun(name: str, lang: str = "id") -> str:
    """A shared noun of the catalogue, e.g. noun("quick_win") -> "Quick Win"."""
    return label("noun", name, lang)


def keyed() -> dict[str, dict[str, str]]:
    """Every label as "kind.code" -> {"id", "en"} (how the document labels name them)."""
    return {f"{kind}.{code}": dict(text) for kind, spec in catalogue().items() for code, text in spec["values"].items()}


def all_labels() -> set[str]:
    """Every word of the catalogue in every language (to find them written elsewhere)."""
    return {text for spec in catalogue().values() for entry in spec["values"].values() for text in entry.values()}


@functools.cache
def _table_file() -> dict[str, dict[str, dict[str, str]]]:
    from smartcity_desktop.resources import load_json

    return load_json("labels", "tables.json")  # type: ignore[no-any-return]


def _tables() -> dict[str, dict[str, str]]:
    return _table_file()["tables"]


def table_label(table: str, lang: str = "id") -> str:
    """The name of one of the plan's tables as people read it ("program_budget" -> "Anggaran program")."""
    entry = _tables().get(table)
    return str(entry.get(lang) or entry["id"]) if entry else table


def column_name(column: str | None, lang: str = "id") -> str:
    """The name of a column as change lists show it ("amount" -> "Anggaran"); the column itself when unnamed."""
    if not column:
        return ""
    entry = _table_file().get("columns", {}).get(column)
    return str(entry.get(lang) or entry["id"]) if entry else column
