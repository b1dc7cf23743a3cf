# SPDX-License-Identifier: GPL-3.0-or-later
"""The launch (issue 10): the demo is copied from the shipped file, not written row by row; a plan opened before
and unchanged is not vetted again before the window paints; a changed one is, and is refused as ever."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest


def test_the_demo_opens_from_the_shipped_file(controller: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from smartcity_desktop import demo

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the demo was written row by row")

    monkeypatch.setattr(demo, "demo_rows", refuse)
    assert controller.open_demo()
    assert controller.window.session.db.plan()["region_name"] == "Lombok Timur"


def test_a_known_plan_opens_without_a_full_vet_on_any_thread(
    controller: Any, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.services import document

    full: list[str] = []
    real = document.vet

    def counting(path: Any, **kwargs: Any) -> Any:
        if kwargs.get("content", True) and not str(path).endswith(".tmp"):
            full.append(threading.current_thread().name)
        return real(path, **kwargs)

    monkeypatch.setattr(document, "vet", counting)
    assert controller.open_path(str(plan_file))
    assert len(full) == 1  # a file seen for the first time is vetted in full (off the GUI thread)
    assert full[0] != threading.main_thread().name
    assert controller.window.close()
    assert controller.open_path(str(plan_file))
    assert len(full) == 1  # the same bytes again: not vetted again


def test_a_known_plan_changed_since_is_refused_as_ever(
    controller: Any, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcity_desktop.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _parent, text, *_a, **_k: shown.append(text))
    assert controller.open_path(str(plan_file))
    assert controller.window.close()
    data = bytearray(plan_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page * 2, len(data), 7):  # damaged on the disk since
        data[i] ^= 0x5A
    plan_file.write_bytes(bytes(data))
    assert not controller.open_path(str(plan_file))
    from smartcity_desktop.core.errors import FileRefused
    from smartcity_desktop.storage.vet import vet

    with pytest.raises(FileRefused) as direct:
        vet(plan_file)
    assert shown == [direct.value.message()]
    assert plan_file.read_bytes() == bytes(data)
