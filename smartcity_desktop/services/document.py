# SPDX-License-Identifier: GPL-3.0-or-later
"""The open plan: edits go to a working copy; the document file is refreshed by atomic snapshots."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import FileRefused, PlanError, WriteFailed
from smartcity_desktop.messages import os_error_text
from smartcity_desktop.services import backups, vetted
from smartcity_desktop.services.debounce import Debouncer
from smartcity_desktop.services.files import atomic_path, clean_temps, remove_files, same_file, write_error
from smartcity_desktop.services.lock import DocumentLock, clean_lock_temps, lock_path, pid_alive
from smartcity_desktop.services.paths import host_name, who, working_dir
from smartcity_desktop.storage.database_files import (
    WorkingCopyGone,
    adopt_into_working,
    read_all,
    read_all_bytes,
    reader,
    stamp_written,
    vacuum_into,
)
from smartcity_desktop.storage.db import ChangeSet, PlanDB, connect, is_disk_full, now_iso
from smartcity_desktop.storage.vet import open_regular, read_header, vet

log = logging.getLogger(__name__)

SNAPSHOT_DELAY = 2.0  # seconds after the last edit


@dataclass
class WorkingCopyInfo:
    """The record kept beside a working copy: whose document it is and whether it is ahead."""

    document: str
    working: str
    host: str
    pid: int
    opened_at: str
    dirty: bool
    last_edit: str | None = None
    read_only: bool = False  # the document could not be written (read-only folder or media)

    @property
    def meta_path(self) -> Path:
        return Path(self.working).with_suffix(".json")

    def save(self) -> None:
        tmp = self.meta_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.__dict__), encoding="utf-8")
        os.replace(tmp, self.meta_path)

    @classmethod
    def load(cls, meta: Path) -> WorkingCopyInfo | None:
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            return cls(**known)
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    @property
    def writable(self) -> bool:
        """Whether the document can be written now (recovering into it can end; else save a copy elsewhere)."""
        folder = Path(self.document).parent
        return not self.read_only and os.access(folder, os.W_OK)

    @property
    def orphaned(self) -> bool:
        """Its program has ended (crashed) without writing the document."""
        return not (self.host == host_name() and pid_alive(self.pid))


class RecoveryAvailable(PlanError):
    """A crashed session left a working copy newer than the document."""

    def __init__(self, info: WorkingCopyInfo) -> None:
        super().__init__("recovery.available", info.document)
        self.info = info


def working_paths(document: Path) -> Path:
    digest = hashlib.sha1(str(document.resolve()).encode("utf-8")).hexdigest()[:16]
    return working_dir() / f"{digest}.sqlite"


def find_recoverable() -> list[WorkingCopyInfo]:
    """Working copies left by crashed sessions that hold edits the document lacks."""
    found = []
    for meta in sorted(working_dir().glob("*.json")):
        info = WorkingCopyInfo.load(meta)
        if info and info.dirty and info.orphaned and Path(info.working).exists():
            found.append(info)
    return found


def save_recovered(info: WorkingCopyInfo, target: str | Path) -> None:
    """Write the edits a crashed session left as a complete plan at ``target``, then forget them.

    For a document that cannot be written (read-only folder or media): recovering into it would end
    read-only again and be offered at every start.
    """
    target = Path(target)
    if same_file(target, info.document):
        raise PlanError("file.same", str(target))
    _write_copy(Path(info.working), target)
    discard_working_copy(info)


def clean_plan_temps(document: str | Path) -> int:
    """Remove what killed writes of ``document`` left beside it, unless a live program has it open."""
    document = Path(document)
    lock = lock_path(document)
    clean_lock_temps(document)
    try:
        from smartcity_desktop.services.lock import LockInfo

        raw = lock.read_bytes()
        info = LockInfo.parse(raw)
        if info is None or not info.stale:
            return clean_temps(document)  # open elsewhere: only names of ended processes here
    except FileNotFoundError:
        pass
    except OSError:
        return 0
    return clean_temps(document, unowned=True)


def clean_data_folder() -> int:
    """Remove the temp files of working-copy records and the copies being admitted that a kill left in the data
    folder."""
    folder = working_dir()
    removed = remove_files(t for t in folder.glob("*.json.tmp") if len(t.name) == len("0123456789abcdef.json.tmp"))
    return removed + remove_files(c for c in folder.glob("*.incoming") if not _admitting(c))


def _admitting(copy: Path) -> bool:
    """Whether a live program of this computer is still writing or vetting this copy (its pid is in the name)."""
    try:
        pid = int(copy.name.split(".")[1].split("-")[0])
    except (IndexError, ValueError):
        return False
    return pid_alive(pid)


def _data_error(folder: Path, e: OSError) -> WriteFailed:
    """A write to the data folder failed: full, or another reason."""
    if e.errno == errno.ENOSPC:
        return WriteFailed("write.data_full", str(folder))
    return WriteFailed("write.data_failed", str(folder), e.strerror or str(e))


def admit(path: Path, working: Path, *, content: bool = True) -> Path:
    """A vetted private copy of the document ``path`` beside its working copy; the caller adopts or removes it.

    The bytes are read once, hashed while they are copied: the copy is exactly what was hashed and is what gets
    vetted and used (a file swapped while it is read cannot slip in). Bytes that passed the full vet before
    (services/vetted.py) are not vetted again (issue 10: a large plan opens ~0.4 s sooner); any other copy is
    vetted in full under the document's name, so a damaged file is refused with the same message as ever, and
    the copy is removed. Nothing is ever written to ``path``.
    """
    name = str(path)
    read_header(path)  # what the header alone refuses (empty, foreign, newer, too large...), before any copy
    copy = working.with_name(f"{working.stem}.{os.getpid()}-{threading.get_ident()}.incoming")
    h = hashlib.sha256()
    try:
        with open_regular(path) as src:
            try:
                dst = open(copy, "wb")  # closed below; open errors are the data folder's
            except OSError as e:
                raise _data_error(working.parent, e) from None
            with dst:
                while True:
                    try:
                        chunk = src.read(vetted.CHUNK)
                    except OSError as e:
                        raise FileRefused("file.unreadable", f"{name} ({os_error_text(e)})") from None
                    if not chunk:
                        break
                    h.update(chunk)
                    try:
                        dst.write(chunk)
                    except OSError as e:
                        raise _data_error(working.parent, e) from None
        digest = h.hexdigest()
        if not (content and vetted.known(digest)):
            header = vet(copy, content=content, name=name)
            if content and header.rows_checked:
                vetted.remember(digest)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def discard_working_copy(info: WorkingCopyInfo) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(info.working + suffix).unlink()
        except FileNotFoundError:
            pass
    try:
        info.meta_path.unlink()
    except FileNotFoundError:
        pass


class PlanDocument:
    """One open plan. Use ``open``; call ``edited()`` after each committed action; ``close()`` at the end."""

    def __init__(self, path: Path, working: Path, db: PlanDB, lock: DocumentLock, info: WorkingCopyInfo) -> None:
        self.path = path
        self.working = working
        self.db = db
        self.lock = lock
        self.info = info
        self.read_only = not lock.held
        self.last_written: float | None = None
        self.last_error: PlanError | None = None
        self.on_written: Callable[[PlanDocument], None] | None = None
        self.on_error: Callable[[PlanDocument, PlanError], None] | None = None
        self._seq = 0
        self._written_seq = 0
        self._snap_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._timer = Debouncer(self._auto_snapshot, name="snapshot")
        self._closed = False
        self.before_close: list[Callable[[], None]] = []  # e.g. readers on other threads stop and close first

    # -- opening ---------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, recover: bool | None = None, force_lock: bool = False, for_repair: bool = False
    ) -> PlanDocument:
        """Vet ``path``, take its lock and start a working copy of it.

        ``recover``: None raises RecoveryAvailable when a crashed session left newer edits;
        True continues from those edits; False discards them.
        """
        # One name for the plan however it was reached (symlink, relative path): the working copy and
        # the lock are keyed on it, and snapshots replace the real file (a symlink stays a symlink).
        path = Path(path).absolute().resolve()
        working = working_paths(path)
        leftover = WorkingCopyInfo.load(working.with_suffix(".json"))
        if leftover and leftover.orphaned and leftover.dirty and working.exists():
            if recover is None:
                raise RecoveryAvailable(leftover)
        elif leftover and not leftover.orphaned:
            pass  # another live window of this computer: the lock below decides
        lock = DocumentLock(path)
        use_leftover = bool(leftover and leftover.orphaned and leftover.dirty and recover and working.exists())
        # vetted before anything else (repair mends content the row check would refuse: structure only then)
        incoming = None if use_leftover else admit(path, working, content=not for_repair)
        try:
            lock.acquire(force=force_lock)
        except BaseException:
            if incoming is not None:
                incoming.unlink(missing_ok=True)
            raise
        try:
            clean_temps(path, unowned=lock.held)  # what killed snapshots left beside the plan
            clean_lock_temps(path)
            if incoming is not None:
                if leftover and leftover.orphaned:
                    discard_working_copy(leftover)
                adopt_into_working(incoming, working)
            backups.before_migration(path, working)  # the old version's file, kept
            try:
                conn = connect(working, wal=True)
                db = PlanDB(conn, who())
                db.full_key = "write.data_full"  # edits go to the working copy in the data folder
                db.migrate()
            except sqlite3.OperationalError as e:
                if is_disk_full(e):
                    raise WriteFailed("write.data_full", str(working.parent)) from None
                raise WriteFailed("write.data_failed", str(working.parent), str(e)) from None
            info = WorkingCopyInfo(
                str(path),
                str(working),
                host_name(),
                os.getpid(),
                now_iso(),
                dirty=use_leftover,
                read_only=not lock.held,
            )
            try:
                info.save()
            except OSError as e:
                db.close()
                raise _data_error(working.parent, e) from None
        except BaseException:
            if incoming is not None:
                incoming.unlink(missing_ok=True)
            lock.release()
            raise
        doc = cls(path, working, db, lock, info)
        if use_leftover:
            doc._seq = 1
            doc.schedule_snapshot(0.0)
        return doc

    def reader(self, stop: Callable[[], bool]) -> PlanDB:
        """A read-only connection of its own to the working copy, for a worker thread (close it when done);
        its statements abort once ``stop()`` is true. Register in ``before_close`` what makes ``stop()`` true and
        waits for the close: a working copy must not be held open when the plan closes (Windows)."""
        return reader(self.working, stop)

    # -- editing ---------------------------------------------------------
    def edited(self, changes: ChangeSet | None = None) -> None:
        """Note that an action was committed to the working copy: mark dirty, schedule a snapshot."""
        if changes is not None and not changes:
            return
        with self._state_lock:  # one order with the snapshot's "clean again" (see snapshot)
            self._seq += 1
            if not self.info.dirty:
                self.info.dirty = True
                self.info.last_edit = now_iso()
                try:
                    self.info.save()
                except OSError as e:  # recovery data is a help, not a condition for editing
                    log.warning("cannot record working copy state: %s", e)
        self.schedule_snapshot()

    def schedule_snapshot(self, delay: float | None = None) -> None:
        if self._closed:
            return
        delay = SNAPSHOT_DELAY if delay is None else delay
        self._timer.schedule(delay)

    @property
    def dirty(self) -> bool:
        return self._seq != self._written_seq

    def _auto_snapshot(self) -> None:
        try:
            self.snapshot()
        except PlanError as e:
            self.last_error = e
            log.warning("snapshot of %s failed: %s", self.path, e.message("en"))
            if self.on_error:
                self.on_error(self, e)

    # -- writing the document -------------------------------------------
    def snapshot(self, target: Path | None = None) -> None:
        """Write the working copy as one complete file onto the document (or ``target``), atomically."""
        dest = Path(target) if target else self.path
        if target is None and self.read_only:
            raise WriteFailed("write.read_only", str(self.path.parent))
        if target is not None and same_file(dest, self.path):
            raise PlanError("file.same", str(dest))
        with self._snap_lock:
            seq = self._seq
            if target is None:
                backups.before_snapshot(self)  # the file about to be replaced, now and then
            _write_copy(self.working, dest, owner=self.lock if target is None else None)
            if target is None:
                self._written_seq = seq
                self.last_written = time.time()
                self.last_error = None
                # Under the state lock: an edit committed meanwhile either counts here (still dirty) or
                # marks the record dirty again after us, never before us (its edit would not be recovered).
                with self._state_lock:
                    if not self.dirty and self.info.dirty:
                        self.info.dirty = False
                        try:
                            self.info.save()
                        except OSError as e:
                            log.warning("cannot record working copy state: %s", e)
        if self.on_written and target is None:
            self.on_written(self)
        if target is None:
            backups.report(self)  # rel-backup: a failed backup is told once

    def save_copy(self, target: str | Path) -> None:
        """Write a complete copy of the plan elsewhere; the open document stays this one."""
        self.snapshot(Path(target))

    def close(self, *, abandon: bool = False) -> None:
        """Write the last edits and end the session.

        When the write fails, PlanError is raised and the document stays open: nothing is lost and the
        caller may retry, save a copy, or close with ``abandon=True``, which ends the session without
        writing and keeps the working copy, so the next start offers to recover it.
        """
        if self._closed:
            return
        for hook in list(self.before_close):
            hook()
        self._timer.cancel()
        if self.dirty and not self.read_only and not abandon:
            self.snapshot()
        self._timer.stop()
        self._closed = True
        self.db.close()
        if not self.dirty:
            discard_working_copy(self.info)
        else:  # no session owns these edits any more: the next start offers them for recovery
            self.info.pid = 0
            try:
                self.info.save()
            except OSError as e:
                log.warning("cannot record working copy state: %s", e)
        self.lock.release()


def _write_copy(working: Path, dest: Path, owner: DocumentLock | None = None) -> None:
    """A complete rollback-journal copy of the working copy onto ``dest``, atomically.

    What is about to replace ``dest`` is vetted first (application_id, schema, the plan row,
    quick_check): whatever happened to the working copy, a plan is only ever replaced by a plan.
    """
    with atomic_path(dest, owner=owner) as tmp:
        tmp.unlink()
        try:
            vacuum_into(working, tmp, stamped=False)
        except WorkingCopyGone:
            raise WriteFailed("write.working_gone", str(working), str(dest)) from None
        except OSError as e:
            raise write_error(dest, e) from None
        try:
            header = vet(tmp)
        except FileRefused as e:
            log.error("refused to write %s: the copy made from %s is not a plan (%s)", dest, working, e.key)
            raise WriteFailed("write.incomplete", str(dest)) from None
        try:  # the checksum of what vetting just read row by row (rel-vet: storage/checksum.py)
            stamp_written(tmp, header.digests if header.checksum == "absent" else None)
        except OSError as e:
            raise write_error(dest, e) from None
        if header.rows_checked:  # these exact bytes are a sound plan: opening them again need not vet (issue 10)
            try:
                vetted.remember(vetted.file_digest(tmp))
            except OSError as e:
                log.info("cannot hash %s: %s", tmp, e)


def read_rows(path: str | Path) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """All rows of a vetted plan file, read without changing it, and its schema version.

    Bytes that passed the full vet before (services/vetted.py: a snapshot this program wrote, as every export from
    the GUI first writes one, or a plan it opened) are not vetted again: the file is read once, hashed, and its rows
    come from those very bytes in memory, so a file changed since is unknown and vetted in full (~0.4 s less for
    each export of a large plan)."""
    path, name = Path(path), str(path)
    read_header(path)  # what the header alone refuses (empty, foreign, newer, too large), before reading it all
    try:
        with open_regular(path) as f:
            data = f.read()
    except OSError as e:
        raise FileRefused("file.unreadable", f"{name} ({os_error_text(e)})") from None
    digest = hashlib.sha256(data).hexdigest()
    if vetted.known(digest):
        return read_all_bytes(data)
    # Unknown bytes: vetted in full as a private copy of exactly these bytes, which are then what the rows come
    # from and, once they pass, remembered (the next export of the same file need not vet it: ~0.4 s on a large
    # plan). Where no private copy can be written (a full disk), the file itself is vetted and read, as before.
    folder: Path | None = None
    try:
        folder = Path(tempfile.mkdtemp(prefix="smartcity-read-"))
        copy = folder / "plan.smartcity"
        copy.write_bytes(data)
    except OSError:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        del data
        vet(path)
        return read_all(path)
    try:
        if vet(copy, name=name).rows_checked:
            vetted.remember(digest)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return read_all_bytes(data)
