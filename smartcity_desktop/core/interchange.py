# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON interchange document: every row of a plan, ids included (see docs/file-format.md)."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Iterator
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


MAX_DEPTH = 32  # our documents nest 4 deep (document, tables, rows, row)
_HUGE_DIGITS = 40  # longer integer literals are kept as text and refused where they stand


class HugeNumber:
    """An integer literal too long for any column, kept unconverted (int() of it may be refused or slow).

    It is no str, int or float, so the row check refuses it in any column and names table, field and row.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text[:20] + "…"


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _parse_int(text: str) -> int | HugeNumber:
    return HugeNumber(text) if len(text) > _HUGE_DIGITS else int(text)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _v in pairs:
            if k in seen:
                raise _DuplicateKey(k)
            seen.add(k)
    return out


def decode_text(data: bytes, source: str = "") -> str:
    """UTF-8 bytes (a BOM allowed) -> text; refuses other bytes naming the byte and line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ImportRefused("json.encoding", source, e.start, line) from None


def _parse(text: str) -> Any:
    return json.loads(text, parse_constant=_no_constant, parse_int=_parse_int, object_pairs_hook=_pairs)


def loads(text: str | bytes, source: str = "") -> dict[str, Any]:
    """Parse JSON text, refusing non-JSON with a message that says where (line, byte, key).

    Bytes must be UTF-8 (a BOM is allowed). Duplicate keys, nesting deeper than MAX_DEPTH, NaN and
    Infinity are refused; integer literals longer than 40 digits stay unconverted (HugeNumber) so
    the row check names their table and field.
    """
    if isinstance(text, bytes | bytearray):
        text = decode_text(bytes(text), source)
    try:
        doc = _parse(text)
    except json.JSONDecodeError as e:
        raise ImportRefused("json.invalid", source, e.lineno, e.colno) from None
    except _DuplicateKey as e:
        raise ImportRefused("json.duplicate_key", source, _safe(e.key), _line_of_duplicate(text, e.key)) from None
    except RecursionError:
        raise ImportRefused("json.too_deep", source, MAX_DEPTH, _line_too_deep(text)) from None
    except (ValueError, UnicodeDecodeError):
        raise ImportRefused("json.not_plan", source) from None
    if not isinstance(doc, dict):
        raise ImportRefused("json.not_plan", source)
    return doc


_HEAD = re.compile(r'^ ("(?:[^"\\]|\\.)*"): (.+),$')
_TABLE = re.compile(r'^  ("(?:[^"\\]|\\.)*"): \[(\]?)(,?)$')
_ROW = re.compile(r"^   (\{.*\})(,?)$")


class _NotOurLayout(Exception):
    """The text is not laid out as dumps() writes it: parse it as a whole instead."""


def loads_lines(lines: Iterable[str]) -> dict[str, Any] | None:
    """Parse a document laid out as dumps() writes it (one row per line) without holding its text.

    ``lines`` are split on "\\n" only. Returns None at the first line that differs from that layout
    or does not parse: the caller then parses the whole text with loads(), which also gives the
    authoritative refusal. What it accepts, it parses exactly as the whole-text parser would.
    Our exports keep non-ASCII text as is, and Python holds such text at 2-4 bytes a character:
    not holding it whole saves about a fifth of the peak memory of an import.
    """
    try:
        return _loads_lines(iter(lines))
    except (_NotOurLayout, ValueError, RecursionError):
        return None


def _loads_lines(it: Iterator[str]) -> dict[str, Any]:
    if next(it, None) != "{":
        raise _NotOurLayout
    doc: dict[str, Any] = {}
    line = next(it, None)
    while line is not None and line != ' "tables": {':
        m = _HEAD.match(line)
        if not m:
            raise _NotOurLayout
        key = json.loads(m.group(1))
        if key in doc:
            raise _NotOurLayout
        doc[key] = _parse(m.group(2))
        line = next(it, None)
    if line is None or "tables" in doc:
        raise _NotOurLayout
    tables: dict[str, Any] = {}
    doc["tables"] = tables
    more = None  # after a table: True when a comma promised another
    while True:
        line = next(it, None)
        if line == " }" and more is not True:
            break
        m = _TABLE.match(line or "")
        if not m or more is False:
            raise _NotOurLayout
        name = json.loads(m.group(1))
        if name in tables:
            raise _NotOurLayout
        rows: list[Any] = []
        tables[name] = rows
        if m.group(2):  # "[]"
            more = bool(m.group(3))
            continue
        if m.group(3):
            raise _NotOurLayout
        row_more = None
        while True:
            line = next(it, None)
            if line in ("  ]", "  ],") and row_more is not True:
                more = line.endswith(",")
                break
            r = _ROW.match(line or "")
            if not r or row_more is False:
                raise _NotOurLayout
            rows.append(_parse(r.group(1)))
            row_more = bool(r.group(2))
        if not rows:
            raise _NotOurLayout
    if next(it, None) != "}" or any(rest for rest in it):
        raise _NotOurLayout
    return doc


_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}\n]')


def _line_too_deep(text: str) -> int | str:
    """The line where nesting first passes MAX_DEPTH (only computed for a refusal)."""
    depth, line = 0, 1
    for m in _TOKENS.finditer(text):
        c = m.group()
        if c == "\n":
            line += 1
        elif c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif c in "]}":
            depth -= 1
    return "?"


def _line_of_duplicate(text: str, key: str) -> int | str:
    """The first line holding an object with ``key`` twice (our layout: one row per line)."""
    needle = json.dumps(key, ensure_ascii=False)
    for number, line in enumerate(text.splitlines(), 1):
        if line.count(needle) > 1:
            return number
    return "?"


def _safe(text: str) -> str:
    """Text that can be printed whatever it holds (lone surrogates become escapes), shortened."""
    return str(text)[:80].encode("utf-8", "backslashreplace").decode("utf-8")


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
            "json.problems",
            source,
            len(problems),
            _safe_line(describe(problems[0])),
            details=[_safe_line(describe(p)) for p in problems[:50]],
        )
    return rows


def _safe_line(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")  # NUL is kept: SQLite stores it, and it round-trips


def _decode_row(name: str, item: Any, problems: list[Problem]) -> dict[str, Any]:
    table = TABLES[name]
    if not isinstance(item, dict):
        problems.append(Problem(name, None, None, "row.not_object"))
        return {}
    row = item  # changed in place: the parsed document is not kept twice
    rid = row.get("id") if isinstance(row.get("id"), str) else None
    for c in table.all_columns:
        v = row.get(c.name)
        if isinstance(v, str):
            if _SURROGATE.search(v):
                problems.append(Problem(name, _safe(rid) if rid else None, c.name, "value.bad_surrogate"))
                row[c.name] = None if c.required is False else ""
                continue
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
            try:
                row[c.name] = float(v)
            except OverflowError:
                row[c.name] = HugeNumber(str(v)[:_HUGE_DIGITS])
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
