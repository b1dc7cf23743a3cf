# SPDX-License-Identifier: GPL-3.0-or-later
"""Rotating backups of each plan in the user's data folder, keyed by the plan's id.

A backup is a complete plan file (``<data>/backups/<plan id>/<UTC time>-<reason>.smartcity``), written
atomically (temp file in the same folder, fsync, rename), so a backup is either whole or absent. They are
taken before every migration, merge, restore and repair, and while editing at most every
``EDIT_INTERVAL`` seconds (the snapshot writer backs up the document file it is about to replace, so
the newest backup is the plan as it was before the latest minutes of edits). After each backup the
plan's folder is thinned to the recent / daily / weekly sets of ``kept``.

Backups are vetted when listed and again when restored; a restore always writes a new file.
A backup that cannot be written never stops the snapshot or editing: the failure is logged and
reported once per open plan.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import threading
import time
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from smartcity_desktop.core.errors import FileRefused, PlanError, WriteFailed
from smartcity_desktop.core.validate import UUID_RE
from smartcity_desktop.services.files import atomic_path
from smartcity_desktop.services.paths import data_dir
from smartcity_desktop.storage.database_files import copy_into_working, vacuum_into
from smartcity_desktop.storage.db import PlanDB
from smartcity_desktop.storage.vet import open_readonly, read_header, vet

if TYPE_CHECKING:
    from smartcity_desktop.services.document import PlanDocument

log = logging.getLogger(__name__)

EXTENSION = ".smartcity"
EDIT_INTERVAL = 300.0  # seconds: at most one backup per open plan this often while edits happen
KEEP_RECENT = 10  # the newest backups, whatever their age
KEEP_DAYS = 7  # the newest backup of each of the last days
KEEP_WEEKS = 8  # the newest backup of each of the last weeks
STALE_TEMP = 600.0  # seconds after which a temp file in a backup folder is a leftover of a killed write

# Why a backup was taken (the code is part of its file name; the faces translate it).
REASONS = ("edit", "migration", "merge", "restore", "repair", "manual")
_NAME_RE = re.compile(r"^(\d{8}T\d{6}\d{6}Z)-([a-z]+)(?:-(\d+))?\.smartcity$")
_TIME_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    """One backup file and what a person needs to choose it."""

    path: Path
    plan_id: str
    created: datetime  # UTC
    reason: str
    size: int
    region_name: str = ""
    programs: int | None = None  # None: the file could not be read (damaged)
    chapters: int | None = None
    problem: str = ""  # why the file cannot be restored ("" when it can)

    @property
    def usable(self) -> bool:
        return not self.problem


# -- where --------------------------------------------------------------------------
def backups_root() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def plan_folder(plan_id: str) -> Path:
    """The folder of one plan's backups (a plan id that is not a UUID is never used as a path)."""
    if not isinstance(plan_id, str) or not UUID_RE.match(plan_id):
        raise FileRefused("backup.no_plan_id", str(plan_id)[:40])
    return backups_root() / plan_id


def plan_id_of(path: Path) -> str:
    """The id of the plan row of a plan file (read without changing the file)."""
    conn = open_readonly(path)
    try:
        return str(PlanDB(conn).plan().get("id") or "")
    finally:
        conn.close()


# -- taking -------------------------------------------------------------------------
def take_backup(source: PlanDocument | str | Path, reason: str = "manual") -> Backup:
    """Back up an open plan (its working copy, edits included) or a plan file; returns the new backup.

    Raises WriteFailed when the backup cannot be written; the plan is never touched.
    """
    from smartcity_desktop.services.document import PlanDocument

    if isinstance(source, PlanDocument):
        plan_id = str(source.db.plan().get("id") or "")
        backup = _write(source.working, plan_id, reason, from_working=True, document=source.path)
        _state(source).last = time.monotonic()
        return backup
    path = Path(source)
    vet(path)
    return _write(path, plan_id_of(path), reason, from_working=False)


def _write(source: Path, plan_id: str, reason: str, *, from_working: bool, document: Path | None = None) -> Backup:
    if reason not in REASONS:
        raise ValueError(reason)
    folder = plan_folder(plan_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise WriteFailed("backup.failed", str(folder), e.strerror or str(e)) from None
    _remove_stale_temps(folder)
    target = _new_name(folder, reason)
    try:
        with atomic_path(target, overwrite=False) as tmp:
            if from_working:  # the working copy (WAL, open elsewhere): one compact copy of it
                tmp.unlink()
                vacuum_into(source, tmp)
            else:  # a vetted plan file: copied page by page from an immutable read-only connection
                copy_into_working(source, tmp)
    except FileRefused as e:  # the copy failed while writing (the source was vetted or is ours)
        raise WriteFailed("backup.failed", str(folder), e.message()) from None
    except WriteFailed as e:
        raise WriteFailed("backup.failed", str(folder), e.message()) from None
    except OSError as e:
        raise WriteFailed("backup.failed", str(folder), e.strerror or str(e)) from None
    log.info("backup %s of %s (%s)", target.name, source, reason)
    _note_source(folder, document or source)
    try:
        thin(folder)
    except OSError as e:  # thinning is housekeeping: a failure only leaves more backups
        log.warning("cannot thin backups in %s: %s", folder, e)
    return describe(target)


def _note_source(folder: Path, document: Path) -> None:
    """Remember where the plan file is (shown with its backups; backed up before a restore from the list)."""
    try:
        tmp = folder / ".source.json.tmp"
        tmp.write_text(json.dumps({"path": str(document.absolute())}), encoding="utf-8")
        os.replace(tmp, folder / "source.json")
    except OSError as e:
        log.warning("cannot note the plan file of %s: %s", folder, e)


def last_source(folder: Path) -> str:
    try:
        value = json.loads((folder / "source.json").read_text(encoding="utf-8")).get("path")
    except (OSError, ValueError, AttributeError):
        return ""
    return value if isinstance(value, str) else ""


def _new_name(folder: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime(_TIME_FORMAT)
    target = folder / f"{stamp}-{reason}{EXTENSION}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stamp}-{reason}-{n}{EXTENSION}"
    return target


def _remove_stale_temps(folder: Path) -> None:
    """Temp files of backups killed while being written (only our own names, only old ones)."""
    now = time.time()
    for tmp in folder.glob(".*" + EXTENSION + ".*.tmp*"):
        try:
            if now - tmp.stat().st_mtime > STALE_TEMP:
                tmp.unlink()
        except OSError:
            pass


# -- while editing (hooks called by services/document.py) ---------------------------
class _DocState:
    def __init__(self) -> None:
        self.last: float | None = None  # monotonic time of this session's latest backup
        self.failure: PlanError | None = None  # not yet reported
        self.reported = False


_states: weakref.WeakKeyDictionary[PlanDocument, _DocState] = weakref.WeakKeyDictionary()
_states_lock = threading.Lock()


def _state(doc: PlanDocument) -> _DocState:
    with _states_lock:
        state = _states.get(doc)
        if state is None:
            state = _states[doc] = _DocState()
        return state


def before_migration(doc_path: Path, working: Path) -> None:
    """Called on open before the working copy is migrated: back up the plan as its old version wrote it."""
    try:
        if read_header(working).user_version >= _schema_version():
            return
        plan_id = plan_id_of(doc_path)
        _write(doc_path, plan_id, "migration", from_working=False)
    except PlanError as e:  # a backup never stops the plan from opening
        log.warning("no backup before migrating %s: %s", doc_path, e.message("en"))
    except (OSError, ValueError) as e:
        log.warning("no backup before migrating %s: %s", doc_path, e)


def _schema_version() -> int:
    from smartcity_desktop.storage.migrations import SCHEMA_VERSION

    return SCHEMA_VERSION


def before_snapshot(doc: PlanDocument) -> None:
    """Called by the snapshot writer before it replaces the document file.

    The first time in a session, and then at most every EDIT_INTERVAL seconds, the document file as it is
    (the plan before the latest edits) is backed up. Never raises: a failure is kept for ``report``.
    """
    state = _state(doc)
    now = time.monotonic()
    if state.last is not None and now - state.last < EDIT_INTERVAL:
        return
    state.last = now  # also after a failure: the next attempt comes after the interval, not at every snapshot
    try:
        if not doc.path.is_file():
            return
        vet(doc.path)
        _write(doc.path, plan_id_of(doc.path), "edit", from_working=False)
    except PlanError as e:
        log.warning("backup of %s failed: %s", doc.path, e.message("en"))
        if not state.reported and isinstance(e, WriteFailed):
            state.failure = e
    except Exception as e:  # a backup must never stop a snapshot
        log.exception("backup of %s failed", doc.path)
        if not state.reported:
            state.failure = WriteFailed("backup.failed", str(backups_root()), type(e).__name__)


def report(doc: PlanDocument) -> None:
    """Called after the snapshot: tell the user once per open plan that backups cannot be written."""
    state = _state(doc)
    failure, state.failure = state.failure, None
    if failure is None or state.reported:
        return
    state.reported = True
    if doc.on_error:
        doc.on_error(doc, failure)


def noted_before(doc: PlanDocument) -> None:
    """A backup of this session's starting point exists already (e.g. the migration backup)."""
    _state(doc).last = time.monotonic()


# -- listing -------------------------------------------------------------------------
def describe(path: Path, plan_id: str | None = None) -> Backup:
    """What a backup file holds (counts read from it); a file that cannot be read says why."""
    m = _NAME_RE.match(path.name)
    created = datetime.strptime(m.group(1), _TIME_FORMAT).replace(tzinfo=UTC) if m else _mtime(path)
    reason = m.group(2) if m and m.group(2) in REASONS else "manual"
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    pid = plan_id or path.parent.name
    try:
        read_header(path)  # listing stays quick for large plans; the whole file is vetted on restore
        conn = open_readonly(path)
        try:
            db = PlanDB(conn)
            plan = db.plan()
            return Backup(
                path,
                pid,
                created,
                reason,
                size,
                str(plan.get("region_name") or ""),
                db.count("program"),
                db.count("chapter"),
            )
        finally:
            conn.close()
    except PlanError as e:
        return Backup(path, pid, created, reason, size, problem=e.message())
    except Exception as e:  # noqa: BLE001 - a damaged backup is listed as damaged, never fails the list
        return Backup(path, pid, created, reason, size, problem=type(e).__name__)


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return datetime.fromtimestamp(0, UTC)


def backup_files(folder: Path) -> list[Path]:
    """Backup files of one plan folder, newest first (temp files are not backups)."""
    try:
        files = [p for p in folder.iterdir() if _NAME_RE.match(p.name) and p.is_file()]
    except OSError:
        return []
    return sorted(files, key=lambda p: p.name, reverse=True)


def list_backups(plan: str | Path | PlanDocument) -> list[Backup]:
    """The backups of a plan (given by its file, its open document or its id), newest first."""
    from smartcity_desktop.services.document import PlanDocument

    if isinstance(plan, PlanDocument):
        plan_id = str(plan.db.plan().get("id") or "")
    elif isinstance(plan, str) and UUID_RE.match(plan):
        plan_id = plan
    else:
        vet(Path(plan))
        plan_id = plan_id_of(Path(plan))
    return [describe(p, plan_id) for p in backup_files(plan_folder(plan_id))]


@dataclass(frozen=True)
class PlanBackups:
    """The backups of one plan, for the start screen (where the plan need not be open)."""

    plan_id: str
    region_name: str
    backups: list[Backup]
    source: str = ""  # where the plan file was when it was last backed up ("" when unknown)

    def current_file(self) -> Path | None:
        """The plan file at ``source`` when it is still there and still this plan (to back up before a restore)."""
        path = Path(self.source) if self.source else None
        try:
            if path is not None and path.is_file() and plan_id_of(path) == self.plan_id:
                return path
        except Exception:  # noqa: BLE001 - a file that cannot be read is simply not offered
            pass
        return None


def all_plans() -> list[PlanBackups]:
    """Every plan that has backups, by region name."""
    out = []
    root = backups_root()
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or not UUID_RE.match(folder.name):
            continue
        items = [describe(p, folder.name) for p in backup_files(folder)]
        if items:
            name = next((b.region_name for b in items if b.region_name), "")
            out.append(PlanBackups(folder.name, name, items, last_source(folder)))
    return sorted(out, key=lambda p: (p.region_name.casefold(), p.plan_id))


# -- thinning ------------------------------------------------------------------------
def kept(times: Sequence[datetime], now: datetime | None = None) -> set[int]:
    """Indexes of ``times`` (UTC) to keep: the KEEP_RECENT newest, the newest of each of the last
    KEEP_DAYS days and the newest of each of the last KEEP_WEEKS ISO weeks (days in UTC)."""
    now = now or datetime.now(UTC)
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep = set(order[:KEEP_RECENT])
    today = now.date()
    days = {today - timedelta(days=n) for n in range(KEEP_DAYS)}
    monday = today - timedelta(days=today.weekday())
    weeks = {monday - timedelta(weeks=n) for n in range(KEEP_WEEKS)}
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    for i in order:  # newest first: the first of each day / week is its newest
        d = times[i].date()
        if d in days and d not in seen_days:
            seen_days.add(d)
            keep.add(i)
        w = d - timedelta(days=d.weekday())
        if w in weeks and w not in seen_weeks:
            seen_weeks.add(w)
            keep.add(i)
    return keep


def thin(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups of ``folder`` that ``kept`` does not keep; returns the deleted files."""
    files = backup_files(folder)
    times = [describe_time(p) for p in files]
    keep = kept(times, now)
    removed = []
    for i, p in enumerate(files):
        if i not in keep:
            try:
                p.unlink()
                removed.append(p)
            except FileNotFoundError:
                pass
    return removed


def describe_time(path: Path) -> datetime:
    m = _NAME_RE.match(path.name)
    return datetime.strptime(m.group(1), _TIME_FORMAT).replace(tzinfo=UTC) if m else _mtime(path)


# -- restoring -----------------------------------------------------------------------
def restore(backup: str | Path, target: str | Path, *, current: PlanDocument | str | Path | None = None) -> Path:
    """Write the plan of ``backup`` as a new plan file ``target`` (never over an existing file).

    The backup is vetted first and the written file again before it gets its name. ``current`` (the plan as it
    is now, open or a file) is backed up first, so a restore can itself be undone.
    """
    backup, target = Path(backup), Path(target)
    if target.exists() or target.is_symlink():
        raise PlanError("file.exists", str(target))
    if target.suffix.lower() != EXTENSION:
        raise PlanError("backup.target_extension", str(target))
    vet(backup)
    if current is not None:
        take_backup(current, "restore")

    with atomic_path(target, overwrite=False) as tmp:
        try:
            copy_into_working(backup, tmp)
        except FileRefused as e:  # the backup was vetted: it is the writing that failed (a full disk...)
            raise OSError(errno.ENOSPC if "full" in e.message("en").lower() else errno.EIO, e.message()) from None
        vet(tmp)
    log.info("restored %s into %s", backup, target)
    return target


def format_time(created: datetime, lang: str = "id") -> str:
    """A backup's time in local time: '1 Desember 2026 07.19' (Indonesian) or '1 December 2026 07:19'."""
    from smartcity_desktop.core.formats import format_timestamp

    local = created.astimezone()
    return format_timestamp(local.strftime("%Y-%m-%dT%H:%M:%S"), lang)


def newest(items: Iterable[Backup]) -> Backup | None:
    return next(iter(sorted(items, key=lambda b: b.created, reverse=True)), None)
