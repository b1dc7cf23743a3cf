# SPDX-License-Identifier: GPL-3.0-or-later
"""Test isolation: app folders in tmp, headless Qt, a fixed language."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
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


@pytest.fixture(autouse=True)
def qt_garbage_collected_between_tests() -> Iterator[None]:
    """What a test leaves of Qt is deleted when it ends, not by an automatic garbage collection at a random moment
    of a later test's work (CI died in one inside tests/gui/test_zoom.py, stop 17)."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import QEvent

    widgets.QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    widgets.QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
