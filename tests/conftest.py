# SPDX-License-Identifier: GPL-3.0-or-later
"""Test isolation: app folders in tmp, headless Qt, a fixed language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and config folders and Indonesian messages."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SMARTCITY_HOME", str(home))
    monkeypatch.setenv("SMARTCITY_LANG", "id")
    monkeypatch.setenv("SMARTCITY_USER", "tester@test")
    from smartcity_desktop import messages

    messages.set_language(None)
    return home


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A new plan made from the templates."""
    from smartcity_desktop.services.plans import write_plan
    from smartcity_desktop.services.templates import new_plan_rows

    path = tmp_path / "Lombok Timur.smartcity"
    write_plan(path, new_plan_rows("Lombok Timur"))
    return path


@pytest.fixture(scope="session")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.services.plans import write_plan

    path = tmp_path_factory.mktemp("demo") / "demo.smartcity"
    write_plan(path, demo_rows())
    return path.read_bytes()


@pytest.fixture
def demo_file(tmp_path: Path, demo_bytes: bytes) -> Path:
    """A fresh copy of the demo plan."""
    path = tmp_path / "Demo Lombok Timur.smartcity"
    path.write_bytes(demo_bytes)
    return path
