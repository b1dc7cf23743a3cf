# SPDX-License-Identifier: GPL-3.0-or-later
"""The export use case: which formats exist, and writing one atomically from a plan file."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from smartcity_desktop.core.errors import PlanError, WriteFailed
from smartcity_desktop.exports.tree import DOCUMENTS as DOCUMENTS  # re-exported: the CLI lists the documents

log = logging.getLogger(__name__)

Writer = Callable[[Path, Path, "str | None"], None]


def _json(path: Path, out: Path, _document: str | None) -> None:
    from smartcity_desktop.services.plans import export_json

    export_json(path, out)


def _xlsx(path: Path, out: Path, _document: str | None) -> None:
    from smartcity_desktop.exports.xlsx import write_xlsx
    from smartcity_desktop.services.document import read_rows
    from smartcity_desktop.services.files import atomic_path

    rows, _version = read_rows(path)
    with atomic_path(out) as tmp:  # a full disk here raises lxml's SerialisationError: see _translated
        write_xlsx(rows, tmp)


def build_document(rows: dict[str, list[dict[str, Any]]], document: str | None, options: dict[str, Any] | None) -> Any:
    """The document tree; ``options``: snapshot (print a version as it was), meeting, stage, number, blank_rows,
    from/to (versions compared by the change report; the stage report compares with the previous stage)."""
    from smartcity_desktop.exports.tree import build

    opts = {k: v for k, v in (options or {}).items() if v is not None}
    name = document or "masterplan"
    snapshot = opts.pop("snapshot", None)
    if not snapshot and name not in ("changes", "workshop"):
        return build(rows, name, **opts)  # without importing the versions and the change report
    from smartcity_desktop.services import stages
    from smartcity_desktop.services.changes import change_report

    if snapshot:
        rows = stages.rows_at(rows, snapshot)[0]
    lang = (rows.get("plan") or [{}])[0].get("language") or "id"
    if name == "changes":
        first, last = opts.pop("from", None), opts.pop("to", None)
        if first:
            before, before_name = stages.rows_at(rows, first)
            after, after_name = stages.rows_at(rows, last)
            opts["report"] = change_report(before, after, before_name, after_name, lang)
    elif name == "workshop" and "stage" in opts:
        old, own = stages.stage_versions(rows, int(opts["stage"]))
        if old is not None:
            after, after_name = (stages.rows_of_snapshot(own), own["name"]) if own else stages.rows_at(rows, None)
            opts["report"] = change_report(stages.rows_of_snapshot(old), after, old["name"], after_name, lang)
    return build(rows, name, **opts)


def _pdf(
    path: Path,
    out: Path,
    document: str | None,
    progress: Any = None,
    cancel: Any = None,
    options: dict[str, Any] | None = None,
) -> None:
    """Build the document tree from the plan and write it as PDF; nothing appears on failure or cancel."""
    from smartcity_desktop.exports.pdf import paused_gc, write_pdf
    from smartcity_desktop.services.document import read_rows
    from smartcity_desktop.services.files import atomic_path

    with paused_gc():
        rows, _version = read_rows(path)
        doc = build_document(rows, document, options)
        del rows  # the document tree holds what it prints: the plan's rows are freed before the layout
        with atomic_path(out) as tmp:
            write_pdf(doc, tmp, progress=progress, cancel=cancel)


def _docx(path: Path, out: Path, document: str | None, options: dict[str, Any] | None = None) -> None:
    """The document tree written as an editable Word file."""
    from smartcity_desktop.exports.docx import write_docx
    from smartcity_desktop.services.document import read_rows
    from smartcity_desktop.services.files import atomic_path

    rows, _version = read_rows(path)
    doc = build_document(rows, document, options)
    # The zip is made in memory, then written in one go: a full disk gives one clean error, not a
    # half-written ZipFile whose __del__ prints a traceback while trying to finish it.
    buf = io.BytesIO()
    write_docx(doc, buf)  # type: ignore[arg-type]
    with atomic_path(out) as tmp, open(tmp, "wb") as f:
        f.write(buf.getbuffer())


_WRITERS: dict[str, Writer] = {"json": _json, "xlsx": _xlsx, "pdf": _pdf, "docx": _docx}
# Writers that report progress (a callable taking 0..1) and stop when ``cancel`` (an Event or callable) is set.
_STEPPED = {"pdf"}


def available_formats() -> list[str]:
    return list(_WRITERS)


def export_file(
    path: str | Path,
    out: str | Path,
    fmt: str,
    document: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancel: Any = None,
    options: dict[str, Any] | None = None,
) -> None:
    """Export the plan at ``path`` to ``out`` in ``fmt``; the output appears whole or not at all.

    ``progress`` gets fractions 0..1; ``cancel`` (a threading.Event or a callable) stops the export with
    PlanError("export.cancelled").

    Refused before anything is read: an ``out`` that is the input or a plan open here (by inode, through
    links and relative paths), any plan file, a name with the plan's extension, a plan open elsewhere.
    """
    from smartcity_desktop.services.files import check_export_target

    check_export_target(path, out)
    extra: dict[str, Any] = {"options": options} if options and fmt in ("pdf", "docx") else {}  # paperwork
    with _translated(Path(out)):
        if fmt in _STEPPED:
            _WRITERS[fmt](Path(path), Path(out), document, progress=progress, cancel=cancel, **extra)  # type: ignore[call-arg]
        else:
            _WRITERS[fmt](Path(path), Path(out), document, **extra)  # type: ignore[call-arg]


@contextmanager
def _translated(out: Path) -> Iterator[None]:
    """Failures of the writers' own scratch files (openpyxl writes sheets to the system temp folder) as
    WriteFailed, without the tracebacks their half-finished generators would print when collected."""
    from smartcity_desktop.services.files import write_error

    try:
        yield
    except PlanError:
        raise
    except OSError as e:
        _quietly_drop(e)
        raise write_error(out, e) from None
    except Exception as e:
        if type(e).__name__ != "SerialisationError":  # lxml: the disk refused a write (IO_EFBIG, IO_ENOSPC)
            raise
        _quietly_drop(e)
        raise WriteFailed("write.failed", str(out), str(e)) from None


def _quietly_drop(e: BaseException) -> None:
    """Finish the generators and zip files an error left behind now, logging what they raise on the way."""
    import gc
    import sys
    import traceback

    def log_it(unraisable: Any) -> None:
        log.info("after a failed export: %s", unraisable.exc_value)

    old = sys.unraisablehook
    sys.unraisablehook = log_it
    try:
        if e.__traceback__ is not None:
            traceback.clear_frames(e.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = old
