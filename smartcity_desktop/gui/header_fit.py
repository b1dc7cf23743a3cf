# SPDX-License-Identifier: GPL-3.0-or-later
"""Column widths of the dialogs' tables: one column takes the room left, the others fit their contents."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView


def stretch_one(header: QHeaderView, stretch: int) -> None:
    """Column ``stretch`` takes the room left; the others show their contents whole."""
    for col in range(header.count()):
        mode = QHeaderView.ResizeMode.Stretch if col == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, mode)


def stretch(header: QHeaderView, column: int) -> None:
    """Column ``column`` takes the room left; the others keep the widths people give them."""
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
