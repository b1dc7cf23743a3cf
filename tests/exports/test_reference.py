# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference pages: about ten key pages of the demo masterplan, found by their heading, rendered and compared
with the stored renders in tests/reference/ (update them with ``python -m tests.reference.update``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reference import pages as ref

pytestmark = pytest.mark.skipif(ref.pdftoppm() is None, reason="pdftoppm (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("reference")
    pdf = ref.demo_masterplan(tmp / "masterplan.pdf")
    return {name: ref.render(pdf, page, tmp / f"{name}.png") for name, page in ref.find_pages(pdf).items()}


@pytest.mark.parametrize("name", list(ref.PAGES))
def test_page_looks_as_its_reference(name: str, rendered: dict[str, Path]) -> None:
    stored = ref.HERE / f"{name}.png"
    assert name in rendered, f"no page of the demo masterplan shows {name!r}"
    assert stored.exists(), f"no reference for {name}: run python -m tests.reference.update"
    share = ref.difference(stored, rendered[name])
    if share > ref.TOLERANCE:
        out = ref.side_by_side(stored, rendered[name], ref.OUT / f"{name}.png")
        pytest.fail(f"{name}: {share:.1%} of the page differs (reference | now | difference in {out})")


def test_comparison_sees_a_change(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    a = tmp_path / "a.png"
    b = tmp_path / "b.png"
    Image.new("RGB", (200, 280), "white").save(a)
    img = Image.new("RGB", (200, 280), "white")
    ImageDraw.Draw(img).rectangle((20, 20, 120, 60), fill="black")
    img.save(b)
    assert ref.difference(a, a) == 0
    assert ref.difference(a, b) > ref.TOLERANCE
    assert ref.difference(a, tmp_path / "a.png") == 0
    out = ref.side_by_side(a, b, tmp_path / "side.png")
    with Image.open(out) as side:
        assert side.width > 3 * 200
