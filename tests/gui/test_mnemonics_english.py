# SPDX-License-Identifier: GPL-3.0-or-later
"""English mode: no two items of one menu, and no two controls of one dialog, share an &-mnemonic (issue 10)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from tests.gui.test_keyboard import _mnemonic


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if (k := _mnemonic(text)) is not None:
            found[k].append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


def menu_clashes(menu: QMenu, path: str = "") -> dict[str, dict[str, list[str]]]:
    """Every menu and submenu: letter -> the items sharing it."""
    out = {}
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    if found := _clashes([a.text() for a in actions]):
        out[path + menu.title()] = found
    for a in actions:
        if a.menu() is not None:
            out.update(menu_clashes(a.menu(), f"{path}{menu.title()} > "))
    return out


def dialog_texts(dialog: QWidget) -> list[str]:
    """What answers an Alt+letter in a dialog as it opens: buttons, labels with a buddy, tabs of the shown page."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [lb.text() for lb in dialog.findChildren(QLabel) if lb.isVisibleTo(dialog) and lb.buddy() is not None]
    for tabs in dialog.findChildren(QTabWidget):
        if tabs.isVisibleTo(dialog):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def test_english_menus_and_dialogs_have_unique_mnemonics(controller: Any, demo_file: Path, qtbot: Any) -> None:
    controller.set_language("en", rebuild=False)
    assert controller.open_path(str(demo_file))
    window = controller.window
    qtbot.waitExposed(window)
    bar = window.menuBar()
    assert bar.actions()[0].text() == "&File"  # English indeed
    clashes: dict[str, Any] = {}
    if found := _clashes([a.text() for a in bar.actions()]):
        clashes["menu bar"] = found
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    for menu in menus:
        clashes.update(menu_clashes(menu))
    # every dialog a menu item opens ("..."): recorded as it shows, then closed
    seen: list[str] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and not isinstance(dialog, QFileDialog):
            seen.append(dialog.windowTitle())
            if found := _clashes(dialog_texts(dialog)):
                clashes[f"dialog {dialog.windowTitle()}"] = found
        if dialog is not None:
            dialog.close()
            if isinstance(dialog, QDialog):
                dialog.reject()

    def all_actions(menu: QMenu) -> list[QAction]:
        out = []
        for a in menu.actions():
            if a.menu() is not None:
                out += all_actions(a.menu())
            elif a.text().rstrip().endswith("...") and a.isEnabled():
                out.append(a)
        return out

    for menu in menus:
        for action in all_actions(menu):
            if controller.window is not window or not window.isVisible():
                break
            timer = QTimer()
            timer.setInterval(50)
            timer.timeout.connect(inspect)
            timer.start()
            action.trigger()
            qtbot.wait(10)
            timer.stop()
    assert clashes == {}
    assert len(seen) >= 3, seen  # the dialogs were reached
