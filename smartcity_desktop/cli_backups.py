# SPDX-License-Identifier: GPL-3.0-or-later
"""The commands ``backups`` (list, restore into a new file) and ``check --repair`` (called from cli.py)."""

from __future__ import annotations

from pathlib import Path

from smartcity_desktop.core.errors import PlanError
from smartcity_desktop.messages import language, t


def when(created: object, lang: str | None = None) -> str:
    from datetime import datetime

    from smartcity_desktop.services.backups import format_time

    assert isinstance(created, datetime)
    return format_time(created, lang or language())


def size_text(size: int, lang: str | None = None) -> str:
    from smartcity_desktop.core.formats import format_number

    lang = lang or language()
    if size < 1024 * 1024:
        return f"{format_number(max(1, round(size / 1024)), 0, lang)} KB"
    return f"{format_number(size / 1024 / 1024, 1, lang)} MB"


def line(n: int, b: object) -> str:
    from smartcity_desktop.services.backups import Backup

    assert isinstance(b, Backup)
    what = t("backup.damaged", b.problem) if b.problem else t("backup.counts", b.programs, b.chapters)
    return f"{n:>3}. {when(b.created)}  {t('backup.reason.' + b.reason)}  {what}  {size_text(b.size)}"


def backups(file: str | None, number: int | None, output: str | None) -> int:
    """List the backups of FILE (or of every plan); with ``number`` and ``output``, restore one."""
    from smartcity_desktop.core.validate import UUID_RE
    from smartcity_desktop.services import backups as svc

    if file is None:
        plans = svc.all_plans()
        for p in plans:
            print(f"{p.region_name or '?'}  ({p.plan_id})" + (f"  {p.source}" if p.source else ""))
            for i, b in enumerate(p.backups, 1):
                print("   " + line(i, b))
        return 0
    items = svc.list_backups(file)
    name = file if UUID_RE.match(file) else Path(file).name
    if number is None:
        if not items:
            print(t("backup.none", name))
            return 0
        print(t("backup.list_head", items[0].region_name or "?", name))
        for i, b in enumerate(items, 1):
            print(line(i, b))
        return 0
    if not output:
        raise PlanError("cli.restore_output")
    if not items:
        raise PlanError("backup.none", name)
    if not 1 <= number <= len(items):
        raise PlanError("backup.bad_number", number, len(items))
    current = None if UUID_RE.match(file) else file
    svc.restore(items[number - 1].path, output, current=current)
    print(t("backup.restored", output))
    return 0


def repairable(path: str, known: list[str]) -> tuple[bool, list[str]]:
    """Whether ``check --repair`` would fix anything, and the lines of it ``check`` has not listed yet."""
    from smartcity_desktop.services.repair import find_in_file

    lines = [f.text() for f in find_in_file(path)]
    return bool(lines), [x for x in dict.fromkeys(lines) if x not in known]


def repair(file: str) -> int:
    """check --repair: fix what can be fixed (a backup first), each fix on its own line."""
    from smartcity_desktop.core.errors import FileRefused
    from smartcity_desktop.services.repair import repair_file

    try:
        fixed = repair_file(file)
    except FileRefused as e:
        import sys

        sys.stderr.write(e.message().replace("\n", " ") + "\n")
        return 2
    if not fixed:
        print(t("repair.nothing", file))
        return 0
    print(t("repair.done", len(fixed), file))
    for f in fixed:
        print("  - " + f.text())
    return 0
