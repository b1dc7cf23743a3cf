# SPDX-License-Identifier: GPL-3.0-or-later
"""The workshop record: meetings, one register, attendance, minutes, feedback, action items, participant import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcity_desktop.core.errors import ImportRefused, PlanError
from smartcity_desktop.services.document import PlanDocument
from smartcity_desktop.services.operations import programs, workshop
from smartcity_desktop.services.session import EditSession
from smartcity_desktop.services.workshop_import import import_participant_file, read_participant_file

NIP = "198908212014022002"


@pytest.fixture
def s(plan_file: Path) -> Iterator[EditSession]:
    doc = PlanDocument.open(plan_file)
    try:
        yield EditSession(doc)
    finally:
        doc.close()


def _agency(s: EditSession) -> dict:
    return s.db.rows("agency")[0]


def test_meeting_register_attendance_minutes(s: EditSession) -> None:
    stage = s.db.rows("workshop_stage")[0]
    mid, _ = workshop.add_meeting(s, "Tahap I Hari 1", stage_id=stage["id"], date="2017-07-18")
    workshop.update_meeting(s, mid, start_time="08:30", venue=" Aula Bappeda ", chair="Sekda", agenda="Pembukaan")
    m = s.db.get("meeting", mid)
    assert m is not None and m["venue"] == "Aula Bappeda" and m["start_time"] == "08:30"
    with pytest.raises(PlanError) as e:
        workshop.update_meeting(s, mid, colour="red")
    assert e.value.key == "value.unknown_column"
    with pytest.raises(PlanError):
        workshop.update_meeting(s, mid, date="2017-02-30")  # not a real date
    people = [workshop.add_participant(s, f"Peserta {i}", nip=NIP, agency_id=_agency(s)["id"])[0] for i in range(4)]
    changes = workshop.set_attendance_many(s, mid, {p: i % 2 == 0 for i, p in enumerate(people)})
    rows = s.db.rows("attendance", meeting_id=mid)
    assert sorted(bool(r["present"]) for r in rows) == [False, False, True, True]
    s.undo(changes)  # one step for the whole list
    assert s.db.rows("attendance", meeting_id=mid) == []
    s.redo(changes)
    workshop.set_attendance_many(s, mid, dict.fromkeys(people, True))
    assert all(r["present"] for r in s.db.rows("attendance", meeting_id=mid))
    assert len(s.db.rows("attendance", meeting_id=mid)) == 4  # updated, never doubled
    with pytest.raises(PlanError):
        workshop.set_attendance_many(s, mid, {people[0]: False, "missing": True})
    assert s.db.rows("attendance", meeting_id=mid, participant_id=people[0])[0]["present"]  # all or nothing
    workshop.set_minutes(
        s, mid, proceedings_md="## Jalannya rapat\n\n- dibuka", decisions=["A", " ", "B"], minute_taker="Baiq"
    )
    m = s.db.get("meeting", mid)
    assert m is not None and workshop.decisions_of(m["decisions"]) == ["A", "B"] and m["minute_taker"] == "Baiq"
    workshop.set_minutes(s, mid, minute_taker="Nurul")  # the rest stays
    m = s.db.get("meeting", mid)
    assert m is not None and m["minutes_md"].startswith("## Jalannya") and m["minute_taker"] == "Nurul"
    workshop.delete_participant(s, people[0])
    assert len(s.db.rows("attendance", meeting_id=mid)) == 3


def test_feedback_and_actions(s: EditSession) -> None:
    program_dim = s.db.rows("dimension")[0]
    fid, _ = workshop.add_feedback(s, "Lengkapi data", target_table="dimension", target_id=program_dim["id"])
    assert s.db.get("feedback", fid)["status"] == "open"  # type: ignore[index]
    workshop.answer_feedback(s, fid, "Sudah dilengkapi", "done")
    f = s.db.get("feedback", fid)
    assert f is not None and (f["status"], f["response"]) == ("done", "Sudah dilengkapi")
    with pytest.raises(PlanError):
        workshop.answer_feedback(s, fid, "x", "finished")
    with pytest.raises(PlanError):
        workshop.update_feedback(s, fid, target_table="dimension", target_id="nope")
    for status in ("in_progress", "declined", "open"):
        workshop.set_feedback_status(s, fid, status)
    aid, _ = workshop.add_action_item(s, "Kirim data", feedback_id=fid, owner="Baiq", due_date="2017-08-31")
    workshop.set_action_done(s, aid, True)
    assert s.db.get("action_item", aid)["status"] == "done"  # type: ignore[index]
    workshop.set_action_done(s, aid, False)
    assert s.db.get("action_item", aid)["status"] == "open"  # type: ignore[index]
    workshop.update_action_item(s, aid, agency_id=_agency(s)["id"])
    with pytest.raises(PlanError):
        workshop.update_action_item(s, aid, text=" ")


CSV_GOOD = "Nama;NIP;Jabatan;Instansi/OPD;No. HP;E-mail\n" + (
    "Lalu Hendra;{nip};Kepala Dinas;{agency};0812-1;lalu@example.org\n\nBaiq Nurul;;Pranata Komputer;;0812-2;\n"
)


def test_import_preview_and_good_file(s: EditSession, tmp_path: Path) -> None:
    path = tmp_path / "peserta.csv"
    path.write_text(CSV_GOOD.format(nip="1989 0821 2014 0220 02", agency=_agency(s)["name"]), encoding="utf-8")
    data = read_participant_file(path)
    assert data.mapping == {"name": 0, "nip": 1, "position": 2, "agency": 3, "phone": 4, "email": 5, "group": None}
    assert data.preview()[0]["name"] == "Lalu Hendra"
    ids, changes = import_participant_file(s, path)
    assert len(ids) == 2 and changes
    lalu = s.db.get("participant", ids[0])
    assert lalu is not None and lalu["nip"] == NIP and lalu["agency_id"] == _agency(s)["id"]
    s.undo(changes)
    assert s.db.rows("participant") == []


def test_import_with_a_bad_row_imports_nothing(s: EditSession, tmp_path: Path) -> None:
    path = tmp_path / "peserta.csv"
    bad = CSV_GOOD.format(nip="12345", agency="Dinas Tidak Ada")  # row 2: short NIP, unknown agency
    path.write_text(bad + ";;Tanpa Nama;;;\nSiti;;;;;siti@@x\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        import_participant_file(s, path)
    text = "\n".join(e.value.details)
    assert "Baris 2, nip" in text and "Baris 2, agency" in text
    assert "Baris 5, name" in text and "Baris 6, email" in text
    assert "Baris 4" not in text  # Baiq Nurul is fine; the blank line 3 is skipped
    assert s.db.rows("participant") == []


def test_import_xlsx_with_chosen_mapping(s: EditSession, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["No", "Peserta lokakarya", "Nomor pegawai"])
    ws.append([1, "Ahmad Fauzan", 198106302006011006])  # an NIP typed as a number
    ws.append([2, "Rina", None])
    path = tmp_path / "peserta.xlsx"
    wb.save(path)
    data = read_participant_file(path)
    assert data.mapping["nip"] is None  # "Nomor pegawai" is not a known header: the user maps it
    with pytest.raises(ImportRefused):
        import_participant_file(s, path, {"name": None})
    with pytest.raises(ImportRefused) as e:  # 18 digits do not survive a spreadsheet number: refused
        import_participant_file(s, path, {"name": 1, "nip": 2})
    assert "Baris 2, nip" in e.value.details[0] and "teks" in e.value.details[0]
    ws["C2"] = "198106302006011006"  # typed as text
    wb.save(path)
    ids, _ = import_participant_file(s, path, {"name": 1, "nip": 2})
    assert [s.db.get("participant", i)["nip"] for i in ids] == ["198106302006011006", None]  # type: ignore[index]


def test_import_refuses_other_formats(s: EditSession, tmp_path: Path) -> None:
    path = tmp_path / "peserta.txt"
    path.write_text("Nama\nA\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        import_participant_file(s, path)
    assert e.value.key == "wsimport.format"


def test_quick_win_selection_to_a_chosen_quick_win(s: EditSession) -> None:
    from smartcity_desktop.core.quickwin_scoring import quadrant, ranking

    criteria, _ = workshop.default_criteria(s)
    rows = {c["id"]: c for c in s.db.rows("quick_win_criterion")}
    assert [rows[c]["name"] for c in criteria] == ["Dampak bagi warga", "Urgensi", "Biaya", "Kelayakan pelaksanaan"]
    assert sum(rows[c]["weight"] for c in criteria) == 100
    impact, urgency, cost, feasible = criteria
    dim = s.db.rows("dimension")[0]["id"]
    cheap, _ = programs.add(s, dim, "Layanan Pengaduan Daring")
    costly, _ = programs.add(s, dim, "Pusat Data Daerah")
    workshop.score_candidate(s, cheap, {impact: 5, urgency: 4, cost: 1, feasible: 5})
    changes = workshop.score_candidate(s, costly, {impact: 4, urgency: 3, cost: 5, feasible: 2})
    with pytest.raises(PlanError):
        workshop.score_candidate(s, costly, {impact: 6})  # scores run 1-5
    with pytest.raises(PlanError):
        workshop.score_candidate(s, costly, {"no-such-criterion": 3})
    group, _ = workshop.add_group(s, "Kelompok Smart Governance", dim)
    person, _ = workshop.add_participant(s, "Lalu Ahmad")
    workshop.set_group_members(s, group, [person, person])
    assert len(s.db.rows("work_group_member", group_id=group)) == 1
    workshop.set_votes(s, costly, group, 5)
    ranked = ranking(s.db.all_rows())
    assert [r.name for r in ranked] == ["Layanan Pengaduan Daring", "Pusat Data Daerah"]  # scores before votes
    first, second = ranked
    assert first.weighted == pytest.approx((35 * 5 + 25 * 4 + 20 * 5 + 20 * 5) / 100)  # a low cost counts as good
    assert quadrant(first.impact, first.effort) == "quick_win" and quadrant(second.impact, second.effort) == "major"
    assert (first.votes, second.votes, second.status) == (0, 5, "candidate")
    workshop.update_criterion(s, cost, weight=0)
    with pytest.raises(PlanError):
        workshop.update_criterion(s, cost, weight=150)
    extra, _ = workshop.add_criterion(s, "Inovasi", 10)
    workshop.score_candidate(s, costly, {extra: 5, urgency: None})
    assert {r["criterion_id"] for r in s.db.rows("quick_win_score", program_id=costly)} == {
        impact,
        cost,
        feasible,
        extra,
    }
    workshop.delete_criterion(s, extra)
    assert not s.db.rows("quick_win_score", criterion_id=extra)
    workshop.choose_quick_win(s, cheap)
    p = s.db.get("program", cheap)
    assert p is not None and p["is_quick_win"] == 1 and p["horizon"] == "quickwin"
    assert s.db.rows("quick_win", program_id=cheap)[0]["status"] == "chosen"
    s.undo(changes)  # one step per scoring
    assert not s.db.rows("quick_win_score", program_id=costly, criterion_id=impact)


def test_action_due_by_stage(s: EditSession) -> None:
    stage = next(x for x in s.db.rows("workshop_stage") if x["number"] == 3)
    aid, _ = workshop.add_action_item(s, "Kirim data OPD")
    with pytest.raises(PlanError) as e:
        workshop.set_action_due_stage(s, aid, 3)  # the stage has no dated meeting yet
    assert e.value.key == "ws.stage_undated"
    workshop.add_meeting(s, "Tahap III Hari 2", stage_id=stage["id"], date="2017-09-28")
    workshop.add_meeting(s, "Tahap III Hari 1", stage_id=stage["id"], date="2017-09-27")
    workshop.set_action_due_stage(s, aid, 3)
    assert s.db.get("action_item", aid)["due_date"] == "2017-09-27"  # type: ignore[index]
    with pytest.raises(PlanError):
        workshop.set_action_due_stage(s, aid, 9)


def test_matrix_chart_places_candidates(tmp_path: Path) -> None:
    from smartcity_desktop.exports.charts_quickwin import matrix_chart
    from smartcity_desktop.exports.tree import Chart

    points = [
        {"label": "1", "impact": 5.0, "effort": 1.0, "color": "#1B5E20"},
        {"label": "2", "impact": 1.0, "effort": 5.0, "color": "#B71C1C"},
        {"label": "3", "impact": None, "effort": 2.0, "color": "#000000"},  # not scored on every axis: left out
    ]
    d = matrix_chart(points)
    labels = {}
    for node in d.getContents():
        if getattr(node, "text", None) in ("1", "2", "3") and getattr(node, "fontName", "").endswith("Bold"):
            labels[node.text] = (node.x, node.y)
    assert set(labels) == {"1", "2"}
    assert labels["1"][0] < labels["2"][0] and labels["1"][1] > labels["2"][1]  # top left vs bottom right
    assert Chart("quickwin_matrix", {"points": points}).drawing().width == d.width


@pytest.mark.parametrize("lang", ["id", "en"])
def test_matrix_chart_names_the_quadrants_as_the_label_catalogue_does(lang: str) -> None:
    """The PDF chart and the GUI's matrix name the quadrants from one catalogue (the chart had its own English:
    "Major projects", "Fill-ins" against the catalogue's "major project", "fill-in")."""
    from smartcity_desktop.core.quickwin_scoring import quadrant_name
    from smartcity_desktop.exports.charts_quickwin import matrix_chart
    from smartcity_desktop.resources import load_json, text

    catalogue = load_json("templates", "workshop_labels.json")
    shown = {getattr(node, "text", None) for node in matrix_chart([], lang=lang).getContents()}
    for code in ("major", "fill_in", "avoid"):
        word = text(catalogue[f"qw.quadrant.{code}"], lang)
        assert quadrant_name(code, lang) == word[:1].upper() + word[1:]
        assert quadrant_name(code, lang) in shown
    assert quadrant_name("quick_win", lang) in shown


def test_import_puts_people_in_their_working_groups(s: EditSession, tmp_path: Path) -> None:
    gid, _ = workshop.add_group(s, "Kelompok Smart Governance")
    path = tmp_path / "peserta.csv"
    path.write_text("Nama,Kelompok Kerja\nLalu Hendra,kelompok smart governance\nBaiq Nurul,\n", encoding="utf-8")
    ids, _ = import_participant_file(s, path)
    assert [r["participant_id"] for r in s.db.rows("work_group_member", group_id=gid)] == [ids[0]]
    bad = tmp_path / "salah.csv"
    bad.write_text("Nama,Kelompok Kerja\nRina,Kelompok Tidak Ada\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as e:
        import_participant_file(s, bad)
    assert "Baris 2, group" in e.value.details[0]
    assert len(s.db.rows("participant")) == 2
