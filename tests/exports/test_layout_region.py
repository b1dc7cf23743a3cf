# SPDX-License-Identifier: GPL-3.0-or-later
"""The second region (Kota Cirebon, Kominfo framework, hostile and multilingual text) exports every document
a district team prints, in PDF and DOCX, with its texts in every script the bundled fonts cover."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.plans.second_region import ARABIC, BALINESE, JAVANESE, LONG_WORD, MARKUP, SUNDANESE, build_cirebon


@pytest.fixture(scope="module")
def cirebon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_cirebon(tmp_path_factory.mktemp("cirebon") / "Kota Cirebon.smartcity")


def test_built_through_the_operations_with_the_kominfo_framework(cirebon: Path) -> None:
    from smartcity_desktop.services.document import read_rows

    rows, _version = read_rows(cirebon)
    plan = rows["plan"][0]
    assert plan["framework"] == "kominfo" and plan["region_type"] == "kota" and plan["region_name"] == "Cirebon"
    assert len(rows["dimension"]) == 6
    dims_with_programs = {p["dimension_id"] for p in rows["program"]}
    assert dims_with_programs == {d["id"] for d in rows["dimension"]}
    assert {s["tows"] for s in rows["strategy"]} == {"so", "wo", "st", "wt"}
    assert max(b["amount"] for b in rows["program_budget"]) == 10**15
    assert max(len((p.get("activities") or "").splitlines()) for p in rows["program"]) == 30
    assert any(MARKUP == p["name"] for p in rows["program"])
    assert {q["status"] for q in rows["quick_win"]} == {"chosen", "candidate"}


@pytest.mark.parametrize("document", ["masterplan", "summary", "quickwin"])
def test_every_document_exports_in_pdf_and_docx(cirebon: Path, document: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from smartcity_desktop.services.exporting import export_file

    pdf, docx = tmp_path / f"{document}.pdf", tmp_path / f"{document}.docx"
    export_file(cirebon, pdf, "pdf", document)  # no refusal: every script here has a bundled font
    export_file(cirebon, docx, "docx", document)
    fonts = {
        str(f.get_object().get("/BaseFont", ""))
        for page in PdfReader(pdf).pages
        for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
    }
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    if document == "masterplan":
        embedded = {name.split("+")[-1] for name in fonts}
        for family in ("NotoSansJavanese", "NotoSansSundanese", "NotoSansBalinese", "NotoNaskhArabic", "Symbola"):
            assert any(name.startswith(family) for name in embedded), (family, embedded)
        for text in (JAVANESE, SUNDANESE, BALINESE, ARABIC, "Désa, Ñoño, Çirebon", LONG_WORD):
            assert text in xml
        assert "&lt;b&gt;Sadayana&lt;/b&gt; &amp; **Satu Data** | Kota_Wali" in xml  # printed as typed
    else:
        assert "NotoSans-Regular" in {name.split("+")[-1] for name in fonts}
        assert "Cirebon" in xml
