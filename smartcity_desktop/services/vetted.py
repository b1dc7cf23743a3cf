# SPDX-License-Identifier: GPL-3.0-or-later
"""Plan files already proven sound, known by the SHA-256 of their exact bytes (issue 10: launch time).

Vetting a large plan reads every row (about 0.4 s for 40,000 targets); opening it again unchanged need not.
A digest is remembered only for bytes that passed the full vet (``storage/vet.py``: header, integrity, exact
schema, every row's type and text, the content checksum) or that this program wrote itself from a working copy
and vetted on the way (``document._write_copy``: the file is vetted, then stamped with the checksum vetting
computed). Opening hashes the bytes while it copies them into the working copy: the copy is exactly what was
hashed, so a file changed by one byte since (edited elsewhere, damaged on the disk, swapped while read) is
unknown and fully vetted again, and refused with the same message as ever.

The record lives in the data folder beside the working copies (a folder only this user writes); it is tied to
this program's version and vet rules, so a newer vet looks at every file once more. A lost or unreadable record
only costs a full vet.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from pathlib import Path

from smartcity_desktop import __version__
from smartcity_desktop.services.paths import data_dir
from smartcity_desktop.storage.migrations import SCHEMA_VERSION
from smartcity_desktop.storage.vet import VET_RULES

log = logging.getLogger(__name__)

KEEP = 64  # digests remembered (the most recent)
CHUNK = 1 << 20
RULES = f"{__version__}/{SCHEMA_VERSION}/{VET_RULES}"
_lock = threading.Lock()  # the GUI thread opens while the snapshot thread writes


def record_path() -> Path:
    return data_dir() / "vetted.json"


def _load() -> dict[str, float]:
    try:
        data = json.loads(record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("rules") != RULES or not isinstance(data.get("files"), dict):
        return {}
    return {str(k): float(v) for k, v in data["files"].items() if isinstance(v, int | float)}


def known(digest: str) -> bool:
    """Whether bytes with this SHA-256 passed the full vet (or were written and vetted by us) under these rules."""
    with _lock:
        return digest in _load()


def remember(digest: str) -> None:
    """Record that bytes with this SHA-256 are a sound plan file (they passed the full vet)."""
    with _lock:
        files = _load()
        files[digest] = time.time()
        kept = dict(sorted(files.items(), key=lambda kv: kv[1])[-KEEP:])
        path = record_path()
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"rules": RULES, "files": kept}), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as e:  # a help only: the next open vets in full
            log.info("cannot record a vetted file: %s", e)
            tmp.unlink(missing_ok=True)


def file_digest(path: str | Path) -> str:
    """The SHA-256 of a file's bytes (a file this program has just written)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def current_plan_bytes(data: bytes) -> bool:
    """Whether ``data`` starts like a plan file of this schema version (header only: vetting follows)."""
    from smartcity_desktop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION
    from smartcity_desktop.storage.vet import MAGIC

    return (
        len(data) >= 100
        and data.startswith(MAGIC)
        and int.from_bytes(data[68:72], "big", signed=True) == APPLICATION_ID
        and int.from_bytes(data[60:64], "big", signed=True) == SCHEMA_VERSION
    )
