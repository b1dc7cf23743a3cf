# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON interchange document: every row of a plan, ids included (see docs/file-format.md)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from smartcity_desktop.core.errors import ImportRefused
from smartcity_desktop.core.model import TABLES
from smartcity_desktop.core.rules import plan_problems
from smartcity_desktop.core.validate import Problem, check_row

FORMAT = "smartcity-plan"
FORMAT_VERSION = 1

Rows = dict[str, list[dict[str, Any]]]


def encode(tables: Rows, schema_version: int) -> dict[str, Any]:
    """Database rows -> the JSON-ready document (rows by id, columns in model order)."""
    out: dict[str, Any] = {}
    for name, table in TABLES.items():
        cols = table.all_columns
        encoded = []
        for row in sorted(tables.get(name, []), key=lambda r: r["id"]):
            item: dict[str, Any] = {}
            for c in cols:
                v = row.get(c.name)
                if v is not None:
                    if c.type == "blob":
                        v = base64.b64encode(bytes(v)).decode("ascii")
                    elif c.type == "bool":
                        v = bool(v)
                    elif c.type == "real":
                        v = float(v)
                item[c.name] = v
            encoded.append(item)
        out[name] = encoded
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "tables": out,
    }


def dumps(doc: dict[str, Any]) -> str:
    """The document as text, one row per line; the same plan always gives the same text.

    Rows are encoded one by one with the compact (C) encoder: indenting the whole
    document would fall back to json's pure-Python encoder, several times slower.
    """

    def enc(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    head = ",\n".join(f" {enc(k)}: {enc(v)}" for k, v in doc.items() if k != "tables")
    parts = ["{\n", head, ',\n "tables": {']
    tables = doc.get("tables", {})
    for i, (name, rows) in enumerate(tables.items()):
        parts.append(("," if i else "") + f"\n  {enc(name)}: [")
        parts.append(",".join(f"\n   {enc(r)}" for r in rows))
        parts.append("\n  ]" if rows else "]")
    parts.append("\n }\n}\n")
    return "".join(parts)


def loads(text: str | bytes, source: str = "") -> dict[str, Any]:
    """Parse JSON text, refusing non-JSON with a message that says where."""
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise ImportRefused("json.invalid", source, e.lineno, e.colno) from None
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ImportRefused("json.not_plan", source) from None
    if not isinstance(doc, dict):
        raise ImportRefused("json.not_plan", source)
    return doc


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def decode(doc: dict[str, Any], source: str = "") -> Rows:
    """The document -> database rows, after checking everything; raises ImportRefused."""
    if doc.get("format") != FORMAT or not isinstance(doc.get("tables"), dict):
        raise ImportRefused("json.not_plan", source)
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportRefused("json.not_plan", source)
    if version > FORMAT_VERSION:
        raise ImportRefused("json.newer", source, version)
    problems: list[Problem] = []
    rows: Rows = {}
    for name, items in doc["tables"].items():
        if name not in TABLES:
            problems.append(Problem(str(name), None, None, "table.unknown"))
            continue
        if not isinstance(items, list):
            problems.append(Problem(name, None, None, "row.not_object"))
            continue
        rows[name] = [_decode_row(name, item, problems) for item in items]
    for name in TABLES:
        rows.setdefault(name, [])
    if not problems:
        problems.extend(check_consistency(rows))
    if problems:
        from smartcity_desktop.messages import describe

        raise ImportRefused(
            "json.problems", source, len(problems), describe(problems[0]), details=[describe(p) for p in problems[:50]]
        )
    return rows


def _decode_row(name: str, item: Any, problems: list[Problem]) -> dict[str, Any]:
    table = TABLES[name]
    if not isinstance(item, dict):
        problems.append(Problem(name, None, None, "row.not_object"))
        return {}
    row = dict(item)
    for c in table.all_columns:
        v = row.get(c.name)
        if v is None:
            row[c.name] = None
        elif c.type == "blob" and isinstance(v, str):
            try:
                row[c.name] = base64.b64decode(v.encode("ascii"), validate=True)
            except (binascii.Error, UnicodeEncodeError):
                problems.append(Problem(name, row.get("id"), c.name, "value.bad_base64"))
        elif c.type == "bool" and isinstance(v, bool):
            row[c.name] = int(v)
        elif c.type == "real" and isinstance(v, int) and not isinstance(v, bool):
            row[c.name] = float(v)
    problems.extend(check_row(name, row))
    return row


def check_consistency(rows: Rows) -> list[Problem]:
    """Problems between rows: duplicate ids, broken references, uniqueness, single-row tables."""
    problems: list[Problem] = []
    ids: dict[str, set[Any]] = {}
    seen: set[Any] = set()
    for name, items in rows.items():
        ids[name] = set()
        for r in items:
            rid = r.get("id")
            if rid in seen:
                problems.append(Problem(name, rid, "id", "row.duplicate_id"))
            seen.add(rid)
            ids[name].add(rid)
    for name, items in rows.items():
        table = TABLES[name]
        if table.single and len(items) != 1:
            problems.append(Problem(name, None, None, "table.single", (len(items),)))
        for cols in table.unique:
            combos: set[tuple[Any, ...]] = set()
            for r in items:
                key = tuple(r.get(c) for c in cols)
                if key in combos:
                    problems.append(Problem(name, r.get("id"), None, "row.duplicate", (", ".join(cols),)))
                combos.add(key)
        refs = [c for c in table.all_columns if c.ref]
        for r in items:
            for c in refs:
                v = r.get(c.name)
                if v is not None and v not in ids.get(c.ref or "", ()):
                    problems.append(Problem(name, r.get("id"), c.name, "row.dangling"))
            if name == "feedback" and r.get("target_table"):
                if r.get("target_id") not in ids.get(r["target_table"], ()):
                    problems.append(Problem(name, r.get("id"), "target_id", "feedback.dangling"))
    problems.extend(check_rules(rows))
    return problems


def check_rules(rows: Rows) -> list[Problem]:
    """Plan-level rules between rows (core/rules.py); the rules within one row run in check_row."""
    return plan_problems(rows)
