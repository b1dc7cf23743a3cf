# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON interchange document: lossless round trips and clear refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from smartcity_desktop.core.errors import ImportRefused, PlanError
from smartcity_desktop.core.interchange import check_consistency, decode, dumps, encode, loads
from smartcity_desktop.services.plans import export_json_text, import_json, write_plan
from tests.strategies import plans


def _same_rows(a: dict[str, list[dict[str, Any]]], b: dict[str, list[dict[str, Any]]]) -> bool:
    def norm(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
        return {
            t: sorted(({k: v for k, v in r.items()} for r in items), key=lambda r: r["id"]) for t, items in rows.items()
        }

    return norm(a) == norm(b)


@given(plans())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_generated_plans_are_consistent_and_round_trip_in_memory(rows: dict[str, list[dict[str, Any]]]) -> None:
    assert check_consistency(rows) == []
    doc = encode(rows, 1)
    again = decode(loads(dumps(doc)))
    assert dumps(encode(again, 1)) == dumps(doc)


@given(plans())
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
def test_round_trip_through_files_is_lossless(
    tmp_path_factory: pytest.TempPathFactory, rows: dict[str, list[dict[str, Any]]]
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    first = folder / "a.smartcity"
    write_plan(first, rows)
    text = export_json_text(first)
    (folder / "a.json").write_text(text, encoding="utf-8")
    second = import_json(folder / "a.json", folder / "b.smartcity")
    assert export_json_text(second) == text
    assert _same_rows(decode(loads(text)), rows)


def test_demo_round_trip(demo_file: Path, tmp_path: Path) -> None:
    text = export_json_text(demo_file)
    (tmp_path / "demo.json").write_text(text, encoding="utf-8")
    out = import_json(tmp_path / "demo.json", tmp_path / "again.smartcity")
    assert export_json_text(out) == text


def test_export_matches_the_published_schema(demo_file: Path) -> None:
    import jsonschema

    from smartcity_desktop.resources import load_json

    schema = load_json("schema", "smartcity-plan.schema.json")
    jsonschema.validate(json.loads(export_json_text(demo_file)), schema)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("{not json", "json.invalid"),
        ("[1, 2]", "json.not_plan"),
        ('{"format": "something-else", "tables": {}}', "json.not_plan"),
        ('{"format": "smartcity-plan", "format_version": 99, "tables": {}}', "json.newer"),
        ('{"format": "smartcity-plan", "format_version": 1, "tables": {"evil": []}}', "json.problems"),
        ('{"format": "smartcity-plan", "format_version": 1, "tables": {}}', "json.problems"),
        ('{"a": NaN}', "json.not_plan"),
    ],
)
def test_bad_json_refused(text: str, key: str, tmp_path: Path) -> None:
    src = tmp_path / "in.json"
    src.write_text(text)
    with pytest.raises(ImportRefused) as info:
        import_json(src, tmp_path / "out.smartcity")
    assert info.value.key == key
    assert not (tmp_path / "out.smartcity").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_broken_reference_and_bad_value_refused(demo_file: Path, tmp_path: Path) -> None:
    doc = json.loads(export_json_text(demo_file))
    doc["tables"]["program"][0]["dimension_id"] = "00000000-0000-4000-8000-000000000000"
    doc["tables"]["program"][1]["status"] = "<script>"
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(doc))
    with pytest.raises(ImportRefused) as info:
        import_json(src, tmp_path / "out.smartcity")
    assert any("<script>" in d for d in info.value.details)
    doc["tables"]["program"][1]["status"] = "planned"
    src.write_text(json.dumps(doc))
    with pytest.raises(ImportRefused) as info:
        import_json(src, tmp_path / "out.smartcity")
    assert any("dimension_id" in d for d in info.value.details)
    assert not (tmp_path / "out.smartcity").exists()


def test_shipped_schema_is_current() -> None:
    from smartcity_desktop.core.json_schema import render
    from smartcity_desktop.resources import resource

    shipped = resource("schema", "smartcity-plan.schema.json").read_text(encoding="utf-8")
    assert shipped == render(), (
        "run: python -m smartcity_desktop.core.json_schema > resources/schema/smartcity-plan.schema.json"
    )


# -- rel-vet: hostile JSON: refused with the place named, or imported exactly -----------------------------


def _demo_doc(demo_file: Path) -> dict[str, Any]:
    return json.loads(export_json_text(demo_file))


def _refusal(text: str | bytes) -> ImportRefused:
    with pytest.raises(ImportRefused) as info:
        decode(loads(text, "x.json"), "x.json")
    info.value.message().encode("utf-8")  # printable whatever the document held
    return info.value


def test_huge_number_in_a_real_column_is_named(demo_file: Path) -> None:
    """Defect 7: 10**400 in a real column raised OverflowError."""
    text = export_json_text(demo_file)
    doc = json.loads(text)
    doc["tables"]["statistic"][0]["value"] = 0  # placeholder replaced below by a 401-digit literal
    sid = doc["tables"]["statistic"][0]["id"]
    text = json.dumps(doc).replace('"value": 0,', '"value": 1' + "0" * 400 + ",", 1)
    err = _refusal(text)
    assert err.key == "json.problems" and "statistic.value" in err.message() and sid[:8] in err.message()
    err = _refusal(text.replace("1" + "0" * 400, "1e400"))
    assert "statistic.value" in err.message()
    err = _refusal(text.replace("1" + "0" * 400, "9" * 5000))  # past Python's int() digit limit
    assert "statistic.value" in err.message()


def test_lone_surrogate_is_named(demo_file: Path) -> None:
    """Defect 7: "\\ud800" in a text raised UnicodeEncodeError when written."""
    doc = _demo_doc(demo_file)
    doc["tables"]["program"][0]["name"] = "a\ud800b"
    err = _refusal(json.dumps(doc))
    assert "program.name" in err.message()
    doc = _demo_doc(demo_file)
    doc["tables"]["program"][0]["\udfff"] = "x"  # an unknown field whose name cannot be printed
    err = _refusal(json.dumps(doc))
    assert "program" in err.message()


def test_nul_in_text_is_refused_with_its_place(demo_file: Path, tmp_path: Path) -> None:
    """A NUL is a control character: the rule set refuses it on every path, naming field and position."""
    doc = _demo_doc(demo_file)
    doc["tables"]["program"][0]["description"] = "a\x00b"
    src = tmp_path / "nul.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(PlanError) as info:
        import_json(src, tmp_path / "nul.smartcity")
    assert info.value.key == "json.problems" and "program.description" in info.value.message()
    assert "U+0000" in info.value.message() and not (tmp_path / "nul.smartcity").exists()


def test_deep_nesting_duplicate_keys_and_bad_bytes_are_placed() -> None:
    err = _refusal('{"a":\n' + "[" * 100_000 + "]" * 100_000 + "}")
    assert err.key == "json.too_deep" and err.args_[2] == 2
    err = _refusal('{"format": "smartcity-plan",\n "tables": {"plan": [{"id": "a", "id": "b"}]}}')
    assert err.key == "json.duplicate_key" and err.args_[1:] == ("id", 2)
    err = _refusal(b'{"format":\n "smartcity-plan\xff"}')
    assert err.key == "json.encoding" and err.args_[1:] == (27, 2)
    err = _refusal(b"\x00" * 10_000)
    assert err.key == "json.invalid"


@given(plans())
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_line_parser_equals_whole_parser(rows: dict[str, list[dict[str, Any]]]) -> None:
    from smartcity_desktop.core.interchange import loads_lines

    text = dumps(encode(rows, 1))
    assert loads_lines(text.split("\n")) == loads(text)


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("\n  ]", ",\n  ]", 1),  # trailing comma: invalid JSON, must not pass here
        lambda t: t.replace("},\n   {", "}\n   {", 1),  # missing comma
        lambda t: t.replace('"format": ', '"format": "x",\n "format": ', 1),  # duplicate key
        lambda t: t.replace("\n }\n}", "\n }\n}\n{}", 1),  # extra data
        lambda t: t.replace("\n", "\r\n"),  # another layout: parsed whole instead
        lambda t: json.dumps(json.loads(t)),
    ],
)
def test_line_parser_leaves_anything_else_to_the_whole_parser(change: Any, demo_file: Path) -> None:
    from smartcity_desktop.core.interchange import loads_lines

    text = export_json_text(demo_file)
    assert loads_lines(text.split("\n")) == json.loads(text)
    assert loads_lines(change(text).split("\n")) is None
