# SPDX-License-Identifier: GPL-3.0-or-later
"""Chapter numbering shared by the navigation, the editor and the documents."""

from __future__ import annotations

from smartcity_desktop.core.outline import chapter_numbers, is_annex


def test_numbers_skip_the_annex_and_letter_its_parts() -> None:
    chapters = [
        {"id": "1", "parent_id": None, "key": "bab1", "title": "Pendahuluan"},
        {"id": "1a", "parent_id": "1", "title": "Latar Belakang"},
        {"id": "1b", "parent_id": "1", "title": "Maksud"},
        {"id": "1b1", "parent_id": "1b", "title": "Rinci"},
        {"id": "2", "parent_id": None, "key": "bab2", "title": "Gambaran Umum"},
        {"id": "L", "parent_id": None, "key": "lampiran", "title": "Lampiran"},
        {"id": "La", "parent_id": "L", "title": "Notulen"},
        {"id": "Lb", "parent_id": "L", "title": "Daftar hadir"},
    ]
    assert chapter_numbers(chapters) == {
        "1": "BAB I",
        "1a": "1.1",
        "1b": "1.2",
        "1b1": "1.2.1",
        "2": "BAB II",
        "L": "",
        "La": "A",
        "Lb": "B",
    }
    assert is_annex({"title": " Annexes "}) and not is_annex({"title": "Penutup"})
