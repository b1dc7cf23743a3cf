# SPDX-License-Identifier: GPL-3.0-or-later
"""The Bimtek paperwork read back: attendance sheet, minutes, berita acara, stage report, change report."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.services.exporting import export_file

MEETING = "2017-07-18"  # Tahap I Hari 1 of the demo


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "")


def _text(path: Path) -> str:
    return " ".join(_norm(p.extract_text()) for p in PdfReader(path).pages)


def _demo(table: str) -> list[dict[str, Any]]:
    from smartcity_desktop.demo import demo_table

    return demo_table(table)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory, demo_bytes: bytes) -> Path:
    path = tmp_path_factory.mktemp("paper") / "demo.smartcity"
    path.write_bytes(demo_bytes)
    return path


@pytest.fixture(scope="module")
def sheet(plan: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sheet") / "hadir.pdf"
    export_file(plan, out, "pdf", "attendance", options={"meeting": MEETING})
    return out


def test_attendance_sheet_lists_names_and_nip(sheet: Path) -> None:
    text = _text(sheet)
    people = _demo("participant")
    assert len(people) == 27
    for p in people:
        assert p["name"] in text and p["nip"] in text, p["name"]
    assert "DAFTAR HADIR" in text and "Selasa, 18 Juli 2017" in text and "Aula Bappeda" in text
    assert "PEMERINTAH KABUPATEN LOMBOK TIMUR" in text
    assert "32." in text and "33." not in text  # 27 registered and 5 blank lines
    assert "DRAFT" not in text  # paperwork is signed as printed


def test_header_repeats_on_every_page(sheet: Path) -> None:
    pages = PdfReader(sheet).pages
    assert len(pages) >= 2
    for page in pages:
        t = _norm(page.extract_text())
        assert "Nama" in t and "NIP" in t and "Instansi/OPD" in t and "Tanda" in t


def _positions(path: Path) -> dict[int, float]:
    """x of each "n." that starts a signature place (the signature column's numbers)."""
    found: dict[int, float] = {}
    for page in PdfReader(path).pages:

        def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
            m = re.fullmatch(r"\s*(\d+)\. \.+\s*", text)
            if m:
                found[int(m.group(1))] = cm[4] + tm[4] * cm[0]

        page.extract_text(visitor_text=visit)
    return found


def test_signature_column_is_staggered(sheet: Path) -> None:
    """Odd numbers sign in the left half, even numbers in the right half of the same column."""
    x = _positions(sheet)
    assert set(x) == set(range(1, 33))
    odd = {round(v) for n, v in x.items() if n % 2}
    even = {round(v) for n, v in x.items() if not n % 2}
    assert len(odd) == 1 and len(even) == 1  # each half lines up down the pages
    left, right = odd.pop(), even.pop()
    assert 25 < right - left < 80  # points: about half the signature column apart


def test_attendance_before_anyone_is_listed(plan: Path, tmp_path: Path) -> None:
    """Printed before the meeting: a meeting with no list yet prints the whole register."""
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.operations import workshop
    from smartcity_desktop.services.session import EditSession

    path = tmp_path / "p.smartcity"
    path.write_bytes(plan.read_bytes())
    doc = PlanDocument.open(path)
    try:
        mid, _ = workshop.add_meeting(
            EditSession(doc), "Rapat Persiapan Perbup", date="2017-11-20", venue="Ruang Sekda"
        )
    finally:
        doc.close()
    out = tmp_path / "a.pdf"
    export_file(path, out, "pdf", "attendance", options={"meeting": mid[:8]})
    text = _text(out)
    assert "Rapat Persiapan Perbup" in text and _demo("participant")[-1]["name"] in text


def test_minutes(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "notulen.pdf"
    export_file(plan, out, "pdf", "minutes", options={"meeting": "2017-09-04"})
    text = _text(out)
    m = next(x for x in _demo("meeting") if x["date"] == "2017-09-04")
    assert "NOTULEN RAPAT" in text and "Senin, 4 September 2017" in text
    for decision in m["decisions"].splitlines():
        assert decision in text
    assert "Review hasil tahap I" in text  # the agenda
    assert "Narasumber meminta visi smart city" in text  # the proceedings
    assert "Selong, 4 September 2017" in text and "Pimpinan Rapat," in text and "Notulis," in text
    assert "NIP. 198908212014022002" in text  # the minute-taker's NIP from the register
    assert "Lampiran: Daftar Hadir" in text and "Lalu Hendra Wiradinata" in text  # the sheet attached


def test_minutes_and_berita_acara_as_docx(plan: Path, tmp_path: Path) -> None:
    from docx import Document as Docx

    def all_text(path: Path) -> str:
        d = Docx(str(path))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return " ".join([p.text for p in d.paragraphs] + cells)

    out = tmp_path / "notulen.docx"
    export_file(plan, out, "docx", "minutes", options={"meeting": "2017-09-04"})
    assert "Rumusan visi dan lima misi disepakati sebagai draf." in all_text(out)
    out = tmp_path / "ba.docx"
    export_file(plan, out, "docx", "berita-acara", options={"stage": 2, "number": "005/BA-SC/IX/2017"})
    text = all_text(out)
    assert "005/BA-SC/IX/2017" in text and "Demikian Berita Acara ini dibuat" in text


def test_berita_acara(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "ba.pdf"
    export_file(plan, out, "pdf", "berita-acara", options={"stage": 2})
    text = _text(out)
    assert "BERITA ACARA" in text and "Nomor: ......../BA/......../2017" in text
    assert "Pada hari ini Selasa tanggal 5 September 2017" in text
    assert "PIHAK PERTAMA" in text and "PIHAK KEDUA" in text and "Didik Partono Rudiarto" in text
    assert "Demikian Berita Acara ini dibuat dengan sebenarnya" in text
    assert "dihadiri" in text and "Selong, 5 September 2017" in text


def test_stage_report_has_feedback_responses_and_changes(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "tahap3.pdf"
    export_file(plan, out, "pdf", "workshop", options={"stage": 3})
    text = _text(out)
    meetings = {m["key"] for m in _demo("meeting") if m["stage_id"] == "stage:3"}
    feedback = [f for f in _demo("feedback") if f["meeting_id"] in meetings]
    assert feedback
    for f in feedback:
        assert _norm(f["text"])[:60] in text
        if f.get("response"):
            assert _norm(f["response"])[:50] in text
    assert "Sedang ditangani" in text or "Terbuka" in text  # statuses in words
    for a in _demo("action_item"):
        if a["meeting_id"] in meetings:
            assert a["text"][:40] in text
    assert "Kehadiran per Instansi" in text and "Diskominfo" in text
    # the changes since stage 2: the demo's stage 2 draft against its stage 3 draft
    assert "Perubahan Sejak Tahap Sebelumnya" in text
    assert "Bursa Kerja Daring" in text and "Draf Tahap 2, 5 September 2017" in text


def test_change_report_between_two_stage_drafts(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "perubahan.pdf"
    export_file(plan, out, "pdf", "changes", options={"from": "Draf Tahap 2", "to": "Draf Tahap 3"})
    text = _text(out)
    assert "Laporan Perubahan: Draf Tahap 2, 5 September 2017 » Draf Tahap 3, 28 September 2017" in text
    assert "6 program ditambahkan" in text
    assert "Sistem Informasi Desa" in text and "Sistem Informasi Desa dan Transparansi Dana Desa" in text
    assert "Rp 15.050.000.000" in text and "Rp 10.750.000.000" in text  # a budget changed field by field
    assert "Total anggaran" in text and "Masukan ditutup" in text and "[+" in text  # word diff of chapter text


def test_snapshot_printed_as_it_was(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "ringkasan.pdf"
    export_file(plan, out, "pdf", "summary", options={"snapshot": "Draf Tahap 1"})
    then = _text(out)
    assert "Bursa Kerja Daring" not in then  # added in stage 3
    assert "Sistem Informasi Desa" in then


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (["--document", "masterplan", "--meeting", MEETING], "doc.option_not_for"),
        (["--document", "attendance", "--stage", "2"], "doc.option_not_for"),
        (["--document", "attendance", "--meeting", "2017-01-01"], "doc.meeting_unknown"),
        (["--document", "workshop", "--stage", "7"], "doc.stage_unknown"),
        (["--document", "workshop"], "doc.stage_needed"),
        (["--document", "changes"], "doc.changes_needs_versions"),
        (["--document", "changes", "--from", "Tahap 9"], "stage.snapshot_unknown"),
    ],
)
def test_cli_refusals(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], key: str
) -> None:
    from smartcity_desktop.cli import main
    from smartcity_desktop.messages import t

    out = tmp_path / "x.pdf"
    code = main(["export", str(plan), "-o", str(out), *args])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists()
    assert t(key, "§", "§", "§").split("§")[0].strip()[:12] in err


def test_cli_refuses_options_for_other_formats(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from smartcity_desktop.cli import main

    out = tmp_path / "x.xlsx"
    assert main(["export", str(plan), "-o", str(out), "--meeting", MEETING]) == 2
    assert "XLSX" in capsys.readouterr().err and not out.exists()


def test_cli_writes_each_paper(plan: Path, tmp_path: Path) -> None:
    from smartcity_desktop.cli import main

    runs = [
        ["--document", "attendance", "--meeting", MEETING],
        ["--document", "minutes", "--meeting", MEETING],
        ["--document", "berita-acara", "--stage", "1"],
        ["--document", "workshop", "--stage", "1"],
        ["--document", "changes", "--from", "Draf Tahap 1"],
    ]
    for n, args in enumerate(runs):
        out = tmp_path / f"{n}.pdf"
        assert main(["export", str(plan), "-o", str(out), *args]) == 0
        assert out.read_bytes().startswith(b"%PDF")


def test_meeting_by_date_with_two_meetings_is_refused() -> None:
    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.exports.tree import build

    rows = demo_rows()
    twin = dict(rows["meeting"][0], id="00000000-0000-5000-8000-000000000001", title="Rapat Kedua")
    rows = {**rows, "meeting": [*rows["meeting"], twin]}
    with pytest.raises(PlanError) as e:
        build(rows, "attendance", meeting=MEETING)
    assert e.value.key == "doc.meeting_ambiguous"
    assert json.dumps(e.value.args_, ensure_ascii=False).count("Rapat Kedua") == 1


def test_masterplan_annex_holds_the_real_record() -> None:
    """Lampiran "Daftar Hadir" lists names and NIP per meeting; the Bimtek annex has remarks with follow-up."""
    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.exports.tree import Heading, Table, build, plain

    doc = build(demo_rows(), "masterplan")
    where: dict[str, set[str]] = {}  # text -> the chapters (headings of level 1-2) printing it
    chapter = ""
    for block in doc.walk():
        if isinstance(block, Heading) and block.level <= 2:
            chapter = block.label
        elif isinstance(block, Table):
            for text in [block.caption, *(plain(c) for row in block.rows for c in row)]:
                where.setdefault(text, set()).add(chapter)
    annex = {h.label for h in doc.headings() if h.level <= 2 and h.label.endswith("Daftar Hadir")}
    assert annex
    for p in _demo("participant"):
        assert where.get(p["nip"], set()) & annex, p["name"]
        assert where.get(p["name"], set()) & annex
    captions = [t for t in where if t.startswith("Daftar hadir: ")]
    assert len(captions) == len(_demo("meeting"))
    for f in _demo("feedback"):
        if f.get("response"):
            assert f["response"] in where, f["key"]


def test_quick_win_scores_print_in_the_quick_win_documents(tmp_path: Path, plan: Path) -> None:
    from smartcity_desktop.demo import demo_rows
    from smartcity_desktop.exports.tree import Chart, Table, build, plain

    for name in ("quickwin", "masterplan"):
        doc = build(demo_rows(), name)
        charts = [b for b in doc.walk() if isinstance(b, Chart) and b.kind == "quickwin_matrix"]
        assert len(charts) == 1, name
        ranking = next(b for b in doc.walk() if isinstance(b, Table) and b.caption.startswith("Peringkat kandidat"))
        first = [plain(c) for c in ranking.rows[0]]
        assert first[:2] == ["1", "Si Pepadu: Sistem Pengaduan Masyarakat Terpadu"] and "4,8" in first
    out = tmp_path / "qw.pdf"
    export_file(plan, out, "pdf", "quickwin")
    text = _text(out)
    assert "Matriks dampak dan upaya kandidat Quick Win" in text and "Proyek besar" in text


def test_attendance_of_expected_working_groups(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "kelompok.pdf"
    export_file(plan, out, "pdf", "attendance", options={"meeting": MEETING, "groups": ["kelompok smart mobility"]})
    text = _text(out)
    members = {m["participant_id"] for m in _demo("work_group_member") if m["group_id"] == "wg:mobility"}
    for p in _demo("participant"):
        assert (p["nip"] in text) == (p["key"] in members), p["name"]
    assert f"{len(members) + 5}." in text and f"{len(members) + 6}." not in text
    with pytest.raises(PlanError) as e:
        export_file(plan, out, "pdf", "attendance", options={"meeting": MEETING, "groups": ["Kelompok X"]})
    assert e.value.key == "doc.group_unknown"
