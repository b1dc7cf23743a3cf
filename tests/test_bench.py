# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark plans are valid and as big as the issues say; the runner's measuring helpers work."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import chapter_words, make_rows  # noqa: E402
from bench.measure import Measurement, Sample, measure, run_once  # noqa: E402
from bench.targets import Row, Target, target_for  # noqa: E402
from smartcity_desktop.core.interchange import check_consistency  # noqa: E402
from smartcity_desktop.core.validate import check_row  # noqa: E402


@pytest.fixture(scope="module")
def large() -> dict:
    return make_rows("large")


def test_small_plan_is_consistent() -> None:
    rows = make_rows("small")
    assert check_consistency(rows) == []
    assert [p for name, items in rows.items() for r in items for p in check_row(name, r)] == []
    assert 8 <= len(rows["program"]) <= 12


def test_large_plan_is_consistent_and_large(large: dict) -> None:
    assert check_consistency(large) == []
    assert len(large["program"]) == 600
    assert len({p["dimension_id"] for p in large["program"]}) == 6
    assert len(large["indicator"]) == 4000
    years = {t["year"] for t in large["indicator_target"]}
    assert len(years) == 10 and len(large["indicator_target"]) == 40_000
    assert chapter_words(large) >= 300_000
    bodies = "\n".join(c["body_md"] for c in large["chapter"])
    assert "\n## " in bodies and "\n- " in bodies and "\n1. " in bodies and "|---" in bodies
    assert len(large["district"]) == 20 and large["feedback"] and large["meeting"]
    budget_programs = {b["program_id"] for b in large["program_budget"]}
    assert budget_programs == {p["id"] for p in large["program"]}


def test_generation_is_deterministic() -> None:
    a, b = make_rows("small"), make_rows("small")
    assert a == b


def test_rows_of_large_plan_pass_row_checks(large: dict) -> None:
    sample = {name: items[:200] for name, items in large.items()}
    assert [p for name, items in sample.items() for r in items for p in check_row(name, r)] == []


def test_run_once_reports_time_memory_and_exit_code() -> None:
    s = run_once([sys.executable, "-c", "pass"])
    assert s.returncode == 0 and not s.timed_out
    assert 0 < s.seconds < 30
    assert 1 < s.peak_mb < 1000
    bad = run_once([sys.executable, "-c", "import sys; sys.stderr.write('boom\\n'); sys.exit(3)"])
    assert bad.returncode == 3 and "boom" in bad.stderr


def test_peak_memory_is_the_childs_own() -> None:
    small = run_once([sys.executable, "-c", "pass"])
    big = run_once([sys.executable, "-c", "b = bytearray(80 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"])
    assert big.peak_mb > small.peak_mb + 60


def test_measure_median_min_max() -> None:
    m = measure([sys.executable, "-c", "pass"], runs=2)
    assert m.ok and len(m.samples) == 2
    assert m.min <= m.median <= m.max
    assert m.peak_mb == max(s.peak_mb for s in m.samples)
    failing = measure([sys.executable, "-c", "raise SystemExit(2)"], runs=3)
    assert not failing.ok and len(failing.samples) == 1 and failing.error.startswith("exit 2")


def test_timeout_kills_the_command() -> None:
    s = run_once([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.1)
    assert s.timed_out and s.seconds < 10


def test_verdicts_follow_the_targets() -> None:
    fast = Measurement([Sample(1.0, 100.0, 0), Sample(1.2, 120.0, 0), Sample(5.0, 90.0, 0)])
    assert target_for("large", "export json") == Target(2, seconds=2.0, mb=250.0)
    assert Row("large", "export json", "x", fast).verdict() == "PASS"
    assert Row("large", "export json", "x", Measurement([Sample(2.5, 100.0, 0)])).verdict() == "MISS (time)"
    assert Row("demo", "export pdf", "x", fast, out_bytes=2_000_000).verdict() == "MISS (size)"
    assert Row("demo", "export xlsx", "x", fast).verdict() == "-"
    assert Row("demo", "gui first paint", "x", skipped="no GUI").verdict() == "skipped"


def test_the_run_report_keeps_every_other_section_of_the_file() -> None:
    """bench/run.py rewrote docs/benchmarks.md from the top and kept only the packaging section: the launch and
    first-build tables, the import, merge and export-scaling sections and hand-written notes were dropped."""
    from bench.report import RUN_BEGIN, RUN_END, splice

    legacy = (
        "# Benchmarks\n\nold figures\n\n<!-- gui-bench:begin -->\nlaunch table\n<!-- gui-bench:end -->\n\n"
        "<!-- packaging:begin -->\nbundle\n<!-- packaging:end -->\n\n## Summary\n\n- old\n\n"
        "Run again with `python bench/run.py`.\n\n## Program import (issue 13)\n\nnote by hand\n\n"
        "<!-- merge-bench:begin -->\ncopies joined\n<!-- merge-bench:end -->\n"
    )
    once = splice(legacy, "# Benchmarks\n\nnew figures")
    assert "new figures" in once and "old figures" not in once
    for kept in ("launch table", "bundle", "note by hand", "copies joined"):
        assert once.count(kept) == 1, kept
    assert once.index(RUN_END) < once.index("launch table")
    twice = splice(once, "# Benchmarks\n\nnewer figures")
    assert twice == once.replace("new figures", "newer figures")
    assert splice("", "# Benchmarks").startswith(RUN_BEGIN)


def test_gui_bench_reads_the_first_build_target_against_the_median_of_fresh_runs() -> None:
    from bench import gui_bench

    def result(slowest_median_ms: float, single_run_max_ms: float) -> dict:
        return {
            "view_first_build": {"median_ms": 40.0, "max_ms": single_run_max_ms},
            "view_first_build_runs": {"max_of_medians_ms": slowest_median_ms, "runs": 3},
        }

    got = gui_bench.verdicts(result(74.0, 130.0))
    assert got["view_first_build_median_of_runs"] == "ok" and got["view_first_build_max"] == "MISSED"
    assert gui_bench.verdicts(result(101.0, 90.0))["view_first_build_median_of_runs"] == "MISSED"
    assert "view_first_build_median_of_runs" not in gui_bench.verdicts({"view_first_build": {"max_ms": 50.0}})
