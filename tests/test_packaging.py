# SPDX-License-Identifier: GPL-3.0-or-later
"""The wheel ships every package and the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_every_package_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "smartcity_desktop").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"
    assert "smartcity_desktop.resources_data" in listed


def test_resources_are_found() -> None:
    from smartcity_desktop.resources import resources_dir

    assert (resources_dir() / "templates" / "outline.json").is_file()
