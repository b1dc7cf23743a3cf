# SPDX-License-Identifier: GPL-3.0-or-later
"""The three-way merge engine: the MERGE.md table, paragraph diff3, and its laws under random edit scripts."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from smartcity_desktop.core.threeway import (
    MergePlan,
    apply,
    content,
    merge_text,
    three_way,
    word_diff,
)

Rows = dict[str, list[dict[str, Any]]]


def _id(n: int) -> str:
    return str(uuid.UUID(int=n))


def base_plan() -> Rows:
    stamp = {"modified_at": "2017-09-05T10:00:00Z", "modified_by": "fasilitator"}
    rows: Rows = {
        "plan": [{"id": _id(1), "region_name": "Kota Cirebon", "region_type": "kota", "period_start": 2019}],
        "dimension": [
            {"id": _id(10 + i), "name": f"Dimensi {i}", "code": None, "sort_key": float(i)} for i in range(3)
        ],
        "element": [
            {"id": _id(20 + i), "dimension_id": _id(10 + i % 3), "name": f"Elemen {i}", "sort_key": float(i)}
            for i in range(4)
        ],
        "program": [
            {
                "id": _id(30 + i),
                "dimension_id": _id(10 + i % 3),
                "element_id": _id(20 + i % 4),
                "name": f"Program {i}",
                "description": f"Paragraf satu {i}.\n\nParagraf dua {i}.\n\nParagraf tiga {i}.",
                "first_year": 2019,
                "last_year": 2023,
                "status": "planned",
                "is_quick_win": 0,
                "sort_key": float(i),
            }
            for i in range(6)
        ],
        "program_budget": [
            {"id": _id(60 + i), "program_id": _id(30 + i), "year": 2020, "amount": 1_000_000 * (i + 1)}
            for i in range(6)
        ],
        "chapter": [
            {
                "id": _id(90),
                "parent_id": None,
                "title": "Pendahuluan",
                "body_md": "Latar belakang.\n\nMaksud dan tujuan.\n\nSistematika.",
                "status": "draft",
                "sort_key": 1.0,
            }
        ],
    }
    for table in rows.values():
        for row in table:
            row.update(stamp)
    return rows


def find(rows: Rows, table: str, rid: str) -> dict[str, Any] | None:
    return next((r for r in rows.get(table, []) if r["id"] == rid), None)


def merged(base: Rows, master: Rows, group: Rows, **kw: Any) -> tuple[Rows, MergePlan]:
    plan = three_way(base, master, group, **kw)
    return apply(master, plan), plan


# -- the MERGE.md table ---------------------------------------------------------
def test_only_the_group_changed_a_field_takes_it() -> None:
    base = base_plan()
    group = copy.deepcopy(base)
    find(group, "program", _id(30))["name"] = "Pasar Daring"  # type: ignore[index]
    result, plan = merged(base, copy.deepcopy(base), group)
    assert find(result, "program", _id(30))["name"] == "Pasar Daring"  # type: ignore[index]
    assert not plan.conflicts


def test_only_the_master_changed_keeps_it_and_both_same_is_no_conflict() -> None:
    base = base_plan()
    master, group = copy.deepcopy(base), copy.deepcopy(base)
    find(master, "program", _id(30))["name"] = "A"  # type: ignore[index]
    find(master, "program", _id(31))["name"] = "Sama"  # type: ignore[index]
    find(group, "program", _id(31))["name"] = "Sama"  # type: ignore[index]
    result, plan = merged(base, master, group)
    assert find(result, "program", _id(30))["name"] == "A"  # type: ignore[index]
    assert find(result, "program", _id(31))["name"] == "Sama"  # type: ignore[index]
    assert not plan and not plan.conflicts


def test_same_field_changed_differently_is_a_conflict_showing_both() -> None:
    base = base_plan()
    master, group = copy.deepcopy(base), copy.deepcopy(base)
    find(master, "program_budget", _id(60))["amount"] = 5  # type: ignore[index]
    find(group, "program_budget", _id(60))["amount"] = 7  # type: ignore[index]
    result, plan = merged(base, master, group)
    assert [(c.kind, c.column, c.master, c.group) for c in plan.conflicts] == [("field", "amount", 5, 7)]
    assert find(result, "program_budget", _id(60))["amount"] == 5  # type: ignore[index]


def test_two_fields_of_one_row_both_win() -> None:
    base = base_plan()
    master, group = copy.deepcopy(base), copy.deepcopy(base)
    find(master, "program", _id(30))["name"] = "Nama baru"  # type: ignore[index]
    find(group, "program", _id(30))["status"] = "ongoing"  # type: ignore[index]
    result, plan = merged(base, master, group)
    row = find(result, "program", _id(30))
    assert row is not None and (row["name"], row["status"]) == ("Nama baru", "ongoing")
    assert not plan.conflicts


def test_new_rows_of_the_group_are_inserted() -> None:
    base = base_plan()
    group = copy.deepcopy(base)
    new = dict(find(group, "program", _id(30)) or {}, id=_id(999), name="Program baru")
    group["program"].append(new)
    result, _ = merged(base, copy.deepcopy(base), group)
    assert find(result, "program", _id(999)) is not None


def test_delete_in_group_applies_when_master_unchanged_and_conflicts_when_edited() -> None:
    base = base_plan()
    group = copy.deepcopy(base)
    group["program_budget"] = [r for r in group["program_budget"] if r["id"] not in (_id(60), _id(61))]
    master = copy.deepcopy(base)
    find(master, "program_budget", _id(61))["amount"] = 42  # type: ignore[index]
    result, plan = merged(base, master, group)
    assert find(result, "program_budget", _id(60)) is None
    assert find(result, "program_budget", _id(61))["amount"] == 42  # type: ignore[index]
    assert [(c.kind, c.row_id) for c in plan.conflicts] == [("edit_delete", _id(61))]


def test_row_deleted_in_master_stays_deleted_unless_the_group_edited_it() -> None:
    base = base_plan()
    master = copy.deepcopy(base)
    master["program_budget"] = [r for r in master["program_budget"] if r["id"] not in (_id(60), _id(61))]
    group = copy.deepcopy(base)
    find(group, "program_budget", _id(61))["amount"] = 9  # type: ignore[index]
    result, plan = merged(base, master, group)
    assert find(result, "program_budget", _id(60)) is None and find(result, "program_budget", _id(61)) is None
    assert [(c.kind, c.row_id) for c in plan.conflicts] == [("delete_edit", _id(61))]


def test_group_row_pointing_at_a_row_the_master_deleted_is_a_conflict_not_a_broken_reference() -> None:
    base = base_plan()
    master = copy.deepcopy(base)
    master["program"] = [r for r in master["program"] if r["id"] != _id(30)]
    master["program_budget"] = [r for r in master["program_budget"] if r["program_id"] != _id(30)]
    group = copy.deepcopy(base)
    group["program_budget"].append(
        {"id": _id(500), "program_id": _id(30), "year": 2021, "amount": 3, "modified_at": "x", "modified_by": None}
    )
    result, plan = merged(base, master, group)
    assert find(result, "program_budget", _id(500)) is None
    assert {c.kind for c in plan.conflicts} == {"dangling"}


def test_group_deleting_an_element_does_not_take_the_masters_new_program_with_it() -> None:
    base = base_plan()
    group = copy.deepcopy(base)
    group["dimension"] = [r for r in group["dimension"] if r["id"] != _id(12)]
    group["element"] = [r for r in group["element"] if r["dimension_id"] != _id(12)]
    gone = {r["id"] for r in group["program"] if r["dimension_id"] == _id(12)}
    group["program"] = [r for r in group["program"] if r["id"] not in gone]
    group["program_budget"] = [r for r in group["program_budget"] if r["program_id"] not in gone]
    master = copy.deepcopy(base)
    master["program"].append(dict(master["program"][2], id=_id(777), name="Baru di master"))
    result, plan = merged(base, master, group)
    assert find(result, "program", _id(777)) is not None
    assert [(c.kind, c.row_id) for c in plan.conflicts] == [("delete_in_use", _id(12))]


def test_same_unique_row_added_on_both_sides_is_matched_not_duplicated() -> None:
    base = base_plan()
    master, group = copy.deepcopy(base), copy.deepcopy(base)
    row = {"program_id": _id(30), "year": 2021, "modified_at": "x", "modified_by": None}
    master["program_budget"].append(dict(row, id=_id(801), amount=10))
    group["program_budget"].append(dict(row, id=_id(802), amount=12))
    result, plan = merged(base, master, group)
    assert [r["amount"] for r in result["program_budget"] if r["year"] == 2021] == [10]
    assert [(c.row_id, c.master, c.group) for c in plan.conflicts] == [(_id(801), 10, 12)]


def test_without_a_baseline_every_difference_is_a_conflict_unless_a_side_is_preferred() -> None:
    master, group = base_plan(), base_plan()
    find(group, "program", _id(30))["name"] = "Lain"  # type: ignore[index]
    group["program"].append(dict(group["program"][0], id=_id(555)))
    result, plan = merged(None, master, group)  # type: ignore[arg-type]
    assert [c.column for c in plan.conflicts] == ["name"]
    assert find(result, "program", _id(555)) is not None
    result, plan = merged(None, master, group, prefer="group")  # type: ignore[arg-type]
    assert not plan.conflicts and find(result, "program", _id(30))["name"] == "Lain"  # type: ignore[index]


def test_recorded_decisions_are_not_asked_again() -> None:
    base = base_plan()
    master, group = copy.deepcopy(base), copy.deepcopy(base)
    find(master, "program", _id(30))["name"] = "M"  # type: ignore[index]
    find(group, "program", _id(30))["name"] = "G"  # type: ignore[index]
    first = three_way(base, master, group)
    (c,) = first.conflicts
    again = three_way(base, master, group, decisions={c.key: "master"})
    assert not again.conflicts and not again and again.resolved[0][1] == "master"


def test_clock_of_a_laptop_decides_nothing() -> None:
    base = base_plan()
    master, group = copy.deepcopy(base), copy.deepcopy(base)
    find(master, "program", _id(30))["name"] = "M"  # type: ignore[index]
    find(group, "program", _id(30))["name"] = "G"  # type: ignore[index]
    find(group, "program", _id(31))["name"] = "G2"  # type: ignore[index]
    skewed = copy.deepcopy(group)
    for rows in skewed.values():
        for r in rows:
            r["modified_at"] = "2031-01-01T00:00:00Z"
    a, b = three_way(base, master, group), three_way(base, master, skewed)
    assert a.updates == b.updates and [c.key for c in a.conflicts] == [c.key for c in b.conflicts]


# -- text by paragraph ----------------------------------------------------------
def test_edits_to_different_paragraphs_both_land() -> None:
    base = "Satu.\n\nDua.\n\nTiga."
    text, clashes = merge_text(base, "Satu diubah.\n\nDua.\n\nTiga.", "Satu.\n\nDua.\n\nTiga diubah.")
    assert (text, clashes) == ("Satu diubah.\n\nDua.\n\nTiga diubah.", [])


def test_overlapping_paragraph_edits_clash_and_keep_the_master() -> None:
    base = "Satu.\n\nDua."
    text, clashes = merge_text(base, "Satu M.\n\nDua.", "Satu G.\n\nDua.")
    assert text == "Satu M.\n\nDua." and clashes[0].master == ["Satu M."] and clashes[0].group == ["Satu G."]


def test_chapter_paragraphs_merge_through_three_way() -> None:
    base = base_plan()
    master, group = copy.deepcopy(base), copy.deepcopy(base)
    find(master, "chapter", _id(90))["body_md"] = "Latar belakang baru.\n\nMaksud dan tujuan.\n\nSistematika."  # type: ignore[index]
    find(group, "chapter", _id(90))["body_md"] = "Latar belakang.\n\nMaksud dan tujuan.\n\nSistematika.\n\nPenutup."  # type: ignore[index]
    result, plan = merged(base, master, group)
    assert find(result, "chapter", _id(90))["body_md"] == (  # type: ignore[index]
        "Latar belakang baru.\n\nMaksud dan tujuan.\n\nSistematika.\n\nPenutup."
    )
    assert not plan.conflicts


def test_word_diff_marks_the_words_that_differ() -> None:
    assert word_diff("anggaran tahun 2019 naik", "anggaran tahun 2020 naik") == [
        ("same", "anggaran tahun"),
        ("old", "2019"),
        ("new", "2020"),
        ("same", "naik"),
    ]


# -- laws under random edit scripts -----------------------------------------------
EDITABLE = {
    "program": ("name", "status", "description", "last_year"),
    "program_budget": ("amount",),
    "chapter": ("title", "body_md"),
    "dimension": ("name",),
}
VALUES = {
    "name": st.sampled_from(["A", "B", "C", "Pasar Daring", "ꦱꦩꦂꦠ꧀", "🙂"]),
    "title": st.sampled_from(["Bab A", "Bab B"]),
    "status": st.sampled_from(["proposed", "planned", "ongoing"]),
    "last_year": st.integers(2023, 2026),
    "amount": st.integers(0, 10**15),
    "description": st.sampled_from(["x", "Paragraf satu 0.\n\nLain.\n\nParagraf tiga 0."]),
    "body_md": st.sampled_from(["Latar belakang.\n\nBaru.\n\nSistematika.", "Ganti semua."]),
}


@st.composite
def edit_script(draw: st.DrawFn, base: Rows, salt: int) -> Rows:
    rows = copy.deepcopy(base)
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["edit", "edit", "insert", "delete"]))
        table = draw(st.sampled_from(sorted(EDITABLE)))
        if not rows[table]:
            continue
        row = draw(st.sampled_from(rows[table]))
        if kind == "edit":
            col = draw(st.sampled_from(EDITABLE[table]))
            row[col] = draw(VALUES[col])
            row["modified_at"] = draw(st.sampled_from(["2000-01-01T00:00:00Z", "2040-01-01T00:00:00Z"]))
        elif kind == "insert" and table == "program":
            rows[table].append(dict(row, id=_id(10_000 * salt + draw(st.integers(0, 999))), name="Baru"))
        elif kind == "delete" and table in ("program_budget", "program"):
            rows[table].remove(row)
            if table == "program":
                rows["program_budget"] = [b for b in rows["program_budget"] if b["program_id"] != row["id"]]
    return rows


def group_edits(base: Rows, group: Rows) -> list[tuple[str, str, str | None, Any]]:
    """Every (table, id, column, value) the group changed against the base (column None: a deletion)."""
    out: list[tuple[str, str, str | None, Any]] = []
    for table in group:
        b = {r["id"]: r for r in base.get(table, [])}
        g = {r["id"]: r for r in group[table]}
        for rid, row in g.items():
            for col, val in (content(row) or {}).items():
                if rid not in b or b[rid].get(col) != val:
                    out.append((table, rid, col, val))
        out += [(table, rid, None, None) for rid in b if rid not in g]
    return out


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_no_silent_loss_and_merging_twice_changes_nothing(data: st.DataObject) -> None:
    base = base_plan()
    master = data.draw(edit_script(base, 1))
    group = data.draw(edit_script(base, 2))
    result, plan = merged(base, master, group)
    conflicted = {(c.table, c.row_id) for c in plan.conflicts}
    for table, rid, col, val in group_edits(base, group):
        row = find(result, table, rid)
        if (table, rid) in conflicted or any(c.row_id == rid for c in plan.conflicts):
            continue
        if col is None:  # a deletion lands, or the master had deleted it already
            assert row is None
            continue
        if row is None:  # the master deleted the row and the group did not change it from the base
            assert find(master, table, rid) is None
            continue
        if col == "description" or col == "body_md":
            continue  # paragraph merges combine both sides; checked by the text tests
        assert row[col] == val, (table, rid, col)
    again = three_way(base, result, group)
    assert apply(result, again) == result


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_groups_that_do_not_conflict_commute(data: st.DataObject) -> None:
    base = base_plan()
    master = data.draw(edit_script(base, 1))
    g1 = data.draw(edit_script(base, 2))
    g2 = data.draw(edit_script(base, 3))

    def merge_all(order: list[Rows]) -> tuple[Rows, bool]:
        rows, clean = master, True
        for g in order:
            p = three_way(base, rows, g)
            clean = clean and not p.conflicts
            rows = apply(rows, p)
        return rows, clean

    r12, clean12 = merge_all([g1, g2])
    r21, clean21 = merge_all([g2, g1])
    if clean12 and clean21:
        by = {t: {r["id"]: content(r) for r in rows} for t, rows in r21.items()}
        assert {t: {r["id"]: content(r) for r in rows} for t, rows in r12.items()} == by


def test_a_row_the_master_deleted_is_not_brought_back_by_a_copy_without_baseline() -> None:
    master, group = base_plan(), base_plan()
    master["program_budget"] = [r for r in master["program_budget"] if r["id"] != _id(60)]
    plain = three_way(None, master, group)
    assert (("program_budget", _id(60)) in {(t, r["id"]) for t, r in plain.inserts}) is True
    plan = three_way(None, master, group, master_deleted={_id(60)})
    assert not plan.inserts and [(c.kind, c.row_id) for c in plan.conflicts] == [("delete_edit", _id(60))]
