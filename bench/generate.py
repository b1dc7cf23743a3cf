# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark plans of three sizes: small (a new plan), demo (Lombok Timur 2017) and large.

Usage: python bench/generate.py small|demo|large OUT.smartcity
"""

from __future__ import annotations

import logging
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_desktop.core.model import HORIZONS, PRIORITIES, PROGRAM_STATUSES
from smartcity_desktop.services.templates import RowBuilder, Rows, seeded_ids, template_rows

log = logging.getLogger(__name__)

SIZES = ("small", "demo", "large")
WHEN = "2024-01-15T08:00:00Z"
WHO = "Benchmark"
PERIOD = (2018, 2027)

# Indonesian planning vocabulary for generated text (content, not meaning).
WORDS = (
    "pemerintah daerah masyarakat layanan publik data informasi teknologi sistem aplikasi jaringan desa kecamatan "
    "pembangunan ekonomi pariwisata pertanian perikanan pendidikan kesehatan lingkungan sampah air bersih transportasi "
    "jalan angkutan keamanan bencana kesiapsiagaan pelatihan kapasitas aparatur sumber daya manusia anggaran program "
    "kegiatan indikator target capaian evaluasi pemantauan kebijakan regulasi peraturan bupati kelembagaan koordinasi "
    "perangkat dinas badan kantor inovasi kolaborasi partisipasi warga usaha mikro kecil menengah produk unggulan "
    "pasar digital integrasi interoperabilitas keterbukaan akuntabilitas efisiensi efektivitas percepatan penguatan "
    "peningkatan pengembangan pengelolaan penyediaan pemanfaatan perencanaan pelaksanaan strategi tahapan jangka "
    "pendek menengah panjang prioritas berkelanjutan terpadu cerdas terbuka cepat tepat mudah murah aman nyaman "
    "sehat sejahtera berdaya saing lestari mandiri yang dan dengan untuk dalam pada oleh dari ke serta agar melalui "
    "secara setiap seluruh tahun wilayah kawasan pusat kota kabupaten provinsi nasional"
).split()

HEADINGS = (
    "Kondisi Saat Ini",
    "Permasalahan Utama",
    "Arah Pengembangan",
    "Sasaran yang Ingin Dicapai",
    "Langkah Pelaksanaan",
    "Peran Perangkat Daerah",
    "Kebutuhan Data dan Infrastruktur",
    "Risiko dan Mitigasi",
    "Pembiayaan",
    "Pemantauan dan Evaluasi",
)


@dataclass(frozen=True)
class Spec:
    """How much of everything a generated plan holds."""

    region: str
    programs: int
    indicators: int
    words: int
    districts: int
    statistics: int
    meetings: int
    participants: int
    feedback: int
    quick_wins: int
    strategies_per_dim: int


SPECS = {
    "small": Spec("Bench Kecil", 10, 20, 3_000, 5, 10, 1, 8, 5, 2, 2),
    "large": Spec("Bench Besar", 600, 4_000, 300_000, 20, 120, 16, 120, 400, 60, 8),
}


class Text:
    """Deterministic Indonesian-looking prose and Markdown; counts the prose words it makes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = 0

    def sentence(self, lo: int = 8, hi: int = 20) -> str:
        n = self.rng.randint(lo, hi)
        self.words += n
        w = self.rng.choices(WORDS, k=n)
        return w[0].capitalize() + " " + " ".join(w[1:]) + "."

    def paragraph(self, sentences: int = 5) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def phrase(self, lo: int = 2, hi: int = 5) -> str:
        n = self.rng.randint(lo, hi)
        self.words += n
        return " ".join(self.rng.choices(WORDS, k=n)).capitalize()

    def markdown(self, target_words: int, level: int = 2) -> str:
        """Markdown with headings, paragraphs, lists and tables holding at least ``target_words`` prose words."""
        start = self.words
        parts: list[str] = []
        i = 0
        while self.words - start < target_words:
            parts.append(f"{'#' * level} {level - 1}.{i + 1} {HEADINGS[i % len(HEADINGS)]}")
            parts.append(self.paragraph(self.rng.randint(3, 7)))
            kind = i % 4
            if kind == 0:
                parts.append("\n".join(f"- {self.sentence(5, 12)}" for _ in range(self.rng.randint(3, 6))))
            elif kind == 1:
                parts.append("\n".join(f"{k + 1}. {self.sentence(5, 12)}" for k in range(self.rng.randint(3, 5))))
            elif kind == 2:
                rows = [
                    "| No | Uraian | Tahun | Nilai |",
                    "|---:|---|---:|---:|",
                    *(
                        f"| {k + 1} | {self.phrase()} | {PERIOD[0] + k} | {self.rng.randint(1, 999)} |"
                        for k in range(self.rng.randint(3, 6))
                    ),
                ]
                parts.append("\n".join(rows))
            else:
                parts.append(f"**{self.phrase(2, 3)}**: {self.sentence()} *{self.phrase(2, 4)}*.")
            parts.append(self.paragraph(self.rng.randint(2, 5)))
            i += 1
        return "\n\n".join(parts) + "\n"


def make_rows(size: str) -> Rows:
    """Rows of the benchmark plan of ``size`` (small, demo or large); the same every time."""
    if size == "demo":
        from smartcity_desktop.demo import demo_rows

        return demo_rows("id")
    if size not in SPECS:
        raise ValueError(f"unknown size {size!r}; one of {', '.join(SIZES)}")
    return _generate(SPECS[size], f"bench-{size}")


def _generate(spec: Spec, seed: str) -> Rows:
    rng = random.Random(seed)
    txt = Text(rng)
    b = RowBuilder(ids=seeded_ids(seed), when=WHEN, who=WHO)
    ids = template_rows(b, region_name=spec.region, period=PERIOD, province="Nusa Tenggara Barat")
    b.rows["plan"][0].update(
        vision=txt.sentence(12, 20), vision_explanation=txt.paragraph(6), motto="Data demo", capital="Kota Bench"
    )
    dims = [r["id"] for r in b.rows["dimension"]]
    elements: dict[str, list[str]] = {d: [] for d in dims}
    for e in b.rows["element"]:
        elements[e["dimension_id"]].append(e["id"])
    agencies = [r["id"] for r in b.rows["agency"]]
    funds = [r["id"] for r in b.rows["funding_source"]]
    library = b.rows["indicator_library"]

    _profile(b, spec, rng, txt)
    _vision(b, spec, txt, dims)
    strategies: dict[str, list[str]] = {d: [] for d in dims}
    for di, d in enumerate(dims):
        for k in range(spec.strategies_per_dim):
            iss = b.add("strategic_issue", f"iss:{di}:{k}", dimension_id=d, text=txt.sentence(6, 10))
            strategies[d].append(
                b.add(
                    "strategy",
                    f"str:{di}:{k}",
                    dimension_id=d,
                    issue_id=iss,
                    text=txt.sentence(6, 12),
                    description=txt.paragraph(2),
                )
            )
    for el in b.rows["readiness_element"]:
        for d in dims:
            b.add(
                "readiness_score",
                f"rs:{el['id']}:{d}",
                element_id=el["id"],
                dimension_id=d,
                score=rng.randint(1, 5),
                strengths=txt.sentence(),
                weaknesses=txt.sentence(),
                opportunities=txt.sentence(),
                threats=txt.sentence(),
            )

    programs = _programs(b, spec, rng, txt, dims, elements, strategies, agencies, funds)
    for i in range(spec.indicators):
        p = programs[i % len(programs)]
        lib = library[i % len(library)] if library else None
        base = round(rng.uniform(1, 500), 1)
        iid = b.add(
            "indicator",
            f"ind:{i}",
            program_id=p["id"],
            dimension_id=p["dimension_id"],
            library_id=lib["id"] if lib else None,
            name=f"{lib['name'] if lib else txt.phrase()} ({i + 1})",
            unit=(lib or {}).get("unit") or "persen",
            baseline_value=base,
            baseline_year=PERIOD[0] - 1,
            data_source="Dinas Komunikasi dan Informatika",
        )
        for y in range(PERIOD[0], PERIOD[1] + 1):
            base = round(base * rng.uniform(1.0, 1.15), 1)
            b.add("indicator_target", f"it:{i}:{y}", indicator_id=iid, year=y, value=base)

    _chapters(b, spec, txt)
    _workshops(b, spec, rng, txt, ids, agencies, programs)
    return b.rows


def _profile(b: RowBuilder, spec: Spec, rng: random.Random, txt: Text) -> None:
    for i in range(spec.statistics):
        b.add(
            "statistic",
            f"stat:{i}",
            category=("Wilayah", "Demografi", "Ekonomi", "TIK", "Pendidikan", "Kesehatan")[i % 6],
            name=f"{txt.phrase(2, 4)} {i + 1}",
            value=round(rng.uniform(0, 100000), 2),
            unit=("jiwa", "persen", "km2", "unit", "Rp juta")[i % 5],
            year=2017,
            source="BPS (angka ilustratif)",
        )
    for i in range(spec.districts):
        b.add(
            "district",
            f"dist:{i}",
            name=f"Kecamatan Bench {i + 1}",
            capital=f"Desa Bench {i + 1}",
            population=rng.randint(20_000, 120_000),
            area_km2=round(rng.uniform(20, 300), 2),
            villages=rng.randint(5, 20),
            urban_villages=rng.randint(0, 3),
        )
    for i, body in enumerate(("dewan", "tim_pelaksana") * 6):
        b.add("institution_member", f"mem:{i}", body=body, name=f"Anggota {i + 1}", position=txt.phrase(2, 3))
    b.add("regulation", "reg:1", kind="Perbup", number="12", year=2018, title=txt.sentence(6, 10), status="draft")


def _vision(b: RowBuilder, spec: Spec, txt: Text, dims: list[str]) -> None:
    for m in range(5):
        mid = b.add("mission", f"mis:{m}", text=txt.sentence())
        for g in range(2):
            gid = b.add("goal", f"goal:{m}:{g}", mission_id=mid, text=txt.sentence())
            for o in range(2):
                b.add("objective", f"obj:{m}:{g}:{o}", goal_id=gid, text=txt.sentence())


def _programs(
    b: RowBuilder,
    spec: Spec,
    rng: random.Random,
    txt: Text,
    dims: list[str],
    elements: dict[str, list[str]],
    strategies: dict[str, list[str]],
    agencies: list[str],
    funds: list[str],
) -> list[dict[str, Any]]:
    quick_every = max(1, spec.programs // max(1, spec.quick_wins))
    for i in range(spec.programs):
        d = dims[i % len(dims)]
        quick = i % quick_every == 0 and i // quick_every < spec.quick_wins
        first = PERIOD[0] if quick else rng.randint(PERIOD[0], PERIOD[1] - 1)
        last = first if quick else rng.randint(first, min(PERIOD[1], first + 5))
        pid = b.add(
            "program",
            f"prog:{i}",
            dimension_id=d,
            element_id=rng.choice(elements[d]) if elements[d] else None,
            strategy_id=rng.choice(strategies[d]),
            name=f"{txt.phrase(3, 6)} {i + 1}",
            description=txt.paragraph(2),
            activities="\n".join(f"- {txt.sentence(4, 8)}" for _ in range(3)),
            lead_agency_id=agencies[i % len(agencies)],
            first_year=first,
            last_year=last,
            horizon="quickwin" if quick else rng.choice(HORIZONS[1:]),
            priority=rng.choice(PRIORITIES),
            status=rng.choice(PROGRAM_STATUSES[:3]),
            is_quick_win=int(quick),
        )
        for a in rng.sample(agencies, 2):
            if a != agencies[i % len(agencies)]:
                b.add("program_agency", f"pa:{i}:{a}", program_id=pid, agency_id=a)
        for f in rng.sample(funds, min(2, len(funds))):
            b.add("program_funding", f"pf:{i}:{f}", program_id=pid, funding_source_id=f)
        for y in range(first, last + 1):
            b.add("program_budget", f"pb:{i}:{y}", program_id=pid, year=y, amount=rng.randint(1, 2000) * 1_000_000)
        if quick:
            qid = b.add(
                "quick_win",
                f"qw:{i}",
                program_id=pid,
                problem=txt.paragraph(2),
                innovation=txt.paragraph(2),
                innovation_score=rng.randint(1, 5),
                risks=txt.sentence(),
                status="chosen",
            )
            month = 1
            for s in range(4):
                end = min(12, month + rng.randint(0, 3))
                b.add(
                    "quick_win_step",
                    f"qws:{i}:{s}",
                    quick_win_id=qid,
                    activity=txt.sentence(4, 8),
                    start_month=month,
                    end_month=end,
                )
                month = min(12, end + 1)
    return b.rows["program"]


def _chapters(b: RowBuilder, spec: Spec, txt: Text) -> None:
    chapters = b.rows["chapter"]
    start = txt.words
    for n, ch in enumerate(chapters):
        share = (spec.words - (txt.words - start)) // (len(chapters) - n)
        ch["body_md"] = txt.markdown(max(share, 1))
        ch["status"] = ("draft", "review", "final")[n % 3]


def _workshops(
    b: RowBuilder,
    spec: Spec,
    rng: random.Random,
    txt: Text,
    ids: dict[str, str],
    agencies: list[str],
    programs: list[dict[str, Any]],
) -> None:
    stages = [r["id"] for r in b.rows["workshop_stage"]]
    people = [
        b.add("participant", f"par:{i}", name=f"Peserta {i + 1}", agency_id=agencies[i % len(agencies)])
        for i in range(spec.participants)
    ]
    meetings = []
    for m in range(spec.meetings):
        mid = b.add(
            "meeting",
            f"meet:{m}",
            stage_id=stages[m % len(stages)] if stages else None,
            title=f"Tahap {m % 4 + 1} Hari {m // 4 + 1}",
            date=f"2017-{7 + m % 4:02d}-{10 + m:02d}",
            venue="Aula Bappeda",
            resource_person="Narasumber Kominfo",
            minutes_md=txt.markdown(150, 3),
        )
        meetings.append(mid)
        for p in people:
            b.add("attendance", f"att:{m}:{p}", meeting_id=mid, participant_id=p, present=int(rng.random() < 0.85))
    targets = [("program", p["id"]) for p in programs] + [("chapter", c["id"]) for c in b.rows["chapter"]]
    for i in range(spec.feedback):
        table, tid = targets[i % len(targets)]
        fid = b.add(
            "feedback",
            f"fb:{i}",
            meeting_id=meetings[i % len(meetings)] if meetings else None,
            author=f"Peserta {i % max(1, spec.participants) + 1}",
            target_table=table,
            target_id=tid,
            text=txt.sentence(),
            status=("open", "in_progress", "done", "declined")[i % 4],
            given_on="2017-09-05",
        )
        if i % 5 == 0:
            b.add("action_item", f"ai:{i}", feedback_id=fid, text=txt.sentence(), status="open")


def chapter_words(rows: Rows) -> int:
    """Words of chapter text (whitespace separated, Markdown marks included)."""
    return sum(len((c.get("body_md") or "").split()) for c in rows["chapter"])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in SIZES:
        sys.stderr.write(f"usage: python bench/generate.py {{{'|'.join(SIZES)}}} OUT.smartcity\n")
        return 2
    from smartcity_desktop.services.plans import write_plan

    write_plan(Path(args[1]), make_rows(args[0]), force=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
