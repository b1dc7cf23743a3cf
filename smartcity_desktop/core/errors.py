# SPDX-License-Identifier: GPL-3.0-or-later
"""Typed errors the faces (CLI, GUI) turn into translated one-line messages."""

from __future__ import annotations

from typing import Any


class PlanError(Exception):
    """A failure the user must be told about; ``key`` names its message in the catalogue."""

    key = "error.generic"

    def __init__(self, key: str | None = None, *args: Any, details: list[str] | None = None, **kwargs: Any) -> None:
        self.key = key or self.key
        self.args_ = args
        self.kwargs = kwargs
        self.details = details or []
        super().__init__(self.key, *args)

    def message(self, lang: str | None = None) -> str:
        from smartcity_desktop.messages import t

        return t(self.key, *self.args_, lang=lang, **self.kwargs)

    def __str__(self) -> str:
        return self.message()


class FileRefused(PlanError):
    """A file that is not a usable plan: not SQLite, damaged, foreign, newer, tampered."""


class ImportRefused(PlanError):
    """A JSON document that cannot become a plan."""


class PlanLocked(PlanError):
    """Another program (perhaps on another computer) is editing this plan."""


class InvalidEdit(PlanError):
    """An edit that breaks the data model (wrong type, missing value, unknown row)."""


class WriteFailed(PlanError):
    """The disk refused a write (full, vanished, read-only); nothing was lost."""


class NotAvailable(PlanError):
    """A feature that this version does not have yet."""


class UsageError(PlanError):
    """A command line that cannot be run as typed (unknown command, missing or unsupported option)."""

    exit_code = 2
