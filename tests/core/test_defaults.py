# SPDX-License-Identifier: GPL-3.0-or-later
"""One default plan period for a new plan, from the start screen and from the CLI's ``new``."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from smartcity_desktop.core.defaults import default_period


def test_the_next_ten_years() -> None:
    assert default_period(datetime.date(2026, 12, 1)) == (2027, 2036)
    assert default_period(datetime.date(2017, 1, 1)) == (2018, 2027)
    first, last = default_period()
    assert first == datetime.date.today().year + 1 and last - first == 9


def test_cli_new_uses_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`new` without --years made 2018-2027 while the start screen offered the next ten years."""
    from smartcity_desktop.cli import main
    from smartcity_desktop.services.plans import read_rows

    plan = tmp_path / "x.smartcity"
    assert main(["new", str(plan), "--region", "Kota Cirebon"]) == 0
    rows, _ = read_rows(plan)
    assert (rows["plan"][0]["period_start"], rows["plan"][0]["period_end"]) == default_period()
    capsys.readouterr()
