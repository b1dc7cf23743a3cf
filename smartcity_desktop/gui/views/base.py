# SPDX-License-Identifier: GPL-3.0-or-later
"""What every editor view shares: the session, a target row, and refresh on change."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from smartcity_desktop.gui.session import PlanSession


class View(QWidget):
    """An editor in the centre of the main window.

    ``tables``: the tables whose change makes this view refresh.
    ``navigate``: ask the main window to show another place (nav key, optional row id).
    """

    tables: frozenset[str] = frozenset()
    navigate = Signal(str, object)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Note the target each refresh() read, so showing the view for it again does not read twice."""
        super().__init_subclass__(**kwargs)
        if "refresh" in cls.__dict__:
            setattr(cls, "refresh", _noting_target(cls.__dict__["refresh"]))  # noqa: B010

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.target: str | None = None
        self._stale = False
        self._shown = False  # set_target ran once (later calls with the same target need no re-read)
        session.changed.connect(self._on_changed)

    def set_target(self, target: str | None) -> None:
        """Show the row/part ``target`` (e.g. a dimension id); None for the whole list.

        Showing the same target again does not re-read it: edits reach the view through ``tables``.
        """
        if target == self.target and (self._shown or self.__dict__.get("_read_for", _UNREAD) == target):
            self._shown = True
            return
        self.target = target
        self.refresh()
        self._shown = True

    def refresh(self) -> None:
        """Re-read what the view shows from ``self.session.db``."""
        raise NotImplementedError

    def guidance_key(self) -> str:
        """Key into resources/templates/guidance.json for the side panel."""
        return ""

    def feedback_target(self) -> tuple[str, str] | None:
        """(table, id) whose feedback items the side panel lists, if any."""
        return None

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self.tables:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]


_UNREAD = object()


def _noting_target(refresh: Callable[[View], None]) -> Callable[[View], None]:
    @functools.wraps(refresh)
    def wrapper(self: View) -> None:
        refresh(self)
        self.__dict__["_read_for"] = self.target

    return wrapper
