# SPDX-License-Identifier: GPL-3.0-or-later
"""Fold English translations from a dict module into a .ts file (migration from packaging/translations_en.py).

The .ts files are the source of truth (edited with Qt Linguist, refreshed by packaging/update_translations.sh).
Branches written before that still add English to ``EN`` in packaging/translations_en.py; after merging one:

    .venv/bin/pyside6-lupdate -extensions py smartcity_desktop/gui -ts resources/translations/smartcity_en.ts \\
        -source-language id -target-language en          # the new source texts appear as unfinished
    .venv/bin/python packaging/fold_translations.py       # fills them from packaging/translations_en.py
    VENV=.venv bash packaging/update_translations.sh      # drops stale entries, compiles the .qm
    git rm packaging/translations_en.py

Only entries without a translation (empty or unfinished) are filled: what someone already translated in the .ts
stays, unless ``--overwrite``. Usage: python packaging/fold_translations.py [--overwrite] [TS] [MODULE.py]
(default: resources/translations/smartcity_en.ts and packaging/translations_en.py, its dict ``EN``).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_dict(module: Path, name: str = "EN") -> dict[str, str]:
    """The dict ``name`` of the Python file ``module``."""
    spec = importlib.util.spec_from_file_location(module.stem, module)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {module}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return dict(getattr(mod, name))


def english_for(source: str, table: dict[str, str]) -> str | None:
    """The English of ``source``; a source with a mnemonic (&) may be listed without it."""
    if source in table:
        return table[source]
    return table.get(source.replace("&", ""))


def is_translated(tr: ET.Element | None) -> bool:
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = tr.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(tr.text)


def fold(ts_path: Path, table: dict[str, str], overwrite: bool = False) -> tuple[int, list[str]]:
    """Fill untranslated messages of ``ts_path`` from ``table``; returns (filled, sources still untranslated)."""
    tree = ET.parse(ts_path)
    filled = 0
    missing: list[str] = []
    for msg in tree.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            continue
        if is_translated(tr) and not overwrite:
            continue
        english = english_for(source, table)
        if english is None:
            if not is_translated(tr):
                missing.append(source)
            continue
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":  # "%n program(s)": singular and plural forms
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in (english.replace("(s)", ""), english.replace("(s)", "s")):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = english
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", type=Path, default=ROOT / "resources" / "translations" / "smartcity_en.ts")
    parser.add_argument("module", nargs="?", type=Path, default=ROOT / "packaging" / "translations_en.py")
    parser.add_argument("--overwrite", action="store_true", help="the dict wins over translations in the .ts")
    args = parser.parse_args(argv)
    filled, missing = fold(args.ts, load_dict(args.module), args.overwrite)
    for source in missing:
        print("untranslated:", repr(source))
    print(f"{args.ts}: {filled} filled, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
