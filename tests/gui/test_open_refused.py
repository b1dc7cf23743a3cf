# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI open of damaged and special files (rel-vet): refused at once with the place named, never a hang,
never a window that opens and then fails."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from smartcity_desktop.storage.checksum import stamp
from tests.reliability.hostile import sql


def test_invalid_utf8_is_refused_before_a_window_opens(controller: Any, demo_file: Path, messages_patched: Any) -> None:
    sql(demo_file, "UPDATE program SET description = CAST(X'FF00' AS TEXT) WHERE rowid = 2")
    stamp(demo_file)
    assert controller.open_path(str(demo_file)) is False
    assert controller.window is None
    text = messages_patched.texts()[-1]
    assert "program" in text and "description" in text and "UTF-8" in text


def test_fifo_is_refused_at_once(controller: Any, tmp_path: Path, messages_patched: Any) -> None:
    fifo = tmp_path / "pipa.smartcity"
    os.mkfifo(fifo)
    assert controller.open_path(str(fifo)) is False
    assert "FIFO" in messages_patched.texts()[-1]
