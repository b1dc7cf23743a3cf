# SPDX-License-Identifier: GPL-3.0-or-later
"""Laws of the group merge, tried on generated edits through real files and the real operations.

The three-way core has its own laws (tests/core/test_threeway.py); these go the whole way a workshop
goes: the demo handed out to three groups, each group's laptop editing its copy through the operations
the GUI uses, the files merged back into the master by ``merge_groups``. Generated edits, checked:

- groups that edit disjoint things merge without conflicts, every edit lands, and the order in which
  the files are merged does not change the plan;
- merging the same files again changes nothing;
- when two groups set the same field differently, the one merged second is a conflict: the master keeps
  the first value (never a silent overwrite) and the conflict stays open, recorded in the plan.

Each example writes several plan files, so the default run is short; ``SMARTCITY_LONG=1`` tries more.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcity_desktop.services.document import PlanDocument, read_rows
from smartcity_desktop.services.groups import Group, hand_out, merge_groups
from smartcity_desktop.services.operations import programs
from smartcity_desktop.services.session import EditSession

EXAMPLES = 40 if os.environ.get("SMARTCITY_LONG") else 6
# What a merge adds about itself (its report, decisions, the backup's snapshot) and the edit stamps.
BOOKKEEPING = {"snapshot", "merge_decision", "attachment", "history", "copy_info"}
STAMPS = {"modified_at", "modified_by"}

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda s: s.strip() != ""
)


@st.composite
def group_edits(draw: st.DrawFn) -> list[tuple[str, int, str]]:
    """Edits of one group: (kind, which program of its dimension, text)."""
    kinds = st.sampled_from(["rename", "describe", "activities", "budget", "add"])
    return draw(st.lists(st.tuples(kinds, st.integers(0, 50), texts), min_size=1, max_size=6))


@pytest.fixture(scope="module")
def handed_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], list[str]]:
    """The demo handed out to three groups, one dimension each (made once; each example copies it)."""
    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.services.plans import write_plan

    folder = tmp_path_factory.mktemp("handed")
    master = folder / "master.smartcity"
    write_plan(master, demo_rows())
    doc = PlanDocument.open(master)
    try:
        used = {p["dimension_id"] for p in doc.db.rows("program")}
        dims = [d for d in doc.db.rows("dimension") if d["id"] in used]
        chosen = dims[:3]
        files = hand_out(doc, [Group(f"Kelompok {i + 1}", (d["name"],)) for i, d in enumerate(chosen)], folder, "Uji")
    finally:
        doc.close()
    return master, files, [d["id"] for d in chosen]


def _fresh(handed: tuple[Path, list[Path], list[str]], where: Path) -> tuple[Path, list[Path]]:
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    master, files, _dims = handed
    out = [Path(shutil.copy(f, where / f.name)) for f in [master, *files]]
    return out[0], out[1:]


def _in_session(path: Path, fn: Callable[[EditSession], None]) -> None:
    doc = PlanDocument.open(path)
    try:
        fn(EditSession(doc))
    finally:
        doc.close()


def _apply(session: EditSession, dimension_id: str, edits: list[tuple[str, int, str]], tag: str) -> list[Any]:
    """Run the edits through the operations; returns what each should leave in the plan."""
    expected: list[Any] = []
    for n, (kind, which, text) in enumerate(edits):
        mine = [p for p in session.db.rows("program") if p["dimension_id"] == dimension_id]
        p = mine[which % len(mine)]
        if kind == "rename":
            name = f"{text.strip()} {tag}{n}"
            programs.rename(session, p["id"], name)
            expected.append(("program", p["id"], "name", name))
        elif kind == "describe":
            programs.update(session, p["id"], {"description": text})
            expected.append(("program", p["id"], "description", text))
        elif kind == "activities":
            old = p["activities"] or ""
            programs.update(session, p["id"], {"activities": f"{old}\n\n{text}".strip()})
            expected.append(("program", p["id"], "activities", f"{old}\n\n{text}".strip()))
        elif kind == "budget":
            first = p["first_year"] or session.db.plan()["period_start"]
            amount = 1_000_000 * (which + 1)
            programs.set_budget(session, p["id"], int(first), amount)
            expected.append(("budget", p["id"], int(first), amount))
        else:
            name = f"{text.strip()} baru {tag}{n}"
            pid = programs.add(session, dimension_id, name)
            pid = pid[0] if isinstance(pid, tuple) else pid
            expected.append(("program", pid, "name", name))
    return expected


def _content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    rows, _version = read_rows(path)
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table, items in rows.items():
        if table in BOOKKEEPING:
            continue
        out[table] = sorted(
            (tuple(sorted((k, repr(v)) for k, v in r.items() if k not in STAMPS)) for r in items), key=repr
        )
    return out


def _holds(path: Path, expected: list[Any]) -> None:
    rows, _version = read_rows(path)
    programs_by_id = {p["id"]: p for p in rows["program"]}
    budgets = {(b["program_id"], b["year"]): b["amount"] for b in rows["program_budget"]}
    last: dict[tuple[Any, ...], Any] = {}
    for item in expected:  # a later edit of the same field wins within one group
        last[item[:-1]] = item[-1]
    for key, value in last.items():
        if key[0] == "program":
            assert programs_by_id[key[1]][key[2]] == value, key
        else:
            assert budgets[(key[1], key[2])] == value, key


def _merge(master: Path, files: list[Path]) -> Any:
    doc = PlanDocument.open(master)
    try:
        return merge_groups(doc, files)
    finally:
        doc.close()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(edits=st.lists(group_edits(), min_size=3, max_size=3))
def test_disjoint_groups_merge_in_any_order_to_the_same_plan(
    handed_out: tuple[Path, list[Path], list[str]], tmp_path: Path, edits: list[list[tuple[str, int, str]]]
) -> None:
    dims = handed_out[2]
    master, files = _fresh(handed_out, tmp_path / "a")
    expected: list[Any] = []
    for i, (path, mine) in enumerate(zip(files, edits, strict=True)):
        _in_session(path, lambda s, i=i, mine=mine: expected.extend(_apply(s, dims[i], mine, f"K{i}")))
    other_master = tmp_path / "b.smartcity"
    shutil.copy(master, other_master)

    forward = _merge(master, files)
    backward = _merge(other_master, list(reversed(files)))

    assert forward.open_conflicts == 0 and backward.open_conflicts == 0
    _holds(master, expected)
    assert _content(master) == _content(other_master)
    again = _merge(master, files)
    assert not any(g.plan for g in again.groups)
    assert _content(master) == _content(other_master)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=texts, second=texts, which=st.integers(0, 50), field=st.sampled_from(["name", "description"]))
def test_two_groups_setting_one_field_differently_is_a_conflict_never_an_overwrite(
    handed_out: tuple[Path, list[Path], list[str]], tmp_path: Path, first: str, second: str, which: int, field: str
) -> None:
    if first.strip() == second.strip():
        second = second + " (2)"
    dims = handed_out[2]
    master, (g1, g2, _g3) = _fresh(handed_out, tmp_path / "c")
    chosen: list[str] = []

    def edit(session: EditSession, value: str) -> None:
        mine = [p for p in session.db.rows("program") if p["dimension_id"] == dims[0]]
        p = mine[which % len(mine)]
        chosen.append(p["id"])
        if field == "name":
            programs.rename(session, p["id"], value.strip())
        else:
            programs.update(session, p["id"], {"description": value})

    _in_session(g1, lambda s: edit(s, first))
    _in_session(g2, lambda s: edit(s, second))
    outcome = _merge(master, [g1, g2])
    rows, _version = read_rows(master)
    program = next(p for p in rows["program"] if p["id"] == chosen[0])
    landed = first.strip() if field == "name" else first
    assert program[field] == landed
    assert outcome.open_conflicts == 1
    assert [d["decision"] for d in rows["merge_decision"]] == ["open"]
