# SPDX-License-Identifier: GPL-3.0-or-later
"""Python types PySide6 makes on their first use, made once the launch is done instead of in a view's first
build (issue 10).

PySide6 builds its Python wrappers lazily. Two of them cost a view that happens to be first to need them:
the first ``viewport()`` of a scroll area (PySide6 then learns the Python type of a plain QWidget returned by
pointer and builds the types of every widget class it might be, with their enums: ~8 ms, in the program table's
first build) and the enums of style options, text formats and gradients (a few tenths of a millisecond each,
~70 over all the views). :func:`warm` does both while the user looks at the dashboard, and
:func:`settle_heap` then runs the full garbage collection that the launch made due.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

log = logging.getLogger(__name__)

# (module, class, enum) that the views' first builds met (bench/gui_bench.py --profile-view shows them)
ENUMS = (
    ("QtWidgets", "QStyleOption", "OptionType"),
    ("QtWidgets", "QStyleOption", "StyleOptionType"),
    ("QtWidgets", "QStyleOption", "StyleOptionVersion"),
    ("QtWidgets", "QStyleOptionViewItem", "StyleOptionType"),
    ("QtWidgets", "QStyleOptionViewItem", "StyleOptionVersion"),
    ("QtWidgets", "QStyleOptionViewItem", "Position"),
    ("QtWidgets", "QStyleOptionViewItem", "ViewItemFeature"),
    ("QtWidgets", "QStyleOptionViewItem", "ViewItemPosition"),
    ("QtWidgets", "QStyle", "StateFlag"),
    ("QtWidgets", "QStackedLayout", "StackingMode"),
    ("QtWidgets", "QTabWidget", "TabPosition"),
    ("QtWidgets", "QTabWidget", "TabShape"),
    ("QtWidgets", "QTabBar", "ButtonPosition"),
    ("QtWidgets", "QTabBar", "SelectionBehavior"),
    ("QtWidgets", "QTabBar", "Shape"),
    ("QtGui", "QGradient", "Type"),
    ("QtGui", "QGradient", "Spread"),
    ("QtGui", "QGradient", "CoordinateMode"),
    ("QtGui", "QGradient", "InterpolationMode"),
    ("QtGui", "QGradient", "Preset"),
    ("QtGui", "QTextFormat", "FormatType"),
    ("QtGui", "QTextFormat", "Property"),
    ("QtGui", "QTextFormat", "ObjectTypes"),
    ("QtGui", "QTextFormat", "PageBreakFlag"),
    ("QtGui", "QTextBlockFormat", "LineHeightTypes"),
    ("QtGui", "QTextBlockFormat", "MarkerType"),
    ("QtGui", "QTextCharFormat", "VerticalAlignment"),
    ("QtGui", "QTextCharFormat", "UnderlineStyle"),
    ("QtGui", "QTextCharFormat", "FontPropertiesInheritanceBehavior"),
    ("QtGui", "QTextCursor", "MoveMode"),
    ("QtGui", "QTextCursor", "MoveOperation"),
    ("QtGui", "QTextCursor", "SelectionType"),
    ("QtGui", "QTextListFormat", "Style"),
)


def warm(window: QWidget, enums: tuple[tuple[str, str, str], ...] = ENUMS, viewport: bool = True) -> int:
    """Make the wrappers above now; the number of enums reached (a missing one is skipped: another PySide6)."""
    import importlib

    area = window.findChild(QAbstractScrollArea) if viewport else None
    if area is not None:
        area.viewport()
    reached = 0
    for module, cls, name in enums:
        try:
            getattr(getattr(importlib.import_module(f"PySide6.{module}"), cls), name)
            reached += 1
        except (ImportError, AttributeError):
            log.debug("no %s.%s.%s in this PySide6", module, cls, name)
    return reached


def settle_heap() -> None:
    """A full garbage collection now. The rows the launch read off the GUI thread and handed to the session
    (the large plan's hundreds of thousands of objects) make one fall due soon after; left to itself it ran in
    the next view's first build (~25-40 ms on the large plan). Once it has run, the next is due only when as
    many objects again have come to stay."""
    import gc

    gc.collect()


def warm_later(window: QWidget, step: int = 8) -> None:
    """:func:`warm` in slices between events (~27 ms in all: a click meanwhile waits for one slice at most)."""
    import shiboken6
    from PySide6.QtCore import QTimer

    slices = [ENUMS[i : i + step] for i in range(0, len(ENUMS), step)]

    def run(i: int) -> None:
        if not shiboken6.isValid(window):  # closed meanwhile
            return
        warm(window, slices[i - 1] if i else (), viewport=i == 0)
        if i < len(slices):
            QTimer.singleShot(0, lambda: run(i + 1))
        else:
            settle_heap()

    QTimer.singleShot(0, lambda: run(0))
