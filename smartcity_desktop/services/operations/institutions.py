# SPDX-License-Identifier: GPL-3.0-or-later
"""Institutions: members of the council and the implementing team, and regulations (lists)."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.services.operations import lists
from smartcity_desktop.services.operations._base import Added
from smartcity_desktop.services.session import EditSession

LISTS = lists.INSTITUTIONS


def add_member(session: EditSession, body: str, name: str, **fields: Any) -> Added:
    """A new member of ``body`` (dewan / tim_pelaksana), last in its list."""
    return lists.add(session, "institution_member", {**fields, "body": body, "name": name})


def add_regulation(
    session: EditSession, title: str, kind: str = "Perbup", status: str = "draft", **fields: Any
) -> Added:
    """A regulation (Perbup, SK ...) being drafted, last in its list."""
    return lists.add(session, "regulation", {**fields, "kind": kind, "status": status, "title": title})
