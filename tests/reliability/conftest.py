# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures of the reliability suite (the plan files come from tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    """Where child processes write their stderr (shown when a test fails)."""
    return tmp_path / "children.log"
