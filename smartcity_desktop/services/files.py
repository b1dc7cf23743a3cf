# SPDX-License-Identifier: GPL-3.0-or-later
"""Atomic file writing: a temp file in the target folder, fsync, then one rename."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from smartcity_desktop.core.errors import PlanError, WriteFailed

if TYPE_CHECKING:
    from smartcity_desktop.services.lock import DocumentLock

PLAN_SUFFIX = ".smartcity"
_SQLITE_MAGIC = b"SQLite format 3\x00"


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


def host_tag() -> str:
    """Four hex digits naming this computer in temp file names (whose pid a name carries)."""
    from smartcity_desktop.services.paths import host_name

    return hashlib.sha1(host_name().encode("utf-8")).hexdigest()[:4]


def _temp_pattern(name: str) -> re.Pattern[str]:
    """Our temp files for a target called ``name``: ``.NAME.<pid>-<host>-<random>.tmp`` (older: no pid)."""
    return re.compile(
        r"\." + re.escape(name) + r"\.(?:(\d{1,10})-([0-9a-f]{4})-)?[a-z0-9_]{8}\.tmp(?:-journal|-wal|-shm)?"
    )


def leftover_temps(target: str | Path, *, unowned: bool = False) -> list[Path]:
    """Temp files that earlier writes of ``target`` left behind (a kill, a power cut) and nobody owns now.

    Only our own names, exactly. A name that carries a process of this computer counts when that process
    has ended. ``unowned``: also names without an owner we can check (older names, other computers); only
    for callers that hold the target's lock, so no other program can be writing it.
    """
    from smartcity_desktop.services.lock import pid_alive

    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    pattern = _temp_pattern(target.name)
    here = host_tag()
    found = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith("." + target.name + ".")]
    except OSError:
        return []
    for name in names:
        m = pattern.fullmatch(name)
        if not m:
            continue
        pid, host = m.group(1), m.group(2)
        if pid is not None and int(pid) == os.getpid() and host == here:
            continue
        if pid is not None and host == here:
            if pid_alive(int(pid)):
                continue
        elif not unowned:
            continue
        found.append(folder / name)
    return found


def clean_temps(target: str | Path, *, unowned: bool = False) -> int:
    """Remove ``leftover_temps(target)``; returns how many were removed."""
    return remove_files(leftover_temps(target, unowned=unowned))


def remove_files(paths: Iterable[Path]) -> int:
    """Remove the regular files among ``paths`` (never a link or a folder), as far as possible; how many went."""
    removed = 0
    for path in paths:
        try:
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def is_plan_file(path: Path) -> bool:
    """Whether ``path`` is a plan file by its content (SQLite header with our application_id)."""
    from smartcity_desktop.storage.migrations import APPLICATION_ID

    try:
        with open(path, "rb") as f:
            head = f.read(72)
    except OSError:
        return False
    return head.startswith(_SQLITE_MAGIC) and int.from_bytes(head[68:72], "big", signed=True) == APPLICATION_ID


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two names lead to one file (through links, relative paths, different spellings)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        try:
            return Path(a).resolve() == Path(b).resolve()
        except (OSError, RuntimeError):
            return False


def check_export_target(source: str | Path, out: str | Path) -> None:
    """Refuse an export output that would destroy a plan: the input itself, a plan open here, a plan file.

    Export files never get the plan's extension either, so no report can later pass for a plan.
    """
    from smartcity_desktop.services.lock import held_documents

    out = Path(out)
    if out.name.lower().endswith(PLAN_SUFFIX):
        raise PlanError("export.plan_name", str(out))
    if out.is_dir():
        raise PlanError("file.is_dir", str(out))
    for plan in [Path(source), *held_documents()]:
        if same_file(out, plan):
            raise PlanError("file.same", str(out))
    if is_plan_file(out):
        raise PlanError("export.onto_plan", str(out))


@contextmanager
def atomic_path(target: str | Path, *, overwrite: bool = True, owner: DocumentLock | None = None) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces ``target`` in one step.

    On any failure the temp file is removed and ``target`` is left as it was. A ``target`` that a program
    holds open (its lock, unless ``owner`` is that lock) is refused before anything is written.
    """
    from smartcity_desktop.services.lock import refuse_if_locked

    target = Path(target)
    if not overwrite and target.exists():
        raise PlanError("file.exists", str(target))
    refuse_if_locked(target, owner)
    folder = target.parent if str(target.parent) else Path(".")
    clean_temps(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-{host_tag()}-", suffix=".tmp", dir=folder)
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
        refuse_if_locked(target, owner)
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
