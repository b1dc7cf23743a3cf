# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated labels of the enumerated values of core/model.py (stored codes -> words people read)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smartcity_desktop.core import model

CONTEXT = "labels"

# kind -> code -> Indonesian source text (QT_TRANSLATE_NOOP marks them for lupdate; typed Any by PySide).
LABELS: dict[str, dict[str, Any]] = {
    "horizon": {
        "quickwin": QT_TRANSLATE_NOOP("labels", "Quick Win"),
        "short": QT_TRANSLATE_NOOP("labels", "Jangka pendek"),
        "medium": QT_TRANSLATE_NOOP("labels", "Jangka menengah"),
        "long": QT_TRANSLATE_NOOP("labels", "Jangka panjang"),
    },
    "priority": {
        "high": QT_TRANSLATE_NOOP("labels", "Tinggi"),
        "medium": QT_TRANSLATE_NOOP("labels", "Sedang"),
        "low": QT_TRANSLATE_NOOP("labels", "Rendah"),
    },
    "program_status": {
        "proposed": QT_TRANSLATE_NOOP("labels", "Usulan"),
        "planned": QT_TRANSLATE_NOOP("labels", "Direncanakan"),
        "ongoing": QT_TRANSLATE_NOOP("labels", "Berjalan"),
        "done": QT_TRANSLATE_NOOP("labels", "Selesai"),
        "dropped": QT_TRANSLATE_NOOP("labels", "Dibatalkan"),
    },
    "quick_win_status": {
        "candidate": QT_TRANSLATE_NOOP("labels", "Kandidat"),
        "chosen": QT_TRANSLATE_NOOP("labels", "Terpilih"),
        "running": QT_TRANSLATE_NOOP("labels", "Berjalan"),
        "done": QT_TRANSLATE_NOOP("labels", "Selesai"),
        "dropped": QT_TRANSLATE_NOOP("labels", "Dibatalkan"),
    },
    "chapter_status": {
        "draft": QT_TRANSLATE_NOOP("labels", "Draf"),
        "review": QT_TRANSLATE_NOOP("labels", "Ditinjau"),
        "final": QT_TRANSLATE_NOOP("labels", "Final"),
    },
    "regulation_status": {
        "draft": QT_TRANSLATE_NOOP("labels", "Rancangan"),
        "in_process": QT_TRANSLATE_NOOP("labels", "Dalam proses"),
        "enacted": QT_TRANSLATE_NOOP("labels", "Ditetapkan"),
        "revoked": QT_TRANSLATE_NOOP("labels", "Dicabut"),
    },
    "body": {
        "dewan": QT_TRANSLATE_NOOP("labels", "Dewan Smart City"),
        "tim_pelaksana": QT_TRANSLATE_NOOP("labels", "Tim Pelaksana Smart City"),
    },
    "feedback_status": {
        "open": QT_TRANSLATE_NOOP("labels", "Terbuka"),
        "in_progress": QT_TRANSLATE_NOOP("labels", "Sedang ditangani"),
        "done": QT_TRANSLATE_NOOP("labels", "Selesai"),
        "declined": QT_TRANSLATE_NOOP("labels", "Ditolak"),
    },
    "action_status": {
        "open": QT_TRANSLATE_NOOP("labels", "Terbuka"),
        "in_progress": QT_TRANSLATE_NOOP("labels", "Sedang dikerjakan"),
        "done": QT_TRANSLATE_NOOP("labels", "Selesai"),
    },
    "plan_status": {
        "draft": QT_TRANSLATE_NOOP("labels", "Draf"),
        "final": QT_TRANSLATE_NOOP("labels", "Final"),
    },
    "region_type": {
        "kabupaten": QT_TRANSLATE_NOOP("labels", "Kabupaten"),
        "kota": QT_TRANSLATE_NOOP("labels", "Kota"),
    },
    "framework": {
        "giffinger": QT_TRANSLATE_NOOP("labels", "Giffinger (6 dimensi)"),
        "kominfo": QT_TRANSLATE_NOOP("labels", "Kominfo (Gerakan Menuju 100 Smart City)"),
        "custom": QT_TRANSLATE_NOOP("labels", "Kerangka sendiri"),
    },
    "language": {
        "id": QT_TRANSLATE_NOOP("labels", "Bahasa Indonesia"),
        "en": QT_TRANSLATE_NOOP("labels", "English"),
    },
    "snapshot_kind": {
        "stage": QT_TRANSLATE_NOOP("labels", "Tahap lokakarya"),
        "baseline": QT_TRANSLATE_NOOP("labels", "Dasar penggabungan"),
        "backup": QT_TRANSLATE_NOOP("labels", "Cadangan"),
    },
    "readiness_code": {
        "struktur": QT_TRANSLATE_NOOP("labels", "Struktur"),
        "infrastruktur": QT_TRANSLATE_NOOP("labels", "Infrastruktur"),
        "suprastruktur": QT_TRANSLATE_NOOP("labels", "Suprastruktur"),
    },
}

# kind -> the model's choices tuple (the order offered in combo boxes).
CHOICES: dict[str, tuple[str, ...]] = {
    "horizon": model.HORIZONS,
    "priority": model.PRIORITIES,
    "program_status": model.PROGRAM_STATUSES,
    "quick_win_status": model.QUICK_WIN_STATUSES,
    "chapter_status": model.CHAPTER_STATUSES,
    "regulation_status": model.REGULATION_STATUSES,
    "body": model.BODIES,
    "feedback_status": model.FEEDBACK_STATUSES,
    "action_status": model.ACTION_STATUSES,
    "plan_status": model.PLAN_STATUSES,
    "region_type": model.REGION_TYPES,
    "framework": model.FRAMEWORKS,
    "language": model.LANGUAGES,
    "snapshot_kind": model.SNAPSHOT_KINDS,
    "readiness_code": model.READINESS_CODES,
}

# (table, column) -> kind, for generic editors.
COLUMN_KINDS: dict[tuple[str, str], str] = {
    ("program", "horizon"): "horizon",
    ("program", "priority"): "priority",
    ("program", "status"): "program_status",
    ("quick_win", "status"): "quick_win_status",
    ("chapter", "status"): "chapter_status",
    ("regulation", "status"): "regulation_status",
    ("institution_member", "body"): "body",
    ("feedback", "status"): "feedback_status",
    ("action_item", "status"): "action_status",
    ("plan", "status"): "plan_status",
    ("plan", "region_type"): "region_type",
    ("plan", "framework"): "framework",
    ("plan", "language"): "language",
    ("snapshot", "kind"): "snapshot_kind",
}


def label(kind: str, code: str | None) -> str:
    """The translated label of ``code`` of enumeration ``kind`` ('' for None, the code itself when unknown)."""
    if code is None or code == "":
        return ""
    source = LABELS.get(kind, {}).get(code)
    if source is None:
        return str(code)
    return QCoreApplication.translate(CONTEXT, str(source))


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the model's order, e.g. to fill a combo box."""
    return [(code, label(kind, code)) for code in CHOICES[kind]]


def column_label(table: str, column: str, code: str | None) -> str:
    """The label of a stored value of an enumerated column (the value itself when not enumerated)."""
    kind = COLUMN_KINDS.get((table, column))
    return label(kind, code) if kind else ("" if code is None else str(code))
