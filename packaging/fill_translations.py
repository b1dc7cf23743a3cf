# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill the <translation> elements of a .ts file from packaging/translations_en.py; list what is missing."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_en import EN


def fill(ts_path: Path) -> list[str]:
    """Write the English text into every message; returns the sources that have no translation yet."""
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for msg in tree.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        english = EN.get(source)
        if english is None and source.replace("&", "") in EN:
            english = EN[source.replace("&", "")]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if english is None:
                tr.set("type", "unfinished")
                missing.append(source)
                continue
            tr.attrib.pop("type", None)
            for form in (english.replace("(s)", ""), english.replace("(s)", "s")):
                ET.SubElement(tr, "numerusform").text = form
            continue
        if english is None:
            tr.set("type", "unfinished")
            missing.append(source)
            continue
        tr.text = english
        tr.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/smartcity_en.ts")
    left = fill(target)
    for s in left:
        print("untranslated:", repr(s))
    print(f"{target}: {len(left)} untranslated")
