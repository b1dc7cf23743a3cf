# SPDX-License-Identifier: GPL-3.0-or-later
"""A lock file beside the plan that stops a second writer and names who holds it.

The lock appears whole or not at all: its content is written to a private temp file first, then
``os.link`` gives it the lock's name (atomic: exactly one opener can win). A lock that is there is
therefore never "being written": one we cannot read is foreign or damaged, not free. Only a lock of
a process of this computer that has ended is taken over by itself, and that takeover happens under a
second, short-lived "breaker" lock so two openers cannot both take it. Every other lock raises
``LockHeld`` naming its holder; the faces then offer a choice (open anyway, read-only, cancel).
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from smartcity_desktop.core.errors import PlanLocked
from smartcity_desktop.services.paths import host_name, user_name
from smartcity_desktop.storage.db import now_iso

APP = "smartcity-desktop"
_NO_LOCK = (errno.EACCES, errno.EROFS, errno.EPERM)


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


def pid_alive(pid: int) -> bool:
    """Whether a process of this computer with that id still runs."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OverflowError:
        return False
    return True


def process_started(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, Linux), or None where we cannot tell.

    Stored in the lock, it tells a live process that reuses an ended holder's id from the holder itself.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    since: str
    started: str | None = None  # process_started(pid) when the lock was made

    @classmethod
    def read(cls, path: Path) -> LockInfo | None:
        try:
            return cls.parse(path.read_bytes())
        except OSError:
            return None

    @classmethod
    def parse(cls, raw: bytes) -> LockInfo | None:
        try:
            data = json.loads(raw.decode("utf-8"))
            started = data.get("started")
            return cls(
                str(data["user"]),
                str(data["host"]),
                int(data["pid"]),
                str(data["since"]),
                None if started is None else str(started),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    @property
    def here(self) -> bool:
        return self.host == host_name()

    @property
    def mine(self) -> bool:
        """Made by this very process."""
        return self.here and self.pid == os.getpid()

    @property
    def stale(self) -> bool:
        """Certainly left by a process of this computer that has ended (its id free, or reused by another)."""
        if not self.here:
            return False
        if not pid_alive(self.pid):
            return True
        if self.started is not None:
            now = process_started(self.pid)
            return now is not None and now != self.started
        return False

    @property
    def maybe_stale(self) -> bool:
        """We cannot tell whether its holder still runs.

        Another computer's name (perhaps this computer, renamed), or a live process of this computer that
        we cannot tell from the holder (no start time recorded or readable: its id may have been reused).
        """
        if not self.here:
            return True
        return self.started is None or process_started(self.pid) is None


class LockHeld(PlanLocked):
    """The plan is locked by someone else: ``holder`` (None: a lock file we cannot read) at ``lock``.

    ``maybe_stale``: the holder may well have ended (another computer's name, an unreadable lock), so
    the faces offer "open anyway" besides read-only and cancel.
    """

    def __init__(self, lock: Path, holder: LockInfo | None) -> None:
        if holder is None:
            super().__init__("lock.unreadable", str(lock))
        else:
            super().__init__("lock.held", str(lock.parent), holder.user, holder.host, holder.since)
        self.lock = lock
        self.holder = holder
        self.maybe_stale = holder is None or holder.maybe_stale


class DocumentLock:
    """Holds ``.~lock.NAME#`` beside the document while it is open for editing."""

    def __init__(self, document: Path) -> None:
        self.document = document
        self.path = lock_path(document)
        self._content = b""
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    @held.setter
    def held(self, value: bool) -> None:
        self._held = value
        if value:
            _HELD[id(self)] = self
        else:
            _HELD.pop(id(self), None)

    def owns(self, raw: bytes) -> bool:
        """Whether ``raw`` (a lock file's content) is the lock this object holds."""
        return self.held and raw == self._content

    def acquire(self, *, force: bool = False) -> bool:
        """Take the lock. False: the folder cannot hold a lock (read-only media).

        Raises LockHeld (a PlanLocked) when another program holds it, unless ``force``.
        """
        mine = {
            "user": user_name(),
            "host": host_name(),
            "pid": os.getpid(),
            "since": now_iso(),
            "started": process_started(os.getpid()),
            "app": APP,
            "nonce": secrets.token_hex(8),  # two locks of one process (open anyway) never look alike
        }
        content = json.dumps(mine).encode("utf-8")
        try:
            tmp = _write_private(self.path, content)
        except OSError as e:
            if e.errno in _NO_LOCK:
                return False
            raise
        try:
            for _attempt in range(20):
                try:
                    os.link(tmp, self.path)
                except FileExistsError:
                    pass
                except OSError as e:
                    if e.errno in _NO_LOCK or e.errno in (errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                        # a folder without hard links (some network shares, FAT): O_EXCL on the name itself
                        if self._exclusive(content):
                            return True
                    else:
                        raise
                else:
                    self.held = True
                    self._content = content
                    return True
                try:
                    raw = self.path.read_bytes()
                except FileNotFoundError:
                    continue  # released between our link and our read: try again
                except OSError:
                    raw = b""
                info = LockInfo.parse(raw)
                if not force and (info is None or not info.stale):
                    raise LockHeld(self.path, info)
                if not self._break(raw, content):
                    time.sleep(0.05)  # another opener is taking it over: look again
            raise LockHeld(self.path, LockInfo.read(self.path))
        finally:
            _unlink(tmp)

    def _exclusive(self, content: bytes) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except OSError:
            return False
        with os.fdopen(fd, "wb") as f:
            f.write(content)
        self.held = True
        self._content = content
        return True

    def _break(self, seen: bytes, content: bytes) -> bool:
        """Remove the lock whose content was ``seen``, if it is still that one; True when removed or gone.

        Done while holding ``NAME#.break`` so two openers never both remove a lock (the second would
        remove the first one's new lock).
        """
        breaker = self.path.with_name(self.path.name + ".break")
        try:
            tmp = _write_private(breaker, content)
        except OSError:
            return False
        try:
            try:
                os.link(tmp, breaker)
            except FileExistsError:
                holder = LockInfo.parse(_read(breaker))
                if holder is None or not holder.stale:
                    return False
                _unlink(breaker)  # its maker ended while breaking: it can break nothing any more
                return False
            except OSError:
                return False
            try:
                try:
                    now = self.path.read_bytes()
                except FileNotFoundError:
                    return True
                if now != seen:
                    return False
                _unlink(self.path)
                return True
            finally:
                _unlink(breaker)
        finally:
            _unlink(tmp)

    def holder(self) -> LockInfo | None:
        return LockInfo.read(self.path)

    def release(self) -> None:
        """Give the lock up; a lock that is no longer ours (taken over with "open anyway") stays."""
        if not self.held:
            return
        self.held = False
        try:
            if self.path.read_bytes() != self._content:
                return
        except OSError:
            return
        _unlink(self.path)


_HELD: dict[int, DocumentLock] = {}


def held_documents() -> list[Path]:
    """The documents this process holds open for writing."""
    return [lock.document for lock in list(_HELD.values())]


def refuse_if_locked(document: Path, owner: DocumentLock | None = None) -> None:
    """Raise LockHeld when ``document`` is open for writing (elsewhere, or here by someone but ``owner``).

    Called before a new file replaces ``document``: a plan open in a window must not be replaced under
    it (its next snapshot would overwrite the new file). A lock of an ended process does not count.
    """
    path = lock_path(document)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return
    except OSError:
        raw = b""
    if owner is not None and owner.owns(raw):
        return
    info = LockInfo.parse(raw)
    if info is not None and info.stale:
        return
    if info is None and not document.name.lower().endswith(".smartcity"):
        return  # LibreOffice names its locks the same way: a report open there is not ours to judge
    raise LockHeld(path, info)


def clean_lock_temps(document: Path) -> int:
    """Remove the lock temp files and breaker that killed openers of ``document`` left (ended local processes)."""
    import re

    from smartcity_desktop.services.files import host_tag

    lock = lock_path(document)
    pattern = re.compile(re.escape(lock.name) + r"(?:\.break)?\.(\d{1,10})-([0-9a-f]{4})-[0-9a-f]{8}#")
    removed = 0
    try:
        names = [n for n in os.listdir(lock.parent) if n.startswith(lock.name + ".")]
    except OSError:
        return 0
    for name in names:
        m = pattern.fullmatch(name)
        if m and m.group(2) == host_tag() and int(m.group(1)) != os.getpid() and not pid_alive(int(m.group(1))):
            try:
                (lock.parent / name).unlink()
                removed += 1
            except OSError:
                pass
    return removed


def _write_private(final: Path, content: bytes) -> Path:
    """A complete temp file beside ``final`` (``<final>.<pid>-<host>-<random>#``) holding ``content``."""
    from smartcity_desktop.services.files import host_tag

    tmp = final.with_name(f"{final.name}.{os.getpid()}-{host_tag()}-{secrets.token_hex(4)}#")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    try:
        os.write(fd, content)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _unlink(tmp)
        raise
    os.close(fd)
    return tmp


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass
