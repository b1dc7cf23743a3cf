# SPDX-License-Identifier: GPL-3.0-or-later
"""Small layout builders the views share: a splitter, a column of widgets, rows of labelled fields or buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget


def splitter(orientation: Qt.Orientation, *parts: tuple[QWidget, int], parent: QWidget | None = None) -> QSplitter:
    """A splitter holding the widgets in order, each with its stretch factor."""
    split = QSplitter(orientation, parent)
    for i, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(i, stretch)
    return split


def stacked(*parts: tuple[QWidget, int], margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A widget stacking the widgets top to bottom, each with its stretch factor."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(*margins)
    for widget, stretch in parts:
        lay.addWidget(widget, stretch)
    return box


def labelled_row(parent: QWidget, *fields: tuple[str, QWidget, int]) -> QHBoxLayout:
    """A row of fields, each after its label (text, field, stretch); the label's mnemonic focuses its field."""
    row = QHBoxLayout()
    for text, widget, stretch in fields:
        label = QLabel(text, parent)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget, stretch)
    return row


def button_row(*buttons: QWidget, right: QWidget | None = None) -> QHBoxLayout:
    """The buttons from the left, then ``right`` (a count, a switch) at the right end."""
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    if right is not None:
        row.addWidget(right)
    return row
