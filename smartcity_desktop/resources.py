# SPDX-License-Identifier: GPL-3.0-or-later
"""Find shipped resources from a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Any


@functools.cache
def resources_dir() -> Path:
    """The folder holding fonts, translations, templates and frameworks."""
    candidates = []
    if os.environ.get("SMARTCITY_RESOURCES"):
        candidates.append(Path(os.environ["SMARTCITY_RESOURCES"]))
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources_data", here.parent / "resources"]
    for c in candidates:
        if (c / "templates").is_dir():
            return c
    raise FileNotFoundError("resources folder not found; looked in " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@functools.cache
def load_json(*parts: str) -> Any:
    """A JSON resource, parsed once per process."""
    with open(resource(*parts), encoding="utf-8") as f:
        return json.load(f)


def text(value: Any, lang: str) -> str:
    """Pick one language from a {"id": ..., "en": ...} text (Indonesian when the language is missing)."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("id") or value.get("en") or "")
    return "" if value is None else str(value)
