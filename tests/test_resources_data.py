# SPDX-License-Identifier: GPL-3.0-or-later
"""Structure checks of the shipped template and list data files (no Qt needed)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

RESOURCES = Path(__file__).parents[1] / "resources"

FILES = [
    "frameworks/giffinger.json",
    "frameworks/kominfo.json",
    "templates/outline.json",
    "templates/readiness.json",
    "templates/indicators.json",
    "templates/agencies.json",
    "templates/funding_sources.json",
    "templates/workshop_stages.json",
    "templates/guidance.json",
]

GIFFINGER_CODES = ["economy", "people", "governance", "mobility", "environment", "living"]
KOMINFO_CODES = ["governance", "branding", "economy", "living", "society", "environment"]
ALL_CODES = set(GIFFINGER_CODES) | set(KOMINFO_CODES)
INDICATOR_SOURCES = {"ISO 37120:2018", "ISO 37122:2019", "ISO/IEC 30146:2019", "Umum / general"}
AGENCY_KINDS = {"dinas", "badan", "sekretariat", "inspektorat", "rsud", "satpol", "kecamatan", "lainnya"}
GUIDANCE_KEYS = {
    "profile",
    "readiness",
    "vision",
    "dimensions",
    "strategies",
    "programs",
    "indicators",
    "quickwin",
    "roadmap",
    "budget",
    "chapters",
    "workshops",
    "institutions",
    "completeness",
    "agencies",
    "funding",
}
COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def load(rel: str) -> Any:
    return json.loads((RESOURCES / rel).read_text(encoding="utf-8"))


def assert_text(value: Any, where: str) -> None:
    assert isinstance(value, dict), f"{where}: not a text object"
    assert set(value) == {"id", "en"}, f"{where}: keys {sorted(value)}"
    for lang in ("id", "en"):
        assert isinstance(value[lang], str) and value[lang].strip(), f"{where}: empty {lang!r}"


def walk_texts(node: Any, where: str = "") -> int:
    """Check every dict that looks like a text object (has "id" and "en"); return how many."""
    count = 0
    if isinstance(node, dict):
        if "id" in node and "en" in node:
            assert_text(node, where)
            return 1
        for k, v in node.items():
            count += walk_texts(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            count += walk_texts(v, f"{where}[{i}]")
    return count


@pytest.mark.parametrize("rel", FILES)
def test_file_parses_and_texts_are_bilingual(rel: str) -> None:
    raw = (RESOURCES / rel).read_bytes()
    raw.decode("utf-8")  # must be UTF-8
    data = json.loads(raw)
    assert walk_texts(data, rel) > 0


def test_every_template_and_framework_json_parses() -> None:
    paths = sorted((RESOURCES / "frameworks").glob("*.json")) + sorted((RESOURCES / "templates").glob("*.json"))
    assert len(paths) >= len(FILES)
    for path in paths:
        json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("rel", "codes"),
    [
        ("frameworks/giffinger.json", GIFFINGER_CODES),
        ("frameworks/kominfo.json", KOMINFO_CODES),
    ],
)
def test_framework(rel: str, codes: list[str]) -> None:
    data = load(rel)
    assert data["code"] == Path(rel).stem
    assert_text(data["name"], f"{rel}.name")
    assert_text(data["source"], f"{rel}.source")
    dims = data["dimensions"]
    assert len(dims) == 6
    assert [d["code"] for d in dims] == codes
    assert len({d["code"] for d in dims}) == 6
    for d in dims:
        where = f"{rel}:{d['code']}"
        assert_text(d["name"], where)
        assert_text(d["description"], where)
        assert COLOR.match(d["color"]), f"{where}: bad colour {d['color']!r}"
        assert len(d["elements"]) >= 3, where
        for e in d["elements"]:
            assert_text(e, where)
        names = [e["id"] for e in d["elements"]]
        assert len(names) == len(set(names)), f"{where}: duplicate elements"
    colors = [d["color"].upper() for d in dims]
    assert len(set(colors)) == 6, f"{rel}: colours not distinct"


def test_same_code_same_colour_across_frameworks() -> None:
    colours: dict[str, str] = {}
    for rel in ("frameworks/giffinger.json", "frameworks/kominfo.json"):
        for d in load(rel)["dimensions"]:
            c = d["color"].upper()
            assert colours.setdefault(d["code"], c) == c, d["code"]
    assert len(set(colours.values())) == len(colours), "two codes share a colour"


def test_outline() -> None:
    chapters = load("templates/outline.json")["chapters"]
    assert len(chapters) == 10  # docs-parts: Kata Pengantar first, not a numbered BAB
    assert chapters[0]["key"] == "kata_pengantar"
    assert chapters[-1]["key"] == "lampiran"
    keys: list[str] = []

    def visit(node: dict[str, Any]) -> None:
        assert isinstance(node["key"], str) and node["key"]
        keys.append(node["key"])
        assert_text(node["title"], node["key"])
        assert_text(node["guidance"], node["key"])
        assert not re.match(r"^\s*BAB\b", node["title"]["id"], re.I), f"{node['key']}: numbered title"
        assert isinstance(node["children"], list)
        for child in node["children"]:
            assert child["key"].startswith(node["key"] + "."), child["key"]
            visit(child)

    for ch in chapters:
        visit(ch)
    assert len(keys) == len(set(keys)), "duplicate outline keys"
    assert chapters[1]["title"]["id"] == "Pendahuluan"  # after the Kata Pengantar
    bab1 = {c["key"] for c in chapters[1]["children"]}
    assert {"bab1.latar_belakang", "bab1.landasan_hukum", "bab1.metodologi"} <= bab1
    bab3 = {c["key"] for c in chapters[3]["children"]}
    assert {"bab3.struktur", "bab3.infrastruktur", "bab3.suprastruktur", "bab3.swot", "bab3.gap"} <= bab3


def test_readiness() -> None:
    data = load("templates/readiness.json")
    assert_text(data["note"], "readiness.note")
    scale = data["scale"]
    assert [s["score"] for s in scale] == [1, 2, 3, 4, 5]
    for s in scale:
        assert_text(s["label"], f"scale {s['score']}")
        assert_text(s["description"], f"scale {s['score']}")
    comps = data["components"]
    assert [c["code"] for c in comps] == ["struktur", "infrastruktur", "suprastruktur"]
    for c in comps:
        assert_text(c["name"], c["code"])
        assert_text(c["description"], c["code"])
        assert len(c["elements"]) == 3, c["code"]
        for e in c["elements"]:
            assert_text(e["name"], c["code"])
            assert_text(e["description"], c["code"])


def test_indicators() -> None:
    data = load("templates/indicators.json")
    assert_text(data["note"], "indicators.note")
    per_code: dict[str, int] = {}
    names = set()
    for ind in data["indicators"]:
        assert ind["dimension"] in ALL_CODES, ind["dimension"]
        per_code[ind["dimension"]] = per_code.get(ind["dimension"], 0) + 1
        assert_text(ind["name"], str(ind["name"]))
        assert_text(ind["unit"], ind["name"]["id"])
        assert_text(ind["description"], ind["name"]["id"])
        assert ind["source"] in INDICATOR_SOURCES, ind["source"]
        key = (ind["dimension"], ind["name"]["id"])
        assert key not in names, f"duplicate indicator {key}"
        names.add(key)
    for code in ALL_CODES:
        assert per_code.get(code, 0) >= 5, f"{code}: only {per_code.get(code, 0)} indicators"


def test_agencies() -> None:
    agencies = load("templates/agencies.json")["agencies"]
    codes = [a["code"] for a in agencies]
    assert len(codes) == len(set(codes)), "duplicate agency codes"
    assert {"Diskominfo", "Bappeda", "Dukcapil", "DPMPTSP", "BPKAD"} <= set(codes)
    for a in agencies:
        assert isinstance(a["code"], str) and a["code"].strip()
        assert_text(a["name"], a["code"])
        assert a["kind"] in AGENCY_KINDS, (a["code"], a["kind"])
    by_code = {a["code"]: a for a in agencies}
    assert by_code["Diskominfo"]["name"]["id"] == "Dinas Komunikasi dan Informatika"
    assert by_code["Bappeda"]["name"]["id"] == "Badan Perencanaan Pembangunan Daerah"


def test_funding_sources() -> None:
    sources = load("templates/funding_sources.json")["funding_sources"]
    codes = [s["code"] for s in sources]
    assert len(codes) == len(set(codes))
    assert {"APBD", "APBN", "DAK", "CSR", "KPBU"} <= set(codes)
    for s in sources:
        assert_text(s["name"], s["code"])
        assert_text(s["description"], s["code"])


def test_workshop_stages() -> None:
    stages = load("templates/workshop_stages.json")["stages"]
    assert [s["number"] for s in stages] == [1, 2, 3, 4]
    for s in stages:
        for field in ("title", "purpose", "outputs"):
            assert_text(s[field], f"stage {s['number']}.{field}")


def test_guidance() -> None:
    sections = load("templates/guidance.json")["sections"]
    assert set(sections) >= GUIDANCE_KEYS, sorted(GUIDANCE_KEYS - set(sections))
    for key, value in sections.items():
        assert_text(value, key)
    assert "Perbup" in sections["institutions"]["id"]
    assert "1–2 tahun" in sections["quickwin"]["id"]
