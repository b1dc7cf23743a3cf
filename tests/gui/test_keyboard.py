# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyboard use of the real window: mnemonics and shortcuts unique, tables let focus go, a program by keys only."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from smartcity_desktop.gui.main_window import VIEWS
from smartcity_desktop.services.operations import indicators, programs
from tests.gui.test_zoom import _show as show_view

MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str | None:
    m = MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def _visible(w: QWidget, window: QWidget) -> bool:
    return w.isVisibleTo(window) and w.isEnabled()


def active_mnemonics(window: Any) -> dict[str, list[str]]:
    """Alt+letter -> the widgets that answer it in the window as shown now (menu bar, buttons, labels, tabs)."""
    found: dict[str, list[str]] = defaultdict(list)
    for act in window.menuBar().actions():
        if (k := _mnemonic(act.text())) is not None:
            found[k].append(f"menu {act.text()}")
    for b in window.findChildren(QAbstractButton):
        if _visible(b, window) and (k := _mnemonic(b.text())):
            found[k].append(f"button {b.text()}")
    for label in window.findChildren(QLabel):
        if _visible(label, window) and label.buddy() is not None and (k := _mnemonic(label.text())):
            found[k].append(f"label {label.text()}")
    for tabs in window.findChildren(QTabWidget):
        if _visible(tabs, window):
            for i in range(tabs.count()):
                if tabs.isTabEnabled(i) and (k := _mnemonic(tabs.tabText(i))):
                    found[k].append(f"tab {tabs.tabText(i)}")
    return {k: v for k, v in found.items() if len(v) > 1}


def active_shortcuts(window: Any) -> dict[str, list[str]]:
    """Key sequence -> the actions, shortcuts and buttons active for it in the window as shown now."""
    found: dict[str, list[str]] = defaultdict(list)
    for act in window.findChildren(QAction):
        widgets = act.associatedObjects()
        if widgets and not any(
            isinstance(w, QWidget) and (w is window or w.isVisibleTo(window) or w.metaObject().className() == "QMenu")
            for w in widgets
        ):
            continue
        for seq in act.shortcuts():
            found[seq.toString()].append(f"action {act.text()}")
    for sc in window.findChildren(QShortcut):
        parent = sc.parent()
        if sc.isEnabled() and isinstance(parent, QWidget) and (parent is window or parent.isVisibleTo(window)):
            found[sc.key().toString()].append(f"shortcut {sc.objectName() or parent.metaObject().className()}")
    for b in window.findChildren(QAbstractButton):
        if _visible(b, window) and not b.shortcut().isEmpty() and not _mnemonic(b.text()):
            found[b.shortcut().toString()].append(f"button {b.text()}")
        elif _visible(b, window) and not b.shortcut().isEmpty():
            seq = b.shortcut().toString()
            if not seq.startswith("Alt+") or len(seq) != 5:
                found[seq].append(f"button {b.text()}")
    return {k: v for k, v in found.items() if k and len(v) > 1}


def _show(window: Any, key: str) -> Any:
    """Show view ``key`` (the first dimension / chapter for those) with its first row selected."""
    widget = show_view(window, key)
    if key == "programs":
        widget.select_program(window.session.db.rows("program")[0]["id"])
    return widget


def _add_program(window: Any) -> str:
    db = window.session.db
    pid = window.session.add("Tambah program", programs.add, db.rows("dimension")[0]["id"], "Pasar Daring")
    assert pid
    return str(pid)


def test_mnemonics_unique_in_every_view(window: Any) -> None:
    clashes = {}
    pid = _add_program(window)
    window.session.add("Tambah indikator", indicators.add, "Transaksi daring", program_id=pid)
    for key in VIEWS:
        widget = _show(window, key)
        for letter, owners in active_mnemonics(window).items():
            clashes[f"{key} Alt+{letter}"] = owners
        for tabs in widget.findChildren(QTabWidget):  # every page of every tab widget
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                for letter, owners in active_mnemonics(window).items():
                    clashes[f"{key} tab {i} Alt+{letter}"] = owners
    assert clashes == {}


def test_shortcuts_unique_in_every_view(window: Any) -> None:
    clashes = {}
    _add_program(window)
    for key in VIEWS:
        _show(window, key)
        for seq, owners in active_shortcuts(window).items():
            clashes[f"{key} {seq}"] = owners
    assert clashes == {}


def _focus(qtbot: Any) -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def _type(qtbot: Any, text: str) -> None:
    """Type into whatever has the focus (a table's editor opens on the first key)."""
    for ch in text:
        QTest.keyClicks(_focus(qtbot), ch)


def _go(window: Any, qtbot: Any, entry: str) -> None:
    """F6 to the navigation tree, then type the entry's name (the tree's keyboard search)."""
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert _focus(qtbot) is window.nav
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not the end of the last one
    QTest.keyClicks(window.nav, entry)
    QTest.keyClick(window.nav, Qt.Key.Key_Return)


def test_add_a_program_with_keys_only(window: Any, qtbot: Any) -> None:
    """Issue 10: with keys only, add a program with its budget, lead OPD and an indicator."""
    db = window.session.db
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _go(window, qtbot, "Program (")
    view = window.views["programs"]
    assert window.current[0] == "programs"
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tambah program
    qtbot.waitUntil(lambda: len(db.rows("program")) == 1)  # a mnemonic animates the click
    name = _focus(qtbot)
    assert name is view.detail.name
    QTest.keyClicks(name, "Pasar Daring")
    QTest.keyClick(name, Qt.Key.Key_Tab)  # commits the name, on to Dimensi
    program = db.rows("program")[0]
    assert program["name"] == "Pasar Daring"
    # the new program opens on the first dimension's details, on the first tab
    assert view.detail.tabs.currentIndex() == 0
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &OPD pelaksana
    assert _focus(qtbot) is view.detail.lead
    QTest.keyClick(view.detail.lead, Qt.Key.Key_Down)
    agency = db.get("program", program["id"])["lead_agency_id"]
    assert agency is not None
    # Ctrl+Tab twice: the budget tab; the focus goes into the grid, typing opens its first year
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.detail.tabs.currentIndex() == 2
    grid = view.detail.budget
    if _focus(qtbot) is not grid:
        QTest.keyClick(_focus(qtbot), Qt.Key.Key_Tab)
    assert _focus(qtbot) is grid
    _type(qtbot, "250 juta")
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
    qtbot.waitUntil(lambda: len(db.rows("program_budget", program_id=program["id"])) == 1)
    budget = db.rows("program_budget", program_id=program["id"])
    assert [b["amount"] for b in budget] == [250_000_000]
    # the table lets the focus go: Tab from the program table reaches the buttons below it
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    assert _focus(qtbot) is not view.table
    # an indicator for the program
    _go(window, qtbot, "Indikator")
    assert window.current[0] == "indicators"
    ind_view = window.views["indicators"]
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tambah indikator
    qtbot.waitUntil(lambda: len(db.rows("indicator")) == 1)
    assert _focus(qtbot) is ind_view.name
    QTest.keyClicks(ind_view.name, "Transaksi pasar daring")
    QTest.keyClick(ind_view.name, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Program
    assert _focus(qtbot) is ind_view.program
    i = ind_view.program.findText("Pasar Daring", Qt.MatchFlag.MatchContains)
    assert i > 0
    for _ in range(i - ind_view.program.currentIndex()):
        QTest.keyClick(ind_view.program, Qt.Key.Key_Down)
    rows = db.rows("indicator")
    assert [(r["name"], r["program_id"]) for r in rows] == [("Transaksi pasar daring", program["id"])]


def test_row_table_tab_moves_on_and_keeps_text_statistics(window: Any, qtbot: Any) -> None:
    """Issue 10: in Statistik kunci, Tab after typing a name reopened the name; a text value was not editable."""
    db = window.session.db
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.show_place("profile")
    view.tabs.setCurrentWidget(view.statistics)
    table = view.statistics
    table.add_button.setFocus()
    QTest.keyClick(table.add_button, Qt.Key.Key_Space)  # Tambah: the editor opens on the name
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = _focus(qtbot)
    editor.selectAll()
    _type(qtbot, "Ibu kota kabupaten")
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: db.rows("statistic")[-1]["name"] == "Ibu kota kabupaten")
    qtbot.waitUntil(lambda: table.view.currentIndex().column() == 2)  # on to "Nilai", not back to the name
    qtbot.waitUntil(
        lambda: isinstance(QApplication.focusWidget(), QLineEdit) and QApplication.focusWidget() is not editor
    )
    _focus(qtbot).selectAll()
    _type(qtbot, "Selong")
    QTest.keyClick(_focus(qtbot), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: db.rows("statistic")[-1]["value_text"] == "Selong")
    row = db.rows("statistic")[-1]
    assert (row["name"], row["value"], row["value_text"]) == ("Ibu kota kabupaten", None, "Selong")
    assert table.model.index(len(table.model.rows) - 1, 2).data() == "Selong"  # shown, and editable again
    assert table.model.setData(table.model.index(len(table.model.rows) - 1, 2), "1.234,5")
    row = db.rows("statistic")[-1]
    assert (row["value"], row["value_text"]) == (1234.5, None)


def test_tab_leaves_every_view(window: Any, qtbot: Any) -> None:
    """No view traps the focus: Tab from the first field of a view reaches the side panel (or the navigation)
    within a bounded number of presses; tables let the focus go (with 12 programs, a table that took Tab
    from cell to cell would hold it for 100 presses)."""
    db = window.session.db
    for i in range(12):
        window.session.add("Tambah program", programs.add, db.rows("dimension")[i % 6]["id"], f"Program {i}")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    trapped = []
    for key in VIEWS:
        view = _show(window, key)
        first = view.nextInFocusChain()  # the view's first field in the tab order
        while first is not view and not (
            view.isAncestorOf(first)
            and first.isVisible()
            and first.isEnabled()
            and first.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            first = first.nextInFocusChain()
        if first is view:
            continue
        first.setFocus(Qt.FocusReason.TabFocusReason)
        seen = []
        for _ in range(80):
            w = QApplication.focusWidget()
            if w is None or not view.isAncestorOf(w):
                break
            seen.append(type(w).__name__)
            QTest.keyClick(w, Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is not None and view.isAncestorOf(w):
            trapped.append(f"{key}: {seen[-3:]}")
    assert trapped == []
