# SPDX-License-Identifier: GPL-3.0-or-later
"""The .ts files are the source of truth: every GUI string has English, no entry is stale, every .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "smartcity_en.ts"
STALE = ("vanished", "obsolete")
MARKED = "\0stale"


def _tool(name: str) -> Path:
    tool = Path(sys.executable).parent / name
    if not tool.exists():
        tool = Path(shutil.which(name) or "")
    if not tool.is_file():
        pytest.skip(f"{name} not installed")
    return tool


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> the translation ("" when unfinished or empty, MARKED for a vanished/obsolete one)."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else None
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            text = (tr.text or "") if tr is not None and not forms else ("" if not all(forms) else "|".join(forms))
            out[(name, msg.findtext("source") or "")] = (
                MARKED if kind in STALE else "" if kind == "unfinished" else text
            )
    return out


def _lupdate(tmp_path: Path) -> dict[tuple[str, str], str]:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(_tool("pyside6-lupdate")),
            "-extensions",
            "py",
            str(ROOT / "smartcity_desktop" / "gui"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return _messages(fresh)


def test_every_string_is_translated() -> None:
    missing = [src for (_ctx, src), text in _messages(TS).items() if not text]
    assert missing == [], "translate them in smartcity_en.ts (Qt Linguist)"


def test_catalogue_covers_the_sources(tmp_path: Path) -> None:
    new = set(_lupdate(tmp_path)) - set(_messages(TS))
    assert not new, f"run packaging/update_translations.sh: {sorted(new)[:5]}"


def test_no_stale_entry(tmp_path: Path) -> None:
    """An entry whose source text the code no longer uses (or lupdate marked vanished/obsolete) is stale."""
    mine = _messages(TS)
    marked = sorted(k for k, v in mine.items() if v == MARKED)
    gone = sorted(set(mine) - set(_lupdate(tmp_path)))
    assert (marked, gone) == ([], []), "run packaging/update_translations.sh"


@pytest.mark.parametrize("name", ["smartcity_en", "qt_id"])
def test_qm_is_compiled_from_its_ts(name: str, tmp_path: Path) -> None:
    """The committed .qm equals lrelease of the .ts now (content, not mtimes: git checkouts reset those)."""
    qm = tmp_path / f"{name}.qm"
    subprocess.run(
        [str(_tool("pyside6-lrelease")), "-silent", str(TRANSLATIONS / f"{name}.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert (TRANSLATIONS / f"{name}.qm").read_bytes() == qm.read_bytes(), "run packaging/update_translations.sh"


def test_qt_dialogs_are_translated() -> None:
    assert [src for (_ctx, src), text in _messages(TRANSLATIONS / "qt_id.ts").items() if not text] == []


def test_english_catalogue_loads(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainActions", "&Berkas") == "&File"
    finally:
        QCoreApplication.removeTranslator(translator)
