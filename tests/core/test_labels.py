# SPDX-License-Identifier: GPL-3.0-or-later
"""The one label catalogue (resources/labels/values.json via core/labels.py): complete, and the only place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from smartcity_desktop.core import labels, model
from smartcity_desktop.resources import load_json

PACKAGE = Path(__file__).parents[2] / "smartcity_desktop"

# (file under smartcity_desktop/, literal): a catalogue word written on purpose, with the reason.
ALLOWED: set[tuple[str, str]] = {
    # names of views, columns and tables in Qt's translation tables (QT_TRANSLATE_NOOP needs the literal);
    # they name the thing, the catalogue's noun is the same word
    ("gui/navigation.py", "Quick Win"),
    ("gui/program_model.py", "Quick Win"),
    ("gui/views/completeness.py", "Quick Win"),
    ("messages.py", "Quick Win"),  # the name of the Quick Win view as a place (check --completeness)
    ("gui/backups_dialog.py", "Cadangan"),  # the dialog's title (tr() needs the literal); the kind's word
}
# document labels that are phrases around a value, not the value's label ("Regency of ...", a heading)
DOCUMENT_PHRASES = {"region.kabupaten", "region.kota", "qw.list", "summary.quickwins_count"}


def enumerated_columns() -> list[tuple[str, str, tuple[str, ...]]]:
    return [(t.name, c.name, c.choices) for t in model.TABLES.values() for c in t.all_columns if c.choices]


def test_the_model_has_enumerated_columns() -> None:
    assert len(enumerated_columns()) >= 14


@pytest.mark.parametrize(("table", "column", "choices"), enumerated_columns())
@pytest.mark.parametrize("lang", labels.LANGS)
def test_every_allowed_value_has_a_label_in_both_languages(
    table: str, column: str, choices: tuple[str, ...], lang: str
) -> None:
    kind = labels.field_of(f"{table}.{column}")
    assert kind is not None, f"{table}.{column} has no field in resources/labels/values.json"
    values = labels.catalogue()[kind]["values"]
    for code in choices:
        assert (values.get(code) or {}).get(lang, "").strip(), f"{table}.{column}={code} lacks a label in {lang}"
    # nothing the model does not allow, in the model's order (combo boxes offer this order)
    assert [code for code, _ in labels.choices(kind, lang)] == list(choices)


def test_readiness_aspects_have_labels() -> None:
    assert [code for code, _ in labels.choices("readiness_component.code")] == list(model.READINESS_CODES)
    assert labels.label("readiness_code", "suprastruktur", "en") == "Superstructure"


def test_every_field_names_real_columns() -> None:
    for kind, spec in labels.catalogue().items():
        for col in spec["columns"]:
            table, column = col.split(".")
            assert column in model.TABLES[table].column_names, (kind, col)
        for code, text in spec["values"].items():
            assert set(text) == set(labels.LANGS), (kind, code)


def test_lookup() -> None:
    assert labels.label("horizon", "short", "id") == "Jangka pendek"
    assert labels.label("program.horizon", "short", "en") == "Short term"
    assert labels.label("quick_win.status", "running", "en") == "Running"
    assert labels.label("program.status", "ongoing", "en") == "Ongoing"
    assert labels.label("horizon", None, "id") == labels.label("horizon", "", "en") == ""
    assert labels.label("horizon", "someday", "id") == "someday"  # unknown: the code itself
    assert labels.label("program.name", "x", "id") == "x"  # not enumerated
    assert labels.label("horizon", "long", "fr") == "Jangka panjang"  # other languages: Indonesian
    assert labels.noun("quick_win", "en") == labels.label("horizon", "quickwin", "en") == "Quick Win"
    assert labels.keyed()["quick_win_status.chosen"] == {"id": "Terpilih", "en": "Chosen"}


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_label_is_written_anywhere_else() -> None:
    words = labels.all_labels()
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for line, value in _literals(path):
            word = value.strip().rstrip(":")
            if word in words:
                found.add((rel, word, line))
    unexpected = sorted(f"{rel}:{line}: {word!r}" for rel, word, line in found if (rel, word) not in ALLOWED)
    assert unexpected == [], "use core/labels.py (or gui/labels.py) instead of writing these labels"
    # the allow-list holds only what is still there
    assert {(rel, word) for rel, word, _ in found} >= ALLOWED


def test_the_scan_finds_a_written_label(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('HORIZON = {"short": "Pendek", "medium": "Jangka menengah"}\n', encoding="utf-8")
    assert "Jangka menengah" in {v for _, v in _literals(sample)} & labels.all_labels()


def test_document_labels_do_not_repeat_value_labels() -> None:
    document = load_json("templates", "document_labels.json")
    assert not set(document) & set(labels.keyed()), "value labels belong in resources/labels/values.json"
    words = labels.all_labels()
    repeated = {k for k, v in document.items() if {v["id"], v["en"]} & words}
    assert repeated <= DOCUMENT_PHRASES


@pytest.mark.parametrize("lang", labels.LANGS)
def test_documents_read_value_labels_from_the_catalogue(lang: str) -> None:
    from smartcity_desktop.exports.plandata import PlanData

    d = PlanData({"plan": [{"language": lang}]})
    for h in model.HORIZONS:
        assert d.label(f"horizon.{h}") == labels.label("horizon", h, lang)
    assert d.label("noun.quick_win") == "Quick Win"
    assert d.label("plan_status.draft") == labels.label("plan.status", "draft", lang)


def test_the_excel_matrix_prints_the_catalogue_labels(tmp_path: Path) -> None:
    """The XLSX had its own horizon labels ("Quick win" in English, "Quick Win" everywhere else)."""
    from openpyxl import load_workbook

    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.services.exporting import export_file
    from smartcity_desktop.services.plans import write_plan

    plan, out = tmp_path / "demo.smartcity", tmp_path / "matrix.xlsx"
    write_plan(plan, demo_rows("en"))
    export_file(plan, out, "xlsx")
    wb = load_workbook(out)
    expected = {text for _, text in labels.choices("horizon", "en")}
    seen = set()
    for ws in wb.worksheets[1:-1]:  # the dimension sheets
        header = [c.value for c in ws[1]]
        column = header.index("Horizon")
        seen |= {r[column] for r in ws.iter_rows(min_row=2, values_only=True) if r[column]}
    assert "Quick Win" in seen and seen <= expected


def test_every_content_table_has_a_name_in_both_languages() -> None:
    from smartcity_desktop.core.labels import table_label
    from smartcity_desktop.core.model import TABLES

    for name, spec in TABLES.items():
        if spec.content:
            assert table_label(name, "id") != name and table_label(name, "en") != name, name
    assert table_label("program_budget", "id") == "Anggaran program"
    assert table_label("program_budget", "en") == "Program budget"
