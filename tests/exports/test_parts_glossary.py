# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's glossary (Daftar Singkatan): seeded in a new plan, edited by operations that undo, printed."""

from __future__ import annotations

import pytest

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services.operations import glossary, lists
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.services.templates import new_plan_rows
from tests.services import test_operations

s = test_operations.s  # the same fixture: an edit session on a new plan

SEEDED = {"OPD", "APBD", "APBN", "RPJMD", "RKPD", "Perbup", "SKPD", "Bappeda", "Diskominfo", "TIK", "SPBE"}


def test_new_plans_start_with_the_glossary() -> None:
    for lang, meaning in (("id", "Organisasi Perangkat Daerah"), ("en", "Regional Government Agency")):
        rows = new_plan_rows("Kota Contoh", lang=lang)
        terms = {r["term"]: r["meaning"] for r in rows["abbreviation"]}
        assert SEEDED <= set(terms) and terms["OPD"] == meaning


def test_glossary_operations_undo_and_refuse_a_repeat(s: EditSession) -> None:
    before = len(s.db.rows("abbreviation"))
    new_id, changes = glossary.add_term(s, "  BAKTI ", "Badan Aksesibilitas Telekomunikasi dan Informasi")
    assert s.db.get("abbreviation", new_id)["term"] == "BAKTI"
    with pytest.raises(PlanError) as e:
        glossary.add_term(s, "bakti", "lagi")
    assert e.value.key == "op.duplicate_term" and "bakti" in e.value.message()
    with pytest.raises(PlanError):
        glossary.add_term(s, "  ", "kosong")
    opd = next(r for r in s.db.rows("abbreviation") if r["term"] == "OPD")
    with pytest.raises(PlanError):
        glossary.set_term(s, new_id, "OPD", "dua kali")
    glossary.set_term(s, new_id, "BAKTI", "Badan Aksesibilitas Telekomunikasi dan Informasi (Kominfo)")
    glossary.delete_term(s, opd["id"])
    assert len(s.db.rows("abbreviation")) == before
    s.undo(changes)
    assert s.db.get("abbreviation", new_id) is None


def test_strategy_tows_type_is_a_checked_choice(s: EditSession) -> None:
    dim = s.db.rows("dimension")[0]
    sid, _c = lists.add(s, "strategy", {"dimension_id": dim["id"], "text": "Strategi baru"})
    lists.set_value(s, "strategy", sid, "tows", "so")
    assert s.db.get("strategy", sid)["tows"] == "so"
    with pytest.raises(PlanError):
        lists.set_value(s, "strategy", sid, "tows", "xx")


def test_head_of_region_in_the_profile(s: EditSession) -> None:
    from smartcity_desktop.exports.tree import build
    from smartcity_desktop.services.operations import profile

    profile.set_field(s, "head_title", "Wali Kota Contoh")
    profile.set_field(s, "head_name", "Dra. Siti Contoh")
    profile.set_field(s, "signed_on", "2026-03-01")
    with pytest.raises(PlanError):
        profile.set_field(s, "signed_on", "2026-02-31")
    texts = " ".join(t for t, _w in build(s.db.all_rows(), "masterplan").texts())
    assert "Wali Kota Contoh," in texts and "Dra. Siti Contoh" in texts and "1 Maret 2026" in texts


def test_signatory_defaults_in_a_new_plan() -> None:
    """A new plan's approval page names the head by the region's kind and marks the name as not filled in."""
    from smartcity_desktop.exports.tree import build

    texts = " ".join(t for t, _w in build(new_plan_rows("Kota Bogor"), "masterplan").texts())
    assert "Wali Kota Bogor," in texts and "(belum diisi)" in texts
