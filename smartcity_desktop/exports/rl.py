# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing reportlab cheaply: regular expressions it seldom uses wait for their use, shapes are not re-checked."""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

# Patterns reportlab compiles on import but uses only for hyphenating URLs and for CJK text, which our documents
# never ask for. Compiling the first (a URL matcher with case-insensitive ranges up to U+FFFF) took a twentieth
# of a whole PDF export of the demo plan.
LAZY_PATTERNS = ("(^(?:[a-z0-9\\.\\-\\+]*)://)", "([\u2e80-\uffff])")
UNUSED_BY_REPORTLAB = ("uharfbuzz", "rlbidi")
_lock = threading.Lock()


class LazyPattern:
    """A regular expression compiled when first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def import_platypus() -> None:
    """Import reportlab.platypus, leaving LAZY_PATTERNS uncompiled; call it before importing reportlab.graphics."""
    if "reportlab.platypus" in sys.modules:
        return
    with _lock:
        if "reportlab.platypus" in sys.modules:
            return
        from reportlab import rl_config

        # reportlab.graphics (which imports reportlab.platypus) reads this when first imported: no validation of
        # every attribute set on a chart's shapes, a development aid that costs a tenth of drawing the charts
        rl_config.shapeChecking = 0
        compile_now = re.compile

        def compile_lazily(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str) and pattern.startswith(LAZY_PATTERNS):
                return LazyPattern(pattern, flags)
            return compile_now(pattern, flags)

        re.compile = compile_lazily  # type: ignore[assignment]  # only while reportlab is imported
        # reportlab's own shaping and bidi (which we do not use: exports/fonts.py shapes the complex-script runs
        # itself) would import HarfBuzz for every document, a Latin-only one too (~11 ms of the demo's export)
        skipped = [name for name in UNUSED_BY_REPORTLAB if name not in sys.modules]
        for name in skipped:
            sys.modules[name] = None  # type: ignore[assignment]  # None: "import x" raises ImportError
        try:
            import reportlab.platypus  # noqa: F401 - imported for its side effect
        finally:
            re.compile = compile_now
            for name in skipped:
                sys.modules.pop(name, None)
