# SPDX-License-Identifier: GPL-3.0-or-later
"""Column widths of the dialogs' tables: one column takes the room left, the others fit their contents."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView


def stretch_one(header: QHeaderView, stretch: int, columns: int | None = None) -> None:
    """Column ``stretch`` stretches; the others (of ``columns``, default all) show their contents whole."""
    for col in range(header.count() if columns is None else columns):
        mode = QHeaderView.ResizeMode.Stretch if col == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, mode)
