# SPDX-License-Identifier: GPL-3.0-or-later
"""A pseudo-locale for testing layouts: every interface string 40% longer (as translations often are), its
placeholders and mnemonics kept. ``SMARTCITY_PSEUDO=1`` installs it at start; tests install it directly."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QTranslator

STRETCH = 0.4


def stretch(text: str) -> str:
    """'Simpan' -> 'Simpan~~~' (40% more characters, at the end: '{0}', '%1', '&' and markup stay intact)."""
    if not text.strip():
        return text
    return text + "~" * math.ceil(len(text) * STRETCH)


class PseudoTranslator(QTranslator):
    """Answers every translation request with the stretched source text."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        return stretch(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False
