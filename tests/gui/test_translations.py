# SPDX-License-Identifier: GPL-3.0-or-later
"""Every GUI string has an English translation, and the compiled catalogue is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "translations" / "smartcity_en.ts"


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = "".join(tr.itertext()) if tr is not None else ""  # plural forms sit in <numerusform>
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and text
            out[(name, msg.findtext("source") or "")] = done or ""
    return out


def test_every_string_is_translated() -> None:
    missing = [src for (_ctx, src), text in _messages(TS).items() if not text]
    assert missing == []


def test_catalogue_covers_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-extensions", "py", str(ROOT / "smartcity_desktop" / "gui"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    new = set(_messages(fresh)) - set(_messages(TS))
    assert not new, f"run packaging/update_translations.sh: {sorted(new)[:5]}"


def test_english_catalogue_loads(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainActions", "&Berkas") == "&File"
    finally:
        QCoreApplication.removeTranslator(translator)
