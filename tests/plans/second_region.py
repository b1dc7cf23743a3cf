# SPDX-License-Identifier: GPL-3.0-or-later
"""A second region for the export tests: Kota Cirebon on the Kominfo framework (six dimensions), built through the
operations as a district team would enter it: profile, statistics, kecamatan, readiness scores with SWOT and
TOWS strategies, vision and mission, programs in every dimension with indicators, yearly targets, budgets,
agencies and funding, Quick Wins with steps, chapter texts and regulations.

Its texts are what people type: emoji from a phone, Javanese (ꦗꦮ), Balinese, Sundanese, Arabic/Pegon, Latin
with diacritics, very long words, markup-like characters (``<b>``, ``&``, ``**``, ``|``); one program has 30
activity lines and one a budget of Rp 1 quadrillion (the model's limit). Only scripts the bundled fonts cover
(``exports/fonts.py``), so every document exports.

``build_cirebon(path)`` writes the plan file; ``cirebon_rows()`` returns its rows (built once per process and
period); ``period`` gives the short-period variant (three years).
"""

from __future__ import annotations

import copy
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from smartcity_desktop.services.document import PlanDocument, read_rows
from smartcity_desktop.services.operations import (
    chapters,
    glossary,
    indicators,
    institutions,
    lists,
    profile,
    programs,
    quickwins,
    readiness,
    registries,
    vision,
    workshop,
)
from smartcity_desktop.services.plans import new_plan
from smartcity_desktop.services.session import EditSession

PERIOD = (2024, 2033)
SHORT_PERIOD = (2025, 2027)

JAVANESE = "ꦕꦶꦉꦧꦺꦴꦤ꧀"  # Cirebon in aksara Jawa
JAVANESE_MOTTO = "ꦒꦼꦩꦃꦫꦶꦥꦃꦭꦺꦴꦃꦗꦶꦤꦮꦶ"
BALINESE = "ᬲᬸᬓ᭄ᬲᬫ"
SUNDANESE = "ᮎᮤᮛᮨᮘᮧᮔ᮪"  # Cirebon in aksara Sunda
ARABIC = "بِسْمِ اللهِ الرَّحْمٰنِ الرَّحِيْمِ"
PEGON = "چيربون"  # Cirebon in Pegon
LONG_WORD = "Pengintegrasianinteroperabilitassistempemerintahanberbasiselektronik"
MARKUP = "Aplikasi <b>Sadayana</b> & **Satu Data** | Kota_Wali"
EMOJI = "🙏🌊📱✅"

MULTILINGUAL = (
    f"Sampurasun! {EMOJI} Kota Wali {JAVANESE} ({SUNDANESE}, {PEGON}) — {ARABIC}. "
    f"Désa, Ñoño, Çirebon, Øresund, Łódź, Škoda, İstanbul; Bali: {BALINESE}. "
    f"Kata panjang: {LONG_WORD}."
)

DIMENSIONS: dict[str, dict[str, Any]] = {
    "governance": {
        "programs": [
            (MARKUP, "Diskominfo", "short"),
            ("Sistem Pemerintahan Berbasis Elektronik (SPBE) Terpadu", "Diskominfo", "medium"),
            ("Wadul Bae: kanal aduan warga 24 jam 📱", "Setda", "quickwin"),
            (f"Arsip digital {LONG_WORD}", "Dispusip", "long"),
        ],
        "strengths": "Komitmen Wali Kota & DPRD kuat; Perwali SPBE ada",
        "weaknesses": "SDM TIK < 20 orang; data OPD tersebar",
        "opportunities": "Program Satu Data Indonesia; dana transfer pusat",
        "threats": "Serangan siber & hoaks di media sosial",
    },
    "branding": {
        "programs": [
            (f"Cirebon Kota Wali {JAVANESE} — promosi budaya keraton", "Dispar", "medium"),
            ("Festival Grage Digital 🎭 dan kalender acara", "Dispar", "quickwin"),
            (f"Papan nama ganda Latin–{PEGON}–{SUNDANESE}", "DPUPR", "short"),
        ],
        "strengths": f"Empat keraton, batik Trusmi, kuliner empal gentong {EMOJI}",
        "weaknesses": "Merek kota belum seragam",
        "opportunities": "Wisata religi (makam Sunan Gunung Jati)",
        "threats": "Persaingan destinasi Jawa Barat",
    },
    "economy": {
        "programs": [
            ("Pasar daring UMKM batik & rotan", "Diskop UKM", "short"),
            ("Pelabuhan Cirebon cerdas (logistik terpadu)", "Dishub", "long"),
            ("Pembayaran non-tunai retribusi pasar | QRIS", "BPKPD", "quickwin"),
        ],
        "strengths": "Simpul logistik pantura, tol Cipali",
        "weaknesses": "UMKM belum melek digital",
        "opportunities": "Kawasan Rebana (Metropolitan Cirebon–Patimban)",
        "threats": "Pergeseran industri ke Majalengka",
    },
    "living": {
        "programs": [
            ("Layanan kesehatan terpadu (SIMRS & rujukan daring)", "Dinkes", "medium"),
            ("CCTV dan pusat komando Cirebon Command Center", "Diskominfo", "short"),
            ("Transportasi publik terintegrasi Trans Cirebon", "Dishub", "long"),
        ],
        "strengths": "Rumah sakit rujukan regional",
        "weaknesses": "Kemacetan di Jalan Siliwangi",
        "opportunities": "Jaringan 5G operator",
        "threats": "Banjir rob di pesisir",
    },
    "society": {
        "programs": [
            (f"Literasi digital warga {BALINESE} dan santri pesantren", "Disdik", "short"),
            ("Perpustakaan digital & pojok baca masjid", "Dispusip", "medium"),
        ],
        "strengths": "Pesantren & komunitas kreatif aktif",
        "weaknesses": "Kesenjangan akses internet antarkelurahan",
        "opportunities": "Relawan TIK & kampus (IAIN Syekh Nurjati)",
        "threats": "Hoaks di grup percakapan",
    },
    "environment": {
        "programs": [
            ("Pemantauan kualitas udara & sungai (sensor IoT)", "DLH", "medium"),
            ("Bank sampah digital", "DLH", "short"),
            ("Peringatan dini banjir rob", "BPBD", "long"),
        ],
        "strengths": "Bank sampah di 22 kelurahan",
        "weaknesses": "Data lingkungan belum terukur",
        "opportunities": "Dana iklim & CSR BUMN",
        "threats": "Kenaikan muka laut",
    },
}

TOWS = {
    "so": "Manfaatkan komitmen pimpinan untuk Satu Data Kota Cirebon",
    "wo": "Pelatihan SDM TIK bersama kampus",
    "st": "Tim tanggap insiden siber (CSIRT) kota",
    "wt": f"Standar layanan minimum & keamanan data {EMOJI}",
}


def _session(path: Path) -> tuple[PlanDocument, EditSession]:
    doc = PlanDocument.open(path)
    return doc, EditSession(doc)


def build_cirebon(path: Path, period: tuple[int, int] = PERIOD) -> Path:
    """Write the Kota Cirebon plan to ``path`` (a new file) through the operations."""
    new_plan(path, "Kota Cirebon", framework="kominfo", period=period)
    doc, s = _session(path)
    try:
        _fill(s, period)
    finally:
        doc.close()
    return path


def _fill(s: EditSession, period: tuple[int, int]) -> None:
    db = s.db
    start, end = period
    for column, value in {
        "province": "Jawa Barat",
        "region_code": "32.74",
        "capital": "Kejaksan",
        "motto": f"Gemah Ripah Loh Jinawi ({JAVANESE_MOTTO})",
        "head_title": "Wali Kota Cirebon",
        "head_name": "Dr. H. Éffendi Édo, S.Sos., M.Si. 🙏",
        "signing_place": "Cirebon",
        "signed_on": f"{start - 1}-11-20",
    }.items():
        profile.set_field(s, column, value)

    # profile: statistics and kecamatan
    for category, name, value, unit in (
        ("Geografi", "Luas wilayah", 37.36, "km²"),
        ("Kependudukan", "Jumlah penduduk", 341_980, "jiwa"),
        ("Kependudukan", "Kepadatan penduduk", 9_154, "jiwa/km²"),
        ("TIK", "Rumah tangga dengan akses internet", 82.4, "%"),
        ("TIK", "Menara BTS", 214, "unit"),
        ("Ekonomi", "PDRB atas dasar harga berlaku", 26_771_000_000_000, "Rp"),
        ("Ekonomi", "Laju pertumbuhan ekonomi", 5.12, "%"),
    ):
        lists.add(s, "statistic", {"category": category, "name": name, "value": value, "unit": unit, "year": start - 1})
    lists.add(s, "statistic", {"category": "Budaya", "name": "Bahasa sehari-hari", "value_text": MULTILINGUAL})
    lists.add(s, "statistic", {"category": "Budaya", "name": f"Semboyan {SUNDANESE}", "value_text": JAVANESE_MOTTO})
    for name, pop, area, kel in (
        ("Harjamukti", 121_000, 17.62, 5),
        ("Kejaksan", 46_000, 3.62, 4),
        ("Kesambi", 77_000, 8.06, 5),
        ("Lemahwungkuk", 57_000, 6.51, 4),
        ("Pekalipan", 33_000, 1.56, 4),
    ):
        lists.add(s, "district", {"name": name, "population": pop, "area_km2": area, "urban_villages": kel})

    # vision and mission
    vision.set_text(s, "vision", f"Cirebon Kota Cerdas, Religius & Berbudaya — {JAVANESE} {EMOJI}")
    vision.set_text(s, "vision_explanation", MULTILINGUAL)
    for k, text in enumerate(
        (
            "Tata kelola pemerintahan yang bersih, terbuka & melayani",
            f"Ekonomi kreatif berbasis budaya keraton ({PEGON})",
            "Lingkungan hidup yang lestari dan tangguh bencana",
            "Masyarakat yang cakap digital <dan> berakhlak",
        ),
        1,
    ):
        mid, _ = lists.add(s, "mission", {"text": text})
        gid, _ = lists.add(s, "goal", {"mission_id": mid, "text": f"Tujuan {k}: {text.lower()}"})
        lists.add(s, "objective", {"goal_id": gid, "text": f"Sasaran {k}.1: indeks layanan naik 10% per tahun"})

    # readiness: every element of every dimension scored, SWOT for the first elements, TOWS strategies
    dims = db.rows("dimension")
    registries.add(s, "agency", {"code": "BPKPD", "name": "Badan Pengelolaan Keuangan dan Pendapatan Daerah"})
    agencies = {a["code"]: a["id"] for a in db.rows("agency")}
    funds = [f["id"] for f in db.rows("funding_source")]
    elements = db.rows("readiness_element")
    for d_index, dim in enumerate(dims):
        facts = DIMENSIONS[dim["code"]]
        for e_index, el in enumerate(elements):
            values: dict[str, Any] = {"score": 1 + (d_index + e_index) % 5}
            if e_index < 3:
                for k in ("strengths", "weaknesses", "opportunities", "threats"):
                    values[k] = facts[k] + ("" if e_index == 0 else f" (elemen {el['name']})")
            readiness.set_score(s, el["id"], dim["id"], values)
        issue, _ = lists.add(s, "strategic_issue", {"dimension_id": dim["id"], "text": f"Isu {dim['name']}"})
        for kind, text in TOWS.items():
            text = f"{text} ({dim['name']})"
            lists.add(s, "strategy", {"dimension_id": dim["id"], "issue_id": issue, "text": text, "tows": kind})
    strategies = {st["dimension_id"]: st["id"] for st in db.rows("strategy")}

    # programs: every dimension, indicators with every yearly target, budgets, agencies, funding, Quick Wins
    years = list(range(start, end + 1))
    n = 0
    for dim in dims:
        for name, lead, horizon in DIMENSIONS[dim["code"]]["programs"]:
            n += 1
            first = start if horizon in ("quickwin", "short") else min(start + 1, end)
            last = {"quickwin": start, "short": min(start + 2, end)}.get(horizon, end)
            pid, _ = programs.add(
                s,
                dim["id"],
                name,
                (first, last),
                horizon="short" if horizon == "quickwin" else horizon,
                description=f"Program {n} dimensi {dim['name']}: {name}.",
                activities="\n".join(f"- Kegiatan {k}" for k in range(1, 4)),
                lead_agency_id=agencies[lead],
                strategy_id=strategies[dim["id"]],
                code=f"2.16.{n:02d}",
                status="planned",
                priority=("high", "medium", "low")[n % 3],
            )
            programs.set_agencies(s, pid, [agencies["Diskominfo"], agencies["Bappeda"]])
            programs.set_funding(s, pid, funds[: 1 + n % 3])
            for y in range(first, last + 1):
                programs.set_budget(s, pid, y, 250_000_000 * (1 + n % 4) + 10_000_000 * (y - first))
            iid, _ = indicators.add(s, f"Capaian {name}", program_id=pid, unit="%", data_source="Diskominfo")
            indicators.update(s, iid, {"baseline_value": 10.0 + n, "baseline_year": start - 1})
            for k, y in enumerate(years):
                indicators.set_target(s, iid, y, round(10.0 + n + (90 - n) * (k + 1) / len(years), 1))
            if horizon == "quickwin":
                programs.set_quick_win(s, pid, True)
                quickwins.set_field(s, pid, "problem", f"Warga mengeluh lambatnya layanan {EMOJI}")
                quickwins.set_field(s, pid, "innovation", f"{name} — {MULTILINGUAL}")
                quickwins.set_field(s, pid, "risks", "Anggaran & SDM <terbatas>; **server** | jaringan")
                for k, (act, a, b) in enumerate(
                    (
                        ("Sosialisasi", 1, 2),
                        ("Pengadaan & uji coba", 2, 6),
                        ("Peluncuran 🎉", 6, 7),
                        ("Evaluasi", 8, 12),
                    )
                ):
                    quickwins.add_step(s, pid, f"{act} {k + 1}", a, b)
    progs = db.rows("program")
    busy = progs[1]  # SPBE: 30 activity lines of 100 characters
    programs.update(
        s,
        busy["id"],
        {
            "activities": "\n".join(
                f"- Kegiatan {k}: penyusunan arsitektur & peta rencana SPBE kelurahan {LONG_WORD[: 20 + k]}"
                for k in range(1, 31)
            )
        },
    )
    big = progs[-1]  # the model's limit: Rp 1 quadrillion in one year
    programs.set_budget(s, big["id"], int(big["last_year"]), 10**15)
    quick = [p for p in db.rows("program") if p["is_quick_win"]]
    criteria, _ = workshop.default_criteria(s)
    for k, p in enumerate(quick):
        workshop.score_candidate(s, p["id"], {c: 1 + (k + j) % 5 for j, c in enumerate(criteria)})
        if k < len(quick) - 1:  # the last stays a candidate
            workshop.choose_quick_win(s, p["id"])

    # institutions, regulations, glossary
    institutions.add_member(s, "dewan", "Wali Kota Cirebon", position="Ketua")
    institutions.add_member(s, "tim_pelaksana", f"Nyi Mas Ratu Énok {SUNDANESE}", position="Sekretaris")
    institutions.add_regulation(s, "Perwali Masterplan Smart City Kota Cirebon", kind="Perwali", number="12")
    institutions.add_regulation(
        s, f"Keputusan Wali Kota tentang Dewan Smart City & Tim Pelaksana ({PEGON})", kind="Kepwal", year=start
    )
    glossary.add_term(s, "CSIRT", "Computer Security Incident Response Team")
    glossary.add_term(s, "Rebana", "Kawasan Metropolitan Cirebon–Patimban–Kertajati")

    # chapters: texts as people write them
    by_key = {c["key"]: c["id"] for c in db.rows("chapter")}
    table = "| Aksara | Contoh | Catatan |\n|---|---|---|\n" + "".join(
        f"| {a} | {b} | {c} |\n"
        for a, b, c in (
            ("Jawa", JAVANESE, "ꦗꦮ"),
            ("Sunda", SUNDANESE, "Sampurasun"),
            ("Bali", BALINESE, "Om Swastyastu"),
            ("Pegon", PEGON, ARABIC),
            ("Latin", "Désa Çirebon", "<b> & ** \\| markup"),
            ("Emoji", EMOJI, "dari ponsel"),
        )
    )
    chapters.set_body(s, by_key["kata_pengantar"], f"{ARABIC}\n\n{MULTILINGUAL}\n\nWassalamu'alaikum.")
    chapters.set_body(
        s,
        by_key["bab1.latar_belakang"],
        f"Kota Cirebon ({JAVANESE}) adalah kota pesisir di Jawa Barat. {MULTILINGUAL}\n\n"
        f"## Aksara yang dipakai warga\n\n{table}\n"
        "Teks dengan *penekanan*, **tebal**, `<kode>` & tanda | pipa.\n\n" + "Paragraf panjang. " * 80,
    )
    chapters.set_body(
        s, by_key["bab2.demografi"], "Penduduk Kota Cirebon tersebar di lima kecamatan.\n\n" + MULTILINGUAL
    )
    chapters.set_body(s, by_key["bab8"], f"Demikian masterplan ini disusun. {EMOJI}\n\n{ARABIC}")


@cache
def _cached(period: tuple[int, int]) -> dict[str, list[dict[str, Any]]]:
    with tempfile.TemporaryDirectory(prefix="cirebon-") as tmp:
        path = build_cirebon(Path(tmp) / "Kota Cirebon.smartcity", period)
        rows, _version = read_rows(path)
    return rows


def cirebon_rows(period: tuple[int, int] = PERIOD) -> dict[str, list[dict[str, Any]]]:
    """The rows of the Kota Cirebon plan (a fresh copy; built once per process and period)."""
    return copy.deepcopy(_cached(period))
