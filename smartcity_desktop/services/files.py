# SPDX-License-Identifier: GPL-3.0-or-later
"""Atomic file writing: a temp file in the target folder, fsync, then one rename."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from smartcity_desktop.core.errors import PlanError, WriteFailed


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open folders
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_error(target: Path, e: OSError) -> WriteFailed:
    """The translated failure for an OSError met while writing ``target``."""
    if e.errno == errno.ENOSPC:
        return WriteFailed("write.disk_full", str(target))
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return WriteFailed("write.read_only", str(target.parent))
    from smartcity_desktop.messages import os_error_text

    key = "write.failed" if target.exists() else "write.failed_new"  # "the earlier file is untouched" if there was one
    return WriteFailed(key, str(target), os_error_text(e))


@contextmanager
def atomic_path(target: str | Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces ``target`` in one step.

    On any failure the temp file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    if not overwrite and target.exists():
        raise PlanError("file.exists", str(target))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as e:
        raise write_error(target, e) from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        if not overwrite and target.exists():
            raise PlanError("file.exists", str(target))
        _set_mode(tmp, target)
        os.replace(tmp, target)
        fsync_dir(folder)
    except OSError as e:
        _unlink(tmp)
        raise write_error(target, e) from None
    except BaseException:
        _unlink(tmp)
        raise


def _set_mode(tmp: Path, target: Path) -> None:
    """Give the new file the old file's permissions, or the usual ones (mkstemp makes it private)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def write_atomic(target: str | Path, writer: Callable[[Path], None], *, overwrite: bool = True) -> None:
    """Call ``writer(tmp)`` and move the result onto ``target`` atomically."""
    with atomic_path(target, overwrite=overwrite) as tmp:
        writer(tmp)


def _unlink(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink()
        except OSError:
            pass
