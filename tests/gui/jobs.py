# SPDX-License-Identifier: GPL-3.0-or-later
"""Waiting for an export started from the GUI (gui/actions.ExportJob)."""

from __future__ import annotations

from typing import Any

import shiboken6


def export_ended(job: Any) -> bool:
    """The job's worker thread has ended: it is deleted once it has (tests/gui/test_lifetimes.py), so a worker
    gone counts as ended."""
    worker = job.worker
    return worker is not None and (not shiboken6.isValid(worker) or worker.isFinished())
