# SPDX-License-Identifier: GPL-3.0-or-later
"""The export use case: which formats exist, and writing one atomically from a plan file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from smartcity_desktop.services.plans import export_json

Writer = Callable[[Path, Path, "str | None"], None]


def _json(path: Path, out: Path, _document: str | None) -> None:
    export_json(path, out)


_WRITERS: dict[str, Writer] = {"json": _json}


def available_formats() -> list[str]:
    return list(_WRITERS)


def export_file(path: str | Path, out: str | Path, fmt: str, document: str | None = None) -> None:
    """Export the plan at ``path`` to ``out`` in ``fmt``; the output appears whole or not at all."""
    _WRITERS[fmt](Path(path), Path(out), document)
