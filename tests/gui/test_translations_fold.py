# SPDX-License-Identifier: GPL-3.0-or-later
"""packaging/fold_translations.py: folds a dict of English into the untranslated entries of a .ts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from fold_translations import fold, load_dict, main  # noqa: E402

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>V</name>
    <message><source>&amp;Tambah</source><translation type="unfinished"></translation></message>
    <message><source>Hapus</source><translation>Remove</translation></message>
    <message numerus="yes"><source>%n program</source><translation type="unfinished"></translation></message>
    <message><source>Baru</source><translation type="unfinished"></translation></message>
    <message><source>Lama</source><translation type="vanished">Old</translation></message>
</context>
</TS>
"""


def _ts(tmp_path: Path) -> Path:
    path = tmp_path / "x.ts"
    path.write_text(TS, encoding="utf-8")
    return path


def test_fills_only_the_untranslated(tmp_path: Path) -> None:
    path = _ts(tmp_path)
    filled, missing = fold(path, {"Tambah": "Add", "Hapus": "Delete", "%n program": "%n program(s)", "Lama": "x"})
    assert (filled, missing) == (2, ["Baru"])
    text = path.read_text(encoding="utf-8")
    assert "<translation>Add</translation>" in text  # found without its mnemonic
    assert "<translation>Remove</translation>" in text  # translated in the .ts: kept
    assert "<numerusform>%n program</numerusform><numerusform>%n programs</numerusform>" in text
    assert 'type="vanished">Old<' in text


def test_overwrite_lets_the_dict_win(tmp_path: Path) -> None:
    path = _ts(tmp_path)
    fold(path, {"Hapus": "Delete"}, overwrite=True)
    assert "<translation>Delete</translation>" in path.read_text(encoding="utf-8")


def test_command_line_reads_the_dict_module(tmp_path: Path) -> None:
    path = _ts(tmp_path)
    module = tmp_path / "translations_en.py"
    module.write_text('EN = {"Baru": "New"}\n', encoding="utf-8")
    assert load_dict(module) == {"Baru": "New"}
    assert main([str(path), str(module)]) == 0
    assert "<translation>New</translation>" in path.read_text(encoding="utf-8")
