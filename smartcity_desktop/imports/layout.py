# SPDX-License-Identifier: GPL-3.0-or-later
"""Which rows are headers and which column holds which field, guessed from the header words.

A mapping is ``{column number (1-based): field}``; a field is one of ``FIELDS`` or ``budget:YEAR`` /
``target:YEAR``. Mappings are remembered per layout (a hash of the header texts) by the caller.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from smartcity_desktop.imports.workbook import Sheet

FIELDS = (
    "code",
    "name",
    "activities",
    "lead_agency",
    "supporting_agencies",
    "funding",
    "first_year",
    "last_year",
    "years",
    "indicator",
    "unit",
    "baseline",
    "baseline_year",
    "data_source",
    "source_doc",
    "dimension",
    "element",
    "horizon",
    "quick_win",
    "description",
)
YEARLY = ("budget", "target")
YEAR_RE = re.compile(r"(?<!\d)(19[9]\d|20\d\d|2100)(?!\d)")

# (field, words) in the order they are tried: the more specific first.
HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ignore", ("no", "no.", "nomor", "nomor urut", "#")),
    ("data_source", ("sumber data", "data source")),
    ("source_doc", ("sumber dokumen", "dokumen sumber", "source document", "dokumen", "asal program", "rpjmd/renstra")),
    ("funding", ("sumber dana", "sumber pendanaan", "sumber anggaran", "funding", "pendanaan")),
    ("baseline_year", ("tahun baseline", "baseline year", "tahun dasar", "tahun kondisi awal")),
    ("baseline", ("baseline", "kondisi awal", "kondisi kinerja awal", "capaian awal", "data dasar", "kinerja awal")),
    ("supporting_agencies", ("opd pendukung", "pendukung", "opd terkait", "instansi terkait", "supporting")),
    ("code", ("kode", "code", "kode rekening", "nomenklatur")),
    ("indicator", ("indikator", "indicator", "tolok ukur", "sasaran kinerja")),
    ("activities", ("kegiatan", "activities", "activity", "sub kegiatan")),
    ("first_year", ("tahun mulai", "tahun awal", "first year", "start year", "mulai")),
    ("last_year", ("tahun akhir", "tahun selesai", "last year", "end year", "selesai")),
    ("unit", ("satuan", "unit")),
    ("dimension", ("dimensi", "dimension")),
    ("element", ("elemen", "element")),
    ("horizon", ("jangka waktu", "horizon")),
    ("quick_win", ("quick win", "quickwin")),
    (
        "lead_agency",
        (
            "opd pelaksana",
            "perangkat daerah",
            "opd",
            "skpd",
            "pelaksana",
            "penanggung jawab",
            "penanggungjawab",
            "lead agency",
            "agency",
            "instansi",
            "unit kerja",
            "pengampu",
        ),
    ),
    ("name", ("nama program", "program", "uraian", "program name", "nama")),
    ("description", ("keterangan", "deskripsi", "description", "catatan", "notes")),
    ("years", ("tahun pelaksanaan", "tahun", "years", "periode", "jadwal", "waktu pelaksanaan")),
)
TARGET_WORDS = ("target", "sasaran", "capaian")
BUDGET_WORDS = ("pagu", "anggaran", "dana", "biaya", "budget", "rp", "rupiah", "alokasi", "belanja")
SCALE_WORDS = (
    ("triliun", 10**12),
    ("miliar", 10**9),
    ("milyar", 10**9),
    ("juta", 10**6),
    ("jt", 10**6),
    ("ribu", 10**3),
)


def norm(text: Any) -> str:
    """Lower case, punctuation to spaces (except . / inside codes), spaces collapsed."""
    s = "" if text is None else str(text)
    s = s.lower().replace("\n", " ")
    s = re.sub(r"[^\w./%#]+", " ", s)
    return " ".join(s.split())


def _has(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` at word boundaries."""
    return re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", text) is not None


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _header_score(sheet: Sheet, row: int) -> int:
    """How many different cell texts of a row read like column headers (a merged title counts once)."""
    seen: set[str] = set()
    for c in range(1, sheet.width + 1):
        text = norm(sheet.value(row, c))
        if not text or text in seen:
            continue
        if any(_has(text, w) for f, words in HEADER_WORDS if f != "ignore" for w in words):
            seen.add(text)
    return len(seen)


def _looks_like_data(sheet: Sheet, row: int) -> bool:
    """A row holding a big number (an amount) is data, not a header."""
    for c in range(1, sheet.width + 1):
        v = sheet.value(row, c)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and not (1990 <= v <= 2100) and abs(v) > 100:
            return True
    return False


def is_numbering_row(sheet: Sheet, row: int) -> bool:
    """The row of column numbers under a government table header: 1 2 3 ... or (1) (2) (3)."""
    values = [sheet.value(row, c) for c in range(1, sheet.width + 1)]
    filled = [v for v in values if v not in (None, "")]
    if len(filled) < 3:
        return False
    nums = []
    for v in filled:
        m = re.fullmatch(r"\(?\s*(\d{1,2})\s*\)?", cell_text(v))
        if not m:
            return False
        nums.append(int(m.group(1)))
    return nums == sorted(nums) and len(set(nums)) >= len(nums) - 1 and nums[0] <= 2


def detect_header_rows(sheet: Sheet, scan: int = 20) -> list[int]:
    """The header row(s): the first row with at least two header words, plus the row below it when
    that one continues a two-row header (merged cells above, header words or years below)."""
    best, best_score = 1, 0
    for r in range(1, min(scan, len(sheet.cells)) + 1):
        s = _header_score(sheet, r)
        if s >= 2 and s > best_score:
            best, best_score = r, s
            break
    if best_score == 0:
        return [1]
    nxt = best + 1
    if nxt > len(sheet.cells) or _looks_like_data(sheet, nxt) or is_numbering_row(sheet, nxt):
        return [best]
    below = [cell_text(sheet.value(nxt, c)) for c in range(1, sheet.width + 1)]
    above = [cell_text(sheet.value(best, c)) for c in range(1, sheet.width + 1)]
    repeated = any(a and i > 0 and a == above[i - 1] for i, a in enumerate(above))
    yearly = sum(1 for b in below if b and YEAR_RE.fullmatch(b.split(" ")[-1] if b else ""))
    words = _header_score(sheet, nxt)
    empty_above_filled_below = any(b and not a for a, b in zip(above, below, strict=False))
    if ((repeated or best in sheet.merged_rows) and (yearly or words)) or (yearly >= 2 and empty_above_filled_below):
        return [best, nxt]
    return [best]


def header_texts(sheet: Sheet, header_rows: list[int]) -> list[str]:
    """One text per column: the header rows joined ("Pagu Indikatif 2020"), repeats dropped."""
    out = []
    for c in range(1, sheet.width + 1):
        parts: list[str] = []
        for r in header_rows:
            t = cell_text(sheet.value(r, c))
            if t and t not in parts:
                parts.append(t)
        out.append(" ".join(parts))
    return out


def layout_key(headers: list[str]) -> str:
    """Identity of a workbook layout: a hash of its normalized header texts."""
    return hashlib.sha1("\x1f".join(norm(h) for h in headers).encode("utf-8")).hexdigest()[:20]


def guess_field(header: str) -> str | None:
    """The field a header names, ``budget:YEAR`` / ``target:YEAR`` for yearly columns, or None."""
    text = norm(header)
    if not text:
        return None
    years = YEAR_RE.findall(text)
    if len(years) == 1 and not any(_has(text, w) for w in ("baseline", "kondisi awal", "tahun baseline")):
        year = years[0]
        rest = YEAR_RE.sub(" ", text)
        if any(_has(rest, w) for w in TARGET_WORDS):
            return f"target:{year}"
        if any(_has(rest, w) for w in BUDGET_WORDS) or not rest.strip(" ./") or _has(rest, "tahun"):
            return f"budget:{year}"
    for f, words in HEADER_WORDS:
        for w in words:
            if (text == w) if f == "ignore" else _has(text, w):
                return None if f == "ignore" else f
    return None


def amount_scale(header: str) -> int:
    """Multiplier for unit-less amounts in a column: "Pagu (Rp juta)" -> 10**6."""
    text = norm(header)
    for word, factor in SCALE_WORDS:
        if _has(text, word):
            return factor
    return 1


@dataclass
class Layout:
    """What was found about a sheet: header rows, header texts, the guessed mapping."""

    header_rows: list[int]
    headers: list[str]
    mapping: dict[int, str]

    @property
    def key(self) -> str:
        return layout_key(self.headers)


def guess_mapping(headers: list[str], hidden_cols: set[int] | None = None) -> dict[int, str]:
    """Column -> field guessed from header words; each plain field goes to its first column only."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for i, h in enumerate(headers, start=1):
        if hidden_cols and i in hidden_cols:
            continue
        f = guess_field(h)
        if f is None or f in used:
            continue
        mapping[i] = f
        used.add(f)
    return mapping


def detect_layout(sheet: Sheet, header_rows: list[int] | None = None) -> Layout:
    rows = header_rows or detect_header_rows(sheet)
    headers = header_texts(sheet, rows)
    return Layout(rows, headers, guess_mapping(headers, sheet.hidden_cols))
