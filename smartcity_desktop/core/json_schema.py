# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON Schema of the interchange document, derived from the data model.

Regenerate the shipped copy with ``python -m smartcity_desktop.core.json_schema``.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from smartcity_desktop.core.interchange import FORMAT, FORMAT_VERSION
from smartcity_desktop.core.model import TABLES, Column

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def _column(col: Column) -> dict[str, Any]:
    if col.name == "id" or col.ref:
        s: dict[str, Any] = {"type": "string", "pattern": UUID_PATTERN}
        if col.ref:
            s["description"] = f"id of a row of '{col.ref}'"
    elif col.type == "int":
        s = {"type": "integer"}
    elif col.type == "real":
        s = {"type": "number"}
    elif col.type == "bool":
        s = {"type": "boolean"}
    elif col.type == "blob":
        s = {"type": "string", "contentEncoding": "base64"}
    else:
        s = {"type": "string"}
    if col.choices:
        s["enum"] = list(col.choices)
    if col.pattern:
        s["pattern"] = col.pattern
    if col.min is not None:
        s["minimum"] = col.min
    if col.max is not None:
        s["maximum"] = col.max
    if not col.required:
        s = {"anyOf": [s, {"type": "null"}]}
    return s


def json_schema() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for name, table in TABLES.items():
        row = {
            "type": "object",
            "additionalProperties": False,
            "required": [c.name for c in table.all_columns if c.required],
            "properties": {c.name: _column(c) for c in table.all_columns},
        }
        arr: dict[str, Any] = {"type": "array", "items": row}
        if table.single:
            arr["minItems"] = arr["maxItems"] = 1
        tables[name] = arr
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://smartcity-desktop.invalid/schema/smartcity-plan.schema.json",
        "title": "Smart City Masterplan plan document",
        "description": "Every row of one plan. See docs/file-format.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "schema_version", "tables"],
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "schema_version": {"type": "integer", "minimum": 1},
            "tables": {
                "type": "object",
                "additionalProperties": False,
                "required": list(TABLES),
                "properties": tables,
            },
        },
    }


def render() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(render())
