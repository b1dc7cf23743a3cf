# SPDX-License-Identifier: GPL-3.0-or-later
"""A lock file beside the plan that stops a second writer and names who holds it."""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass
from pathlib import Path

from smartcity_desktop.core.errors import PlanLocked
from smartcity_desktop.services.paths import host_name, user_name
from smartcity_desktop.storage.db import now_iso


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
    return True


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    since: str

    @classmethod
    def read(cls, path: Path) -> LockInfo | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @property
    def stale(self) -> bool:
        """Left by a process of this computer that has ended."""
        return self.host == host_name() and not pid_alive(self.pid)


class DocumentLock:
    """Holds ``.~lock.NAME#`` beside the document while it is open for editing."""

    def __init__(self, document: Path) -> None:
        self.path = lock_path(document)
        self.held = False

    def acquire(self, *, force: bool = False) -> bool:
        """Take the lock. False: the folder cannot hold a lock (read-only media).

        Raises PlanLocked when another live program holds it, unless ``force``.
        """
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                info = LockInfo.read(self.path)
                if info is None or info.stale or force:
                    self._remove()
                    continue
                raise PlanLocked("lock.held", str(self.path.parent), info.user, info.host, info.since) from None
            except OSError as e:
                if e.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                    return False
                raise
            mine = {"user": user_name(), "host": host_name(), "pid": os.getpid(), "since": now_iso()}
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(mine, f)
            self.held = True
            return True
        return False

    def holder(self) -> LockInfo | None:
        return LockInfo.read(self.path)

    def release(self) -> None:
        if self.held:
            self._remove()
            self.held = False

    def _remove(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
