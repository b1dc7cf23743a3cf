# SPDX-License-Identifier: GPL-3.0-or-later
"""The navigation tree on the left: it mirrors the plan (dimensions with programs, chapters)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from smartcity_desktop.core.outline import chapter_numbers
from smartcity_desktop.gui.feedback import add_feedback_action, open_by_part, open_marker
from smartcity_desktop.gui.session import PlanSession
from smartcity_desktop.services.reading.overview import navigation_rows
from smartcity_desktop.services.session import ChangeSet

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole
TREE_TABLES = frozenset({"dimension", "program", "chapter"})
PLACE_COLUMNS = ("dimension_id", "parent_id", "sort_key")  # columns that move an entry in the tree

# Fixed entries in tree order: (key, label). Dimensions follow "vision"; chapters are under "chapters".
ENTRIES: tuple[tuple[str, Any], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("Navigation", "Beranda")),
    ("profile", QT_TRANSLATE_NOOP("Navigation", "Profil Daerah")),
    ("readiness", QT_TRANSLATE_NOOP("Navigation", "Analisis Kesiapan")),
    ("vision", QT_TRANSLATE_NOOP("Navigation", "Visi & Misi")),
    ("dimension", QT_TRANSLATE_NOOP("Navigation", "Dimensi & Strategi")),
    ("programs", QT_TRANSLATE_NOOP("Navigation", "Program (semua)")),
    ("quickwin", QT_TRANSLATE_NOOP("Navigation", "Quick Win")),
    ("quickwin_scoring", QT_TRANSLATE_NOOP("Navigation", "Penilaian Quick Win")),
    ("roadmap", QT_TRANSLATE_NOOP("Navigation", "Roadmap")),
    ("indicators", QT_TRANSLATE_NOOP("Navigation", "Indikator")),
    ("chapters", QT_TRANSLATE_NOOP("Navigation", "Bab")),
    ("institutions", QT_TRANSLATE_NOOP("Navigation", "Kelembagaan")),
    ("agencies", QT_TRANSLATE_NOOP("Navigation", "OPD")),
    ("funding", QT_TRANSLATE_NOOP("Navigation", "Sumber Dana")),
    ("glossary", QT_TRANSLATE_NOOP("Navigation", "Daftar Singkatan")),
    ("workshops", QT_TRANSLATE_NOOP("Navigation", "Lokakarya")),
    ("completeness", QT_TRANSLATE_NOOP("Navigation", "Kelengkapan")),
    ("feedback", QT_TRANSLATE_NOOP("Navigation", "Masukan")),  # ws-feedback: shown under Lokakarya
)
UNDER = {"feedback": "workshops", "quickwin_scoring": "quickwin"}  # entry -> the fixed entry it is shown under


def entry_label(key: str) -> str:
    """The translated name of a navigation key (used in titles and search results)."""
    for k, label in ENTRIES:
        if k == key:
            return QCoreApplication.translate("Navigation", label)
    return key


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The child items of ``item`` (typed: Qt's child() may return None)."""
    out = []
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            out.append(child)
    return out


class NavigationTree(QTreeWidget):
    """Emits ``activated(key, target, table, row_id)`` when the user picks an entry."""

    activated = Signal(str, object, object, object)

    def __init__(self, session: PlanSession, parent: QWidget | None = None, *, later: bool = False) -> None:
        """With ``later`` (the launch, issue 10), the programs under the (folded) dimensions come when
        ``fill`` is called after the window's first paint, or as soon as something needs them."""
        super().__init__(parent)
        self.session = session
        self._later: dict[str, list[dict[str, Any]]] | None = None  # dimension id -> its programs, not added yet
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Navigasi rencana"))
        self.setUniformRowHeights(True)
        self.setMinimumWidth(190)
        self._silent = False
        self._expanded: set[tuple[Any, ...]] = set()
        self._rows: dict[tuple[str, str], QTreeWidgetItem] = {}  # (table, id) -> its item
        self._numbers: dict[str, str] = {}  # chapter id -> "BAB I", "1.2"
        self.currentItemChanged.connect(self._on_current)
        self.itemExpanded.connect(self._on_expanded)
        self.rebuild(later=later)
        add_feedback_action(  # ws-feedback: "Tambah masukan" on chapters, dimensions, programs
            self, session, lambda: (p[2], p[3]) if (p := self.current_place()) and p[2] else None
        )

    # -- building ----------------------------------------------------------
    def rebuild(self, *, later: bool = False) -> None:
        """Re-read dimensions, programs and chapters; keep the selection and open branches."""
        current = self.current_place()
        self._remember_expanded()
        self._silent = True
        try:
            self.clear()
            self._later = None
            self._rows = {}
            self._fixed: dict[str, QTreeWidgetItem] = {}
            data = navigation_rows(self.session.db)
            self._open_feedback = open_by_part(self.session.db)  # ws-feedback: a marker on parts with open remarks
            for key, _label in ENTRIES:
                parent = self._fixed[UNDER[key]] if key in UNDER else self.invisibleRootItem()
                item = self._fixed[key] = self._item(parent, entry_label(key), (key, None, None, None))
                if key in UNDER:
                    parent.setExpanded(True)
                if key == "dimension":
                    self._add_dimensions(item, data, later=later and not self._expanded)
                elif key == "chapters":
                    self._add_chapters(item, data["chapter"])
            self._restore_expanded()
            if current:
                self.select(*current)
        finally:
            self._silent = False

    def _item(self, parent: QTreeWidgetItem, text: str, place: tuple[Any, ...]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, ROLE, place)
        item.setToolTip(0, text)
        return item

    def _add_dimensions(
        self, parent: QTreeWidgetItem, data: dict[str, list[dict[str, Any]]], *, later: bool = False
    ) -> None:
        by_dim: dict[str, list[dict[str, Any]]] = {}
        for p in data["program"]:
            by_dim.setdefault(p["dimension_id"], []).append(p)
        for d in data["dimension"]:
            dim = self._rows["dimension", d["id"]] = self._item(
                parent, self._text("dimension", d), ("dimension", d["id"], "dimension", d["id"])
            )
            if later and by_dim.get(d["id"]):  # folded: its arrow shows now, its programs come with fill()
                dim.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            else:
                self._add_programs(dim, d["id"], by_dim.get(d["id"], []))
        if later:
            self._later = by_dim

    def _add_programs(self, dim: QTreeWidgetItem, dimension_id: str, programs: list[dict[str, Any]]) -> None:
        for p in programs:
            self._rows["program", p["id"]] = self._item(
                dim, self._text("program", p), ("programs", dimension_id, "program", p["id"])
            )

    def fill(self) -> None:
        """Add the programs left for later (``later``), once; nothing when there are none."""
        later, self._later = self._later, None
        if not later:
            return
        for (table, dimension_id), dim in list(self._rows.items()):
            if table == "dimension":
                self._add_programs(dim, dimension_id, later.get(dimension_id, []))
                dim.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def _add_chapters(self, parent: QTreeWidgetItem, chapters: list[dict[str, Any]]) -> None:
        self._numbers = chapter_numbers(chapters)
        items: dict[str, QTreeWidgetItem] = {}
        for c in chapters:
            above = items.get(c.get("parent_id") or "", parent)
            items[c["id"]] = self._rows["chapter", c["id"]] = self._item(
                above, self._text("chapter", c), ("chapters", c["id"], "chapter", c["id"])
            )

    def _text(self, table: str, row: dict[str, Any]) -> str:
        mark = open_marker(getattr(self, "_open_feedback", {}).get((table, row["id"]), 0))  # ws-feedback
        if table == "program":
            return str(row["name"]) + ("  ★" if row.get("is_quick_win") else "") + mark
        if table == "chapter":
            return f"{self._numbers.get(row['id'], '')} {row['title']}".strip() + mark
        return str(row["name"]) + mark

    def _on_expanded(self, _item: QTreeWidgetItem) -> None:
        if not self._silent:  # the user unfolds a dimension (not the tree restoring its folds)
            self.fill()

    def apply(self, changes: ChangeSet | None) -> None:
        """Follow one edit: rename entries in place when only names changed, else rebuild the tree."""
        self.fill()
        if changes is None:
            self.rebuild()
            return
        renames: list[tuple[QTreeWidgetItem, str]] = []
        for c in changes.changes:
            if c.table not in TREE_TABLES:
                continue
            item = self._rows.get((c.table, c.id))
            if c.before is None or c.after is None or item is None:
                self.rebuild()  # a row came or went
                return
            if any(c.before.get(k) != c.after.get(k) for k in PLACE_COLUMNS):
                self.rebuild()  # a row moved
                return
            text = self._text(c.table, c.after)
            if item.text(0) != text:
                renames.append((item, text))
        for item, text in renames:
            item.setText(0, text)
            item.setToolTip(0, text)

    def _remember_expanded(self) -> None:
        for item in self._all_items():
            place = item.data(0, ROLE)
            if item.isExpanded():
                self._expanded.add(tuple(place[:2]))
            else:
                self._expanded.discard(tuple(place[:2]))

    def _restore_expanded(self) -> None:
        for item in self._all_items():
            place = item.data(0, ROLE)
            if tuple(place[:2]) in self._expanded or place in (
                ("dimension", None, None, None),
                ("workshops", None, None, None),
            ):
                item.setExpanded(True)

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = children(self.invisibleRootItem())
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[0:0] = children(item)
        return out

    def places(self) -> list[tuple[str, Any, Any, Any]]:
        """Every entry of the tree as (key, target, table, row_id), in tree order."""
        self.fill()
        return [tuple(item.data(0, ROLE)) for item in self._all_items()]  # type: ignore[misc]

    # -- selection -----------------------------------------------------------
    def current_place(self) -> tuple[str, Any, Any, Any] | None:
        item = self.currentItem()
        return tuple(item.data(0, ROLE)) if item else None  # type: ignore[return-value]

    def select(self, key: str, target: Any = None, table: Any = None, row_id: Any = None) -> None:
        """Show ``key``/``target`` as selected without emitting ``activated``."""
        if key == "programs":  # a program's entry may be among those still to come
            self.fill()
        best = None
        for item in self._all_items():
            place = tuple(item.data(0, ROLE))
            if place == (key, target, table, row_id):
                best = item
                break
            if best is None and place[0] == key and place[1] == target:
                best = item
            if best is None and place[:2] == (key, None) and key not in ("dimension", "chapters"):
                best = item
        if best is None:
            best = next((i for i in self._all_items() if i.data(0, ROLE)[0] == key), None)
        if best is not None and best is not self.currentItem():
            old, self._silent = self._silent, True
            try:
                self.setCurrentItem(best)
            finally:
                self._silent = old

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._silent or item is None:
            return
        key, target, table, row_id = item.data(0, ROLE)
        if key == "dimension" and target is None and item.childCount():
            first = item.child(0).data(0, ROLE)  # type: ignore[union-attr]
            key, target, table, row_id = first
        self.activated.emit(key, target, table, row_id)
